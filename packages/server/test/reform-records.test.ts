import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemoUsers } from '../src/modules/demo/service.js';
import { seedReformRecordsDemo } from '../src/modules/reform-records/demo.js';
import { demoOrganisation, setupDeployment } from '../src/modules/units/service.js';
import { backend, createTestApp, loginAs, type TestApp } from './helpers.js';

type Inject = (opts: InjectOptions | string) => Promise<LightMyRequestResponse>;

describe(`directives, inspections, initiatives, communication (${backend})`, () => {
  let t: TestApp;
  const as: Record<string, Inject> = {};

  beforeAll(async () => {
    t = await createTestApp();
    await setupDeployment(t.handle.db, demoOrganisation());
    await seedDemoUsers(t.handle.db);
    await seedReformRecordsDemo(t.handle.db);
    for (const u of ['noivu.ductho', 'motcua.ductho', 'lanhdao.ductho', 'truongphong.tuphap', 'lanhdao.thitran']) as[u] = await loginAs(t.app, u, DEMO_PASSWORD);
  }, 120_000);
  afterAll(() => t?.close());

  it('demo: 37 directing documents in H1 2023 (15/12/2022–14/06/2023), none outside', async () => {
    const c = (await as['lanhdao.ductho']!('/api/reform/documents/counts?unit=440&period=2023-H1')).json();
    expect(c).toMatchObject({ unit: '440', from: '2022-12-15', to: '2023-06-14', period: '2023-H1' });
    expect(c.self.total).toBe(37);
    expect(c.self.byType).toMatchObject({ plan: 11, decision: 4, official_letter: 20, notice: 1, directive: 1 });
    expect(c.byUnit['440']).toBe(37);
    expect(c.children.total).toBe(0);
    // 4514/KH-UBND of 27/12/2022 is in H1 2023 (15th → 14th), not in H2 2022.
    expect((await t.inject('/api/reform/documents/counts?unit=440&period=2022-H2')).json().self.total).toBe(0);
    const list = (await t.inject('/api/reform/documents?unit=440&period=2023-H1&type=plan')).json();
    expect(list.items.map((d: { display: string }) => d.display)).toContain('111/KH-UBND ngày 17/01/2023');
    expect(list.items[0].display).toBe('4514/KH-UBND ngày 27/12/2022');
    const all = (await t.inject('/api/reform/documents?unit=440&from=2022-12-15&to=2023-06-14&limit=1000')).json();
    expect(all.total).toBe(37);
    const named = all.items.filter((d: { note: string }) => d.note.startsWith('Nêu trong báo cáo')).map((d: { number: string }) => d.number);
    expect(named).toEqual(expect.arrayContaining(['111/KH-UBND', '74/KH-UBND', '730/KH-UBND', '4514/KH-UBND', '239/QĐ-UBND', '238/QĐ-UBND', '354/UBND-VH', '467/UBND-VHTT', '805/UBND-VH', '1088/KH-UBND']));
  });

  it('demo: plan 730/KH-UBND inspects the 10 named units; planned vs done per period', async () => {
    const list = (await t.inject('/api/reform/inspections?unit=440&period=2023-H1')).json();
    expect(list.items).toHaveLength(1);
    const plan = list.items[0];
    expect(plan).toMatchObject({ display: '730/KH-UBND ngày 31/03/2023', round: 'Đợt I/2023', planned: 10, done: 0 });
    expect(plan.targets.map((x: { unit: string }) => x.unit).sort()).toEqual(['18229', '18235', '18241', '18244', '18247', '18253', '18259', '18283', '18307', '18310']);
    expect(plan.targets.map((x: { unitName: string }) => x.unitName)).toContain('Xã Đức Lạng');
    expect((await t.inject('/api/reform/inspections/summary?unit=440&period=2023-H1')).json()).toMatchObject({ plans: 1, planned: 10, scheduled: 0, done: 0, pending: 10 });

    // Findings without a date are refused; with the date, H2 counts the inspection as done.
    const bad = await as['noivu.ductho']!({ method: 'PATCH', url: `/api/reform/inspections/${plan.id}/targets/18307`, payload: { findings: 'Niêm yết TTHC chưa đầy đủ' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues).toEqual([{ field: 'inspectedOn', reason: 'findings and follow-up need the date of the inspection' }]);
    const ok = await as['noivu.ductho']!({
      method: 'PATCH',
      url: `/api/reform/inspections/${plan.id}/targets/18307`,
      payload: { inspectedOn: '2023-06-19', findings: 'Niêm yết TTHC chưa đầy đủ', followUp: 'Bổ sung niêm yết trước 30/6/2023' },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ planned: 10, done: 1 });
    expect((await t.inject('/api/reform/inspections/summary?unit=440&period=2023-H2')).json()).toMatchObject({ plans: 0, planned: 0, scheduled: 10, done: 1, pending: 9, followUpOpen: 1 });
    expect((await t.inject('/api/reform/inspections/summary?unit=440&period=2023-H1')).json()).toMatchObject({ done: 0, pending: 10 });
    // A commune officer does not see the district's plan.
    expect((await as['lanhdao.thitran']!(`/api/reform/inspections/${plan.id}`)).statusCode).toBe(404);
    expect((await as['truongphong.tuphap']!({ method: 'PATCH', url: `/api/reform/inspections/${plan.id}/targets/18307`, payload: { followUpDone: true } })).statusCode).toBe(403);
  });

  it('demo: 6 registered models (illustrative: the report names none), by the district, its departments and communes', async () => {
    const r = (await t.inject('/api/reform/initiatives?unit=440&period=2023-H1')).json();
    expect(r.total).toBe(6);
    expect(r.byKind).toEqual({ model: 6 });
    expect(r.items.every((i: { note: string }) => i.note.startsWith('Dữ liệu minh họa'))).toBe(true);
    expect(r.items.map((i: { unit: string }) => i.unit).sort()).toEqual(['18229', '18253', '18259', '440-NV', '440-TP', '440-VP']);
    const commune = (await as['lanhdao.thitran']!('/api/reform/initiatives?unit=18229&period=2023-H1')).json();
    expect(commune.total).toBe(1);
    const districtItem = r.items.find((i: { unit: string }) => i.unit === '440-TP');
    expect((await as['lanhdao.thitran']!(`/api/reform/initiatives/${districtItem.id}`)).statusCode).toBe(404);
    expect((await as['truongphong.tuphap']!(`/api/reform/initiatives/${districtItem.id}`)).statusCode).toBe(200);
  });

  it('demo: the communication channels of 74/KH-UBND', async () => {
    const r = (await t.inject('/api/reform/communications?unit=440&period=2023-H1')).json();
    expect(r.activities).toBe(9);
    expect(Object.keys(r.byChannel).sort()).toEqual(['bulletin', 'digital_team', 'grassroots_radio', 'library', 'meeting', 'notice_board', 'portal', 'poster', 'radio_tv']);
    expect(r.byChannel.notice_board).toMatchObject({ label: 'Bảng niêm yết', activities: 1, count: 172 });
    expect(r.items.every((i: { basis: string }) => i.basis === '74/KH-UBND')).toBe(true);
  });

  it('every route is documented in OpenAPI with its schemas', async () => {
    const doc = (await t.app.inject('/docs/json')).json();
    for (const path of ['/api/reform/documents', '/api/reform/documents/counts', '/api/reform/inspections/{id}/targets/{unit}', '/api/reform/initiatives/{id}', '/api/reform/communications', '/api/figures/catalogue', '/api/figures/forms/{unit}/{period}/values', '/api/figures/forms/{unit}/{period}/unlock']) {
      expect(doc.paths[path], path).toBeDefined();
    }
    expect(doc.paths['/api/reform/documents'].post.requestBody.content['application/json'].schema.required).toEqual(expect.arrayContaining(['unit', 'number', 'issuedOn', 'type', 'excerpt']));
    expect(doc.paths['/api/figures/forms/{unit}/{period}/unlock'].post.requestBody.content['application/json'].schema.required).toEqual(['reason']);
  });

  it('demo seeding is idempotent', async () => {
    expect(await seedReformRecordsDemo(t.handle.db)).toEqual({ documents: 0, inspected: 0, initiatives: 0, communications: 0, figures: 0 });
    expect((await t.inject('/api/reform/documents/counts?unit=440&period=2023-H1')).json().self.total).toBe(37);
  });

  it('documents: create, read, update, delete; duplicates 409; retries with an Idempotency-Key store once', async () => {
    const officer = as['noivu.ductho']!;
    const body = { unit: '440', number: '1500/UBND-NV', issuedOn: '2023-06-20', type: 'official_letter', excerpt: 'Triển khai nhiệm vụ CCHC 6 tháng cuối năm 2023' };
    const created = await officer({ method: 'POST', url: '/api/reform/documents', payload: body, headers: { 'idempotency-key': 'doc-1500' } });
    expect(created.statusCode, created.body).toBe(201);
    const doc = created.json();
    expect(doc).toMatchObject({ unit: '440', typeLabel: 'Công văn', display: '1500/UBND-NV ngày 20/06/2023', createdBy: 'noivu.ductho', link: null });
    const retry = await officer({ method: 'POST', url: '/api/reform/documents', payload: body, headers: { 'idempotency-key': 'doc-1500' } });
    expect(retry.json().id).toBe(doc.id);
    const dup = await officer({ method: 'POST', url: '/api/reform/documents', payload: body });
    expect(dup.statusCode).toBe(409);
    expect((await t.inject('/api/reform/documents/counts?unit=440&period=2023-H2')).json().self.total).toBe(1);

    const patched = await officer({ method: 'PATCH', url: `/api/reform/documents/${doc.id}`, payload: { type: 'plan', number: '1500/KH-UBND', link: 'https://ductho.hatinh.gov.vn/vb/1500' } });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({ type: 'plan', typeLabel: 'Kế hoạch', number: '1500/KH-UBND', link: 'https://ductho.hatinh.gov.vn/vb/1500' });
    expect((await officer(`/api/reform/documents/${doc.id}`)).json().number).toBe('1500/KH-UBND');
    expect((await officer({ method: 'DELETE', url: `/api/reform/documents/${doc.id}` })).json()).toEqual({ deleted: doc.id });
    expect((await officer(`/api/reform/documents/${doc.id}`)).statusCode).toBe(404);
  });

  it('documents: invalid input answers 400 with the fields and stores nothing', async () => {
    const before = (await t.inject('/api/reform/documents/counts?unit=440&from=2000-01-01&to=2030-12-31')).json().self.total;
    const bad = await as['noivu.ductho']!({
      method: 'POST',
      url: '/api/reform/documents',
      payload: { unit: '440', number: 'số 12', issuedOn: '2023-02-30', type: 'memo', excerpt: ' ', link: 'ftp://x' },
    });
    expect(bad.statusCode).toBe(400);
    const fields = bad.json().issues.map((i: { field: string }) => i.field).sort();
    expect(fields).toEqual(['body.excerpt', 'body.issuedOn', 'body.link', 'body.number', 'body.type']);
    // A department is not a People's Committee: documents are the committee's.
    const dept = await t.inject({ method: 'POST', url: '/api/reform/documents', payload: { unit: '440-TP', number: '5/TP', issuedOn: '2023-02-01', type: 'other', excerpt: 'x' } });
    expect(dept.statusCode).toBe(400);
    expect(dept.json().issues[0].field).toBe('unit');
    expect((await t.inject('/api/reform/documents/counts?unit=440&from=2000-01-01&to=2030-12-31')).json().self.total).toBe(before);
    expect((await t.inject('/api/reform/documents/counts?unit=440&period=2023-X9')).statusCode).toBe(400);
  });

  it('roles: desk staff, leaders and department heads read but cannot record (403); anonymous 401', async () => {
    const body = { unit: '440', number: '1600/UBND-NV', issuedOn: '2023-06-21', type: 'official_letter', excerpt: 'x' };
    for (const u of ['motcua.ductho', 'lanhdao.ductho', 'truongphong.tuphap']) {
      expect((await as[u]!({ method: 'POST', url: '/api/reform/documents', payload: body })).statusCode, u).toBe(403);
      expect((await as[u]!('/api/reform/documents?unit=440&period=2023-H1')).statusCode, u).toBe(200);
    }
    expect((await t.app.inject('/api/reform/documents?unit=440&period=2023-H1')).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: '/api/reform/initiatives', payload: { unit: '440', name: 'x', kind: 'model', registeredOn: '2023-04-01' } })).statusCode).toBe(401);
  });

  it('scope: a commune sees its own records only; other units answer 404', async () => {
    const created = await t.inject({ method: 'POST', url: '/api/reform/documents', payload: { unit: '18244', number: '21/KH-UBND', issuedOn: '2023-02-01', type: 'plan', excerpt: 'Kế hoạch CCHC xã Trường Sơn năm 2023' } });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    expect((await as['lanhdao.thitran']!(`/api/reform/documents/${id}`)).statusCode).toBe(404);
    expect((await as['lanhdao.thitran']!('/api/reform/documents?unit=18244&period=2023-H1')).statusCode).toBe(404);
    expect((await as['lanhdao.thitran']!('/api/reform/documents/counts?unit=440&period=2023-H1')).statusCode).toBe(404);
    expect((await as['lanhdao.thitran']!('/api/reform/documents?unit=18229&period=2023-H1')).json().total).toBe(0);
    expect((await as['noivu.ductho']!(`/api/reform/documents/${id}`)).statusCode).toBe(200);
    // The district's counts show the commune's document under "children" and by unit.
    const c = (await as['noivu.ductho']!('/api/reform/documents/counts?unit=440&period=2023-H1')).json();
    expect(c.children.total).toBe(1);
    expect(c.byUnit['18244']).toBe(1);
    expect(c.self.total).toBe(37);
  });

  it('inspection plans: the units inspected must be the committee or below it', async () => {
    const bad = await t.inject({
      method: 'POST',
      url: '/api/reform/inspections',
      payload: { unit: '18244', number: '30/KH-UBND', issuedOn: '2023-04-01', subject: 'Kiểm tra CCHC', targets: [{ unit: '18229' }, { unit: '18244', scheduledOn: '2023-03-01' }] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues.map((i: { field: string }) => i.field)).toEqual(['targets.0.unit', 'targets.1.scheduledOn']);
    const dup = await t.inject({ method: 'POST', url: '/api/reform/inspections', payload: { unit: '440', number: '731/KH-UBND', issuedOn: '2023-04-01', subject: 'x', targets: [{ unit: '18229' }, { unit: '18229' }] } });
    expect(dup.statusCode).toBe(400);
    const ok = await as['noivu.ductho']!({ method: 'POST', url: '/api/reform/inspections', payload: { unit: '440', number: '1700/KH-UBND', issuedOn: '2023-07-10', subject: 'Kiểm tra đợt II', round: 'Đợt II/2023', targets: [{ unit: '18262', scheduledOn: '2023-09-05' }, { unit: '440-TP' }] } });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ planned: 2, done: 0, createdBy: 'noivu.ductho' });
  });

  it('initiatives: an evaluation needs its text and date; status changes are recorded', async () => {
    const officer = as['noivu.ductho']!;
    const bad = await officer({ method: 'POST', url: '/api/reform/initiatives', payload: { unit: '440-TNMT', name: 'Bản đồ số đất đai', kind: 'solution', registeredOn: '2023-04-01', status: 'evaluated' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues.map((i: { field: string }) => i.field)).toEqual(['evaluation', 'evaluatedOn']);
    const created = await officer({ method: 'POST', url: '/api/reform/initiatives', payload: { unit: '440-TNMT', name: 'Bản đồ số đất đai', kind: 'solution', registeredOn: '2023-04-01' } });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ status: 'registered', statusLabel: 'Đăng ký', kindLabel: 'Giải pháp mới', unit: '440-TNMT' });
    const id = created.json().id;
    const early = await officer({ method: 'PATCH', url: `/api/reform/initiatives/${id}`, payload: { status: 'evaluated', evaluation: 'Hiệu quả', evaluatedOn: '2023-03-01' } });
    expect(early.statusCode).toBe(400);
    const done = await officer({ method: 'PATCH', url: `/api/reform/initiatives/${id}`, payload: { status: 'evaluated', evaluation: 'Hiệu quả, đề nghị nhân rộng', evaluatedOn: '2023-12-01' } });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'evaluated', statusLabel: 'Đã đánh giá', evaluatedOn: '2023-12-01', updatedBy: 'noivu.ductho' });
    const again = await officer({ method: 'POST', url: '/api/reform/initiatives', payload: { unit: '440-TNMT', name: 'Bản đồ số đất đai', kind: 'model', registeredOn: '2023-05-01' } });
    expect(again.statusCode).toBe(409);
    expect((await t.inject('/api/reform/initiatives?unit=440&period=2023-H1')).json().total).toBe(7);
  });

  it('communication: counts and participants per channel; toDate not before fromDate', async () => {
    const officer = as['noivu.ductho']!;
    const bad = await officer({ method: 'POST', url: '/api/reform/communications', payload: { unit: '440', channel: 'meeting', description: 'Hội nghị', fromDate: '2023-08-02', toDate: '2023-08-01', count: -1 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues.map((i: { field: string }) => i.field).sort()).toEqual(['body.count', 'body.toDate']);
    for (const participants of [120, 80]) {
      const r = await officer({ method: 'POST', url: '/api/reform/communications', payload: { unit: '440', channel: 'meeting', description: 'Hội nghị tuyên truyền CCHC', fromDate: '2023-08-01', toDate: '2023-08-01', count: 1, participants } });
      expect(r.statusCode, r.body).toBe(201);
    }
    const h2 = (await officer('/api/reform/communications?unit=440&period=2023-H2')).json();
    expect(h2.byChannel.meeting).toEqual({ label: 'Hội họp, gửi văn bản', activities: 2, count: 2, participants: 200 });
    expect((await officer({ method: 'DELETE', url: `/api/reform/communications/${h2.items[0].id}` })).statusCode).toBe(200);
    expect((await officer('/api/reform/communications?unit=440&period=2023-H2')).json().activities).toBe(1);
  });

  /** A reform officer of Thị trấn Đức Thọ (18229): a writer whose scope is the commune only. */
  const communeOfficer = async (): Promise<Inject> => {
    if (!as['kiemthu.cchc18229']) {
      const r = await t.inject({ method: 'POST', url: '/api/users', payload: { username: 'kiemthu.cchc18229', fullName: 'Cán bộ CCHC thị trấn', role: 'reform_officer', unit: '18229', unitOn: '2023-06-14', password: 'mat-khau-dai-du-12' } });
      expect(r.statusCode, r.body).toBe(201);
      as['kiemthu.cchc18229'] = await loginAs(t.app, 'kiemthu.cchc18229', 'mat-khau-dai-du-12');
    }
    return as['kiemthu.cchc18229'];
  };

  it('inspection plans: delete is scoped (404), for writers (403), and refused (409) while results are recorded', async () => {
    const officer = as['noivu.ductho']!;
    const created = await officer({ method: 'POST', url: '/api/reform/inspections', payload: { unit: '440', number: '1800/KH-UBND', issuedOn: '2023-08-01', subject: 'Kiểm tra CCHC đợt III', targets: [{ unit: '18229', scheduledOn: '2023-08-10' }, { unit: '18244' }] } });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    const commune = await communeOfficer();
    expect((await commune({ method: 'DELETE', url: `/api/reform/inspections/${id}` })).statusCode).toBe(404);
    expect((await as['lanhdao.ductho']!({ method: 'DELETE', url: `/api/reform/inspections/${id}` })).statusCode).toBe(403);
    expect((await officer({ method: 'PATCH', url: `/api/reform/inspections/${id}/targets/18229`, payload: { inspectedOn: '2023-08-10', findings: 'Chưa niêm yết đủ TTHC' } })).statusCode).toBe(200);

    const refused = await officer({ method: 'DELETE', url: `/api/reform/inspections/${id}` });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'CONFLICT', units: ['18229'], issues: [{ field: 'targets.18229', reason: 'inspection results are recorded; clear them first' }] });
    expect(refused.json().message).toContain('Thị trấn Đức Thọ');
    expect((await officer(`/api/reform/inspections/${id}`)).json()).toMatchObject({ planned: 2, done: 1 });

    // Clearing the results first lets the plan go, with its inspected units.
    expect((await officer({ method: 'PATCH', url: `/api/reform/inspections/${id}/targets/18229`, payload: { inspectedOn: null, findings: null } })).statusCode).toBe(200);
    const deleted = await officer({ method: 'DELETE', url: `/api/reform/inspections/${id}`, headers: { 'idempotency-key': 'del-insp-1800' } });
    expect(deleted.json()).toEqual({ deleted: id });
    expect((await officer({ method: 'DELETE', url: `/api/reform/inspections/${id}`, headers: { 'idempotency-key': 'del-insp-1800' } })).json()).toEqual({ deleted: id });
    expect((await officer(`/api/reform/inspections/${id}`)).statusCode).toBe(404);
    expect((await officer({ method: 'DELETE', url: `/api/reform/inspections/${id}` })).statusCode).toBe(404);
    const left = await t.handle.db.selectFrom('inspectionTargets').select('id').where('planId', '=', id).execute();
    expect(left).toEqual([]);

    // The commune's officer deletes the commune's own plan.
    const own = await commune({ method: 'POST', url: '/api/reform/inspections', payload: { unit: '18229', number: '12/KH-UBND', issuedOn: '2023-08-02', subject: 'Tự kiểm tra', targets: [{ unit: '18229' }] } });
    expect(own.statusCode, own.body).toBe(201);
    expect((await commune({ method: 'DELETE', url: `/api/reform/inspections/${own.json().id}` })).statusCode).toBe(200);
  });

  it('initiatives: delete is scoped (404) and for writers (403); the period total drops by one', async () => {
    const officer = as['noivu.ductho']!;
    const total = async () => (await t.inject('/api/reform/initiatives?unit=440&period=2023-H2')).json().total as number;
    const created = await officer({ method: 'POST', url: '/api/reform/initiatives', payload: { unit: '440-VP', name: 'Một cửa không giấy', kind: 'model', registeredOn: '2023-07-03' } });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    const before = await total();
    expect((await (await communeOfficer())({ method: 'DELETE', url: `/api/reform/initiatives/${id}` })).statusCode).toBe(404);
    expect((await as['truongphong.tuphap']!({ method: 'DELETE', url: `/api/reform/initiatives/${id}` })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/reform/initiatives/${id}` })).statusCode).toBe(401);
    expect((await officer({ method: 'DELETE', url: `/api/reform/initiatives/${id}` })).json()).toEqual({ deleted: id });
    expect(await total()).toBe(before - 1);
    expect((await officer(`/api/reform/initiatives/${id}`)).statusCode).toBe(404);
  });

  it('communication activities: edit every field but the unit; bad input 400 with nothing changed; scoped and for writers', async () => {
    const officer = as['noivu.ductho']!;
    const created = await officer({ method: 'POST', url: '/api/reform/communications', payload: { unit: '440', channel: 'portal', description: 'Tin bài CCHC', fromDate: '2023-09-01', toDate: '2023-09-30', count: 4, participants: 10, basis: '74/KH-UBND' } });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    expect(created.json()).toMatchObject({ createdBy: 'noivu.ductho', updatedBy: 'noivu.ductho' });

    const edited = await officer({ method: 'PATCH', url: `/api/reform/communications/${id}`, payload: { channel: 'social_media', description: 'Tin bài CCHC trên Fanpage', count: 6, participants: null, note: 'Fanpage UBND huyện' } });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ channel: 'social_media', channelLabel: 'Mạng xã hội', description: 'Tin bài CCHC trên Fanpage', count: 6, participants: null, basis: '74/KH-UBND', note: 'Fanpage UBND huyện', fromDate: '2023-09-01', toDate: '2023-09-30' });
    expect((await officer(`/api/reform/communications/${id}`)).json().count).toBe(6);
    // Moving the end date moves the period it counts in (H2 2023 → H1 2024 from 15/12/2023).
    expect((await officer({ method: 'PATCH', url: `/api/reform/communications/${id}`, payload: { toDate: '2023-12-20' } })).statusCode).toBe(200);
    expect((await officer('/api/reform/communications?unit=440&period=2024-H1')).json().byChannel.social_media).toMatchObject({ activities: 1, count: 6 });

    const snapshot = (await officer(`/api/reform/communications/${id}`)).json();
    const bad = await officer({ method: 'PATCH', url: `/api/reform/communications/${id}`, payload: { channel: 'tiktok', count: -3, fromDate: '2023-02-30' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues.map((i: { field: string }) => i.field).sort()).toEqual(['body.channel', 'body.count', 'body.fromDate']);
    const order = await officer({ method: 'PATCH', url: `/api/reform/communications/${id}`, payload: { fromDate: '2024-01-05' } });
    expect(order.statusCode).toBe(400);
    expect(order.json().issues).toEqual([{ field: 'body.fromDate', reason: 'toDate must not be before fromDate' }]);
    // Huyện Đức Thọ ceased on 30/06/2025: its activity cannot end after that.
    const ceased = await officer({ method: 'PATCH', url: `/api/reform/communications/${id}`, payload: { toDate: '2025-08-01' } });
    expect(ceased.statusCode).toBe(400);
    expect(ceased.json().issues[0].field).toBe('body.toDate');
    expect((await officer({ method: 'PATCH', url: `/api/reform/communications/${id}`, payload: {} })).statusCode).toBe(400);
    expect((await officer(`/api/reform/communications/${id}`)).json()).toEqual(snapshot);

    expect((await (await communeOfficer())({ method: 'PATCH', url: `/api/reform/communications/${id}`, payload: { count: 1 } })).statusCode).toBe(404);
    expect((await as['lanhdao.ductho']!({ method: 'PATCH', url: `/api/reform/communications/${id}`, payload: { count: 1 } })).statusCode).toBe(403);
    expect((await officer({ method: 'PATCH', url: '/api/reform/communications/999999', payload: { count: 1 } })).statusCode).toBe(404);
    const doc = (await t.app.inject('/docs/json')).json();
    expect(doc.paths['/api/reform/communications/{id}'].patch).toBeDefined();
    expect(doc.paths['/api/reform/inspections/{id}'].delete).toBeDefined();
    expect(doc.paths['/api/reform/initiatives/{id}'].delete).toBeDefined();
  });
});
