import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCX_MIME, XLSX_FILE_MIME, sniffFile, sniffOffice, zipEntryNames } from '../src/modules/attachments/service.js';
import { DEMO_PASSWORD, seedDemoUsers } from '../src/modules/demo/service.js';
import { demoOrganisation, setupDeployment } from '../src/modules/units/service.js';
import { backend, createTestApp, loginAs, type TestApp } from './helpers.js';

type Inject = (opts: InjectOptions | string) => Promise<LightMyRequestResponse>;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A multipart/form-data body: fields first, then one file. */
function multipart(fields: Record<string, string>, file: { name: string; type: string; content: Buffer }) {
  const boundary = '----motcua' + Math.random().toString(16).slice(2);
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`));
  parts.push(file.content, Buffer.from(`\r\n--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** A ZIP of stored (uncompressed) entries; the sniffer reads names only, so CRCs are left 0. */
function zip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const n = Buffer.from(name);
    const data = Buffer.from(text);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(n.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt32LE(data.length, 20);
    dir.writeUInt32LE(data.length, 24);
    dir.writeUInt16LE(n.length, 28);
    dir.writeUInt32LE(offset, 42);
    locals.push(local, n, data);
    central.push(dir, n);
    offset += 30 + n.length + data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(1024, 32), Buffer.from('\n%%EOF\n')]);
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]);
let docx: Buffer;
let xlsx: Buffer;

beforeAll(async () => {
  docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Báo cáo kết quả rà soát TTHC')] }] }));
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Kết quả').addRow(['Đơn vị', 'Số TTHC']);
  xlsx = Buffer.from(await wb.xlsx.writeBuffer());
});

describe('sniffing Word and Excel documents (attachments)', () => {
  it('recognises DOCX and XLSX by their package parts, not by the name', () => {
    expect(sniffOffice(docx)).toBe(DOCX_MIME);
    expect(sniffOffice(xlsx)).toBe(XLSX_FILE_MIME);
    expect(zipEntryNames(xlsx)).toContain('xl/workbook.xml');
    expect(sniffOffice(zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }))).toBe(DOCX_MIME);
  });

  it('refuses other ZIP files, macro-enabled packages, truncated archives and non-ZIP data', () => {
    expect(sniffOffice(zip({ 'word/document.xml': '<w:document/>' }))).toBeUndefined(); // no content types
    expect(sniffOffice(zip({ '[Content_Types].xml': '<Types/>', 'ppt/presentation.xml': '<p/>' }))).toBeUndefined();
    expect(sniffOffice(zip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<w/>', 'xl/vbaProject.bin': 'macro' }))).toBeUndefined();
    expect(sniffOffice(docx.subarray(0, docx.length - 30))).toBeUndefined();
    expect(sniffOffice(Buffer.from('PK\u0003\u0004 but nothing else'))).toBeUndefined();
    expect(sniffOffice(pdf)).toBeUndefined();
  });

  it('a dossier still accepts scans only (the default); evidence accepts the five types', () => {
    expect(sniffFile(pdf)).toBe('application/pdf');
    expect(sniffFile(docx)).toBeUndefined();
    expect(sniffFile(xlsx)).toBeUndefined();
    const evidence = ['application/pdf', 'image/jpeg', 'image/png', DOCX_MIME, XLSX_FILE_MIME];
    expect(sniffFile(docx, evidence)).toBe(DOCX_MIME);
    expect(sniffFile(xlsx, evidence)).toBe(XLSX_FILE_MIME);
    expect(sniffFile(png, evidence)).toBe('image/png');
    expect(sniffFile(Buffer.from('MZ'), evidence)).toBeUndefined();
  });
});

describe(`evidence files of the reform plan (${backend})`, () => {
  let t: TestApp;
  const as: Record<string, Inject> = {};
  let planId: number;
  let task1: { id: number; activities: Array<{ id: number; code: string }> };
  let task2: { id: number };

  beforeAll(async () => {
    t = await createTestApp();
    await setupDeployment(t.handle.db, demoOrganisation());
    await seedDemoUsers(t.handle.db);
    for (const u of ['noivu.ductho', 'lanhdao.ductho', 'motcua.thitran']) as[u] = await loginAs(t.app, u, DEMO_PASSWORD);
    const res = await as['noivu.ductho']!({
      method: 'POST',
      url: '/api/plans',
      payload: {
        unit: '440',
        year: 2024,
        documentNumber: '95/KH-UBND',
        documentDate: '2024-01-15',
        tasks: [
          { code: '1', area: 'procedures', owner: '440-VP', content: 'Rà soát, đơn giản hóa TTHC', activities: [{ code: 'a', content: 'Rà soát' }, { code: 'b', content: 'Công khai' }] },
          { code: '2', area: 'direction', owner: '440-NV', content: 'Kiểm tra CCHC' },
        ],
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    planId = res.json().id;
    [task1, task2] = res.json().tasks;
  }, 120_000);
  afterAll(() => t?.close());

  const list = async () => (await t.inject(`/api/plans/${planId}/evidence`)).json().items as Array<Record<string, unknown>>;
  const upload = (who: Inject, path: string, file: { name: string; type: string; content: Buffer }, label?: string, headers: Record<string, string> = {}) => {
    const m = multipart(label ? { label } : {}, file);
    return who({ method: 'POST', url: `/api/plans/${planId}/${path}/evidence`, payload: m.payload, headers: { ...m.headers, ...headers } });
  };

  it('uploads PDF, PNG, DOCX and XLSX evidence on a task and an activity; lists and downloads them', async () => {
    const officer = as['noivu.ductho']!;
    const a = await upload(officer, `tasks/${task1.id}`, { name: 'Báo cáo rà soát.docx', type: 'application/octet-stream', content: docx }, 'Báo cáo 12/BC-UBND');
    expect(a.statusCode, a.body).toBe(201);
    expect(a.json()).toMatchObject({ taskId: task1.id, taskCode: '1', activityId: null, activityCode: null, filename: 'Báo cáo rà soát.docx', mime: DOCX_MIME, size: docx.length, label: 'Báo cáo 12/BC-UBND', uploadedBy: 'noivu.ductho' });
    const b = await upload(officer, `activities/${task1.activities[1]!.id}`, { name: 'ket-qua.xlsx', type: XLSX, content: xlsx });
    expect(b.statusCode, b.body).toBe(201);
    expect(b.json()).toMatchObject({ taskId: task1.id, activityId: task1.activities[1]!.id, activityCode: 'b', mime: XLSX_FILE_MIME, label: null });
    expect((await upload(officer, `tasks/${task2.id}`, { name: 'anh.png', type: 'image/png', content: png })).statusCode).toBe(201);
    expect((await upload(officer, `tasks/${task2.id}`, { name: 'bien-ban.pdf', type: 'application/pdf', content: pdf })).statusCode).toBe(201);

    const items = await list();
    expect(items.map((i) => `${i.taskCode}/${i.activityCode ?? '-'}:${i.filename}`)).toEqual(['1/-:Báo cáo rà soát.docx', '1/b:ket-qua.xlsx', '2/-:anh.png', '2/-:bien-ban.pdf']);
    // A leader reads and downloads (not a writer, but in scope).
    const file = await as['lanhdao.ductho']!(`/api/plans/${planId}/evidence/${a.json().id}`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe(DOCX_MIME);
    expect(file.headers['content-disposition']).toContain('attachment;');
    expect(file.headers['content-disposition']).toContain(encodeURIComponent('Báo cáo rà soát.docx'));
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.rawPayload.equals(docx)).toBe(true);
    const shown = await t.inject(`/api/plans/${planId}/evidence/${items[3]!.id}`);
    expect(shown.headers['content-type']).toBe('application/pdf');
    expect(shown.headers['content-disposition']).toContain('inline;');
  });

  it('refuses other types by content, empty files and a non-multipart body; nothing is stored', async () => {
    const before = (await list()).length;
    const officer = as['noivu.ductho']!;
    const exe = await upload(officer, `tasks/${task1.id}`, { name: 'bao-cao.docx', type: DOCX_MIME, content: Buffer.from('MZ\u0090 not a document') });
    expect(exe.statusCode).toBe(400);
    expect(exe.json().issues).toEqual([{ field: 'file', reason: 'must be a PDF, JPEG, PNG, DOCX or XLSX file' }]);
    const macro = await upload(officer, `tasks/${task1.id}`, { name: 'so-lieu.xlsm', type: XLSX, content: zip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<w/>', 'xl/vbaProject.bin': 'x' }) });
    expect(macro.statusCode).toBe(400);
    expect((await upload(officer, `tasks/${task1.id}`, { name: 'rong.pdf', type: 'application/pdf', content: Buffer.alloc(0) })).json().issues).toEqual([{ field: 'file', reason: 'is empty' }]);
    const json = await officer({ method: 'POST', url: `/api/plans/${planId}/tasks/${task1.id}/evidence`, payload: { file: 'x' } });
    expect(json.statusCode).toBe(400);
    expect(json.json().issues[0].field).toBe('file');
    expect((await list()).length).toBe(before);
  });

  it('roles and scope: only plan writers upload or delete (403); another unit answers 404; a foreign task 404', async () => {
    const leader = await upload(as['lanhdao.ductho']!, `tasks/${task1.id}`, { name: 'x.pdf', type: 'application/pdf', content: pdf });
    expect(leader.statusCode).toBe(403);
    const commune = as['motcua.thitran']!;
    expect((await commune(`/api/plans/${planId}/evidence`)).statusCode).toBe(404);
    const first = (await list())[0]!;
    expect((await commune(`/api/plans/${planId}/evidence/${String(first.id)}`)).statusCode).toBe(404);
    expect((await as['lanhdao.ductho']!({ method: 'DELETE', url: `/api/plans/${planId}/evidence/${String(first.id)}` })).statusCode).toBe(403);
    expect((await upload(as['noivu.ductho']!, 'tasks/999999', { name: 'x.pdf', type: 'application/pdf', content: pdf })).statusCode).toBe(404);
    expect((await t.inject(`/api/plans/${planId}/evidence/999999`)).statusCode).toBe(404);
    expect((await t.app.inject(`/api/plans/${planId}/evidence`)).statusCode).toBe(401);
  });

  it('an Idempotency-Key retry stores the file once; delete removes it', async () => {
    const officer = as['noivu.ductho']!;
    const before = (await list()).length;
    const key = { 'idempotency-key': 'evidence-retry-1' };
    const r1 = await upload(officer, `activities/${task1.activities[0]!.id}`, { name: 'bien-ban.pdf', type: 'application/pdf', content: pdf }, undefined, key);
    const r2 = await upload(officer, `activities/${task1.activities[0]!.id}`, { name: 'bien-ban.pdf', type: 'application/pdf', content: pdf }, undefined, key);
    expect(r1.statusCode, r1.body).toBe(201);
    expect(r2.json().id).toBe(r1.json().id);
    expect((await list()).length).toBe(before + 1);
    const del = await officer({ method: 'DELETE', url: `/api/plans/${planId}/evidence/${r1.json().id}` });
    expect(del.json()).toEqual({ deleted: r1.json().id });
    expect((await list()).length).toBe(before);
    expect((await officer({ method: 'DELETE', url: `/api/plans/${planId}/evidence/${r1.json().id}` })).statusCode).toBe(404);
  });

  it('files follow a renamed task; those of a removed activity or a deleted task go with it', async () => {
    const officer = as['noivu.ductho']!;
    const plan = (await t.inject(`/api/plans/${planId}`)).json();
    const t1 = plan.tasks[0];
    // Rename task 1 → 1.1 and drop its activity b (which holds ket-qua.xlsx).
    const put = await officer({
      method: 'PUT',
      url: `/api/plans/${planId}/tasks/${t1.id}`,
      payload: { code: '1.1', area: t1.area, owner: t1.owner.code, content: t1.content, activities: [{ code: 'a', content: 'Rà soát' }] },
    });
    expect(put.statusCode, put.body).toBe(200);
    const items = await list();
    expect(items.map((i) => `${i.taskCode}/${i.activityCode ?? '-'}:${i.filename}`)).toEqual(['1.1/-:Báo cáo rà soát.docx', '2/-:anh.png', '2/-:bien-ban.pdf']);
    expect(items[0]).toMatchObject({ taskId: t1.id });
    const del = await officer({ method: 'DELETE', url: `/api/plans/${planId}/tasks/${plan.tasks[1].id}` });
    expect(del.statusCode).toBe(200);
    expect((await list()).map((i) => i.filename)).toEqual(['Báo cáo rà soát.docx']);
    // A task added later with the old code does not inherit anything.
    const again = await officer({ method: 'POST', url: `/api/plans/${planId}/tasks`, payload: { code: '2', area: 'direction', owner: '440-NV', content: 'Kiểm tra CCHC đợt II' } });
    expect(again.statusCode, again.body).toBe(201);
    expect((await list()).length).toBe(1);
  });

  it('an XLSX re-import keeps the files of tasks it still has and reports those removed', async () => {
    const officer = as['noivu.ductho']!;
    const plan = (await t.inject(`/api/plans/${planId}`)).json();
    const t2 = plan.tasks.find((k: { code: string }) => k.code === '2');
    expect((await upload(officer, `tasks/${t2.id}`, { name: 'kiem-tra.pdf', type: 'application/pdf', content: pdf })).statusCode).toBe(201);
    const exported = await t.inject(`/api/plans/${planId}.xlsx`);
    const same = await officer({ method: 'POST', url: '/api/plans/import?replace=true', headers: { 'content-type': XLSX }, payload: exported.rawPayload });
    expect(same.json()).toEqual({ planId, tasks: 2, activities: 1, replaced: true });
    const kept = await list();
    expect(kept.map((i) => i.filename)).toEqual(['Báo cáo rà soát.docx', 'kiem-tra.pdf']);
    // The file now lists task 1.1 only: task 2's file goes, and the import says so.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Kế hoạch CCHC')!;
    const rows: number[] = [];
    ws.eachRow((row, n) => {
      if (n >= 8 && String(row.getCell(1).value) === '2') rows.push(n);
    });
    for (const n of rows.reverse()) ws.spliceRows(n, 1);
    const fewer = await officer({ method: 'POST', url: '/api/plans/import?replace=true', headers: { 'content-type': XLSX }, payload: Buffer.from(await wb.xlsx.writeBuffer()) });
    expect(fewer.statusCode, fewer.body).toBe(200);
    expect(fewer.json()).toEqual({ planId, tasks: 1, activities: 1, replaced: true, evidenceRemoved: 1 });
    expect((await list()).map((i) => i.filename)).toEqual(['Báo cáo rà soát.docx']);
  });

  it('deleting the plan deletes its files; every evidence route is in OpenAPI', async () => {
    const doc = (await t.app.inject('/docs/json')).json();
    for (const p of ['/api/plans/{id}/evidence', '/api/plans/{id}/tasks/{taskId}/evidence', '/api/plans/{id}/activities/{activityId}/evidence', '/api/plans/{id}/evidence/{fileId}']) {
      expect(doc.paths[p], p).toBeDefined();
    }
    expect((await as['noivu.ductho']!({ method: 'DELETE', url: `/api/plans/${planId}` })).statusCode).toBe(200);
    const left = await t.handle.db.selectFrom('reformPlanEvidence').select((eb) => eb.fn.countAll<number>().as('n')).where('planId', '=', planId).executeTakeFirstOrThrow();
    expect(Number(left.n)).toBe(0);
  });
});
