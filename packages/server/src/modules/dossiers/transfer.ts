import {
  DOSSIER_CODE,
  LifecycleError,
  deriveDossier,
  formatInstant,
  localDateOf,
  parseInstant,
  type DossierState,
} from '@motcua/core';
import { inTransaction, type Db, type Tx } from '../../db/database.js';
import type { UnitRow } from '../../db/schema.js';
import { AppError, type FieldIssue } from '../../errors.js';
import { contentHash } from '../../lib/hash.js';
import { parseJsonLines } from '../../lib/jsonl.js';
import { loadCalendar } from '../calendar/service.js';
import { fromEventRow, payloadOf, toCoreEvent, toFormatEvent } from './events.js';
import * as repo from './repo.js';
import { DossierLine, type DossierImportResult } from './schema.js';

export type Progress = (done: number, total: number, phase: 'validate' | 'write') => void;

interface Prepared {
  line: number;
  value: DossierLine;
  unitId: number;
  procedureId: number;
  state: DossierState;
  hash: string;
  events: ReturnType<typeof toCoreEvent>[];
}

/** The line as the export writes it: instants normalised to +07:00, so a re-import is a no-op. */
export function normalizeLine(d: DossierLine): DossierLine {
  const events = d.events.map((e) => toFormatEvent(toCoreEvent(e))) as DossierLine['events'];
  return {
    code: d.code,
    unit: d.unit,
    procedure: d.procedure,
    channel: d.channel,
    applicant: d.applicant,
    ...(d.workingDays !== undefined ? { workingDays: d.workingDays } : {}),
    ...(d.dueAt !== undefined ? { dueAt: formatInstant(parseInstant(d.dueAt)!) } : {}),
    ...(d.returnMethod !== undefined ? { returnMethod: d.returnMethod } : {}),
    events,
  };
}

/** The content hash of a dossier as the export would write it (API-made dossiers too). */
export function dossierContentHash(d: {
  code: string;
  unit: string;
  procedure: string;
  channel: DossierLine['channel'];
  applicant: DossierLine['applicant'];
  workingDays: number | null;
  explicitDueAt: number | null;
  returnMethod: 'counter' | 'postal' | null;
  events: ReturnType<typeof toCoreEvent>[];
}): string {
  return contentHash({
    code: d.code,
    unit: d.unit,
    procedure: d.procedure,
    channel: d.channel,
    applicant: d.applicant,
    ...(d.workingDays !== null ? { workingDays: d.workingDays } : {}),
    ...(d.explicitDueAt !== null ? { dueAt: formatInstant(d.explicitDueAt) } : {}),
    ...(d.returnMethod !== null ? { returnMethod: d.returnMethod } : {}),
    events: d.events.map(toFormatEvent),
  });
}

async function loadUnitsByCode(db: Db | Tx, codes: string[]): Promise<Map<string, UnitRow[]>> {
  const aliases = await db.selectFrom('unitCodeAliases').selectAll().where('alias', 'in', codes).execute();
  const aliasOf = new Map(aliases.map((a) => [a.alias, a.code]));
  const real = [...new Set(codes.map((c) => aliasOf.get(c) ?? c))];
  const rows = real.length ? await db.selectFrom('units').selectAll().where('code', 'in', real).where('level', '!=', 'department').execute() : [];
  const byCode = new Map<string, UnitRow[]>();
  for (const code of codes) byCode.set(code, rows.filter((r) => r.code === (aliasOf.get(code) ?? code)));
  return byCode;
}

/**
 * Imports dossiers.jsonl (dossier-import.md): every line is validated first (schema, known unit
 * and procedure, lifecycle order, duplicate codes); any problem → nothing written and every
 * bad line reported. Dossiers already imported with the same content are left unchanged.
 */
export async function importDossiersJsonl(db: Db | Tx, text: string, onProgress?: Progress): Promise<DossierImportResult> {
  const { items, issues } = parseJsonLines(text, DossierLine);
  const firstLine = new Map<string, number>();
  for (const { line, value } of items) {
    const first = firstLine.get(value.code);
    if (first !== undefined) issues.push({ line, field: 'code', reason: `duplicate of line ${first}` });
    else firstLine.set(value.code, line);
  }
  const units = await loadUnitsByCode(db, [...new Set(items.map((i) => i.value.unit))]);
  const procedureRows = await db
    .selectFrom('procedures')
    .select(['id', 'code', 'workingDays'])
    .where('isCurrent', '=', true)
    .where('code', 'in', [...new Set(items.map((i) => i.value.procedure)), ''])
    .execute();
  const procedures = new Map(procedureRows.map((p) => [p.code, p]));
  const calendar = await loadCalendar(db);
  const prepared: Prepared[] = [];
  items.forEach(({ line, value }, n) => {
    if (n % 5000 === 0) onProgress?.(n, items.length, 'validate');
    const lineIssues: FieldIssue[] = [];
    const procedure = procedures.get(value.procedure);
    if (!procedure) lineIssues.push({ line, field: 'procedure', reason: `unknown procedure ${value.procedure}` });
    const events = value.events.map(toCoreEvent);
    const firstAt = events.find((e) => e.type === 'received')?.at ?? events[0]!.at;
    const day = localDateOf(firstAt);
    const unit = units.get(value.unit)?.find((u) => u.validFrom <= day && (u.validTo === null || u.validTo >= day));
    if (!unit) lineIssues.push({ line, field: 'unit', reason: `unknown unit ${value.unit} on ${day}` });
    let state: DossierState | undefined;
    if (procedure) {
      try {
        state = deriveDossier(
          events,
          { workingDays: value.workingDays ?? procedure.workingDays, explicitDueAt: value.dueAt ? parseInstant(value.dueAt) : undefined },
          calendar,
        );
      } catch (e) {
        if (!(e instanceof LifecycleError)) throw e;
        lineIssues.push({ line, field: `events.${e.eventIndex}.${e.field}`, reason: e.message });
      }
    }
    if (lineIssues.length || !unit || !procedure || !state) {
      issues.push(...lineIssues);
      return;
    }
    prepared.push({ line, value, unitId: unit.id, procedureId: procedure.id, state, hash: contentHash(normalizeLine(value)), events });
  });
  // Codes already in the database: same content is a no-op, different content is an error.
  const existing = new Map<string, string>();
  const codes = prepared.map((p) => p.value.code);
  for (let i = 0; i < codes.length; i += 2000) {
    const rows = await db.selectFrom('dossiers').select(['code', 'contentHash']).where('code', 'in', codes.slice(i, i + 2000)).execute();
    for (const r of rows) existing.set(r.code, r.contentHash);
  }
  const fresh = prepared.filter((p) => {
    const hash = existing.get(p.value.code);
    if (hash !== undefined && hash !== p.hash) {
      issues.push({ line: p.line, field: 'code', reason: 'already imported with different content' });
    }
    return hash === undefined;
  });
  if (issues.length) throw AppError.importRejected(issues);
  await writeDossiers(db, fresh, onProgress);
  return { total: items.length, created: fresh.length, unchanged: items.length - fresh.length };
}

const BATCH = 1000;

async function writeDossiers(db: Db | Tx, list: Prepared[], onProgress?: Progress): Promise<void> {
  await inTransaction(db, async (tx) => {
    const sequences = new Map<string, { agencyCode: string; day: string; last: number }>();
    for (let i = 0; i < list.length; i += BATCH) {
      const batch = list.slice(i, i + BATCH);
      const inserted = await tx
        .insertInto('dossiers')
        .values(
          batch.map((p) => ({
            code: p.value.code,
            unitId: p.unitId,
            procedureId: p.procedureId,
            channel: p.value.channel,
            applicant: JSON.stringify(p.value.applicant),
            workingDays: p.value.workingDays ?? null,
            explicitDueAt: p.value.dueAt ? new Date(parseInstant(p.value.dueAt)!) : null,
            returnMethod: p.value.returnMethod ?? null,
            contentHash: p.hash,
            ...repo.projectionColumns(p.state, p.events.length),
          })),
        )
        .returning(['id', 'code'])
        .execute();
      const idOf = new Map(inserted.map((r) => [r.code, r.id]));
      const events = batch.flatMap((p) =>
        p.events.map((e, k) => ({
          dossierId: idOf.get(p.value.code)!,
          seq: k + 1,
          type: e.type,
          at: new Date(e.at),
          actor: 'import',
          payload: JSON.stringify(payloadOf(e)),
        })),
      );
      for (let j = 0; j < events.length; j += 2000) await tx.insertInto('dossierEvents').values(events.slice(j, j + 2000)).execute();
      const pauses = batch.flatMap((p) =>
        p.state.pauses.map((x) => ({
          dossierId: idOf.get(p.value.code)!,
          kind: x.kind,
          startAt: new Date(x.start),
          endAt: x.end === undefined ? null : new Date(x.end),
        })),
      );
      if (pauses.length) await tx.insertInto('dossierPauses').values(pauses).execute();
      for (const p of batch) {
        const m = DOSSIER_CODE.exec(p.value.code);
        if (!m) continue;
        const [, agencyCode, yymmdd, seq] = m;
        const day = `20${yymmdd!.slice(0, 2)}-${yymmdd!.slice(2, 4)}-${yymmdd!.slice(4, 6)}`;
        const key = `${agencyCode}|${day}`;
        const last = Math.max(Number(seq), sequences.get(key)?.last ?? 0);
        sequences.set(key, { agencyCode: agencyCode!, day, last });
      }
      onProgress?.(Math.min(i + BATCH, list.length), list.length, 'write');
    }
    await repo.bumpSequences(tx, [...sequences.values()]);
  });
}

/** Writes every dossier in the import format, one line each, in id order (streams by pages). */
export async function exportDossiers(
  db: Db,
  write: (line: string) => void | Promise<void>,
  filter: { unit?: string | undefined; unitIds?: number[] | null | undefined } = {},
): Promise<number> {
  let lastId = 0;
  let count = 0;
  for (;;) {
    let q = db
      .selectFrom('dossiers as d')
      .innerJoin('units as u', 'u.id', 'd.unitId')
      .innerJoin('procedures as p', 'p.id', 'd.procedureId')
      .select(['d.id', 'd.code', 'u.code as unit', 'p.code as procedure', 'd.channel', 'd.applicant', 'd.workingDays', 'd.explicitDueAt', 'd.returnMethod'])
      .where('d.id', '>', lastId);
    if (filter.unit) q = q.where('u.code', '=', filter.unit);
    if (filter.unitIds) q = q.where('d.unitId', 'in', filter.unitIds.length ? filter.unitIds : [-1]);
    const page = await q.orderBy('d.id').limit(2000).execute();
    if (page.length === 0) return count;
    const events = await db.selectFrom('dossierEvents').selectAll().where('dossierId', 'in', page.map((r) => r.id)).orderBy('dossierId').orderBy('seq').execute();
    const byDossier = new Map<number, typeof events>();
    for (const e of events) {
      const list = byDossier.get(e.dossierId) ?? [];
      list.push(e);
      byDossier.set(e.dossierId, list);
    }
    for (const r of page) {
      const line = {
        code: r.code,
        unit: r.unit,
        procedure: r.procedure,
        channel: r.channel,
        applicant: r.applicant,
        ...(r.workingDays !== null ? { workingDays: r.workingDays } : {}),
        ...(r.explicitDueAt ? { dueAt: formatInstant(r.explicitDueAt.getTime()) } : {}),
        ...(r.returnMethod ? { returnMethod: r.returnMethod } : {}),
        events: (byDossier.get(r.id) ?? []).map((e) => toFormatEvent(fromEventRow(e))),
      };
      await write(JSON.stringify(line) + '\n');
      count++;
    }
    lastId = page[page.length - 1]!.id;
  }
}
