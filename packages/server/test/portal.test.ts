import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemoUsers } from '../src/modules/demo/service.js';
import { demoOrganisation, setupDeployment } from '../src/modules/units/service.js';
import { backend, createTestApp, loginAs, readFixture, type TestApp } from './helpers.js';

const citizen = { name: 'Phạm Thị Lan', idNumber: '042195001122', phone: '0987 654 321' };

describe(`citizen portal (${backend})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await setupDeployment(t.handle.db, demoOrganisation());
    await seedDemoUsers(t.handle.db);
    await t.inject({ method: 'POST', url: '/api/procedures/import', headers: { 'content-type': 'application/x-ndjson' }, payload: readFixture('procedures.jsonl') });
  }, 120_000);
  afterAll(() => t?.close());

  it('submit online → lookup with phone or CCCD only → supplement → rating once', async () => {
    const sub = await t.app.inject({ method: 'POST', url: '/api/public/dossiers', payload: { unit: '18229', procedure: '1.001612', applicant: citizen, note: 'Xin cấp cho cửa hàng tạp hóa' } });
    expect(sub.statusCode, sub.body).toBe(201);
    const { code } = sub.json();
    expect(sub.json()).toMatchObject({ status: 'submitted', statusLabel: 'Đã nộp, chờ tiếp nhận', unit: { name: 'Xã Đức Thọ' } });

    expect((await t.app.inject(`/api/public/dossiers/${code}`)).statusCode).toBe(400); // never by code alone
    expect((await t.app.inject(`/api/public/dossiers/${code}?phone=0900000000`)).statusCode).toBe(404);
    expect((await t.app.inject(`/api/public/dossiers/${code}?phone=%2B84987654321`)).statusCode).toBe(200);
    expect((await t.app.inject(`/api/public/dossiers/${code}?idNumber=042195001122`)).json().status).toBe('submitted');
    const byPost = await t.app.inject({ method: 'POST', url: `/api/public/dossiers/${code}/lookup`, payload: { phone: '0987654321' } });
    expect(byPost.json().timeline[0]).toMatchObject({ type: 'submitted', label: 'Nộp hồ sơ', detail: 'Xin cấp cho cửa hàng tạp hóa' });
    expect((await t.app.inject({ method: 'POST', url: `/api/public/dossiers/${code}/lookup`, payload: { phone: '0900000000' } })).statusCode).toBe(404);

    const desk = await loginAs(t.app, 'motcua.xaductho', DEMO_PASSWORD);
    expect((await desk({ method: 'POST', url: `/api/dossiers/${code}/events`, payload: { type: 'received' } })).statusCode).toBe(200);
    const req = await desk({ method: 'POST', url: `/api/dossiers/${code}/events`, payload: { type: 'supplement_requested', reason: 'Bổ sung bản sao hợp đồng thuê nhà' } });
    expect(req.statusCode, req.body).toBe(200);
    const waiting = (await t.app.inject(`/api/public/dossiers/${code}?phone=0987654321`)).json();
    expect(waiting).toMatchObject({ status: 'awaiting_supplement', canSupplement: true, supplementReason: 'Bổ sung bản sao hợp đồng thuê nhà' });

    const sup = await t.app.inject({ method: 'POST', url: `/api/public/dossiers/${code}/supplement`, payload: { phone: '0987654321', note: 'Đã gửi bản sao hợp đồng' } });
    expect(sup.statusCode, sup.body).toBe(200);
    expect(sup.json().status).toBe('in_progress');
    expect((await t.app.inject({ method: 'POST', url: `/api/public/dossiers/${code}/rating`, payload: { phone: '0987654321', level: 'satisfied' } })).statusCode).toBe(409);

    const leader = await loginAs(t.app, 'lanhdao.xaductho', DEMO_PASSWORD);
    expect((await leader({ method: 'POST', url: `/api/dossiers/${code}/events`, payload: { type: 'resolved' } })).statusCode).toBe(200);
    expect((await desk({ method: 'POST', url: `/api/dossiers/${code}/events`, payload: { type: 'result_returned', via: 'postal' } })).statusCode).toBe(200);
    const rated = await t.app.inject({ method: 'POST', url: `/api/public/dossiers/${code}/rating`, payload: { idNumber: '042195001122', level: 'very_satisfied' } });
    expect(rated.statusCode, rated.body).toBe(200);
    expect(rated.json()).toMatchObject({ rating: 'very_satisfied', canRate: false, status: 'result_returned' });
    expect(rated.json().timeline.map((e: { label: string }) => e.label)).toEqual([
      'Nộp hồ sơ', 'Tiếp nhận hồ sơ', 'Yêu cầu bổ sung, hoàn thiện hồ sơ', 'Đã bổ sung hồ sơ', 'Có kết quả giải quyết', 'Trả kết quả', 'Đánh giá mức độ hài lòng',
    ]);
    expect((await t.app.inject({ method: 'POST', url: `/api/public/dossiers/${code}/rating`, payload: { idNumber: '042195001122', level: 'dissatisfied' } })).statusCode).toBe(409);
    const view = (await desk(`/api/dossiers/${code}`)).json();
    expect(view.events.map((e: { actor: string }) => e.actor)).toEqual(['citizen', 'motcua.xaductho', 'motcua.xaductho', 'citizen', 'lanhdao.xaductho', 'motcua.xaductho', 'citizen']);
  });

  it('lists the catalogue fields; lookups are rate limited with RATE_LIMITED', async () => {
    const fields = (await t.app.inject('/api/procedures/fields?level=district')).json();
    expect(fields.map((f: { field: string }) => f.field)).toContain('Xây dựng');
    let last = 0;
    for (let i = 0; i < 35 && last !== 429; i++) last = (await t.app.inject('/api/public/dossiers/NOPE?phone=0900000000')).statusCode;
    expect(last).toBe(429);
    expect((await t.app.inject('/api/public/dossiers/NOPE?phone=0900000000')).json().code).toBe('RATE_LIMITED');
  });

  it('refuses online submission for a procedure without online service, and bad applicant data', async () => {
    const none = await t.app.inject({ method: 'POST', url: '/api/public/dossiers', payload: { unit: '18229', procedure: '2.000488', applicant: citizen } });
    expect(none.statusCode).toBe(422);
    const bad = await t.app.inject({ method: 'POST', url: '/api/public/dossiers', payload: { unit: '18229', procedure: '1.001612', applicant: { name: 'X', idNumber: '123', phone: 'abc' } } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues.map((i: { field: string }) => i.field)).toEqual(['body.applicant.idNumber', 'body.applicant.phone']);
  });
});
