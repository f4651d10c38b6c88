import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemoUsers } from '../src/modules/demo/service.js';
import { demoOrganisation, setupDeployment } from '../src/modules/units/service.js';
import { backend, createTestApp, loginAs, type TestApp } from './helpers.js';

type Inject = (opts: InjectOptions | string) => Promise<LightMyRequestResponse>;

const body = (over: Record<string, unknown> = {}) => ({
  unit: '440',
  sourceNumber: '215/UBND-NC1',
  sourceDate: '2023-04-03',
  issuer: 'province_committee',
  content: 'Báo cáo kết quả thực hiện nhiệm vụ',
  deadline: '2023-04-14',
  leadUnit: '440-TP',
  ...over,
});

describe(`tasks assigned from above through the API (${backend})`, () => {
  let t: TestApp;
  const as: Record<string, Inject> = {};
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    t = await createTestApp();
    await setupDeployment(t.handle.db, demoOrganisation());
    await seedDemoUsers(t.handle.db);
    for (const u of ['noivu.ductho', 'lanhdao.ductho', 'motcua.ductho', 'motcua.thitran', 'chuyenvien.tuphap', 'truongphong.tuphap', 'chuyenvien.tnmt']) {
      as[u] = await loginAs(t.app, u, DEMO_PASSWORD);
    }
  }, 120_000);
  afterAll(() => t?.close());

  const count = async () => (await t.inject('/api/assignments?limit=1')).json().total as number;

  it('the reform officer registers tasks (with a deadline or "thường xuyên")', async () => {
    const cases: Record<string, Record<string, unknown>> = {
      onTime: { content: 'Góp ý dự thảo Nghị quyết HĐND tỉnh', status: 'done', completedOn: '2023-04-12', reportNumber: '301/BC-UBND', reportDate: '2023-04-12' },
      late: { content: 'Rà soát hướng tuyến, vị trí nhà ga dự kiến của Dự án đường sắt cao tốc Bắc – Nam', issuer: 'province_chairman', leadUnit: 'Phòng Kinh tế - Hạ tầng', deadline: '2023-04-20' },
      overdue: { content: 'Kiểm tra vi phạm đất đai', leadUnit: '440-TNMT', deadline: '2023-05-04' },
      notDue: { content: 'Rà soát quy hoạch sử dụng đất', leadUnit: '440-TNMT', deadline: '2023-07-31' },
      standing: { content: 'Thường xuyên tuyên truyền pháp luật', deadline: null, issuer: 'other', issuerName: 'Sở Tư pháp' },
    };
    for (const [key, over] of Object.entries(cases)) {
      const res = await as['noivu.ductho']!({ method: 'POST', url: '/api/assignments', payload: body(over) });
      expect(res.statusCode, res.body).toBe(201);
      ids[key] = res.json().id;
    }
    const standing = (await as['lanhdao.ductho']!(`/api/assignments/${ids['standing']}`)).json();
    expect(standing).toMatchObject({ deadline: null, deadlineLabel: 'Thường xuyên', source: 'Văn bản số 215/UBND-NC1 ngày 03/04/2023 của Sở Tư pháp', leadUnit: { code: '440-TP' }, outcome: 'no_deadline' });
    const late = (await t.inject(`/api/assignments/${ids['late']}`)).json();
    expect(late).toMatchObject({ leadUnit: { code: '440-KTHT', name: 'Phòng Kinh tế - Hạ tầng' }, source: 'Văn bản số 215/UBND-NC1 ngày 03/04/2023 của Chủ tịch UBND tỉnh', outcome: 'overdue' });
  });

  it('rejects invalid input with every field and stores nothing', async () => {
    const before = await count();
    const bad = await t.inject({ method: 'POST', url: '/api/assignments', payload: body({ sourceNumber: '', sourceDate: '2023-02-30', issuer: 'ministry', content: '' }) });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues.map((i: { field: string }) => i.field)).toEqual(expect.arrayContaining(['body.sourceNumber', 'body.sourceDate', 'body.issuer', 'body.content']));
    const rules = await t.inject({ method: 'POST', url: '/api/assignments', payload: body({ deadline: '2023-03-01', status: 'done' }) });
    expect(rules.statusCode).toBe(400);
    expect(rules.json().issues.map((i: { field: string }) => i.field)).toEqual(['body.deadline', 'body.completedOn']);
    expect((await t.inject({ method: 'POST', url: '/api/assignments', payload: body({ issuer: 'other' }) })).json().issues[0].field).toBe('body.issuerName');
    expect((await t.inject({ method: 'POST', url: '/api/assignments', payload: body({ leadUnit: 'Phòng Không Có' }) })).json().issues[0].field).toBe('body.leadUnit');
    expect((await t.inject({ method: 'POST', url: '/api/assignments', payload: body({ status: 'done', completedOn: '2999-01-01' }) })).json().issues[0].field).toBe('body.completedOn');
    expect((await t.inject({ method: 'POST', url: '/api/assignments', payload: body({ unit: '99999' }) })).statusCode).toBe(404);
    expect(await count()).toBe(before);
  });

  it('roles: leaders and the desk cannot register (403); the lead unit reports progress, other departments cannot', async () => {
    expect((await as['lanhdao.ductho']!({ method: 'POST', url: '/api/assignments', payload: body() })).statusCode).toBe(403);
    expect((await as['motcua.ductho']!({ method: 'POST', url: '/api/assignments', payload: body() })).statusCode).toBe(403);
    expect((await as['chuyenvien.tuphap']!({ method: 'POST', url: '/api/assignments', payload: body() })).statusCode).toBe(403);
    expect((await as['lanhdao.ductho']!({ method: 'POST', url: `/api/assignments/${ids['standing']}/progress`, payload: { note: 'x' } })).statusCode).toBe(403);
    // Phòng Tư pháp leads "standing"; Phòng TN&MT does not.
    expect((await as['chuyenvien.tnmt']!({ method: 'POST', url: `/api/assignments/${ids['standing']}/progress`, payload: { note: 'x' } })).statusCode).toBe(403);
    const note = await as['chuyenvien.tuphap']!({ method: 'POST', url: `/api/assignments/${ids['standing']}/progress`, payload: { note: 'Đã đăng 06 tin bài trên cổng thông tin của Sở Tư pháp' } });
    expect(note.statusCode, note.body).toBe(200);
    expect(note.json().notes).toEqual([expect.objectContaining({ author: 'chuyenvien.tuphap', note: 'Đã đăng 06 tin bài trên cổng thông tin của Sở Tư pháp' })]);
    // The department's queue: tasks its unit leads.
    const mine = (await as['truongphong.tuphap']!('/api/assignments?mine=true')).json();
    expect(mine.items.map((i: { id: number }) => i.id).sort()).toEqual([ids['onTime'], ids['standing']].sort());
    // Completing late (by the reform officer) is logged as a note.
    const done = await as['noivu.ductho']!({ method: 'POST', url: `/api/assignments/${ids['late']}/progress`, payload: { status: 'done', completedOn: '2023-04-27', reportNumber: '356/BC-UBND', reportDate: '2023-04-27' } });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'done', completedOn: '2023-04-27', outcome: 'late', reportNumber: '356/BC-UBND' });
    expect(done.json().notes[0].note).toBe('[Hoàn thành ngày 27/04/2023] [Báo cáo số 356/BC-UBND ngày 27/04/2023]');
    // Done without a date: 400, nothing changed.
    const bad = await as['noivu.ductho']!({ method: 'POST', url: `/api/assignments/${ids['overdue']}/progress`, payload: { status: 'done' } });
    expect(bad.statusCode).toBe(400);
    expect((await t.inject(`/api/assignments/${ids['overdue']}`)).json()).toMatchObject({ status: 'not_started', notes: [] });
    // Editing the registration is the writers' job.
    expect((await as['chuyenvien.tuphap']!({ method: 'PATCH', url: `/api/assignments/${ids['standing']}`, payload: { content: 'x' } })).statusCode).toBe(403);
    const edit = await as['noivu.ductho']!({ method: 'PATCH', url: `/api/assignments/${ids['notDue']}`, payload: { assignee: 'Đặng Quốc Huy' } });
    expect(edit.json().assignee).toBe('Đặng Quốc Huy');
    expect((await as['noivu.ductho']!({ method: 'PATCH', url: `/api/assignments/${ids['notDue']}`, payload: { deadline: '2023-01-01' } })).statusCode).toBe(400);
  });

  it('scope: a commune officer cannot see the district\'s tasks (404)', async () => {
    const c = as['motcua.thitran']!;
    expect((await c(`/api/assignments/${ids['late']}`)).statusCode).toBe(404);
    expect((await c('/api/assignments')).json().total).toBe(0);
    expect((await c('/api/assignments/stats?unit=440&period=2023-H1')).statusCode).toBe(404);
    expect((await c('/api/assignments/reminders?unit=440')).statusCode).toBe(404);
    expect((await t.app.inject('/api/assignments')).statusCode).toBe(401);
  });

  it('statistics of a period: with a deadline, on time, late (named), overdue, not yet due, with rates', async () => {
    const s = (await as['lanhdao.ductho']!('/api/assignments/stats?unit=440&from=2023-04-01&to=2023-05-14')).json();
    expect(s).toMatchObject({
      total: 5,
      withDeadline: 4,
      withoutDeadline: 1,
      onTime: { count: 1, rate: '25,00%' },
      late: { count: 1, rate: '25,00%' },
      overdue: { count: 1, rate: '25,00%' },
      notDue: { count: 1, rate: '25,00%' },
    });
    expect(s.lateItems).toEqual([expect.objectContaining({ content: 'Rà soát hướng tuyến, vị trí nhà ga dự kiến của Dự án đường sắt cao tốc Bắc – Nam', deadline: '2023-04-20', completedOn: '2023-04-27', daysLate: 7 })]);
    expect(s.overdueItems.map((i: { content: string }) => i.content)).toEqual(['Kiểm tra vi phạm đất đai']);
    // As of the end of the deadline day itself, an open task is overdue; the day before, it is not yet due.
    const before = (await t.inject('/api/assignments/stats?unit=440&from=2023-04-01&to=2023-05-03')).json();
    expect(before.overdue.count).toBe(0);
    expect(before.notDue.count).toBe(2);
    // Named periods use the 15th → 14th cut-off; a task assigned in an earlier period and still open is carried over.
    const h1 = (await t.inject('/api/assignments/stats?unit=440&period=2023-H1')).json();
    expect(h1).toMatchObject({ from: '2022-12-15', to: '2023-06-14', period: '2023-H1', withDeadline: 4 });
    const h2 = (await t.inject('/api/assignments/stats?unit=440&period=2023-H2')).json();
    expect(h2).toMatchObject({ total: 3, withDeadline: 2, overdue: { count: 2, rate: '100,00%' } });
    expect((await t.inject('/api/assignments/stats?unit=440&period=2023-X9')).statusCode).toBe(400);
    expect((await t.inject('/api/assignments/stats?unit=440')).statusCode).toBe(400);
  });

  it('reminders: due within N working days (the calendar skips 29/04–03/05/2023) and overdue ones escalated to the leaders', async () => {
    const r = (await as['noivu.ductho']!('/api/assignments/reminders?unit=440&withinDays=2&at=2023-04-27')).json();
    // Thu 27/04 + 2 working days: Fri 28/04, then the holidays 29/04–03/05, Thu 04/05.
    expect(r.horizon).toBe('2023-05-04');
    expect(r.items.map((i: { id: number; state: string }) => [i.id, i.state])).toEqual([[ids['overdue'], 'due_soon']]);
    expect(r.items[0]).toMatchObject({ workingDaysLeft: 2, escalate: false, notify: ['Phòng Tài nguyên và Môi trường'] });
    const later = (await as['noivu.ductho']!('/api/assignments/reminders?unit=440&withinDays=1&at=2023-05-08')).json();
    expect(later.items[0]).toMatchObject({ id: ids['overdue'], state: 'overdue', workingDaysLeft: -2, escalate: true, escalateTo: [{ username: 'lanhdao.ductho', fullName: 'Võ Minh Đức' }] });
    // A department sees its own tasks only.
    expect((await as['chuyenvien.tuphap']!('/api/assignments/reminders?unit=440&withinDays=1&at=2023-05-08')).json().items).toEqual([]);
    expect((await as['chuyenvien.tnmt']!('/api/assignments/reminders?unit=440&withinDays=1&at=2023-05-08')).json().items).toHaveLength(1);
  });

  it('deletes (writers only) and documents every route in OpenAPI', async () => {
    expect((await as['lanhdao.ductho']!({ method: 'DELETE', url: `/api/assignments/${ids['notDue']}` })).statusCode).toBe(403);
    expect((await as['noivu.ductho']!({ method: 'DELETE', url: `/api/assignments/${ids['notDue']}` })).statusCode).toBe(200);
    expect((await t.inject(`/api/assignments/${ids['notDue']}`)).statusCode).toBe(404);
    const doc = (await t.app.inject('/docs/json')).json();
    for (const p of ['/api/assignments', '/api/assignments/{id}', '/api/assignments/{id}/progress', '/api/assignments/stats', '/api/assignments/reminders']) expect(doc.paths[p], p).toBeDefined();
  });

  it("statistics roll up the communes: scope=children counts the communes' tasks, scope=all adds the district's own; the default is unchanged", async () => {
    // Thị trấn Đức Thọ: done late; Xã Trường Sơn: done on time and one open past its deadline.
    const commune = [
      body({ unit: '18229', leadUnit: '18229', content: 'Rà soát TTHC cấp xã', deadline: '2023-04-10', status: 'done', completedOn: '2023-04-12' }),
      body({ unit: '18244', leadUnit: '18244', content: 'Niêm yết TTHC', deadline: '2023-04-20', status: 'done', completedOn: '2023-04-18' }),
      body({ unit: '18244', leadUnit: '18244', content: 'Số hóa hồ sơ', deadline: '2023-05-05' }),
    ];
    for (const c of commune) expect((await t.inject({ method: 'POST', url: '/api/assignments', payload: c })).statusCode).toBe(201);
    const q = '/api/assignments/stats?unit=440&from=2023-04-01&to=2023-05-14';
    const self = (await as['lanhdao.ductho']!(q)).json();
    expect((await as['lanhdao.ductho']!(`${q}&scope=self`)).json()).toEqual(self);
    expect(self).toMatchObject({ scope: 'self', total: 4, withDeadline: 3, byUnit: [{ unit: { code: '440' }, total: 4, withDeadline: 3 }] });

    const children = (await as['lanhdao.ductho']!(`${q}&scope=children`)).json();
    expect(children).toMatchObject({ scope: 'children', total: 3, withDeadline: 3, onTime: { count: 1, rate: '33,33%' }, late: { count: 1, rate: '33,33%' }, overdue: { count: 1, rate: '33,33%' }, notDue: { count: 0 } });
    expect(children.lateItems).toEqual([expect.objectContaining({ content: 'Rà soát TTHC cấp xã', unit: { code: '18229', name: 'Thị trấn Đức Thọ' }, daysLate: 2 })]);
    expect(children.overdueItems.map((i: { unit: { code: string } }) => i.unit.code)).toEqual(['18244']);
    // Every commune of the district is listed, with zeros where nothing was assigned.
    expect(children.byUnit).toHaveLength(16);
    expect(children.byUnit.find((u: { unit: { code: string } }) => u.unit.code === '18244')).toEqual({ unit: { code: '18244', name: 'Xã Trường Sơn' }, total: 2, withDeadline: 2, onTime: 1, late: 0, overdue: 1, notDue: 0 });
    expect(children.byUnit.find((u: { unit: { code: string } }) => u.unit.code === '18262')).toMatchObject({ total: 0 });

    const all = (await as['lanhdao.ductho']!(`${q}&scope=all`)).json();
    expect(all).toMatchObject({ scope: 'all', total: self.total + 3, withDeadline: self.withDeadline + 3, late: { count: self.late.count + 1 } });
    expect(all.byUnit[0].unit.code).toBe('440');
    expect(all.lateItems.map((i: { unit: { code: string } }) => i.unit.code).sort()).toEqual(['18229', '440']);

    // A commune has no communes below it; it cannot look at the district's roll-up.
    const own = (await as['motcua.thitran']!('/api/assignments/stats?unit=18229&from=2023-04-01&to=2023-05-14&scope=children')).json();
    expect(own).toMatchObject({ total: 0, byUnit: [] });
    expect((await as['motcua.thitran']!('/api/assignments/stats?unit=18229&from=2023-04-01&to=2023-05-14')).json()).toMatchObject({ total: 1, late: { count: 1 } });
    expect((await as['motcua.thitran']!(`${q}&scope=all`)).statusCode).toBe(404);
    expect((await t.inject(`${q}&scope=province`)).statusCode).toBe(400);
  });
});
