import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LATE_ASSIGNMENT, seedReformDemo } from '../src/modules/demo/reform.js';
import { DEMO_PASSWORD, seedDemoUsers } from '../src/modules/demo/service.js';
import { demoOrganisation, setupDeployment } from '../src/modules/units/service.js';
import { backend, createTestApp, loginAs, type TestApp } from './helpers.js';

/** The seed report's section I.2 and I.5 figures, computed from the demo data through the API. */
describe(`demo reform data reproduces the seed's H1 2023 figures (${backend})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await setupDeployment(t.handle.db, demoOrganisation());
    await seedDemoUsers(t.handle.db);
    expect(await seedReformDemo(t.handle.db)).toEqual({ plans: 3, assignments: 53 });
  }, 120_000);
  afterAll(() => t?.close());

  it('plan 111/KH-UBND: 16/60 tasks (26,67%) and 22/75 activities (29,33%) done by 14/06/2023', async () => {
    const leader = await loginAs(t.app, 'lanhdao.ductho', DEMO_PASSWORD);
    const plans = (await leader('/api/plans?unit=440&year=2023')).json();
    expect(plans).toEqual([expect.objectContaining({ documentNumber: '111/KH-UBND', documentDate: '2023-01-17', taskCount: 60, activityCount: 75 })]);
    // Without a year, a unit that no longer exists (440 ceased on 30/06/2025) still lists its plans; below=true adds the communes'.
    expect((await leader('/api/plans?unit=440&below=true')).json().map((x: { unit: { code: string } }) => x.unit.code)).toEqual(['440', '18229', '18244']);
    const p = (await leader(`/api/plans/${plans[0].id}/progress?at=2023-06-14`)).json();
    expect(p.tasks).toEqual({ done: 16, total: 60, rate: '26,67%' });
    expect(p.activities).toEqual({ done: 22, total: 75, rate: '29,33%' });
    // Every area of the plan has tasks; the by-area and by-owner figures add up.
    expect(p.byArea.map((a: { tasks: { total: number } }) => a.tasks.total)).toEqual([10, 7, 10, 7, 9, 7, 10]);
    const sum = (rows: Array<{ tasks: { done: number }; activities: { done: number } }>) => [rows.reduce((n, r) => n + r.tasks.done, 0), rows.reduce((n, r) => n + r.activities.done, 0)];
    expect(sum(p.byArea)).toEqual([16, 22]);
    expect(sum(p.byOwner)).toEqual([16, 22]);
    expect(p.overdue.length).toBeGreaterThan(0);
    // The district's view sums the two communes' plans; the other 14 communes have none.
    const roll = (await leader('/api/plans/progress?unit=440&year=2023&at=2023-06-14')).json();
    expect(roll.byUnit.map((u: { unit: { code: string } }) => u.unit.code)).toEqual(['440', '18229', '18244']);
    expect(roll.tasks.total).toBe(60 + 15 + 12);
    expect(roll.withoutPlan).toHaveLength(14);
  });

  it('assigned tasks 2023-H1: 45 with a deadline, 44 on time (97,78%), 1 late (2,22%) named', async () => {
    const s = (await t.inject('/api/assignments/stats?unit=440&period=2023-H1')).json();
    expect(s).toMatchObject({
      from: '2022-12-15',
      to: '2023-06-14',
      withDeadline: 45,
      withoutDeadline: 5,
      onTime: { count: 44, rate: '97,78%' },
      late: { count: 1, rate: '2,22%' },
      overdue: { count: 0, rate: '0,00%' },
      notDue: { count: 0, rate: '0,00%' },
    });
    expect(s.lateItems.map((i: { content: string }) => i.content)).toEqual(['Rà soát hướng tuyến, vị trí nhà ga dự kiến của Dự án đường sắt cao tốc Bắc – Nam']);
    expect(LATE_ASSIGNMENT).toBe(s.lateItems[0].content);
  });

  it('is idempotent', async () => {
    expect(await seedReformDemo(t.handle.db)).toEqual({ plans: 0, assignments: 0 });
    expect((await t.inject('/api/assignments?unit=440&limit=1')).json().total).toBe(53);
  });
});
