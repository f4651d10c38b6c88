/**
 * The calendar editor's month grid: weekdays can be switched off (ngày nghỉ: Tết, lễ, nghỉ bù)
 * and weekend days switched on (ngày làm bù). The lists are what PUT /api/calendar/years/{y} takes.
 */
export interface CalendarDays {
  daysOff: string[];
  extraWorkingDays: string[];
}

const pad = (n: number) => String(n).padStart(2, '0');

export const isoDate = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

/** 0 = Sunday … 6 = Saturday, for a YYYY-MM-DD (calendar arithmetic, no time zone involved). */
export function weekdayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export const isWeekend = (date: string) => {
  const w = weekdayOf(date);
  return w === 0 || w === 6;
};

export function isWorkingDay(date: string, days: CalendarDays): boolean {
  return isWeekend(date) ? days.extraWorkingDays.includes(date) : !days.daysOff.includes(date);
}

/** Flips a day: a weekday in or out of the days off, a weekend day in or out of the extra working days. */
export function toggleDay(date: string, days: CalendarDays): CalendarDays {
  const flip = (list: string[]) => (list.includes(date) ? list.filter((d) => d !== date) : [...list, date].sort());
  return isWeekend(date) ? { ...days, extraWorkingDays: flip(days.extraWorkingDays) } : { ...days, daysOff: flip(days.daysOff) };
}

/** Weeks (Monday first) of a month; null pads the days of the neighbouring months. */
export function monthWeeks(year: number, month: number): (string | null)[][] {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const first = (weekdayOf(isoDate(year, month, 1)) + 6) % 7; // Monday = 0
  const cells: (string | null)[] = [...Array<null>(first).fill(null)];
  for (let d = 1; d <= days; d++) cells.push(isoDate(year, month, d));
  while (cells.length % 7) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}
