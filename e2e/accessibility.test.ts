import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importProceduresJsonl } from '../packages/server/src/modules/procedures/service.js';
import { readFixture } from '../packages/server/test/helpers.js';
import { e2eReady, login, seedDistrict, seriousViolations, startE2E, type E2E } from './harness.js';


describe.skipIf(!e2eReady)('accessibility of the public pages (axe-core, WCAG 2 AA)', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E(async ({ db }) => {
      await seedDistrict(db);
      await importProceduresJsonl(db, readFixture('procedures.jsonl'));
    });
  }, 180_000);
  afterAll(() => e?.close());

  it.each([
    ['portal catalogue', '/cong-dan', 'Đăng ký hộ kinh doanh'],
    ['procedure page', '/cong-dan/thu-tuc/1.001612', 'Nộp trực tuyến'],
    ['online submission', '/cong-dan/nop/1.001612', 'Họ và tên'],
    ['lookup', '/cong-dan/tra-cuu', 'Mã hồ sơ'],
    ['staff login', '/login', 'Mật khẩu'],
  ])('%s has no serious or critical violations', async (_name, path, text) => {
    const page = await e.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${e.baseUrl}${path}`);
    await page.locator('main, form').getByText(text).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it.each([
    ['counter desk', '/tiep-nhan', 'Thủ tục hành chính'],
    ['queues', '/hang-doi', 'Hàng đợi'],
    ['dashboard', '/dieu-hanh?unit=18229&period=2026', 'Bảng điều hành'],
    ['CCHC reports', '/bao-cao', 'Báo cáo cải cách hành chính định kỳ'],
  ])('staff %s has no serious or critical violations', async (_name, path, text) => {
    const page = await e.browser.newPage({ viewport: { width: 1366, height: 900 } });
    await login(e, page, path === '/tiep-nhan' ? 'motcua.xaductho' : 'lanhdao.xaductho');
    await page.goto(`${e.baseUrl}${path}`);
    await page.getByText(text).first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
