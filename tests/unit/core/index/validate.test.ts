import { describe, expect, test } from 'vitest';
import { canonicalIndex, serialiseIndex } from '../../../../lib/core/index/canonical';
import { describeProblem } from '../../../../lib/core/index/problems';
import { findDuplicateIds, parseIndexBytes, validateEntry, validateIndex } from '../../../../lib/core/index/validate';
import { makeEntry, makeIndex, textBytes } from '../../../fixtures/index/make-index';

describe('validateEntry', () => {
  const cases: Array<{ name: string; change: Record<string, unknown>; field: string; code: string }> = [
    { name: 'empty title', change: { title: '   ' }, field: 'title', code: 'min_length' },
    { name: 'unknown kind', change: { kind: 'blog' }, field: 'kind', code: 'picklist' },
    { name: 'unknown theme', change: { themes: ['ws-onbekend'] }, field: 'themes', code: 'picklist' },
    { name: 'no themes', change: { themes: [] }, field: 'themes', code: 'min_length' },
    { name: 'plain http url', change: { url: 'http://example.org/' }, field: 'url', code: 'starts_with' },
    { name: 'not a url', change: { url: 'https//nope' }, field: 'url', code: 'url' },
    { name: 'bad date', change: { date: '8 december 2016' }, field: 'date', code: 'regex' },
    { name: 'bad id', change: { id: 'Hoofdletter' }, field: 'id', code: 'regex' },
    { name: 'missing summary', change: { summary: undefined }, field: 'summary', code: 'missing' },
    { name: 'unknown field', change: { titel: 'typo' }, field: 'titel', code: 'unknown_field' },
    { name: 'keywords not an array', change: { keywords: 'regio' }, field: 'keywords', code: 'array' },
  ];
  test.each(cases)('$name is refused, naming the field', ({ change, field, code }) => {
    const entry: Record<string, unknown> = { ...makeEntry(1), ...change };
    for (const [key, value] of Object.entries(change)) if (value === undefined) Reflect.deleteProperty(entry, key);
    const result = validateEntry(entry);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual(expect.objectContaining({ field, code }));
    for (const problem of result.problems) expect(problem.message.length).toBeGreaterThan(5);
  });

  test('lists every problem at once, not only the first', () => {
    const result = validateEntry({ ...makeEntry(1), title: '', kind: 'x', themes: [], url: 'http://a.nl' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((problem) => problem.field).sort()).toEqual(['kind', 'themes', 'title', 'url']);
  });

  test('markup in text fields is data: accepted and kept exactly as written', () => {
    const title = '<script>alert("x")</script> & <b>vet</b>';
    const result = validateEntry({ ...makeEntry(1), title, summary: '<img src=x onerror=alert(1)>' });
    expect(result.ok && result.value.title).toBe(title);
    expect(result.ok && result.value.summary).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('validateIndex', () => {
  test('a valid index passes', () => {
    expect(validateIndex(makeIndex(1)).ok).toBe(true);
  });

  test('duplicate ids are reported with their positions, together with schema problems', () => {
    const index = makeIndex(1, 3);
    index.entries[2] = { ...makeEntry(1), summary: '' };
    const result = validateIndex(index);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.code).sort()).toEqual(['duplicate_id', 'min_length']);
    const duplicate = result.problems.find((problem) => problem.code === 'duplicate_id');
    expect(duplicate?.message).toContain('entries 0, 2');
    expect(duplicate?.entryId).toBe('entry-1');
  });

  test('problems name the entry and the path', () => {
    const index = makeIndex(1, 3);
    (index.entries[1] as { title: string }).title = '';
    const result = validateIndex(index);
    if (result.ok) throw new Error('expected a refusal');
    expect(result.problems[0]).toMatchObject({ path: 'entries[1].title', field: 'title', entryId: 'entry-2' });
    expect(result.problems.map(describeProblem)[0]).toBe('entries[1].title (entry "entry-2"): must not be empty');
  });

  test.each([
    ['wrong format name', { format: 'other' }, 'format'],
    ['version zero', { version: 0 }, 'version'],
    ['fractional version', { version: 1.5 }, 'version'],
    ['date-only created', { created: '2026-01-01' }, 'created'],
    ['entries not a list', { entries: {} }, 'entries'],
  ])('%s is refused', (_name, change, field) => {
    const result = validateIndex({ ...makeIndex(1), ...change });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((problem) => problem.field)).toContain(field);
  });

  test('findDuplicateIds finds every repeated id', () => {
    expect([...findDuplicateIds([{ id: 'a' }, { id: 'b' }, { id: 'a' }, { id: 'b' }, { id: 'c' }])]).toEqual([
      ['a', [0, 2]],
      ['b', [1, 3]],
    ]);
  });
});

describe('parseIndexBytes', () => {
  test.each([
    ['truncated JSON', textBytes('{"format": "regiolens-index", '), 'malformed_json'],
    ['not UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), 'malformed_json'],
    ['JSON but not an index', textBytes('[1, 2, 3]'), 'schema_invalid'],
    [
      'duplicate ids only',
      textBytes(JSON.stringify({ ...makeIndex(1, 1), entries: [makeEntry(1), makeEntry(1)] })),
      'duplicate_ids',
    ],
  ])('%s → %s', (_name, bytes, code) => {
    const result = parseIndexBytes(bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.code).toBe(code);
  });
});

describe('canonical serialisation', () => {
  test('sorts entries by id, orders fields, ends with one newline', () => {
    const index = makeIndex(2, 2);
    // Same entries, reversed, with fields in another order: the canonical text must not change.
    const reversed = { ...index, entries: [...index.entries].reverse().map(({ summary, ...rest }) => ({ summary, ...rest })) };
    const text = serialiseIndex(reversed);
    expect(text).toBe(serialiseIndex(index));
    expect(text.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(text).entries[0])).toEqual([
      'id',
      'title',
      'kind',
      'publisher',
      'date',
      'url',
      'themes',
      'keywords',
      'summary',
    ]);
    expect(canonicalIndex(reversed).entries.map((entry) => entry.id)).toEqual(['entry-1', 'entry-2']);
  });
});
