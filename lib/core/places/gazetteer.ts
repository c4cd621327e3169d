/**
 * The gazetteer as the extension carries it: every place (municipality,
 * province, region, Regio Deal) with its official code, and every name it goes
 * by, already folded into words by the build (scripts/places-build.ts from
 * content/places/). At start-up only the word trie is put together from this
 * prepared list; the expensive part (reading the tables, deriving variants,
 * checking codes) happened when the extension was built.
 */

export const PLACE_KINDS = ['gemeente', 'provincie', 'corop', 'veiligheidsregio', 'arbeidsmarktregio', 'regio-deal'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const REGION_KINDS: readonly PlaceKind[] = ['provincie', 'corop', 'veiligheidsregio', 'arbeidsmarktregio'];

export interface GazetteerPlace {
  /** Official code (GM, PV, CR, VR) or, where the data gives none, a stable id from kind and name. */
  readonly id: string;
  readonly name: string;
  readonly kind: PlaceKind;
  /** A municipality's province (PV code). */
  readonly province?: string;
  /** A region's or province's member municipalities (GM codes). */
  readonly members?: readonly string[];
  /** Where the data says more (a Regio Deal's page). */
  readonly url?: string;
}

export interface GazetteerName {
  /** Folded words of the name ("den", "haag"). */
  readonly words: readonly string[];
  /** Places (positions in `places`) going by this name. */
  readonly places: readonly number[];
  /** The name is also an ordinary word ("Best", "Goes"): it counts only where the context makes it a place. */
  readonly word?: true;
  /** A former municipality's name (merged away on `mergedOn`), which resolves to today's. */
  readonly former?: { readonly name: string; readonly mergedOn: string };
}

/** A name also borne by a place that is no municipality (Hengelo, a village in Gelderland). */
export interface GazetteerHomonym {
  readonly name: string;
  /** The other place's province: named only with places there, the name is not taken for the municipality. */
  readonly province: string;
  readonly note: string;
}

export interface GazetteerData {
  readonly format: 'regiolens-gazetteer';
  /** What the data holds and from when, as the options page and README credit it. */
  readonly edition: string;
  readonly credits: readonly string[];
  readonly places: readonly GazetteerPlace[];
  readonly names: readonly GazetteerName[];
  readonly homonyms: readonly GazetteerHomonym[];
}

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  names: GazetteerName[];
}

export interface Gazetteer {
  readonly data: GazetteerData;
  readonly byId: ReadonlyMap<string, GazetteerPlace>;
  /** The names as a word trie: the page is read once, word by word. */
  readonly root: TrieNode;
  /** The longest name in words, to bound look-ahead. */
  readonly longest: number;
}

export type { TrieNode };

export function createGazetteer(data: GazetteerData): Gazetteer {
  const root: TrieNode = { next: new Map(), names: [] };
  let longest = 0;
  for (const name of data.names) {
    let node = root;
    for (const word of name.words) {
      let child = node.next.get(word);
      if (!child) {
        child = { next: new Map(), names: [] };
        node.next.set(word, child);
      }
      node = child;
    }
    node.names.push(name);
    longest = Math.max(longest, name.words.length);
  }
  return { data, byId: new Map(data.places.map((place) => [place.id, place])), root, longest };
}
