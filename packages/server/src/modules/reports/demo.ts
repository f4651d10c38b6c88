import type { Db } from '../../db/database.js';
import { REPORT_SIGNERS_SETTING } from './service.js';

/**
 * The demo district's report signer, as the seed report is signed (KT. Chủ tịch, Phó Chủ tịch
 * Hoàng Xuân Hùng): data of the deployment, used as the default signer of new reports of 440.
 * Idempotent: an existing setting is left as it is.
 */
export async function seedReportsDemo(db: Db): Promise<void> {
  const value = { '440': { capacity: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], name: 'Hoàng Xuân Hùng' } };
  await db
    .insertInto('settings')
    .values({ key: REPORT_SIGNERS_SETTING, value: JSON.stringify(value) })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
}
