import type { Db } from '../../db/database.js';
import type { UnitRow } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import { putSetting } from '../calendar/repo.js';
import * as repo from './repo.js';
import { readDucThoOrganisation, type DeploymentOrganisation } from './referenceData.js';
import type { Unit, UnitListQuery } from './schema.js';

const today = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

async function toUnit(db: Db, row: UnitRow, withSuccessors = false): Promise<Unit> {
  const parent = row.parentId ? await db.selectFrom('units').select('code').where('id', '=', row.parentId).executeTakeFirst() : undefined;
  return {
    code: row.code,
    name: row.name,
    level: row.level,
    kind: row.kind,
    parentCode: parent?.code ?? null,
    validFrom: row.validFrom,
    validTo: row.validTo,
    agencyCode: row.agencyCode,
    ...(withSuccessors ? { successors: await repo.findSuccessors(db, row.id) } : {}),
  };
}

export async function getUnit(db: Db, code: string, at = today()): Promise<Unit> {
  const row = await repo.findUnitByCodeAt(db, code, at);
  if (!row) throw AppError.notFound('Unit', code);
  return toUnit(db, row, true);
}

export async function listUnits(db: Db, q: UnitListQuery): Promise<Unit[]> {
  const at = q.at ?? today();
  let parentId: number | undefined;
  if (q.parent) {
    const parent = await repo.findUnitByCodeAt(db, q.parent, at);
    if (!parent) throw AppError.notFound('Unit', q.parent);
    parentId = parent.id;
  }
  const rows = await repo.listUnits(db, { parentId, level: q.level, at, q: q.q, limit: q.limit });
  return Promise.all(rows.map((r) => toUnit(db, r)));
}

/**
 * Sets a deployment up on a district (or commune) by its code: its departments, the agency
 * identifiers that prefix dossier codes, and the root unit setting. Idempotent.
 */
export async function setupDeployment(db: Db, org: DeploymentOrganisation): Promise<{ root: string; departments: number }> {
  return db.transaction().execute(async (tx) => {
    const root = await tx.selectFrom('units').selectAll().where('code', '=', org.district).orderBy('validFrom').executeTakeFirst();
    if (!root) throw AppError.notFound('Unit', org.district);
    for (const [code, agencyCode] of Object.entries(org.agencyCodes)) {
      await tx.updateTable('units').set({ agencyCode }).where('code', '=', code).where('level', '!=', 'department').execute();
    }
    let departments = 0;
    for (const d of org.departments) {
      const exists = await tx.selectFrom('units').select('id').where('code', '=', d.code).executeTakeFirst();
      if (exists) continue;
      await tx
        .insertInto('units')
        .values({ code: d.code, name: d.name, level: 'department', kind: 'Phòng ban', parentId: root.id, validFrom: root.validFrom, validTo: root.validTo, source: 'deployment set-up' })
        .execute();
      departments++;
    }
    await putSetting(tx, 'root_unit', org.district);
    return { root: org.district, departments };
  });
}

export function demoOrganisation(): DeploymentOrganisation {
  return readDucThoOrganisation();
}
