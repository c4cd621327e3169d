/** Property-based tests of the validator and the canonical form (fast-check). */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { serialiseIndex } from '../../../../lib/core/index/canonical';
import { ENTRY_KINDS, INDEX_FORMAT, type IndexEntry, type IndexFile } from '../../../../lib/core/index/schema';
import { parseIndexBytes, validateIndex } from '../../../../lib/core/index/validate';
import { THEME_IDS } from '../../../../lib/core/themes';
import { makeIndex } from '../../../fixtures/index/make-index';

/** Non-blank text without surrounding spaces (the schema trims), including markup and non-ASCII. */
const text = (max: number) =>
  fc
    .string({
      minLength: 1,
      maxLength: max,
      unit: fc.constantFrom('a', 'é', 'ë', ' ', '<', '>', '&', '"', "'", 'Z', '9', '\n', '’', '😀'),
    })
    .map((value) => value.trim())
    .filter((value) => value.length > 0);

const entryArb: fc.Arbitrary<IndexEntry> = fc.record(
  {
    id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{1,20}$/),
    title: text(60),
    kind: fc.constantFrom(...ENTRY_KINDS),
    publisher: text(30),
    event: text(30),
    date: fc.oneof(fc.constant('2016'), fc.constant('2015-06'), fc.constant('2016-12-08')),
    url: fc.webUrl({ validSchemes: ['https'] }),
    themes: fc.uniqueArray(fc.constantFrom(...THEME_IDS), { minLength: 1, maxLength: THEME_IDS.length }),
    keywords: fc.array(text(20), { maxLength: 8 }),
    summary: text(200),
    body: fc.string({ maxLength: 300 }),
  },
  { requiredKeys: ['id', 'title', 'kind', 'themes', 'keywords', 'summary'] },
);

const indexArb: fc.Arbitrary<IndexFile> = fc.record({
  format: fc.constant(INDEX_FORMAT),
  version: fc.integer({ min: 1, max: 1_000_000 }),
  created: fc
    .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
    .map((date) => date.toISOString()),
  entries: fc.uniqueArray(entryArb, { selector: (entry) => entry.id, maxLength: 8 }),
});

/** A random change somewhere in the index: replace, delete or add a value at a random path. */
const mutationArb = fc.record({
  path: fc.array(
    fc.oneof(fc.nat({ max: 5 }), fc.constantFrom('entries', 'id', 'title', 'themes', 'url', 'version', 'format', 'x')),
    { minLength: 1, maxLength: 4 },
  ),
  action: fc.constantFrom('set', 'delete'),
  value: fc.anything({ withNullPrototype: true, withBigInt: false, withMap: false, withSet: false }),
});

function mutate(value: unknown, path: (string | number)[], action: 'set' | 'delete', replacement: unknown): unknown {
  const root = structuredClone(value) as Record<string | number, unknown>;
  let node: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (typeof node !== 'object' || node === null) return root;
    node = (node as Record<string | number, unknown>)[key];
  }
  if (typeof node !== 'object' || node === null) return root;
  const last = path[path.length - 1] as string | number;
  if (action === 'delete') Reflect.deleteProperty(node, last);
  else (node as Record<string | number, unknown>)[last] = replacement;
  return root;
}

describe('validator properties', () => {
  test('generated valid indexes always pass', () => {
    fc.assert(
      fc.property(indexArb, (index) => {
        const result = validateIndex(index);
        if (!result.ok) throw new Error(JSON.stringify(result.problems));
      }),
      { numRuns: 300 },
    );
  });

  test('random mutations of a valid index are valid or refused with problems, never a throw', () => {
    fc.assert(
      fc.property(indexArb, fc.array(mutationArb, { minLength: 1, maxLength: 3 }), (index, mutations) => {
        let value: unknown = index;
        for (const { path, action, value: replacement } of mutations) value = mutate(value, path, action, replacement);
        const result = validateIndex(value);
        if (!result.ok) {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const problem of result.problems) expect(typeof problem.message).toBe('string');
        }
      }),
      { numRuns: 500 },
    );
  });

  test('arbitrary JSON text never makes parseIndexBytes throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string()), (textValue) => {
        const result = parseIndexBytes(new TextEncoder().encode(textValue));
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  test('canonical serialisation round-trips and is a fixed point', () => {
    fc.assert(
      fc.property(indexArb, (index) => {
        const text1 = serialiseIndex(index);
        const parsed = parseIndexBytes(new TextEncoder().encode(text1));
        if (!parsed.ok) throw new Error(parsed.message);
        expect(serialiseIndex(parsed.index)).toBe(text1);
        expect(new Set(parsed.index.entries.map((entry) => entry.id))).toEqual(new Set(index.entries.map((entry) => entry.id)));
      }),
      { numRuns: 300 },
    );
  });

  test('the fixture index is itself valid (guards the mutation baseline)', () => {
    expect(validateIndex(makeIndex(1)).ok).toBe(true);
  });
});
