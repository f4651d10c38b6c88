import { emptyStats, withTotals, type DossierStats } from '@motcua/core';
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

interface BucketRow {
  unitId: number;
  carriedOver: number;
  receivedOnline: number;
  receivedDirect: number;
  resolvedEarly: number;
  resolvedOnTime: number;
  resolvedOverdue: number;
  rejected: number;
  withdrawn: number;
  awaitingSupplement: number;
  awaitingObligation: number;
  inProgressOnTime: number;
  inProgressOverdue: number;
}

interface SideRow {
  unitId: number;
  refusedAtReception: number;
  resultsByPost: number;
  ratedVerySatisfied: number;
  ratedSatisfied: number;
  ratedDissatisfied: number;
}

/**
 * statistics.md in SQL, per receiving unit: which dossiers count (received before the cut-off,
 * not finished before the start) and the one bucket each lands in at the cut-off; then the
 * side counts of events inside the period.
 */
export async function aggregateByUnit(db: Db, unitIds: number[], start: Date, cutoff: Date): Promise<Map<number, DossierStats>> {
  const result = new Map<number, DossierStats>();
  if (unitIds.length === 0) return result;
  const buckets = await sql<BucketRow>`
    WITH counted AS (
      SELECT d.unit_id, d.channel, d.received_at, d.finish_type, d.timeliness, d.due_at,
        (d.finished_at IS NOT NULL AND d.finished_at < ${cutoff}) AS fin,
        EXISTS (SELECT 1 FROM dossier_pauses p WHERE p.dossier_id = d.id AND p.kind = 'supplement'
                AND p.start_at < ${cutoff} AND (p.end_at IS NULL OR p.end_at >= ${cutoff})) AS ps,
        EXISTS (SELECT 1 FROM dossier_pauses p WHERE p.dossier_id = d.id AND p.kind = 'obligation'
                AND p.start_at < ${cutoff} AND (p.end_at IS NULL OR p.end_at >= ${cutoff})) AS po
      FROM dossiers d
      WHERE d.unit_id = ANY(${unitIds}::int[])
        AND d.received_at < ${cutoff}
        AND (d.finished_at IS NULL OR d.finished_at >= ${start})
    )
    SELECT unit_id,
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
    GROUP BY unit_id`.execute(db);
  const inPeriod = (col: string) => sql`${sql.ref(col)} >= ${start} AND ${sql.ref(col)} < ${cutoff}`;
  const side = await sql<SideRow>`
    SELECT unit_id,
      count(*) FILTER (WHERE ${inPeriod('refused_at')}) AS refused_at_reception,
      count(*) FILTER (WHERE result_via = 'postal' AND ${inPeriod('result_returned_at')}) AS results_by_post,
      count(*) FILTER (WHERE rating = 'very_satisfied' AND ${inPeriod('rated_at')}) AS rated_very_satisfied,
      count(*) FILTER (WHERE rating = 'satisfied' AND ${inPeriod('rated_at')}) AS rated_satisfied,
      count(*) FILTER (WHERE rating = 'dissatisfied' AND ${inPeriod('rated_at')}) AS rated_dissatisfied
    FROM dossiers
    WHERE unit_id = ANY(${unitIds}::int[])
      AND ((${inPeriod('refused_at')}) OR (${inPeriod('result_returned_at')}) OR (${inPeriod('rated_at')}))
    GROUP BY unit_id`.execute(db);
  const get = (id: number) => {
    let s = result.get(id);
    if (!s) result.set(id, (s = emptyStats()));
    return s;
  };
  for (const row of buckets.rows) {
    const s = get(row.unitId);
    for (const [k, v] of Object.entries(row)) if (k !== 'unitId') (s as Record<string, number>)[k] = Number(v);
  }
  for (const row of side.rows) {
    const s = get(row.unitId);
    for (const [k, v] of Object.entries(row)) if (k !== 'unitId') (s as Record<string, number>)[k] = Number(v);
  }
  for (const s of result.values()) withTotals(s);
  return result;
}
