/**
 * Instants are epoch milliseconds; all calendar arithmetic is done in Vietnam local time,
 * UTC+07:00 with no daylight saving (deadlines.md), so a fixed offset is exact.
 */
export const VN_OFFSET_MS = 7 * 3600_000;
export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

/** A local calendar date as `YYYY-MM-DD`. */
export type LocalDate = string;

const ISO_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses an ISO 8601 instant that carries an explicit offset; undefined when invalid. */
export function parseInstant(text: string): number | undefined {
  const m = ISO_WITH_OFFSET.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, frac, off] = m;
  const year = Number(y), month = Number(mo), day = Number(d);
  const hour = Number(h), minute = Number(mi), second = s ? Number(s) : 0;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  let offsetMs = 0;
  if (off && off !== 'Z') {
    const sign = off.startsWith('-') ? -1 : 1;
    const oh = Number(off.slice(1, 3)), om = Number(off.slice(4, 6));
    if (oh > 14 || om > 59) return undefined;
    offsetMs = sign * (oh * 3600_000 + om * MINUTE_MS);
  }
  const ms = frac ? Math.round(Number(frac) * 1000) : 0;
  return Date.UTC(year, month - 1, day, hour, minute, second, ms) - offsetMs;
}

export function isValidLocalDate(text: string): boolean {
  const m = DATE_ONLY.exec(text);
  if (!m) return false;
  const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Local midnight (00:00 +07:00) of a local date, as an instant. */
export function localMidnight(date: LocalDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) - VN_OFFSET_MS;
}

/** The local calendar date of an instant. */
export function localDateOf(instant: number): LocalDate {
  return new Date(instant + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** Minutes since local midnight of an instant (fractional when it has seconds). */
export function localMinuteOfDay(instant: number): number {
  const shifted = instant + VN_OFFSET_MS;
  return (((shifted % DAY_MS) + DAY_MS) % DAY_MS) / MINUTE_MS;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return new Date(localMidnight(date) + VN_OFFSET_MS + days * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: LocalDate): number {
  return new Date(localMidnight(date) + VN_OFFSET_MS).getUTCDay();
}

/** Formats an instant as ISO 8601 with the +07:00 offset; seconds only when non-zero. */
export function formatInstant(instant: number): string {
  const shifted = new Date(instant + VN_OFFSET_MS);
  const iso = shifted.toISOString(); // YYYY-MM-DDTHH:MM:SS.sssZ, in local wall-clock terms
  const ms = shifted.getUTCMilliseconds();
  const base = iso.slice(0, 19);
  return (ms ? `${base}.${String(ms).padStart(3, '0')}` : base) + '+07:00';
}

export function compareDates(a: LocalDate, b: LocalDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
