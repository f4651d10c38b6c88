import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoOrganisation, setupDeployment } from '../src/modules/units/service.js';
import { backend, createTestApp, readFixture, type TestApp } from './helpers.js';

const json = { 'content-type': 'application/json' };
const applicant = { name: 'Nguyễn Văn An', idNumber: '042090001234', phone: '0912345678' };

describe(`dossier lifecycle through the API (${backend})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await setupDeployment(t.handle.db, demoOrganisation());
    const p = await t.inject({ method: 'POST', url: '/api/procedures/import', headers: { 'content-type': 'application/x-ndjson' }, payload: readFixture('procedures.jsonl') });
    expect(p.statusCode, p.body).toBe(200);
  });
  afterAll(() => t?.close());

  const create = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    t.inject({ method: 'POST', url: '/api/dossiers', headers: { ...json, ...headers }, payload: body });
  const act = (code: string, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    t.inject({ method: 'POST', url: `/api/dossiers/${code}/events`, headers: { ...json, ...headers }, payload: body });

  it('receives at the counter with a coded receipt and the legal due instant', async () => {
    const res = await create({ unit: '440', procedure: '1.001612', channel: 'direct', applicant, action: 'received', at: '2023-01-19T15:00:00+07:00', returnMethod: 'postal' });
    expect(res.statusCode, res.body).toBe(201);
    const d = res.json();
    expect(d.code).toMatch(/^000\.00\.40\.H25-230119-\d{4}$/);
    expect(d.status).toBe('in_progress');
    // 1.001612 takes 3 working days; Tết 2023 is skipped.
    expect(d.dueAt).toBe('2023-01-31T15:00:00+07:00');
    expect(d.allowedActions).toContain('resolved');
    expect(d.dueExplanation.skippedDays.map((x: { date: string }) => x.date)).toContain('2023-01-23');
    expect(d.returnMethod).toBe('postal');
    const exported = (await t.inject({ url: '/api/dossiers/export?unit=440' })).body.split('\n').find((l) => l.includes(d.code))!;
    expect(JSON.parse(exported).returnMethod).toBe('postal');
    const again = await t.inject({ method: 'POST', url: '/api/dossiers/import', headers: { 'content-type': 'application/x-ndjson' }, payload: exported });
    expect(again.json()).toMatchObject({ created: 0, unchanged: 1 });
  });

  it('walks the whole life: pause, hand-over, resolve, return by post, rate', async () => {
    const created = (await create({ unit: '440', procedure: '1.001612', channel: 'online', applicant, action: 'submitted', at: '2023-06-04T21:00:00+07:00' })).json();
    expect(created.status).toBe('submitted');
    expect(created.dueAt).toBeNull();
    const code = created.code as string;
    const steps: Array<[Record<string, unknown>, string]> = [
      [{ type: 'received', at: '2023-06-05T10:00:00+07:00' }, 'in_progress'],
      [{ type: 'forwarded', at: '2023-06-05T10:30:00+07:00', to: 'Phòng Tài chính - Kế hoạch', step: 'Thẩm định' }, 'in_progress'],
      [{ type: 'supplement_requested', at: '2023-06-06T16:00:00+07:00', reason: 'Thiếu bản sao CCCD' }, 'awaiting_supplement'],
      [{ type: 'supplement_received', at: '2023-06-09T09:00:00+07:00' }, 'in_progress'],
      [{ type: 'resolved', at: '2023-06-12T14:00:00+07:00' }, 'resolved'],
      [{ type: 'result_returned', at: '2023-06-12T15:00:00+07:00', via: 'postal' }, 'result_returned'],
      [{ type: 'rated', at: '2023-06-13T08:00:00+07:00', level: 'very_satisfied' }, 'result_returned'],
    ];
    for (const [body, status] of steps) {
      const res = await act(code, body);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().status).toBe(status);
    }
    const view = (await t.inject({ url: `/api/dossiers/${code}` })).json();
    // deadlines.md: received Mon 05/06 10:00, 3 days, paused Tue 16:00 → Fri 09:00 ⇒ Mon 12/06 15:00.
    expect(view.dueAt).toBe('2023-06-12T15:00:00+07:00');
    expect(view.timeliness).toBe('on_time');
    expect(view.events).toHaveLength(8);
    expect(view.steps[0]).toMatchObject({ to: 'Phòng Tài chính - Kế hoạch', step: 'Thẩm định' });
    expect(view.allowedActions).toEqual([]);
  });

  it('a walk-in dossier asked for a supplement on the spot is registered, not received (no clock)', async () => {
    const d = (await create({ unit: '440', procedure: '1.001612', channel: 'direct', applicant, action: 'submitted', at: '2023-03-02T08:00:00+07:00' })).json();
    const r = await act(d.code, { type: 'supplement_requested', reason: 'Thiếu giấy ủy quyền', at: '2023-03-02T08:05:00+07:00' });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ status: 'pre_supplement', dueAt: null, receivedAt: null });
  });

  it('answers 409 with the status and allowed actions for an illegal action', async () => {
    const d = (await create({ unit: '440', procedure: '1.001612', channel: 'direct', applicant, action: 'received', at: '2023-03-01T08:00:00+07:00' })).json();
    const res = await act(d.code, { type: 'result_returned', via: 'counter', at: '2023-03-01T09:00:00+07:00' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'ACTION_NOT_ALLOWED', status: 'in_progress' });
    expect(res.json().allowedActions).toContain('resolved');
    // Apology at most once.
    expect((await act(d.code, { type: 'apology', at: '2023-03-01T09:00:00+07:00', newAppointment: '2023-03-10T09:00:00+07:00', reason: 'Cần xác minh' })).statusCode).toBe(200);
    expect((await act(d.code, { type: 'apology', at: '2023-03-01T09:10:00+07:00', newAppointment: '2023-03-11T09:00:00+07:00', reason: 'Lần 2' })).statusCode).toBe(409);
    // Cannot resolve while paused.
    await act(d.code, { type: 'obligation_requested', at: '2023-03-01T10:00:00+07:00' });
    expect((await act(d.code, { type: 'resolved', at: '2023-03-01T11:00:00+07:00' })).statusCode).toBe(409);
  });

  it('rejects bad input with every field and writes nothing', async () => {
    const before = (await t.inject({ url: '/api/dossiers?limit=1' })).json().total;
    const res = await create({ unit: '440', procedure: '1.001612', channel: 'fax', applicant: { name: '', idNumber: '12' }, action: 'received' });
    expect(res.statusCode).toBe(400);
    const fields = (res.json().issues as Array<{ field: string }>).map((i) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['body.channel', 'body.applicant.name', 'body.applicant.idNumber']));
    expect((await create({ unit: '99999', procedure: '1.001612', channel: 'direct', applicant, action: 'received' })).statusCode).toBe(404);
    expect((await create({ unit: '440', procedure: '9.999999', channel: 'direct', applicant, action: 'received' })).statusCode).toBe(404);
    expect((await create({ unit: '440', procedure: '1.001612', channel: 'direct', applicant, action: 'received', at: '2999-01-01T08:00:00+07:00' })).statusCode).toBe(400);
    expect((await t.inject({ url: '/api/dossiers?limit=1' })).json().total).toBe(before);
  });

  it('an Idempotency-Key retry returns the first result and changes nothing', async () => {
    const key = { 'idempotency-key': 'counter-1-request-42' };
    const body = { unit: '18229', procedure: '1.001612', channel: 'direct', applicant, action: 'received', at: '2023-04-03T08:00:00+07:00' };
    const first = await create(body, key);
    const second = await create(body, key);
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.json().code).toBe(first.json().code);
    const list = (await t.inject({ url: '/api/dossiers?unit=18229' })).json();
    expect(list.total).toBe(1);
    expect((await create({ ...body, channel: 'postal' }, key)).statusCode).toBe(422);
    const a1 = await act(first.json().code, { type: 'resolved', at: '2023-04-03T09:00:00+07:00' }, { 'idempotency-key': 'resolve-1' });
    const a2 = await act(first.json().code, { type: 'resolved', at: '2023-04-03T09:00:00+07:00' }, { 'idempotency-key': 'resolve-1' });
    expect(a1.statusCode).toBe(200);
    expect(a2.statusCode).toBe(200);
    expect(a2.json().events).toHaveLength(2);
  });

  it('concurrent receptions get distinct sequential codes; concurrent conflicting actions: one wins', async () => {
    const results = await Promise.all(
      Array.from({ length: 12 }, () => create({ unit: '18244', procedure: '1.001612', channel: 'direct', applicant, action: 'received', at: '2023-05-04T08:00:00+07:00' })),
    );
    const codes = results.map((r) => r.json().code as string).sort();
    expect(new Set(codes).size).toBe(12);
    expect(codes.map((c) => c.slice(-4))).toEqual(Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(4, '0')));
    const target = codes[0]!;
    const outcomes = await Promise.all([
      act(target, { type: 'resolved', at: '2023-05-04T09:00:00+07:00' }),
      act(target, { type: 'rejected', at: '2023-05-04T09:00:00+07:00', reason: 'Không đủ điều kiện' }),
      act(target, { type: 'withdrawn', at: '2023-05-04T09:00:00+07:00' }),
    ]);
    expect(outcomes.map((o) => o.statusCode).sort()).toEqual([200, 409, 409]);
    const view = (await t.inject({ url: `/api/dossiers/${target}` })).json();
    expect(view.events).toHaveLength(2);
  });

  it('lists overdue and due-soon dossiers with the late step', async () => {
    const d = (await create({ unit: '18253', procedure: '1.000775', channel: 'direct', applicant, action: 'received', at: '2023-02-01T08:00:00+07:00' })).json();
    await act(d.code, { type: 'forwarded', at: '2023-02-01T09:00:00+07:00', to: 'Công chức địa chính - xây dựng', step: 'Thẩm định' });
    const soon = (await create({ unit: '18253', procedure: '1.001612', channel: 'direct', applicant, action: 'received', at: '2023-03-01T08:00:00+07:00' })).json();
    // At 03/03 16:00: 1.000775 (15 days, due 22/02 08:00) is overdue; 1.001612 (3 days) is due 06/03 08:00.
    const res = await t.inject({ url: '/api/stats/overdue?unit=18253&withinDays=1&at=2023-03-03T16:00:00%2B07:00' });
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as Array<{ code: string; state: string; reason: string; dueAt: string }>;
    expect(items.map((i) => [i.code, i.state])).toEqual([
      [d.code, 'overdue'],
      [soon.code, 'due_soon'],
    ]);
    expect(items[0]!.dueAt).toBe('2023-02-22T08:00:00+07:00');
    expect(items[0]!.reason).toMatch(/^Quá hạn .* giờ làm việc; đang ở bước "Thẩm định" tại Công chức địa chính - xây dựng$/);
  });

  it('refusal at the counter is never received and counts as refusedAtReception', async () => {
    const res = await create({ unit: '18247', procedure: '1.001612', channel: 'direct', applicant, action: 'refused', reason: 'Không thuộc thẩm quyền', at: '2023-05-10T08:00:00+07:00' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().status).toBe('refused');
    const stats = (await t.inject({ url: '/api/stats/dossiers?unit=18247&period=2023-M05' })).json();
    expect(stats.self).toMatchObject({ receivedTotal: 0, refusedAtReception: 1 });
  });
});

describe(`dossier import errors (${backend})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await t.inject({ method: 'POST', url: '/api/procedures/import', headers: { 'content-type': 'application/x-ndjson' }, payload: readFixture('procedures.jsonl') });
  });
  afterAll(() => t?.close());

  it('reports every bad line and imports nothing', async () => {
    const good = readFixture('dossiers.jsonl').split('\n').slice(0, 3);
    const bad = [
      good[0],
      '{not json',
      JSON.stringify({ ...JSON.parse(good[1]!), unit: '00000' }),
      JSON.stringify({ ...JSON.parse(good[2]!), events: [{ type: 'resolved', at: '2023-01-01T08:00:00+07:00' }] }),
      JSON.stringify({ ...JSON.parse(good[0]!), code: 'X-1', procedure: 'nope' }),
      good[0],
    ].join('\n');
    const res = await t.inject({ method: 'POST', url: '/api/dossiers/import', headers: { 'content-type': 'application/x-ndjson' }, payload: bad });
    expect(res.statusCode).toBe(400);
    const issues = res.json().issues as Array<{ line: number; field: string }>;
    expect(issues.map((i) => `${i.line}:${i.field}`)).toEqual(['2:(json)', '3:unit', '4:events.0.type', '5:procedure', '6:code']);
    expect((await t.inject({ url: '/api/dossiers' })).json().total).toBe(0);
  });

  it('an import retried with its Idempotency-Key returns the first result', async () => {
    const payload = readFixture('dossiers.jsonl').split('\n').slice(0, 5).join('\n');
    const headers = { 'content-type': 'application/x-ndjson', 'idempotency-key': 'import-batch-7' };
    const first = await t.inject({ method: 'POST', url: '/api/dossiers/import', headers, payload });
    const retry = await t.inject({ method: 'POST', url: '/api/dossiers/import', headers, payload });
    expect(first.json()).toEqual({ total: 5, created: 5, unchanged: 0 });
    expect(retry.json()).toEqual(first.json());
  });
});
