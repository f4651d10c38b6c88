import { emptyStats, withTotals, type DossierStats, type DrilldownKind } from '@motcua/core';
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

/** What the figures are grouped by: the receiving unit, or the procedure's level and field (Biểu 06 rows). */
export type StatsGrouping = 'unit' | 'field';

const groupKey = (by: StatsGrouping) =>
  by === 'unit' ? sql<string>`d.unit_id::text` : sql<string>`p.level || '|' || p.field`;

/**
 * statistics.md in SQL: which dossiers count (received before the cut-off, not finished before
 * the start) and the one bucket each lands in at the cut-off; then the side counts of events
 * inside the period. Keys: unit id (as text) or `level|field`.
 */
export async function aggregate(db: Db, unitIds: number[], start: Date, cutoff: Date, by: StatsGrouping = 'unit'): Promise<Map<string, DossierStats>> {
  const result = new Map<string, DossierStats>();
  if (unitIds.length === 0) return result;
  const key = groupKey(by);
  const buckets = await sql<Record<string, number | string>>`
    WITH counted AS (
      SELECT ${key} AS key, d.channel, d.received_at, d.finish_type, d.timeliness, d.due_at,
        (d.finished_at IS NOT NULL AND d.finished_at < ${cutoff}) AS fin,
        EXISTS (SELECT 1 FROM dossier_pauses x WHERE x.dossier_id = d.id AND x.kind = 'supplement'
                AND x.start_at < ${cutoff} AND (x.end_at IS NULL OR x.end_at >= ${cutoff})) AS ps,
        EXISTS (SELECT 1 FROM dossier_pauses x WHERE x.dossier_id = d.id AND x.kind = 'obligation'
                AND x.start_at < ${cutoff} AND (x.end_at IS NULL OR x.end_at >= ${cutoff})) AS po
      FROM dossiers d JOIN procedures p ON p.id = d.procedure_id
      WHERE d.unit_id = ANY(${unitIds}::int[])
        AND d.received_at < ${cutoff}
        AND (d.finished_at IS NULL OR d.finished_at >= ${start})
    )
    SELECT key,
      count(*) FILTER (WHERE received_at < ${start}) AS carried_over,
      count(*) FILTER (WHERE received_at >= ${start} AND channel = 'online') AS received_online,
      count(*) FILTER (WHERE received_at >= ${start} AND channel <> 'online') AS received_direct,
      count(*) FILTER (WHERE fin AND finish_type = 'resolved' AND timeliness = 'early') AS resolved_early,
      count(*) FILTER (WHERE fin AND finish_type = 'resolved' AND coalesce(timeliness, 'on_time') = 'on_time') AS resolved_on_time,
      count(*) FILTER (WHERE fin AND finish_type = 'resolved' AND timeliness = 'overdue') AS resolved_overdue,
      count(*) FILTER (WHERE fin AND finish_type = 'rejected') AS rejected,
      count(*) FILTER (WHERE fin AND finish_type = 'withdrawn') AS withdrawn,
      count(*) FILTER (WHERE NOT fin AND ps) AS awaiting_supplement,
      count(*) FILTER (WHERE NOT fin AND NOT ps AND po) AS awaiting_obligation,
      count(*) FILTER (WHERE NOT fin AND NOT ps AND NOT po AND NOT coalesce(due_at < ${cutoff}, false)) AS in_progress_on_time,
      count(*) FILTER (WHERE NOT fin AND NOT ps AND NOT po AND coalesce(due_at < ${cutoff}, false)) AS in_progress_overdue
    FROM counted
    GROUP BY key`.execute(db);
  const inPeriod = (col: string) => sql`${sql.ref(`d.${col}`)} >= ${start} AND ${sql.ref(`d.${col}`)} < ${cutoff}`;
  const side = await sql<Record<string, number | string>>`
    SELECT ${key} AS key,
      count(*) FILTER (WHERE ${inPeriod('refused_at')}) AS refused_at_reception,
      count(*) FILTER (WHERE d.result_via = 'postal' AND ${inPeriod('result_returned_at')}) AS results_by_post,
      count(*) FILTER (WHERE d.rating = 'very_satisfied' AND ${inPeriod('rated_at')}) AS rated_very_satisfied,
      count(*) FILTER (WHERE d.rating = 'satisfied' AND ${inPeriod('rated_at')}) AS rated_satisfied,
      count(*) FILTER (WHERE d.rating = 'dissatisfied' AND ${inPeriod('rated_at')}) AS rated_dissatisfied
    FROM dossiers d JOIN procedures p ON p.id = d.procedure_id
    WHERE d.unit_id = ANY(${unitIds}::int[])
      AND ((${inPeriod('refused_at')}) OR (${inPeriod('result_returned_at')}) OR (${inPeriod('rated_at')}))
    GROUP BY key`.execute(db);
  for (const row of [...buckets.rows, ...side.rows]) {
    const k = String(row['key']);
    let s = result.get(k);
    if (!s) result.set(k, (s = emptyStats()));
    for (const [f, v] of Object.entries(row)) if (f !== 'key') (s as Record<string, number>)[f] = Number(v);
  }
  for (const s of result.values()) withTotals(s);
  return result;
}

export interface IndicatorCounts {
  handled: number;
  handledOnTime: number;
  handledDissatisfiedOrOverdue: number;
  overdueWithApology: number;
  overdueWithoutApology: number;
  awaitingPastDue: number;
  onlineAwaitingReception: number;
  receivedNew: number;
  receivedOnline: number;
  fullOnlineDossiers: number;
  fullOnlineSubmittedOnline: number;
  digitised: number;
}

/**
 * Decision 766, 5.4 counts a dossier with a feedback (PAKN) about it as not satisfied: one
 * received before the cut-off and not rejected by then (out of competence, duplicate).
 */
const complainedBefore = (cutoff: Date) =>
  sql<boolean>`EXISTS (SELECT 1 FROM feedback f WHERE f.dossier_id = d.id AND f.received_at < ${cutoff}
                AND (f.rejected_at IS NULL OR f.rejected_at >= ${cutoff}))`;

/**
 * The side figures behind the seed's online share (1.170/1.230) and the Decision 766 scores, per
 * receiving unit; the same counting rules as aggregate().
 */
export async function indicatorsByUnit(db: Db, unitIds: number[], start: Date, cutoff: Date): Promise<Map<number, IndicatorCounts>> {
  const result = new Map<number, IndicatorCounts>();
  if (unitIds.length === 0) return result;
  const rows = await sql<IndicatorCounts & { unitId: number }>`
    WITH d AS (
      SELECT d.unit_id, d.channel, d.received_at, d.submitted_at, d.refused_at, d.finished_at, d.finish_type,
        d.timeliness, d.due_at, d.apology_at, d.rating, d.rated_at, p.online_level,
        (d.received_at IS NOT NULL AND d.received_at < ${cutoff} AND (d.finished_at IS NULL OR d.finished_at >= ${start})) AS counted,
        (d.finished_at IS NOT NULL AND d.finished_at < ${cutoff}) AS fin,
        EXISTS (SELECT 1 FROM dossier_pauses x WHERE x.dossier_id = d.id
                AND x.start_at < ${cutoff} AND (x.end_at IS NULL OR x.end_at >= ${cutoff})) AS paused,
        EXISTS (SELECT 1 FROM dossier_attachments a WHERE a.dossier_id = d.id AND a.uploaded_at < ${cutoff}) AS digitised,
        ${complainedBefore(cutoff)} AS complained
      FROM dossiers d JOIN procedures p ON p.id = d.procedure_id
      WHERE d.unit_id = ANY(${unitIds}::int[])
        AND (d.received_at < ${cutoff} OR d.submitted_at < ${cutoff})
    ), b AS (
      SELECT *,
        counted AND ((fin AND finish_type = 'resolved') OR (NOT fin AND NOT paused)) AS handled,
        counted AND ((fin AND finish_type = 'resolved' AND timeliness = 'overdue')
                     OR (NOT fin AND NOT paused AND coalesce(due_at < ${cutoff}, false))) AS overdue
      FROM d
    )
    SELECT unit_id,
      count(*) FILTER (WHERE handled) AS handled,
      count(*) FILTER (WHERE handled AND NOT overdue) AS handled_on_time,
      count(*) FILTER (WHERE handled AND (overdue OR (rating = 'dissatisfied' AND rated_at < ${cutoff}) OR complained)) AS handled_dissatisfied_or_overdue,
      count(*) FILTER (WHERE overdue AND apology_at < ${cutoff}) AS overdue_with_apology,
      count(*) FILTER (WHERE overdue AND (apology_at IS NULL OR apology_at >= ${cutoff})) AS overdue_without_apology,
      count(*) FILTER (WHERE counted AND NOT fin AND paused AND coalesce(due_at < ${cutoff}, false)) AS awaiting_past_due,
      count(*) FILTER (WHERE channel = 'online' AND submitted_at < ${cutoff} AND (received_at IS NULL OR received_at >= ${cutoff})
                       AND (refused_at IS NULL OR refused_at >= ${cutoff}) AND (finished_at IS NULL OR finished_at >= ${cutoff})) AS online_awaiting_reception,
      count(*) FILTER (WHERE counted AND received_at >= ${start}) AS received_new,
      count(*) FILTER (WHERE counted AND received_at >= ${start} AND channel = 'online') AS received_online,
      count(*) FILTER (WHERE counted AND received_at >= ${start} AND online_level = 'full') AS full_online_dossiers,
      count(*) FILTER (WHERE counted AND received_at >= ${start} AND online_level = 'full' AND channel = 'online') AS full_online_submitted_online,
      count(*) FILTER (WHERE counted AND received_at >= ${start} AND digitised) AS digitised
    FROM b GROUP BY unit_id`.execute(db);
  for (const r of rows.rows) {
    const { unitId, ...counts } = r;
    result.set(unitId, Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, Number(v)])) as unknown as IndicatorCounts);
  }
  return result;
}

/** Procedures of a level with an online service, and those of them with an online dossier at the units in the period. */
export async function onlineProcedureCounts(db: Db, level: string, unitIds: number[], start: Date, cutoff: Date) {
  const r = await sql<{ total: number; online: number; onlineUsed: number }>`
    SELECT count(*) AS total,
      count(*) FILTER (WHERE p.online_level <> 'none') AS online,
      count(*) FILTER (WHERE p.online_level <> 'none' AND EXISTS (
        SELECT 1 FROM dossiers d JOIN procedures v ON v.id = d.procedure_id
        WHERE v.code = p.code AND d.channel = 'online' AND d.unit_id = ANY(${unitIds}::int[])
          AND d.received_at >= ${start} AND d.received_at < ${cutoff})) AS online_used
    FROM procedures p WHERE p.is_current AND p.level = ${level}`.execute(db);
  const row = r.rows[0]!;
  return { total: Number(row.total), online: Number(row.online), onlineUsed: Number(row.onlineUsed) };
}

export { DRILLDOWN_KINDS, type DrilldownKind } from '@motcua/core';

/**
 * The dossiers behind one figure (same rules as aggregate()), most overdue first: what a leader
 * opens from the dashboard, and which dossiers cost points in the Decision 766 indicators.
 */
export async function drilldown(db: Db, unitIds: number[], start: Date, cutoff: Date, kind: DrilldownKind, limit: number, offset: number) {
  const condition = {
    resolvedEarly: sql`fin AND finish_type = 'resolved' AND timeliness = 'early'`,
    resolvedOnTime: sql`fin AND finish_type = 'resolved' AND coalesce(timeliness, 'on_time') = 'on_time'`,
    resolvedOverdue: sql`fin AND finish_type = 'resolved' AND timeliness = 'overdue'`,
    inProgressOnTime: sql`NOT fin AND NOT ps AND NOT po AND NOT coalesce(due_at < ${cutoff}, false)`,
    inProgressOverdue: sql`NOT fin AND NOT ps AND NOT po AND coalesce(due_at < ${cutoff}, false)`,
    awaitingSupplement: sql`NOT fin AND ps`,
    awaitingObligation: sql`NOT fin AND NOT ps AND po`,
    rejected: sql`fin AND finish_type = 'rejected'`,
    withdrawn: sql`fin AND finish_type = 'withdrawn'`,
    carriedOver: sql`received_at < ${start}`,
    receivedOnline: sql`received_at >= ${start} AND channel = 'online'`,
    receivedDirect: sql`received_at >= ${start} AND channel <> 'online'`,
    awaitingPastDue: sql`NOT fin AND (ps OR po) AND coalesce(due_at < ${cutoff}, false)`,
    overdueWithoutApology: sql`((fin AND finish_type = 'resolved' AND timeliness = 'overdue') OR (NOT fin AND NOT ps AND NOT po AND coalesce(due_at < ${cutoff}, false))) AND (apology_at IS NULL OR apology_at >= ${cutoff})`,
    ratedDissatisfied: sql`rating = 'dissatisfied' AND rated_at >= ${start} AND rated_at < ${cutoff}`,
    // The handled dossiers behind handledDissatisfiedOrOverdue (indicatorsByUnit).
    satisfactionLost: sql`((fin AND finish_type = 'resolved') OR (NOT fin AND NOT ps AND NOT po))
      AND ((fin AND finish_type = 'resolved' AND timeliness = 'overdue') OR (NOT fin AND NOT ps AND NOT po AND coalesce(due_at < ${cutoff}, false))
        OR (rating = 'dissatisfied' AND rated_at < ${cutoff}) OR complained)`,
  }[kind];
  // Ratings are side counts: any dossier of the units, not only those counted in the period.
  const counted = kind === 'ratedDissatisfied' ? sql`true` : sql`d.received_at < ${cutoff} AND (d.finished_at IS NULL OR d.finished_at >= ${start})`;
  const rows = await sql<{
    code: string;
    unitCode: string;
    procedureCode: string;
    procedureName: string;
    field: string;
    applicantName: string;
    status: string;
    receivedAt: Date | null;
    dueAt: Date | null;
    finishedAt: Date | null;
    holder: string | null;
    total: number;
  }>`
    WITH c AS (
      SELECT d.code, u.code AS unit_code, p.code AS procedure_code, p.name AS procedure_name, p.field,
        d.applicant->>'name' AS applicant_name, d.status, d.channel, d.received_at, d.due_at, d.finished_at,
        d.finish_type, d.timeliness, d.apology_at, d.rating, d.rated_at, d.holder,
        (d.finished_at IS NOT NULL AND d.finished_at < ${cutoff}) AS fin,
        EXISTS (SELECT 1 FROM dossier_pauses x WHERE x.dossier_id = d.id AND x.kind = 'supplement'
                AND x.start_at < ${cutoff} AND (x.end_at IS NULL OR x.end_at >= ${cutoff})) AS ps,
        EXISTS (SELECT 1 FROM dossier_pauses x WHERE x.dossier_id = d.id AND x.kind = 'obligation'
                AND x.start_at < ${cutoff} AND (x.end_at IS NULL OR x.end_at >= ${cutoff})) AS po,
        ${complainedBefore(cutoff)} AS complained
      FROM dossiers d JOIN procedures p ON p.id = d.procedure_id JOIN units u ON u.id = d.unit_id
      WHERE d.unit_id = ANY(${unitIds}::int[]) AND ${counted}
    )
    SELECT code, unit_code, procedure_code, procedure_name, field, applicant_name, status, received_at, due_at,
      finished_at, holder, count(*) OVER () AS total
    FROM c WHERE ${condition}
    ORDER BY (coalesce(finished_at, ${cutoff}) - due_at) DESC NULLS LAST, code
    LIMIT ${limit} OFFSET ${offset}`.execute(db);
  return rows.rows;
}
