import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../packages/server/src/modules/demo/service.js';
import { e2eReady, login, SCREENSHOTS, seriousViolations, startE2E, type E2E } from './harness.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** What the officer adds to a narrative paragraph of the draft. */
const ADDED = 'Đã bổ sung nhận định của Phòng Nội vụ.';

const statusOf = (page: Page) => page.getByTestId('report-status').first().textContent();

describe.skipIf(!e2eReady)('the periodic CCHC report in Chromium (issue #5)', () => {
  let e: E2E;

  beforeAll(async () => {
    // The whole demo district: the H1 2023 dossier history and reform work the seed report describes.
    e = await startE2E(async ({ db }) => {
      await seedDemo(db);
    });
  }, 600_000);
  afterAll(() => e?.close());

  it('officer drafts the 2023-H1 report from live data, edits and submits it; the leader approves and issues it; the DOCX downloads', async () => {
    const page = await e.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await login(e, page, 'noivu.ductho');
    await page.getByRole('menuitem', { name: 'Báo cáo CCHC' }).click();
    await page.waitForURL((u) => u.pathname === '/bao-cao');

    // 1. Create the 6-month report of 2023 for huyện Đức Thọ.
    await page.getByRole('button', { name: 'Tạo báo cáo' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByLabel('Loại báo cáo', { exact: true }).isVisible()).toBe(true);
    const year = dialog.getByLabel('Năm', { exact: true });
    await year.fill('2023');
    await year.press('Tab');
    expect(await dialog.textContent()).toContain('6 tháng');
    expect(await dialog.textContent()).toContain('6 tháng đầu năm');
    expect(await dialog.textContent()).toContain('Huyện Đức Thọ (440)');
    await dialog.getByRole('button', { name: 'Tạo dự thảo' }).click();
    await page.waitForURL((u) => /^\/bao-cao\/\d+$/.test(u.pathname), { timeout: 120_000 });
    const reportPath = new URL(page.url()).pathname;
    const id = reportPath.split('/').pop()!;

    // 2. The preview carries the seed's figures, computed by the system.
    const preview = page.getByTestId('report-preview');
    await expect.poll(async () => (await preview.textContent()) ?? '', { timeout: 60_000 }).toContain('3.622');
    expect(await preview.textContent()).toContain('97,78%');
    expect(await statusOf(page)).toBe('Dự thảo');
    // A bound value is highlighted and names its data key.
    const bound = preview.locator('mark.bound', { hasText: '3.622' }).first();
    expect(await bound.getAttribute('data-key')).toBeTruthy();

    // 3. Edit a narrative paragraph in place.
    const editor = preview.locator('[data-narrative] [role="textbox"]').first();
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type(ADDED);
    await expect.poll(() => page.getByTestId('dirty-indicator').textContent()).toBe('Có thay đổi chưa lưu');

    // 4. Delete one proposed observation.
    const observations = page.getByTestId('observations');
    const drop = observations.getByRole('button', { name: /^Xóa nhận xét: / });
    await expect.poll(() => drop.count()).toBeGreaterThan(0);
    const dropped = ((await drop.first().getAttribute('aria-label')) ?? '').replace(/^Xóa nhận xét: /, '');
    await drop.first().click();
    await expect.poll(() => observations.getByRole('button', { name: `Giữ lại nhận xét: ${dropped}` }).count()).toBe(1);

    // 5. Save: the indicator clears and a reload shows the edit and the deletion.
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect.poll(() => page.getByTestId('dirty-indicator').textContent()).toBe('Đã lưu');
    await page.reload();
    await expect.poll(async () => (await page.getByTestId('report-preview').textContent()) ?? '').toContain(ADDED);
    await expect.poll(() => page.getByTestId('observations').getByRole('button', { name: `Giữ lại nhận xét: ${dropped}` }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    // 6. Submit for approval: read-only from now on, and the officer has no more workflow buttons.
    await page.getByRole('button', { name: 'Gửi duyệt' }).click();
    await expect.poll(() => statusOf(page)).toBe('Chờ duyệt');
    expect(await page.locator('[data-narrative] [role="textbox"]').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Duyệt', exact: true }).count()).toBe(0);
    await page.close();

    // 7. The leader approves and issues it as 15/BC-UBND.
    const leader = await e.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await login(e, leader, 'lanhdao.ductho');
    await leader.goto(`${e.baseUrl}${reportPath}`);
    await expect.poll(() => statusOf(leader)).toBe('Chờ duyệt');
    const history = leader.getByTestId('history-item');
    await expect.poll(() => history.count()).toBeGreaterThanOrEqual(2);
    expect(await leader.getByRole('button', { name: 'Gửi duyệt' }).count()).toBe(0);
    await leader.getByRole('button', { name: 'Duyệt', exact: true }).click();
    await expect.poll(() => statusOf(leader)).toBe('Đã duyệt');
    await leader.getByRole('button', { name: 'Ban hành', exact: true }).click();
    const issue = leader.getByRole('dialog');
    await issue.getByLabel('Số văn bản', { exact: true }).fill('15/BC-UBND');
    const date = issue.getByLabel('Ngày ban hành', { exact: true });
    await date.click();
    await date.fill('16/06/2023');
    await date.press('Enter');
    await expect.poll(() => date.inputValue()).toBe('16/06/2023');
    await issue.getByRole('button', { name: 'Ban hành', exact: true }).click();
    await expect.poll(() => leader.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => statusOf(leader)).toBe('Đã ban hành');
    const issued = (await leader.getByTestId('report-preview').textContent()) ?? '';
    expect(issued).toContain('Số: 15/BC-UBND');
    expect(issued).toContain('3.622');
    expect(issued).toContain(ADDED);
    expect(issued).not.toContain(dropped);
    // Issued: frozen. Only the reform officer may start a new version; the leader has no action left.
    expect(await leader.getByRole('button', { name: 'Tạo phiên bản mới' }).count()).toBe(0);
    expect(await leader.getByRole('button', { name: 'Duyệt', exact: true }).count()).toBe(0);
    expect(await leader.locator('[data-narrative] [role="textbox"]').count()).toBe(0);

    // 8. The DOCX download answers with the Word content type (the session cookie authorises it).
    const href = await leader.getByTestId('download-docx').getAttribute('href');
    expect(href).toBe(`/api/reports/${id}/docx`);
    const docx = await leader.request.get(`${e.baseUrl}${href}`);
    expect(docx.status()).toBe(200);
    expect(docx.headers()['content-type']).toContain(DOCX);
    expect(docx.headers()['content-disposition']).toMatch(/^attachment/);
    expect((await docx.body()).subarray(0, 2).toString()).toBe('PK');
    // The top of the issued report (header, status, actions, the document's header block), once the toasts are gone.
    await expect.poll(() => leader.locator('.ant-message-notice').count(), { timeout: 15_000 }).toBe(0);
    await leader.screenshot({ path: `${SCREENSHOTS}report.png` });
    await leader.close();

    const officer = await e.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await login(e, officer, 'noivu.ductho');
    await officer.goto(`${e.baseUrl}${reportPath}`);
    await expect.poll(() => statusOf(officer)).toBe('Đã ban hành');
    expect(await officer.getByRole('button', { name: 'Tạo phiên bản mới' }).count()).toBe(1);
    expect(await officer.getByRole('button', { name: 'Cập nhật số liệu' }).count()).toBe(0);
    await officer.close();
  }, 300_000);

  it('the officer edits a sentence of the template with a key from the catalogue; unknown keys are refused; saving makes the next version', async () => {
    const page = await e.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await login(e, page, 'noivu.ductho');
    await page.goto(`${e.baseUrl}/bao-cao?tab=mau`);
    const version = page.getByTestId('template-version');
    // Built-in templates carry their own version (bumped when the shipped wording changes).
    await expect.poll(async () => Number(await version.textContent())).toBeGreaterThan(0);
    const before = Number(await version.textContent());
    const sentence = page.getByRole('textbox', { name: 'Câu chữ (trường dữ liệu dạng {{key}})' }).first();
    const original = await sentence.inputValue();
    expect(original).toContain('{{');
    const save = page.getByRole('button', { name: /Lưu thành phiên bản mới/ });

    // A key that is not in the catalogue is flagged before the server would refuse it.
    await sentence.fill(`${original} {{khong.co}}`);
    await expect.poll(() => page.getByText('Trường dữ liệu không có trong danh mục: khong.co').first().isVisible()).toBe(true);
    expect(await save.isDisabled()).toBe(true);

    // The pick list inserts the placeholder at the caret.
    await sentence.fill(`${original} Tổng số hồ sơ tiếp nhận: `);
    const pick = page.getByRole('combobox', { name: 'Chèn trường dữ liệu…' }).first();
    await pick.click();
    await page.keyboard.type('desk.receivedTotal');
    await page.keyboard.press('Enter');
    await expect.poll(() => sentence.inputValue()).toBe(`${original} Tổng số hồ sơ tiếp nhận: {{desk.receivedTotal}}`);
    expect(await page.getByText('Tổng số hồ sơ tiếp nhận trong kỳ (mới + từ kỳ trước chuyển qua) — tại bộ phận một cửa của đơn vị').count()).toBeGreaterThan(0);

    await save.click();
    await expect.poll(() => version.textContent()).toBe(String(before + 1));
    expect(await page.getByRole('textbox', { name: 'Câu chữ (trường dữ liệu dạng {{key}})' }).first().inputValue()).toBe(`${original} Tổng số hồ sơ tiếp nhận: {{desk.receivedTotal}}`);
    await page.close();
  }, 120_000);
});
