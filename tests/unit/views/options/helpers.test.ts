import { describe, expect, test } from 'vitest';
import { commandLabelKey } from '../../../../lib/views/options/commands';
import { exportFileName, exportMimeType } from '../../../../lib/views/options/export-file';
import { formatBytes, formatDate } from '../../../../lib/views/options/format';
import { addIgnoredSite, parseSiteInput, removeIgnoredSite } from '../../../../lib/views/options/ignored-sites';
import { outcomeTone, sourceLabel } from '../../../../lib/views/options/index-labels';
import {
  importIssueText,
  importSummaryText,
  noticeText,
  notesCountText,
  persistenceText,
  skippedItemText,
} from '../../../../lib/views/options/notes-labels';
import type { Translate } from '../../../../lib/core/i18n/translator';

/** Echoes key and substitutions, so tests see which sentence was chosen with what. */
const echo: Translate = (key, substitutions) =>
  substitutions === undefined ? key : `${key}(${([] as Array<string | number>).concat(substitutions).join('|')})`;

describe('parseSiteInput', () => {
  test.each([
    ['voorbeeld.nl', 'voorbeeld.nl'],
    ['  Voorbeeld.NL ', 'voorbeeld.nl'],
    ['voorbeeld.nl.', 'voorbeeld.nl'],
    ['https://www.Voorbeeld.nl/pad?x=1#y', 'www.voorbeeld.nl'],
    ['http://sub.example.org:8080/', 'sub.example.org'],
    ['', null],
    ['localhost', null],
    ['not a host', null],
    ['-bad.nl', null],
    ['a..nl', null],
    ['<script>.nl', null],
    ['javascript://alert(1)', null],
    // The one host form of lib/core/sites.ts (issue 11, item 9): IDN in ASCII, every trailing dot gone.
    ['bücher.de', 'xn--bcher-kva.de'],
    ['https://Bücher.de/boek', 'xn--bcher-kva.de'],
    ['vng.nl..', 'vng.nl'],
    ['evil.example@vng.nl', null],
    ['vng.nl:8080', null],
  ])('%j → %j', (input, expected) => {
    expect(parseSiteInput(input)).toBe(expected);
  });
});

describe('addIgnoredSite / removeIgnoredSite', () => {
  test('adds sorted and unique, refuses duplicates, invalid input and a full list', () => {
    expect(addIgnoredSite(['b.nl'], 'A.nl')).toEqual({ ok: true, site: 'a.nl', sites: ['a.nl', 'b.nl'] });
    expect(addIgnoredSite(['a.nl'], 'https://a.nl/x')).toEqual({ ok: false, reason: 'duplicate', site: 'a.nl' });
    expect(addIgnoredSite([], '???')).toEqual({ ok: false, reason: 'invalid' });
    expect(addIgnoredSite(['a.nl', 'b.nl'], 'c.nl', 2)).toEqual({ ok: false, reason: 'full' });
    expect(removeIgnoredSite(['a.nl', 'b.nl'], 'a.nl')).toEqual(['b.nl']);
  });

  test('a site under an entry already on the list is refused as covered; one above it is added', () => {
    expect(addIgnoredSite(['regiodeals.nl'], 'www.regiodeals.nl')).toEqual({
      ok: false,
      reason: 'covered',
      site: 'www.regiodeals.nl',
      by: 'regiodeals.nl',
    });
    expect(addIgnoredSite(['www.regiodeals.nl'], 'regiodeals.nl')).toEqual({
      ok: true,
      site: 'regiodeals.nl',
      sites: ['regiodeals.nl', 'www.regiodeals.nl'],
    });
    expect(addIgnoredSite(['deals.nl'], 'regiodeals.nl')).toMatchObject({ ok: true });
    expect(addIgnoredSite(['vng.nl'], 'VNG.nl..')).toEqual({ ok: false, reason: 'duplicate', site: 'vng.nl' });
  });
});

describe('format', () => {
  test('bytes in decimal units, in the locale', () => {
    expect(formatBytes(0, 'en')).toBe('0 B');
    expect(formatBytes(999, 'en')).toBe('999 B');
    expect(formatBytes(1536, 'en')).toBe('1.5 kB');
    expect(formatBytes(1536, 'nl')).toBe('1,5 kB');
    expect(formatBytes(2_000_000_000, 'nl')).toBe('2 GB');
    expect(formatBytes(150_000_000, 'en')).toBe('150 MB');
  });
  test('a midnight UTC date shows without time; a broken date as it is', () => {
    expect(formatDate('2026-11-27T00:00:00Z', 'en')).toBe('November 27, 2026');
    expect(formatDate('2026-11-27T00:00:00Z', 'nl')).toBe('27 november 2026');
    expect(formatDate('not a date', 'nl')).toBe('not a date');
  });
});

describe('index labels', () => {
  test('source labels substitute data as text', () => {
    expect(sourceLabel({ kind: 'bundled' }, echo)).toBe('index_source_bundled');
    expect(sourceLabel({ kind: 'update', url: 'https://x.org/i.json' }, echo)).toBe('index_source_update(https://x.org/i.json)');
    expect(sourceLabel({ kind: 'file', name: null }, echo)).toBe('index_source_file(—)');
  });
  test.each([
    ['updated', 'status'],
    ['not_modified', 'status'],
    ['reset_to_bundled', 'status'],
    ['no_previous', 'alert'],
    ['signature_invalid', 'alert'],
    ['timeout', 'alert'],
  ] as const)('%s is announced as %s', (code, tone) => {
    expect(outcomeTone(code)).toBe(tone);
  });
});

describe('notes labels', () => {
  test('counts pick the right sentence', () => {
    expect(notesCountText(0, echo)).toBe('options_notes_count_none');
    expect(notesCountText(1, echo)).toBe('options_notes_count_one');
    expect(notesCountText(12, echo)).toBe('options_notes_count_many(12)');
  });
  test('persistence states', () => {
    expect(persistenceText('granted', echo)).toBe('options_notes_persist_persisted');
    expect(persistenceText('denied', echo)).toBe('options_notes_persist_denied');
    expect(persistenceText('unsupported', echo)).toBe('options_notes_persist_unsupported');
  });
  test('import sentences number items from 1 and name what they are about', () => {
    expect(importIssueText({ code: 'not-json', message: 'x' }, echo)).toBe('notes_import_not_json');
    expect(skippedItemText({ item: 4, reason: 'bad-date', detail: 'created: 2026-02-31' }, echo)).toBe(
      'notes_import_skip_bad_date(5) (created: 2026-02-31)',
    );
    expect(skippedItemText({ item: 0, reason: 'image-target', detail: '' }, echo)).toBe('notes_import_skip_image_target(1)');
    expect(noticeText({ item: 2, code: 'fields-dropped', detail: 'creator, rights' }, echo)).toBe(
      'notes_import_notice_fields_dropped(3|creator, rights)',
    );
  });
  test('the import summary counts added, duplicates, skipped and remarked items, with plurals', () => {
    const report = {
      added: 3,
      skipped: 1,
      errors: [],
      refused: [{ item: 1, reason: 'image-target' as const, detail: '' }],
      notices: [
        { item: 0, code: 'fields-dropped' as const, detail: 'creator' },
        { item: 0, code: 'tags-merged' as const, detail: 'Raad → raad' },
        { item: 2, code: 'fields-dropped' as const, detail: 'rights' },
      ],
    };
    expect(importSummaryText(report, echo)).toBe(
      'notes_import_added_many(3), notes_import_duplicates_one, notes_import_refused_one, notes_import_remarks_many(2).',
    );
    expect(importSummaryText({ added: 0, skipped: 0, errors: [], refused: [], notices: [] }, echo)).toBe(
      'notes_import_added_none.',
    );
  });
});

describe('export files and commands', () => {
  test('dated file names and types', () => {
    expect(exportFileName('jsonld', new Date(2026, 10, 7, 12))).toBe('regiolens-notes-2026-11-07.jsonld');
    expect(exportFileName('markdown', new Date(2026, 0, 31))).toBe('regiolens-notes-2026-01-31.md');
    expect(exportMimeType('jsonld')).toBe('application/ld+json');
  });
  test('every manifest command has a label; unknown ones fall back', () => {
    expect(commandLabelKey('_execute_action')).toBe('commandOpenPopup');
    expect(commandLabelKey('open-side-panel')).toBe('commandOpenSidePanel');
    expect(commandLabelKey('annotate-selection')).toBe('commandAnnotateSelection');
    expect(commandLabelKey('something-else')).toBeNull();
  });
});
