/**
 * Place precision and recall on a labelled set of pages we wrote
 * (tests/fixtures/places/pages.json): which places a page names (as place keys:
 * kind group and official name, so Twente counts once whatever kinds carry it)
 * and which region it is about. Run by `npm run eval`; a unit test keeps the
 * floor.
 */
import { readFileSync } from 'node:fs';
import { placesOnPage } from '../../lib/core/places/places';
import { placeKey } from '../../lib/core/places/place-key';
import { nameWords } from '../../lib/core/places/tokens';
import { percent } from './eval-real';

export const PLACES_FIXTURE = 'tests/fixtures/places/pages.json';

interface LabelledPage {
  id: string;
  text: string;
  named: string[];
  region: string | null;
  /** "dev" (tuned on after its first measurement) or "held-out" (written and labelled before its first run). */
  split: string;
}

export interface PlacesFigures {
  pages: number;
  precision: number;
  recall: number;
  f1: number;
  /** Pages whose inferred region (or its absence) is right. */
  regionAccuracy: number;
  mistakes: { id: string; missed: string[]; extra: string[]; region?: { expected: string | null; got: string[] } }[];
}

/** A label as written in the fixture ("gemeente:'s-Gravenhage") as a place key. */
function labelKey(label: string): string {
  const at = label.indexOf(':');
  return `${label.slice(0, at)}:${nameWords(label.slice(at + 1)).join(' ')}`;
}

export function evaluatePlaces(split?: string, file = PLACES_FIXTURE): PlacesFigures {
  const all = (JSON.parse(readFileSync(file, 'utf8')) as { pages: LabelledPage[] }).pages;
  const pages = split === undefined ? all : all.filter((page) => page.split === split);
  let found = 0;
  let right = 0;
  let expected = 0;
  let regionsRight = 0;
  const mistakes: PlacesFigures['mistakes'] = [];
  for (const page of pages) {
    const places = placesOnPage({ title: '', text: page.text });
    const got = new Set(places.named.map(placeKey));
    const wanted = new Set(page.named.map(labelKey));
    const missed = [...wanted].filter((key) => !got.has(key));
    const extra = [...got].filter((key) => !wanted.has(key));
    found += got.size;
    expected += wanted.size;
    right += got.size - extra.length;
    const regions = [...new Set(places.inferred.map((region) => region.name))];
    const regionRight = page.region === null ? regions.length === 0 : regions.includes(page.region);
    if (regionRight) regionsRight += 1;
    if (missed.length > 0 || extra.length > 0 || !regionRight)
      mistakes.push({ id: page.id, missed, extra, ...(regionRight ? {} : { region: { expected: page.region, got: regions } }) });
  }
  const precision = found === 0 ? 1 : right / found;
  const recall = expected === 0 ? 1 : right / expected;
  return {
    pages: pages.length,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    regionAccuracy: regionsRight / pages.length,
    mistakes,
  };
}

/** The places section of `npm run eval`: per split, figures and the pages it got wrong. */
export function reportPlaces(): string {
  const lines = ['== places (tests/fixtures/places, pages we wrote) =='];
  for (const split of ['dev', 'held-out']) {
    const figures = evaluatePlaces(split);
    lines.push(
      `${split}: ${figures.pages} pages · places named: precision ${percent(figures.precision)}, recall ${percent(figures.recall)}, F1 ${percent(figures.f1)} · region right on ${percent(figures.regionAccuracy)}`,
    );
    for (const mistake of figures.mistakes) {
      const parts = [
        mistake.missed.length > 0 ? `missed ${mistake.missed.join(', ')}` : '',
        mistake.extra.length > 0 ? `extra ${mistake.extra.join(', ')}` : '',
        mistake.region
          ? `region ${mistake.region.got.join(' / ') || 'none'} (expected ${mistake.region.expected ?? 'none'})`
          : '',
      ].filter(Boolean);
      lines.push(`  ✗ ${mistake.id}: ${parts.join('; ')}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
