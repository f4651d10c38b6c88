import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemoUsers } from '../src/modules/demo/service.js';
import { feedbackStats, statsFor } from '../src/modules/feedback/service.js';
import { demoOrganisation, setupDeployment } from '../src/modules/units/service.js';
import { backend, createTestApp, loginAs, readFixture, type TestApp } from './helpers.js';

type Inject = (opts: InjectOptions | string) => Promise<LightMyRequestResponse>;

/** A multipart/form-data body: fields first, then one file. */
function multipart(fields: Record<string, string>, file: { name: string; type: string; content: Buffer }) {
  const boundary = '----motcua' + Math.random().toString(16).slice(2);
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`));
  parts.push(file.content, Buffer.from(`\r\n--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(1024, 32), Buffer.from('\n%%EOF\n')]);

const citizen = { name: 'Phạm Thị Lan', phone: '0987 654 321' };
const paper = (over: Record<string, unknown> = {}) => ({
  channel: 'paper',
  kind: 'regulation',
  unit: '440',
  name: 'Nguyễn Văn An',
  phone: '0912345678',
  title: 'Đề nghị niêm yết lệ phí chứng thực',
  content: 'Bộ phận Một cửa chưa niêm yết lệ phí chứng thực bản sao.',
  receivedAt: '2023-03-01T09:00:00+07:00',
  ...over,
});

describe(`citizen feedback (PAKN) through the API (${backend})`, () => {
  let t: TestApp;
  const as: Record<string, Inject> = {};
  const codes: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    await setupDeployment(t.handle.db, demoOrganisation());
    await seedDemoUsers(t.handle.db);
    const p = await t.inject({ method: 'POST', url: '/api/procedures/import', headers: { 'content-type': 'application/x-ndjson' }, payload: readFixture('procedures.jsonl') });
    expect(p.statusCode, p.body).toBe(200);
    for (const u of [
      'motcua.ductho',
      'lanhdao.ductho',
      'noivu.ductho',
      'chuyenvien.tuphap',
      'truongphong.tuphap',
      'chuyenvien.tnmt',
      'quantri.ductho',
      'motcua.xaductho',
      'lanhdao.xaductho',
      'motcua.truongson',
      'lanhdao.truongson',
      'lanhdao.xaducminh',
    ]) {
      as[u] = await loginAs(t.app, u, DEMO_PASSWORD);
    }
  }, 120_000);
  afterAll(() => t?.close());

  const total = async () => (await t.inject('/api/feedback?limit=1')).json().total as number;
  const publicPost = (url: string, payload: unknown) => t.app.inject({ method: 'POST', url, payload: payload as Record<string, unknown> });

  it('a citizen sends feedback from the portal: tracking code and deadline; lookup needs the phone or e-mail', async () => {
    const res = await publicPost('/api/public/feedback', {
      ...citizen,
      email: 'Lan.Pham@example.vn',
      kind: 'regulation',
      unit: '18229',
      procedure: '1.001612',
      title: 'Thời gian đăng ký hộ kinh doanh',
      content: 'Đề nghị rút ngắn thời gian đăng ký hộ kinh doanh.',
      consentPublish: true,
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body.code).toMatch(/^PA-18229-\d{6}-0001$/);
    expect(body).toMatchObject({ unit: { code: '18229', name: 'Xã Đức Thọ' }, workingDays: 10 });
    codes['portal'] = body.code;

    const lookup = (payload: Record<string, unknown>) => publicPost('/api/public/feedback/lookup', { code: body.code, ...payload });
    expect((await lookup({ phone: '0900000000' })).statusCode).toBe(404);
    expect((await publicPost('/api/public/feedback/lookup', { code: 'PA-18229-000000-9999', phone: '0987654321' })).statusCode).toBe(404);
    expect((await lookup({})).statusCode).toBe(400);
    const ok = await lookup({ phone: '+84987654321' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'received', statusLabel: 'Đã tiếp nhận', reply: null, canRate: false, canAttach: true, timeline: [{ type: 'received', detail: 'Qua Cổng dịch vụ công' }] });
    expect((await lookup({ email: 'lan.pham@example.vn' })).statusCode).toBe(200);

    // Files: the proof first, then a PDF; a wrong phone looks like an unknown code.
    const bad = multipart({ phone: '0900000000' }, { name: 'anh.pdf', type: 'application/pdf', content: pdf });
    expect((await t.app.inject({ method: 'POST', url: `/api/public/feedback/${body.code}/attachments`, ...bad })).statusCode).toBe(404);
    const file = multipart({ phone: '0987654321' }, { name: 'Ảnh chụp niêm yết.pdf', type: 'application/pdf', content: pdf });
    const up = await t.app.inject({ method: 'POST', url: `/api/public/feedback/${body.code}/attachments`, ...file });
    expect(up.statusCode, up.body).toBe(201);
    expect((await lookup({ phone: '0987654321' })).json().attachments).toBe(1);
  });

  it('rejects bad input with field and reason, and stores nothing', async () => {
    const before = await total();
    const none = await publicPost('/api/public/feedback', { name: 'A', kind: 'regulation', unit: '18229', title: 'x', content: 'y' });
    expect(none.statusCode).toBe(400);
    expect(none.json().issues).toEqual([{ field: 'body.phone', reason: 'give a phone number or an e-mail address' }]);
    const many = await publicPost('/api/public/feedback', { name: '', phone: '12', email: 'not-mail', kind: 'complaint', title: '', content: '' });
    expect(many.statusCode).toBe(400);
    expect(many.json().issues.map((i: { field: string }) => i.field)).toEqual(expect.arrayContaining(['body.name', 'body.phone', 'body.email', 'body.kind', 'body.title', 'body.content']));
    const noDossier = await publicPost('/api/public/feedback', { ...citizen, kind: 'dossier', title: 'x', content: 'y' });
    expect(noDossier.json().issues).toEqual([{ field: 'body.dossier', reason: 'is required when kind is dossier' }]);
    const unknown = await publicPost('/api/public/feedback', { ...citizen, kind: 'dossier', dossier: '000.00.40.H25-230101-9999', procedure: '9.999999', title: 'x', content: 'y' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().issues).toEqual([
      { field: 'body.dossier', reason: 'no dossier with this code' },
      { field: 'body.procedure', reason: 'no procedure with this code' },
    ]);
    const noUnit = await publicPost('/api/public/feedback', { ...citizen, kind: 'other', unit: '99999', title: 'x', content: 'y' });
    expect(noUnit.json().issues).toEqual([{ field: 'body.unit', reason: expect.stringContaining('no unit with this code') }]);
    const future = await as['motcua.ductho']!({ method: 'POST', url: '/api/feedback', payload: paper({ receivedAt: '2999-01-01T08:00:00+07:00' }) });
    expect(future.json().issues).toEqual([{ field: 'body.receivedAt', reason: 'is in the future' }]);
    const portalChannel = await as['motcua.ductho']!({ method: 'POST', url: '/api/feedback', payload: paper({ channel: 'portal' }) });
    expect(portalChannel.json().issues[0].field).toBe('body.channel');
    expect(await total()).toBe(before);
  });

  it('staff register paper feedback with a past receipt: due in 10 working days of the calendar', async () => {
    expect((await as['chuyenvien.tuphap']!({ method: 'POST', url: '/api/feedback', payload: paper() })).statusCode).toBe(403);
    expect((await as['quantri.ductho']!({ method: 'POST', url: '/api/feedback', payload: paper() })).statusCode).toBe(403);
    const res = await as['motcua.ductho']!({ method: 'POST', url: '/api/feedback', payload: paper() });
    expect(res.statusCode, res.body).toBe(201);
    const f = res.json();
    expect(f.code).toBe('PA-440-230301-0001');
    // Wed 01/03/2023 09:00 + 10 working days (no day off in March 2023) = Wed 15/03 09:00.
    expect(f).toMatchObject({ status: 'received', channel: 'paper', dueAt: '2023-03-15T09:00:00+07:00', timeliness: null, overdue: true, allowedActions: [] });
    expect(f.timeline).toEqual([expect.objectContaining({ type: 'received', actor: 'motcua.ductho', actorName: 'Nguyễn Thị Hoa', detail: 'Bằng văn bản' })]);
    codes['paper'] = f.code;
    // Across Tết 2023 (20–26/01 off): received Thu 19/01 15:00 → 27/01 is the first of ten days → Thu 09/02 15:00.
    const tet = await as['noivu.ductho']!({ method: 'POST', url: '/api/feedback', payload: paper({ kind: 'other', receivedAt: '2023-01-19T15:00:00+07:00', title: 'Tết' }) });
    expect(tet.json().dueAt).toBe('2023-02-09T15:00:00+07:00');
    codes['tet'] = tet.json().code;
    expect((await t.inject('/api/feedback/deadlines')).json()).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'regulation', workingDays: 10, validTo: null, note: expect.stringContaining('cần xác nhận') })]),
    );
  });

  it('wrong status → 409 with the allowed actions; roles and holders; assign → reply late; idempotent retry', async () => {
    const code = codes['paper']!;
    const url = (a: string) => `/api/feedback/${code}/actions/${a}`;
    const reply = { text: 'Đã niêm yết lệ phí chứng thực tại Bộ phận Một cửa.', publish: true, at: '2023-03-20T10:00:00+07:00' };
    const early = await as['lanhdao.ductho']!({ method: 'POST', url: url('reply'), payload: reply });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'ACTION_NOT_ALLOWED', status: 'received', allowedActions: ['assign', 'reject'] });
    expect((await as['lanhdao.ductho']!(`/api/feedback/${code}`)).json().allowedActions).toEqual(['assign', 'reject']);
    expect((await as['chuyenvien.tuphap']!(`/api/feedback/${code}`)).json().allowedActions).toEqual([]);

    // Role matrix on a received feedback.
    const assign = { unit: '440-TP', user: 'chuyenvien.tuphap', note: 'Phòng Tư pháp trả lời', at: '2023-03-02T08:00:00+07:00' };
    for (const [user, action, status] of [
      ['motcua.ductho', 'assign', 403],
      ['chuyenvien.tuphap', 'assign', 403],
      ['truongphong.tuphap', 'assign', 403], // not (yet) assigned to the department
      ['quantri.ductho', 'assign', 403],
      ['motcua.ductho', 'reject', 403],
      ['chuyenvien.tuphap', 'reject', 403],
      ['motcua.ductho', 'close', 403],
    ] as const) {
      const body = action === 'reject' ? { reason: 'duplicate', note: 'x' } : action === 'close' ? {} : assign;
      expect((await as[user]!({ method: 'POST', url: url(action), payload: body })).statusCode, `${user} ${action}`).toBe(status);
    }
    expect((await as['lanhdao.ductho']!({ method: 'POST', url: url('assign'), payload: { unit: '18244', at: assign.at } })).statusCode).toBe(200); // a commune below the district
    expect((await as['lanhdao.ductho']!({ method: 'POST', url: url('assign'), payload: { ...assign, unit: '42' } })).json().issues[0].field).toBe('body.unit');
    expect((await as['lanhdao.ductho']!({ method: 'POST', url: url('assign'), payload: { ...assign, user: 'chuyenvien.tnmt' } })).json().issues[0].field).toBe('body.user');
    expect((await as['lanhdao.ductho']!({ method: 'POST', url: url('assign'), payload: { ...assign, at: '2023-02-01T08:00:00+07:00' } })).json().issues[0].field).toBe('body.at');

    // The same assignment sent twice with one key: one event, the same answer.
    const headers = { 'idempotency-key': 'feedback-assign-1' };
    const first = await as['lanhdao.ductho']!({ method: 'POST', url: url('assign'), payload: assign, headers });
    expect(first.statusCode, first.body).toBe(200);
    const again = await as['lanhdao.ductho']!({ method: 'POST', url: url('assign'), payload: assign, headers });
    expect(again.json()).toEqual(first.json());
    expect(first.json()).toMatchObject({ status: 'assigned', assignedUnit: { code: '440-TP' }, assignedUser: 'chuyenvien.tuphap' });
    expect(first.json().timeline.map((e: { type: string }) => e.type)).toEqual(['received', 'assigned', 'assigned']);
    const mismatch = await as['lanhdao.ductho']!({ method: 'POST', url: url('assign'), payload: { ...assign, note: 'khác' }, headers });
    expect(mismatch.statusCode).toBe(422);

    // Holders: Phòng TN&MT may not reply, Phòng Tư pháp may; the sender did not refuse publication (paper: no consent).
    expect((await as['chuyenvien.tnmt']!({ method: 'POST', url: url('reply'), payload: reply })).statusCode).toBe(403);
    expect((await as['chuyenvien.tuphap']!(`/api/feedback/${code}`)).json().allowedActions).toEqual(['reply']);
    expect((await as['truongphong.tuphap']!(`/api/feedback/${code}`)).json().allowedActions).toEqual(['assign', 'reply']);
    const noConsent = await as['chuyenvien.tuphap']!({ method: 'POST', url: url('reply'), payload: reply });
    expect(noConsent.json().issues).toEqual([{ field: 'body.publish', reason: 'the sender did not agree to publication' }]);
    const done = await as['chuyenvien.tuphap']!({ method: 'POST', url: url('reply'), payload: { ...reply, publish: false } });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'replied', timeliness: 'late', overdue: false, reply: { at: '2023-03-20T10:00:00+07:00' } });
    expect((await as['chuyenvien.tuphap']!({ method: 'POST', url: url('reply'), payload: reply })).json()).toMatchObject({ code: 'ACTION_NOT_ALLOWED', status: 'replied', allowedActions: [] });
  });

  it('statistics: received by kind and channel, handled late, pending overdue, 766 scores 5.2/5.3', async () => {
    const res = await as['noivu.ductho']!('/api/feedback/stats?unit=440&period=2023-H1');
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json();
    expect(s.self).toMatchObject({
      total: 2,
      received: 2,
      carriedOver: 0,
      byKind: { regulation: 1, other: 1, conduct: 0, dossier: 0 },
      byChannel: { paper: 2, portal: 0 },
      handledOnTime: 0,
      handledLate: 1,
      rejected: 0,
      pendingOnTime: 0,
      pendingOverdue: 1,
      onTimeRate: '0,00%',
      scores766: { handledOnTime: 0, satisfaction: 6 },
    });
    expect(s.lateItems).toEqual([
      expect.objectContaining({ code: codes['tet'], state: 'overdue', repliedAt: null }),
      expect.objectContaining({ code: codes['paper'], state: 'late', repliedAt: '2023-03-20T10:00:00+07:00' }),
    ]);
    // Before the reply (cut-off 15/03): pending, overdue by then? due 15/03 09:00 ≥ cut-off 15/03 00:00 → within.
    const m3 = (await as['noivu.ductho']!('/api/feedback/stats?unit=440&period=2023-M03')).json();
    expect(m3.self).toMatchObject({ received: 1, carriedOver: 1, pendingOnTime: 1, pendingOverdue: 1, scores766: { handledOnTime: 3 } });
    // No feedback at all: full marks.
    const none = (await as['noivu.ductho']!('/api/feedback/stats?unit=440&period=2022')).json();
    expect(none.self).toMatchObject({ total: 0, onTimeRate: null, scores766: { handledOnTime: 6, satisfaction: 6 } });
    // The exported function the report binds to.
    const direct = await feedbackStats(t.handle.db, '440', '2023-H1');
    expect(direct.self.handledLate).toBe(1);
    expect((await as['noivu.ductho']!('/api/feedback/stats?unit=440')).json().issues[0].field).toBe('querystring.period');
  });

  it('the sender rates once after the reply; the rating closes the feedback and counts in the period it is given', async () => {
    const code = codes['paper']!;
    const lookup = await publicPost('/api/public/feedback/lookup', { code, phone: '0912345678' });
    expect(lookup.json()).toMatchObject({ status: 'replied', canRate: true, reply: { text: 'Đã niêm yết lệ phí chứng thực tại Bộ phận Một cửa.' } });
    expect(lookup.json().timeline.map((e: { detail: string | null }) => e.detail)).toEqual(['Bằng văn bản', 'Xã Trường Sơn', 'Phòng Tư pháp', null]);
    expect((await publicPost(`/api/public/feedback/${code}/rating`, { phone: '0900000000', rating: 'satisfied' })).statusCode).toBe(404);
    expect((await publicPost(`/api/public/feedback/${code}/rating`, { phone: '0912345678', rating: 'great' })).json().issues[0].field).toBe('body.rating');
    const rated = await publicPost(`/api/public/feedback/${code}/rating`, { phone: '0912345678', rating: 'dissatisfied', comment: 'Trả lời chậm' });
    expect(rated.statusCode, rated.body).toBe(200);
    expect(rated.json()).toMatchObject({ status: 'closed', rating: 'dissatisfied', canRate: false });
    const twice = await publicPost(`/api/public/feedback/${code}/rating`, { phone: '0912345678', rating: 'satisfied' });
    expect(twice.statusCode).toBe(409);
    // The rating is given now (its own period), to the unit of the feedback.
    const year = new Date().getFullYear();
    const s = (await t.inject(`/api/feedback/stats?unit=440&from=${year}-01-01&to=${year}-12-31`)).json();
    expect(s.self).toMatchObject({ ratedDissatisfied: 1, satisfactionRate: '0,00%', scores766: { satisfaction: 0 } });
    const staff = (await as['lanhdao.ductho']!(`/api/feedback/${code}`)).json();
    expect(staff).toMatchObject({ status: 'closed', rating: { level: 'dissatisfied', comment: 'Trả lời chậm' }, allowedActions: [] });
    // The timeline names staff by their full name; the sender keeps the stored label.
    expect(staff.timeline.at(-1)).toMatchObject({ type: 'rated', actor: 'citizen', actorName: 'citizen' });
    expect(staff.timeline.find((e: { type: string }) => e.type === 'replied')).toMatchObject({ actor: expect.stringMatching(/\./), actorName: expect.not.stringMatching(/\./) });
    // The sender's lookup never names an officer.
    expect(JSON.stringify(lookup.json().timeline)).not.toMatch(/actor/);
  });

  it('unit scoping: another commune neither sees nor lists a feedback (404); a commune it is assigned to sees it and may reply', async () => {
    const portal = codes['portal']!;
    expect((await as['motcua.truongson']!(`/api/feedback/${portal}`)).statusCode).toBe(404);
    expect((await as['lanhdao.xaducminh']!(`/api/feedback/${portal}`)).statusCode).toBe(404);
    const other = (await as['lanhdao.xaducminh']!('/api/feedback?limit=500')).json();
    expect(other.items.map((i: { code: string }) => i.code)).not.toContain(portal);
    expect((await as['lanhdao.xaducminh']!({ method: 'POST', url: `/api/feedback/${portal}/actions/reject`, payload: { reason: 'duplicate', note: 'x' } })).statusCode).toBe(404);
    const own = (await as['lanhdao.xaductho']!('/api/feedback?limit=500')).json();
    expect(own.items.map((i: { code: string }) => i.code)).toContain(portal);
    expect(own.items.map((i: { code: string }) => i.code)).not.toContain(codes['paper']);
    expect((await as['lanhdao.xaductho']!({ url: '/api/feedback?unit=18244' })).statusCode).toBe(404);
    expect((await t.app.inject('/api/feedback')).statusCode).toBe(401);

    // The district passes a feedback on to Xã Trường Sơn (18244 in 2023): its staff, and those of its successor, see it; its leader may only reply.
    const reg = await as['noivu.ductho']!({ method: 'POST', url: '/api/feedback', payload: paper({ receivedAt: '2023-07-03T08:00:00+07:00', title: 'Chợ xã' }) });
    const code = reg.json().code as string;
    expect((await as['motcua.truongson']!(`/api/feedback/${code}`)).statusCode).toBe(404);
    const assigned = await as['noivu.ductho']!({ method: 'POST', url: `/api/feedback/${code}/actions/assign`, payload: { unit: '18244', at: '2023-07-03T10:00:00+07:00' } });
    expect(assigned.statusCode, assigned.body).toBe(200);
    expect((await as['motcua.truongson']!(`/api/feedback/${code}`)).statusCode).toBe(200);
    expect((await as['lanhdao.truongson']!(`/api/feedback/${code}`)).json().allowedActions).toEqual(['reply']);
    expect((await as['lanhdao.truongson']!({ method: 'POST', url: `/api/feedback/${code}/actions/reject`, payload: { reason: 'duplicate', note: 'x' } })).statusCode).toBe(403);
    expect((await as['lanhdao.xaducminh']!('/api/feedback?limit=500')).json().items.map((i: { code: string }) => i.code)).toContain(code);
    expect((await as['lanhdao.xaductho']!(`/api/feedback/${code}`)).statusCode).toBe(404);
  });

  it('a feedback about a dossier counts it as not satisfied in Decision 766 (5.4) and in its drill-down', async () => {
    const dossier = await t.inject({
      method: 'POST',
      url: '/api/dossiers',
      payload: { unit: '440', procedure: '1.001612', channel: 'direct', applicant: { name: 'Trần Văn Bình', idNumber: '042090001234', phone: '0911000111' }, action: 'received', at: '2023-03-01T08:00:00+07:00' },
    });
    expect(dossier.statusCode, dossier.body).toBe(201);
    const dcode = dossier.json().code as string;
    expect((await t.inject({ method: 'POST', url: `/api/dossiers/${dcode}/events`, payload: { type: 'resolved', at: '2023-03-02T08:00:00+07:00' } })).statusCode).toBe(200);
    const indicators = async () => (await t.inject('/api/stats/indicators?unit=440&period=2023-H1')).json().self;
    const drill = async () => (await t.inject('/api/stats/drilldown?unit=440&period=2023-H1&kind=satisfactionLost&scope=self')).json();
    expect(await indicators()).toMatchObject({ handled: 1, handledDissatisfiedOrOverdue: 0, scores766: { satisfaction: 6 } });
    expect((await drill()).total).toBe(0);

    const res = await as['motcua.ductho']!({
      method: 'POST',
      url: '/api/feedback',
      payload: paper({ kind: 'dossier', unit: undefined, dossier: dcode, receivedAt: '2023-03-10T08:00:00+07:00', title: 'Hồ sơ hộ kinh doanh', content: 'Giấy chứng nhận ghi sai tên.' }),
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ kind: 'dossier', dossier: dcode, unit: { code: '440' } });
    expect(await indicators()).toMatchObject({ handled: 1, handledDissatisfiedOrOverdue: 1, scores766: { satisfaction: 0 } });
    expect((await drill()).items.map((i: { code: string }) => i.code)).toEqual([dcode]);
    // Not before the feedback was received.
    const early = (await t.inject('/api/stats/indicators?unit=440&from=2023-01-01&to=2023-03-09')).json().self;
    expect(early.handledDissatisfiedOrOverdue).toBe(0);
    // Rejected (e.g. a duplicate): no longer held against the dossier.
    const rej = await as['noivu.ductho']!({ method: 'POST', url: `/api/feedback/${res.json().code}/actions/reject`, payload: { reason: 'duplicate', note: 'Trùng phản ánh đã xử lý', at: '2023-03-10T09:00:00+07:00' } });
    expect(rej.statusCode, rej.body).toBe(200);
    expect((await indicators()).handledDissatisfiedOrOverdue).toBe(0);
    expect((await feedbackStats(t.handle.db, '440', '2023-H1')).self).toMatchObject({ rejected: 1, byKind: { dossier: 1 } });
  });

  it('handling deadlines are data: a new rule closes the previous one; only the reform officer and the system admin add rules', async () => {
    const rule = { kind: 'conduct', workingDays: 15, validFrom: '2099-01-01', basis: 'Văn bản thử nghiệm', note: 'test' };
    expect((await as['motcua.ductho']!({ method: 'POST', url: '/api/feedback/deadlines', payload: rule })).statusCode).toBe(403);
    const res = await as['noivu.ductho']!({ method: 'POST', url: '/api/feedback/deadlines', payload: rule });
    expect(res.statusCode, res.body).toBe(201);
    const list = (await t.inject('/api/feedback/deadlines')).json() as Array<{ kind: string; validFrom: string; validTo: string | null; workingDays: number }>;
    expect(list.filter((r) => r.kind === 'conduct').map((r) => [r.validFrom, r.validTo, r.workingDays])).toEqual([
      ['2000-01-01', '2098-12-31', 10],
      ['2099-01-01', null, 15],
    ]);
    const earlier = await as['noivu.ductho']!({ method: 'POST', url: '/api/feedback/deadlines', payload: { ...rule, validFrom: '2098-06-01' } });
    expect(earlier.statusCode).toBe(409);
    expect((await as['noivu.ductho']!({ method: 'POST', url: '/api/feedback/deadlines', payload: { ...rule, workingDays: 0 } })).json().issues[0].field).toBe('body.workingDays');
  });

  it('every endpoint is in the OpenAPI document', async () => {
    const paths = Object.keys((await t.app.inject('/docs/json')).json().paths as Record<string, unknown>);
    for (const p of ['/api/public/feedback', '/api/public/feedback/lookup', '/api/public/feedback/{code}/rating', '/api/public/feedback/published', '/api/feedback', '/api/feedback/stats', '/api/feedback/{code}/actions/reply']) {
      expect(paths).toContain(p);
    }
  });

  it('overdue feedback shows in the reminders and the overdue filter; published replies carry no personal data', async () => {
    const reg = await as['motcua.xaductho']!({ method: 'POST', url: '/api/feedback', payload: paper({ unit: '18229', channel: 'hotline', receivedAt: '2026-01-05T08:00:00+07:00', title: 'Đường dây nóng', consentPublish: true }) });
    expect(reg.statusCode, reg.body).toBe(201);
    const code = reg.json().code as string;
    const bell = (await as['lanhdao.xaductho']!('/api/assignments/reminders?unit=18229')).json();
    expect(bell.feedback).toEqual([expect.objectContaining({ code, state: 'overdue', unit: { code: '18229', name: 'Xã Đức Thọ' } })]);
    expect((await as['lanhdao.xaducminh']!('/api/assignments/reminders?unit=18244')).json().feedback).toEqual([]);
    const overdue = (await as['lanhdao.xaductho']!('/api/feedback?overdue=true')).json();
    expect(overdue.items.map((i: { code: string }) => i.code)).toEqual([code]);
    expect(overdue.items[0]).toMatchObject({ overdue: true, status: 'received' });

    const lead = as['lanhdao.xaductho']!;
    expect((await lead({ method: 'POST', url: `/api/feedback/${code}/actions/assign`, payload: { unit: '18229', user: 'chuyenvien.xaductho' } })).statusCode).toBe(200);
    const published = await lead({ method: 'POST', url: `/api/feedback/${code}/actions/reply`, payload: { text: 'Đã tiếp thu, bố trí thêm cán bộ trực.', publish: true } });
    expect(published.statusCode, published.body).toBe(200);
    expect((await lead({ method: 'POST', url: `/api/feedback/${code}/actions/close`, payload: { note: 'Đã liên hệ người gửi' } })).json()).toMatchObject({ status: 'closed', closedAt: expect.any(String) });
    const list = await t.app.inject('/api/public/feedback/published?unit=18229');
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items).toEqual([expect.objectContaining({ title: 'Đường dây nóng', reply: 'Đã tiếp thu, bố trí thêm cán bộ trực.', unit: { code: '18229', name: 'Xã Đức Thọ' } })]);
    expect(list.body).not.toContain('0912345678');
    expect(list.body).not.toContain('Nguyễn Văn An');
    expect(list.body).not.toContain(code);
  });

  it('a period still running is counted as of now: feedback due later is pending on time, not overdue', async () => {
    const reg = await t.inject({ method: 'POST', url: '/api/feedback', payload: paper({ unit: '18244', receivedAt: '2026-02-02T08:00:00+07:00', title: 'Kỳ chưa kết thúc' }) });
    expect(reg.statusCode, reg.body).toBe(201);
    const q = { unit: '18244', period: '2026-Q1' };
    const running = await statsFor(t.handle.db, q, undefined, Date.parse('2026-02-03T12:00:00+07:00'));
    expect(running.self).toMatchObject({ received: 1, pendingOnTime: 1, pendingOverdue: 0 });
    expect(running.lateItems).toEqual([]);
    const ended = await statsFor(t.handle.db, q, undefined, Date.parse('2026-03-20T12:00:00+07:00'));
    expect(ended.self).toMatchObject({ received: 1, pendingOnTime: 0, pendingOverdue: 1 });
    expect(ended.lateItems).toEqual([expect.objectContaining({ code: reg.json().code, state: 'overdue' })]);
  });
});
