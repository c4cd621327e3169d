/**
 * The user's settings, declared once with their defaults. Stored data is
 * validated on every read: a damaged or outdated record falls back to the
 * defaults field by field instead of breaking the extension.
 */
import * as v from 'valibot';
import { normaliseHost } from '../sites';

export const LANGUAGE_CHOICES = ['auto', 'nl', 'en'] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

/** One ignore-list entry, in the one host form (lib/core/sites.ts `normaliseHost`). */
const SiteSchema = v.pipe(v.string(), v.transform(normaliseHost), v.regex(/^[a-z0-9.-]{1,253}$/), v.maxLength(253));

/** The usable entries of a stored list, normalised and without duplicates; one bad entry never empties the list. */
function readSites(list: unknown[]): string[] {
  const sites = list.flatMap((item) => {
    const parsed = v.safeParse(SiteSchema, item);
    return parsed.success ? [parsed.output] : [];
  });
  return [...new Set(sites)];
}

/** Longest name the user may give as the creator of their notes, in characters. */
export const CREATOR_NAME_MAX = 200;

/** The name as it is kept: white space collapsed and trimmed, at most CREATOR_NAME_MAX characters. */
export function cleanCreatorName(name: string): string {
  return [...name.replace(/\s+/gu, ' ').trim()].slice(0, CREATOR_NAME_MAX).join('').trim();
}

export const SettingsSchema = v.object({
  /** UI language: follow the browser, or a fixed one. */
  language: v.fallback(v.picklist(LANGUAGE_CHOICES), 'auto'),
  /** Host names (and their subdomains) where Regiolens never reads pages. */
  ignoredSites: v.fallback(v.pipe(v.array(v.unknown()), v.maxLength(500), v.transform(readSites)), []),
  /**
   * Recognise pages in private windows too. Off by default; it only matters when the browser lets
   * the extension run there. Verdicts live in session memory only; nothing else is kept.
   */
  allowPrivateWindows: v.fallback(v.boolean(), false),
  /**
   * Open PDFs on the policy sites in Regiolens's reader instead of the browser's viewer. Off by default:
   * users asked to keep the browser's viewer until they choose otherwise, and a document should never
   * move to another page without the user having asked for it.
   */
  openPdfsInReader: v.fallback(v.boolean(), false),
  /** Update address chosen in options (an administrator's managed value wins). */
  indexUpdateUrl: v.fallback(v.nullable(v.pipe(v.string(), v.maxLength(2000))), null),
  /**
   * "Your name (optional)": when set, exported notes name it as their creator (lib/core/notes/creator.ts).
   * Empty by default: Regiolens names nobody by itself. Stored trimmed, white space collapsed.
   */
  creatorName: v.fallback(v.pipe(v.string(), v.maxLength(CREATOR_NAME_MAX * 2), v.transform(cleanCreatorName)), ''),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = v.parse(SettingsSchema, {});

/** Reads whatever is stored into valid settings; unknown or broken fields get their defaults. */
export function readSettings(stored: unknown): Settings {
  const result = v.safeParse(SettingsSchema, typeof stored === 'object' && stored !== null ? stored : {});
  return result.success ? result.output : DEFAULT_SETTINGS;
}

/**
 * True when the host is on the user's ignore list (or a subdomain of an entry
 * there). Both sides are compared in the one host form, so "www.vng.nl." and
 * "WWW.VNG.NL" are caught by "vng.nl".
 */
export function isIgnoredSite(hostname: string, settings: Pick<Settings, 'ignoredSites'>): boolean {
  const host = normaliseHost(hostname);
  if (host === '') return false;
  return settings.ignoredSites.some((entry) => {
    const site = normaliseHost(entry);
    return site !== '' && (host === site || host.endsWith(`.${site}`));
  });
}
