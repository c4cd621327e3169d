/**
 * What an import found, item by item. File-level problems (too large, not
 * JSON, no annotations) refuse the whole file; everything else is decided per
 * annotation: it is imported, imported with notices (what could not be kept,
 * by name), or skipped with a reason. Views turn codes into sentences from
 * locales/<lang>/notes.json; `detail` holds the field names or values the
 * sentence refers to, never a validator's message.
 */
import type { Note } from './types';

export type ImportIssueCode = 'too-large' | 'not-json' | 'wrong-shape' | 'too-many' | 'page-elsewhere';

/** A problem with the file as a whole: nothing was imported. */
export interface ImportIssue {
  code: ImportIssueCode;
  /** A technical detail for developers (e.g. JSON.parse's position), or for page-elsewhere the page's address; views show the localised sentence. */
  message: string;
}

export type SkipReason =
  | 'not-annotation'
  | 'no-target'
  | 'not-a-page'
  | 'image-target'
  | 'media-target'
  | 'unusable-selector'
  | 'position-only'
  | 'bad-date'
  | 'too-long'
  | 'invalid';

/** An annotation that was not imported, and why. */
export interface SkippedItem {
  /** Zero-based position in the file. */
  item: number;
  reason: SkipReason;
  /** The field, value or selector names the reason is about (shown after the sentence). */
  detail: string;
}

export type NoticeCode =
  | 'fields-dropped'
  | 'selectors-skipped'
  | 'targets-dropped'
  | 'resource-as-text'
  | 'texts-joined'
  | 'markup-as-text'
  | 'choice-first'
  | 'fragment-dropped'
  | 'tags-merged'
  | 'tags-shortened'
  | 'tags-over-limit';

/** Something about an imported annotation the user should know: what was not kept, or kept differently. */
export interface ItemNotice {
  item: number;
  code: NoticeCode;
  detail: string;
}

export type ParsedImport =
  | { ok: true; notes: Note[]; refused: SkippedItem[]; notices: ItemNotice[]; elsewhere?: string }
  | { ok: false; issues: ImportIssue[] };

/** What an import did; `errors` non-empty means the file was refused and nothing was stored. */
export interface ImportReport {
  added: number;
  /** Notes that were there already (same id, or same page, passage and text). */
  skipped: number;
  errors: ImportIssue[];
  /** Annotations not imported, each with its reason. */
  refused: SkippedItem[];
  /** Imported annotations that lost or changed something, by name. */
  notices: ItemNotice[];
  /** The address of a further page of annotations the file points to, which is not downloaded. */
  elsewhere?: string;
}

export const IMPORT_MESSAGE_KEYS = {
  'too-large': 'notes_import_too_large',
  'not-json': 'notes_import_not_json',
  'wrong-shape': 'notes_import_wrong_shape',
  'too-many': 'notes_import_too_many',
  'page-elsewhere': 'notes_import_page_elsewhere',
} as const satisfies Record<ImportIssueCode, string>;

export const SKIP_MESSAGE_KEYS = {
  'not-annotation': 'notes_import_skip_not_annotation',
  'no-target': 'notes_import_skip_no_target',
  'not-a-page': 'notes_import_skip_not_a_page',
  'image-target': 'notes_import_skip_image_target',
  'media-target': 'notes_import_skip_media_target',
  'unusable-selector': 'notes_import_skip_unusable_selector',
  'position-only': 'notes_import_skip_position_only',
  'bad-date': 'notes_import_skip_bad_date',
  'too-long': 'notes_import_skip_too_long',
  invalid: 'notes_import_skip_invalid',
} as const satisfies Record<SkipReason, string>;

export const NOTICE_MESSAGE_KEYS = {
  'fields-dropped': 'notes_import_notice_fields_dropped',
  'selectors-skipped': 'notes_import_notice_selectors_skipped',
  'targets-dropped': 'notes_import_notice_targets_dropped',
  'resource-as-text': 'notes_import_notice_resource_as_text',
  'texts-joined': 'notes_import_notice_texts_joined',
  'markup-as-text': 'notes_import_notice_markup_as_text',
  'choice-first': 'notes_import_notice_choice_first',
  'fragment-dropped': 'notes_import_notice_fragment_dropped',
  'tags-merged': 'notes_import_notice_tags_merged',
  'tags-shortened': 'notes_import_notice_tags_shortened',
  'tags-over-limit': 'notes_import_notice_tags_over_limit',
} as const satisfies Record<NoticeCode, string>;
