/**
 * The one schema of the Regiolens index file. The builder (scripts/), the
 * extension (bundled index, updates, file import) and the tests all validate
 * with it, so there is exactly one definition of a valid index.
 */
import * as v from 'valibot';
import { THEME_IDS } from '../themes';
import { INDEX_MAX_VERSION } from './limits';

/** Name carried in every index file, so a stray JSON file is never mistaken for one. */
export const INDEX_FORMAT = 'regiolens-index';

/** Kinds of material; the locale key `kind_<kind>` holds the label. */
export const ENTRY_KINDS = [
  'werksessie',
  'verslag',
  'terugblik',
  'artikel',
  'advies',
  'rapport',
  'publicatie',
  'handreiking',
  'webpagina',
  'wet',
] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));

export const EntryIdSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9][a-z0-9-]{1,79}$/, 'an id is lower-case letters, digits and hyphens (2 to 80)'),
);

/** Addresses in the index must be https: an index never points readers at plain http. */
export const EntryUrlSchema = v.pipe(
  v.string(),
  v.url(),
  v.startsWith('https://', 'an address must start with https://'),
  v.maxLength(2000),
);

export const IndexEntrySchema = v.strictObject({
  id: EntryIdSchema,
  title: text(300),
  kind: v.picklist(ENTRY_KINDS),
  /** Who published it (organisation), when known. */
  publisher: v.optional(text(200)),
  /** The event it belongs to, e.g. the working conference. */
  event: v.optional(text(200)),
  /** Publication or event date: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: v.optional(v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date is YYYY, YYYY-MM or YYYY-MM-DD'))),
  /** Only where the address is known; never invented. Without it the extension shows a detail view. */
  url: v.optional(EntryUrlSchema),
  themes: v.pipe(v.array(v.picklist(THEME_IDS)), v.minLength(1), v.maxLength(THEME_IDS.length)),
  keywords: v.pipe(v.array(text(80)), v.maxLength(40)),
  /** Summary in our own words (Dutch), plain text. */
  summary: text(2000),
  /** Longer description, plain text paragraphs separated by blank lines. */
  body: v.optional(v.pipe(v.string(), v.maxLength(20000))),
});
export type IndexEntry = v.InferOutput<typeof IndexEntrySchema>;

export const IndexFileSchema = v.strictObject({
  format: v.literal(INDEX_FORMAT),
  /**
   * Only ever grows; an update must carry a higher version than the active index.
   * At most INDEX_MAX_VERSION (2^31 - 1), so one signed file cannot block all later updates.
   */
  version: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(INDEX_MAX_VERSION)),
  /** ISO 8601 date-time of creation. */
  created: v.pipe(v.string(), v.isoTimestamp()),
  entries: v.pipe(v.array(IndexEntrySchema), v.maxLength(50000)),
});
export type IndexFile = v.InferOutput<typeof IndexFileSchema>;
