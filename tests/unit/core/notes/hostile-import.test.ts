import { describe, expect, test } from 'vitest';
import { MAX_IMPORT_CHARS, parseNotesImport, type ImportIssueCode } from '../../../../lib/core/notes/import-jsonld';
import type { Note } from '../../../../lib/core/notes/types';
import { ANNO_CONTEXT, toWebAnnotation, toWebAnnotationCollection } from '../../../../lib/core/notes/web-annotation';
import { NOTES } from '../../../fixtures/notes/notes';

const good = toWebAnnotation(NOTES[0] as Note);
const collectionOf = (items: unknown[]) =>
  JSON.stringify({
    ...toWebAnnotationCollection([]),
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
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
    { name: 'deeply nested arrays', text: `${'['.repeat(100_000)}${']'.repeat(100_000)}`, code: 'invalid-item' },
    { name: 'bigger than the cap', text: `[${' '.repeat(MAX_IMPORT_CHARS)}]`, code: 'too-large' },
  ])('$name → $code', ({ text, code }) => {
    const parsed = parseNotesImport(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues[0]?.code).toBe(code);
  });

  test.each<{ name: string; change: (annotation: Record<string, unknown>) => unknown; path: string }>([
    { name: 'id not a uuid', change: (a) => ({ ...a, id: 'urn:uuid:../../etc' }), path: 'id' },
    {
      name: 'body value not a string',
      change: (a) => ({ ...a, body: [{ type: 'TextualBody', value: { html: '<b>x</b>' }, purpose: 'commenting' }] }),
      path: 'body',
    },
    {
      name: 'body too long',
      change: (a) => ({ ...a, body: [{ type: 'TextualBody', value: 'x'.repeat(200_000), purpose: 'commenting' }] }),
      path: 'body',
    },
    {
      name: 'target javascript: address',
      change: (a) => ({ ...a, target: { source: 'javascript:alert(1)' } }),
      path: 'target.source',
    },
    {
      name: 'negative position',
      change: (a) => ({
        ...a,
        target: {
          source: 'https://x.nl/',
          selector: [
            { type: 'TextQuoteSelector', exact: 'a' },
            { type: 'TextPositionSelector', start: -1, end: 3 },
          ],
        },
      }),
      path: 'target',
    },
    { name: 'created not a date', change: (a) => ({ ...a, created: 'gisteren' }), path: 'created' },
    { name: 'unknown annotation type', change: (a) => ({ ...a, type: 'Note' }), path: 'type' },
    {
      name: 'linking to something else than an entry',
      change: (a) => ({ ...a, body: [{ type: 'SpecificResource', source: 'https://evil.example/', purpose: 'linking' }] }),
      path: 'body',
    },
  ])('$name: the whole file is refused, with the item and field', ({ change, path }) => {
    const items = [good, change(good as unknown as Record<string, unknown>), good];
    const parsed = parseNotesImport(collectionOf(items));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues[0]).toMatchObject({ code: 'invalid-item', item: 1 });
    expect(parsed.issues[0]?.path.startsWith(path)).toBe(true);
  });

  test('every bad item is counted, the listing is bounded', () => {
    const items = Array.from({ length: 500 }, () => ({ type: 'Annotation' }));
    const parsed = parseNotesImport(collectionOf(items));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.totalIssues).toBe(500);
    expect(parsed.issues.length).toBeLessThanOrEqual(50);
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
    });
  });
});
