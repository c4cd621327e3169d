/** The output line of the command-line recogniser, exactly as DESIGN.md specifies it. */
import { formatReason } from '../../lib/core/recognise/reasons';
import type { Recognition } from '../../lib/core/recognise/types';
import type { ThemeId } from '../../lib/core/themes';

export interface OutputLine {
  id: string;
  regional: boolean;
  score: number;
  themes: { id: ThemeId; score: number }[];
  suggestions: { id: string; score: number; themes: ThemeId[] }[];
  why: string[];
  places: OutputPlace[];
}

/** A place named on the page (with how often), or a region inferred from the municipalities named (with its members). */
export type OutputPlace =
  | { id: string; name: string; kind: string; count: number; former?: string }
  | { id: string; name: string; kind: string; members: string[] };

export function toOutputLine(id: string, recognition: Recognition): OutputLine {
  return {
    id,
    regional: recognition.regional,
    score: recognition.score,
    themes: recognition.themes.map(({ id: theme, score }) => ({ id: theme, score })),
    suggestions: recognition.suggestions.map(({ id: entry, score, themes }) => ({ id: entry, score, themes })),
    why: recognition.why.map(formatReason),
    places: [
      ...(recognition.places?.named ?? []).map(({ id: place, name, kind, count, former }) => ({
        id: place,
        name,
        kind,
        count,
        ...(former ? { former } : {}),
      })),
      ...(recognition.places?.inferred ?? []).map(({ id: place, name, kind, members }) => ({
        id: place,
        name,
        kind,
        members: [...members],
      })),
    ],
  };
}
