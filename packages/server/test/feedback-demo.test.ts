import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../src/db/database.js';
import { seedDemoUsers } from '../src/modules/demo/service.js';
import { DEMO_FEEDBACK, seedFeedbackDemo } from '../src/modules/feedback/demo.js';
import { feedbackStats } from '../src/modules/feedback/service.js';
import { demoOrganisation, setupDeployment } from '../src/modules/units/service.js';
import { backend, createTestDatabase } from './helpers.js';

describe(`demo feedback (${backend})`, () => {
  let h: DatabaseHandle;
  beforeAll(async () => {
    h = await createTestDatabase();
    await setupDeployment(h.db, demoOrganisation());
    await seedDemoUsers(h.db);
  }, 120_000);
  afterAll(() => h?.close());

  it('the seed: "6 tháng đầu năm 2023, không có phản ánh" — zero feedback at Đức Thọ (440) and its communes in H1 2023', async () => {
    expect(await seedFeedbackDemo(h.db, () => {}, Date.parse('2026-11-26T12:00:00+07:00'))).toBe(DEMO_FEEDBACK.length);
    expect(await seedFeedbackDemo(h.db)).toBe(0); // idempotent
    const h1 = await feedbackStats(h.db, '440', '2023-H1');
    for (const f of [h1.self, h1.children]) {
      expect(f).toMatchObject({ total: 0, received: 0, handledOnTime: 0, handledLate: 0, pendingOverdue: 0, scores766: { handledOnTime: 6, satisfaction: 6 } });
    }
    expect(h1.lateItems).toEqual([]);
    // Every illustrative item is received after 14/06/2023 and says it is illustrative.
    const rows = await h.db.selectFrom('feedback').select(['receivedAt', 'content', 'createdBy']).execute();
    expect(rows).toHaveLength(DEMO_FEEDBACK.length);
    for (const r of rows) {
      expect(r.receivedAt.getTime()).toBeGreaterThanOrEqual(Date.parse('2023-06-15T00:00:00+07:00'));
      expect(r.content).toContain('Dữ liệu minh họa');
      expect(r.createdBy).toBe('demo');
    }
    // The illustrative H2 2023 items: one on time, one late, one rejected (not counted in 5.2).
    const h2 = await feedbackStats(h.db, '440', '2023');
    expect(h2.self).toMatchObject({ received: 3, handledOnTime: 1, handledLate: 1, rejected: 1, ratedVerySatisfied: 1, ratedSatisfied: 1, scores766: { handledOnTime: 3, satisfaction: 6 } });
  });
});
