import { sql } from 'kysely';
import type { Db, Tx } from '../../db/database.js';

type Q = Db | Tx;

export function findCatalogue(db: Q, version?: number) {
  let q = db.selectFrom('figureCatalogues').selectAll();
  q = version === undefined ? q.orderBy('version', 'desc').limit(1) : q.where('version', '=', version);
  return q.executeTakeFirst();
}

export function findForm(db: Q, unitId: number, period: string) {
  return db.selectFrom('figureForms').selectAll().where('unitId', '=', unitId).where('period', '=', period).executeTakeFirst();
}
export type FormRow = NonNullable<Awaited<ReturnType<typeof findForm>>>;

/** The form row, created when missing, locked for the rest of the transaction. */
export async function lockOrCreateForm(tx: Tx, unitId: number, period: string, catalogueVersion: number): Promise<FormRow> {
  await tx
    .insertInto('figureForms')
    .values({ unitId, period, catalogueVersion, status: 'open' })
    .onConflict((oc) => oc.columns(['unitId', 'period']).doNothing())
    .execute();
  return tx.selectFrom('figureForms').selectAll().where('unitId', '=', unitId).where('period', '=', period).forUpdate().executeTakeFirstOrThrow();
}

export async function formValues(db: Q, formId: number | undefined): Promise<Record<string, number>> {
  if (formId === undefined) return {};
  const rows = await db.selectFrom('figureValues').select(['code', 'value']).where('formId', '=', formId).execute();
  return Object.fromEntries(rows.map((r) => [r.code, Number(r.value)]));
}

export function formEvents(db: Q, formId: number) {
  return db.selectFrom('figureFormEvents').selectAll().where('formId', '=', formId).orderBy('id').execute();
}

export async function logEvent(tx: Tx, formId: number, action: 'values' | 'lock' | 'unlock', actor: string, reason: string | null, detail: Record<string, unknown>) {
  await tx.insertInto('figureFormEvents').values({ formId, action, actor, reason, detail: JSON.stringify(detail) }).execute();
}

export async function writeValues(tx: Tx, formId: number, values: Record<string, number | null>, actor: string) {
  const clear = Object.entries(values).filter(([, v]) => v === null).map(([c]) => c);
  const set = Object.entries(values).filter((e): e is [string, number] => e[1] !== null);
  if (clear.length) await tx.deleteFrom('figureValues').where('formId', '=', formId).where('code', 'in', clear).execute();
  if (set.length) {
    await tx
      .insertInto('figureValues')
      .values(set.map(([code, v]) => ({ formId, code, value: String(v), enteredBy: actor })))
      .onConflict((oc) => oc.columns(['formId', 'code']).doUpdateSet({ value: sql`excluded.value`, enteredBy: sql`excluded.entered_by`, enteredAt: sql`now()` }))
      .execute();
  }
}
