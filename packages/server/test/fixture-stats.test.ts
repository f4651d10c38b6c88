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
