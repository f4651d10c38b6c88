import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { buildApp, WEB_DIST } from '../packages/server/src/app.js';
import type { DatabaseHandle, Db } from '../packages/server/src/db/database.js';
import { seedReformDemo } from '../packages/server/src/modules/demo/reform.js';
import { DEMO_PASSWORD, seedDemoUsers } from '../packages/server/src/modules/demo/service.js';
import { seedReformRecordsDemo } from '../packages/server/src/modules/reform-records/demo.js';
import { demoOrganisation, setupDeployment } from '../packages/server/src/modules/units/service.js';
import { createTestDatabase } from '../packages/server/test/helpers.js';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const SCREENSHOTS = new URL('./screenshots/', import.meta.url).pathname;

/** Browser journeys need Debian's Chromium and the built web app; CI installs/builds both. */
export const e2eReady = existsSync(CHROMIUM) && existsSync(WEB_DIST + 'index.html');

export interface E2E {
  handle: DatabaseHandle;
  baseUrl: string;
  browser: Browser;
  close(): Promise<void>;
}

/** A fresh database, the real server (API + built web app) on a free loopback port, and Chromium. */
export async function startE2E(prepare: (handle: DatabaseHandle) => Promise<void>): Promise<E2E> {
  const handle = await createTestDatabase();
  await prepare(handle);
  const app = await buildApp({ db: handle.db, config: { MOTCUA_MODE: 'demo' } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    handle,
    baseUrl: `http://127.0.0.1:${port}`,
    browser,
    close: async () => {
      await browser.close();
      await app.close();
      await handle.close();
    },
  };
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
}

/** The demo organisation (province → huyện Đức Thọ → communes) and its demo staff accounts. */
export async function seedDistrict(db: Db): Promise<void> {
  await setupDeployment(db, demoOrganisation());
  await seedDemoUsers(db);
}

/** The demo district with the reform demo data: the 2023 plan, the periodic figures and the reform records. */
export async function seedReformDistrict(db: Db): Promise<void> {
  await seedDistrict(db);
  await seedReformDemo(db);
  await seedReformRecordsDemo(db);
}

/** Signs a demo staff account in on `page` (the demo password) and waits to leave the login page. */
export async function login(e: E2E, page: Page, username: string): Promise<void> {
  await page.goto(`${e.baseUrl}/login`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

/** A new page `width` × 900 (its context closes with it), signed in as `username`. */
export async function staffPage(e: E2E, username: string, width = 1366): Promise<Page> {
  const page = await e.browser.newPage({ viewport: { width, height: 900 } });
  await login(e, page, username);
  return page;
}

/** A page of its own browser context (own cookies), signed in as `username`. */
export async function signIn(e: E2E, username: string): Promise<Page> {
  const context = await e.browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  await login(e, page, username);
  return page;
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** axe-core (WCAG 2 A/AA rules) on the current page; serious and critical findings only. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } })).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/**
 * An antd DatePicker (format dd/MM/yyyy) inside `scope`: type the date and confirm it (Enter;
 * Tab in a form whose Enter would submit it).
 */
export async function pickDate(scope: Locator, label: string, ddmmyyyy: string, confirm: 'Enter' | 'Tab' = 'Enter'): Promise<void> {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(ddmmyyyy);
  await input.press(confirm);
  await expect.poll(() => input.inputValue()).toBe(ddmmyyyy);
}
