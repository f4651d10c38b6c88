import { STAT_FIELDS, emptyStats, statsInvariantHolds, type DossierStats } from '@motcua/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backend, createTestApp, readFixture, type TestApp } from './helpers.js';

/**
 * The public contract fixture (shared/fixtures/stats-public): imported through the HTTP API,
 * every figure of every unit and period must match, on PGlite and on PostgreSQL.
 */
type Expected = Record<string, { from: string; to: string; self: DossierStats; children: DossierStats; byUnit: Record<string, DossierStats> }>;
const expected = JSON.parse(readFixture('expected.json')) as Expected;

describe(`public fixture statistics (${backend})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    const p = await t.inject({ method: 'POST', url: '/api/procedures/import', headers: { 'content-type': 'application/x-ndjson' }, payload: readFixture('procedures.jsonl') });
    expect(p.statusCode, p.body).toBe(200);
    const d = await t.inject({ method: 'POST', url: '/api/dossiers/import', headers: { 'content-type': 'application/x-ndjson' }, payload: readFixture('dossiers.jsonl') });
    expect(d.statusCode, d.body).toBe(200);
    expect(d.json()).toMatchObject({ total: 2000, created: 2000, unchanged: 0 });
  });
  afterAll(() => t?.close());

  for (const [name, exp] of Object.entries(expected)) {
    it(`${name} by named period and by dates`, async () => {
      for (const query of [`period=${name}`, `from=${exp.from}&to=${exp.to}`]) {
        const res = await t.inject({ url: `/api/stats/dossiers?unit=440&${query}` });
        expect(res.statusCode, res.body).toBe(200);
        const body = res.json() as { unit: string; from: string; to: string; self: DossierStats; children: DossierStats; byUnit: Record<string, DossierStats> };
        expect(body).toMatchObject({ unit: '440', from: exp.from, to: exp.to });
        expect(body.self).toEqual(exp.self);
        expect(body.children).toEqual(exp.children);
        for (const [unit, figures] of Object.entries(body.byUnit)) {
          expect(statsInvariantHolds(figures)).toBe(true);
          expect({ unit, ...figures }).toEqual({ unit, ...(exp.byUnit[unit] ?? emptyStats()) });
        }
        for (const unit of Object.keys(exp.byUnit)) expect(body.byUnit).toHaveProperty(unit);
        expect(Object.keys(body.self).sort()).toEqual([...STAT_FIELDS].sort());
      }
    });
  }

  it('by field: the rows add up to the unit and its communes', async () => {
    const res = await t.inject('/api/stats/dossiers/by-field?unit=440&period=2023-H1');
    expect(res.statusCode, res.body).toBe(200);
    const rows = res.json().rows as Array<{ level: string; field: string; figures: DossierStats }>;
    const sum = emptyStats();
    for (const r of rows) for (const f of STAT_FIELDS) sum[f] += r.figures[f];
    const exp = expected['2023-H1']!;
    for (const f of STAT_FIELDS) expect({ f, v: sum[f] }).toEqual({ f, v: exp.self[f] + exp.children[f] });
    expect(rows[0]!.level).toBe('district');
    const self = (await t.inject('/api/stats/dossiers/by-field?unit=440&period=2023-H1&scope=self')).json().rows as Array<{ figures: DossierStats }>;
    expect(self.reduce((n, r) => n + r.figures.receivedTotal, 0)).toBe(exp.self.receivedTotal);
  });

  it('drill-down: each figure opens exactly its dossiers', async () => {
    const exp = expected['2023-H1']!;
    const kinds = ['resolvedEarly', 'resolvedOnTime', 'resolvedOverdue', 'inProgressOnTime', 'inProgressOverdue', 'awaitingSupplement', 'awaitingObligation', 'rejected', 'withdrawn', 'carriedOver', 'receivedOnline', 'receivedDirect', 'ratedDissatisfied'] as const;
    for (const kind of kinds) {
      const res = await t.inject(`/api/stats/drilldown?unit=440&period=2023-H1&kind=${kind}&scope=self&limit=5`);
      expect(res.statusCode, res.body).toBe(200);
      expect({ kind, total: res.json().total }).toEqual({ kind, total: exp.self[kind] });
      expect(res.json().items.length).toBe(Math.min(5, exp.self[kind]));
    }
    const all = (await t.inject('/api/stats/drilldown?unit=440&period=2023-H1&kind=resolvedOverdue')).json();
    expect(all.total).toBe(exp.self.resolvedOverdue + exp.children.resolvedOverdue);
  });

  it('trend: each reporting month equals the month period', async () => {
    const res = await t.inject('/api/stats/trend?unit=440&from=2023-01&to=2023-06');
    expect(res.statusCode, res.body).toBe(200);
    const months = res.json().months as Array<{ month: string; from: string; self: DossierStats }>;
    expect(months.map((m) => m.month)).toEqual(['2023-01', '2023-02', '2023-03', '2023-04', '2023-05', '2023-06']);
    expect(months[0]!.from).toBe('2022-12-15');
    const may = (await t.inject('/api/stats/dossiers?unit=440&period=2023-M05')).json().self;
    expect(months[4]!.self).toEqual(may);
    expect(may).toEqual(expected['2023-M05']!.self);
  });

  it('re-importing the same file changes nothing', async () => {
    const d = await t.inject({ method: 'POST', url: '/api/dossiers/import', headers: { 'content-type': 'application/x-ndjson' }, payload: readFixture('dossiers.jsonl') });
    expect(d.json()).toMatchObject({ total: 2000, created: 0, unchanged: 2000 });
  });

  it('export → import into an empty database gives the same statistics', async () => {
    const exported = await t.inject({ url: '/api/dossiers/export' });
    expect(exported.statusCode).toBe(200);
    expect(exported.body.trim().split('\n')).toHaveLength(2000);
    // Same database: an export re-imports as "unchanged".
    const again = await t.inject({ method: 'POST', url: '/api/dossiers/import', headers: { 'content-type': 'application/x-ndjson' }, payload: exported.body });
    expect(again.json(), again.body).toMatchObject({ created: 0, unchanged: 2000 });
    const other = await createTestApp();
    try {
      await other.inject({ method: 'POST', url: '/api/procedures/import', headers: { 'content-type': 'application/x-ndjson' }, payload: readFixture('procedures.jsonl') });
      const r = await other.inject({ method: 'POST', url: '/api/dossiers/import', headers: { 'content-type': 'application/x-ndjson' }, payload: exported.body });
      expect(r.statusCode, r.body).toBe(200);
      const res = await other.inject({ url: '/api/stats/dossiers?unit=440&period=2023-H1' });
      expect(res.json().self).toEqual(expected['2023-H1']!.self);
      expect(res.json().children).toEqual(expected['2023-H1']!.children);
    } finally {
      await other.close();
    }
  });
});
