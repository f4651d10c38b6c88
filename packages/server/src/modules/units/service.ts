import { addDays } from '@motcua/core';
import { inTransaction, type Db, type Tx } from '../../db/database.js';
import type { UnitRow } from '../../db/schema.js';
import { AppError, type FieldIssue } from '../../errors.js';
import { parseJsonLines } from '../../lib/jsonl.js';
import { putSetting } from '../calendar/repo.js';
import * as repo from './repo.js';
import { readDucThoOrganisation, type DeploymentOrganisation } from './referenceData.js';
import { UnitInput, type Unit, type UnitListQuery } from './schema.js';

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
  let at = q.at ?? today();
  let parentId: number | undefined;
  if (q.parent) {
    // Without a date, a unit that no longer exists lists its children as on its last day.
    const parent = q.at ? await repo.findUnitByCodeAt(db, q.parent, at) : await repo.findCurrentOrLatestUnit(db, q.parent, at);
    if (!parent) throw AppError.notFound('Unit', q.parent);
    if (!q.at && parent.validTo !== null && parent.validTo < at) at = parent.validTo;
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
    const root = await repo.findUnitByCodeAt(tx, org.district, org.validOn);
    if (!root) throw AppError.notFound('Unit', org.district);
    for (const [code, agencyCode] of Object.entries(org.agencyCodes)) {
      const unit = await repo.findUnitByCodeAt(tx, code, org.validOn);
      if (!unit) throw AppError.notFound('Unit', code);
      await tx.updateTable('units').set({ agencyCode }).where('id', '=', unit.id).execute();
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

/**
 * Imports units (JSON Lines, docs/units-import.md), e.g. a province's post-2025 communes: each
 * line a unit with its validity; `formedFrom` closes the merged units the day before and records
 * the successions. All lines or nothing; a line already imported is updated in place.
 */
export async function importUnitsJsonl(db: Db | Tx, text: string): Promise<{ total: number; created: number; updated: number }> {
  const { items, issues } = parseJsonLines(text, UnitInput);
  if (issues.length) throw AppError.importRejected(issues);
  return inTransaction(db, async (tx) => {
    const problems: FieldIssue[] = [];
    let created = 0;
    let updated = 0;
    for (const { line, value: u } of items) {
      const validFrom = u.validFrom ?? '1900-01-01';
      if (u.validTo && u.validTo < validFrom) problems.push({ line, field: 'validTo', reason: 'is before validFrom' });
      let parentId: number | null = null;
      if (u.parentCode) {
        const parent = await repo.findUnitByCodeAt(tx, u.parentCode, validFrom);
        if (!parent) {
          problems.push({ line, field: 'parentCode', reason: `no unit ${u.parentCode} valid on ${validFrom}` });
          continue;
        }
        parentId = parent.id;
      }
      const values = { name: u.name, level: u.level, kind: u.kind, parentId, validTo: u.validTo ?? null, agencyCode: u.agencyCode ?? null, source: 'import' };
      const existing = await tx.selectFrom('units').select('id').where('code', '=', u.code).where('validFrom', '=', validFrom).executeTakeFirst();
      let id: number;
      if (existing) {
        await tx.updateTable('units').set(values).where('id', '=', existing.id).execute();
        id = existing.id;
        updated++;
      } else {
        id = (await tx.insertInto('units').values({ code: u.code, validFrom, ...values }).returning('id').executeTakeFirstOrThrow()).id;
        created++;
      }
      for (const code of u.formedFrom ?? []) {
        const before = addDays(validFrom, -1);
        const old = await tx
          .selectFrom('units')
          .select(['id', 'validTo'])
          .where('code', '=', code)
          .where('validFrom', '<=', before)
          .where((eb) => eb.or([eb('validTo', 'is', null), eb('validTo', '>=', before)]))
          .executeTakeFirst();
        if (!old) {
          problems.push({ line, field: 'formedFrom', reason: `no unit ${code} valid on ${before}` });
          continue;
        }
        await tx.updateTable('units').set({ validTo: before }).where('id', '=', old.id).execute();
        await tx
          .insertInto('unitSuccessions')
          .values({ predecessorId: old.id, successorId: id, effective: validFrom, basis: 'import' })
          .onConflict((oc) => oc.columns(['predecessorId', 'successorId']).doNothing())
          .execute();
      }
    }
    // Any problem rolls the whole file back.
    if (problems.length) throw AppError.importRejected(problems);
    return { total: items.length, created, updated };
  });
}
