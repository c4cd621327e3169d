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
}

export function toOutputLine(id: string, recognition: Recognition): OutputLine {
  return {
    id,
    regional: recognition.regional,
    score: recognition.score,
    themes: recognition.themes.map(({ id: theme, score }) => ({ id: theme, score })),
    suggestions: recognition.suggestions.map(({ id: entry, score, themes }) => ({ id: entry, score, themes })),
    why: recognition.why.map(formatReason),
  };
}
