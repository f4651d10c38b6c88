import ExcelJS from 'exceljs';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemoUsers } from '../src/modules/demo/service.js';
import { demoOrganisation, setupDeployment } from '../src/modules/units/service.js';
import { backend, createTestApp, loginAs, type TestApp } from './helpers.js';

type Inject = (opts: InjectOptions | string) => Promise<LightMyRequestResponse>;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const task = (code: string, over: Record<string, unknown> = {}) => ({
  code,
  area: 'procedures',
  owner: '440-VP',
  content: `Nhiệm vụ ${code}`,
  deadline: '2024-06-30',
  activities: [{ code: 'a', content: `Hoạt động ${code}.a` }],
  ...over,
});

describe(`reform plans through the API (${backend})`, () => {
  let t: TestApp;
  const as: Record<string, Inject> = {};

  beforeAll(async () => {
    t = await createTestApp();
    await setupDeployment(t.handle.db, demoOrganisation());
    await seedDemoUsers(t.handle.db);
    for (const u of ['noivu.ductho', 'lanhdao.ductho', 'motcua.ductho', 'motcua.thitran', 'chuyenvien.tuphap']) as[u] = await loginAs(t.app, u, DEMO_PASSWORD);
  }, 120_000);
  afterAll(() => t?.close());

  const planCount = async () => (await t.inject('/api/plans')).json().length as number;

  it('creates a plan with tasks and activities, reads it, and counts progress at any date', async () => {
    const res = await as['noivu.ductho']!({
      method: 'POST',
      url: '/api/plans',
      payload: {
        unit: '440',
        year: 2024,
        documentNumber: '95/KH-UBND',
        documentDate: '2024-01-15',
        tasks: [
          task('1', { area: 'direction', owner: 'Phòng Nội vụ', cooperating: ['UBND các xã, thị trấn'], status: 'done', completedOn: '2024-01-15', evidence: 'Kế hoạch 95/KH-UBND', activities: [{ code: 'a', content: 'Dự thảo', status: 'done', completedOn: '2024-01-10' }] }),
          task('2', { deadline: '2024-03-31', activities: [{ code: 'a', content: 'Rà soát', status: 'done', completedOn: '2024-02-01' }, { code: 'b', content: 'Công khai', owner: '440-TP', deadline: '2024-03-31' }] }),
          task('3', { area: 'digital_government', owner: '440-VHTT', deadline: null }),
        ],
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const plan = res.json();
    expect(plan).toMatchObject({ unit: { code: '440', name: 'Huyện Đức Thọ' }, year: 2024, documentNumber: '95/KH-UBND', taskCount: 3, activityCount: 4 });
    expect(plan.title).toBe('Kế hoạch cải cách hành chính năm 2024');
    expect(plan.tasks[0]).toMatchObject({ code: '1', owner: { code: '440-NV', name: 'Phòng Nội vụ' }, areaLabel: 'Công tác chỉ đạo, điều hành cải cách hành chính', status: 'done' });
    expect(plan.tasks[1].activities[1].owner).toEqual({ code: '440-TP', name: 'Phòng Tư pháp' });

    const p = (await as['lanhdao.ductho']!(`/api/plans/${plan.id}/progress?at=2024-04-01`)).json();
    expect(p.tasks).toEqual({ done: 1, total: 3, rate: '33,33%' });
    expect(p.activities).toEqual({ done: 2, total: 4, rate: '50,00%' });
    expect(p.byArea.find((a: { area: string }) => a.area === 'procedures')).toMatchObject({ tasks: { done: 0, total: 1 }, activities: { done: 1, total: 2 } });
    expect(p.byOwner.map((o: { owner: { code: string } }) => o.owner.code).sort()).toEqual(['440-NV', '440-TP', '440-VHTT', '440-VP']);
    // Task 2 (due 31/03) and its activity b are overdue on 01/04; not yet on 31/03.
    expect(p.overdue.map((o: { kind: string; code: string }) => `${o.kind}:${o.code}`)).toEqual(['task:2', 'activity:b']);
    expect(p.overdue[0]).toMatchObject({ deadline: '2024-03-31', daysLate: 1, owner: { code: '440-VP' } });
    const before = (await t.inject(`/api/plans/${plan.id}/progress?at=2024-01-12`)).json();
    expect(before.tasks.done).toBe(0);
    expect(before.activities.done).toBe(1);
    expect(before.overdue).toEqual([]);
  });

  it('rejects invalid input with every field, and stores nothing', async () => {
    const before = await planCount();
    const bad = await t.inject({
      method: 'POST',
      url: '/api/plans',
      payload: { unit: '440', year: 2025, documentNumber: '', documentDate: '2025-02-30', tasks: [task('1', { area: 'sports' }), task('2', { deadline: '30/06/2025' }), task('3', { status: 'done' })] },
    });
    expect(bad.statusCode).toBe(400);
    const fields = bad.json().issues.map((i: { field: string }) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['body.documentNumber', 'body.documentDate', 'body.tasks.0.area', 'body.tasks.1.deadline', 'body.tasks.2.completedOn']));
    // Rules beyond the shape: unknown owner, duplicate codes, a done task with an open activity.
    const rules = await t.inject({
      method: 'POST',
      url: '/api/plans',
      payload: {
        unit: '440',
        year: 2025,
        documentNumber: '1/KH-UBND',
        documentDate: '2025-01-05',
        tasks: [task('1', { owner: 'Phòng Không Có' }), task('1'), task('3', { status: 'done', completedOn: '2025-01-05' })],
      },
    });
    expect(rules.statusCode).toBe(400);
    expect(rules.json().issues.map((i: { field: string }) => i.field)).toEqual(['body.tasks.0.owner', 'body.tasks.1.code', 'body.tasks.2.activities.0.status']);
    expect(await planCount()).toBe(before);
    // A unit that does not exist, and a plan for a department.
    expect((await t.inject({ method: 'POST', url: '/api/plans', payload: { unit: '99999', year: 2025, documentNumber: '1/KH', documentDate: '2025-01-05' } })).statusCode).toBe(404);
    expect((await t.inject({ method: 'POST', url: '/api/plans', payload: { unit: '440-NV', year: 2025, documentNumber: '1/KH', documentDate: '2025-01-05' } })).statusCode).toBe(400);
    // One plan per unit and year.
    const dup = await t.inject({ method: 'POST', url: '/api/plans', payload: { unit: '440', year: 2024, documentNumber: '2/KH', documentDate: '2024-01-05' } });
    expect(dup.statusCode).toBe(409);
    expect(await planCount()).toBe(before);
  });

  it('edits a plan: header, tasks, statuses (a task is done only with its activities done)', async () => {
    const created = (await t.inject({ method: 'POST', url: '/api/plans', payload: { unit: '440', year: 2022, documentNumber: '10/KH-UBND', documentDate: '2022-01-10', tasks: [task('1')] } })).json();
    const id = created.id as number;
    expect((await t.inject({ method: 'PATCH', url: `/api/plans/${id}`, payload: { documentNumber: '12/KH-UBND' } })).json().documentNumber).toBe('12/KH-UBND');
    const added = await t.inject({ method: 'POST', url: `/api/plans/${id}/tasks`, payload: task('2', { activities: [{ code: 'a', content: 'x' }, { code: 'b', content: 'y' }] }) });
    expect(added.statusCode, added.body).toBe(201);
    expect((await t.inject({ method: 'POST', url: `/api/plans/${id}/tasks`, payload: task('2') })).json().issues[0].field).toBe('body.code');
    const t2 = added.json();
    const early = await t.inject({ method: 'PATCH', url: `/api/plans/${id}/tasks/${t2.id}/status`, payload: { status: 'done', completedOn: '2022-05-01' } });
    expect(early.statusCode).toBe(400);
    expect(early.json().issues[0]).toMatchObject({ field: 'body.status' });
    for (const a of t2.activities) {
      const r = await t.inject({ method: 'PATCH', url: `/api/plans/${id}/activities/${a.id}/status`, payload: { status: 'done', completedOn: '2022-04-20', evidence: 'https://ductho.hatinh.gov.vn/cchc' } });
      expect(r.statusCode, r.body).toBe(200);
    }
    const done = await t.inject({ method: 'PATCH', url: `/api/plans/${id}/tasks/${t2.id}/status`, payload: { status: 'done', completedOn: '2022-05-01' } });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'done', completedOn: '2022-05-01' });
    // Reopening an activity of a done task is refused; the status/date pair must agree.
    expect((await t.inject({ method: 'PATCH', url: `/api/plans/${id}/activities/${t2.activities[0].id}/status`, payload: { status: 'in_progress' } })).statusCode).toBe(400);
    expect((await t.inject({ method: 'PATCH', url: `/api/plans/${id}/tasks/${t2.id}/status`, payload: { status: 'in_progress', completedOn: '2022-05-01' } })).statusCode).toBe(400);
    // Replace task 1: activity a keeps its id, b is new.
    const t1 = created.tasks[0];
    const put = await t.inject({ method: 'PUT', url: `/api/plans/${id}/tasks/${t1.id}`, payload: task('1', { content: 'Nội dung mới', activities: [{ code: 'a', content: 'A mới' }, { code: 'b', content: 'B' }] }) });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().activities.map((a: { id: number; code: string }) => a.code)).toEqual(['a', 'b']);
    expect(put.json().activities[0].id).toBe(t1.activities[0].id);
    expect((await t.inject({ method: 'DELETE', url: `/api/plans/${id}/tasks/${t1.id}` })).statusCode).toBe(200);
    expect((await t.inject(`/api/plans/${id}`)).json().taskCount).toBe(1);
    expect((await t.inject({ method: 'DELETE', url: `/api/plans/${id}` })).statusCode).toBe(200);
    expect((await t.inject(`/api/plans/${id}`)).statusCode).toBe(404);
  });

  it('roles: reform officer writes; leaders read; the desk and departments cannot write (403)', async () => {
    const body = { unit: '440', year: 2021, documentNumber: '5/KH-UBND', documentDate: '2021-01-05' };
    expect((await as['motcua.ductho']!({ method: 'POST', url: '/api/plans', payload: body })).statusCode).toBe(403);
    expect((await as['lanhdao.ductho']!({ method: 'POST', url: '/api/plans', payload: body })).statusCode).toBe(403);
    expect((await as['chuyenvien.tuphap']!({ method: 'POST', url: '/api/plans', payload: body })).statusCode).toBe(403);
    expect((await t.app.inject('/api/plans')).statusCode).toBe(401);
    const plans = (await as['lanhdao.ductho']!('/api/plans?unit=440&year=2024')).json();
    expect(plans).toHaveLength(1);
    expect((await as['lanhdao.ductho']!({ method: 'DELETE', url: `/api/plans/${plans[0].id}` })).statusCode).toBe(403);
    expect((await as['lanhdao.ductho']!({ method: 'PATCH', url: `/api/plans/${plans[0].id}`, payload: { title: 'x' } })).statusCode).toBe(403);
  });

  it("scope: a commune officer sees only the commune's plan; the district's answers 404; the district sums its communes", async () => {
    const district = (await t.inject('/api/plans?unit=440&year=2024')).json()[0];
    const commune = await as['noivu.ductho']!({
      method: 'POST',
      url: '/api/plans',
      payload: { unit: '18229', year: 2024, documentNumber: '07/KH-UBND', documentDate: '2024-01-20', tasks: [task('1', { owner: '18229', status: 'done', completedOn: '2024-02-01', activities: [{ code: 'a', content: 'x', status: 'done', completedOn: '2024-02-01' }] }), task('2', { owner: 'Thị trấn Đức Thọ' })] },
    });
    expect(commune.statusCode, commune.body).toBe(201);
    const c = as['motcua.thitran']!;
    expect((await c(`/api/plans/${district.id}`)).statusCode).toBe(404);
    expect((await c(`/api/plans/${district.id}/progress`)).statusCode).toBe(404);
    expect((await c(`/api/plans/${district.id}.xlsx`)).statusCode).toBe(404);
    expect((await c('/api/plans/progress?unit=440&year=2024&at=2024-04-01')).statusCode).toBe(404);
    expect((await c('/api/plans')).json().map((p: { unit: { code: string } }) => p.unit.code)).toEqual(['18229']);
    expect((await c(`/api/plans/${commune.json().id}`)).statusCode).toBe(200);

    const roll = (await as['lanhdao.ductho']!('/api/plans/progress?unit=440&year=2024&at=2024-04-01')).json();
    expect(roll.tasks).toEqual({ done: 2, total: 5, rate: '40,00%' });
    expect(roll.activities).toEqual({ done: 3, total: 6, rate: '50,00%' });
    expect(roll.byUnit.map((u: { unit: { code: string } }) => u.unit.code)).toEqual(['440', '18229']);
    expect(roll.byUnit[1].tasks).toEqual({ done: 1, total: 2, rate: '50,00%' });
    expect(roll.withoutPlan).toHaveLength(15);
    expect(roll.overdue.map((o: { unit: string; code: string }) => `${o.unit}:${o.code}`)).toEqual(['440:2', '440:b']);
  });

  it('XLSX: the template downloads; export → import reproduces the plan', async () => {
    const tpl = await t.inject('/api/plans/template.xlsx');
    expect(tpl.statusCode).toBe(200);
    expect(tpl.headers['content-type']).toContain(XLSX);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(tpl.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Kế hoạch CCHC', 'Hướng dẫn']);
    expect(wb.worksheets[0]!.getRow(7).getCell(4).value).toBe('Nội dung');

    const plan = (await t.inject('/api/plans?unit=440&year=2024')).json()[0];
    const original = (await t.inject(`/api/plans/${plan.id}`)).json();
    const file = await t.inject(`/api/plans/${plan.id}.xlsx`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toContain('ke-hoach-cchc-440-2024.xlsx');
    // Importing over an existing plan needs replace=true.
    const conflict = await t.inject({ method: 'POST', url: '/api/plans/import', headers: { 'content-type': XLSX }, payload: file.rawPayload });
    expect(conflict.statusCode).toBe(409);
    const replaced = await as['noivu.ductho']!({ method: 'POST', url: '/api/plans/import?replace=true', headers: { 'content-type': XLSX }, payload: file.rawPayload });
    expect(replaced.statusCode, replaced.body).toBe(200);
    expect(replaced.json()).toEqual({ planId: plan.id, tasks: 3, activities: 4, replaced: true });
    const strip = (p: Record<string, unknown>) => JSON.parse(JSON.stringify(p, (k, v) => (k === 'id' ? undefined : v)));
    expect(strip((await t.inject(`/api/plans/${plan.id}`)).json())).toEqual(strip(original));
  });

  it('XLSX import with bad rows: every problem as "row N: column: reason", nothing stored', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Kế hoạch CCHC');
    [['Mã đơn vị', '440'], ['Năm', 2020], ['Số văn bản', '20/KH-UBND'], ['Ngày ban hành', '15/01/2020'], ['Trích yếu', 'Kế hoạch CCHC năm 2020']].forEach((r, i) => ws.getRow(i + 1).values = r);
    ws.getRow(7).values = ['Mã nhiệm vụ', 'Mã hoạt động', 'Lĩnh vực', 'Nội dung', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Sản phẩm', 'Thời hạn', 'Trạng thái', 'Ngày hoàn thành', 'Minh chứng'];
    ws.getRow(8).values = ['1', '', '1. Cải cách thể chế', 'Rà soát văn bản QPPL', '440-TP', 'Các phòng, ban', 'Báo cáo', new Date(Date.UTC(2020, 11, 15)), 'Chưa thực hiện'];
    ws.getRow(9).values = ['1', 'a', '', 'Rà soát', '', '', '', '31/02/2020'];
    ws.getRow(10).values = ['2', '', 'Thể thao', 'Nội dung', 'Phòng Nội vụ'];
    ws.getRow(11).values = ['7', 'a', '', 'Hoạt động của nhiệm vụ không có'];
    ws.getRow(12).values = ['3', '', '2', '', 'Phòng Không Có', '', '', '', 'Xong'];
    ws.getRow(13).values = ['4', '', '6', 'Nhiệm vụ đã xong nhưng chưa có ngày', '440-VHTT', '', '', '', 'Hoàn thành'];
    ws.getRow(14).values = ['5', '', '0', 'Nhiệm vụ của đơn vị không có', 'Phòng Không Có'];
    const body = Buffer.from(await wb.xlsx.writeBuffer());
    const res = await t.inject({ method: 'POST', url: '/api/plans/import', headers: { 'content-type': XLSX }, payload: body });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      'row 9: Thời hạn: must be a date dd/mm/yyyy',
      'row 10: Lĩnh vực: unknown area "Thể thao": use 0–6 or the area\'s name',
      'row 11: Mã nhiệm vụ: no task 7 on a row above this activity',
      'row 12: Trạng thái: must be one of Chưa thực hiện, Đang thực hiện, Hoàn thành',
      'row 12: Nội dung: is required',
      'row 13: Ngày hoàn thành: is required when status is done',
      'row 14: Đơn vị chủ trì: no unit "Phòng Không Có" in this plan\'s unit or below it',
    ]);
    expect(res.json().message).toContain('row 9: Thời hạn: must be a date dd/mm/yyyy');
    expect((await t.inject('/api/plans?unit=440&year=2020')).json()).toEqual([]);
    // Not a workbook at all; a wrong header row.
    const junk = await t.inject({ method: 'POST', url: '/api/plans/import', headers: { 'content-type': XLSX }, payload: Buffer.from('not a zip') });
    expect(junk.json().errors).toEqual(['row 0: file: is not an XLSX workbook']);
    ws.getRow(7).getCell(4).value = 'Mô tả';
    const header = await t.inject({ method: 'POST', url: '/api/plans/import', headers: { 'content-type': XLSX }, payload: Buffer.from(await wb.xlsx.writeBuffer()) });
    expect(header.json().errors).toEqual(['row 7: Nội dung: column D must be headed "Nội dung"']);
    // The same file, fixed, imports (multipart upload, as the web form sends it).
    ws.getRow(7).getCell(4).value = 'Nội dung';
    ws.getRow(9).getCell(8).value = '28/02/2020';
    ws.getRow(10).getCell(3).value = 'Cải cách chế độ công vụ';
    ws.getRow(11).getCell(1).value = '2';
    ws.getRow(12).values = ['3', '', '2', 'Công khai TTHC', 'Văn phòng HĐND và UBND', '', '', '', 'Đang thực hiện'];
    ws.getRow(13).getCell(10).value = '20/03/2020';
    ws.spliceRows(14, 1);
    const boundary = '----motcua';
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    const multipart = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="ke-hoach.xlsx"\r\nContent-Type: ${XLSX}\r\n\r\n`),
      xlsx,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const ok = await as['noivu.ductho']!({ method: 'POST', url: '/api/plans/import', headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, payload: multipart });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ tasks: 4, activities: 2, replaced: false });
    const view = (await t.inject(`/api/plans/${ok.json().planId}`)).json();
    expect(view.tasks.map((x: { area: string }) => x.area)).toEqual(['institutions', 'civil_service', 'procedures', 'digital_government']);
    expect(view.tasks[0]).toMatchObject({ deadline: '2020-12-15', cooperating: ['Các phòng, ban'], activities: [{ code: 'a', deadline: '2020-02-28' }] });
    expect(view.tasks[3]).toMatchObject({ status: 'done', completedOn: '2020-03-20' });
    // The reception desk cannot import.
    expect((await as['motcua.ductho']!({ method: 'POST', url: '/api/plans/import', headers: { 'content-type': XLSX }, payload: xlsx })).statusCode).toBe(403);
  });

  it('documents every plan route in OpenAPI', async () => {
    const doc = (await t.app.inject('/docs/json')).json();
    for (const path of ['/api/plans', '/api/plans/{id}', '/api/plans/{id}/progress', '/api/plans/progress', '/api/plans/import', '/api/plans/template.xlsx', '/api/plans/{id}.xlsx']) {
      expect(doc.paths[path], path).toBeDefined();
    }
  });
});
