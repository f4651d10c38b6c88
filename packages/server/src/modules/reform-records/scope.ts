import { formatDateVi, type Period } from '@motcua/core';
import type { Db, Tx } from '../../db/database.js';
import type { UnitRow } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import { canSeeUnit, type Actor } from '../auth/policy.js';
import { resolvePeriod } from '../stats/service.js';
import { findDescendants, findUnitByCodeAt, findUnitOverlapping } from '../units/repo.js';
import type { Role } from '@motcua/core';

/** Who may record reform work (documents, inspections, initiatives, communication). */
export const REFORM_WRITERS: Role[] = ['reform_officer', 'unit_admin', 'system_admin'];

/** The committee whose records a unit's belong to: a department's is its People's Committee. */
export const deskOf = (u: Pick<UnitRow, 'id' | 'level' | 'parentId'>): number => (u.level === 'department' && u.parentId !== null ? u.parentId : u.id);

/** Whether the actor may see records of this unit (a unit outside the scope answers 404). */
export const maySee = (actor: Actor, u: Pick<UnitRow, 'id' | 'level' | 'parentId'>) => canSeeUnit(actor, deskOf(u));

/**
 * The unit version valid on a date, within the actor's scope; 404 otherwise. `committee`
 * refuses a department (documents and plans are a People's Committee's).
 */
export async function unitAt(db: Db | Tx, actor: Actor, code: string, date: string, opts: { committee?: boolean; field?: string } = {}): Promise<UnitRow> {
  const unit = await findUnitByCodeAt(db, code, date);
  if (!unit || !maySee(actor, unit)) throw AppError.notFound('Unit', code);
  if (opts.committee && unit.level === 'department') {
    throw AppError.validation([{ field: opts.field ?? 'unit', reason: 'must be a People’s Committee (huyện, xã), not a department' }]);
  }
  return unit;
}
/** A period query's period and unit (the version overlapping it), within the actor's scope. */
export async function periodAndUnit(db: Db, actor: Actor, q: { unit: string; period?: string | undefined; from?: string | undefined; to?: string | undefined }) {
  const period = resolvePeriod(q);
  const unit = await findUnitOverlapping(db, q.unit, period.from, period.to);
  if (!unit || !maySee(actor, unit)) throw AppError.notFound('Unit', q.unit);
  return { period, unit };
}

/** The unit and every unit below it (departments, communes) valid at some point of the period. */
export async function withDescendants(db: Db, unit: UnitRow, period: Period): Promise<UnitRow[]> {
  return [unit, ...(await findDescendants(db, unit.id, period.from, period.to))];
}

export const periodOut = (unit: UnitRow, period: Period) => ({ unit: unit.code, from: period.from, to: period.to, ...(period.name ? { period: period.name } : {}) });

/** "111/KH-UBND ngày 17/01/2023" */
export const documentDisplay = (number: string, date: string) => `${number} ngày ${formatDateVi(date)}`;

const UNIQUE_VIOLATION = '23505';
/** A duplicate (unique constraint) as 409 instead of 500. */
export async function conflictOnDuplicate<T>(work: () => Promise<T>, message: string): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if ((e as { code?: string }).code === UNIQUE_VIOLATION) throw new AppError('CONFLICT', message);
    throw e;
  }
}
