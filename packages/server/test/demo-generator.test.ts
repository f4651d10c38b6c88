import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  DOSSIER_CODE,
  WorkCalendar,
  computeStats,
  deriveDossier,
  localDateOf,
  localMinuteOfDay,
  parseInstant,
  parsePeriodName,
  periodBounds,
  statsInvariantHolds,
  type Channel,
  type DossierEvent,
  type DossierState,
  type DossierStats,
  type StatsDossier,
} from '@motcua/core';
import { generateDemoDossiers } from '../src/modules/demo/generator.js';

/**
 * The demo history must reproduce the seed report's 2023-H1 figures (statistics.md, "The seed's
 * own figures") exactly, through the reference statistics of the core, and look real.
 */
const CATALOGUE = fileURLToPath(new URL('../src/modules/demo/data/demo-procedures.jsonl', import.meta.url));
const catalogue = readFileSync(CATALOGUE, 'utf8');

interface CatalogueEntry {
  code: string;
  level: 'district' | 'commune';
  workingDays: number;
  onlineLevel: 'full' | 'partial' | 'none';
  steps?: Array<{ name: string; department: string; workingDays: number }>;
}
const procedures = new Map(
  catalogue
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CatalogueEntry)
    .map((p) => [p.code, p]),
);

interface Line {
  code: string;
  unit: string;
  procedure: string;
  channel: Channel;
  applicant: { name: string; idNumber: string; phone: string; address?: string };
  events: Array<Record<string, string> & { type: DossierEvent['type']; at: string }>;
}

const t0 = performance.now();
const lines = generateDemoDossiers(catalogue);
const elapsedMs = performance.now() - t0;

const cal = WorkCalendar.official();
const parsed = lines.map((l) => JSON.parse(l) as Line);
const dossiers = parsed.map((d) => {
  const events = d.events.map(
    (e): DossierEvent => ({
      type: e.type,
      at: parseInstant(e.at)!,
      reason: e['reason'],
      via: e['via'] as DossierEvent['via'],
      level: e['level'] as DossierEvent['level'],
      to: e['to'],
      step: e['step'],
      newAppointment: e['newAppointment'] ? parseInstant(e['newAppointment']) : undefined,
    }),
  );
  const procedure = procedures.get(d.procedure);
  if (!procedure) throw new Error(`${d.code}: unknown procedure ${d.procedure}`);
  const state: DossierState = deriveDossier(events, { workingDays: procedure.workingDays }, cal);
  const item: StatsDossier & { unit: string; line: Line; procedure: CatalogueEntry; events: DossierEvent[] } = {
    unit: d.unit,
    channel: d.channel,
    state,
    resultReturned: state.resultReturned,
    rating: state.rating,
    line: d,
    procedure,
    events,
  };
  return item;
});

const H1 = parsePeriodName('2023-H1')!;
const { start, cutoff } = periodBounds(H1);
const district = dossiers.filter((d) => d.unit === '440');
const communes = dossiers.filter((d) => d.unit !== '440');
const districtStats = computeStats(district, H1);
const communeStats = computeStats(communes, H1);

function show(label: string, s: DossierStats): void {
  console.log(`${label}: ${JSON.stringify(s)}`);
}

describe('demo dossier generator (huyện Đức Thọ, 10/2022 – 06/2023)', () => {
  it('prints its figures', () => {
    console.log(`generated ${lines.length} dossiers in ${Math.round(elapsedMs)} ms`);
    show('2023-H1 unit 440', districtStats);
    show('2023-H1 communes (sum)', communeStats);
    for (const unit of [...new Set(communes.map((d) => d.unit))].sort()) {
      const s = computeStats(communes.filter((d) => d.unit === unit), H1);
      console.log(`  ${unit}: received ${s.receivedTotal} (online ${s.receivedOnline}), resolved ${s.resolvedTotal} (overdue ${s.resolvedOverdue}), refused ${s.refusedAtReception}, by post ${s.resultsByPost}, rated ${s.ratedVerySatisfied}/${s.ratedSatisfied}/${s.ratedDissatisfied}`);
    }
    show('2022-Q4 unit 440', computeStats(district, parsePeriodName('2022-Q4')!));
    show('2022-Q4 communes', computeStats(communes, parsePeriodName('2022-Q4')!));
    show('2023-Q3 (to 30/06) unit 440', computeStats(district, parsePeriodName('2023-Q3')!));
  });

  it('reproduces the district desk figures of 2023-H1 exactly', () => {
    expect(statsInvariantHolds(districtStats)).toBe(true);
    expect(districtStats).toMatchObject({
      receivedTotal: 3622,
      receivedDirect: 1448,
      carriedOver: 1004,
      receivedOnline: 1170,
      resolvedTotal: 2965,
      resolvedOverdue: 0,
      inProgressTotal: 70,
      inProgressOnTime: 70,
      inProgressOverdue: 0,
      awaitingSupplement: 541,
      awaitingObligation: 0,
      returnedTotal: 46,
      ratedVerySatisfied: 1144,
      ratedSatisfied: 14,
      ratedDissatisfied: 0,
      resultsByPost: 178,
    });
    expect(districtStats.resolvedEarly + districtStats.resolvedOnTime).toBe(2965);
    expect(districtStats.resolvedEarly).toBeGreaterThan(districtStats.resolvedOnTime);
    expect(districtStats.refusedAtReception).toBeGreaterThanOrEqual(20);
    expect(districtStats.refusedAtReception).toBeLessThanOrEqual(40);
  });

  it('reproduces the communes figures of 2023-H1 exactly (summed over the 16 desks)', () => {
    expect(statsInvariantHolds(communeStats)).toBe(true);
    expect(communeStats).toMatchObject({
      receivedTotal: 7432,
      receivedDirect: 2687,
      carriedOver: 4,
      receivedOnline: 4741,
      resolvedTotal: 7404,
      resolvedOverdue: 20,
      inProgressTotal: 9,
      inProgressOnTime: 9,
      inProgressOverdue: 0,
      awaitingSupplement: 3,
      awaitingObligation: 1,
      returnedTotal: 15,
    });
    expect(communeStats.resolvedEarly + communeStats.resolvedOnTime).toBe(7384);
    const units = new Set(communes.map((d) => d.unit));
    expect(units.size).toBe(16);
    for (const unit of units) expect(statsInvariantHolds(computeStats(communes.filter((d) => d.unit === unit), H1))).toBe(true);
    const biggest = [...units].map((u) => [u, computeStats(communes.filter((d) => d.unit === u), H1).receivedTotal] as const).sort((a, b) => b[1] - a[1])[0];
    expect(biggest?.[0]).toBe('18229');
  });

  it('has 1 170 online dossiers out of 1 230 of fully-online procedures received at the district desk in 2023-H1', () => {
    const receivedInH1 = district.filter((d) => d.state.receivedAt !== undefined && d.state.receivedAt >= start && d.state.receivedAt < cutoff);
    const full = receivedInH1.filter((d) => d.procedure.onlineLevel === 'full');
    expect(full.length).toBe(1230);
    expect(full.filter((d) => d.channel === 'online').length).toBe(1170);
    expect(district.filter((d) => d.channel === 'online' && d.procedure.onlineLevel !== 'full')).toEqual([]);
    expect(communes.filter((d) => d.channel === 'online' && d.procedure.onlineLevel !== 'full')).toEqual([]);
  });

  it('writes valid, unique dossier codes dated by reception', () => {
    const codes = parsed.map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
    const pattern = /^[0-9A-Z]{3}(\.[0-9A-Z]{2}){2}\.[A-Z][0-9]{2}-\d{6}-\d{4}$/;
    for (const d of dossiers) {
      expect(d.line.code).toMatch(pattern);
      const m = DOSSIER_CODE.exec(d.line.code)!;
      const first = d.state.receivedAt ?? d.events[0]!.at;
      expect(m[2]).toBe(localDateOf(first).slice(2).replaceAll('-', ''));
    }
    const prefixes = new Map<string, Set<string>>();
    for (const d of parsed) {
      const set = prefixes.get(d.unit) ?? new Set<string>();
      set.add(d.code.split('-')[0]!);
      prefixes.set(d.unit, set);
    }
    expect([...prefixes.get('440')!]).toEqual(['000.00.40.H25']);
    expect([...prefixes.get('18229')!]).toEqual(['000.01.40.H25']);
    expect(prefixes.size).toBe(17);
  });

  it('looks real: applicants, working hours, time frame, hand-overs, apologies', () => {
    const first = parseInstant('2022-10-01T00:00:00+07:00')!;
    const last = parseInstant('2023-07-01T00:00:00+07:00')!;
    for (const d of dossiers) {
      const a = d.line.applicant;
      expect(a.name.split(' ').length).toBeGreaterThanOrEqual(3);
      expect(a.idNumber).toMatch(/^042[0-3]\d{8}$/);
      expect(a.phone).toMatch(/^0[379]\d{8}$|^08\d{8}$/);
      for (const e of d.events) {
        expect(e.at).toBeGreaterThanOrEqual(first);
        expect(e.at).toBeLessThan(last);
      }
      const received = d.state.receivedAt;
      if (received !== undefined) {
        expect(cal.isWorkingDay(localDateOf(received))).toBe(true);
        const minute = localMinuteOfDay(received);
        expect((minute >= 420 && minute <= 690) || (minute >= 810 && minute <= 1020)).toBe(true);
      }
      expect(d.events.filter((e) => e.type === 'apology').length).toBeLessThanOrEqual(1);
      const steps = d.procedure.steps ?? [];
      const forwarded = d.events.filter((e) => e.type === 'forwarded');
      forwarded.forEach((e, i) => {
        expect(e.step).toBe(steps[i + 1]?.name);
        expect(e.to).toBe(steps[i + 1]?.department);
      });
    }
    const resolvedDistrict = district.filter((d) => d.state.finishType === 'resolved' && (d.procedure.steps?.length ?? 0) > 1);
    const withAllSteps = resolvedDistrict.filter((d) => d.events.filter((e) => e.type === 'forwarded').length === d.procedure.steps!.length - 1);
    expect(withAllSteps.length).toBe(resolvedDistrict.length);
    const channels = new Set(dossiers.map((d) => d.channel));
    expect(channels).toEqual(new Set(['direct', 'online', 'postal']));
    expect(dossiers.some((d) => d.events.some((e) => e.type === 'obligation_requested'))).toBe(true);
    expect(dossiers.some((d) => d.events.some((e) => e.type === 'apology'))).toBe(true);
    expect(lines.length).toBeGreaterThanOrEqual(12_000);
    expect(lines.length).toBeLessThanOrEqual(16_000);
  });

  it('is deterministic and fast', () => {
    expect(generateDemoDossiers(catalogue)).toEqual(lines);
    expect(elapsedMs).toBeLessThan(5000);
  });
});
