import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildApp, WEB_DIST } from '../packages/server/src/app.js';
import type { DatabaseHandle } from '../packages/server/src/db/database.js';
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
