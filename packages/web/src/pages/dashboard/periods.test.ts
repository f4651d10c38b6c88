import { describe, expect, it } from 'vitest';
import { defaultSelection, defaultSelectionFor, parseSelectionName, periodDates, periodQuery, periodRangeText, reportingMonthOf, selectionFromSearch, trendRange } from './periods';

describe('dashboard period selector → query parameters (15th → 14th)', () => {
  it('names the periods the stats API accepts', () => {
    expect(periodQuery({ kind: 'named', year: 2023, part: 'H1' })).toEqual({ period: '2023-H1' });
    expect(periodQuery({ kind: 'named', year: 2023, part: '9M' })).toEqual({ period: '2023-9M' });
    expect(periodQuery({ kind: 'named', year: 2023, part: 'Y' })).toEqual({ period: '2023' });
    expect(periodQuery({ kind: 'named', year: 2023, part: 'Q1' })).toEqual({ period: '2023-Q1' });
    expect(periodQuery({ kind: 'named', year: 2023, part: 'M05' })).toEqual({ period: '2023-M05' });
    expect(periodQuery({ kind: 'custom', from: '2023-01-01', to: '2023-01-31' })).toEqual({ from: '2023-01-01', to: '2023-01-31' });
  });

  it('shows the dates with the 15th → 14th cut-off', () => {
    expect(periodRangeText({ kind: 'named', year: 2023, part: 'H1' })).toBe('15/12/2022 – 14/06/2023');
    expect(periodDates({ kind: 'named', year: 2023, part: 'Q1' })).toEqual({ from: '2022-12-15', to: '2023-03-14' });
    expect(periodDates({ kind: 'named', year: 2023, part: 'M05' })).toEqual({ from: '2023-04-15', to: '2023-05-14' });
    expect(periodDates({ kind: 'named', year: 2023, part: 'Y' })).toEqual({ from: '2022-12-15', to: '2023-12-14' });
    expect(periodDates({ kind: 'custom', from: '2023-02-01', to: '2023-01-01' })).toBeUndefined();
  });

  it('maps dates to reporting months for the trend', () => {
    expect(reportingMonthOf('2022-12-15')).toBe('2023-01');
    expect(reportingMonthOf('2023-06-14')).toBe('2023-06');
    expect(trendRange({ kind: 'named', year: 2023, part: 'H1' })).toEqual({ from: '2023-01', to: '2023-06' });
    expect(trendRange({ kind: 'named', year: 2023, part: 'M05' })).toEqual({ from: '2023-05', to: '2023-05' });
  });

  it('reads the URL and defaults to the seed period for the demo district', () => {
    expect(parseSelectionName('2023-H1')).toEqual({ kind: 'named', year: 2023, part: 'H1' });
    expect(parseSelectionName('2023')).toEqual({ kind: 'named', year: 2023, part: 'Y' });
    expect(parseSelectionName('2023-X')).toBeUndefined();
    expect(selectionFromSearch(new URLSearchParams('from=2023-01-01&to=2023-02-01'))).toEqual({ kind: 'custom', from: '2023-01-01', to: '2023-02-01' });
    expect(defaultSelection('440', '2026-11-26')).toEqual({ kind: 'named', year: 2023, part: 'H1' });
    expect(defaultSelection('18229', '2026-11-26')).toEqual({ kind: 'named', year: 2026, part: 'Y' });
    expect(defaultSelection('18229', '2026-12-20')).toEqual({ kind: 'named', year: 2027, part: 'Y' });
  });
});

describe('default period of a user', () => {
  const today = '2026-11-26';
  it('opens the demo district, its departments and its 2023 communes on the seed period', () => {
    expect(defaultSelectionFor({ unit: { code: '440', parentCode: '42' } }, '440', today)).toEqual({ kind: 'named', year: 2023, part: 'H1' });
    expect(defaultSelectionFor({ unit: { code: '440-NV', parentCode: '440', validTo: '2025-06-30' } }, '440', today)).toEqual({ kind: 'named', year: 2023, part: 'H1' });
    expect(defaultSelectionFor({ unit: { code: '18229', parentCode: '440', validTo: '2025-06-30' } }, '18229', today)).toEqual({ kind: 'named', year: 2023, part: 'H1' });
  });
  it('opens a ceased unit on the last half-year it lived through, not on its successor', () => {
    expect(defaultSelectionFor({ unit: { code: '99001', parentCode: '990', validTo: '2025-06-30' } }, '99001', today)).toEqual({ kind: 'named', year: 2025, part: 'H1' });
    expect(defaultSelectionFor({ unit: { code: '99001', parentCode: '990', validTo: '2025-03-31' } }, '99001', today)).toEqual({ kind: 'named', year: 2024, part: 'H2' });
  });
  it('opens a living unit on the current reporting year', () => {
    expect(defaultSelectionFor({ unit: { code: '18229', parentCode: '42', validTo: null } }, '18229', today)).toEqual({ kind: 'named', year: 2026, part: 'Y' });
  });
});
