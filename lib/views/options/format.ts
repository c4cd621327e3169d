/**
 * Dates, sizes and counts for the options page, in the page's language.
 * Kept pure (locale passed in) so tests pin the output.
 */

/** "27 november 2026 om 10:00" style; the raw text when it is not a date. */
export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

/** A date without the time when the value is midnight UTC (index creation dates usually are). */
export function formatDate(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const midnight = date.getUTCHours() === 0 && date.getUTCMinutes() === 0 && date.getUTCSeconds() === 0;
  return midnight
    ? new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date)
    : formatDateTime(iso, locale);
}

const UNITS = ['B', 'kB', 'MB', 'GB', 'TB'] as const;

/** 1536 → "1,5 kB" (nl) / "1.5 kB" (en); decimal steps of 1000, as browsers report quota. */
export function formatBytes(bytes: number, locale: string): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${UNITS[unit]}`;
}
