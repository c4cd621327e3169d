/**
 * Which index entries name a place (as whole words in title, keywords or
 * summary): the side panel's "N items in the material name Twente". Answered by
 * the background (`search/by-place`), which keeps one lookup per active index:
 * the entries' words are folded once, not once per place and panel opening.
 */
import type { IndexEntry } from '../index/schema';
import { words } from '../text/normalise';
import { withoutProvinceHint } from './tokens';

/** "Bergen (NH.)", "Regio Deal Twente" → "Bergen", "Twente": the name as the index's texts would write it. */
const plainName = (name: string) => withoutProvinceHint(name).replace(/^Regio Deal\s+/u, '');

/** The entries naming a place, in the index's order, for any place name asked. */
export function materialLookup<E extends Pick<IndexEntry, 'title' | 'keywords' | 'summary'>>(
  entries: readonly E[],
): (name: string) => E[] {
  const texts = entries.map((entry) => ({
    entry,
    text: ` ${words([entry.title, ...entry.keywords, entry.summary].join(' ')).join(' ')} `,
  }));
  return (name) => {
    const wanted = words(plainName(name)).join(' ');
    if (wanted === '') return [];
    const padded = ` ${wanted} `;
    return texts.filter(({ text }) => text.includes(padded)).map(({ entry }) => entry);
  };
}

/** Index entries whose title, keywords or summary name the place (one question; see materialLookup). */
export function entriesNaming<E extends Pick<IndexEntry, 'title' | 'keywords' | 'summary'>>(
  entries: readonly E[],
  name: string,
): E[] {
  return materialLookup(entries)(name);
}
