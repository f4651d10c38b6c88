import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { e2eReady, pickDate, seedDistrict, seedReformDistrict, shot, staffPage, startE2E, type E2E } from './harness.js';

const TASK = 'Rà soát, đơn giản hóa thủ tục hành chính cấp huyện';
const ACTIVITY = 'Lập danh mục TTHC cần rà soát';

/** An antd Select inside `scope`: open it, type to filter, take the first match. */
async function choose(page: Page, scope: Locator, label: string, text: string) {
  await scope.getByLabel(label, { exact: true }).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

async function save(page: Page) {
  await page.getByRole('dialog').getByRole('button', { name: 'Lưu' }).click();
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
}

const progressText = async (page: Page) => (await page.getByTestId('plan-progress').textContent()) ?? '';

/** The layout of the downloadable template (docs/plan-import.md): plan in rows 1–5, tasks from row 8. */
async function fillTemplate(template: Buffer, rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('Kế hoạch CCHC')!;
  const meta: Array<[number, string | number]> = [[1, '440'], [2, 2022], [3, '21/KH-UBND'], [4, '20/01/2022'], [5, 'Kế hoạch cải cách hành chính năm 2022']];
  for (const [row, value] of meta) ws.getCell(row, 2).value = value;
  rows.forEach((values, i) => values.forEach((v, c) => (ws.getCell(8 + i, c + 1).value = v as ExcelJS.CellValue)));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe.skipIf(!e2eReady)('administrative reform: a plan made by hand and from XLSX in Chromium', () => {
  let e: E2E;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'motcua-plan-'));
    e = await startE2E(async ({ db }) => {
      await seedDistrict(db);
    });
  }, 180_000);
  afterAll(() => e?.close());

  it('creates a plan, adds a task and an activity, edits the task, attaches evidence, marks them done, and the progress follows', async () => {
    const page = await staffPage(e, 'noivu.ductho', 1440);
    await page.goto(`${e.baseUrl}/cai-cach/ke-hoach`);
    await page.getByLabel('Năm', { exact: true }).fill('2024');
    await pickDate(page.locator('body'), 'Tiến độ đến ngày', '31/12/2024');
    await expect.poll(() => page.getByText('Đơn vị chưa có kế hoạch CCHC năm 2024').isVisible()).toBe(true);

    // 1. The plan's header by hand.
    const create = page.locator('.ant-card').filter({ hasText: 'Tạo kế hoạch CCHC năm 2024' });
    await create.getByLabel('Số văn bản', { exact: true }).fill('95/KH-UBND');
    await pickDate(create, 'Ngày ban hành', '15/01/2024', 'Tab');
    await create.getByRole('button', { name: 'Tạo kế hoạch' }).click();
    await expect.poll(() => progressText(page)).toContain('95/KH-UBND');
    expect(await progressText(page)).toContain('0/0');

    // 2. A task through the form.
    await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
    let dialog = page.getByRole('dialog');
    await choose(page, dialog, 'Lĩnh vực', 'thủ tục');
    await dialog.getByLabel('Mã', { exact: true }).fill('1');
    await dialog.getByLabel('Nội dung', { exact: true }).fill(TASK);
    await pickDate(dialog, 'Thời hạn', '30/06/2024');
    await save(page);
    // The task list (the overdue list above may name the task too).
    const taskRow = page.getByTestId('plan-tasks').getByRole('row').filter({ hasText: TASK });
    await expect.poll(() => taskRow.count()).toBe(1);
    expect(await taskRow.textContent()).toContain('Cải cách thủ tục hành chính');
    await expect.poll(() => progressText(page)).toContain('0/1');

    // 3. An activity of that task.
    await page.getByRole('button', { name: 'Thêm hoạt động: 1' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('Mã', { exact: true }).fill('a');
    await dialog.getByLabel('Nội dung', { exact: true }).fill(ACTIVITY);
    await pickDate(dialog, 'Thời hạn', '31/03/2024');
    await save(page);
    await expect.poll(async () => (await page.getByTestId('plan-progress').textContent()) ?? '').toMatch(/Hoạt động hoàn thành\s*0\/1/);

    // 4. Edit the task's fields: owner, co-operating unit, expected output, deadline.
    await page.getByRole('button', { name: 'Sửa: 1', exact: true }).click();
    dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByText('Sửa nhiệm vụ 1').isVisible()).toBe(true);
    await choose(page, dialog, 'Chủ trì', 'Nội vụ');
    await choose(page, dialog, 'Đơn vị phối hợp', 'Tư pháp');
    await page.keyboard.press('Escape');
    await dialog.getByLabel('Sản phẩm, kết quả dự kiến', { exact: true }).fill('Báo cáo kết quả rà soát');
    await pickDate(dialog, 'Thời hạn', '31/07/2024');
    await save(page);
    await expect.poll(async () => (await taskRow.textContent()) ?? '').toContain('Phòng Nội vụ');
    const row = (await taskRow.textContent()) ?? '';
    expect(row).toContain('Báo cáo kết quả rà soát');
    expect(row).toContain('31/07/2024');

    // 5. Evidence as a file on the task.
    await page.getByRole('button', { name: 'Minh chứng: 1', exact: true }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('Mô tả tệp (không bắt buộc)').fill('Báo cáo số 12/BC-UBND');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByRole('button', { name: 'Tải lên tệp minh chứng' }).click()]);
    await chooser.setFiles({ name: 'bao-cao-ra-soat.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% minh chứng\n%%EOF\n') });
    await expect.poll(() => dialog.getByRole('link', { name: /bao-cao-ra-soat\.pdf/ }).count()).toBe(1);
    await dialog.getByRole('button', { name: 'Đóng' }).first().click();
    await expect.poll(() => taskRow.getByRole('link', { name: /Báo cáo số 12\/BC-UBND/ }).count()).toBe(1);

    // 6. Mark the activity, then the task, done; the progress at 31/12/2024 follows.
    await taskRow.getByRole('button', { name: 'Mở rộng dòng' }).click();
    await page.getByRole('button', { name: 'Đánh dấu hoàn thành: 1.a' }).click();
    await pickDate(page.getByRole('dialog'), 'Ngày hoàn thành', '15/03/2024');
    await save(page);
    await expect.poll(() => progressText(page)).toMatch(/Hoạt động hoàn thành\s*1\/1/);
    expect(await progressText(page)).toMatch(/Nhiệm vụ hoàn thành\s*0\/1/);
    await page.getByRole('button', { name: 'Đánh dấu hoàn thành: 1', exact: true }).click();
    await pickDate(page.getByRole('dialog'), 'Ngày hoàn thành', '20/03/2024');
    await page.getByRole('dialog').getByLabel('Minh chứng', { exact: true }).fill('12/BC-UBND ngày 20/03/2024');
    await save(page);
    await expect.poll(() => progressText(page)).toMatch(/Nhiệm vụ hoàn thành\s*1\/1\s*\(100,00%\)/);
    await shot(page, 'reform-plan-by-hand');
    await page.close();
  });

  it('imports the plan from the downloadable template: a bad file lists its line errors, the fixed one imports, and marking a task done moves the progress', async () => {
    const page = await staffPage(e, 'noivu.ductho', 1440);
    await page.goto(`${e.baseUrl}/cai-cach/ke-hoach`);
    const template = await page.request.get(`${e.baseUrl}/api/plans/template.xlsx`);
    expect(template.status()).toBe(200);
    const body = await template.body();

    const header = (area: unknown, code: string, content: string, deadline: unknown, status = 'Chưa thực hiện') => [code, '', area, content, '440-NV', 'Các phòng, ban', 'Báo cáo', deadline, status];
    const bad = await fillTemplate(body, [
      header('1', '1', 'Rà soát văn bản quy phạm pháp luật', '30/06/2022'),
      ['1', 'a', '', 'Lập danh mục văn bản', '', '', '', '31/02/2022'],
      header('Thể thao', '2', 'Kiểm tra công tác CCHC', '30/09/2022'),
    ]);
    const badFile = join(dir, 'ke-hoach-loi.xlsx');
    writeFileSync(badFile, bad);
    const upload = async (path: string) => {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Nhập từ XLSX' }).click()]);
      await chooser.setFiles(path);
    };
    await upload(badFile);
    const alert = page.getByRole('alert').filter({ hasText: 'Không nhập được' });
    await expect.poll(() => alert.count()).toBe(1);
    const errors = (await alert.textContent()) ?? '';
    expect(errors).toContain('Không nhập được (2 lỗi), chưa ghi gì');
    expect(errors).toContain('Dòng 9: Thời hạn: phải là ngày dạng dd/mm/yyyy');
    expect(errors).toContain('Dòng 10: Lĩnh vực:');
    await shot(page, 'reform-plan-import-errors');

    const good = await fillTemplate(body, [
      header('1', '1', 'Rà soát văn bản quy phạm pháp luật', '30/06/2022'),
      ['1', 'a', '', 'Lập danh mục văn bản', '', '', '', '28/02/2022'],
      header('Cải cách chế độ công vụ', '2', 'Kiểm tra công tác CCHC', '30/09/2022'),
    ]);
    const goodFile = join(dir, 'ke-hoach.xlsx');
    writeFileSync(goodFile, good);
    await upload(goodFile);
    await expect.poll(() => page.getByText('Đã nhập 2 nhiệm vụ, 1 hoạt động').count()).toBeGreaterThan(0);
    await expect.poll(() => alert.count()).toBe(0);

    await page.getByLabel('Năm', { exact: true }).fill('2022');
    await pickDate(page.locator('body'), 'Tiến độ đến ngày', '31/12/2022');
    await expect.poll(() => progressText(page)).toContain('21/KH-UBND');
    expect(await progressText(page)).toMatch(/Nhiệm vụ hoàn thành\s*0\/2/);
    // Both tasks are past their deadline at 31/12/2022 and open: listed as overdue.
    expect(await progressText(page)).toMatch(/Quá hạn\s*3/);

    await page.getByRole('button', { name: 'Đánh dấu hoàn thành: 2', exact: true }).click();
    await pickDate(page.getByRole('dialog'), 'Ngày hoàn thành', '15/09/2022');
    await save(page);
    await expect.poll(() => progressText(page)).toMatch(/Nhiệm vụ hoàn thành\s*1\/2\s*\(50,00%\)/);
    expect(await progressText(page)).toMatch(/Quá hạn\s*2/);
    await page.close();
  });
});

describe.skipIf(!e2eReady)('administrative reform: editing and deleting records in Chromium', () => {
  let e: E2E;

  beforeAll(async () => {
    e = await startE2E(async ({ db }) => {
      await seedReformDistrict(db);
    });
  }, 180_000);
  afterAll(() => e?.close());

  it('edits and deletes a communication activity, explains why an inspected plan cannot be deleted, and rolls the communes into the statistics', async () => {
    const page = await staffPage(e, 'noivu.ductho', 1440);
    await page.goto(`${e.baseUrl}/cai-cach/ho-so-cchc`);

    // Communication (H1 2023, the demo district's default period): edit a count, delete an activity.
    await page.getByText('Tuyên truyền', { exact: true }).click();
    const rows = page.locator('.ant-table-row').filter({ has: page.getByRole('button', { name: /^Xóa:/ }) });
    await expect.poll(() => rows.count()).toBe(9);
    const board = rows.filter({ hasText: 'Bảng niêm yết' });
    expect(await board.textContent()).toContain('172');
    await board.getByRole('button', { name: /^Sửa:/ }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByText('Sửa hoạt động tuyên truyền').isVisible()).toBe(true);
    await dialog.getByLabel('Số lượng (tin, bài, buổi…)', { exact: true }).fill('180');
    await save(page);
    await expect.poll(async () => (await board.textContent()) ?? '').toContain('180');
    await rows.filter({ hasText: 'Thư viện' }).getByRole('button', { name: /^Xóa:/ }).click();
    await expect.poll(() => page.getByRole('tooltip').getByText('Xóa hoạt động tuyên truyền này?').isVisible()).toBe(true);
    await page.getByRole('tooltip').getByRole('button', { name: 'Xóa' }).click();
    await expect.poll(() => rows.count()).toBe(8);

    // Inspections: once a result is recorded the plan cannot be deleted; the dialog says why.
    await page.getByText('Kiểm tra CCHC', { exact: true }).click();
    await page.getByRole('button', { name: 'Sửa: Xã Đức Lạng' }).click();
    await pickDate(page.getByRole('dialog'), 'Ngày kiểm tra', '08/06/2023');
    await page.getByRole('dialog').getByLabel('Kết quả kiểm tra', { exact: true }).fill('Niêm yết TTHC chưa đầy đủ');
    await save(page);
    await page.getByRole('button', { name: 'Xóa: 730/KH-UBND' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: 'Xóa' }).click();
    const refusal = page.getByRole('dialog').filter({ hasText: 'Không xóa được' });
    await expect.poll(() => refusal.count()).toBe(1);
    expect(await refusal.textContent()).toContain('đã có kết quả kiểm tra tại Xã Đức Lạng');
    await shot(page, 'reform-records-delete-refused');
    await refusal.getByRole('button', { name: 'OK' }).click();
    // The plan is still there.
    await expect.poll(() => page.locator('.ant-card-head-title').filter({ hasText: '730/KH-UBND ngày 31/03/2023' }).count()).toBe(1);

    // Assigned-task statistics of H1 2023, the district with its communes.
    await page.getByRole('tab', { name: 'Nhiệm vụ được giao' }).click();
    await page.getByRole('tab', { name: 'Thống kê kỳ' }).click();
    await page.getByLabel('Năm', { exact: true }).fill('2023');
    const stats = page.getByTestId('assignment-stats');
    await expect.poll(async () => (await stats.textContent()) ?? '').toContain('97,78%');
    await page.getByText('Toàn bộ (đơn vị và cấp xã)', { exact: true }).click();
    await expect.poll(async () => (await stats.textContent()) ?? '').toContain('Theo đơn vị');
    const byUnit = (await stats.textContent()) ?? '';
    expect(byUnit).toContain('Huyện Đức Thọ');
    expect(byUnit).toContain('Thị trấn Đức Thọ');
    await shot(page, 'reform-stats-rollup');
    await page.close();
  });
});
