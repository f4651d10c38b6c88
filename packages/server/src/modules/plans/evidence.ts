import { createHash } from 'node:crypto';
import { formatInstant } from '@motcua/core';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Db, Tx } from '../../db/database.js';
import { AppError } from '../../errors.js';
import { canSeeUnit, type Actor } from '../auth/policy.js';
import { storedFileFields } from '../attachments/schema.js';
import * as repo from './repo.js';

/**
 * Evidence files (minh chứng) of a plan's tasks and activities: PDF, JPEG, PNG, DOCX or XLSX,
 * sniffed by modules/attachments and stored in the database like the dossier scans. A file
 * names its task and activity by code (see migration 0010): `pruneEvidence` removes the files
 * of work that no longer exists after a structural change, in the same transaction.
 */
export const MAX_EVIDENCE_PER_ITEM = 20;

export const EvidenceFile = z.object({
  id: z.number().int(),
  planId: z.number().int(),
  taskId: z.number().int(),
  taskCode: z.string(),
  activityId: z.number().int().nullable().describe('null: evidence of the task itself'),
  activityCode: z.string().nullable(),
  label: z.string().nullable(),
  ...storedFileFields,
});
export type EvidenceFile = z.output<typeof EvidenceFile>;
export const EvidenceList = z.object({ planId: z.number().int(), items: z.array(EvidenceFile) });

type Upload = { filename: string; mime: string; content: Buffer };
type Target = { kind: 'task' | 'activity'; id: number };

async function visiblePlan(db: Db | Tx, planId: number, actor: Actor): Promise<repo.PlanRow> {
  const plan = await repo.findPlan(db, planId);
  if (!plan || !canSeeUnit(actor, plan.unitId)) throw AppError.notFound('Plan', String(planId));
  return plan;
}

/** Task and activity ids by code, to present a file by the ids the plan view uses. */
async function workIndex(db: Db | Tx, planId: number) {
  const { tasks, activities } = await repo.loadTasks(db, [planId]);
  const taskByCode = new Map(tasks.map((t) => [t.code, t]));
  const activityByKey = new Map(activities.map((a) => [`${a.taskId}\u0000${a.code}`, a]));
  return { taskByCode, activityByKey, tasks, activities };
}

const COLUMNS = ['id', 'planId', 'taskCode', 'activityCode', 'label', 'filename', 'mime', 'size', 'sha256', 'uploadedBy', 'uploadedAt'] as const;
type Row = { id: number; planId: number; taskCode: string; activityCode: string | null; label: string | null; filename: string; mime: string; size: number; sha256: string; uploadedBy: string; uploadedAt: Date };

function view(r: Row, index: Awaited<ReturnType<typeof workIndex>>): EvidenceFile | undefined {
  const task = index.taskByCode.get(r.taskCode);
  if (!task) return undefined;
  const activity = r.activityCode === null ? undefined : index.activityByKey.get(`${task.id}\u0000${r.activityCode}`);
  if (r.activityCode !== null && !activity) return undefined;
  return {
    id: Number(r.id),
    planId: r.planId,
    taskId: task.id,
    taskCode: r.taskCode,
    activityId: activity?.id ?? null,
    activityCode: r.activityCode,
    label: r.label,
    filename: r.filename,
    mime: r.mime,
    size: r.size,
    sha256: r.sha256,
    uploadedBy: r.uploadedBy,
    uploadedAt: formatInstant(r.uploadedAt.getTime()),
  };
}

/** Every evidence file of a plan, in upload order. */
export async function listEvidence(db: Db | Tx, actor: Actor, planId: number): Promise<{ planId: number; items: EvidenceFile[] }> {
  await visiblePlan(db, planId, actor);
  const rows = await db.selectFrom('reformPlanEvidence').select(COLUMNS).where('planId', '=', planId).orderBy('id').execute();
  const index = await workIndex(db, planId);
  return { planId, items: rows.flatMap((r) => view(r, index) ?? []) };
}

/** Stores one file on a task or an activity of the plan (404 when it is not the plan's). */
export async function addEvidence(tx: Tx, actor: Actor, planId: number, target: Target, upload: Upload, label: string | undefined, uploadedBy: string): Promise<EvidenceFile> {
  await visiblePlan(tx, planId, actor);
  let taskCode: string;
  let activityCode: string | null = null;
  if (target.kind === 'task') {
    const task = await repo.findTask(tx, planId, target.id);
    if (!task) throw AppError.notFound('Task', String(target.id));
    taskCode = task.code;
  } else {
    const activity = await repo.findActivity(tx, planId, target.id);
    if (!activity) throw AppError.notFound('Activity', String(target.id));
    taskCode = (await repo.findTask(tx, planId, activity.taskId))!.code;
    activityCode = activity.code;
  }
  const count = await tx
    .selectFrom('reformPlanEvidence')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('planId', '=', planId)
    .where('taskCode', '=', taskCode)
    .where((eb) => (activityCode === null ? eb('activityCode', 'is', null) : eb('activityCode', '=', activityCode)))
    .executeTakeFirstOrThrow();
  if (Number(count.n) >= MAX_EVIDENCE_PER_ITEM) {
    throw AppError.validation([{ field: 'file', reason: `a ${target.kind} holds at most ${MAX_EVIDENCE_PER_ITEM} evidence files` }]);
  }
  const row = await tx
    .insertInto('reformPlanEvidence')
    .values({
      planId,
      taskCode,
      activityCode,
      label: label?.trim().slice(0, 300) || null,
      filename: upload.filename,
      mime: upload.mime,
      size: upload.content.length,
      sha256: createHash('sha256').update(upload.content).digest('hex'),
      content: upload.content,
      uploadedBy,
    })
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
  await repo.touchPlan(tx, planId);
  return view(row, await workIndex(tx, planId))!;
}

export async function getEvidenceContent(db: Db, actor: Actor, planId: number, fileId: number) {
  await visiblePlan(db, planId, actor);
  const row = await db.selectFrom('reformPlanEvidence').select(['filename', 'mime', 'content']).where('planId', '=', planId).where('id', '=', fileId).executeTakeFirst();
  if (!row) throw AppError.notFound('Evidence file', String(fileId));
  return row;
}

export async function deleteEvidence(tx: Tx, actor: Actor, planId: number, fileId: number): Promise<{ deleted: number }> {
  await visiblePlan(tx, planId, actor);
  const r = await tx.deleteFrom('reformPlanEvidence').where('planId', '=', planId).where('id', '=', fileId).executeTakeFirst();
  if (Number(r.numDeletedRows) === 0) throw AppError.notFound('Evidence file', String(fileId));
  await repo.touchPlan(tx, planId);
  return { deleted: fileId };
}

/** A task's code changed: its files (and its activities' files) follow it. */
export async function renameEvidenceTask(tx: Tx, planId: number, from: string, to: string): Promise<void> {
  if (from === to) return;
  await tx.updateTable('reformPlanEvidence').set({ taskCode: to }).where('planId', '=', planId).where('taskCode', '=', from).execute();
}

/** Removes the files whose task or activity no longer exists in the plan; returns how many. */
export async function pruneEvidence(tx: Tx, planId: number): Promise<number> {
  const r = await sql`
    DELETE FROM reform_plan_evidence e
    WHERE e.plan_id = ${planId}
      AND NOT EXISTS (
        SELECT 1 FROM reform_plan_tasks t
        WHERE t.plan_id = e.plan_id AND t.code = e.task_code
          AND (e.activity_code IS NULL OR EXISTS (SELECT 1 FROM reform_plan_activities a WHERE a.task_id = t.id AND a.code = e.activity_code))
      )`.execute(tx);
  return Number(r.numAffectedRows ?? 0);
}
