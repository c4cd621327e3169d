/**
 * Which region a page is about, from the municipalities it names: the region
 * (province, COROP area, safety region, labour-market region) that holds most
 * of them, and of those the tightest. A region is only inferred when it holds
 * at least two named municipalities and most of them (INFER_COVERAGE), so a
 * page naming towns all over the country, or a table of all 342, yields none
 * rather than a list of coincidences. Regions of different kinds with exactly
 * the same members (Twente is a COROP area, a safety region and a labour-market
 * region) are one answer, reported under each kind.
 */
import { REGION_KINDS, type Gazetteer, type GazetteerPlace } from './gazetteer';

/** Share of the named municipalities an inferred region must hold. */
export const INFER_COVERAGE = 0.6;

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

export function inferRegions(gazetteer: Gazetteer, municipalities: ReadonlySet<string>): InferredRegion[] {
  if (municipalities.size < 2) return [];
  let best: Candidate | null = null;
  const candidates: Candidate[] = [];
  for (const place of gazetteer.data.places) {
    if (!REGION_KINDS.includes(place.kind) || !place.members) continue;
    const named = place.members.filter((member) => municipalities.has(member));
    if (named.length < 2 || named.length < INFER_COVERAGE * municipalities.size) continue;
    const candidate = {
      place,
      named,
      coverage: named.length / municipalities.size,
      tightness: named.length / place.members.length,
    };
    candidates.push(candidate);
    if (
      !best ||
      candidate.coverage > best.coverage ||
      (candidate.coverage === best.coverage && candidate.tightness > best.tightness)
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
