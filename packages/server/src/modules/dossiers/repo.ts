import type { DossierState } from '@motcua/core';
import { sql } from 'kysely';
import type { Db, Tx } from '../../db/database.js';
import type { DossierEventRow, DossierRow, DossiersTable } from '../../db/schema.js';

const date = (ms: number | undefined) => (ms === undefined ? null : new Date(ms));

/** The dossier columns that are a projection of its events. */
export function projectionColumns(state: DossierState, eventCount: number) {
  return {
    status: state.status,
    submittedAt: date(state.submittedAt),
    receivedAt: date(state.receivedAt),
    refusedAt: date(state.refusedAt),
    finishedAt: date(state.finishedAt),
    finishType: state.finishType ?? null,
    dueAt: date(state.dueAt),
    timeliness: state.timeliness ?? null,
    apologyAt: date(state.apology?.at),
    newAppointmentAt: date(state.apology?.newAppointment),
    resultReturnedAt: date(state.resultReturned?.at),
    resultVia: state.resultReturned?.via ?? null,
    ratedAt: date(state.rating?.at),
    rating: state.rating?.level ?? null,
    holder: state.holder ?? null,
    eventCount,
  } satisfies Partial<Record<keyof DossiersTable, unknown>>;
}

export async function findDossierByCode(db: Db | Tx, code: string): Promise<DossierRow | undefined> {
  return db.selectFrom('dossiers').selectAll().where('code', '=', code).executeTakeFirst();
}

/** Locks the dossier row for the rest of the transaction (concurrent actions queue here). */
export async function lockDossierByCode(tx: Tx, code: string): Promise<DossierRow | undefined> {
  return tx.selectFrom('dossiers').selectAll().where('code', '=', code).forUpdate().executeTakeFirst();
}

export async function listEvents(db: Db | Tx, dossierId: number): Promise<DossierEventRow[]> {
  return db.selectFrom('dossierEvents').selectAll().where('dossierId', '=', dossierId).orderBy('seq').execute();
}

export async function replacePauses(tx: Tx, dossierId: number, state: DossierState): Promise<void> {
  await tx.deleteFrom('dossierPauses').where('dossierId', '=', dossierId).execute();
  if (state.pauses.length) {
    await tx
      .insertInto('dossierPauses')
      .values(state.pauses.map((p) => ({ dossierId, kind: p.kind, startAt: new Date(p.start), endAt: date(p.end) })))
      .execute();
  }
}

/** Next NNNN of `<agency>-YYMMDD-NNNN`; atomic under concurrent receptions (row lock on upsert). */
export async function nextDossierSequence(tx: Tx, agencyCode: string, day: string): Promise<number> {
  const row = await tx
    .insertInto('dossierCodeSequences')
    .values({ agencyCode, day, last: 1 })
    .onConflict((oc) => oc.columns(['agencyCode', 'day']).doUpdateSet({ last: sql`dossier_code_sequences.last + 1` }))
    .returning('last')
    .executeTakeFirstOrThrow();
  return row.last;
}

/** Keeps generated sequences ahead of imported codes of the same agency and day. */
export async function bumpSequences(tx: Tx, seqs: Array<{ agencyCode: string; day: string; last: number }>): Promise<void> {
  for (let i = 0; i < seqs.length; i += 1000) {
    await tx
      .insertInto('dossierCodeSequences')
      .values(seqs.slice(i, i + 1000))
      .onConflict((oc) =>
        oc.columns(['agencyCode', 'day']).doUpdateSet({ last: sql`greatest(dossier_code_sequences.last, excluded.last)` }),
      )
      .execute();
  }
}
