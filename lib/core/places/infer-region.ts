/**
 * Which region a page is about, from the municipalities it names: the region
 * (province, COROP area, safety region, labour-market region) that holds most
 * of them, and of those the tightest. A region is only inferred when it holds
 * at least two named municipalities and most of them (INFER_COVERAGE; all of
 * them when the page names three or fewer), so a
 * page naming towns all over the country, or a table of all 342, yields none
 * rather than a list of coincidences. Regions of different kinds with exactly
 * the same members (Twente is a COROP area, a safety region and a labour-market
 * region) are one answer, reported under each kind.
 */
import { REGION_KINDS, type Gazetteer, type GazetteerPlace } from './gazetteer';

/** Share of the named municipalities an inferred region must hold. */
export const INFER_COVERAGE = 0.6;
/** Up to this many named municipalities, a region must hold them all: two of three is too often chance. */
export const ALL_UP_TO = 3;
/** CBS's residual COROP areas ("Overig Zeeland", "Overig Groningen") are statistics' leftovers, not a region anyone means. */
const RESIDUAL = /^Overig\s/u;

export interface InferredRegion {
  readonly id: string;
  readonly name: string;
  readonly kind: GazetteerPlace['kind'];
  /** All member municipalities of the region. */
  readonly members: readonly string[];
  /** The members the page names. */
  readonly named: readonly string[];
  /** The members' names, in the order of `members`, for the views (which carry no gazetteer). */
  readonly memberNames: readonly string[];
}

interface Candidate {
  readonly place: GazetteerPlace;
  readonly named: string[];
  readonly coverage: number;
  readonly tightness: number;
}

const sameMembers = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((member, index) => member === b[index]);

/**
 * `namedRegions`: ids of the regions the page names itself. Of the regions that
 * hold the municipalities, one the page names wins ("Leiden en Katwijk in
 * Holland Rijnland" is about Holland Rijnland, not the tighter COROP area);
 * a named province does not, as pages name their province as a matter of course.
 */
export function inferRegions(
  gazetteer: Gazetteer,
  municipalities: ReadonlySet<string>,
  namedRegions: ReadonlySet<string> = new Set(),
): InferredRegion[] {
  if (municipalities.size < 2) return [];
  const pageNames = (candidate: Candidate) => candidate.place.kind !== 'provincie' && namedRegions.has(candidate.place.id);
  let best: Candidate | null = null;
  const candidates: Candidate[] = [];
  for (const place of gazetteer.data.places) {
    if (!REGION_KINDS.includes(place.kind) || !place.members || RESIDUAL.test(place.name)) continue;
    const named = place.members.filter((member) => municipalities.has(member));
    const needed = municipalities.size <= ALL_UP_TO ? municipalities.size : INFER_COVERAGE * municipalities.size;
    if (named.length < 2 || named.length < needed) continue;
    const candidate = {
      place,
      named,
      coverage: named.length / municipalities.size,
      tightness: named.length / place.members.length,
    };
    candidates.push(candidate);
    if (
      !best ||
      (pageNames(candidate) && !pageNames(best)) ||
      (pageNames(candidate) === pageNames(best) &&
        (candidate.coverage > best.coverage || (candidate.coverage === best.coverage && candidate.tightness > best.tightness)))
    )
      best = candidate;
  }
  if (!best) return [];
  const winner = best;
  const members = [...(winner.place.members ?? [])].sort();
  return candidates
    .filter((candidate) => sameMembers([...(candidate.place.members ?? [])].sort(), members))
    .map(({ place, named }) => {
      const members = place.members ?? [];
      const memberNames = members.map((member) => gazetteer.byId.get(member)?.name ?? member);
      return { id: place.id, name: place.name, kind: place.kind, members, named, memberNames };
    });
}
