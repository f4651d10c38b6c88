import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemoUsers } from '../src/modules/demo/service.js';
import { demoOrganisation, setupDeployment } from '../src/modules/units/service.js';
import { backend, createTestApp, loginAs, readFixture, type TestApp } from './helpers.js';

/** A multipart/form-data body: fields first, then one file. */
function multipart(fields: Record<string, string>, file: { name: string; type: string; content: Buffer }) {
  const boundary = '----motcua' + Math.random().toString(16).slice(2);
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`));
  parts.push(file.content, Buffer.from(`\r\n--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2048, 32), Buffer.from('\n%%EOF\n')]);
const citizen = { name: 'Lê Thị Hạnh', idNumber: '042196000777', phone: '0911222333' };

describe(`attachments (${backend})`, () => {
  let t: TestApp;
  let code: string;
  beforeAll(async () => {
    t = await createTestApp();
    await setupDeployment(t.handle.db, demoOrganisation());
    await seedDemoUsers(t.handle.db);
    await t.inject({ method: 'POST', url: '/api/procedures/import', headers: { 'content-type': 'application/x-ndjson' }, payload: readFixture('procedures.jsonl') });
    code = (await t.app.inject({ method: 'POST', url: '/api/public/dossiers', payload: { unit: '18229', procedure: '1.001612', applicant: citizen } })).json().code;
  }, 120_000);
  afterAll(() => t?.close());

  it('a citizen attaches a scan with the proof; the desk lists and downloads it', async () => {
    const bad = multipart({ phone: '0900000000' }, { name: 'cccd.pdf', type: 'application/pdf', content: pdf });
    expect((await t.app.inject({ method: 'POST', url: `/api/public/dossiers/${code}/attachments`, ...bad })).statusCode).toBe(404);
    const ok = multipart({ phone: '0911222333' }, { name: 'Bản sao CCCD.pdf', type: 'application/pdf', content: pdf });
    const r = await t.app.inject({ method: 'POST', url: `/api/public/dossiers/${code}/attachments`, ...ok });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({ kind: 'document', filename: 'Bản sao CCCD.pdf', mime: 'application/pdf', size: pdf.length, uploadedBy: 'citizen' });

    const desk = await loginAs(t.app, 'motcua.xaductho', DEMO_PASSWORD);
    const list = (await desk(`/api/dossiers/${code}/attachments`)).json();
    expect(list).toHaveLength(1);
    const file = await desk(`/api/dossiers/${code}/attachments/${list[0].id}`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.rawPayload.equals(pdf)).toBe(true);
    // Another commune's desk does not see it.
    const other = await loginAs(t.app, 'motcua.xaducminh', DEMO_PASSWORD);
    expect((await other(`/api/dossiers/${code}/attachments`)).statusCode).toBe(404);
  });

  it('refuses what is not a PDF/JPEG/PNG by its content, files over 10 MB, and roles that do not digitise', async () => {
    const desk = await loginAs(t.app, 'motcua.xaductho', DEMO_PASSWORD);
    const exe = multipart({ kind: 'document' }, { name: 'scan.pdf', type: 'application/pdf', content: Buffer.from('MZ not a pdf') });
    const r1 = await desk({ method: 'POST', url: `/api/dossiers/${code}/attachments`, ...exe });
    expect(r1.statusCode).toBe(400);
    expect(r1.json().issues).toEqual([{ field: 'file', reason: 'must be a PDF, JPEG or PNG file' }]);
    const big = multipart({ kind: 'document' }, { name: 'big.pdf', type: 'application/pdf', content: Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(11 * 1024 * 1024)]) });
    const r2 = await desk({ method: 'POST', url: `/api/dossiers/${code}/attachments`, ...big });
    expect(r2.statusCode).toBe(400);
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100)]);
    const r3 = await desk({ method: 'POST', url: `/api/dossiers/${code}/attachments`, ...multipart({ kind: 'document', label: 'Giấy tờ nhà' }, { name: 'a.png', type: 'image/png', content: png }) });
    expect(r3.statusCode, r3.body).toBe(201);
    const leader = await loginAs(t.app, 'lanhdao.xaductho', DEMO_PASSWORD);
    const r4 = await leader({ method: 'POST', url: `/api/dossiers/${code}/attachments`, ...multipart({}, { name: 'a.png', type: 'image/png', content: png }) });
    expect(r4.statusCode).toBe(403);
    expect((await desk(`/api/dossiers/${code}/attachments`)).json()).toHaveLength(2);
  });
});
