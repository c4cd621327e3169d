import { describe, expect, test } from 'vitest';
import {
  MAX_IMPORT_CHARS,
  MAX_LISTED,
  parseNotesImport,
  type ImportIssueCode,
  type SkipReason,
} from '../../../../lib/core/notes/import-jsonld';
import type { Note } from '../../../../lib/core/notes/types';
import { ANNO_CONTEXT, toWebAnnotation, toWebAnnotationCollection } from '../../../../lib/core/notes/web-annotation';
import { NOTES } from '../../../fixtures/notes/notes';

const good = toWebAnnotation(NOTES[0] as Note);
const collectionOf = (items: unknown[]) =>
  JSON.stringify({
    ...toWebAnnotationCollection([]),
    total: items.length,
    first: { id: 'urn:uuid:00000000-0000-4000-8000-000000000001', type: 'AnnotationPage', startIndex: 0, items },
  });

describe('hostile and malformed import files', () => {
  test.each<{ name: string; text: string; code: ImportIssueCode }>([
    { name: 'not JSON', text: '<html><script>alert(1)</script></html>', code: 'not-json' },
    { name: 'truncated JSON', text: collectionOf([good]).slice(0, 200), code: 'not-json' },
    { name: 'JSON but a number', text: '42', code: 'wrong-shape' },
    { name: 'JSON null', text: 'null', code: 'wrong-shape' },
    { name: 'an object of another kind', text: JSON.stringify({ notes: [good] }), code: 'wrong-shape' },
    {
      name: 'another JSON-LD context',
      text: JSON.stringify({ '@context': 'https://schema.org', type: 'AnnotationCollection', first: { items: [] } }),
      code: 'wrong-shape',
    },
    { name: 'bigger than the cap', text: `[${' '.repeat(MAX_IMPORT_CHARS)}]`, code: 'too-large' },
  ])('$name → $code', ({ text, code }) => {
    const parsed = parseNotesImport(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues[0]?.code).toBe(code);
  });

  test('deeply nested arrays are one item that is not an annotation, and nothing breaks', () => {
    const parsed = parseNotesImport(`[${'['.repeat(50_000)}${']'.repeat(50_000)}]`);
    expect(parsed).toEqual({ ok: true, notes: [], refused: [{ item: 0, reason: 'not-annotation', detail: '' }], notices: [] });
  });

  test.each<{ name: string; change: (annotation: Record<string, unknown>) => unknown; reason: SkipReason }>([
    {
      name: 'body too long',
      change: (a) => ({ ...a, body: [{ type: 'TextualBody', value: 'x'.repeat(200_000), purpose: 'commenting' }] }),
      reason: 'too-long',
    },
    {
      name: 'target javascript: address',
      change: (a) => ({ ...a, target: { source: 'javascript:alert(1)' } }),
      reason: 'not-a-page',
    },
    {
      name: 'negative position and no quote',
      change: (a) => ({
        ...a,
        target: { source: 'https://x.nl/', selector: [{ type: 'TextPositionSelector', start: -1, end: 3 }] },
      }),
      reason: 'unusable-selector',
    },
    { name: 'created not a date', change: (a) => ({ ...a, created: 'gisteren' }), reason: 'bad-date' },
    { name: 'created a day that does not exist', change: (a) => ({ ...a, created: '2026-02-31T10:00:00Z' }), reason: 'bad-date' },
    { name: 'unknown annotation type', change: (a) => ({ ...a, type: 'Note' }), reason: 'not-annotation' },
    { name: 'a number instead of an annotation', change: () => 42, reason: 'not-annotation' },
  ])('$name: that item is skipped with a reason, the others are imported', ({ change, reason }) => {
    const items = [
      good,
      change(good as unknown as Record<string, unknown>),
      { ...good, id: 'urn:uuid:0b6c1f4e-6a5b-4c1e-9c54-1d2f6b3a9eff' },
    ];
    const parsed = parseNotesImport(collectionOf(items));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.notes).toHaveLength(2);
    expect(parsed.refused).toEqual([expect.objectContaining({ item: 1, reason })]);
  });

  test('a body value that is not text is not kept, and the report says so', () => {
    const items = [{ ...good, body: [{ type: 'TextualBody', value: { html: '<b>x</b>' }, purpose: 'commenting' }] }];
    const parsed = parseNotesImport(collectionOf(items));
    expect(parsed.ok && parsed.notes[0]?.body).toBe('');
    expect(parsed.ok && parsed.notices).toEqual([{ item: 0, code: 'fields-dropped', detail: 'body.value' }]);
  });

  test('a body with markup stays text, and a link that is not an entry stays its address, with a notice', () => {
    const items = [{ ...good, body: [{ type: 'SpecificResource', source: 'https://evil.example/', purpose: 'linking' }] }];
    const parsed = parseNotesImport(collectionOf(items));
    expect(parsed.ok && parsed.notes[0]).toMatchObject({ body: 'https://evil.example/', links: [] });
    expect(parsed.ok && parsed.notices).toEqual([{ item: 0, code: 'resource-as-text', detail: 'https://evil.example/' }]);
  });

  test('many bad items: each is counted in the listing up to a bound, the file is not refused', () => {
    const items = Array.from({ length: 800 }, () => ({ type: 'Annotation' }));
    const parsed = parseNotesImport(collectionOf(items));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.notes).toEqual([]);
    expect(parsed.refused).toHaveLength(MAX_LISTED);
    expect(parsed.refused[0]).toEqual({ item: 0, reason: 'no-target', detail: '' });
  });

  test('__proto__ keys do not pollute anything', () => {
    const text = `[${JSON.stringify(good).replace('{', '{"__proto__":{"polluted":true},')}]`;
    const parsed = parseNotesImport(text);
    expect(parsed.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(parsed.ok && Object.keys(parsed.notes[0] as object)).not.toContain('__proto__');
  });

  test('an empty collection is fine and imports nothing', () => {
    expect(parseNotesImport(JSON.stringify({ '@context': ANNO_CONTEXT, type: 'AnnotationCollection', total: 0 }))).toEqual({
      ok: true,
      notes: [],
      refused: [],
      notices: [],
    });
  });
});
