import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Db } from '../../db/database.js';
import { importDossiersJsonl } from '../dossiers/transfer.js';
import { importProceduresJsonl } from '../procedures/service.js';
import { demoOrganisation, setupDeployment } from '../units/service.js';
import { generateDemoDossiers } from './generator.js';

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
  const catalogue = readFileSync(DATA_DIR + 'demo-procedures.jsonl', 'utf8');
  const p = await importProceduresJsonl(db, catalogue);
  log(`TTHC: ${p.total} (${p.created} mới)`);
  const lines = generateDemoDossiers(catalogue);
  const d = await importDossiersJsonl(db, lines.join('\n'), (done, total, phase) => {
    if (done === total) log(`hồ sơ (${phase}): ${total}`);
  });
  return { procedures: p.total, dossiers: d.total };
}
