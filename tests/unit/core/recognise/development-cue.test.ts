/**
 * The development-cooperation genre cue: a programme for developing or
 * emerging countries speaks of cooperation, ecosystems and the business
 * climate, and may name a Dutch region as an example, but it is about other
 * countries. The same words on a page about a Dutch region stay evidence.
 */
import { describe, expect, test } from 'vitest';
import type { PageSnapshot } from '../../../../lib/core/page-snapshot';
import { createRecogniser } from '../../../../lib/core/recognise/recogniser';

const recogniser = createRecogniser([]);

function page(title: string, lines: readonly string[]): PageSnapshot {
  return { url: 'https://www.example.nl/publicaties/artikel', title, headings: [], text: lines.join('\n'), truncated: false };
}

const ECOSYSTEM = [
  'Entrepreneurial ecosystems grow where firms, universities and investors meet, and a good business climate helps them.',
  'Mature entrepreneurial ecosystems, such as Brainport in the Netherlands, took decades to grow.',
  'Our programme studies which entrepreneurial ecosystems can be strengthened on purpose.',
];

describe('the development-cooperation cue', () => {
  test('keeps a programme for emerging countries below "yes"', () => {
    const abroad = recogniser.recognise(
      page('Entrepreneurial ecosystems in emerging countries', [
        ...ECOSYSTEM,
        'We help employer organisations in emerging countries to improve the business climate.',
      ]),
    );
    expect(abroad.verdict).not.toBe('yes');
  });

  test("leaves the same ecosystem words on a Dutch region's page as they are", () => {
    const home = recogniser.recognise(
      page('Entrepreneurial ecosystems in the Eindhoven region', [
        ...ECOSYSTEM,
        'The province and the municipalities of the region invest together in the ecosystem.',
      ]),
    );
    expect(home.verdict).toBe('yes');
  });
});
