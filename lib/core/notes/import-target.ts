/**
 * The target of an imported annotation: which page, and which passage on it.
 * Targets come as an IRI, an external resource `{id, type}`, a
 * SpecificResource `{source, selector}`, a list of these, or a Choice/List of
 * them. A note has one page: the first target we can use wins and the others
 * are reported. A PDF's page (FragmentSelector `page=N`) and fingerprint
 * (`scope`, urn:x-pdf:…) are read as pdf-target.ts writes them. Selectors we cannot use (XPath, Range, CSS, other fragments…) are
 * skipped, and reported, when a TextQuoteSelector is there; without one the
 * annotation is skipped with the selector names as the reason.
 */
import { LIMITS } from './limits';
import type { ItemNotice, SkipReason } from './import-report';
import {
  asList,
  cutAtCodePoint,
  firstString,
  hasType,
  iriOf,
  isObject,
  stringsOf,
  unknownKeys,
  type JsonObject,
} from './import-values';
import { fingerprintOfScope, pageOfFragment } from './pdf-target';
import type { NoteSelectors, PdfIdentity, TextPositionSelector, TextQuoteSelector } from './types';
import { normalisePageUrl } from './url';

type Notice = Omit<ItemNotice, 'item'>;

export type TargetResult =
  | {
      ok: true;
      url: string;
      title: string;
      selectors?: NoteSelectors;
      pdf?: PdfIdentity;
      notices: Notice[];
      dropped: string[];
    }
  | { ok: false; reason: SkipReason; detail: string };

const GROUPS = ['Choice', 'List', 'Composite', 'Independents'];
/** Keys we read (or that say nothing beyond what we keep); any other key of a target is reported as not kept. */
const SPECIFIC_KEYS = new Set(['type', 'source', 'selector']);
const RESOURCE_KEYS = new Set(['id', 'type', 'label', 'format']);

const fail = (reason: SkipReason, detail: string): TargetResult => ({ ok: false, reason, detail });

/** Refuses resources that are not web pages: images, sound, video, data. */
function kindProblem(resource: JsonObject): TargetResult | null {
  const formats = stringsOf(resource.format);
  if (hasType(resource, 'Image') || formats.some((format) => format.startsWith('image/'))) return fail('image-target', '');
  if (
    hasType(resource, 'Video') ||
    hasType(resource, 'Sound') ||
    formats.some((format) => format.startsWith('video/') || format.startsWith('audio/'))
  )
    return fail('media-target', '');
  if (hasType(resource, 'Dataset')) return fail('not-a-page', stringsOf(resource.type).join(', '));
  return null;
}

function readQuote(selector: JsonObject): TextQuoteSelector | null {
  const exact = selector.exact;
  if (typeof exact !== 'string' || exact.length === 0) return null;
  const prefix = typeof selector.prefix === 'string' ? selector.prefix : '';
  const suffix = typeof selector.suffix === 'string' ? selector.suffix : '';
  // Context is only a help to find the passage again: the part nearest to it is the part worth keeping.
  return { exact, prefix: cutAtCodePoint(prefix, LIMITS.context, true), suffix: cutAtCodePoint(suffix, LIMITS.context) };
}

function readPosition(selector: JsonObject): TextPositionSelector | null {
  const { start, end } = selector;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return null;
  if ((start as number) < 0 || (end as number) <= (start as number) || (end as number) > LIMITS.offset) return null;
  return { start: start as number, end: end as number };
}

/**
 * A selector we cannot use (a FragmentSelector for a paragraph, say) refined by
 * a quote inside it: the quote alone still finds the passage on the page.
 */
function refinedQuote(selector: JsonObject): JsonObject | null {
  const type = firstString(selector.type);
  if (type === 'TextQuoteSelector' || type === 'TextPositionSelector') return null;
  const refined = asList(selector.refinedBy).find((item) => isObject(item) && firstString(item.type) === 'TextQuoteSelector');
  return isObject(refined) ? refined : null;
}

function readSelectors(value: unknown): { selectors?: NoteSelectors; unusable: string[]; positionOnly: boolean } {
  let quote: TextQuoteSelector | null = null;
  let position: TextPositionSelector | null = null;
  let page: number | null = null;
  const unusable: string[] = [];
  for (const given of asList(value)) {
    if (!isObject(given)) {
      // A selector named only by its address: we cannot fetch it.
      unusable.push(typeof given === 'string' ? 'selector IRI' : 'selector');
      continue;
    }
    const selector = refinedQuote(given) ?? given;
    const pdfPage = pageOfFragment(given);
    if (pdfPage !== null) {
      // A PDF's page, refined by the quote that stands beside it already (or, alone, the one to use).
      page ??= pdfPage;
      if (!quote && selector !== given) quote = readQuote(selector);
      continue;
    }
    if (selector !== given) unusable.push(firstString(given.type) ?? 'Selector');
    const type = firstString(selector.type) ?? 'Selector';
    const read =
      type === 'TextQuoteSelector' && !quote
        ? (quote = readQuote(selector))
        : type === 'TextPositionSelector' && !position
          ? (position = readPosition(selector))
          : null;
    // A quote or position that is not valid is as unusable as a kind of selector we do not know.
    if (read === null) unusable.push(type);
  }
  if (!quote) return { unusable, positionOnly: position !== null };
  const selectors: NoteSelectors = { quote };
  if (position) selectors.position = position;
  if (page !== null) selectors.page = page;
  return { selectors, unusable, positionOnly: false };
}

function fragmentOf(iri: string): string {
  const hash = iri.indexOf('#');
  return hash >= 0 && hash < iri.length - 1 ? iri.slice(hash) : '';
}

/** One target that is not a list or group. */
function readOne(target: unknown): TargetResult {
  if (typeof target === 'string') return pageOf(target, '', [], []);
  if (!isObject(target)) return fail('no-target', '');
  if ('source' in target) {
    const source = target.source;
    const iri = iriOf(source);
    if (!iri) return fail('no-target', 'source');
    const problem = (isObject(source) ? kindProblem(source) : null) ?? kindProblem(target);
    if (problem) return problem;
    const read = readSelectors(target.selector);
    if (!read.selectors && read.positionOnly) return fail('position-only', 'TextPositionSelector');
    if (!read.selectors && read.unusable.length > 0) return fail('unusable-selector', read.unusable.join(', '));
    const notices: Notice[] = [];
    if (read.selectors && read.unusable.length > 0) notices.push({ code: 'selectors-skipped', detail: read.unusable.join(', ') });
    const dropped = unknownKeys(target, SPECIFIC_KEYS, 'target.');
    if (isObject(source)) dropped.push(...unknownKeys(source, RESOURCE_KEYS, 'target.source.'));
    const title = (isObject(source) ? firstString(source.label) : undefined) ?? firstString(target.label) ?? '';
    // A scope naming a PDF's fingerprint is read (pdf-target.ts); any other scope is reported as not kept.
    const fingerprint = fingerprintOfScope(target.scope);
    const kept = fingerprint ? dropped.filter((key) => key !== 'target.scope') : dropped;
    const result = pageOf(iri, title, notices, kept, read.selectors);
    if (result.ok && fingerprint) result.pdf = { fingerprint };
    return result;
  }
  const iri = iriOf(target);
  if (!iri) return fail('no-target', '');
  const problem = kindProblem(target);
  if (problem) return problem;
  return pageOf(iri, firstString(target.label) ?? '', [], unknownKeys(target, RESOURCE_KEYS, 'target.'));
}

function pageOf(iri: string, title: string, notices: Notice[], dropped: string[], selectors?: NoteSelectors): TargetResult {
  if (iri.length > LIMITS.url) return fail('too-long', 'target');
  const url = normalisePageUrl(iri);
  if (url === null) return fail('not-a-page', cutAtCodePoint(iri, 80));
  const fragment = fragmentOf(iri);
  if (fragment) notices.push({ code: 'fragment-dropped', detail: cutAtCodePoint(fragment, 80) });
  const result: TargetResult = { ok: true, url, title: title.trim(), notices, dropped };
  if (selectors) result.selectors = selectors;
  return result;
}

/** Flattens lists and groups (Choice, List, Composite, Independents) into candidate targets, in order. */
function candidates(target: unknown, depth = 0): unknown[] {
  if (depth > 3) return [];
  return asList(target).flatMap((item) =>
    isObject(item) && GROUPS.some((group) => hasType(item, group)) ? candidates(item.items, depth + 1) : [item],
  );
}

/** The first usable target; the others are reported as dropped. */
export function readTarget(target: unknown): TargetResult {
  const list = candidates(target).slice(0, 100);
  if (list.length === 0) return fail('no-target', '');
  let firstFailure: TargetResult | null = null;
  for (const candidate of list) {
    const result = readOne(candidate);
    if (result.ok) {
      const others = list.length - 1;
      if (others > 0) result.notices.push({ code: 'targets-dropped', detail: String(others) });
      return result;
    }
    firstFailure ??= result;
  }
  return firstFailure as TargetResult;
}
