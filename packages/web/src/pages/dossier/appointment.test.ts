import { WorkCalendar } from '@motcua/core';
import { describe, expect, it } from 'vitest';
import { suggestNewAppointment } from './appointment';

const calendar = WorkCalendar.official();
const at = (iso: string) => Date.parse(iso);

describe('apology: suggested new appointment', () => {
  it('is the next working day after the due instant, at the same time', () => {
    // Thu 22/06/2023 15:30 → Fri 23/06/2023 15:30
    expect(suggestNewAppointment({ dueAt: '2023-06-22T15:30:00+07:00', apology: null }, calendar, at('2023-06-21T09:00:00+07:00'))).toEqual({
      year: 2023,
      month: 6,
      day: 23,
      hour: 15,
      minute: 30,
    });
  });

  it('skips weekends and the official days off (30/4, 1/5 2023 → 4/5 after the make-up days)', () => {
    // Fri 28/04/2023: 29–30/4 weekend, 1–3/5 days off in 2023 → Thu 04/05/2023.
    const s = suggestNewAppointment({ dueAt: '2023-04-28T10:00:00+07:00', apology: null }, calendar, at('2023-04-27T09:00:00+07:00'));
    expect(s).toMatchObject({ year: 2023, month: 5, day: 4, hour: 10, minute: 0 });
  });

  it('starts from the last apology and never suggests the past', () => {
    const s = suggestNewAppointment(
      { dueAt: '2023-06-01T08:00:00+07:00', apology: { at: '2023-06-01T09:00:00+07:00', newAppointment: '2023-06-05T08:00:00+07:00' } },
      calendar,
      at('2023-06-07T12:00:00+07:00'),
    );
    expect(s).toMatchObject({ year: 2023, month: 6, day: 8, hour: 8, minute: 0 });
    expect(suggestNewAppointment({ dueAt: null, apology: null }, calendar)).toBeUndefined();
  });
});
