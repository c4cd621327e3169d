/**
 * The page's own words, as the word-level second opinion (word-learning.ts,
 * `npm run learn-words`) reads them: folded lower-case
 * word forms and adjacent-word pairs from the title, the headings and the body,
 * stop words out, each with a weighted count (a title occurrence counts three
 * times, a heading twice, READ_FIELDS) and the words as they stand on the page,
 * so that a reason drawn from them would quote the page.
 *
 * Why not the lexicon's stems: the pages the hand rule misses carry no evidence
 * the lexicon reads (tests/fixtures/real-pages/README.md); this reads every word,
 * known or not. Menus, footers and the site's name (the `chrome` and `site`
 * fields, page-terms.ts) are left out: they say who publishes, not what the page is.
 */
import { MENTION_FIELDS } from '../../lib/core/recognise/aside';
import { LEXICON } from '../../lib/core/recognise/lexicon';
import type { Field, PageTerms } from '../../lib/core/recognise/page-terms';
import { fold } from '../../lib/core/text/normalise';
import { isStopword } from '../../lib/core/text/stopwords';

/** A word or pair on the page. */
export interface PageWord {
  /** Occurrences weighted by field (title and headings count extra). */
  weighted: number;
  /** Occurrences as they are (for a reason's count). */
  count: number;
  /** The first occurrence as it stands on the page. */
  surface: string;
}

const READ_FIELDS: readonly (readonly [Field, number])[] = [
  ['title', 3],
  ['headings', 2],
  ['body', 1],
];

/** Shorter forms are mostly abbreviations and units ("gr", "km"), whose sense a word model cannot tell. */
const MIN_LENGTH = 3;

/** Letters and digits, with apostrophes inside a word ("regio's"); a hyphenated compound is two words. */
const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/**
 * An abbreviation as written ("IPO", "MRA", "GS"): the lexicon reads those only in their sense (case,
 * context); a word model cannot tell "RSA" the region from "RSA" the cipher, so it does not read them.
 */
const ABBREVIATION = /^[\p{Lu}\p{N}]{2,5}$/u;

const isContent = (form: string, surface: string) =>
  form.length >= MIN_LENGTH && !/^\p{N}+$/u.test(form) && !ABBREVIATION.test(surface) && !isStopword(form);

/** Folded form → the page word, for every content word and every pair of adjacent content words. */
export function pageWords(terms: Pick<PageTerms, 'texts'>): Map<string, PageWord> {
  const found = new Map<string, PageWord>();
  const add = (form: string, surface: string, weight: number) => {
    const word = found.get(form);
    if (word) {
      word.weighted += weight;
      word.count += 1;
    } else found.set(form, { weighted: weight, count: 1, surface });
  };
  for (const [field, weight] of READ_FIELDS) {
    const text = terms.texts[field];
    let previous: { form: string; start: number; end: number } | undefined;
    for (const match of text.matchAll(TOKEN)) {
      const form = fold(match[0]).replace(/['’]/g, '');
      if (!isContent(form, match[0])) {
        previous = undefined;
        continue;
      }
      add(form, match[0], weight);
      // A pair is two words in one run of text: not across a sentence end, a line or a list item.
      if (previous && !/[.!?;:\n|•·–—()]/.test(text.slice(previous.end, match.index)))
        add(`${previous.form} ${form}`, text.slice(previous.start, match.index + match[0].length), weight);
      previous = { form, start: match.index, end: match.index + match[0].length };
    }
  }
  return found;
}

/** The page's word vector: folded form → log(1 + weighted count), scaled to length 1 over the words `known` keeps. */
export function wordVector(words: ReadonlyMap<string, PageWord>, known: (form: string) => boolean): Map<string, number> {
  const vector = new Map<string, number>();
  let norm = 0;
  for (const [form, word] of words) {
    if (!known(form)) continue;
    const value = Math.log1p(word.weighted);
    vector.set(form, value);
    norm += value * value;
  }
  const length = Math.sqrt(norm);
  if (length > 0) for (const [form, value] of vector) vector.set(form, value / length);
  return vector;
}

/**
 * A guard rail besides the rule's own flags: a page that denies a core term ("... speelt hierbij
 * geen rol", negation.ts) said what it is not about, and words around the denial must not lift it.
 */
export function deniesACoreTerm(terms: PageTerms): boolean {
  return MENTION_FIELDS.some((field) => terms.fields[field].hits.some((hit) => hit.negated && LEXICON[hit.key]?.kind === 'core'));
}
