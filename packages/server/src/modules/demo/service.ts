import { seedDemoScans } from './scans.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Db } from '../../db/database.js';
import { importDossiersJsonl } from '../dossiers/transfer.js';
import { importProceduresJsonl } from '../procedures/service.js';
import { demoOrganisation, setupDeployment } from '../units/service.js';
import { generateDemoDossiers } from './generator.js';
import { seedReformDemo } from './reform.js';
import { seedReformRecordsDemo } from '../reform-records/demo.js';
import { seedAppraisalDemo } from '../appraisal/demo.js';
import { seedFeedbackDemo } from '../feedback/demo.js';
import { seedReportsDemo } from '../reports/demo.js';
import { SYSTEM } from '../auth/policy.js';
import { createUser } from '../auth/service.js';
import type { CreateUserBody } from '../auth/schema.js';

/** The demo password of every demo account (demo mode only; a production start refuses them). */
export const DEMO_PASSWORD = 'DucTho@2023';

/** Demo accounts: each role at huyện Đức Thọ, and the desks of two communes. */
export const DEMO_USERS: Array<Omit<CreateUserBody, 'password'>> = [
  { username: 'admin', fullName: 'Quản trị hệ thống', role: 'system_admin', unit: '440', unitOn: '2023-06-14' },
  { username: 'quantri.ductho', fullName: 'Lê Văn Quân', role: 'unit_admin', unit: '440', unitOn: '2023-06-14' },
  { username: 'motcua.ductho', fullName: 'Nguyễn Thị Hoa', role: 'reception', unit: '440', unitOn: '2023-06-14' },
  { username: 'chuyenvien.tuphap', fullName: 'Trần Văn Nam', role: 'specialist', unit: '440-TP', unitOn: '2023-06-14' },
  { username: 'truongphong.tuphap', fullName: 'Phan Thị Lan', role: 'department_head', unit: '440-TP', unitOn: '2023-06-14' },
  { username: 'chuyenvien.tnmt', fullName: 'Đặng Quốc Huy', role: 'specialist', unit: '440-TNMT', unitOn: '2023-06-14' },
  { username: 'lanhdao.ductho', fullName: 'Võ Minh Đức', role: 'leader', unit: '440', unitOn: '2023-06-14' },
  { username: 'noivu.ductho', fullName: 'Hoàng Thị Thu (Phòng Nội vụ)', role: 'reform_officer', unit: '440', unitOn: '2023-06-14' },
  { username: 'motcua.thitran', fullName: 'Bùi Thị Mai', role: 'reception', unit: '18229', unitOn: '2023-06-14' },
  { username: 'chuyenvien.thitran', fullName: 'Nguyễn Văn Tâm', role: 'specialist', unit: '18229', unitOn: '2023-06-14' },
  { username: 'lanhdao.thitran', fullName: 'Trần Đình Sơn', role: 'leader', unit: '18229', unitOn: '2023-06-14' },
  { username: 'motcua.truongson', fullName: 'Lê Thị Hằng', role: 'reception', unit: '18244', unitOn: '2023-06-14' },
  { username: 'lanhdao.truongson', fullName: 'Phạm Văn Bình', role: 'leader', unit: '18244', unitOn: '2023-06-14' },
  // Commune reform officers (công chức phụ trách CCHC): they self-score the commune reform index.
  { username: 'cchc.thitran', fullName: 'Phan Thị Hà', role: 'reform_officer', unit: '18229', unitOn: '2023-06-14' },
  { username: 'cchc.truongson', fullName: 'Đinh Văn Khánh', role: 'reform_officer', unit: '18244', unitOn: '2023-06-14' },
  // Today's units (since 01/07/2025): Xã Đức Thọ and Xã Đức Minh, successors of the 2023 communes.
  { username: 'motcua.xaductho', fullName: 'Nguyễn Thị Thảo', role: 'reception', unit: '18229', unitOn: '2025-07-01' },
  { username: 'chuyenvien.xaductho', fullName: 'Hồ Văn Lợi', role: 'specialist', unit: '18229', unitOn: '2025-07-01' },
  { username: 'lanhdao.xaductho', fullName: 'Trần Quốc Việt', role: 'leader', unit: '18229', unitOn: '2025-07-01' },
  { username: 'motcua.xaducminh', fullName: 'Lê Thị Ngọc', role: 'reception', unit: '18244', unitOn: '2025-07-01' },
  { username: 'lanhdao.xaducminh', fullName: 'Nguyễn Hữu Phúc', role: 'leader', unit: '18244', unitOn: '2025-07-01' },
];

/** Creates the demo accounts that do not exist yet (flagged as demo). */
export async function seedDemoUsers(db: Db): Promise<number> {
  let created = 0;
  for (const u of DEMO_USERS) {
    const exists = await db.selectFrom('users').select('id').where('username', '=', u.username).executeTakeFirst();
    if (exists) continue;
    await createUser(db, SYSTEM, { ...u, password: DEMO_PASSWORD }, { demo: true });
    created++;
  }
  return created;
}

const DATA_DIR = fileURLToPath(new URL('./data/', import.meta.url));

/** True when no procedure and no dossier exists yet (a fresh install). */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const p = await db.selectFrom('procedures').select('id').limit(1).executeTakeFirst();
  const d = await db.selectFrom('dossiers').select('id').limit(1).executeTakeFirst();
  return !p && !d;
}

/**
 * Loads the demo district Đức Thọ: its organisation, the 2023 catalogue (254 district and 188
 * commune procedures) and a generated dossier history whose H1 2023 statistics are the seed's.
 * Idempotent: a second run changes nothing.
 */
export async function seedDemo(db: Db, log: (msg: string) => void = () => {}): Promise<{ procedures: number; dossiers: number }> {
  await setupDeployment(db, demoOrganisation());
  const users = await seedDemoUsers(db);
  if (users) log(`tài khoản mẫu: ${users}`);
  const catalogue = readFileSync(DATA_DIR + 'demo-procedures.jsonl', 'utf8');
  const p = await importProceduresJsonl(db, catalogue);
  log(`TTHC: ${p.total} (${p.created} mới)`);
  const lines = generateDemoDossiers(catalogue);
  const d = await importDossiersJsonl(db, lines.join('\n'), (done, total, phase) => {
    if (done === total) log(`hồ sơ (${phase}): ${total}`);
  });
  await seedDemoScans(db, log);
  await seedReformDemo(db, log);
  await seedReformRecordsDemo(db, log);
  await seedAppraisalDemo(db, log);
  await seedFeedbackDemo(db, log);
  await seedReportsDemo(db);
  return { procedures: p.total, dossiers: d.total };
}
