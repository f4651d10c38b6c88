import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importProceduresJsonl } from '../packages/server/src/modules/procedures/service.js';
import { dossierStats } from '../packages/server/src/modules/stats/service.js';
import { readFixture } from '../packages/server/test/helpers.js';
import { e2eReady, login, seedDistrict, shot, startE2E, type E2E } from './harness.js';

/** Clicks an action button on the dossier page, fills what the form needs and confirms. */
async function act(page: Page, action: string, fill?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>) {
  await page.getByRole('button', { name: action, exact: true }).click();
  const dialog = page.getByRole('dialog');
  if (fill) await fill(dialog);
  await dialog.getByRole('button', { name: 'Ghi nhận' }).click();
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
}

/** What the dashboard shows for one figure of the unit's own desk. */
const figure = (page: Page, key: string) => page.locator(`.figures-block [data-figure="${key}"]`).first().textContent();

describe.skipIf(!e2eReady)('citizen to dashboard journey in Chromium', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E(async ({ db }) => {
      await seedDistrict(db);
      await importProceduresJsonl(db, readFixture('procedures.jsonl'));
    });
  }, 180_000);
  afterAll(() => e?.close());

  it('submit online → receive → specialist proposes → leader approves → returned by post → citizen rates → dashboard moves', async () => {
    const stats = () => dossierStats(e.handle.db, { unit: '18229', period: '2026' });
    const before = (await stats()).self;

    // The citizen, on a phone-sized screen, submits online.
    const citizen = await e.browser.newPage({ viewport: { width: 390, height: 844 } });
    await citizen.goto(`${e.baseUrl}/cong-dan/nop/1.001612`);
    await citizen.getByLabel('Ủy ban nhân dân xã, phường tiếp nhận').click();
    await citizen.keyboard.type('Duc Tho');
    await citizen.locator('.ant-select-item-option').filter({ hasText: 'Xã Đức Thọ' }).first().click();
    await citizen.getByLabel('Họ và tên').fill('Nguyễn Thị Mai Anh');
    await citizen.getByLabel('Số CCCD').fill('042198001234');
    await citizen.getByLabel('Số điện thoại').fill('0912 888 777');
    await citizen.getByLabel('Địa chỉ liên hệ').fill('Xóm 3, xã Đức Thọ, Hà Tĩnh');
    for (const box of await citizen.locator('.portal-checklist input[type=checkbox]').all()) await box.check();
    await shot(citizen, 'portal-submit-phone');
    await citizen.getByRole('button', { name: 'Nộp hồ sơ' }).click();
    await citizen.getByText('Đã nộp hồ sơ thành công').waitFor();
    const code = (await citizen.getByText(/^000\.01\.42\.H25-\d{6}-\d{4}$/).first().textContent())!.trim();

    // The desk receives it and hands it to the specialist.
    const desk = await e.browser.newPage({ viewport: { width: 1366, height: 900 } });
    await login(e, desk, 'motcua.xaductho');
    await desk.goto(`${e.baseUrl}/hang-doi`);
    await desk.getByText(code).first().waitFor();
    await desk.goto(`${e.baseUrl}/ho-so/${code}`);
    await act(desk, 'Tiếp nhận');
    await act(desk, 'Chuyển xử lý', async (d) => {
      await d.getByLabel(/Chuyển đến/).first().fill('chuyenvien.xaductho');
      await d.getByLabel('Tên bước xử lý').fill('Thẩm định');
    });

    // The specialist appraises and submits to the leader; the leader approves (resolves).
    const specialist = await e.browser.newPage({ viewport: { width: 1366, height: 900 } });
    await login(e, specialist, 'chuyenvien.xaductho');
    await specialist.goto(`${e.baseUrl}/ho-so/${code}`);
    await act(specialist, 'Chuyển xử lý', async (d) => {
      await d.getByLabel(/Chuyển đến/).first().fill('Lãnh đạo UBND');
      await d.getByLabel('Tên bước xử lý').fill('Trình phê duyệt');
    });
    const leader = await e.browser.newPage({ viewport: { width: 1366, height: 900 } });
    await login(e, leader, 'lanhdao.xaductho');
    await leader.goto(`${e.baseUrl}/ho-so/${code}`);
    await act(leader, 'Có kết quả');

    // The desk returns the result by post.
    await desk.reload();
    await act(desk, 'Trả kết quả', async (d) => {
      await d.getByText('Qua bưu chính').click();
    });
    await shot(desk, 'dossier-returned');

    // The citizen looks it up with the phone number and rates it.
    await citizen.goto(`${e.baseUrl}/cong-dan/tra-cuu`);
    await citizen.getByLabel('Mã hồ sơ').fill(code);
    await citizen.getByLabel('Số điện thoại đã khai khi nộp').fill('0912888777');
    await citizen.getByRole('button', { name: 'Tra cứu' }).click();
    await citizen.getByText('Đã trả kết quả').first().waitFor();
    await citizen.getByText('Rất hài lòng').first().click();
    await citizen.getByRole('button', { name: 'Gửi đánh giá' }).click();
    await citizen.getByText('Cảm ơn bạn đã gửi đánh giá.').waitFor();
    await shot(citizen, 'portal-lookup-phone');

    // The statistics moved by exactly this dossier, and the dashboard shows the API's numbers.
    const after = (await stats()).self;
    expect(after.receivedOnline - before.receivedOnline).toBe(1);
    expect(after.resolvedTotal - before.resolvedTotal).toBe(1);
    expect(after.resultsByPost - before.resultsByPost).toBe(1);
    expect(after.ratedVerySatisfied - before.ratedVerySatisfied).toBe(1);
    await leader.goto(`${e.baseUrl}/dieu-hanh?unit=18229&period=2026`);
    for (const key of ['receivedOnline', 'resolvedTotal', 'resultsByPost', 'ratedVerySatisfied'] as const) {
      await expect.poll(() => figure(leader, key)).toBe(String(after[key]));
    }
    await shot(leader, 'dashboard');
    const view = await desk.evaluate(async (c) => (await fetch(`/api/dossiers/${c}`)).json(), code);
    expect((view as { events: Array<{ actor: string }> }).events.map((x) => x.actor)).toEqual([
      'citizen', 'motcua.xaductho', 'motcua.xaductho', 'chuyenvien.xaductho', 'lanhdao.xaductho', 'motcua.xaductho', 'citizen',
    ]);
  });
});
