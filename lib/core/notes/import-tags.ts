/**
 * Tags from another tool, made to fit ours (at most LIMITS.tags, each at most
 * LIMITS.tag characters, unique ignoring case) with every change reported: a
 * shortened tag, tags merged because they differ only in case, tags beyond
 * the limit. Nothing is cut or merged without a word.
 */
import type { ItemNotice } from './import-report';
import { cutAtCodePoint } from './import-values';
import { LIMITS } from './limits';

type Notice = Omit<ItemNotice, 'item'>;

export function readTags(raw: readonly string[]): { tags: string[]; notices: Notice[] } {
  const tags: string[] = [];
  const seen = new Map<string, string>();
  const merged: string[] = [];
  const shortened: string[] = [];
  const over: string[] = [];
  for (const value of raw) {
    const spaced = value.replace(/\s+/g, ' ').trim();
    if (spaced.length === 0) continue;
    const tag = cutAtCodePoint(spaced, LIMITS.tag);
    const key = tag.toLocaleLowerCase();
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      if (earlier !== tag) merged.push(`${tag} → ${earlier}`);
      continue;
    }
    if (tags.length >= LIMITS.tags) {
      over.push(tag);
      continue;
    }
    if (tag !== spaced) shortened.push(tag);
    seen.set(key, tag);
    tags.push(tag);
  }
  const notices: Notice[] = [];
  if (shortened.length > 0) notices.push({ code: 'tags-shortened', detail: shortened.join(', ') });
  if (merged.length > 0) notices.push({ code: 'tags-merged', detail: merged.join(', ') });
  if (over.length > 0) notices.push({ code: 'tags-over-limit', detail: String(over.length) });
  return { tags, notices };
}
