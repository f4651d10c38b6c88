import { computeDue, formatInstant, parsePeriodName } from '@motcua/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCalendar } from '../packages/server/src/modules/calendar/service.js';
import { feedbackStats } from '../packages/server/src/modules/feedback/service.js';
import { e2eReady, login, seedDistrict, seriousViolations, shot, startE2E, type E2E } from './harness.js';

const TITLE = 'Đề nghị niêm yết lệ phí chứng thực tại Bộ phận Một cửa';
const REPLY = 'UBND xã đã niêm yết đầy đủ lệ phí chứng thực tại Bộ phận Một cửa và trên Cổng dịch vụ công.';
const DAY = 86_400_000;

/** The current reporting year (15/12 → 14/12), as the feedback screen opens on it. */
function reportingYear(now: number): string {
  const today = formatInstant(now).slice(0, 10);
  const year = Number(today.slice(0, 4));
  return parsePeriodName(String(year))!.to >= today ? String(year) : String(year + 1);
}

describe.skipIf(!e2eReady)('citizen feedback (PAKN) in Chromium', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E(async ({ db }) => {
      await seedDistrict(db);
    });
  }, 180_000);
  afterAll(() => e?.close());

  it('a citizen sends feedback → staff assign and reply after the deadline → statistics count it late → the citizen looks it up and rates', async () => {
    // 1. The citizen, on a phone, sends feedback about Xã Đức Thọ from the portal.
    const citizen = await e.browser.newPage({ viewport: { width: 390, height: 844 } });
    await citizen.goto(`${e.baseUrl}/cong-dan`);
    await citizen.getByRole('link', { name: 'Phản ánh, kiến nghị' }).click();
    await citizen.waitForURL((u) => u.pathname === '/cong-dan/phan-anh');
    await citizen.getByLabel('Cơ quan được phản ánh').waitFor();
    expect(await seriousViolations(citizen)).toEqual([]);
    await citizen.getByLabel('Cơ quan được phản ánh').click();
    await citizen.keyboard.type('Duc Tho');
    await citizen.locator('.ant-select-item-option').filter({ hasText: 'Xã Đức Thọ' }).first().click();
    await citizen.getByLabel('Họ và tên').fill('Trần Thị Hương');
    await citizen.getByRole('textbox', { name: 'Số điện thoại' }).fill('0913 222 444');
    await citizen.getByRole('textbox', { name: 'Tiêu đề' }).fill(TITLE);
    await citizen.getByRole('textbox', { name: 'Nội dung phản ánh, kiến nghị' }).fill('Bộ phận Một cửa chưa niêm yết lệ phí chứng thực bản sao từ bản chính.');
    await citizen.getByText('Tôi đồng ý công khai nội dung phản ánh').click();
    await shot(citizen, 'portal-feedback-phone');
    await citizen.getByRole('button', { name: 'Gửi phản ánh, kiến nghị' }).click();
    await citizen.getByText('Đã gửi phản ánh, kiến nghị').first().waitFor();
    const code = (await citizen.getByText(/^PA-18229-\d{6}-\d{4}$/).first().textContent())!.trim();

    // 2. The clock: the feedback arrived 20 days ago (its receipt and due instant move back), so it is overdue now.
    const { db } = e.handle;
    const received = Date.now() - 20 * DAY;
    const due = computeDue(await loadCalendar(db), received, 10)!;
    expect(due).toBeLessThan(Date.now());
    const row = await db.updateTable('feedback').set({ receivedAt: new Date(received), dueAt: new Date(due) }).where('code', '=', code).returning('id').executeTakeFirstOrThrow();
    await db.updateTable('feedbackEvents').set({ at: new Date(received) }).where('feedbackId', '=', row.id).execute();

    // 3. The leader sees it overdue in the list and in the reminder bell, and assigns it to the specialist.
    const leader = await e.browser.newPage({ viewport: { width: 1366, height: 900 } });
    await login(e, leader, 'lanhdao.xaductho');
    await leader.getByRole('menuitem', { name: 'Phản ánh, kiến nghị' }).click();
    await leader.waitForURL((u) => u.pathname === '/phan-anh');
    const listed = leader.locator('tr', { hasText: code });
    await listed.getByText('Quá hạn').waitFor();
    expect(await seriousViolations(leader)).toEqual([]);
    await leader.locator('.reminder-bell').click();
    await leader.locator('.reminder-bell-list').getByText(TITLE).waitFor();
    await leader.keyboard.press('Escape');
    await listed.getByText(code).click();
    await leader.waitForURL((u) => u.pathname === `/phan-anh/${code}`);
    const drawer = leader.getByTestId('feedback-detail');
    await drawer.getByRole('button', { name: 'Giao xử lý', exact: true }).click();
    const assign = leader.getByRole('dialog', { name: 'Giao xử lý' });
    await assign.getByLabel('Tên đăng nhập người xử lý (không bắt buộc)').fill('chuyenvien.xaductho');
    await assign.getByRole('button', { name: 'Lưu' }).click();
    await drawer.getByText('Đang xử lý').first().waitFor();
    await shot(leader, 'feedback-assigned');

    // 4. The specialist replies (after the deadline) and publishes the reply.
    const specialist = await e.browser.newPage({ viewport: { width: 1366, height: 900 } });
    await login(e, specialist, 'chuyenvien.xaductho');
    await specialist.goto(`${e.baseUrl}/phan-anh/${code}`);
    const detail = specialist.getByTestId('feedback-detail');
    await detail.getByRole('button', { name: 'Trả lời', exact: true }).click();
    const reply = specialist.getByRole('dialog', { name: 'Trả lời phản ánh, kiến nghị' });
    await reply.getByLabel('Nội dung trả lời').fill(REPLY);
    await reply.getByText('Công khai trả lời trên Cổng dịch vụ công').click();
    await reply.getByRole('button', { name: 'Lưu' }).click();
    await detail.getByText('Đã trả lời').first().waitFor();
    await detail.getByText('Trễ hạn').first().waitFor();

    // 5. The statistics count it handled late, in the API and on the screen; the dashboard card too.
    const period = reportingYear(Date.now());
    const stats = (await feedbackStats(db, '18229', period)).self;
    expect(stats).toMatchObject({ received: expect.any(Number), handledOnTime: 0, handledLate: 1, onTimeRate: '0,00%', scores766: { handledOnTime: 0 } });
    const block = specialist.getByTestId('feedback-stats');
    await expect.poll(() => block.locator('[data-figure="handledLate"]').first().textContent()).toBe('1');
    await expect.poll(() => block.locator('[data-figure="score52"]').first().textContent()).toContain('0');
    await block.getByText(code).first().waitFor();
    await shot(specialist, 'feedback-late');
    await leader.goto(`${e.baseUrl}/dieu-hanh?unit=18229&period=${period}`);
    await expect.poll(() => leader.getByTestId('feedback-card').locator('[data-figure="feedbackOnTime"]').textContent()).toBe('0,00%');

    // 6. The citizen looks it up with the phone number, reads the reply and rates it.
    await citizen.getByRole('button', { name: 'Tra cứu kết quả xử lý' }).click();
    await citizen.waitForURL((u) => u.pathname === '/cong-dan/phan-anh/tra-cuu');
    await citizen.getByLabel('Số điện thoại đã khai').fill('0913222444');
    await citizen.getByRole('button', { name: 'Tra cứu', exact: true }).click();
    await citizen.getByTestId('feedback-reply').getByText(REPLY).waitFor();
    await citizen.getByText('Hài lòng', { exact: true }).click();
    await citizen.getByRole('button', { name: 'Gửi đánh giá' }).click();
    await citizen.getByText('Cảm ơn bạn đã đánh giá kết quả xử lý.').waitFor();
    expect(await seriousViolations(citizen)).toEqual([]);
    await expect.poll(() => citizen.getByTestId('feedback-status').textContent()).toBe('Đã kết thúc');
    await shot(citizen, 'portal-feedback-rated');
    expect((await feedbackStats(db, '18229', period)).self).toMatchObject({ ratedSatisfied: 1, satisfactionRate: '100,00%' });

    // 7. The published reply is on the portal, without the sender's name or phone.
    await citizen.getByRole('link', { name: 'Trả lời đã công khai' }).click();
    await citizen.waitForURL((u) => u.pathname === '/cong-dan/phan-anh/cong-khai');
    await citizen.locator('.portal-feedback-item').getByText(REPLY).waitFor();
    const text = (await citizen.locator('main').textContent()) ?? '';
    expect(text).toContain(REPLY);
    expect(text).not.toContain('Trần Thị Hương');
    expect(text).not.toContain('0913');
  });
});
