/**
 * `npm run places:build` — checks content/places/ and writes the gazetteer the
 * extension carries (lib/core/places/gazetteer.generated.json): places with
 * their official codes and every name folded into words, so the extension only
 * has to put the word trie together when it starts. Lists ALL problems and
 * writes nothing when there are any. Same sources → byte-identical file (a
 * test holds the committed file to that).
 */
import { writeFileSync } from 'node:fs';
import { buildGazetteer } from '../lib/core/places/build-gazetteer';
import { GAZETTEER_FILE, readPlaceSources } from './lib/places-sources';
import { serialiseGazetteer } from '../lib/core/places/serialise';

const { sources, problems } = readPlaceSources();
const built = sources ? buildGazetteer(sources) : null;
const all = [...problems, ...(built?.problems ?? [])];
if (!built?.data || all.length > 0) {
  for (const problem of all) process.stderr.write(`places-build: ${problem}\n`);
  process.stderr.write(`places-build: ${all.length} problem(s); nothing written\n`);
  process.exit(1);
}
const text = serialiseGazetteer(built.data);
writeFileSync(GAZETTEER_FILE, text);
const kinds = new Map<string, number>();
for (const place of built.data.places) kinds.set(place.kind, (kinds.get(place.kind) ?? 0) + 1);
process.stdout.write(
  `places-build: ${built.data.places.length} places (${[...kinds].map(([kind, count]) => `${count} ${kind}`).join(', ')}), ` +
    `${built.data.names.length} names, ${(text.length / 1024).toFixed(0)} kB → ${GAZETTEER_FILE}\n`,
);
