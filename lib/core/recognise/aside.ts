/**
 * Where a page's cooperation evidence stands, and when it is only an aside
 * (evidence.ts): one sentence of the body after its opening, or two with no
 * government named where the page says its subject. Evidence that stands
 * only there is a passing mention, not the page's subject.
 */
import { LEXICON } from './lexicon';
import type { CooperationSentence } from './cooperation';
import type { Field, PageTerms } from './page-terms';

/** Fields where naming a concept says the page is about it. */
export const PROMINENT_FIELDS = ['title', 'headings', 'meta'] as const satisfies readonly Field[];
/** Fields whose occurrences count as mentions (the address and site name repeat the title). */
export const MENTION_FIELDS = ['title', 'headings', 'meta', 'body'] as const satisfies readonly Field[];

/** Where the page's cooperation evidence stands: `field:sentence` of counted core terms and cooperation sentences. */
export function evidencePlaces(terms: PageTerms, cooperation: readonly CooperationSentence[]): Set<string> {
  const places = new Set<string>();
  for (const field of MENTION_FIELDS) {
    for (const hit of terms.fields[field].hits) {
      if (LEXICON[hit.key]?.kind === 'core' && (terms.fields[field].concepts.get(hit.key) ?? 0) > 0)
        places.add(`${field}:${hit.sentence}`);
    }
  }
  for (const sentence of cooperation) places.add(`${sentence.field}:${sentence.sentence}`);
  return places;
}

/**
 * Plain-words cooperation is read, not named: it is the page's subject only in
 * the body's very first sentences, where a term of art may stand anywhere in
 * the lead (lead.ts). "Samen beheren zij ... woningen in omliggende gemeenten"
 * in a corporation's opening paragraph is no case of cooperation.
 */
const OPENING_SENTENCES = 2;
const isAside = (place: string) => place.startsWith('body:') && Number(place.slice(5)) >= OPENING_SENTENCES;

/**
 * True when all the page's cooperation evidence stands in one sentence of its
 * body, after the lead: core terms and plain-words cooperation alike. A museum
 * story whose one sentence thanks "de gemeente, de provincie, fondsen en de
 * Regio Deal" is about the museum.
 */
export function confinedToOneSentence(places: ReadonlySet<string>): boolean {
  const [only] = places;
  return places.size === 1 && only !== undefined && isAside(only);
}

/**
 * True when the evidence is an aside: at most two sentences of the body, none
 * in the title, a heading, the description or the lead, and no government
 * named there either. A library merger that mentions the municipalities'
 * joint consultation is about the libraries.
 */
export function isAnAside(terms: PageTerms, evidence: ReadonlySet<string>): boolean {
  const places = [...evidence];
  if (places.length === 0 || places.length > MAX_ASIDE_SENTENCES || !places.every(isAside)) return false;
  // A title or lead that names a government ("Voor welke keuzes staat het Rijk?") makes governments the subject.
  const prominent = PROMINENT_FIELDS.some((field) => terms.fields[field].hits.some((hit) => LEXICON[hit.key]?.actor));
  return !prominent && !terms.fields.body.hits.some((hit) => LEXICON[hit.key]?.actor && hit.sentence < OPENING_SENTENCES);
}
const MAX_ASIDE_SENTENCES = 2;
