import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemoUsers } from '../packages/server/src/modules/demo/service.js';
import { importProceduresJsonl } from '../packages/server/src/modules/procedures/service.js';
import { demoOrganisation, setupDeployment } from '../packages/server/src/modules/units/service.js';
import { readFixture } from '../packages/server/test/helpers.js';
import { e2eReady, startE2E, type E2E } from './harness.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** axe-core (WCAG 2 A/AA rules) on the current page; serious and critical findings only. */
async function serious(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } })).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

describe.skipIf(!e2eReady)('accessibility of the public pages (axe-core, WCAG 2 AA)', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E(async ({ db }) => {
      await setupDeployment(db, demoOrganisation());
      await seedDemoUsers(db);
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
    expect(await serious(page)).toEqual([]);
    await page.close();
  });

  it.each([
    ['counter desk', '/tiep-nhan', 'Thủ tục hành chính'],
    ['queues', '/hang-doi', 'Hàng đợi'],
    ['dashboard', '/dieu-hanh?unit=18229&period=2026', 'Bảng điều hành'],
    ['CCHC reports', '/bao-cao', 'Báo cáo cải cách hành chính định kỳ'],
  ])('staff %s has no serious or critical violations', async (_name, path, text) => {
    const page = await e.browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(`${e.baseUrl}/login`);
    await page.getByLabel('Tên đăng nhập').fill(path === '/tiep-nhan' ? 'motcua.xaductho' : 'lanhdao.xaductho');
    await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await page.goto(`${e.baseUrl}${path}`);
    await page.getByText(text).first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await serious(page)).toEqual([]);
    await page.close();
  });
});
