/** The gazetteer file as the build writes it: one place or name per line, so a data change reads as a small diff. */
import type { GazetteerData } from './gazetteer';

export function serialiseGazetteer(data: GazetteerData): string {
  const lines = (items: readonly unknown[]) => items.map((item) => `    ${JSON.stringify(item)}`).join(',\n');
  return [
    '{',
    `  "format": ${JSON.stringify(data.format)},`,
    `  "edition": ${JSON.stringify(data.edition)},`,
    `  "credits": ${JSON.stringify(data.credits)},`,
    `  "homonyms": ${JSON.stringify(data.homonyms)},`,
    '  "places": [',
    lines(data.places) + '\n  ],',
    '  "names": [',
    lines(data.names) + '\n  ]',
    '}\n',
  ].join('\n');
}
