import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { STAT_FIELDS, emptyStats, formatDateVi, formatInstant, parseInstant, type DossierStats } from '@motcua/core';
import ExcelJS from 'exceljs';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { DEMO_PASSWORD, seedDemoUsers } from '../src/modules/demo/service.js';
import { BIEU06_COLUMNS, bieu06Values, loadBieu06, renderBieu06Xlsx, type Bieu06Data } from '../src/modules/documents/bieu06.js';
import { formatAppointmentVi } from '../src/modules/documents/forms.js';
import { demoOrganisation, setupDeployment } from '../src/modules/units/service.js';
import { TEST_API_TOKEN, backend, createTestApp, loginAs, readFixture, type TestApp } from './helpers.js';

type Inject = (opts: InjectOptions | string) => Promise<LightMyRequestResponse>;

const PDFTOTEXT = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
if (!PDFTOTEXT) console.warn('documents.test: pdftotext (poppler-utils) is not installed: the PDF text assertions are skipped, only %PDF is checked');

const work = mkdtempSync(path.join(tmpdir(), 'motcua-documents-'));
let fileNo = 0;
/** The text of a PDF (pdftotext, whitespace collapsed), or undefined without poppler-utils. */
function pdfText(pdf: Buffer): string | undefined {
  if (!PDFTOTEXT) return undefined;
  const file = path.join(work, `f${fileNo++}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).normalize('NFC').replace(/\s+/g, ' ');
}
const pdfPages = (pdf: Buffer) => {
  if (!PDFTOTEXT) return undefined;
  const file = path.join(work, `p${fileNo++}.pdf`);
  writeFileSync(file, pdf);
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
};
async function docxXml(docx: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(docx);
  return (await zip.file('word/document.xml')!.async('string')).normalize('NFC');
}
/** The text runs of a document.xml joined (Word splits text into runs). */
const xmlText = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

const applicant = { name: 'Nguyễn Thị Hồng Nhung', idNumber: '042190001234', phone: '0912345678', address: 'Thôn Trung Tiến, xã Đức Lạng, huyện Đức Thọ' };
const PROCEDURE = {
  code: '1.009999',
  name: 'Đăng ký khai sinh kết hợp nhận cha, mẹ, con',
  field: 'Hộ tịch',
  level: 'district',
  workingDays: 3,
  onlineLevel: 'partial',
  requiredDocuments: ['Tờ khai đăng ký khai sinh', 'Giấy chứng sinh', 'Chứng cứ chứng minh quan hệ cha, mẹ, con'],
  steps: [
    { name: 'Tiếp nhận, chuyển hồ sơ', department: 'Bộ phận một cửa', workingDays: 0.5 },
    { name: 'Thẩm định', department: 'Phòng Tư pháp', workingDays: 2 },
    { name: 'Phê duyệt', department: 'Lãnh đạo UBND', workingDays: 0.5 },
  ],
};

describe(`official forms and Biểu 06 (${backend})`, () => {
  let t: TestApp;
  const as: Record<string, Inject> = {};
  /** A: received, handed over, supplement, apology, resolved, returned. B: refused. C: another commune. */
  const codes: Record<'full' | 'refused' | 'other', string> = { full: '', refused: '', other: '' };

  const act = (code: string, actor: string, body: Record<string, unknown>) =>
    t.inject({ method: 'POST', url: `/api/dossiers/${code}/events`, headers: { 'x-motcua-actor': actor }, payload: body });

  beforeAll(async () => {
    t = await createTestApp();
    await setupDeployment(t.handle.db, demoOrganisation());
    await seedDemoUsers(t.handle.db);
    const ndjson = { 'content-type': 'application/x-ndjson' };
    expect((await t.inject({ method: 'POST', url: '/api/procedures/import', headers: ndjson, payload: readFixture('procedures.jsonl') })).statusCode).toBe(200);
    const p = await t.inject({ method: 'POST', url: '/api/procedures/import', headers: ndjson, payload: JSON.stringify(PROCEDURE) });
    expect(p.statusCode, p.body).toBe(200);
    const d = await t.inject({ method: 'POST', url: '/api/dossiers/import', headers: ndjson, payload: readFixture('dossiers.jsonl') });
    expect(d.statusCode, d.body).toBe(200);
    for (const u of ['motcua.ductho', 'motcua.thitran', 'motcua.truongson', 'lanhdao.ductho']) as[u] = await loginAs(t.app, u, DEMO_PASSWORD);

    const a = await as['motcua.ductho']!({
      method: 'POST',
      url: '/api/dossiers',
      payload: { unit: '440', procedure: PROCEDURE.code, channel: 'direct', applicant, action: 'received', at: '2023-05-02T08:15:00+07:00', returnMethod: 'counter' },
    });
    expect(a.statusCode, a.body).toBe(201);
    codes.full = a.json().code;
    const steps: Array<[string, Record<string, unknown>]> = [
      ['motcua.ductho', { type: 'forwarded', to: '440-TP', step: 'Thẩm định', at: '2023-05-02T09:00:00+07:00' }],
      ['chuyenvien.tuphap', { type: 'supplement_requested', reason: 'Bổ sung bản sao Giấy chứng nhận kết hôn của cha, mẹ', at: '2023-05-03T10:00:00+07:00' }],
      ['motcua.ductho', { type: 'supplement_received', at: '2023-05-04T14:00:00+07:00' }],
      ['chuyenvien.tuphap', { type: 'apology', reason: 'Cần xác minh thêm thông tin hộ tịch tại nơi cư trú', newAppointment: '2023-05-10T16:00:00+07:00', at: '2023-05-05T09:00:00+07:00' }],
      ['chuyenvien.tuphap', { type: 'forwarded', to: 'Lãnh đạo UBND', step: 'Phê duyệt', at: '2023-05-08T10:00:00+07:00' }],
      ['lanhdao.ductho', { type: 'resolved', at: '2023-05-09T15:00:00+07:00' }],
      ['motcua.ductho', { type: 'result_returned', via: 'counter', at: '2023-05-10T08:30:00+07:00' }],
    ];
    for (const [actor, body] of steps) {
      const r = await act(codes.full, actor, body);
      expect(r.statusCode, r.body).toBe(200);
    }
    const b = await as['motcua.ductho']!({
      method: 'POST',
      url: '/api/dossiers',
      payload: { unit: '440', procedure: PROCEDURE.code, channel: 'direct', applicant: { ...applicant, name: 'Trần Văn Đức' }, action: 'refused', reason: 'Thủ tục không thuộc thẩm quyền giải quyết của UBND huyện', at: '2023-05-03T09:30:00+07:00' },
    });
    expect(b.statusCode, b.body).toBe(201);
    codes.refused = b.json().code;
    const c = await as['motcua.truongson']!({
      method: 'POST',
      url: '/api/dossiers',
      payload: { unit: '18244', procedure: '1.001612', channel: 'direct', applicant, action: 'received', at: '2023-05-02T08:00:00+07:00' },
    });
    expect(c.statusCode, c.body).toBe(201);
    codes.other = c.json().code;
  }, 180_000);
  afterAll(async () => {
    await t?.close();
    rmSync(work, { recursive: true, force: true });
  });

  const view = async (code: string) => (await t.inject(`/api/dossiers/${code}`)).json() as { dueAt: string; receivedAt: string | null; apology: { newAppointment: string } | null };
  const file = async (url: string, who: Inject = as['motcua.ductho']!) => {
    const res = await who(url);
    expect(res.statusCode, res.statusCode === 200 ? '' : res.body).toBe(200);
    return res;
  };

  /** The texts every form of the full dossier must carry: name, code and the legal due instant. */
  const expectTexts = async (code: string, url: string, extra: string[] = []) => {
    const d = await view(code);
    const due = formatAppointmentVi(d.dueAt);
    const wanted = [applicant.name, code, due, ...extra];
    const pdf = await file(`${url}.pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toMatch(/^inline; filename=/);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf.rawPayload);
    if (text !== undefined) for (const w of wanted) expect(text, `PDF ${url} should contain "${w}"`).toContain(w);
    const docx = await file(`${url}.docx`);
    expect(docx.headers['content-disposition']).toMatch(/^attachment; filename=/);
    const xml = await docxXml(docx.rawPayload);
    expect(xml).toContain('Times New Roman');
    const words = xmlText(xml);
    for (const w of wanted) expect(words, `DOCX ${url} should contain "${w}"`).toContain(w);
    return { pdf: pdf.rawPayload, text, xml: words };
  };

  it('Mẫu 01: A5, two copies (Liên 1 for the applicant, Liên 2 kept), QR to the citizen status page', async () => {
    const d = await view(codes.full);
    expect(d.dueAt).toBeTruthy();
    // 3 working days from Tue 02/05/2023 08:15, plus the supplement pause (03/05 10:00 → 04/05 14:00).
    const { pdf, text, xml } = await expectTexts(codes.full, `/api/dossiers/${codes.full}/forms/receipt`, [
      'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
      'Liên 1: Giao người nộp hồ sơ',
      'Liên 2: Lưu',
      'Tờ khai đăng ký khai sinh',
      '08 giờ 15 phút, ngày 02/05/2023',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'UBND HUYỆN ĐỨC THỌ',
      'Đức Thọ, ngày 02 tháng 5 năm 2023',
      'Nguyễn Thị Hoa',
      '/cong-dan/tra-cuu?ma=',
    ]);
    if (text !== undefined) {
      expect(pdfPages(pdf)).toBe(2);
      const file = path.join(work, 'a5.pdf');
      writeFileSync(file, pdf);
      // A5 portrait: 419.53 x 595.28 pt.
      expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Page size:\s+419\.5\d* x 595\.2\d* pts/);
    }
    expect(xml).toContain('Vào Sổ theo dõi hồ sơ, Quyển số: 2023');
    const docx = await file(`/api/dossiers/${codes.full}/forms/receipt.docx`);
    const zip = await JSZip.loadAsync(docx.rawPayload);
    expect(Object.keys(zip.files).some((f) => f.startsWith('word/media/') && f.endsWith('.png'))).toBe(true);
    const raw = await zip.file('word/document.xml')!.async('string');
    // A5 in twips (148 × 210 mm).
    expect(raw).toMatch(/<w:pgSz w:w="839\d" w:h="1190\d"/);
  });

  it('Mẫu 02, 04 and 05 carry name, code and due date; Mẫu 05 lists each hand-over with its result', async () => {
    await expectTexts(codes.full, `/api/dossiers/${codes.full}/forms/supplement`, ['PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ', 'Bổ sung bản sao Giấy chứng nhận kết hôn của cha, mẹ', 'NGƯỜI HƯỚNG DẪN', 'Trần Văn Nam']);
    const d = await view(codes.full);
    await expectTexts(codes.full, `/api/dossiers/${codes.full}/forms/apology`, [
      'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ',
      'Kính gửi',
      'Cần xác minh thêm thông tin hộ tịch tại nơi cư trú',
      formatAppointmentVi(d.apology!.newAppointment),
      'PHÒNG TƯ PHÁP',
      'Nơi nhận',
    ]);
    const control = await expectTexts(codes.full, `/api/dossiers/${codes.full}/forms/control`, [
      'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ',
      '1. Giao: Bộ phận tiếp nhận',
      'Nhận: Phòng Tư pháp',
      'Nhận: Lãnh đạo UBND',
      'Cơ quan (bộ phận) giải quyết hồ sơ: Phòng Tư pháp',
      'Trước hạn',
      'Quá hạn',
      'Người giao',
      'Người nhận',
      '09 giờ 00 phút',
      'ngày 02/05/2023',
    ]);
    // Resolved at 15:00 on 09/05, an hour after the legal due instant (the apology does not move it):
    // the hand-over back to the desk is "Quá hạn"; the desk's first hand-over was "Trước hạn".
    expect(d.dueAt).toBe('2023-05-09T14:00:00+07:00');
    expect(control.xml).toMatch(/6\. Giao: Lãnh đạo UBND.*Nhận: Bộ phận tiếp nhận và trả kết quả.*Quá hạn/);
  });

  it('Mẫu 03 for a refusal at the counter, with its reason', async () => {
    const url = `/api/dossiers/${codes.refused}/forms/refusal`;
    const pdf = await file(`${url}.pdf`);
    const text = pdfText(pdf.rawPayload);
    const wanted = ['PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ', 'Trần Văn Đức', codes.refused, 'Thủ tục không thuộc thẩm quyền giải quyết của UBND huyện', '09 giờ 30 phút, ngày 03/05/2023'];
    if (text !== undefined) for (const w of wanted) expect(text).toContain(w);
    const words = xmlText(await docxXml((await file(`${url}.docx`)).rawPayload));
    for (const w of wanted) expect(words).toContain(w);
  });

  it('409 with a Vietnamese reason when the dossier has no event for the form', async () => {
    const cases: Array<[string, string, RegExp]> = [
      [codes.refused, 'receipt', /chưa được tiếp nhận/],
      [codes.refused, 'apology', /không có phiếu xin lỗi/],
      [codes.full, 'refusal', /không bị từ chối tiếp nhận/],
      [codes.other, 'supplement', /không có yêu cầu bổ sung/],
    ];
    for (const [code, form, reason] of cases) {
      const res = await t.inject(`/api/dossiers/${code}/forms/${form}.pdf`);
      expect(res.statusCode, `${form} of ${code}`).toBe(409);
      expect(res.json().code).toBe('CONFLICT');
      expect(res.json().issues[0]).toMatchObject({ field: 'form', reason: expect.stringMatching(reason) });
    }
    const list = (await t.inject(`/api/dossiers/${codes.full}/forms`)).json();
    expect(list.forms.map((f: { form: string }) => f.form)).toEqual(['receipt', 'supplement', 'apology', 'control']);
    expect((await t.inject(`/api/dossiers/${codes.refused}/forms`)).json().forms.map((f: { form: string }) => f.form)).toEqual(['refusal']);
    expect((await t.inject(`/api/dossiers/${codes.full}/forms/bogus.pdf`)).statusCode).toBe(400);
    expect((await t.inject(`/api/dossiers/${codes.full}/forms/receipt.odt`)).statusCode).toBe(400);
  });

  it("another unit's dossier is 404, like GET /api/dossiers/:code; anonymous is 401", async () => {
    for (const url of [`/api/dossiers/${codes.other}/forms/receipt.pdf`, `/api/dossiers/${codes.other}/forms/control.docx`, `/api/dossiers/${codes.other}/forms`]) {
      expect((await as['motcua.thitran']!(url)).statusCode, url).toBe(404);
    }
    expect((await as['motcua.thitran']!(`/api/dossiers/${codes.other}`)).statusCode).toBe(404);
    expect((await as['motcua.truongson']!(`/api/dossiers/${codes.other}/forms/receipt.pdf`)).statusCode).toBe(200);
    expect((await as['lanhdao.ductho']!(`/api/dossiers/${codes.other}/forms/receipt.pdf`)).statusCode).toBe(200);
    expect((await t.app.inject(`/api/dossiers/${codes.full}/forms/receipt.pdf`)).statusCode).toBe(401);
    expect((await as['motcua.thitran']!('/api/forms/register.xlsx?unit=18244&period=2023-M05')).statusCode).toBe(404);
    expect((await as['motcua.thitran']!('/api/stats/bieu06.xlsx?unit=18244&period=2023-H1')).statusCode).toBe(404);
    expect((await as['motcua.thitran']!('/api/stats/bieu06.xlsx?unit=440&period=2023-H1')).statusCode).toBe(404);
  });

  it('Mẫu 06: one row per dossier the desk received in the range (XLSX), and the same register as PDF/DOCX', async () => {
    const range = 'from=2023-04-15&to=2023-05-14';
    const stats = (await t.inject(`/api/stats/dossiers?unit=440&${range}`)).json() as { self: DossierStats };
    const received = stats.self.receivedOnline + stats.self.receivedDirect;
    expect(received).toBeGreaterThan(10);
    const res = await file(`/api/forms/register.xlsx?unit=440&${range}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0]!;
    const rows: string[] = [];
    ws.eachRow((row, n) => {
      if (n >= 7 && row.getCell(2).value) rows.push(String(row.getCell(2).value));
    });
    expect(rows).toHaveLength(received);
    expect(rows).toContain(codes.full);
    expect(rows).not.toContain(codes.refused);
    expect(ws.getCell('A2').value).toBe('SỔ THEO DÕI HỒ SƠ');
    expect(ws.getCell(7, 8).value).toBeInstanceOf(Date);
    expect(ws.pageSetup.orientation).toBe('landscape');
    const fullRow = ws.getRows(7, rows.length)!.find((r) => r.getCell(2).value === codes.full)!;
    expect(fullRow.getCell(5).value).toBe(applicant.name);
    expect(fullRow.getCell(7).value).toBe('Phòng Tư pháp');

    const pdf = await file(`/api/forms/register.pdf?unit=440&${range}`);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf.rawPayload);
    if (text !== undefined) {
      expect(text).toContain('SỔ THEO DÕI HỒ SƠ');
      expect(text).toContain(codes.full);
      expect(text).toContain(`Tổng số: ${received} hồ sơ`);
      const f = path.join(work, 'reg.pdf');
      writeFileSync(f, pdf.rawPayload);
      expect(execFileSync('pdfinfo', [f], { encoding: 'utf8' })).toMatch(/Page size:\s+841\.8\d* x 595\.2\d* pts/);
    }
    const words = xmlText(await docxXml((await file(`/api/forms/register.docx?unit=440&${range}`)).rawPayload));
    expect(words).toContain(codes.full);
    expect(words).toContain(applicant.name);

    const bad = await t.inject('/api/forms/register.xlsx?unit=440&from=2023-05-14&to=2023-04-15');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues[0].field).toBe('to');
    expect((await t.inject('/api/forms/register.xlsx?unit=440')).statusCode).toBe(400);
    expect((await t.inject('/api/forms/register.pdf?unit=99999&period=2023-M05')).statusCode).toBe(404);
  });

  it('Biểu 06 XLSX: official header, numbered headings, real numbers, SUM formulas whose results equal /api/stats', async () => {
    const stats = (await t.inject('/api/stats/dossiers?unit=440&period=2023-H1')).json() as { self: DossierStats; children: DossierStats };
    const all = emptyStats();
    for (const f of STAT_FIELDS) all[f] = stats.self[f] + stats.children[f];
    const res = await file('/api/stats/bieu06.xlsx?unit=440&period=2023-H1');
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0]!;
    const cells = (r: number) => Array.from({ length: 13 }, (_, i) => ws.getCell(r, i + 1).value);
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => void texts.push(String(c.value))));
    const joined = texts.join(' | ');
    for (const w of ['Biểu số 06/VPCP/KSTT', 'Đơn vị báo cáo:', 'UBND huyện Đức Thọ', 'Đơn vị nhận báo cáo:', 'UBND tỉnh Hà Tĩnh', 'Kỳ báo cáo: 6 tháng đầu năm 2023', 'Từ ngày 15/12/2022 đến ngày 14/06/2023', 'Đơn vị tính: Số hồ sơ TTHC']) {
      expect(joined).toContain(w);
    }
    expect(cells(9)).toEqual(Array.from({ length: 13 }, (_, i) => `(${i + 1})`));
    expect(ws.getCell(10, 2).value).toBe('TỔNG SỐ');
    const result = (v: ExcelJS.CellValue) => (typeof v === 'object' && v !== null && 'result' in v ? (v as { result: number }).result : v);
    const formula = (v: ExcelJS.CellValue) => (typeof v === 'object' && v !== null && 'formula' in v ? (v as { formula: string }).formula : undefined);
    const total = cells(10).slice(2);
    const expected = bieu06Values(all);
    expect(total.map(result)).toEqual(BIEU06_COLUMNS.map((c) => expected[c]));
    expect(total.every((v) => formula(v) !== undefined)).toBe(true);
    // The statistics.md figures behind the columns.
    expect(result(total[0]!)).toBe(all.receivedTotal);
    expect(result(total[1]!)).toBe(all.receivedOnline);
    expect(result(total[2]!)).toBe(all.receivedDirect);
    expect(result(total[3]!)).toBe(all.carriedOver);
    expect(result(total[5]!)).toBe(all.resolvedEarly);
    expect(result(total[6]!)).toBe(all.resolvedOnTime + all.returnedTotal);
    expect(result(total[7]!)).toBe(all.resolvedOverdue);
    expect(result(total[9]!)).toBe(all.inProgressOnTime + all.awaitingSupplement + all.awaitingObligation);
    expect(result(total[10]!)).toBe(all.inProgressOverdue);
    expect(result(total[0]!)).toBe((result(total[4]!) as number) + (result(total[8]!) as number));

    // Level groups: I = the district desk (= stats.self), II = the communes (= stats.children).
    expect(ws.getCell(11, 1).value).toBe('I');
    expect(String(ws.getCell(11, 2).value)).toMatch(/^Cấp huyện/);
    expect(formula(ws.getCell(11, 3).value)).toMatch(/^SUM\(C12:C\d+\)$/);
    expect(result(ws.getCell(11, 3).value)).toBe(stats.self.receivedTotal);
    let communeRow = 0;
    ws.eachRow((row, n) => {
      if (row.getCell(1).value === 'II') communeRow = n;
    });
    expect(String(ws.getCell(communeRow, 2).value)).toMatch(/^Cấp xã/);
    expect(result(ws.getCell(communeRow, 3).value)).toBe(stats.children.receivedTotal);
    expect(formula(ws.getCell(10, 3).value)).toBe(`C11+C${communeRow}`);
    // Field rows hold plain numbers (not text).
    for (let c = 3; c <= 13; c++) expect(typeof ws.getCell(12, c).value).toBe('number');
    expect((ws.getCell(12, 3).font as ExcelJS.Font).name).toBe('Times New Roman');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 9 });
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(joined).toContain('Cột (9) gồm cả');
  });

  it('loadBieu06 is plain JSON: rows add up to the groups, (3) = (7) + (11) on every row; the JSON endpoint gives the same', async () => {
    const data = await loadBieu06(t.handle.db, '440', { name: '2023-H1', from: '2022-12-15', to: '2023-06-14' });
    const copy = JSON.parse(JSON.stringify(data)) as Bieu06Data;
    expect(copy).toEqual(data);
    expect(data.groups.map((g) => g.level)).toEqual(['district', 'commune']);
    expect(data.groups[1]!.units.length).toBe(16);
    for (const g of data.groups) {
      for (const row of g.rows) {
        const v = row.values;
        expect(v.received).toBe(v.receivedOnline + v.receivedDirect + v.carriedOver);
        expect(v.resolved).toBe(v.resolvedEarly + v.resolvedOnTime + v.resolvedOverdue);
        expect(v.inProgress).toBe(v.inProgressOnTime + v.inProgressOverdue);
        expect(v.received).toBe(v.resolved + v.inProgress);
      }
      for (const c of BIEU06_COLUMNS) expect(g.total[c]).toBe(g.rows.reduce((n, r) => n + r.values[c], 0));
    }
    const api = (await t.inject('/api/stats/bieu06?unit=440&period=2023-H1')).json() as Bieu06Data;
    expect(api.total).toEqual(data.total);
    expect(api.period).toEqual({ name: '2023-H1', label: '6 tháng đầu năm 2023', from: '2022-12-15', to: '2023-06-14' });
    // Re-rendering stored data gives the same figures (what a frozen report does).
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderBieu06Xlsx(copy)) as unknown as ExcelJS.Buffer);
    expect((wb.worksheets[0]!.getCell(10, 3).value as { result: number }).result).toBe(data.total.received);
    // A commune: one group, its own desk.
    const commune = await loadBieu06(t.handle.db, '18229', { from: '2022-12-15', to: '2023-06-14' });
    expect(commune.groups.map((g) => g.level)).toEqual(['commune']);
    expect(commune.receivingUnit).toBe('UBND huyện Đức Thọ');
    expect(commune.period.label).toBe('Từ ngày 15/12/2022 đến ngày 14/06/2023');
  });

  it('OpenAPI describes the files; the QR link uses MOTCUA_PUBLIC_URL (default http://localhost:PORT)', async () => {
    const doc = (await t.app.inject('/docs/json')).json();
    const ok = (p: string) => Object.keys(doc.paths[p].get.responses['200'].content);
    expect(ok('/api/dossiers/{code}/forms/{form}.{ext}')).toEqual(['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document']);
    expect(ok('/api/forms/register.{ext}')).toHaveLength(3);
    expect(ok('/api/stats/bieu06.xlsx')).toEqual(['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']);
    expect(loadConfig({ PORT: '3100' }).MOTCUA_PUBLIC_URL).toBe('http://localhost:3100');
    expect(loadConfig({ MOTCUA_PUBLIC_URL: 'https://motcua.example.vn/' }).MOTCUA_PUBLIC_URL).toBe('https://motcua.example.vn');
    expect(() => loadConfig({ MOTCUA_PUBLIC_URL: 'ftp://motcua.example.vn' })).toThrow(/MOTCUA_PUBLIC_URL/);
    const app = await buildApp({ db: t.handle.db, config: { MOTCUA_MODE: 'demo', MOTCUA_API_TOKEN: TEST_API_TOKEN, MOTCUA_PUBLIC_URL: 'https://motcua.example.vn' } });
    try {
      const res = await app.inject({ url: `/api/dossiers/${codes.full}/forms/receipt.docx`, headers: { authorization: `Bearer ${TEST_API_TOKEN}` } });
      expect(xmlText(await docxXml(res.rawPayload))).toContain(`https://motcua.example.vn/cong-dan/tra-cuu?ma=${codes.full}`);
    } finally {
      await app.close();
    }
  });

  it('dates on the forms are Vietnam local time to the minute', () => {
    expect(formatAppointmentVi('2023-05-02T01:15:00Z')).toBe('08 giờ 15 phút, ngày 02/05/2023');
    expect(formatAppointmentVi(null)).toContain('giờ');
    expect(formatDateVi(formatInstant(parseInstant('2023-06-14T17:30:00Z')!).slice(0, 10))).toBe('15/06/2023');
  });
});
