/**
 * Small readers for JSON-LD values as other tools write them: a property may
 * hold one value or a list, a resource may be an IRI string or an object with
 * an `id`, a `type` may be a string or a list of strings.
 */

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One value or a list, as a list; absent (undefined/null) as an empty list. */
export function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** The strings of a `type`-like property. */
export function stringsOf(value: unknown): string[] {
  return asList(value).filter((item): item is string => typeof item === 'string');
}

export function hasType(object: JsonObject, type: string): boolean {
  return stringsOf(object.type).includes(type);
}

/** The first string of a property that may be a string or a one-item list. */
export function firstString(value: unknown): string | undefined {
  return stringsOf(value)[0];
}

/** The IRI of a resource given as a string or as an object with an `id`. */
export function iriOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (isObject(value)) return firstString(value.id) ?? firstString(value['@id']);
  return undefined;
}

/** An absolute IRI: a scheme, a colon and something after it (no spaces). */
export function isIri(text: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$/.test(text);
}

/** Cuts text to at most `max` UTF-16 units without splitting a surrogate pair. */
export function cutAtCodePoint(text: string, max: number, fromEnd = false): string {
  if (text.length <= max) return text;
  if (!fromEnd) {
    let end = max;
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff) end -= 1;
    return text.slice(0, end);
  }
  let start = text.length - max;
  const code = text.charCodeAt(start);
  if (code >= 0xdc00 && code <= 0xdfff) start += 1;
  return text.slice(start);
}

/** Keys of an object that are not in `known`, as "prefix.key" names for a report. */
export function unknownKeys(object: JsonObject, known: ReadonlySet<string>, prefix = ''): string[] {
  return Object.keys(object)
    .filter((key) => !known.has(key))
    .map((key) => `${prefix}${key}`);
}
