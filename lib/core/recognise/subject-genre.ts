/**
 * Who the page is about. Genre cues (content/lexicon/genre.json) damp the
 * evidence of a page that borrows the project's words for another world:
 * local broadcasters, swimming clubs, care providers, business associations
 * (evidence.ts). Named where the page says its subject (the title, a heading,
 * the description or the lead), such a cue names the page's actors: their
 * cooperation, however textbook its words ("een samenwerkingsverband",
 * "regionale samenwerking"), is not between governments. There it weighs
 * twice.
 */
import type { Field, PageTerms } from './page-terms';

/**
 * How much more a genre cue weighs on the subject. On the real pages (all development sets) 2, with
 * the associations' cue, turned three false alarms of non-government cooperation into "no" or "maybe"
 * (local broadcasters joining forces, a swimming federation's regional meetings) and six maybes of care
 * providers, entrepreneurs and fires into "no", and no regional page lost its "yes"; 1.5 caught fewer,
 * 3 no more.
 */
const SUBJECT_GENRE_FACTOR = 2;

const SUBJECT_FIELDS = ['title', 'headings', 'meta'] as const satisfies readonly Field[];

/** What the genre cue at lexicon `index` weighs on this page: twice where the page says its subject, else once. */
export function genreFactor(terms: PageTerms, index: number): number {
  const onSubject =
    SUBJECT_FIELDS.some((field) => terms.fields[field].concepts.has(index)) ||
    terms.fields.body.hits.some((hit) => hit.key === index && hit.sentence < terms.leadEnd);
  return onSubject ? SUBJECT_GENRE_FACTOR : 1;
}
