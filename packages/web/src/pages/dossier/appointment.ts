import { addDays, localDateOf, localMidnight, localMinuteOfDay, MINUTE_MS, parseInstant, type WorkCalendar } from '@motcua/core';
import type { DossierView } from '../../api/types';
import type { WallClock } from '../../lib/format';

/**
 * The new appointment to suggest on an apology letter (Phiếu xin lỗi và hẹn lại): the next
 * working day after the current appointment (the last apology's, else the due instant), at the
 * same time of day — and never in the past, so an already-overdue dossier gets the first
 * working day after now at that time. The officer edits it; this only saves typing.
 */
export function suggestNewAppointment(
  dossier: Pick<DossierView, 'dueAt' | 'apology'>,
  calendar: WorkCalendar,
  now = Date.now(),
): WallClock | undefined {
  const current = dossier.apology?.newAppointment ?? dossier.dueAt;
  const base = current ? parseInstant(current) : undefined;
  if (base === undefined) return undefined;
  const minute = Math.floor(localMinuteOfDay(base));
  let date = addDays(localDateOf(base), 1);
  for (let i = 0; i < 800; i++, date = addDays(date, 1)) {
    if (!calendar.isWorkingDay(date)) continue;
    if (localMidnight(date) + minute * MINUTE_MS <= now) continue;
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    return { year, month, day, hour: Math.floor(minute / 60), minute: minute % 60 };
  }
  return undefined;
}
