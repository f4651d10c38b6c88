import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertNoActiveDemoUsers } from '../src/modules/auth/service.js';
import { DEMO_PASSWORD, seedDemoUsers } from '../src/modules/demo/service.js';
import { demoOrganisation, setupDeployment } from '../src/modules/units/service.js';
import { backend, createTestApp, loginAs, readFixture, type TestApp } from './helpers.js';

type Inject = (opts: InjectOptions | string) => Promise<LightMyRequestResponse>;
const applicant = { name: 'Nguyễn Văn An', idNumber: '042090001234', phone: '0912345678' };

describe(`accounts, sessions and scoping (${backend})`, () => {
  let t: TestApp;
  const as: Record<string, Inject> = {};
  const codes: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    await setupDeployment(t.handle.db, demoOrganisation());
    await seedDemoUsers(t.handle.db);
    await t.inject({ method: 'POST', url: '/api/procedures/import', headers: { 'content-type': 'application/x-ndjson' }, payload: readFixture('procedures.jsonl') });
    for (const unit of ['440', '18229', '18244']) {
      const r = await t.inject({ method: 'POST', url: '/api/dossiers', payload: { unit, procedure: '1.001612', channel: 'direct', applicant, action: 'received', at: '2023-05-02T08:00:00+07:00' } });
      codes[unit] = r.json().code;
    }
    for (const u of ['admin', 'quantri.ductho', 'motcua.ductho', 'chuyenvien.tuphap', 'truongphong.tuphap', 'lanhdao.ductho', 'noivu.ductho', 'motcua.thitran', 'lanhdao.thitran']) {
      as[u] = await loginAs(t.app, u, DEMO_PASSWORD);
    }
  }, 120_000);
  afterAll(() => t?.close());

  it('signs in with an httpOnly cookie and a CSRF token; /me answers; logout ends the session', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'Motcua.DucTho', password: DEMO_PASSWORD } });
    expect(res.statusCode, res.body).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'motcua_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const body = res.json();
    expect(body.user).toEqual({ username: 'motcua.ductho', fullName: 'Nguyễn Thị Hoa', role: 'reception', unit: { code: '440', name: 'Huyện Đức Thọ', level: 'district', parentCode: '42', validTo: '2025-06-30' } });
    const me = await t.app.inject({ url: '/api/auth/me', cookies: { motcua_session: cookie.value } });
    expect(me.json().user.username).toBe('motcua.ductho');
    // A change without the CSRF token is refused even with a valid cookie.
    const noCsrf = await t.app.inject({ method: 'POST', url: '/api/auth/logout', cookies: { motcua_session: cookie.value } });
    expect(noCsrf.statusCode).toBe(403);
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', cookies: { motcua_session: cookie.value }, headers: { 'x-csrf-token': body.csrfToken } });
    expect(out.statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/auth/me', cookies: { motcua_session: cookie.value } })).statusCode).toBe(401);
  });

  it('locks an account after 5 wrong passwords, even against the right one', async () => {
    const attempt = (password: string) => t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'lanhdao.truongson', password } });
    for (let i = 0; i < 4; i++) expect((await attempt('wrong-password')).statusCode).toBe(401);
    expect((await attempt('wrong-password')).statusCode).toBe(423);
    const locked = await attempt(DEMO_PASSWORD);
    expect(locked.statusCode).toBe(423);
    expect(locked.json().code).toBe('LOCKED');
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'nobody', password: 'x' } })).statusCode).toBe(401);
  });

  it('anonymous callers get 401 on staff endpoints; public ones stay open', async () => {
    expect((await t.app.inject('/api/dossiers')).statusCode).toBe(401);
    expect((await t.app.inject(`/api/dossiers/${codes['440']}`)).statusCode).toBe(401);
    expect((await t.app.inject('/api/stats/dossiers?unit=440&period=2023-H1')).statusCode).toBe(401);
    expect((await t.app.inject('/api/procedures?q=ho%20kinh%20doanh')).statusCode).toBe(200);
    expect((await t.app.inject('/api/calendar/due?received=2023-01-19T15:00:00%2B07:00&workingDays=2')).statusCode).toBe(200);
  });

  it('a commune officer sees only the own commune: other dossiers answer 404', async () => {
    const list = (await as['motcua.thitran']!('/api/dossiers')).json();
    expect(list.items.map((d: { unit: string }) => d.unit)).toEqual(['18229']);
    expect((await as['motcua.thitran']!(`/api/dossiers/${codes['18244']}`)).statusCode).toBe(404);
    expect((await as['motcua.thitran']!(`/api/dossiers/${codes['440']}`)).statusCode).toBe(404);
    expect((await as['motcua.thitran']!({ method: 'POST', url: `/api/dossiers/${codes['18244']}/events`, payload: { type: 'resolved' } })).statusCode).toBe(404);
    expect((await as['motcua.thitran']!('/api/stats/dossiers?unit=18244&period=2023-H1')).statusCode).toBe(404);
    expect((await as['motcua.thitran']!('/api/stats/dossiers?unit=18229&period=2023-H1')).statusCode).toBe(200);
    // The district sees its communes.
    const district = (await as['lanhdao.ductho']!('/api/dossiers')).json();
    expect(district.items.map((d: { unit: string }) => d.unit).sort()).toEqual(['18229', '18244', '440']);
  });

  it("today's commune (since 01/07/2025) keeps its predecessors' records and receives under its own code", async () => {
    const xa = await loginAs(t.app, 'motcua.xaductho', DEMO_PASSWORD);
    const units = (await xa('/api/dossiers')).json().items.map((d: { unit: string }) => d.unit);
    expect(units).toEqual(['18229']); // Thị trấn Đức Thọ's 2023 dossier; not Trường Sơn's, not the district's
    const r = await xa({ method: 'POST', url: '/api/dossiers', payload: { unit: '18229', procedure: '1.001612', channel: 'direct', applicant, action: 'received' } });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json().code).toMatch(/^000\.01\.42\.H25-\d{6}-0001$/);
    // The district ceased on 01/07/2025: nothing can be received there today.
    const gone = await as['motcua.ductho']!({ method: 'POST', url: '/api/dossiers', payload: { unit: '440', procedure: '1.001612', channel: 'direct', applicant, action: 'received' } });
    expect(gone.statusCode).toBe(404);
  });

  it('a unit that ceased (440 after 30/06/2025) still answers for its history', async () => {
    const overdue = await as['lanhdao.ductho']!('/api/stats/overdue?unit=440&withinDays=1');
    expect(overdue.statusCode, overdue.body).toBe(200);
    const children = (await t.app.inject('/api/units?parent=440')).json() as Array<{ code: string; level: string }>;
    expect(children.filter((u) => u.level === 'commune')).toHaveLength(16);
    expect(children.filter((u) => u.level === 'department')).toHaveLength(12);
  });

  it('a production start refuses active demo accounts', async () => {
    await expect(assertNoActiveDemoUsers(t.handle.db)).rejects.toThrow(/tài khoản mẫu/);
  });

  it('hand-over: a department acts only on dossiers handed to it; the leader approves', async () => {
    const code = codes['440']!;
    const spec = as['chuyenvien.tuphap']!;
    expect((await spec(`/api/dossiers/${code}`)).json().allowedActions).toEqual([]);
    expect((await spec({ method: 'POST', url: `/api/dossiers/${code}/events`, payload: { type: 'forwarded', to: 'Lãnh đạo UBND' } })).statusCode).toBe(403);
    const fwd = await as['motcua.ductho']!({ method: 'POST', url: `/api/dossiers/${code}/events`, payload: { type: 'forwarded', to: '440-TP', step: 'Thẩm định', at: '2023-05-02T09:00:00+07:00' } });
    expect(fwd.statusCode, fwd.body).toBe(200);
    const view = (await spec(`/api/dossiers/${code}`)).json();
    expect(view.unitName).toBe('Huyện Đức Thọ');
    expect((await spec('/api/dossiers?mine=true')).json().items.map((d: { code: string }) => d.code)).toEqual([code]);
    expect((await as['lanhdao.ductho']!('/api/dossiers?mine=true')).json().total).toBe(0);
    expect(view.allowedActions).toContain('forwarded');
    expect(view.allowedActions).not.toContain('resolved'); // a specialist proposes, a leader decides
    expect((await spec({ method: 'POST', url: `/api/dossiers/${code}/events`, payload: { type: 'resolved' } })).statusCode).toBe(403);
    const up = await spec({ method: 'POST', url: `/api/dossiers/${code}/events`, payload: { type: 'forwarded', to: 'Lãnh đạo UBND', step: 'Phê duyệt', at: '2023-05-03T09:00:00+07:00' } });
    expect(up.statusCode, up.body).toBe(200);
    expect((await as['lanhdao.ductho']!(`/api/dossiers?holder=${encodeURIComponent('Lãnh đạo UBND')}`)).json().items.map((d: { code: string }) => d.code)).toEqual([code]);
    const done = await as['lanhdao.ductho']!({ method: 'POST', url: `/api/dossiers/${code}/events`, payload: { type: 'resolved', at: '2023-05-03T10:00:00+07:00' } });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().events.map((e: { actor: string }) => e.actor)).toEqual(['api-token', 'motcua.ductho', 'chuyenvien.tuphap', 'lanhdao.ductho']);
  });

  // Role × endpoint matrix for every mutating endpoint (and the user list): 2xx/4xx-but-not-auth vs 401/403.
  const matrix: Array<{ name: string; request: (n: number) => InjectOptions; allowed: string[] }> = [
    { name: 'POST /api/dossiers (receive)', request: () => ({ method: 'POST', url: '/api/dossiers', payload: { unit: '440', procedure: '1.001612', channel: 'direct', applicant, action: 'received', at: '2023-05-03T08:00:00+07:00' } }), allowed: ['admin', 'motcua.ductho'] },
    { name: 'PUT /api/procedures/{code}', request: (n) => ({ method: 'PUT', url: `/api/procedures/T.${n}`, payload: { name: 'Thử', field: 'Thử', level: 'district', workingDays: 1, onlineLevel: 'none' } }), allowed: ['admin', 'quantri.ductho'] },
    { name: 'POST /api/procedures/import', request: (n) => ({ method: 'POST', url: '/api/procedures/import', headers: { 'content-type': 'application/x-ndjson' }, payload: JSON.stringify({ code: `I.${n}`, name: 'Thử', field: 'Thử', level: 'commune', workingDays: 1, onlineLevel: 'none' }) }), allowed: ['admin', 'quantri.ductho'] },
    { name: 'PUT /api/calendar/years/{year}', request: () => ({ method: 'PUT', url: '/api/calendar/years/2031', payload: { daysOff: ['2031-01-01'], source: 'thử' } }), allowed: ['admin'] },
    { name: 'POST /api/units/import', request: (n) => ({ method: 'POST', url: '/api/units/import', headers: { 'content-type': 'application/x-ndjson' }, payload: JSON.stringify({ code: `9900${n}`, name: 'Xã Thử', level: 'commune', kind: 'Xã', parentCode: '440' }) }), allowed: ['admin'] },
    { name: 'POST /api/dossiers/import', request: () => ({ method: 'POST', url: '/api/dossiers/import', headers: { 'content-type': 'application/x-ndjson' }, payload: '' }), allowed: ['admin'] },
    { name: 'GET /api/users', request: () => ({ method: 'GET', url: '/api/users' }), allowed: ['admin', 'quantri.ductho'] },
    { name: 'POST /api/users', request: (n) => ({ method: 'POST', url: '/api/users', payload: { username: `tester${n}`, fullName: 'Người thử', role: 'reception', unit: '18229', unitOn: '2023-06-14', password: 'mat-khau-dai-du' } }), allowed: ['admin', 'quantri.ductho'] },
  ];
  const staff = ['admin', 'quantri.ductho', 'motcua.ductho', 'chuyenvien.tuphap', 'truongphong.tuphap', 'lanhdao.ductho', 'noivu.ductho'];
  it.each(matrix)('$name: allowed for exactly $allowed', async ({ request, allowed }) => {
    let n = 0;
    for (const user of staff) {
      const res = await as[user]!(request(n++));
      const ok = ![401, 403].includes(res.statusCode);
      expect({ user, ok, status: res.statusCode }).toEqual({ user, ok: allowed.includes(user), status: res.statusCode });
    }
    const anon = await t.app.inject(request(99));
    expect(anon.statusCode).toBe(401);
  });

  it('a unit admin manages accounts only within the unit, and never system admins', async () => {
    const admin = as['quantri.ductho']!;
    const users = (await admin('/api/users')).json() as Array<{ username: string }>;
    expect(users.map((u) => u.username)).toContain('motcua.thitran');
    const promote = await admin({ method: 'POST', url: '/api/users', payload: { username: 'sa2', fullName: 'X', role: 'system_admin', unit: '440', password: 'mat-khau-dai-du' } });
    expect(promote.statusCode).toBe(403);
    const outside = await admin({ method: 'POST', url: '/api/users', payload: { username: 'outside', fullName: 'X', role: 'reception', unit: '18352', password: 'mat-khau-dai-du' } });
    expect(outside.statusCode).toBe(403);
    // 18229 today is Xã Đức Thọ under the province (after 01/07/2025): outside a district admin's reach.
    const today = await admin({ method: 'POST', url: '/api/users', payload: { username: 'xa1', fullName: 'X', role: 'reception', unit: '18229', password: 'mat-khau-dai-du' } });
    expect(today.statusCode).toBe(403);
  });
});
