import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  WorkCalendar,
  classifyTimeliness,
  computeDue,
  formatInstant,
  parseInstant,
  workingTimeBetween,
  budgetMs,
  type PauseInterval,
} from '../src/index.js';
import { FIXTURE_DIR } from './fixture.js';

const cal = WorkCalendar.official();
const t = (s: string) => {
  const v = parseInstant(s);
  if (v === undefined) throw new Error(`bad instant ${s}`);
  return v;
};
const due = (received: string, days: number, pauses: PauseInterval[] = []) => {
  const d = computeDue(cal, t(received), days, pauses);
  return d === undefined ? undefined : formatInstant(d);
};

describe('deadlines.md examples', () => {
  it('same clock time three working days later', () => {
    expect(due('2023-03-06T10:00:00+07:00', 3)).toBe('2023-03-09T10:00:00+07:00');
  });
  it('received on Saturday starts at the next session', () => {
    expect(due('2023-03-11T09:00:00+07:00', 1)).toBe('2023-03-13T17:00:00+07:00');
  });
  it('skips Tết 2023', () => {
    expect(due('2023-01-19T15:00:00+07:00', 2)).toBe('2023-01-30T15:00:00+07:00');
  });
  it('a pause stops the clock', () => {
    expect(
      due('2023-06-05T10:00:00+07:00', 3, [
        { kind: 'supplement', start: t('2023-06-06T16:00:00+07:00'), end: t('2023-06-09T09:00:00+07:00') },
      ]),
    ).toBe('2023-06-12T15:00:00+07:00');
  });
  it('a pause after the due instant changes nothing', () => {
    expect(
      due('2023-03-06T10:00:00+07:00', 3, [
        { kind: 'supplement', start: t('2023-03-10T08:00:00+07:00'), end: t('2023-03-15T09:00:00+07:00') },
      ]),
    ).toBe('2023-03-09T10:00:00+07:00');
  });
  it('budget reached at a session end gives that end', () => {
    expect(due('2023-03-06T07:00:00+07:00', 1)).toBe('2023-03-06T17:00:00+07:00');
    expect(due('2023-03-06T07:00:00+07:00', 4.5 / 8)).toBe('2023-03-06T11:30:00+07:00');
  });
  it('reception at 11:30 or 17:00 starts at the next session', () => {
    expect(due('2023-03-06T11:30:00+07:00', 3.5 / 8)).toBe('2023-03-06T17:00:00+07:00');
    expect(due('2023-03-06T17:00:00+07:00', 0.1)).toBe('2023-03-07T07:48:00+07:00');
  });
  it('0.1 day is 48 minutes', () => {
    expect(budgetMs(0.1)).toBe(48 * 60_000);
  });
  it('an offset other than +07:00 is read in local time', () => {
    expect(due('2023-01-19T08:00:00Z', 2)).toBe('2023-01-30T15:00:00+07:00');
  });
  it('an open pause leaves the due unknown', () => {
    expect(due('2023-03-06T10:00:00+07:00', 3, [{ kind: 'obligation', start: t('2023-03-07T10:00:00+07:00') }])).toBe(
      undefined,
    );
  });
  it('15/12/2022–14/06/2023 has 121 working days', () => {
    expect(cal.countWorkingDays('2022-12-15', '2023-06-14')).toBe(121);
  });
  it('timeliness: early is about calendar dates', () => {
    expect(classifyTimeliness(t('2023-03-08T16:59:00+07:00'), t('2023-03-09T07:05:00+07:00'))).toBe('early');
    expect(classifyTimeliness(t('2023-03-09T07:01:00+07:00'), t('2023-03-09T16:59:00+07:00'))).toBe('on_time');
    expect(classifyTimeliness(t('2023-03-09T16:59:00+07:00'), t('2023-03-09T16:59:00+07:00'))).toBe('on_time');
    expect(classifyTimeliness(t('2023-03-09T16:59:01+07:00'), t('2023-03-09T16:59:00+07:00'))).toBe('overdue');
  });
});

describe('public deadline vectors (fixtures/stats-public)', () => {
  const vectors = JSON.parse(readFileSync(FIXTURE_DIR + 'deadline-vectors.json', 'utf8')) as Array<{
    received: string;
    workingDays: number;
    dueAt: string;
  }>;
  it.each(vectors)('$received + $workingDays days → $dueAt', (v) => {
    expect(due(v.received, v.workingDays)).toBe(v.dueAt);
  });
});

describe('deadline properties', () => {
  const from = t('2022-01-01T00:00:00+07:00');
  const to = t('2026-06-30T00:00:00+07:00');
  const instant = fc.integer({ min: from, max: to }).map((x) => Math.floor(x / 60_000) * 60_000);
  const days = fc.integer({ min: 1, max: 400 }).map((x) => x / 8); // 1 h steps up to 50 days
  const pause = (received: number) =>
    fc
      .tuple(fc.integer({ min: 0, max: 30 * 86_400_000 }), fc.integer({ min: 1, max: 10 * 86_400_000 }))
      .map(([offset, length]): PauseInterval => ({
        kind: 'supplement',
        start: received + offset,
        end: received + offset + length,
      }));

  it('due ≥ received, and the working time between them equals the budget', () => {
    fc.assert(
      fc.property(instant, days, (received, d) => {
        const dueAt = computeDue(cal, received, d)!;
        expect(dueAt).toBeGreaterThanOrEqual(received);
        expect(workingTimeBetween(cal, received, dueAt)).toBe(budgetMs(d));
      }),
      { numRuns: 300 },
    );
  });
  it('monotonic in working days', () => {
    fc.assert(
      fc.property(instant, days, days, (received, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(computeDue(cal, received, lo)!).toBeLessThanOrEqual(computeDue(cal, received, hi)!);
      }),
      { numRuns: 300 },
    );
  });
  it('adding a pause never makes the due earlier, and the budget is kept outside pauses', () => {
    fc.assert(
      fc.property(
        instant.chain((r) => fc.tuple(fc.constant(r), days, pause(r))),
        ([received, d, p]) => {
          const plain = computeDue(cal, received, d)!;
          const paused = computeDue(cal, received, d, [p])!;
          expect(paused).toBeGreaterThanOrEqual(plain);
          expect(workingTimeBetween(cal, received, paused, [p])).toBe(budgetMs(d));
        },
      ),
      { numRuns: 300 },
    );
  });
});
