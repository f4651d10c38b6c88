import { sql, type Insertable, type Selectable } from 'kysely';
import type { Db, Tx } from '../../db/database.js';
import type { FeedbackDeadlinesTable, FeedbackTable } from '../../db/schema.js';
import type { FeedbackEvent, FeedbackKind, FeedbackState } from './lifecycle.js';

export type FeedbackRow = Selectable<FeedbackTable>;
export type NewFeedback = Insertable<FeedbackTable>;
export type DeadlineRow = Selectable<FeedbackDeadlinesTable>;

export async function nextSequence(tx: Tx, unitCode: string, day: string): Promise<number> {
  const row = await tx
    .insertInto('feedbackCodeSequences')
    .values({ unitCode, day, last: 1 })
    .onConflict((oc) => oc.columns(['unitCode', 'day']).doUpdateSet({ last: sql`feedback_code_sequences.last + 1` }))
    .returning('last')
    .executeTakeFirstOrThrow();
  return row.last;
}

export async function insertFeedback(tx: Tx, row: NewFeedback): Promise<number> {
  return (await tx.insertInto('feedback').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function findByCode(db: Db | Tx, code: string): Promise<FeedbackRow | undefined> {
  return db.selectFrom('feedback').selectAll().where('code', '=', code).executeTakeFirst();
}

/** Serialises actions on one feedback (SELECT … FOR UPDATE inside the caller's transaction). */
export async function lockByCode(tx: Tx, code: string): Promise<FeedbackRow | undefined> {
  return tx.selectFrom('feedback').selectAll().where('code', '=', code).forUpdate().executeTakeFirst();
}

/** A stored event with the display name of its actor: the account's full name, else the stored label ('citizen', a system name). */
export type NamedFeedbackEvent = FeedbackEvent & { actorName: string };

export async function listEvents(db: Db | Tx, feedbackId: number): Promise<NamedFeedbackEvent[]> {
  const rows = await db
    .selectFrom('feedbackEvents as e')
    .leftJoin('users as u', 'u.username', 'e.actor')
    .selectAll('e')
    .select((eb) => eb.fn.coalesce('u.fullName', 'e.actor').as('actorName'))
    .where('e.feedbackId', '=', feedbackId)
    .orderBy('e.seq')
    .execute();
  return rows.map((r) => ({ type: r.type, at: r.at.getTime(), actor: r.actor, actorName: r.actorName, payload: r.payload }));
}

export async function appendEvent(tx: Tx, feedbackId: number, seq: number, e: FeedbackEvent): Promise<void> {
  await tx
    .insertInto('feedbackEvents')
    .values({ feedbackId, seq, type: e.type, at: new Date(e.at), actor: e.actor, payload: JSON.stringify(e.payload) })
    .execute();
}

const date = (ms: number | null) => (ms === null ? null : new Date(ms));

/** Rewrites the projection columns from the derived state. */
export async function writeProjection(tx: Tx, id: number, s: FeedbackState, eventCount: number): Promise<void> {
  await tx
    .updateTable('feedback')
    .set({
      status: s.status,
      assignedUnitId: s.assignedUnitId,
      assignedUser: s.assignedUser,
      repliedAt: date(s.repliedAt),
      reply: s.reply,
      publishReply: s.publishReply,
      rejectedAt: date(s.rejectedAt),
      rejectReason: s.rejectReason,
      closedAt: date(s.closedAt),
      rating: s.rating,
      ratedAt: date(s.ratedAt),
      eventCount,
      updatedAt: new Date(),
    })
    .where('id', '=', id)
    .execute();
}

/** The deadline rule of a kind valid on a local date. */
export async function deadlineFor(db: Db | Tx, kind: FeedbackKind, day: string): Promise<DeadlineRow | undefined> {
  return db
    .selectFrom('feedbackDeadlines')
    .selectAll()
    .where('kind', '=', kind)
    .where('validFrom', '<=', day)
    .where((eb) => eb.or([eb('validTo', 'is', null), eb('validTo', '>=', day)]))
    .orderBy('validFrom', 'desc')
    .executeTakeFirst();
}

export async function listDeadlines(db: Db | Tx): Promise<DeadlineRow[]> {
  return db.selectFrom('feedbackDeadlines').selectAll().orderBy('kind').orderBy('validFrom').execute();
}

export interface ListFilter {
  /** Units whose feedback (or feedback assigned to them) may be read; null = all. */
  scope: number[] | null;
  unitIds?: number[] | undefined;
  status?: string | undefined;
  kind?: string | undefined;
  overdueAt?: Date | undefined;
  mine?: { unitId: number; username: string } | undefined;
  receivedFrom?: Date | undefined;
  receivedBefore?: Date | undefined;
  q?: string | undefined;
}

function filtered(db: Db, f: ListFilter) {
  let q = db.selectFrom('feedback as f');
  if (f.scope) {
    const ids = f.scope.length ? f.scope : [-1];
    q = q.where((eb) => eb.or([eb('f.unitId', 'in', ids), eb('f.assignedUnitId', 'in', ids)]));
  }
  if (f.unitIds) {
    const ids = f.unitIds.length ? f.unitIds : [-1];
    q = q.where((eb) => eb.or([eb('f.unitId', 'in', ids), eb('f.assignedUnitId', 'in', ids)]));
  }
  if (f.status) q = q.where('f.status', '=', f.status as FeedbackRow['status']);
  if (f.kind) q = q.where('f.kind', '=', f.kind as FeedbackKind);
  if (f.overdueAt) q = q.where('f.status', 'in', ['received', 'assigned']).where('f.dueAt', '<', f.overdueAt);
  if (f.mine) {
    const mine = f.mine;
    q = q.where((eb) => eb.or([eb('f.assignedUnitId', '=', mine.unitId), eb('f.assignedUser', '=', mine.username)]));
  }
  if (f.receivedFrom) q = q.where('f.receivedAt', '>=', f.receivedFrom);
  if (f.receivedBefore) q = q.where('f.receivedAt', '<', f.receivedBefore);
  if (f.q) {
    const like = sql<string>`'%' || f_unaccent_vi(${f.q}) || '%'`;
    q = q.where((eb) =>
      eb.or([
        eb(sql<string>`f_unaccent_vi(f.title)`, 'like', like),
        eb(sql<string>`f_unaccent_vi(f.content)`, 'like', like),
        eb(sql<string>`f_unaccent_vi(f.sender_name)`, 'like', like),
        eb(sql<string>`lower(f.code)`, 'like', sql<string>`'%' || lower(${f.q}) || '%'`),
      ]),
    );
  }
  return q;
}

export async function listFeedback(db: Db, f: ListFilter, limit: number, offset: number) {
  const total = await filtered(db, f)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await filtered(db, f).selectAll('f').orderBy('f.receivedAt', 'desc').orderBy('f.id', 'desc').limit(limit).offset(offset).execute();
  return { total: Number(total.n), rows };
}

export interface FeedbackCounts {
  total: number;
  received: number;
  carriedOver: number;
  kindRegulation: number;
  kindConduct: number;
  kindDossier: number;
  kindOther: number;
  channelPortal: number;
  channelPaper: number;
  channelPhone: number;
  channelEmail: number;
  channelHotline: number;
  channelDirect: number;
  handledOnTime: number;
  handledLate: number;
  rejected: number;
  pendingOnTime: number;
  pendingOverdue: number;
  ratedVerySatisfied: number;
  ratedSatisfied: number;
  ratedDissatisfied: number;
}

/**
 * The period figures per responsible unit, with the dossier rules of statistics.md: a feedback
 * counts when received before the cut-off and not finished (replied or rejected) before the
 * start; at the cut-off it is handled on time / late, rejected, or pending within / past its
 * deadline. Ratings are side counts of the period (rated_at inside it).
 */
export async function aggregate(db: Db, unitIds: number[], start: Date, cutoff: Date): Promise<Map<number, FeedbackCounts>> {
  const out = new Map<number, FeedbackCounts>();
  if (unitIds.length === 0) return out;
  const rows = await sql<FeedbackCounts & { unitId: number }>`
    WITH c AS (
      SELECT f.*, coalesce(f.replied_at, f.rejected_at) AS finished_at,
        (f.received_at < ${cutoff} AND (coalesce(f.replied_at, f.rejected_at) IS NULL OR coalesce(f.replied_at, f.rejected_at) >= ${start})) AS counted
      FROM feedback f WHERE f.unit_id = ANY(${unitIds}::int[]) AND (f.received_at < ${cutoff})
    ), b AS (
      SELECT *, counted AND received_at >= ${start} AS new,
        counted AND finished_at IS NOT NULL AND finished_at < ${cutoff} AS fin
      FROM c
    )
    SELECT unit_id,
      count(*) FILTER (WHERE counted) AS total,
      count(*) FILTER (WHERE new) AS received,
      count(*) FILTER (WHERE counted AND received_at < ${start}) AS carried_over,
      count(*) FILTER (WHERE new AND kind = 'regulation') AS kind_regulation,
      count(*) FILTER (WHERE new AND kind = 'conduct') AS kind_conduct,
      count(*) FILTER (WHERE new AND kind = 'dossier') AS kind_dossier,
      count(*) FILTER (WHERE new AND kind = 'other') AS kind_other,
      count(*) FILTER (WHERE new AND channel = 'portal') AS channel_portal,
      count(*) FILTER (WHERE new AND channel = 'paper') AS channel_paper,
      count(*) FILTER (WHERE new AND channel = 'phone') AS channel_phone,
      count(*) FILTER (WHERE new AND channel = 'email') AS channel_email,
      count(*) FILTER (WHERE new AND channel = 'hotline') AS channel_hotline,
      count(*) FILTER (WHERE new AND channel = 'direct') AS channel_direct,
      count(*) FILTER (WHERE fin AND replied_at IS NOT NULL AND replied_at <= due_at) AS handled_on_time,
      count(*) FILTER (WHERE fin AND replied_at IS NOT NULL AND replied_at > due_at) AS handled_late,
      count(*) FILTER (WHERE fin AND replied_at IS NULL) AS rejected,
      count(*) FILTER (WHERE counted AND NOT fin AND due_at >= ${cutoff}) AS pending_on_time,
      count(*) FILTER (WHERE counted AND NOT fin AND due_at < ${cutoff}) AS pending_overdue,
      0 AS rated_very_satisfied, 0 AS rated_satisfied, 0 AS rated_dissatisfied
    FROM b GROUP BY unit_id`.execute(db);
  const ratings = await sql<{ unitId: number; rating: string; n: number }>`
    SELECT unit_id, rating, count(*) AS n FROM feedback
    WHERE unit_id = ANY(${unitIds}::int[]) AND rated_at >= ${start} AND rated_at < ${cutoff}
    GROUP BY unit_id, rating`.execute(db);
  const zero = (): FeedbackCounts => ({
    total: 0, received: 0, carriedOver: 0, kindRegulation: 0, kindConduct: 0, kindDossier: 0, kindOther: 0,
    channelPortal: 0, channelPaper: 0, channelPhone: 0, channelEmail: 0, channelHotline: 0, channelDirect: 0,
    handledOnTime: 0, handledLate: 0, rejected: 0, pendingOnTime: 0, pendingOverdue: 0,
    ratedVerySatisfied: 0, ratedSatisfied: 0, ratedDissatisfied: 0,
  });
  for (const r of rows.rows) {
    const { unitId, ...counts } = r;
    const c = zero();
    for (const [k, v] of Object.entries(counts)) (c as unknown as Record<string, number>)[k] = Number(v);
    out.set(unitId, c);
  }
  for (const r of ratings.rows) {
    let c = out.get(r.unitId);
    if (!c) out.set(r.unitId, (c = zero()));
    if (r.rating === 'very_satisfied') c.ratedVerySatisfied += Number(r.n);
    else if (r.rating === 'satisfied') c.ratedSatisfied += Number(r.n);
    else if (r.rating === 'dissatisfied') c.ratedDissatisfied += Number(r.n);
  }
  return out;
}

/** Feedback replied late, or overdue and unanswered at the cut-off, among those counted in the period. */
export async function lateItems(db: Db, unitIds: number[], start: Date, cutoff: Date) {
  if (unitIds.length === 0) return [];
  const rows = await sql<{ code: string; unitCode: string; title: string; dueAt: Date; repliedAt: Date | null; rejectedAt: Date | null }>`
    SELECT f.code, u.code AS unit_code, f.title, f.due_at, f.replied_at, f.rejected_at
    FROM feedback f JOIN units u ON u.id = f.unit_id
    WHERE f.unit_id = ANY(${unitIds}::int[]) AND f.received_at < ${cutoff}
      AND (coalesce(f.replied_at, f.rejected_at) IS NULL OR coalesce(f.replied_at, f.rejected_at) >= ${start})
      AND ((f.replied_at < ${cutoff} AND f.replied_at > f.due_at)
        OR (f.due_at < ${cutoff} AND (f.replied_at IS NULL OR f.replied_at >= ${cutoff}) AND (f.rejected_at IS NULL OR f.rejected_at >= ${cutoff})))
    ORDER BY f.due_at, f.code
    LIMIT 200`.execute(db);
  return rows.rows;
}

/** Open feedback due by `horizon` that a reminder covers: of these units, or assigned to them. */
export async function openDueBy(db: Db, unitIds: number[], horizon: Date, assignedTo?: { unitId: number; username: string }) {
  if (unitIds.length === 0) return [];
  let q = db
    .selectFrom('feedback as f')
    .selectAll('f')
    .where('f.status', 'in', ['received', 'assigned'])
    .where('f.dueAt', '<=', horizon)
    .where((eb) => eb.or([eb('f.unitId', 'in', unitIds), eb('f.assignedUnitId', 'in', unitIds)]));
  if (assignedTo) q = q.where((eb) => eb.or([eb('f.assignedUnitId', '=', assignedTo.unitId), eb('f.assignedUser', '=', assignedTo.username)]));
  return q.orderBy('f.dueAt').orderBy('f.id').limit(200).execute();
}

/** Replies the sender agreed to publish and staff chose to publish. */
export async function published(db: Db, unitIds: number[] | null, limit: number, offset: number) {
  let q = db
    .selectFrom('feedback as f')
    .innerJoin('units as u', 'u.id', 'f.unitId')
    .where('f.consentPublish', '=', true)
    .where('f.publishReply', '=', true)
    .where('f.repliedAt', 'is not', null);
  if (unitIds) q = q.where('f.unitId', 'in', unitIds.length ? unitIds : [-1]);
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .select(['f.kind', 'u.code as unitCode', 'u.name as unitName', 'f.procedureCode', 'f.title', 'f.content', 'f.reply', 'f.receivedAt', 'f.repliedAt'])
    .orderBy('f.repliedAt', 'desc')
    .orderBy('f.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
  return { total: Number(total.n), rows };
}

export async function countAttachments(db: Db | Tx, feedbackId: number): Promise<number> {
  const r = await db.selectFrom('feedbackAttachments').select((eb) => eb.fn.countAll<number>().as('n')).where('feedbackId', '=', feedbackId).executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function listAttachments(db: Db | Tx, feedbackId: number) {
  return db
    .selectFrom('feedbackAttachments')
    .select(['id', 'filename', 'mime', 'size', 'sha256', 'uploadedBy', 'uploadedAt'])
    .where('feedbackId', '=', feedbackId)
    .orderBy('id')
    .execute();
}
