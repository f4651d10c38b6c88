import { getSolarDate } from '@dqcai/vn-lunar';
import { addDays, localMidnight, weekdayOf, MINUTE_MS, type LocalDate } from './time.js';
import officialDaysOff from './data/vn-days-off.json' with { type: 'json' };

/** A working session of a working day, in minutes after local midnight. */
export interface WorkingSession {
  start: number;
  end: number;
}

/** Default sessions (deadlines.md): 07:00–11:30 and 13:30–17:00, 8 working hours. */
export const DEFAULT_SESSIONS: readonly WorkingSession[] = [
  { start: 7 * 60, end: 11 * 60 + 30 },
  { start: 13 * 60 + 30, end: 17 * 60 },
];

/** One year of the working calendar: weekdays off and weekend days worked. */
export interface CalendarYear {
  year: number;
  daysOff: LocalDate[];
  extraWorkingDays: LocalDate[];
  /** True when an admin (or the shipped official notice) has confirmed the year. */
  reviewed: boolean;
  source: string;
}

/** One working hour budget unit: a working day is 8 hours whatever the sessions (deadlines.md). */
export const WORKING_DAY_MS = 8 * 60 * MINUTE_MS;

/**
 * The days off that Bộ luật Lao động 2019 Art. 112 implies for a year nobody has reviewed:
 * fixed solar dates, Tết (lunar 30/12 + 1–4/1) and Giỗ Tổ (10/3 lunar) via the lunar library,
 * Quốc khánh 02/9 plus an adjacent day, and Art. 111.3 make-up days for holidays on weekends.
 */
export function deriveDefaultYear(year: number): CalendarYear {
  const iso = (y: number, m: number, d: number): LocalDate =>
    `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const tet = getSolarDate(1, 1, year);
  const tetDay = iso(tet.year, tet.month, tet.day);
  const gioTo = getSolarDate(10, 3, year);
  const holidays: LocalDate[] = [
    iso(year, 1, 1),
    addDays(tetDay, -1),
    tetDay,
    addDays(tetDay, 1),
    addDays(tetDay, 2),
    addDays(tetDay, 3),
    iso(gioTo.year, gioTo.month, gioTo.day),
    iso(year, 4, 30),
    iso(year, 5, 1),
    // The adjacent Quốc khánh day: the day before, unless 02/09 is a Monday (keep a long weekend).
    weekdayOf(iso(year, 9, 2)) === 1 ? iso(year, 9, 3) : iso(year, 9, 1),
    iso(year, 9, 2),
  ].sort();
  const off = new Set<LocalDate>();
  for (const day of holidays) {
    if (!isWeekend(day)) {
      off.add(day);
      continue;
    }
    // Art. 111.3: made up on the next working day not already off.
    let next = addDays(day, 1);
    while (isWeekend(next) || off.has(next) || holidays.includes(next)) next = addDays(next, 1);
    off.add(next);
  }
  return {
    year,
    daysOff: [...off].filter((d) => d.startsWith(`${year}-`)).sort(),
    extraWorkingDays: [],
    reviewed: false,
    source: 'Tính theo Bộ luật Lao động 2019 Điều 111–112 (chưa rà soát theo thông báo của năm)',
  };
}

interface OfficialYearData {
  daysOff: LocalDate[];
  extraWorkingDays: LocalDate[];
  source: string | string[];
}

/** The checked-in official calendars (shared/data/vn-days-off.json, 2022–2026). */
export function officialCalendarYears(): CalendarYear[] {
  const data = officialDaysOff as unknown as Record<string, OfficialYearData | unknown>;
  const years: CalendarYear[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (!/^\d{4}$/.test(key)) continue;
    const entry = value as OfficialYearData;
    years.push({
      year: Number(key),
      daysOff: [...entry.daysOff].sort(),
      extraWorkingDays: [...entry.extraWorkingDays].sort(),
      reviewed: true,
      source: Array.isArray(entry.source) ? entry.source.join('; ') : String(entry.source),
    });
  }
  return years.sort((a, b) => a.year - b.year);
}

export function isWeekend(date: LocalDate): boolean {
  const wd = weekdayOf(date);
  return wd === 0 || wd === 6;
}

/**
 * The working calendar of a deployment. Years without data fall back to the derived default
 * (and say so through `yearInfo`), so any date can be computed.
 */
export class WorkCalendar {
  readonly sessions: readonly WorkingSession[];
  private readonly years = new Map<number, CalendarYear>();
  private readonly offSets = new Map<number, { off: Set<LocalDate>; extra: Set<LocalDate> }>();
  private readonly dayCache = new Map<LocalDate, boolean>();

  constructor(years: Iterable<CalendarYear> = [], sessions: readonly WorkingSession[] = DEFAULT_SESSIONS) {
    validateSessions(sessions);
    this.sessions = [...sessions].sort((a, b) => a.start - b.start);
    for (const y of years) this.years.set(y.year, y);
  }

  /** The shipped calendar: official years 2022–2026, derived defaults elsewhere. */
  static official(sessions: readonly WorkingSession[] = DEFAULT_SESSIONS): WorkCalendar {
    return new WorkCalendar(officialCalendarYears(), sessions);
  }

  yearInfo(year: number): CalendarYear {
    return this.years.get(year) ?? deriveDefaultYear(year);
  }

  private setsFor(year: number) {
    let sets = this.offSets.get(year);
    if (!sets) {
      const info = this.yearInfo(year);
      sets = { off: new Set(info.daysOff), extra: new Set(info.extraWorkingDays) };
      this.offSets.set(year, sets);
    }
    return sets;
  }

  isWorkingDay(date: LocalDate): boolean {
    let result = this.dayCache.get(date);
    if (result === undefined) {
      const sets = this.setsFor(Number(date.slice(0, 4)));
      result = sets.extra.has(date) || (!isWeekend(date) && !sets.off.has(date));
      this.dayCache.set(date, result);
    }
    return result;
  }

  /** Why a date is not worked: 'weekend' | 'day_off', or undefined on a working day. */
  nonWorkingReason(date: LocalDate): 'weekend' | 'day_off' | undefined {
    if (this.isWorkingDay(date)) return undefined;
    return isWeekend(date) ? 'weekend' : 'day_off';
  }

  /** The working sessions of a date as instants, empty on a day off. */
  sessionsOn(date: LocalDate): Array<[number, number]> {
    if (!this.isWorkingDay(date)) return [];
    const midnight = localMidnight(date);
    return this.sessions.map((s) => [midnight + s.start * MINUTE_MS, midnight + s.end * MINUTE_MS]);
  }

  /** Counts working days in [from, to], both inclusive. */
  countWorkingDays(from: LocalDate, to: LocalDate): number {
    let n = 0;
    for (let d = from; d <= to; d = addDays(d, 1)) if (this.isWorkingDay(d)) n++;
    return n;
  }
}

function validateSessions(sessions: readonly WorkingSession[]): void {
  if (sessions.length === 0) throw new RangeError('A working day needs at least one session');
  const sorted = [...sessions].sort((a, b) => a.start - b.start);
  let previousEnd = -1;
  for (const s of sorted) {
    if (!(s.start >= 0 && s.end <= 24 * 60 && s.start < s.end && s.start >= previousEnd)) {
      throw new RangeError(`Invalid working session ${s.start}–${s.end}`);
    }
    previousEnd = s.end;
  }
}
