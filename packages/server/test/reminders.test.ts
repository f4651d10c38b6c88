import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemoUsers } from '../src/modules/demo/service.js';
import { demoOrganisation, setupDeployment } from '../src/modules/units/service.js';
import { backend, createTestApp, loginAs, type TestApp } from './helpers.js';

type Inject = (opts: InjectOptions | string) => Promise<LightMyRequestResponse>;
type Item = { id: number; content: string; state: string; workingDaysLeft: number; escalate: boolean; escalateTo: Array<{ username: string }>; notify: string[]; deadline: string };

/**
 * The reminders of tasks assigned from above (in-app: the bell and the "Nhắc việc" tab; there
 * is no e-mail or SMS). Judged on Thu 27/04/2023: the official calendar then has the days off
 * 29/04–03/05/2023, so the next working days are Fri 28/04, Thu 04/05, Fri 05/05.
 */
describe(`reminders of assigned tasks (${backend})`, () => {
  let t: TestApp;
  const as: Record<string, Inject> = {};
  const id: Record<string, number> = {};

  const register = async (key: string, over: Record<string, unknown>) => {
    const res = await t.inject({
      method: 'POST',
      url: '/api/assignments',
      payload: { unit: '440', sourceNumber: '900/UBND-NC1', sourceDate: '2023-04-03', issuer: 'province_committee', content: key, leadUnit: '440-NV', ...over },
    });
    expect(res.statusCode, res.body).toBe(201);
    id[key] = res.json().id;
  };

  beforeAll(async () => {
    t = await createTestApp();
    await setupDeployment(t.handle.db, demoOrganisation());
    await seedDemoUsers(t.handle.db);
    for (const u of ['noivu.ductho', 'lanhdao.ductho', 'chuyenvien.tuphap', 'lanhdao.thitran', 'motcua.ductho']) as[u] = await loginAs(t.app, u, DEMO_PASSWORD);
    await register('due today', { deadline: '2023-04-27', assignee: 'Hoàng Thị Thu' });
    await register('due tomorrow', { deadline: '2023-04-28' });
    await register('due after the holidays', { deadline: '2023-05-04' });
    await register('due the day after', { deadline: '2023-05-05' });
    await register('overdue', { deadline: '2023-04-26', assignee: 'Nguyễn Văn An' });
    await register('done', { deadline: '2023-04-20', status: 'done', completedOn: '2023-04-25' });
    await register('standing', { deadline: null });
    await register('justice', { deadline: '2023-04-28', leadUnit: '440-TP' });
    await register('commune overdue', { unit: '18229', leadUnit: '18229', deadline: '2023-04-20' });
  }, 120_000);
  afterAll(() => t?.close());

  const reminders = async (who: Inject, query: string) => {
    const res = await who(`/api/assignments/reminders?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { unit: { code: string }; at: string; horizon: string; items: Item[] };
  };
  const byContent = (items: Item[]) => Object.fromEntries(items.map((i) => [i.content, i]));

  it('due soon: open tasks due within N working days (the horizon skips the days off); done and standing tasks never', async () => {
    const r = await reminders(as['noivu.ductho']!, 'unit=440&withinDays=2&at=2023-04-27');
    expect(r).toMatchObject({ unit: { code: '440' }, at: '2023-04-27', horizon: '2023-05-04' });
    expect(r.items.map((i) => i.content)).toEqual(['overdue', 'due today', 'due tomorrow', 'justice', 'due after the holidays']);
    const m = byContent(r.items);
    expect(m['due today']).toMatchObject({ state: 'due_soon', workingDaysLeft: 0, escalate: false, escalateTo: [], notify: ['Hoàng Thị Thu', 'Phòng Nội vụ'] });
    expect(m['due tomorrow']).toMatchObject({ state: 'due_soon', workingDaysLeft: 1 });
    expect(m['due after the holidays']).toMatchObject({ state: 'due_soon', workingDaysLeft: 2 });
    expect(m['justice']!.notify).toEqual(['Phòng Tư pháp']);
    // One more working day reaches Fri 05/05.
    const three = await reminders(as['noivu.ductho']!, 'unit=440&withinDays=3&at=2023-04-27');
    expect(three.horizon).toBe('2023-05-05');
    expect(three.items.map((i) => i.content)).toContain('due the day after');
    // N = 0: what is due today and what is overdue.
    const zero = await reminders(as['noivu.ductho']!, 'unit=440&withinDays=0&at=2023-04-27');
    expect(zero.horizon).toBe('2023-04-27');
    expect(zero.items.map((i) => i.content)).toEqual(['overdue', 'due today']);
  });

  it('overdue: counted in working days late and escalated to the unit\'s leaders (the district\'s, the commune\'s)', async () => {
    const r = await reminders(as['noivu.ductho']!, 'unit=440&withinDays=2&at=2023-04-27');
    expect(byContent(r.items)['overdue']).toMatchObject({ state: 'overdue', workingDaysLeft: -1, escalate: true, escalateTo: [{ username: 'lanhdao.ductho', fullName: 'Võ Minh Đức' }], notify: ['Nguyễn Văn An', 'Phòng Nội vụ'] });
    // After the days off: Thu 27/04, Fri 28/04 and Thu 04/05 late.
    const later = await reminders(as['noivu.ductho']!, 'unit=440&withinDays=0&at=2023-05-04');
    expect(byContent(later.items)['overdue']).toMatchObject({ workingDaysLeft: -3, escalate: true });
    expect(byContent(later.items)['due today']).toMatchObject({ state: 'overdue', workingDaysLeft: -2 });
    expect(byContent(later.items)['due after the holidays']).toMatchObject({ state: 'due_soon', workingDaysLeft: 0 });
    // The leader sees the same escalations (the bell of lanhdao.ductho).
    const leader = await reminders(as['lanhdao.ductho']!, 'unit=440&withinDays=3&at=2023-04-27');
    expect(leader.items.filter((i) => i.escalate).map((i) => i.content)).toEqual(['overdue']);
    // A commune's overdue task escalates to the commune's leader, not the district's; the
    // district's own list does not mix it in.
    expect(r.items.map((i) => i.content)).not.toContain('commune overdue');
    const commune = await reminders(as['lanhdao.thitran']!, 'unit=18229&withinDays=3&at=2023-04-27');
    expect(commune.items).toEqual([expect.objectContaining({ content: 'commune overdue', state: 'overdue', escalate: true, escalateTo: [{ username: 'lanhdao.thitran', fullName: expect.any(String) }] })]);
  });

  it('a department sees the tasks it leads only; other units answer 404; bad queries 400', async () => {
    const dept = await reminders(as['chuyenvien.tuphap']!, 'unit=440&withinDays=3&at=2023-04-27');
    expect(dept.items.map((i) => i.content)).toEqual(['justice']);
    expect((await as['lanhdao.thitran']!('/api/assignments/reminders?unit=440&at=2023-04-27')).statusCode).toBe(404);
    expect((await as['noivu.ductho']!('/api/assignments/reminders?unit=99999')).statusCode).toBe(404);
    expect((await as['noivu.ductho']!('/api/assignments/reminders?unit=440&withinDays=61')).statusCode).toBe(400);
    expect((await as['noivu.ductho']!('/api/assignments/reminders?unit=440&at=2023-02-30')).statusCode).toBe(400);
    expect((await t.app.inject('/api/assignments/reminders?unit=440')).statusCode).toBe(401);
    // Default N = 3 working days.
    expect((await reminders(as['motcua.ductho']!, 'unit=440&at=2023-04-27')).horizon).toBe('2023-05-05');
  });

  it('completing a task takes it out of the reminders; reopening brings it back', async () => {
    const officer = as['noivu.ductho']!;
    expect((await officer({ method: 'POST', url: `/api/assignments/${id['overdue']}/progress`, payload: { status: 'done', completedOn: '2023-04-27' } })).statusCode).toBe(200);
    expect((await reminders(officer, 'unit=440&withinDays=0&at=2023-04-27')).items.map((i) => i.content)).toEqual(['due today']);
    expect((await officer({ method: 'POST', url: `/api/assignments/${id['overdue']}/progress`, payload: { status: 'in_progress' } })).statusCode).toBe(200);
    expect((await reminders(officer, 'unit=440&withinDays=0&at=2023-04-27')).items.map((i) => i.content)).toEqual(['overdue', 'due today']);
  });

  it('a user of a ceased commune means its own version of a reused code, not the successor', async () => {
    // 18229 is Thị trấn Đức Thọ until 30/06/2025 and Xã Đức Thọ after (the code was reused).
    const res = await as['lanhdao.thitran']!('/api/assignments/reminders?unit=18229&at=2026-11-26');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().unit.name).toMatch(/Thị trấn Đức Thọ/);
    expect((await as['lanhdao.thitran']!('/api/stats/overdue?unit=18229')).statusCode).toBe(200);
  });
});
