/**
 * Cooperation said in plain words. Many pages about regional cooperation never
 * use the textbook terms: "de Groningse gemeenten en de provincie schrijven
 * samen een brief aan het kabinet", "elke gemeente betaalt twee euro per
 * inwoner aan het regiofonds". What they have is governments acting together
 * in one sentence. Lexicon concepts carry two roles for this (content/README.md):
 * `actor` (a government: "single"; "collective" for a plural such as
 * "gemeenten"; "regions" for regions, provinces and decentral governments in
 * the plural; "national" for the Rijk in its many names) and `joint` (an
 * act done together: samen, bundelen, per inwoner, afspraken...). A sentence
 * counts as cooperation when it names a joint act and governments: several of
 * them (a collective actor) or two different ones. A sentence in which the
 * Rijk meets the regions or provinces counts as their relation, joint act or
 * not ("het kabinet investeert in veertien regio's").
 *
 * Governments are also read where no actor word names them (issue 10): by
 * their places, listed as actors in the sentence ("Goes en Kapelle betalen
 * mee", joint-places.ts), or by a plural pronoun leading the sentence whose
 * antecedent, several governments, stands in the sentence before ("De vier
 * grote steden ... Wij trekken samen op", joint-pronoun.ts). On the read sets (test-5
 * to test-7) the two, with the lexicon's "meebetalen", made two hard-positive
 * pages regional (recall test-5 89.7 → 91.4 %, test-6 83.9 → 85.7 %) and a
 * third "maybe"; the check sets (dev, test-2 to test-4, the written corpora)
 * kept their figures, with one written negative "maybe" instead of "no".
 *
 * The same actors decide whether a word that governments share with others
 * counts at all: a concept marked `requires: "government"` ("GR",
 * "samenwerkingsverband") counts only on a page that names a government in
 * its own text, so a recipe's "gr." or a partnership of businesses is no
 * regional cooperation.
 */
import { LEXICON } from './lexicon';
import { placesActingTogether, type PlaceCue } from './joint-places';
import { ledByPronoun } from './joint-pronoun';
import { sentenceStarts } from './negation';
import type { ConceptHit, Field, PageTerms } from './page-terms';

/** Fields whose sentences are read for cooperation (the address, site name and page chrome are not sentences of the page). */
export const SENTENCE_FIELDS = ['title', 'headings', 'meta', 'body'] as const satisfies readonly Field[];
/** A quote longer than this shows the cue words only, joined by " … ". */
const MAX_QUOTE = 40;

export interface CooperationSentence {
  field: Field;
  /** Which sentence of the field. */
  sentence: number;
  /** The words on the page from the first cue to the last, or the cues joined by " … " when that is long. */
  quote: string;
  /** Where the quote starts in the field's text. */
  start: number;
  /** The joint-act and actor concepts the sentence names (indexes into LEXICON). */
  keys: number[];
}

const actorOf = (hit: ConceptHit) => LEXICON[hit.key]?.actor;
const isJoint = (hit: ConceptHit) => LEXICON[hit.key]?.joint === true;

/** Hits grouped by sentence, negated ones left out. */
function bySentence(hits: readonly ConceptHit[]): Map<number, ConceptHit[]> {
  const groups = new Map<number, ConceptHit[]>();
  for (const hit of hits) {
    if (hit.negated) continue;
    const group = groups.get(hit.sentence) ?? [];
    group.push(hit);
    groups.set(hit.sentence, group);
  }
  return groups;
}

function namesGovernments(actors: readonly ConceptHit[]): boolean {
  const several = actors.some((hit) => actorOf(hit) === 'collective' || actorOf(hit) === 'regions');
  return several || new Set(actors.map((hit) => hit.key)).size >= 2;
}

/**
 * The Rijk together with the regions or provinces: their relation is the
 * subject ("het kabinet investeert in veertien regio's"). The Rijk with
 * "gemeenten" alone is not enough: national policy names municipalities in
 * passing all the time (a tax plan, a budget).
 */
function rijkMeetsRegions(actors: readonly ConceptHit[]): boolean {
  return actors.some((hit) => actorOf(hit) === 'national') && actors.some((hit) => actorOf(hit) === 'regions');
}

function quoteOf(cues: readonly PlaceCue[], text: string): string {
  const sorted = [...cues].sort((a, b) => a.start - b.start);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return '';
  if (last.end - first.start <= MAX_QUOTE) return text.slice(first.start, last.end);
  return [...new Set(sorted.map((hit) => hit.surface))].join(' … ');
}

const hasGenreCue = (hits: readonly ConceptHit[]) => hits.some((hit) => LEXICON[hit.key]?.kind === 'genre');

/** The lexicon's actors of a sentence when they are several governments (or the Rijk with the regions), else []. */
function governmentsOf(hits: readonly ConceptHit[]): ConceptHit[] {
  const actors = hits.filter((hit) => actorOf(hit) !== undefined);
  return namesGovernments(actors) || rijkMeetsRegions(actors) ? actors : [];
}

/** The sentences of one field's text, by number (sentenceStarts). */
function sentenceTexts(text: string): (sentence: number) => { text: string; start: number } {
  const starts = sentenceStarts(text);
  return (sentence) => {
    const start = starts[sentence] ?? text.length;
    return { text: text.slice(start, starts[sentence + 1] ?? text.length), start };
  };
}

/**
 * The governments a joint act without a lexicon actor is done by: places named as a list of actors in
 * its own sentence (joint-places.ts), or, when a plural pronoun leads it (joint-pronoun.ts), several
 * governments in the sentence before, by lexicon actors or places. [] when there are none.
 */
function plainActors(
  sentence: number,
  groups: ReadonlyMap<number, ConceptHit[]>,
  textOf: (sentence: number) => { text: string; start: number },
): PlaceCue[] {
  const own = textOf(sentence);
  const places = placesActingTogether(own.text, own.start);
  if (places.length > 0 || !ledByPronoun(own.text)) return places;
  // The sentence before, skipping the blank ones a line break leaves.
  let before = sentence - 1;
  while (before >= 0 && textOf(before).text.trim() === '') before -= 1;
  if (before < 0) return [];
  const hits = groups.get(before) ?? [];
  if (hasGenreCue(hits)) return [];
  const actors = governmentsOf(hits);
  if (actors.length > 0) return actors;
  const previous = textOf(before);
  return placesActingTogether(previous.text, previous.start);
}

/** The sentences of the page that say governments act together. */
export function cooperationSentences(terms: PageTerms, texts: Readonly<Partial<Record<Field, string>>>): CooperationSentence[] {
  const found: CooperationSentence[] = [];
  for (const field of SENTENCE_FIELDS) {
    const text = texts[field] ?? '';
    const groups = bySentence(terms.fields[field].hits);
    let textOf: ((sentence: number) => { text: string; start: number }) | undefined;
    for (const [sentence, hits] of groups) {
      const joints = hits.filter(isJoint);
      // A sentence with a genre's cue is about that genre: schools that work with the municipalities' youth care.
      if (hasGenreCue(hits)) continue;
      const governments = governmentsOf(hits);
      const lexical = governments.length > 0 && (joints.length > 0 || rijkMeetsRegions(governments));
      const actors: PlaceCue[] = lexical
        ? governments
        : joints.length > 0
          ? plainActors(sentence, groups, (textOf ??= sentenceTexts(text)))
          : [];
      if (actors.length === 0) continue;
      const cues = [...actors, ...joints];
      found.push({
        field,
        sentence,
        quote: quoteOf(cues, text),
        start: Math.min(...cues.map((cue) => cue.start)),
        keys: [...new Set([...(lexical ? governments : []), ...joints].map((hit) => hit.key))],
      });
    }
  }
  return found;
}

/** True when the page names a government anywhere in its own text. */
export function namesAGovernment(terms: PageTerms): boolean {
  return SENTENCE_FIELDS.some((field) => terms.fields[field].hits.some((hit) => !hit.negated && actorOf(hit) !== undefined));
}

/** Whether a hit counts as evidence: not negated, and on a page that names a government when its concept requires one. */
export function hitCounts(hit: ConceptHit, pageNamesGovernment: boolean): boolean {
  if (hit.negated) return false;
  return LEXICON[hit.key]?.requires !== 'government' || pageNamesGovernment;
}
