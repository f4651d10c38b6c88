import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../src/modules/demo/service.js';
import { backend, createTestApp, type TestApp } from './helpers.js';

/**
 * The demo district is the seed report: after `seed demo` on an empty database, the H1 2023
 * statistics of Đức Thọ are exactly the seed's (statistics.md "The seed's own figures").
 */
describe(`demo district = the seed report (${backend})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.handle.db);
  }, 300_000);
  afterAll(() => t?.close());

  it('catalogue: 254 district / 188 commune procedures, 186 = 131 + 55 and 90 = 67 + 23 online', async () => {
    const c = (await t.inject({ url: '/api/procedures/counts' })).json();
    expect(c.district).toEqual({ published: 254, online: 186, full: 131, partial: 55 });
    expect(c.commune).toEqual({ published: 188, online: 90, full: 67, partial: 23 });
  });

  it('district desk and communes, 15/12/2022–14/06/2023', async () => {
    const s = (await t.inject({ url: '/api/stats/dossiers?unit=440&from=2022-12-15&to=2023-06-14' })).json();
    expect(s.self).toMatchObject({
      receivedTotal: 3622,
      receivedDirect: 1448,
      carriedOver: 1004,
      receivedOnline: 1170,
      resolvedTotal: 2965,
      resolvedOverdue: 0,
      inProgressTotal: 70,
      inProgressOverdue: 0,
      awaitingSupplement: 541,
      returnedTotal: 46,
      ratedVerySatisfied: 1144,
      ratedSatisfied: 14,
      ratedDissatisfied: 0,
      resultsByPost: 178,
    });
    expect(s.children).toMatchObject({
      receivedTotal: 7432,
      receivedDirect: 2687,
      carriedOver: 4,
      receivedOnline: 4741,
      resolvedTotal: 7404,
      resolvedOverdue: 20,
      inProgressTotal: 9,
      inProgressOverdue: 0,
      awaitingSupplement: 3,
      awaitingObligation: 1,
      returnedTotal: 15,
    });
    expect(s.children.resolvedEarly + s.children.resolvedOnTime).toBe(7384);
    expect(Object.keys(s.byUnit)).toHaveLength(1 + 16 + 12); // desk, communes, departments
  });

  it('1.170 of the 1.230 dossiers of fully-online procedures were submitted online (95,12%)', async () => {
    const i = (await t.inject({ url: '/api/stats/indicators?unit=440&period=2023-H1' })).json();
    expect(i.self).toMatchObject({ fullOnlineDossiers: 1230, fullOnlineSubmittedOnline: 1170, fullOnlineRate: '95,12%' });
  });

  it('seeding again changes nothing', async () => {
    const before = (await t.inject({ url: '/api/dossiers?limit=1' })).json().total;
    await seedDemo(t.handle.db);
    expect((await t.inject({ url: '/api/dossiers?limit=1' })).json().total).toBe(before);
  });
});
