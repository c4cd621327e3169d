/**
 * The places a page names, read with care: a name counts only as written
 * (with its capital), a kind word before it decides what it is ("provincie
 * Utrecht", "regio Amersfoort", "veiligheidsregio Twente"), and without one a
 * municipality comes before a province and a province before a region.
 * Names that are also ordinary words ("Best", "Goes") count only after
 * "gemeente" or inside a sentence among other places of their province; names
 * that two municipalities share (Bergen in Noord-Holland and Limburg) are told
 * apart by the places around them, or reported as ambiguous. The regions the
 * named municipalities share are inferred in infer-region.ts.
 */
import type { Gazetteer, GazetteerName, GazetteerPlace, PlaceKind, TrieNode } from './gazetteer';
import { REGION_KINDS } from './gazetteer';
import { inferRegions, type InferredRegion } from './infer-region';
import { nameWords, PlaceWords } from './tokens';

export interface PlaceMention {
  readonly id: string;
  readonly name: string;
  readonly kind: PlaceKind;
  /** How often the page names it. */
  readonly count: number;
  /** The first mention as the page writes it. */
  readonly written: string;
  /** The page used a former municipality's name, merged into this one. */
  readonly former?: string;
  /** Where the data says more (a Regio Deal's page). */
  readonly url?: string;
}

export interface AmbiguousMention {
  readonly written: string;
  readonly count: number;
  /** The municipalities it may be (ids); one when the other bearer of the name is no municipality. */
  readonly candidates: readonly string[];
  /** The candidates' names, in the same order, for the views. */
  readonly candidateNames: readonly string[];
  readonly note?: string;
}

export interface PlacesOnPage {
  readonly named: readonly PlaceMention[];
  readonly ambiguous: readonly AmbiguousMention[];
  readonly inferred: readonly InferredRegion[];
}

export const NO_PLACES: PlacesOnPage = { named: [], ambiguous: [], inferred: [] };

/** A kind word just before a name, and the kinds it allows. */
const QUALIFIERS: ReadonlyMap<string, readonly PlaceKind[]> = new Map<string, readonly PlaceKind[]>([
  ['gemeente', ['gemeente']],
  ['municipality', ['gemeente']],
  ['provincie', ['provincie']],
  ['province', ['provincie']],
  ['veiligheidsregio', ['veiligheidsregio']],
  ['arbeidsmarktregio', ['arbeidsmarktregio']],
  ['corop', ['corop']],
  ['regio', ['corop', 'veiligheidsregio', 'arbeidsmarktregio']],
  ['region', ['corop', 'veiligheidsregio', 'arbeidsmarktregio']],
]);

/** Words that join names in a list: "Weert en Roermond", "Bergen of Alkmaar". */
const LIST_WORDS: ReadonlySet<string> = new Set(['en', 'of', 'and', 'or']);

/** Surname particles as written inside a name ("Jan van Buren", "Piet de Kampen"). */
const PARTICLES: ReadonlySet<string> = new Set(['van', 'de', 'der', 'den', 'ter', 'ten', 'te']);

/** Lower-case words a name may start with: the "s" of 's-Hertogenbosch, the "t" of 't Zandt. */
const LOWER_STARTS: ReadonlySet<string> = new Set(['s', 't']);

const KIND_ORDER: readonly PlaceKind[] = [
  'gemeente',
  'provincie',
  'regio-deal',
  'corop',
  'veiligheidsregio',
  'arbeidsmarktregio',
];

interface Hit {
  readonly places: readonly GazetteerPlace[];
  /** Word positions of the name on the page. */
  readonly at: number;
  readonly length: number;
  /** Follows a surname particle ("Jan van Buren", "De Kampen"): a person's name more than a place. */
  readonly afterParticle: boolean;
  /** Listed with the next name ("Weert, Nederweert en Roermond"): a list of places, even at a sentence's start. */
  listed?: boolean;
  readonly written: string;
  readonly qualified: boolean;
  readonly word: boolean;
  readonly opensSentence: boolean;
  readonly former?: string;
  readonly folded: string;
}

function qualifierBefore(page: PlaceWords, at: number): readonly PlaceKind[] | undefined {
  if (at === 0) return undefined;
  const previous = page.word(at - 1);
  // "COROP-gebied Twente", "COROP-regio Twente"
  if ((previous === 'gebied' || previous === 'regio') && at >= 2 && page.word(at - 2) === 'corop') return ['corop'];
  return QUALIFIERS.get(previous);
}

/** The longest name starting at `at`, and its length in words. */
function longestName(gazetteer: Gazetteer, page: PlaceWords, at: number): [GazetteerName[], number] | null {
  let node: TrieNode | undefined = gazetteer.root;
  let found: [GazetteerName[], number] | null = null;
  for (let length = 1; length <= gazetteer.longest && at + length - 1 < page.length; length += 1) {
    node = node.next.get(page.word(at + length - 1));
    if (!node) break;
    if (node.names.length > 0) found = [node.names, length];
  }
  return found;
}

/** Of the places a name may be, the ones this mention means by its kind word, or by the default order. */
function byKind(places: readonly GazetteerPlace[], allowed: readonly PlaceKind[] | undefined): GazetteerPlace[] {
  const fitting = allowed ? places.filter((place) => allowed.includes(place.kind)) : [];
  if (fitting.length > 0) return fitting;
  const top = KIND_ORDER.find((kind) => places.some((place) => place.kind === kind));
  const regional = top !== undefined && REGION_KINDS.includes(top) && top !== 'provincie';
  return places.filter((place) =>
    regional ? REGION_KINDS.includes(place.kind) && place.kind !== 'provincie' : place.kind === top,
  );
}

function readHits(gazetteer: Gazetteer, text: string): Hit[] {
  const page = new PlaceWords(text);
  // In a text without lower case (a shouted heading, a code list) a capital says nothing.
  const capitalsMeanSomething = /\p{Ll}/u.test(text);
  const hits: Hit[] = [];
  for (let at = 0; at < page.length;) {
    // A name starts with a capital, or with the "s" of 's-Hertogenbosch or the "t" of 't Zandt.
    const mayStart = !capitalsMeanSomething || page.hasCapital(at) || LOWER_STARTS.has(page.raw[at] as string);
    const found = mayStart ? longestName(gazetteer, page, at) : null;
    if (!found) {
      at += 1;
      continue;
    }
    const [names, length] = found;
    let capital = !capitalsMeanSomething;
    for (let index = at; index < at + length && !capital; index += 1) capital = page.hasCapital(index);
    if (capital) {
      const qualifier = qualifierBefore(page, at);
      const all = [...new Set(names.flatMap((name) => name.places))].map(
        (index) => gazetteer.data.places[index] as GazetteerPlace,
      );
      const former = names.find((name) => name.former)?.former?.name;
      const start = page.start(at);
      hits.push({
        at,
        length,
        afterParticle: at > 0 && PARTICLES.has(page.raw[at - 1] as string),
        places: byKind(all, qualifier),
        // "'s-Hertogenbosch", "'t Zandt": the apostrophe is part of the name as written.
        written: text.slice(/['’]/u.test(text[start - 1] ?? '') ? start - 1 : start, page.end(at + length - 1)),
        qualified: qualifier !== undefined,
        word: names.some((name) => name.word),
        opensSentence: page.opensSentence(at),
        folded: Array.from({ length }, (_, offset) => page.word(at + offset)).join(' '),
        ...(former ? { former } : {}),
      });
    }
    at += length;
  }
  for (let index = 0; index + 1 < hits.length; index += 1) {
    const hit = hits[index] as Hit;
    const next = hits[index + 1] as Hit;
    const gap = next.at - (hit.at + hit.length);
    const between = text.slice(page.end(hit.at + hit.length - 1), page.start(next.at));
    hit.listed = !/[.!?;:\n]/u.test(between) && (gap === 0 || (gap === 1 && LIST_WORDS.has(page.word(hit.at + hit.length))));
  }
  return hits;
}

/** How many certain mentions each province has: the company a doubtful name keeps. */
function provinceCompany(hits: readonly Hit[]): Map<string, number> {
  const company = new Map<string, number>();
  const add = (province: string | undefined) => province && company.set(province, (company.get(province) ?? 0) + 1);
  for (const hit of hits) {
    if (!countsAsCompany(hit)) continue;
    const place = hit.places[0] as GazetteerPlace;
    if (place.kind === 'gemeente') add(place.province);
    else if (place.kind === 'provincie') add(place.id);
  }
  return company;
}

type Resolved =
  { kind: 'places'; places: readonly GazetteerPlace[] } | { kind: 'ambiguous'; candidates: string[]; note?: string } | null;

/** Whether provinceCompany counted this hit itself (a name is no company of its own). */
const countsAsCompany = (hit: Hit) => hit.places.length === 1 && !(hit.word && !hit.qualified);

function resolve(gazetteer: Gazetteer, hit: Hit, company: ReadonlyMap<string, number>): Resolved {
  const towns = hit.places.filter((place) => place.kind === 'gemeente');
  const own = countsAsCompany(hit) && towns.length === 1 ? (towns[0] as GazetteerPlace).province : undefined;
  const keeps = (place: GazetteerPlace) =>
    place.province ? (company.get(place.province) ?? 0) - (place.province === own ? 1 : 0) : 0;
  if (towns.length > 1) {
    const best = Math.max(...towns.map(keeps));
    const chosen = towns.filter((town) => keeps(town) === best);
    if (best > 0 && chosen.length === 1) return { kind: 'places', places: chosen };
    return hit.word && !hit.qualified ? null : { kind: 'ambiguous', candidates: towns.map((town) => town.id) };
  }
  const town = towns[0];
  if (town && hit.word && !hit.qualified) {
    if (hit.afterParticle || keeps(town) === 0) return null;
    if (hit.opensSentence && !hit.listed) return null;
  }
  if (town && !hit.qualified) {
    const homonym = gazetteer.data.homonyms.find((other) => nameWords(other.name).join(' ') === hit.folded);
    if (homonym && (company.get(homonym.province) ?? 0) > 0 && keeps(town) === 0)
      return { kind: 'ambiguous', candidates: [town.id], note: homonym.note };
  }
  return { kind: 'places', places: hit.places };
}

const kindRank = (kind: PlaceKind) => KIND_ORDER.indexOf(kind);

export function findPlaces(gazetteer: Gazetteer, text: string): PlacesOnPage {
  const hits = readHits(gazetteer, text);
  if (hits.length === 0) return NO_PLACES;
  const company = provinceCompany(hits);
  const named = new Map<string, { place: GazetteerPlace; count: number; written: string; former?: string }>();
  const ambiguous = new Map<
    string,
    { written: string; count: number; candidates: string[]; candidateNames: string[]; note?: string }
  >();
  for (const hit of hits) {
    const resolved = resolve(gazetteer, hit, company);
    if (resolved?.kind === 'ambiguous') {
      const known = ambiguous.get(hit.folded);
      if (known) known.count += 1;
      else
        ambiguous.set(hit.folded, {
          written: hit.written,
          count: 1,
          candidates: resolved.candidates,
          candidateNames: resolved.candidates.map((id) => gazetteer.byId.get(id)?.name ?? id),
          ...(resolved.note ? { note: resolved.note } : {}),
        });
      continue;
    }
    for (const place of resolved?.places ?? []) {
      const known = named.get(place.id);
      if (known) known.count += 1;
      else named.set(place.id, { place, count: 1, written: hit.written, ...(hit.former ? { former: hit.former } : {}) });
    }
  }
  const mentions: PlaceMention[] = [...named.values()]
    .map(({ place, count, written, former }) => ({
      id: place.id,
      name: place.name,
      kind: place.kind,
      count,
      written,
      ...(former ? { former } : {}),
      ...(place.url ? { url: place.url } : {}),
    }))
    .sort((a, b) => kindRank(a.kind) - kindRank(b.kind) || b.count - a.count || a.name.localeCompare(b.name, 'nl'));
  const towns = new Set(mentions.filter((mention) => mention.kind === 'gemeente').map((mention) => mention.id));
  const regions = new Set(mentions.filter((mention) => mention.kind !== 'gemeente').map((mention) => mention.id));
  return { named: mentions, ambiguous: [...ambiguous.values()], inferred: inferRegions(gazetteer, towns, regions) };
}
