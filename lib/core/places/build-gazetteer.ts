/**
 * Builds the gazetteer from the editors' files in content/places/: the
 * reference tables (municipalities, provinces, regions, as published by CBS
 * and VWS), the curated names (common variants, names that are also words,
 * homonyms), former municipalities with their successors, and the Regio
 * Deals. Every problem is collected with where it is, so an editor sees all of
 * them at once; a gazetteer with problems is never written.
 */
import type { GazetteerData, GazetteerHomonym, GazetteerName, GazetteerPlace, PlaceKind } from './gazetteer';
import { nameWords, withoutProvinceHint as withoutHint } from './tokens';
import type { PlaceSources } from './sources';

export interface BuildResult {
  readonly data: GazetteerData | null;
  readonly problems: readonly string[];
}

/** A stable id for a region the data gives no code (arbeidsmarktregio Twente → AM-twente). */
export function derivedId(prefix: string, name: string): string {
  return `${prefix}-${nameWords(name).join('-')}`;
}

export function buildGazetteer(sources: PlaceSources): BuildResult {
  const problems: string[] = [];
  const places: GazetteerPlace[] = [];
  const position = new Map<string, number>();
  const addPlace = (place: GazetteerPlace, where: string) => {
    if (position.has(place.id)) problems.push(`${where}: code ${place.id} occurs twice`);
    else {
      position.set(place.id, places.length);
      places.push(place);
    }
  };

  const provinceCodes = new Set(sources.provinces.map((province) => province.code));
  for (const town of sources.municipalities) {
    if (!provinceCodes.has(town.provinceCode))
      problems.push(`reference/municipalities.json: ${town.code} (${town.name}) lies in unknown province ${town.provinceCode}`);
    addPlace({ id: town.code, name: town.name, kind: 'gemeente', province: town.provinceCode }, 'reference/municipalities.json');
  }
  const towns = new Set(sources.municipalities.map((town) => town.code));
  const checkMembers = (where: string, members: readonly string[]) => {
    for (const member of members) if (!towns.has(member)) problems.push(`${where}: member ${member} is no municipality`);
    if (new Set(members).size !== members.length) problems.push(`${where}: a member is listed twice`);
  };
  for (const province of sources.provinces) {
    checkMembers(`reference/provinces.json ${province.code}`, province.municipalities);
    addPlace(
      { id: province.code, name: province.name, kind: 'provincie', members: province.municipalities },
      'reference/provinces.json',
    );
  }
  for (const [kind, table] of Object.entries(sources.regions) as [
    PlaceKind,
    PlaceSources['regions'][keyof PlaceSources['regions']],
  ][]) {
    for (const region of table.regions) {
      const id = region.code ?? derivedId('AM', region.name);
      checkMembers(`reference/regions.json ${kind} ${region.name}`, region.members);
      addPlace({ id, name: region.name, kind, members: region.members }, `reference/regions.json ${kind}`);
    }
  }
  /** Today's municipality a merged code went into, following later mergers; undefined when divided or unknown. */
  const todayOf = (code: string, seen = new Set<string>()): number | undefined => {
    if (towns.has(code)) return position.get(code);
    if (seen.has(code)) return undefined;
    seen.add(code);
    const merger = sources.successors.find((other) => other.to && other.from.some((former) => former.code === code));
    return merger?.to ? todayOf(merger.to.code, seen) : undefined;
  };
  for (const deal of sources.regioDeals) {
    // Participants as the source listed them, possibly under a code merged away since: today's municipalities.
    const members = (deal.municipalities ?? []).map((code) => {
      const today = todayOf(code);
      if (today === undefined) problems.push(`regio-deals.json ${deal.id}: member ${code} is no municipality, then or now`);
      return today === undefined ? code : (places[today] as GazetteerPlace).id;
    });
    addPlace(
      {
        id: deal.id,
        name: deal.name,
        kind: 'regio-deal',
        ...(members.length > 0 ? { members: [...new Set(members)] } : {}),
        ...(deal.url ? { url: deal.url } : {}),
      },
      'regio-deals.json',
    );
  }

  const names: GazetteerName[] = [];
  const words = new Set(sources.names.words.map((word) => nameWords(word).join(' ')));
  const usedWords = new Set<string>();
  const addName = (text: string, place: number, extra: Partial<GazetteerName> = {}) => {
    const folded = nameWords(text);
    if (folded.length === 0) return;
    const key = folded.join(' ');
    const isWord = words.has(key);
    if (isWord) usedWords.add(key);
    names.push({ words: folded, places: [place], ...(isWord ? { word: true as const } : {}), ...extra });
  };
  places.forEach((place, index) => {
    addName(place.name, index);
    if (withoutHint(place.name) !== place.name) addName(withoutHint(place.name), index);
  });
  for (const [code, variants] of Object.entries(sources.names.variants)) {
    const index = position.get(code);
    if (index === undefined) problems.push(`names.json variants: unknown code ${code}`);
    else for (const variant of variants) addName(variant, index);
  }
  for (const word of words) if (!usedWords.has(word)) problems.push(`names.json words: "${word}" is no place name in the data`);

  for (const merger of sources.successors) {
    if (merger.to && todayOf(merger.to.code) === undefined)
      problems.push(`successors.json: ${merger.to.code} (${merger.to.name}) is no municipality today and merged into none`);
    for (const former of merger.from) {
      if (towns.has(former.code)) continue; // still exists under that code (it absorbed others)
      const today = todayOf(former.code);
      if (today === undefined) continue; // divided over several municipalities: no single successor
      addName(withoutHint(former.name), today, { former: { name: former.name, mergedOn: merger.date } });
    }
  }

  const homonyms: GazetteerHomonym[] = sources.names.homonyms.map((homonym) => {
    if (!provinceCodes.has(homonym.province))
      problems.push(`names.json homonyms: ${homonym.name} names unknown province ${homonym.province}`);
    return homonym;
  });

  if (problems.length > 0) return { data: null, problems };
  return {
    data: { format: 'regiolens-gazetteer', edition: sources.edition, credits: sources.credits, places, names, homonyms },
    problems,
  };
}
