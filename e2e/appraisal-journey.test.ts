import { scoredItems } from '@motcua/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db, Tx } from '../packages/server/src/db/database.js';
import { SYSTEM } from '../packages/server/src/modules/auth/policy.js';
import { seedAppraisalDemo } from '../packages/server/src/modules/appraisal/demo.js';
import * as appraisal from '../packages/server/src/modules/appraisal/service.js';
import { appraisalTemplate } from '../packages/server/src/modules/appraisal/template.js';
import { e2eReady, SCREENSHOTS, seedDistrict, seriousViolations, shot, signIn, startE2E, type E2E } from './harness.js';

const COMMUNE = 'Thị trấn Đức Thọ';

/** Confirms an antd Popconfirm opened by the button of the same name. */
async function confirm(page: Page, name: string) {
  await page.getByRole('button', { name, exact: true }).first().click();
  await page.getByRole('tooltip').getByRole('button', { name }).click();
}

/**
 * The 2024 round of huyện Đức Thọ, ready for the journey: 15 communes already appraised with their
 * survey score; Thị trấn Đức Thọ has self-scored every criterion but 1.1. 2022–2023 are the demo's.
 */
async function prepare(db: Db) {
  await seedDistrict(db);
  await seedAppraisalDemo(db);
  const leaves = scoredItems(appraisalTemplate());
  const run = <T>(work: (tx: Tx) => Promise<T>) => db.transaction().execute(work);
  await run((tx) => appraisal.createSet(tx, SYSTEM, { unit: '440', year: 2024 }));
  const round = await run((tx) =>
    appraisal.createAppraisal(tx, SYSTEM, {
      district: '440',
      year: 2024,
      council: [
        { name: 'Võ Minh Đức', role: 'Chủ tịch Hội đồng', position: 'Phó Chủ tịch UBND huyện', username: 'lanhdao.ductho' },
        { name: 'Hoàng Thị Thu', role: 'Thư ký Hội đồng', username: 'noivu.ductho' },
      ],
    }),
  );
  const survey: Record<string, number> = {};
  for (const [k, e] of round.entries.entries()) {
    const code = e.unit.code;
    const scores = Object.fromEntries(leaves.filter((l) => code !== '18229' || l.code !== '1.1').map((l, j) => [l.code, { score: Math.max(0, l.maxPoints - ((j + k) % 6 === 0 ? 0.5 : 0)) }]));
    await run((tx) => appraisal.saveSelfScores(tx, SYSTEM, round.id, code, { scores }));
    if (code === '18229') continue;
    await run((tx) => appraisal.submitEntry(tx, SYSTEM, round.id, code));
    await run((tx) => appraisal.saveAppraisedScores(tx, SYSTEM, round.id, code, { scores }));
    await run((tx) => appraisal.completeEntry(tx, SYSTEM, round.id, code));
    survey[code] = 24 + (k % 5);
  }
  await run((tx) => appraisal.saveSurvey(tx, SYSTEM, round.id, survey));
}

describe.skipIf(!e2eReady)('commune reform index in Chromium', () => {
  let e: E2E;

  beforeAll(async () => {
    e = await startE2E(({ db }) => prepare(db));
  }, 240_000);
  afterAll(() => e?.close());

  it('a commune self-scores a criterion → the council appraises → the round is published → the ranking shows the commune', async () => {
    // 1. The commune's reform officer: only its own entry; scores 1.1 and submits.
    const commune = await signIn(e, 'cchc.thitran');
    await commune.getByRole('menuitem', { name: 'Chỉ số CCHC cấp xã' }).click();
    await commune.waitForURL((u) => u.pathname.startsWith('/chi-so-cchc'));
    await commune.getByRole('tab', { name: 'Tự chấm, thẩm định' }).click();
    await expect.poll(() => commune.getByRole('heading', { name: COMMUNE }).isVisible()).toBe(true);
    const selfTotal = commune.getByTestId('self-total');
    const before = (await selfTotal.textContent()) ?? '';
    const score = commune.getByLabel('Điểm tự chấm 1.1', { exact: true });
    await score.fill('3');
    await expect.poll(() => commune.getByText('Không vượt quá điểm tối đa 2,5').isVisible()).toBe(true);
    await score.fill('2,25');
    await commune.getByLabel('Tài liệu kiểm chứng 1.1', { exact: true }).fill('Kế hoạch số 05/KH-UBND ngày 15/01/2024');
    await expect.poll(async () => (await selfTotal.textContent()) !== before).toBe(true);
    expect(await seriousViolations(commune)).toEqual([]);
    await commune.getByRole('button', { name: 'Lưu điểm' }).click();
    await expect.poll(() => commune.getByText('Đã lưu điểm').first().isVisible()).toBe(true);
    await confirm(commune, 'Gửi thẩm định');
    await expect.poll(() => commune.getByText('Đã gửi thẩm định').first().isVisible()).toBe(true);
    await shot(commune, 'appraisal-self');
    // Before publication its results show only itself.
    await commune.getByRole('tab', { name: 'Kết quả, xếp hạng' }).click();
    await expect.poll(() => commune.getByText('Trước khi công bố, xã chỉ xem được kết quả của mình.').isVisible()).toBe(true);
    await expect.poll(() => commune.getByTestId('results-table').locator('tbody tr.ant-table-row').count()).toBe(1);

    // 2. The council's chair appraises: the self score beside the appraised one, 0,25 off 1.1.
    const council = await signIn(e, 'lanhdao.ductho');
    await council.goto(`${e.baseUrl}/chi-so-cchc/cham-diem`);
    await council.getByRole('button', { name: `Mở phiếu chấm của ${COMMUNE}` }).click();
    await expect.poll(() => council.getByTestId('self-value-1.1').textContent()).toBe('2,25');
    await council.getByRole('button', { name: 'Lấy điểm tự chấm cho tiêu chí chưa chấm' }).click();
    await council.getByLabel('Điểm thẩm định 1.1', { exact: true }).fill('2');
    await council.getByLabel('Nhận xét 1.1', { exact: true }).fill('Kế hoạch ban hành chậm so với hướng dẫn');
    await council.getByRole('button', { name: 'Lưu điểm' }).click();
    await expect.poll(() => council.getByText('Đã lưu điểm').first().isVisible()).toBe(true);
    await confirm(council, 'Hoàn thành thẩm định');
    await expect.poll(() => council.getByText('Đã hoàn thành thẩm định').first().isVisible()).toBe(true);
    await shot(council, 'appraisal-council');

    // 3. The survey score, then publication.
    await council.getByRole('tab', { name: 'Đợt thẩm định, Hội đồng' }).click();
    await council.getByLabel(`Điểm điều tra xã hội học của ${COMMUNE}`, { exact: true }).fill('27,5');
    await council.getByRole('button', { name: 'Lưu điểm điều tra' }).click();
    await expect.poll(() => council.getByText('Đã lưu điểm điều tra xã hội học').first().isVisible()).toBe(true);
    await confirm(council, 'Công bố kết quả');
    await expect.poll(() => council.getByText('Đã công bố kết quả').first().isVisible()).toBe(true);

    // 4. The ranking shows the commune with its rank, total and change against 2023.
    await council.getByRole('tab', { name: 'Kết quả, xếp hạng' }).click();
    const table = council.getByTestId('results-table');
    await expect.poll(() => table.locator('tbody tr.ant-table-row').count()).toBe(16);
    const row = table.getByRole('row').filter({ hasText: COMMUNE });
    const text = (await row.textContent()) ?? '';
    expect(text).toMatch(/^\d+/); // the rank first
    expect(text).toContain('27,5');
    expect(text).toMatch(/[+−]\d/); // change against 2023
    await shot(council, 'appraisal-results');
    expect(await seriousViolations(council)).toEqual([]);

    // 5. Published: the commune now sees the whole district's ranking.
    await commune.reload();
    await expect.poll(() => commune.getByTestId('results-table').locator('tbody tr.ant-table-row').count()).toBe(16);
    await council.context().close();
    await commune.context().close();
  });

  it('the district reform officer creates the next year’s criteria set from the template and edits it with running totals', async () => {
    const page = await signIn(e, 'noivu.ductho');
    await page.goto(`${e.baseUrl}/chi-so-cchc/bo-tieu-chi?nam=2025`);
    await page.getByRole('button', { name: 'Tạo từ mẫu (9 lĩnh vực, 34 tiêu chí)' }).click();
    await expect.poll(() => page.getByTestId('set-total').textContent()).toBe('70 / 70');
    await expect.poll(() => page.getByText('cần hoàn thiện theo văn bản').first().isVisible()).toBe(true);
    // 1.1 down by 0,5: area 1 no longer adds up; 1.2 up by 0,5 and it does again.
    await page.getByLabel('Điểm tối đa 1.1', { exact: true }).fill('2');
    await expect.poll(() => page.getByTestId('sum-1').textContent()).toBe('9,5 / 10');
    await expect.poll(() => page.getByText('1 chỗ điểm con không cộng đúng').isVisible()).toBe(true);
    await page.getByLabel('Điểm tối đa 1.2', { exact: true }).fill('3,5');
    await expect.poll(() => page.getByTestId('sum-1').textContent()).toBe('10 / 10');
    await page.getByLabel('Nội dung 1.1', { exact: true }).fill('Ban hành kế hoạch CCHC năm đúng thời hạn');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Lưu bộ tiêu chí' }).click();
    await expect.poll(() => page.getByText('Đã lưu bộ tiêu chí').first().isVisible()).toBe(true);
    await expect.poll(() => page.getByLabel('Nội dung 1.1', { exact: true }).inputValue()).toBe('Ban hành kế hoạch CCHC năm đúng thời hạn');
    await shot(page, 'appraisal-criteria');
    await page.context().close();
  });

  it('the round dialog keeps each council member on one line at 1366 px and wraps it on a phone', async () => {
    await e.handle.db.transaction().execute((tx) => appraisal.createSet(tx, SYSTEM, { unit: '440', year: 2021 }));
    const page = await signIn(e, 'noivu.ductho');
    await page.goto(`${e.baseUrl}/chi-so-cchc/dot-tham-dinh?nam=2021`);
    await page.getByRole('button', { name: 'Mở đợt thẩm định năm 2021' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Thêm thành viên' }).click();
    const rows = dialog.getByTestId('council-row');
    await expect.poll(() => rows.count()).toBe(2);
    /** Name, role, position, account and the remove button of a member: their boxes, in order. */
    const parts = async (k: number) => {
      const row = rows.nth(k);
      const boxes = [];
      for (const el of [...(await row.locator('input').all()), row.getByRole('button', { name: 'Bỏ thành viên' })]) boxes.push((await el.boundingBox())!);
      return boxes;
    };
    /** One line: the five parts centred on the inputs' line, left to right without overlap. */
    const oneLine = async (k: number) => {
      const boxes = await parts(k);
      const middle = (b: { y: number; height: number }) => b.y + b.height / 2;
      return (
        boxes.length === 5 &&
        boxes.every((b) => Math.abs(middle(b) - middle(boxes[0]!)) < 4) &&
        boxes.every((b, i) => i === 0 || b.x >= boxes[i - 1]!.x + boxes[i - 1]!.width - 1)
      );
    };
    // Polled: the dialog opens with a zoom animation.
    await expect.poll(async () => (await oneLine(0)) && (await oneLine(1))).toBe(true);
    await dialog.screenshot({ path: `${SCREENSHOTS}appraisal-round-dialog.png` });
    // A phone: two columns (name | role, position | account), the remove button under them, nothing wider than the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(async () => (await parts(0))[2]!.y > (await parts(0))[0]!.y + 10).toBe(true);
    const [name, role, position, , remove] = await parts(0);
    expect(Math.abs(name!.y - role!.y)).toBeLessThan(2);
    expect(position!.y).toBeGreaterThan(name!.y + name!.height);
    expect(remove!.y).toBeGreaterThan(position!.y + position!.height);
    for (const b of await parts(0)) expect(b.x + b.width).toBeLessThanOrEqual(390);
    await dialog.screenshot({ path: `${SCREENSHOTS}appraisal-round-dialog-phone.png` });
    await page.context().close();
  });
});
