/**
 * Text with its matched words in <mark>: segments come from highlightSegments
 * and are rendered as Preact text nodes, so nothing from the data is ever HTML.
 */
import { highlightSegments } from '../../core/search/highlight';
import type { MatchRange } from '../../core/search/types';

export interface HighlightedProps {
  text: string;
  ranges?: readonly MatchRange[] | undefined;
}

export function Highlighted({ text, ranges }: HighlightedProps) {
  if (!ranges || ranges.length === 0) return <>{text}</>;
  return (
    <>
      {highlightSegments(text, ranges).map((segment, index) =>
        segment.match ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>,
      )}
    </>
  );
}
