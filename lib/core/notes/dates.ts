/**
 * Dates in notes files. The annotation model wants `created`/`modified` as
 * xsd:dateTime in UTC with a "Z"; other tools write offsets ("+01:00",
 * "+0100"), a space for the "T", or no zone at all. We read all of these,
 * refuse dates that do not exist (2026-02-31, 25:00) rather than let the
 * Date parser roll them over, and write every time as Date#toISOString does.
 */

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The same instant as "YYYY-MM-DDTHH:mm:ss.sssZ", or null when the text is not
 * an ISO 8601 date(-time) or names a day or time that does not exist. A time
 * without a zone is taken as UTC; a date without a time as its midnight in UTC.
 */
export function toUtcTimestamp(text: string): string | null {
  if (text.length > 40) return null;
  const match = TIMESTAMP.exec(text.trim());
  if (!match) return null;
  const [, y, mo, d, h = '00', mi = '00', s = '00', fraction = '', zone = 'Z'] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  let offsetMinutes = 0;
  if (zone !== 'Z' && zone !== 'z') {
    const digits = zone.slice(1).replace(':', '');
    const offsetHours = Number(digits.slice(0, 2));
    const offsetRest = digits.length > 2 ? Number(digits.slice(2)) : 0;
    if (offsetHours > 23 || offsetRest > 59) return null;
    offsetMinutes = (zone.startsWith('-') ? -1 : 1) * (offsetHours * 60 + offsetRest);
  }
  const millis = fraction ? Math.floor(Number(`0${fraction}`) * 1000) : 0;
  const time = Date.UTC(year, month - 1, day, hour, minute, second, millis) - offsetMinutes * 60_000;
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
