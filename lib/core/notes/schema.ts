/**
 * valibot schemas for notes: what may be stored, sent between contexts or
 * imported. Extension pages and the background use them; the in-page
 * highlighter only imports ./types.ts so it stays small.
 */
import * as v from 'valibot';
import { AGENT_TYPES, CREATOR_LIMITS, type NoteCreator } from './creator';
import { LIMITS } from './limits';
import type { Note, NoteSelectors } from './types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const NoteIdSchema = v.pipe(v.string(), v.regex(UUID, 'not a UUID'));

/** An offset into page text. */
export const OffsetSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.offset));

export const TextQuoteSelectorSchema = v.strictObject({
  exact: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.exact)),
  prefix: v.pipe(v.string(), v.maxLength(LIMITS.context)),
  suffix: v.pipe(v.string(), v.maxLength(LIMITS.context)),
});

export const TextPositionSelectorSchema = v.pipe(
  v.strictObject({ start: OffsetSchema, end: OffsetSchema }),
  v.check((position) => position.end > position.start, 'end must come after start'),
);

/** Selectors as highlighting needs them: quote and position (what anchorsOf sends; the content script's guards check the same). */
export const AnchorSelectorsSchema = v.strictObject({
  quote: TextQuoteSelectorSchema,
  position: v.optional(TextPositionSelectorSchema),
});

/** A PDF page number, from 1. */
export const PageNumberSchema = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(LIMITS.pages));

export const NoteSelectorsSchema: v.GenericSchema<unknown, NoteSelectors> = v.strictObject({
  quote: TextQuoteSelectorSchema,
  position: v.optional(TextPositionSelectorSchema),
  page: v.optional(PageNumberSchema),
});

/** pdf.js's fingerprint: the document ID (or a hash) in hexadecimal. */
export const PdfIdentitySchema = v.strictObject({
  fingerprint: v.pipe(v.string(), v.regex(/^[0-9a-f]{16,128}$/iu, 'not a PDF fingerprint')),
});

/** ISO 8601 date-time with a zone, as Date#toISOString writes and other tools commonly do. */
export const IsoDateSchema = v.pipe(v.string(), v.maxLength(40), v.isoTimestamp());

const notableUrl = v.pipe(
  v.string(),
  v.maxLength(LIMITS.url),
  v.url(),
  v.check((url) => /^(https?|file):/i.test(url), 'only http(s) and file addresses'),
);

export const TagSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.tag));
export const LinkSchema = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(LIMITS.link),
  v.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'not an entry id'),
);

export const NotePlaceSchema = v.strictObject({
  id: v.pipe(
    v.string(),
    v.maxLength(LIMITS.link),
    v.regex(/^(GM|PV|CR|VR)\d{2,4}$|^AM-[a-z0-9-]+$|^regio-deal-[a-z0-9-]+$/u, 'not a place id'),
  ),
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.placeName)),
  kind: v.picklist(['gemeente', 'provincie', 'corop', 'veiligheidsregio', 'arbeidsmarktregio', 'regio-deal']),
});

const iri = v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.url), v.regex(/^[A-Za-z][A-Za-z0-9+.-]*:\S+$/u, 'not an IRI'));

const agentName = v.pipe(v.string(), v.minLength(1), v.maxLength(CREATOR_LIMITS.name * 2));
const agentIri = v.pipe(v.string(), v.maxLength(CREATOR_LIMITS.iri), v.regex(/^[A-Za-z][A-Za-z0-9+.-]*:\S+$/u, 'not an IRI'));

/** One agent of an annotation's `creator` (see creator.ts): something to call it by is required. */
export const NoteCreatorSchema: v.GenericSchema<unknown, NoteCreator> = v.pipe(
  v.strictObject({
    id: v.optional(agentIri),
    type: v.optional(v.picklist(AGENT_TYPES)),
    name: v.optional(agentName),
    nickname: v.optional(agentName),
    email: v.optional(v.pipe(agentIri, v.startsWith('mailto:'))),
    email_sha1: v.optional(v.pipe(v.string(), v.regex(/^[0-9a-f]{40}$/u, 'not a SHA-1'))),
    homepage: v.optional(agentIri),
  }),
  v.check((agent) => Boolean(agent.id ?? agent.name ?? agent.nickname), 'an agent needs an id or a name'),
);

/** What an imported annotation carried beyond our own fields (see NoteOrigin in types.ts). */
export const NoteOriginSchema = v.strictObject({
  canonical: v.optional(iri),
  via: v.optional(v.pipe(v.array(iri), v.minLength(1), v.maxLength(20))),
  motivation: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(40))), v.minLength(1), v.maxLength(13))),
  purpose: v.optional(v.pipe(v.string(), v.maxLength(40))),
  language: v.optional(
    v.pipe(v.string(), v.maxLength(35), v.regex(/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/u, 'not a language tag')),
  ),
  format: v.optional(v.pipe(v.string(), v.maxLength(70), v.regex(/^text\/[a-z0-9][a-z0-9.+-]*$/u, 'not a text type'))),
  creator: v.optional(v.pipe(v.array(NoteCreatorSchema), v.minLength(1), v.maxLength(CREATOR_LIMITS.creators))),
});

export const NoteSchema: v.GenericSchema<unknown, Note> = v.strictObject({
  id: NoteIdSchema,
  url: notableUrl,
  title: v.pipe(v.string(), v.maxLength(LIMITS.title)),
  selectors: v.optional(NoteSelectorsSchema),
  body: v.pipe(v.string(), v.maxLength(LIMITS.body)),
  tags: v.pipe(v.array(TagSchema), v.maxLength(LIMITS.tags)),
  links: v.pipe(v.array(LinkSchema), v.maxLength(LIMITS.links)),
  places: v.optional(v.pipe(v.array(NotePlaceSchema), v.maxLength(LIMITS.places))),
  origin: v.optional(NoteOriginSchema),
  pdf: v.optional(PdfIdentitySchema),
  created: IsoDateSchema,
  modified: IsoDateSchema,
  revision: v.pipe(v.number(), v.integer(), v.minValue(1)),
});
