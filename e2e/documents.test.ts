import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM } from '../packages/server/src/modules/auth/policy.js';
import { appendAction, createDossier } from '../packages/server/src/modules/dossiers/service.js';
import { importProceduresJsonl } from '../packages/server/src/modules/procedures/service.js';
import { readFixture } from '../packages/server/test/helpers.js';
import { e2eReady, login, seedDistrict, shot, startE2E, type E2E } from './harness.js';

const applicant = { name: 'Lê Thị Thuỳ Dương', idNumber: '042190009876', phone: '0912888999' };

describe.skipIf(!e2eReady)('official forms in Chromium', () => {
  let e: E2E;
  let code: string;

  beforeAll(async () => {
    e = await startE2E(async ({ db }) => {
      await seedDistrict(db);
      await importProceduresJsonl(db, readFixture('procedures.jsonl'));
      const d = await db.transaction().execute((tx) =>
        createDossier(tx, SYSTEM, { unit: '440', procedure: '1.001612', channel: 'direct', applicant, action: 'received', at: '2023-05-02T08:00:00+07:00' }),
      );
      code = d.code;
      await db.transaction().execute((tx) =>
        appendAction(tx, SYSTEM, code, { type: 'apology', at: '2023-05-04T09:00:00+07:00', newAppointment: '2023-05-08T10:00:00+07:00', reason: 'Chờ xác minh' }),
      );
    });
  }, 180_000);
  afterAll(() => e?.close());

  it('the dossier page lists the forms it has; the PDF opens in a new tab, the DOCX downloads', async () => {
    const context = await e.browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    await login(e, page, 'motcua.ductho');
    await page.goto(`${e.baseUrl}/ho-so/${code}`);
    await page.getByRole('button', { name: /In biểu mẫu/ }).click();
    await expect.poll(() => page.getByText('Mẫu 04 – Phiếu xin lỗi và hẹn lại ngày trả kết quả').isVisible()).toBe(true);
    for (const f of ['receipt', 'apology', 'control']) expect(await page.locator(`[data-form="${f}.pdf"]`).count()).toBe(1);
    expect(await page.locator('[data-form="supplement.pdf"]').count()).toBe(0);
    await shot(page, 'dossier-forms-menu');
    // The PDF is fetched with the session, then shown in the tab opened at the click (a blob: URL).
    const [tab] = await Promise.all([context.waitForEvent('page'), page.locator('[data-form="apology.pdf"]').click()]);
    await expect.poll(() => tab.url()).toMatch(/^blob:/);
    await tab.close();
    // The same request with the page's session: an inline PDF (the browser's viewer prints it).
    const pdf = await page.request.get(`${e.baseUrl}/api/dossiers/${code}/forms/apology.pdf`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect(pdf.headers()['content-disposition']).toMatch(/^inline;/);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await page.getByRole('button', { name: /In biểu mẫu/ }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-form="receipt.docx"]').click()]);
    expect(download.suggestedFilename()).toBe(`mau-01-${code}.docx`);
    await context.close();
  });

  it('queues: the register (Mẫu 06) as XLSX for a date range; dashboard: Biểu 06 for the selected unit and period', async () => {
    const context = await e.browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    await login(e, page, 'motcua.ductho');
    await page.goto(`${e.baseUrl}/hang-doi`);
    await page.getByRole('button', { name: 'Sổ theo dõi hồ sơ (Mẫu 06)' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('XLSX (bảng tính)').click();
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Xuất sổ' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^so-theo-doi-ho-so-440-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.xlsx$/);
    await context.close();

    const leader = await e.browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    const lp = await leader.newPage();
    await login(e, lp, 'lanhdao.ductho');
    await lp.goto(`${e.baseUrl}/dieu-hanh?unit=440&period=2023-H1`);
    const button = lp.getByRole('link', { name: /Tải Biểu 06/ });
    expect(await button.getAttribute('href')).toBe('/api/stats/bieu06.xlsx?unit=440&period=2023-H1');
    const [b06] = await Promise.all([lp.waitForEvent('download'), button.click()]);
    expect(b06.suggestedFilename()).toBe('bieu-06-440-2023-H1.xlsx');
    // A server failure is explained on the page in Vietnamese, never raw JSON in a tab.
    await lp.route('**/api/stats/bieu06.xlsx*', (route) => route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ code: 'INTERNAL', message: 'boom' }) }));
    await button.click();
    await expect.poll(() => lp.getByText('Không tải được tệp').isVisible()).toBe(true);
    expect(await lp.getByText('Lỗi hệ thống. Vui lòng thử lại hoặc báo quản trị.').isVisible()).toBe(true);
    expect(leader.pages()).toHaveLength(1);
    await leader.close();
  });
});
