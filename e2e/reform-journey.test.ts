import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { e2eReady, pickDate, seedDistrict, seedReformDistrict, shot, staffPage, startE2E, type E2E } from './harness.js';

/** The task of the journey: assigned in January 2023, due 10/03/2023, done 10 days late. */
const CONTENT = 'Rà soát hướng tuyến, vị trí nhà ga dự kiến của Dự án đường sắt cao tốc Bắc – Nam';

describe.skipIf(!e2eReady)('administrative reform: an assigned task in Chromium', () => {
  let e: E2E;

  beforeAll(async () => {
    e = await startE2E(async ({ db }) => {
      await seedDistrict(db);
    });
  }, 180_000);
  afterAll(() => e?.close());

  it('register → reminded as overdue → completed late → the period statistics count it late and name it', async () => {
    const page = await staffPage(e, 'noivu.ductho');
    // The reform menu entry leads to the assigned tasks.
    await page.getByRole('menuitem', { name: 'Cải cách hành chính' }).click();
    await page.waitForURL((u) => u.pathname.startsWith('/cai-cach'));
    await page.getByRole('tab', { name: 'Nhiệm vụ được giao' }).click();
    await page.waitForURL((u) => u.pathname === '/cai-cach/nhiem-vu');

    // 1. Register the task assigned by the provincial People's Committee.
    await page.getByRole('button', { name: 'Đăng ký nhiệm vụ' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Số văn bản giao', { exact: true }).fill('215/UBND-NC1');
    await pickDate(page.getByRole('dialog'), 'Ngày văn bản', '10/01/2023');
    await dialog.getByLabel('Nội dung nhiệm vụ', { exact: true }).fill(CONTENT);
    await pickDate(page.getByRole('dialog'), 'Hạn hoàn thành', '10/03/2023');
    const lead = dialog.getByLabel('Đơn vị chủ trì', { exact: true });
    await lead.click();
    await page.keyboard.type('Nội vụ');
    await page.keyboard.press('Enter');
    await dialog.getByLabel('Người theo dõi', { exact: true }).fill('Hoàng Thị Thu');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    const row = page.getByRole('row').filter({ hasText: CONTENT });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('10/03/2023');
    expect(await row.textContent()).toContain('Quá hạn');
    expect(await row.textContent()).toContain('Nội vụ');

    // 2. The reminders list it as overdue, escalated to the unit's leaders.
    await page.getByRole('tab', { name: 'Nhắc việc' }).click();
    const reminder = page.getByRole('row').filter({ hasText: CONTENT });
    await expect.poll(() => reminder.count()).toBe(1);
    expect(await reminder.textContent()).toContain('Quá hạn');
    expect(await reminder.textContent()).toMatch(/Quá hạn [\d.]+ ngày làm việc/);
    await shot(page, 'reform-reminders');

    // 3. Record the completion, ten days after the deadline.
    await page.getByRole('tab', { name: 'Danh sách' }).click();
    await page.getByRole('button', { name: `Báo cáo tiến độ: ${CONTENT}` }).click();
    await page.getByRole('dialog').getByLabel('Tiến độ, ghi chú', { exact: true }).fill('Đã rà soát, có văn bản báo cáo UBND tỉnh');
    await page.getByRole('dialog').getByLabel('Hoàn thành', { exact: true }).check();
    await pickDate(page.getByRole('dialog'), 'Ngày hoàn thành', '20/03/2023');
    await page.getByRole('dialog').getByLabel('Số văn bản báo cáo', { exact: true }).fill('88/BC-UBND');
    await page.getByRole('dialog').getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(async () => (await row.textContent()) ?? '').toContain('20/03/2023');
    expect(await row.textContent()).toContain('Trễ hạn');

    // No longer in the reminders.
    await page.getByRole('tab', { name: 'Nhắc việc' }).click();
    await expect.poll(() => page.getByText('Không có nhiệm vụ đến hạn hoặc quá hạn').first().isVisible()).toBe(true);

    // 4. The statistics of the first half of 2023 count it late and name it.
    await page.getByRole('tab', { name: 'Thống kê kỳ' }).click();
    await page.getByLabel('Năm', { exact: true }).fill('2023');
    await expect.poll(() => page.getByTestId('period-range').textContent()).toContain('15/12/2022');
    const stats = page.getByTestId('assignment-stats');
    await expect.poll(() => stats.getByText(CONTENT).count()).toBe(1);
    const text = (await stats.textContent()) ?? '';
    expect(text).toContain('Hoàn thành trễ hạn');
    expect(text).toContain('100,00%');
    expect(text).toContain('Nhiệm vụ hoàn thành trễ hạn');
    const late = stats.getByRole('row').filter({ hasText: CONTENT });
    expect(await late.textContent()).toContain('20/03/2023');
    await shot(page, 'reform-stats');
    await page.close();
  });
});

describe.skipIf(!e2eReady)('administrative reform: the plan and the periodic figures in Chromium', () => {
  let e: E2E;

  beforeAll(async () => {
    e = await startE2E(async ({ db }) => {
      await seedReformDistrict(db);
    });
  }, 180_000);
  afterAll(() => e?.close());

  it("shows the 2023 plan's progress at 14/06/2023 as the seed report gives it, with the communes rolled up", async () => {
    const page = await staffPage(e, 'noivu.ductho');
    await page.goto(`${e.baseUrl}/cai-cach/ke-hoach`);
    await page.getByLabel('Năm', { exact: true }).fill('2023');
    const at = page.getByLabel('Tiến độ đến ngày', { exact: true });
    await at.click();
    await at.fill('14/06/2023');
    await at.press('Enter');
    const progress = page.getByTestId('plan-progress');
    await expect.poll(async () => (await progress.textContent()) ?? '').toContain('111/KH-UBND');
    await expect.poll(async () => (await progress.textContent()) ?? '').toContain('16/60');
    const text = (await progress.textContent()) ?? '';
    expect(text).toContain('26,67%');
    expect(text).toContain('22/75');
    expect(text).toContain('29,33%');
    await expect.poll(() => page.getByText('Tổng hợp toàn huyện (kể cả cấp xã)').isVisible()).toBe(true);
    await shot(page, 'reform-plan');
    await page.close();
  });

  it('the reform officer unlocks the locked 2023-H1 figures with a reason and locks them again; both are logged', async () => {
    const page = await staffPage(e, 'noivu.ductho');
    await page.goto(`${e.baseUrl}/cai-cach/so-lieu`);
    await page.getByLabel('Năm', { exact: true }).fill('2023');
    const status = page.getByTestId('figures-status');
    await expect.poll(() => status.textContent()).toBe('Đã khóa');
    // The seed's disbursement rate, computed (54,020 / 146,250).
    await expect.poll(() => page.getByText('36,94%').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Mở khóa' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Mở khóa' }).click();
    await expect.poll(() => dialog.getByText('Nêu lý do mở khóa (ít nhất 5 ký tự)').isVisible()).toBe(true);
    await dialog.getByLabel('Lý do mở khóa', { exact: true }).fill('Điều chỉnh số giải ngân theo Kho bạc');
    await dialog.getByRole('button', { name: 'Mở khóa' }).click();
    await expect.poll(() => status.textContent()).toBe('Đang mở');
    await expect.poll(() => page.getByText('Lý do: Điều chỉnh số giải ngân theo Kho bạc').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Khóa số liệu kỳ' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: 'Khóa số liệu kỳ' }).click();
    await expect.poll(() => status.textContent()).toBe('Đã khóa');
    await shot(page, 'reform-figures');
    await page.close();
  });
});
