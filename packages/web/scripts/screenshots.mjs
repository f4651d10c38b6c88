// Screenshots of the main staff screens for a visual check (development aid, not a test).
// Needs a running server (demo data) behind `vite preview`/`vite` and Debian's Chromium:
//   MOTCUA_API_URL=http://localhost:3100 npx vite preview --port 4173 &
//   node scripts/screenshots.mjs http://127.0.0.1:4173
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://127.0.0.1:4173';
const out = new URL('../screenshots-dev/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
const page = await context.newPage();
page.on('pageerror', (e) => console.error('pageerror:', e.message));
page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));

// 1. Login (development picker while the server has no /api/auth).
await page.goto(`${base}/login`);
await page.getByText('Đăng nhập hệ thống một cửa').waitFor();
await page.screenshot({ path: `${out}01-login.png` });

// 2. Counter desk as the commune desk (a unit valid today), receive a birth registration.
await page.evaluate(() => localStorage.setItem('motcua.devUser', 'dev.motcua.xa'));
await page.goto(`${base}/tiep-nhan`);
await page.getByLabel('Thủ tục hành chính').click();
await page.keyboard.type('khai sinh');
await page.locator('.ant-select-item-option', { hasText: 'Đăng ký khai sinh' }).first().click();
await page.getByText('Thành phần hồ sơ (đánh dấu giấy tờ đã nhận đủ)').waitFor();
await page.getByRole('button', { name: /Đánh dấu tất cả/ }).click();
await page.getByLabel('Họ và tên').fill('Nguyễn Thị Lan');
await page.getByLabel('Số CCCD').fill('042190012345');
await page.getByLabel('Số điện thoại').fill('0912345678');
await page.getByLabel('Địa chỉ').fill('Thôn Trung Tiến, xã Đức Thọ, tỉnh Hà Tĩnh');
await page.screenshot({ path: `${out}02-counter-desk.png`, fullPage: true });
await page.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();
await page.getByTestId('slip').waitFor();
await page.screenshot({ path: `${out}03-receipt.png`, fullPage: true });
await page.emulateMedia({ media: 'print' });
await page.screenshot({ path: `${out}03b-receipt-print.png`, fullPage: true });
await page.emulateMedia({ media: 'screen' });

// Hand the new dossier over (the forward form, Idempotency-Key, timeline refresh).
await page.getByRole('button', { name: 'Mở hồ sơ' }).click();
await page.getByRole('button', { name: 'Chuyển xử lý' }).click();
await page.getByLabel('Chuyển đến (phòng hoặc cán bộ)').fill('Công chức Tư pháp - Hộ tịch');
await page.getByLabel('Tên bước xử lý').fill('Thẩm định hồ sơ');
await page.getByRole('button', { name: 'Ghi nhận' }).click();
await page.getByText('Chuyển đến: Công chức Tư pháp - Hộ tịch').waitFor();
await page.screenshot({ path: `${out}03c-new-dossier-forwarded.png`, fullPage: true });

// 3. Queues and a dossier page as the district desk (the demo history).
await page.evaluate(() => localStorage.setItem('motcua.devUser', 'dev.motcua.huyen'));
await page.goto(`${base}/hang-doi/overdue`);
await page.locator('.queue-table .ant-table-row').first().waitFor();
await page.screenshot({ path: `${out}04-queues-overdue.png`, fullPage: true });
await page.locator('.queue-table .ant-table-row a').first().click();
await page.getByText('Diễn biến hồ sơ').waitFor();
await page.getByText('Hạn được tính thế nào?').click();
await page.waitForTimeout(400);
await page.screenshot({ path: `${out}05-dossier.png`, fullPage: true });
await page.getByRole('button', { name: 'Chuyển xử lý' }).click();
await page.getByRole('dialog').waitFor();
await page.waitForTimeout(600);
await page.screenshot({ path: `${out}06-forward-modal.png` });

// 4. Phone width.
await page.setViewportSize({ width: 390, height: 844 });
await page.goto(`${base}/hang-doi/in_progress`);
await page.locator('.queue-table .ant-table-row').first().waitFor();
await page.screenshot({ path: `${out}07-queues-phone.png`, fullPage: false });

await browser.close();
console.log(`screenshots in ${out}`);
