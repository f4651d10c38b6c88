// Visual check of the citizen portal (development aid, not a test). Needs a running server with
// demo data and Debian's Chromium:  node src/portal/dev/screenshots.mjs http://127.0.0.1:3200
// Drives: catalogue → procedure → online submission to Xã Đức Thọ → lookup → staff receive +
// supplement request (API) → citizen supplement → staff resolve + return → citizen rating.
/* global fetch, crypto, document, window */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://127.0.0.1:3200';
const out = new URL('../../../screenshots-dev/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });
const PHONE = '0912 345 678';

/** A staff session through the API (cookie + CSRF token from the login response). */
async function staff(username) {
  const r = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: 'DucTho@2023' }),
  });
  if (!r.ok) throw new Error(`login ${username}: ${r.status} ${await r.text()}`);
  const { csrfToken } = await r.json();
  const cookie = r.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  return async (code, body) => {
    const res = await fetch(`${base}/api/dossiers/${encodeURIComponent(code)}/events`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrfToken, Cookie: cookie, 'Idempotency-Key': crypto.randomUUID() },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    console.log(`${username} ${body.type}: ${res.status}${res.ok ? '' : ' ' + text.slice(0, 300)}`);
    return res.ok;
  };
}

// antd keeps the spinner's leave animation (aria-label "loading") a moment after a request ends.
const lookupButton = (pg) => pg.getByRole('button', { name: /^(loading )?Tra cứu$/ });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const desktop = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
const page = await desktop.newPage();
const authCalls = [];
page.on('request', (r) => r.url().includes('/api/auth/') && authCalls.push(`${r.method()} ${new URL(r.url()).pathname} (from ${page.url()})`));
page.on('pageerror', (e) => console.error('pageerror:', e.message));
page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));

// 1. Catalogue, search, filters.
await page.goto(`${base}/cong-dan`);
await page.locator('.portal-card').first().waitFor();
await page.screenshot({ path: `${out}10-portal-catalogue.png`, fullPage: true });
await page.keyboard.press('Tab');
await page.screenshot({ path: `${out}10b-portal-skip-link-focus.png` });
await page.getByLabel('Tìm thủ tục').fill('tro giup xa hoi');
await page.keyboard.press('Enter');
await page.getByLabel('Cấp thực hiện').click();
await page.locator('.ant-select-item-option', { hasText: 'Cấp xã' }).click();
await page.getByLabel('Hình thức nộp').click();
await page.locator('.ant-select-item-option', { hasText: 'toàn trình' }).click();
await page.waitForURL(/online=full/);
await page.getByText(/Tìm thấy \d+ thủ tục/).waitFor();
await page.waitForTimeout(300);
await page.screenshot({ path: `${out}10c-portal-catalogue-filtered.png`, fullPage: true });

// 2. Procedure detail.
await page.locator('.portal-card h2 a').first().click();
await page.getByRole('heading', { name: 'Thành phần hồ sơ' }).waitFor();
const procedureUrl = page.url();
await page.screenshot({ path: `${out}11-portal-procedure.png`, fullPage: true });

// 3. Online submission: empty first (errors), then filled.
await page.getByRole('button', { name: 'Nộp trực tuyến' }).click();
await page.getByRole('heading', { name: 'Nộp hồ sơ trực tuyến' }).waitFor();
await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
await page.getByText('Chọn nơi tiếp nhận hồ sơ').waitFor();
await page.screenshot({ path: `${out}12-portal-submit-errors.png`, fullPage: true });
await page.getByLabel('Ủy ban nhân dân xã, phường tiếp nhận').click();
await page.keyboard.type('duc tho');
await page.locator('.ant-select-item-option[title="Xã Đức Thọ"]').click();
await page.getByLabel('Họ và tên').fill('Nguyễn Thị Lan');
await page.getByLabel('Số CCCD').fill('042190012345');
await page.getByLabel('Số điện thoại').fill(PHONE);
await page.getByLabel('Địa chỉ liên hệ').fill('Thôn Trung Tiến, xã Đức Thọ, tỉnh Hà Tĩnh');
for (const box of await page.locator('.portal-checklist input[type=checkbox]').all()) await box.check();
await page.getByLabel('Ghi chú gửi cán bộ (không bắt buộc)').fill('Xin liên hệ qua điện thoại trước khi hẹn.');
await page.screenshot({ path: `${out}13-portal-submit-filled.png`, fullPage: true });
await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
await page.getByText('Đã nộp hồ sơ thành công').waitFor();
const code = (await page.locator('.portal-code').first().innerText()).trim();
console.log('dossier', code);
await page.screenshot({ path: `${out}14-portal-success.png`, fullPage: true });

// 4. Lookup with the phone (code carried over), then a wrong phone (404 sentence).
await page.getByRole('button', { name: 'Tra cứu hồ sơ này' }).click();
await page.getByLabel('Số điện thoại đã khai khi nộp').fill('0987 654 321');
await lookupButton(page).click();
await page.getByText('Không tìm thấy hồ sơ với mã và số điện thoại/CCCD đã nhập.').waitFor();
await page.screenshot({ path: `${out}15b-portal-lookup-404.png`, fullPage: true });
await page.getByLabel('Số điện thoại đã khai khi nộp').fill(PHONE);
await lookupButton(page).click();
await page.getByText(`Hồ sơ ${code}`).waitFor();
console.log('lookup page URL:', page.url());
await page.screenshot({ path: `${out}15-portal-lookup.png`, fullPage: true });

// 5. Staff receives and asks for a supplement; the citizen answers from the portal.
const desk = await staff('motcua.xaductho');
await desk(code, { type: 'received' });
await desk(code, { type: 'supplement_requested', reason: 'Bổ sung bản sao Giấy xác nhận thuộc đối tượng trợ giúp xã hội.' });
await page.getByRole('button', { name: 'Cập nhật tình trạng' }).click();
await page.getByRole('heading', { name: 'Hồ sơ cần bổ sung, hoàn thiện' }).waitFor();
await page.screenshot({ path: `${out}16-portal-supplement.png`, fullPage: true });
await page.getByLabel('Nội dung bổ sung của bạn').fill('Tôi đã gửi bản sao Giấy xác nhận qua Bộ phận Một cửa xã.');
await page.getByRole('button', { name: 'Gửi bổ sung' }).click();
await page.getByText('Đã gửi nội dung bổ sung.').waitFor();
await page.screenshot({ path: `${out}17-portal-after-supplement.png`, fullPage: true });

// 6. Resolution and return by post, then the rating.
const leader = await staff('lanhdao.xaductho');
if (!(await leader(code, { type: 'resolved' }))) await desk(code, { type: 'resolved' });
await desk(code, { type: 'result_returned', via: 'postal' });
await page.getByRole('button', { name: 'Cập nhật tình trạng' }).click();
const rating = page.getByRole('heading', { name: 'Đánh giá mức độ hài lòng' });
if (await rating.waitFor({ timeout: 5000 }).then(() => true, () => false)) {
  await page.locator('label', { hasText: 'Rất hài lòng' }).click();
  await page.screenshot({ path: `${out}18a-portal-rating.png`, fullPage: true });
  await page.getByRole('button', { name: 'Gửi đánh giá' }).click();
  await page.getByText('Cảm ơn bạn đã gửi đánh giá.').waitFor();
  await page.screenshot({ path: `${out}18b-portal-rated.png`, fullPage: true });
} else console.log('rating form not offered (see the staff lines above)');

// 7. English, and the staff login page's link.
await page.getByRole('button', { name: 'English' }).click();
await page.goto(procedureUrl);
await page.getByRole('heading', { name: 'Required documents' }).waitFor();
await page.screenshot({ path: `${out}19-portal-procedure-en.png`, fullPage: true });
await page.getByRole('button', { name: 'Tiếng Việt' }).click();
await page.getByRole('navigation').getByRole('link', { name: 'Cán bộ đăng nhập' }).click();
await page.getByText('Đăng nhập hệ thống một cửa').waitFor();
await page.screenshot({ path: `${out}19b-login-portal-link.png` });

// 8. Phone (390×844).
const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
const p = await phone.newPage();
p.on('pageerror', (e) => console.error('phone pageerror:', e.message));
await p.goto(`${base}/cong-dan`);
await p.locator('.portal-card').first().waitFor();
await p.screenshot({ path: `${out}20-portal-phone-catalogue.png` });
await p.screenshot({ path: `${out}20b-portal-phone-catalogue-full.png`, fullPage: true });
await p.goto(procedureUrl);
await p.getByRole('heading', { name: 'Thành phần hồ sơ' }).waitFor();
await p.screenshot({ path: `${out}21-portal-phone-procedure.png`, fullPage: true });
await p.getByRole('button', { name: 'Nộp trực tuyến' }).click();
await p.getByRole('button', { name: 'Nộp hồ sơ' }).click();
await p.getByText('Chọn nơi tiếp nhận hồ sơ').waitFor();
await p.screenshot({ path: `${out}22-portal-phone-submit.png`, fullPage: true });
await p.goto(`${base}/cong-dan/tra-cuu`);
await p.getByLabel('Mã hồ sơ').fill(code);
await p.locator('label', { hasText: 'Số CCCD' }).first().click();
await p.getByLabel('Số CCCD đã khai khi nộp').fill('042190012345');
await lookupButton(p).click();
await p.getByText(`Hồ sơ ${code}`).waitFor();
await p.screenshot({ path: `${out}23-portal-phone-lookup.png`, fullPage: true });
const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
console.log('phone horizontal overflow px:', overflow);

console.log('auth calls seen:', authCalls.length ? authCalls : 'none');
await browser.close();
console.log(`screenshots in ${out}`);
