import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  WorkCalendar,
  computeStats,
  deriveDossier,
  parseInstant,
  parsePeriodName,
  statsInvariantHolds,
  type DossierStats,
  type StatsDossier,
} from '../src/index.js';
import { FIXTURE_DIR, readJsonl, toEvents, type FixtureDossier } from './fixture.js';

const cal = WorkCalendar.official();
const procedures = new Map(
  readJsonl<{ code: string; workingDays: number }>('procedures.jsonl').map((p) => [p.code, p]),
);
const expected = JSON.parse(readFileSync(FIXTURE_DIR + 'expected.json', 'utf8')) as Record<
  string,
  { from: string; to: string; self: DossierStats; children: DossierStats; byUnit: Record<string, DossierStats> }
>;

const dossiers = readJsonl<FixtureDossier>('dossiers.jsonl').map((d) => {
  const state = deriveDossier(
    toEvents(d),
    {
      workingDays: d.workingDays ?? procedures.get(d.procedure)!.workingDays,
      explicitDueAt: d.dueAt ? parseInstant(d.dueAt) : undefined,
    },
    cal,
  );
  const item: StatsDossier & { unit: string } = {
    unit: d.unit,
    channel: d.channel,
    state,
    resultReturned: state.resultReturned,
    rating: state.rating,
  };
  return item;
});

describe('periods (15th → 14th)', () => {
  it.each([
    ['2023-H1', '2022-12-15', '2023-06-14'],
    ['2023-Q1', '2022-12-15', '2023-03-14'],
    ['2023-Q3', '2023-06-15', '2023-09-14'],
    ['2023-M05', '2023-04-15', '2023-05-14'],
    ['2023-M01', '2022-12-15', '2023-01-14'],
    ['2023-9M', '2022-12-15', '2023-09-14'],
    ['2023', '2022-12-15', '2023-12-14'],
    ['2023-H2', '2023-06-15', '2023-12-14'],
  ])('%s = %s … %s', (name, from, to) => {
    expect(parsePeriodName(name)).toMatchObject({ from, to });
  });
  it('rejects nonsense', () => {
    expect(parsePeriodName('2023-M13')).toBeUndefined();
    expect(parsePeriodName('2023-Q5')).toBeUndefined();
  });
});

describe('reference statistics on the public fixture', () => {
  for (const [name, exp] of Object.entries(expected)) {
    it(`${name}: every unit, self and children`, () => {
      const period = parsePeriodName(name)!;
      expect(period).toMatchObject({ from: exp.from, to: exp.to });
      for (const [unit, figures] of Object.entries(exp.byUnit)) {
        const got = computeStats(
          dossiers.filter((d) => d.unit === unit),
          period,
        );
        expect(statsInvariantHolds(got)).toBe(true);
        expect({ unit, ...got }).toEqual({ unit, ...figures });
      }
      expect(computeStats(dossiers.filter((d) => d.unit === '440'), period)).toEqual(exp.self);
      expect(computeStats(dossiers.filter((d) => d.unit !== '440'), period)).toEqual(exp.children);
    });
  }
});
