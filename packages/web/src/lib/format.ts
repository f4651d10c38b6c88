import { formatDateVi, formatInstant, formatNumberVi, parseInstant, VN_OFFSET_MS } from '@motcua/core';

/**
 * The API sends instants as ISO 8601 with an offset. Officers read them in Vietnam time
 * whatever the browser's time zone, so format from the instant, not from `Date` local parts.
 */
export function formatDateTimeVi(iso: string | null | undefined): string {
  if (!iso) return '';
  const instant = parseInstant(iso);
  if (instant === undefined) return iso;
  const local = formatInstant(instant); // YYYY-MM-DDTHH:MM[:SS]+07:00 in Vietnam wall-clock terms
  return `${formatDateVi(local.slice(0, 10))} ${local.slice(11, 16)}`;
}

/** The Vietnam local date (YYYY-MM-DD) of an ISO instant, or of now. */
export function vnLocalDate(iso?: string | null): string {
  const instant = iso ? parseInstant(iso) : Date.now();
  return new Date((instant ?? Date.now()) + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** Wall-clock parts as picked in a date-time picker, read as Vietnam local time. */
export interface WallClock {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
}

/** ISO instant with +07:00 for a Vietnam wall-clock time (what the API expects). */
export function wallClockToVnIso(w: WallClock): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${w.year}-${p(w.month)}-${p(w.day)}T${p(w.hour)}:${p(w.minute)}:00+07:00`;
}

/** 3 → "3", 0.5 → "0,5", 12.25 → "12,25": days and hours as officials write them. */
export function formatDecimalVi(value: number): string {
  if (Number.isInteger(value)) return formatNumberVi(value);
  return formatNumberVi(value, 2).replace(/0+$/, '').replace(/,$/, '');
}
