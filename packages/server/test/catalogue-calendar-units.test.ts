import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backend, createTestApp, readFixture, type TestApp } from './helpers.js';

const ndjson = { 'content-type': 'application/x-ndjson' };

describe(`procedures, calendar and units (${backend})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    const r = await t.inject({ method: 'POST', url: '/api/procedures/import', headers: ndjson, payload: readFixture('procedures.jsonl') });
    expect(r.statusCode, r.body).toBe(200);
  });
  afterAll(() => t?.close());

  it('finds procedures without diacritics', async () => {
    for (const q of ['dang ky ho kinh doanh', 'ĐĂNG KÝ HỘ', 'Đăng ký hộ kinh doanh']) {
      const res = await t.inject({ url: `/api/procedures?q=${encodeURIComponent(q)}` });
      expect(res.json().items.map((p: { code: string }) => p.code), q).toContain('1.001612');
    }
    expect((await t.inject({ url: '/api/procedures?q=xay%20dung' })).json().items[0].name).toContain('xây dựng');
  });

  it('versions a changed procedure; same content is no change', async () => {
    const first = readFixture('procedures.jsonl').split('\n')[0]!;
    const same = await t.inject({ method: 'POST', url: '/api/procedures/import', headers: ndjson, payload: first });
    expect(same.json()).toMatchObject({ unchanged: 1, created: 0, updated: 0 });
    const changed = JSON.stringify({ ...JSON.parse(first), workingDays: 4 });
    const upd = await t.inject({ method: 'POST', url: '/api/procedures/import', headers: ndjson, payload: changed });
    expect(upd.json()).toMatchObject({ updated: 1 });
    const p = (await t.inject({ url: '/api/procedures/1.001612' })).json();
    expect(p).toMatchObject({ version: 2, workingDays: 4 });
    await t.inject({ method: 'POST', url: '/api/procedures/import', headers: ndjson, payload: first });
  });

  it('rejects a bad catalogue line by line, writing nothing', async () => {
    const bad = [
      JSON.stringify({ code: 'N1', name: 'Mới', field: 'X', level: 'district', workingDays: 1, onlineLevel: 'full' }),
      JSON.stringify({ code: 'N2', name: 'Mới', field: 'X', level: 'ward', workingDays: -1, onlineLevel: 'full' }),
      JSON.stringify({ code: 'N3', name: 'Bước', field: 'X', level: 'district', workingDays: 3, onlineLevel: 'none', steps: [{ name: 'A', workingDays: 1 }] }),
    ].join('\n');
    const res = await t.inject({ method: 'POST', url: '/api/procedures/import', headers: ndjson, payload: bad });
    expect(res.statusCode).toBe(400);
    expect(res.json().issues.map((i: { line: number; field: string }) => `${i.line}:${i.field}`)).toEqual(['2:level', '2:workingDays', '3:steps']);
    expect((await t.inject({ url: '/api/procedures/N1' })).statusCode).toBe(404);
  });

  it('counts procedures per level and online service', async () => {
    const c = (await t.inject({ url: '/api/procedures/counts' })).json();
    expect(c.district.published).toBeGreaterThan(0);
    expect(c.district.online).toBe(c.district.full + c.district.partial);
  });

  it('computes the due instant (API) and explains it', async () => {
    const res = await t.inject({ url: '/api/calendar/due?received=2023-01-19T15:00:00%2B07:00&workingDays=2' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().dueAt).toBe('2023-01-30T15:00:00+07:00');
    expect(res.json().explanation.skippedDays).toContainEqual({ date: '2023-01-20', reason: 'day_off' });
    expect((await t.inject({ url: '/api/calendar/due?received=2023-01-19T15:00:00&workingDays=2' })).statusCode).toBe(400);
    expect((await t.inject({ url: '/api/calendar/due?received=2023-01-19T15:00:00%2B07:00&workingDays=0' })).statusCode).toBe(400);
  });

  it('shows reviewed and derived years, and an admin edit recomputes due instants', async () => {
    const y2023 = (await t.inject({ url: '/api/calendar/years/2023' })).json();
    expect(y2023).toMatchObject({ reviewed: true });
    expect(y2023.daysOff).toContain('2023-01-20');
    const y2030 = (await t.inject({ url: '/api/calendar/years/2030' })).json();
    expect(y2030.reviewed).toBe(false);
    expect(y2030.daysOff).toContain('2030-04-30');
    // Received Fri 10/03/2023 08:00 with 1 working day → due Mon 13/03 08:00.
    await t.inject({
      method: 'POST', url: '/api/dossiers/import', headers: ndjson,
      payload: JSON.stringify({ code: 'CAL-1', unit: '440', procedure: '1.003005', channel: 'direct', applicant: { name: 'Lê Văn C' }, workingDays: 1, events: [{ type: 'received', at: '2023-03-10T08:00:00+07:00' }] }),
    });
    expect((await t.inject({ url: '/api/dossiers/CAL-1' })).json().dueAt).toBe('2023-03-13T08:00:00+07:00');
    const put = await t.inject({
      method: 'PUT', url: '/api/calendar/years/2023', headers: { 'content-type': 'application/json' },
      payload: { daysOff: [...y2023.daysOff, '2023-03-13'], extraWorkingDays: [], reviewed: true, source: 'Thử nghiệm: nghỉ bù 13/03' },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().recomputedDossiers).toBe(1);
    expect((await t.inject({ url: '/api/dossiers/CAL-1' })).json().dueAt).toBe('2023-03-14T08:00:00+07:00');
    const bad = await t.inject({
      method: 'PUT', url: '/api/calendar/years/2023', headers: { 'content-type': 'application/json' },
      payload: { daysOff: ['2023-03-11', '2024-01-01'], extraWorkingDays: ['2023-03-15'], source: 'x' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues.map((i: { field: string }) => i.field)).toEqual(['daysOff.0', 'daysOff.1', 'extraWorkingDays.0']);
  });

  it('keeps units with validity dates: 18229 is a thị trấn in 2023 and a xã since 07/2025', async () => {
    const old = (await t.inject({ url: '/api/units/18229?at=2023-06-14' })).json();
    expect(old).toMatchObject({ name: 'Thị trấn Đức Thọ', parentCode: '440', validTo: '2025-06-30' });
    expect(old.successors).toEqual([{ code: '18229', name: 'Xã Đức Thọ', effective: '2025-07-01' }]);
    const now = (await t.inject({ url: '/api/units/18229?at=2026-01-01' })).json();
    expect(now).toMatchObject({ name: 'Xã Đức Thọ', parentCode: '42', validFrom: '2025-07-01' });
    const communes = (await t.inject({ url: '/api/units?parent=440&at=2023-06-14&level=commune' })).json();
    expect(communes).toHaveLength(16);
    expect((await t.inject({ url: '/api/units?parent=440&at=2026-01-01' })).statusCode).toBe(404);
    const provinces = (await t.inject({ url: '/api/units?level=province&at=2023-01-01&limit=100' })).json();
    expect(provinces).toHaveLength(63);
    const alias = (await t.inject({ url: '/api/units/18232?at=2023-01-01' })).json();
    expect(alias.name).toBe('Xã Quang Vĩnh');
  });
});
