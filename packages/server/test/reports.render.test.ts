import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataKeyCatalogue } from '../src/modules/reports/data.js';
import { builtInTemplates, bodyIssues, conditionHolds, formatPct, formatShortDate, formatValue, literalReferences, renderText } from '../src/modules/reports/template.js';
import { DEMO_PASSWORD, seedDemo } from '../src/modules/demo/service.js';
import { backend, createTestApp, loginAs, type TestApp } from './helpers.js';

const BIN = fileURLToPath(new URL('../bin/motcua.mjs', import.meta.url));
/** Where the rendered page 1 is written for a person to look at (docs/report-page1.png is a reviewed copy). */
const RESULTS = fileURLToPath(new URL('../../../test-results/', import.meta.url));

/** The text of a DOCX body, one line per paragraph (as in reports.test.ts). */
async function docxText(buf: Buffer): Promise<string> {
  const xml = await (await JSZip.loadAsync(buf)).file('word/document.xml')!.async('string');
  return xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const LIBREOFFICE = has('soffice') && has('pdftoppm');

describe('report templates: placeholders, filters and conditions', () => {
  it('formats numbers, percentages and dates as the seed writes them', () => {
    // Rates are computed half-up to two decimals; trailing zeros are dropped (64,30 → 64,3; 75,00 → 75).
    expect([26.67, 99.73, 64.3, 75, 100, 0, 36.94].map(formatPct)).toEqual(['26,67%', '99,73%', '64,3%', '75%', '100%', '0%', '36,94%']);
    expect(formatValue(3622, [])).toBe('3.622');
    expect(formatValue(397_346_000, [])).toBe('397.346.000');
    expect(formatValue(80.5, [])).toBe('80,5');
    expect(formatValue(54.02, ['dec3'])).toBe('54,020');
    expect(formatValue(1411, ['plain'])).toBe('1411');
    expect([9, 1, 0, 12].map((v) => formatValue(v, ['pad2']))).toEqual(['09', '01', '0', '12']);
    expect(formatValue(['A', 'B'], [])).toBe('A, B');
    expect(formatValue(['Rà soát X', 'Báo cáo Y'], ['lcfirst', 'semi'])).toBe('rà soát X; báo cáo Y');
    expect(formatValue('6 tháng đầu năm 2023', ['ucfirst'])).toBe('6 tháng đầu năm 2023');
    expect(formatValue('6 tháng cuối năm 2023', ['upper'])).toBe('6 THÁNG CUỐI NĂM 2023');
    expect([formatShortDate('2023-06-14'), formatShortDate('2023-01-17'), formatShortDate('2022-12-15'), formatShortDate('2023-02-02')]).toEqual(['14/6/2023', '17/01/2023', '15/12/2022', '02/02/2023']);
    expect(formatValue(undefined, [])).toBe('…');
  });

  it('renders a sentence with one binding per placeholder, in reading order', () => {
    const r = renderText('Đã giải quyết {{a}} hồ sơ, đạt {{b|pct}}; quá hạn {{c|pad2}}, thiếu {{d}}.', { a: 2965, b: 100, c: 0 });
    expect(r.text).toBe('Đã giải quyết 2.965 hồ sơ, đạt 100%; quá hạn 0, thiếu ….');
    expect(r.bindings).toEqual([
      { key: 'a', value: 2965, display: '2.965' },
      { key: 'b', value: 100, display: '100%' },
      { key: 'c', value: 0, display: '0' },
      { key: 'd', value: null, display: '…' },
    ]);
  });

  it('conditions: key, !key, ?key and their conjunction', () => {
    const data = { zero: 0, one: 1, list: [] as string[] };
    expect([conditionHolds('one', data), conditionHolds('zero', data), conditionHolds('!zero', data), conditionHolds('?zero', data), conditionHolds('?none', data), conditionHolds('!list', data)]).toEqual([true, false, true, true, false, true]);
    expect(conditionHolds('?zero && !zero && one', data)).toBe(true);
    expect(conditionHolds('?zero && zero', data)).toBe(false);
  });

  it('finds period-specific documents and dates typed into a sentence, not legal references carrying their year', () => {
    const text =
      'Căn cứ Quyết định số: 2629 /QĐ-UBND ngày 23 /12/2022; Văn bản số 445/UBND-NV ngày 07/3/2023; Kế hoạch số 340/KH-UBND ngày 23 tháng 02 năm 2023; dự kiến đầu tháng 7/2023; ' +
      'Nghị định số 61/2018/NĐ-CP, Quyết định số 52/2017/QĐ-UBND, ISO 9001 – 2015, {{fig.a}}/{{fig.b}} tỷ đồng, máy tính/CBCC, Kế hoạch số {{plan.number}} năm {{period.year}}; Nghị định số 130/NĐ-CP ngày 17/10/2005';
    expect(literalReferences(text, ['130/NĐ-CP ngày 17/10/2005'])).toEqual(['2629 /QĐ-UBND', '445/UBND-NV', '340/KH-UBND', '23 /12/2022', '07/3/2023', 'ngày 23 tháng 02 năm 2023', 'tháng 7/2023', 'năm 2023']);
  });

  it('the built-in templates type no document or date of one period into a sentence (template.ts: bind it or make it a narrative)', () => {
    // Legal references valid for the templates' validity period, dated without the year in the number.
    const allowed = ['Nghị định số 130/NĐ-CP ngày 17/10/2005'];
    const found: string[] = [];
    for (const tpl of builtInTemplates()) {
      const check = (where: string, text: string) => found.push(...literalReferences(text, allowed).map((l) => `${tpl.code} ${where}: ${l}`));
      check('title', tpl.body.title);
      check('closing', tpl.body.closing);
      for (const s of tpl.body.sections) {
        check(s.id, s.heading);
        for (const b of s.blocks) if (b.type === 'text' || b.type === 'heading') check(b.type === 'text' ? b.id : s.id, b.text);
      }
    }
    expect(found).toEqual([]);
  });
});

describe(`the report rendered by LibreOffice, and the CLI (${backend})`, () => {
  let t: TestApp;
  let issuedDocx: Buffer;
  const work = mkdtempSync(join(tmpdir(), 'motcua-report-'));

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.handle.db);
    // The README picture is an issued report: number and date filled in, as a person receives it.
    const admin = await loginAs(t.app, 'admin', DEMO_PASSWORD);
    const r = (await admin({ method: 'POST', url: '/api/reports', payload: { unit: '440', kind: 'half', period: '2023-H1' } })).json();
    await admin({ method: 'POST', url: `/api/reports/${r.id}/submit`, payload: {} });
    await admin({ method: 'POST', url: `/api/reports/${r.id}/approve`, payload: {} });
    expect((await admin({ method: 'POST', url: `/api/reports/${r.id}/issue`, payload: { number: '15/BC-UBND', issuedOn: '2023-06-16' } })).json().status).toBe('issued');
    issuedDocx = (await admin(`/api/reports/${r.id}/docx`)).rawPayload;
  }, 300_000);
  afterAll(async () => {
    await t?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('the built-in templates use only known data keys and filters', async () => {
    const keys = new Set((await dataKeyCatalogue(t.handle.db)).map((k) => k.key));
    for (const tpl of builtInTemplates()) expect(bodyIssues(tpl.body, keys), tpl.code).toEqual([]);
  });

  (LIBREOFFICE ? it : it.skip)('LibreOffice converts the DOCX to PDF; page 1 renders to PNG with the header, title and opening sections', () => {
    const docx = join(work, 'bao-cao.docx');
    writeFileSync(docx, issuedDocx);
    // A private profile: concurrent conversions (other test files, other engineers) never share one.
    const profile = `file://${join(work, 'lo-profile')}`;
    const convert = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, docx], { timeout: 120_000, encoding: 'utf8' });
    expect(convert.status, convert.stderr).toBe(0);
    const pdf = join(work, 'bao-cao.pdf');
    expect(existsSync(pdf)).toBe(true);
    const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
    if (info.status === 0) {
      expect(info.stdout).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
      expect(Number(/Pages:\s+(\d+)/.exec(info.stdout)![1])).toBeGreaterThanOrEqual(8);
    }
    const page1 = spawnSync('pdftotext', ['-f', '1', '-l', '1', '-layout', pdf, '-'], { encoding: 'utf8' });
    if (page1.status === 0) {
      for (const s of ['UBND TỈNH HÀ TĨNH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 15/BC-UBND', 'Đức Thọ, ngày 16 tháng 6 năm 2023', 'BÁO CÁO', 'I. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH']) {
        expect(page1.stdout.replace(/\s+/g, ' ')).toContain(s);
      }
      // Page numbers from page 2 only (Nghị định 30/2020).
      expect(page1.stdout.trimStart().startsWith('1')).toBe(false);
      const page2 = spawnSync('pdftotext', ['-f', '2', '-l', '2', '-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
      expect(page2.trim().split('\n')[0]!.trim()).toBe('2');
    }
    mkdirSync(RESULTS, { recursive: true });
    const png = spawnSync('pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '1', '-singlefile', pdf, join(RESULTS, 'report-page1')], { timeout: 60_000 });
    expect(png.status).toBe(0);
    expect(statSync(join(RESULTS, 'report-page1.png')).size).toBeGreaterThan(50_000);
  }, 180_000);

  if (!LIBREOFFICE) it.skip('LibreOffice render: soffice and pdftoppm are not installed (apt-get install libreoffice-writer poppler-utils)', () => {});

  describe('CLI: npx motcua report', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, MOTCUA_DATA_DIR: join(work, 'data') };
    delete env['DATABASE_URL'];
    let dbName: string | undefined;
    const motcua = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8', cwd: work, timeout: 240_000 });

    beforeAll(async () => {
      const server = process.env['TEST_DATABASE_URL'];
      if (server) {
        dbName = `motcua_report_cli_${process.pid}`;
        const c = new pg.Client({ connectionString: server });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${dbName}`);
        await c.query(`CREATE DATABASE ${dbName}`);
        await c.end();
        const url = new URL(server);
        url.pathname = `/${dbName}`;
        env['DATABASE_URL'] = url.toString();
      }
      const seeded = motcua('seed', 'demo');
      expect(seeded.status, seeded.stderr).toBe(0);
    }, 300_000);
    afterAll(async () => {
      if (dbName) {
        const c = new pg.Client({ connectionString: process.env['TEST_DATABASE_URL'] });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${dbName}`);
        await c.end();
      }
    });

    it('writes the DOCX and the PDF of a fresh report and says where', async () => {
      const r = motcua('report', '--unit', '440', '--period', '2023-H1', '--out', 'report.docx');
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^wrote ${join(work, 'report.docx').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(`));
      const text = await docxText(readFileSync(join(work, 'report.docx')));
      expect(text).toContain('Tổng số hồ sơ TTHC đã tiếp nhận trong kỳ báo cáo 3.622 hồ sơ');
      expect(text).toContain('Số:       /BC-UBND');
      expect(text).toContain('Đức Thọ, ngày      tháng      năm 2023');
      const p = motcua('report', '--unit', '440', '--period', '2023-H1', '--kind', 'half', '--out', 'report.pdf');
      expect(p.status, p.stderr).toBe(0);
      expect(readFileSync(join(work, 'report.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    }, 120_000);

    it('exits non-zero with a clear message on a bad unit, period or file name', () => {
      const unit = motcua('report', '--unit', '99999', '--period', '2023-H1', '--out', 'x.docx');
      expect(unit.status).toBe(2);
      expect(unit.stderr).toContain('Unit 99999 not found');
      const period = motcua('report', '--unit', '440', '--period', '2023-H3', '--out', 'x.docx');
      expect(period.status).toBe(2);
      expect(period.stderr).toContain('period: must be a half period like 2023-H1');
      const ext = motcua('report', '--unit', '440', '--period', '2023-H1', '--out', 'x.txt');
      expect(ext.status).toBe(64);
      expect(ext.stderr).toContain('--out must end in .docx or .pdf');
      expect(existsSync(join(work, 'x.docx'))).toBe(false);
    }, 120_000);
  });
});
