/**
 * Turns a field text and its match ranges into plain text segments the UI
 * renders as text nodes (matched ones in <mark>): no HTML strings anywhere, so
 * a note body such as "<img onerror=...>" stays text.
 */
import type { MatchRange } from './types';

export interface TextSegment {
  text: string;
  match: boolean;
}

/**
 * Splits `text` into alternating segments. Ranges may be unsorted, overlapping,
 * out of bounds or empty: they are clamped, sorted and merged first. Joining the
 * segments' text always gives back `text`.
 */
export function highlightSegments(text: string, ranges: readonly MatchRange[]): TextSegment[] {
  const clean = normaliseRanges(text.length, ranges);
  const segments: TextSegment[] = [];
  let at = 0;
  for (const { start, end } of clean) {
    if (start > at) segments.push({ text: text.slice(at, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), match: false });
  return segments;
}

export interface Excerpt {
  text: string;
  ranges: MatchRange[];
  /** Text was cut before / after the excerpt (the UI may show an ellipsis). */
  clippedStart: boolean;
  clippedEnd: boolean;
}

/**
 * A window of about `maxChars` characters of a long field (a body) around its
 * first match, cut at word boundaries, with ranges shifted into the window.
 */
export function excerpt(text: string, ranges: readonly MatchRange[], maxChars = 160): Excerpt {
  const clean = normaliseRanges(text.length, ranges);
  if (text.length <= maxChars) return { text, ranges: clean, clippedStart: false, clippedEnd: false };
  const first = clean[0]?.start ?? 0;
  let start = Math.max(0, first - Math.floor(maxChars / 3));
  let end = Math.min(text.length, start + maxChars);
  start = Math.max(0, end - maxChars);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < first) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start && space > (clean[0]?.end ?? 0)) end = space;
  }
  const inside = clean
    .filter((r) => r.start >= start && r.end <= end)
    .map((r) => ({ start: r.start - start, end: r.end - start }));
  return { text: text.slice(start, end), ranges: inside, clippedStart: start > 0, clippedEnd: end < text.length };
}

function normaliseRanges(length: number, ranges: readonly MatchRange[]): MatchRange[] {
  const sorted = ranges
    .map((r) => ({ start: clamp(Math.floor(r.start), length), end: clamp(Math.floor(r.end), length) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const merged: MatchRange[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

function clamp(value: number, length: number): number {
  if (!Number.isFinite(value)) return value > 0 ? length : 0;
  return Math.min(length, Math.max(0, value));
}
