import { describe, expect, it } from 'vitest';
import { isWorkingDay, monthWeeks, toggleDay } from './calendarGrid';
import { stepsMatch, stepsTotal } from './steps';

describe('procedure steps share out the legal time', () => {
  it('accepts steps adding up to the working days, or no steps', () => {
    expect(stepsMatch(3, [{ workingDays: 0.5 }, { workingDays: 2 }, { workingDays: 0.5 }])).toBe(true);
    expect(stepsMatch(3, [])).toBe(true);
    expect(stepsTotal([{ workingDays: 0.1 }, { workingDays: 0.2 }])).toBe(0.3);
    expect(stepsMatch(0.3, [{ workingDays: 0.1 }, { workingDays: 0.2 }])).toBe(true);
  });
  it('rejects steps that do not', () => {
    expect(stepsMatch(3, [{ workingDays: 1 }, { workingDays: 1 }])).toBe(false);
    expect(stepsMatch(3, [{ workingDays: 2 }, { workingDays: 1.5 }])).toBe(false);
  });
});

describe('calendar month grid', () => {
  it('lays a month out Monday first', () => {
    const weeks = monthWeeks(2023, 1); // 01/01/2023 is a Sunday
    expect(weeks[0]).toEqual([null, null, null, null, null, null, '2023-01-01']);
    expect(weeks.flat().filter(Boolean)).toHaveLength(31);
  });
  it('toggles a weekday off and a weekend day on as extra working day', () => {
    let days = { daysOff: ['2023-01-02'], extraWorkingDays: [] as string[] };
    expect(isWorkingDay('2023-01-02', days)).toBe(false); // nghỉ bù Tết dương lịch
    days = toggleDay('2023-01-02', days);
    expect(days.daysOff).toEqual([]);
    expect(isWorkingDay('2023-01-02', days)).toBe(true);
    days = toggleDay('2023-01-20', days); // Friday before Tết
    expect(days.daysOff).toEqual(['2023-01-20']);
    expect(isWorkingDay('2023-01-14', days)).toBe(false); // Saturday
    days = toggleDay('2023-01-14', days);
    expect(days.extraWorkingDays).toEqual(['2023-01-14']);
    expect(isWorkingDay('2023-01-14', days)).toBe(true);
    days = toggleDay('2023-01-14', days);
    expect(days.extraWorkingDays).toEqual([]);
  });
});
