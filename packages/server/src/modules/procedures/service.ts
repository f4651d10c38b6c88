import { vietnameseCollator } from '@motcua/core';
import { inTransaction, type Db, type Tx } from '../../db/database.js';
import { AppError } from '../../errors.js';
import { contentHash } from '../../lib/hash.js';
import { parseJsonLines } from '../../lib/jsonl.js';
import * as repo from './repo.js';
import {
  ProcedureInput,
  type ImportResult,
  type Procedure,
  type ProcedureCounts,
  type ProcedureListQuery,
} from './schema.js';

function hashOf(p: ProcedureInput): string {
  return contentHash({ ...p, requiredDocuments: p.requiredDocuments ?? [], steps: p.steps ?? [], demo: p.demo ?? false });
}

/**
 * Creates or updates procedures in one transaction. A changed procedure gets a new version;
 * dossiers keep pointing at the version they were received under. Same content = no change.
 */
export async function upsertProcedures(db: Db | Tx, inputs: ProcedureInput[]): Promise<ImportResult> {
  const seen = new Set<string>();
  for (const p of inputs) {
    if (seen.has(p.code)) throw AppError.validation([{ field: 'code', reason: `duplicate code ${p.code}` }]);
    seen.add(p.code);
  }
  return inTransaction(db, async (tx) => {
    const result: ImportResult = { total: inputs.length, created: 0, updated: 0, unchanged: 0 };
    const current = new Map((await repo.findCurrentProcedures(tx, [...seen])).map((r) => [r.code, r]));
    const rows = [];
    for (const p of inputs) {
      const hash = hashOf(p);
      const existing = current.get(p.code);
      if (existing && existing.contentHash === hash) {
        result.unchanged++;
        continue;
      }
      if (existing) {
        await tx.updateTable('procedures').set({ isCurrent: false }).where('id', '=', existing.id).execute();
        result.updated++;
      } else {
        result.created++;
      }
      rows.push({
        code: p.code,
        version: existing ? existing.version + 1 : 1,
        isCurrent: true,
        name: p.name,
        field: p.field,
        level: p.level,
        workingDays: p.workingDays,
        onlineLevel: p.onlineLevel,
        fee: p.fee ?? null,
        requiredDocuments: JSON.stringify(p.requiredDocuments ?? []),
        steps: JSON.stringify(p.steps ?? []),
        isDemo: p.demo ?? false,
        contentHash: hash,
      });
    }
    for (let i = 0; i < rows.length; i += 500) {
      await tx.insertInto('procedures').values(rows.slice(i, i + 500)).execute();
    }
    return result;
  });
}

/** Imports procedures.jsonl: all lines valid or nothing written. */
export async function importProceduresJsonl(db: Db | Tx, text: string): Promise<ImportResult> {
  const { items, issues } = parseJsonLines(text, ProcedureInput);
  const seen = new Map<string, number>();
  for (const { line, value } of items) {
    const first = seen.get(value.code);
    if (first !== undefined) issues.push({ line, field: 'code', reason: `duplicate of line ${first}` });
    else seen.set(value.code, line);
  }
  if (issues.length) throw AppError.importRejected(issues);
  return upsertProcedures(db, items.map((i) => i.value));
}

export async function getProcedure(db: Db | Tx, code: string): Promise<Procedure> {
  const row = await repo.findCurrentProcedure(db, code);
  if (!row) throw AppError.notFound('Procedure', code);
  return repo.toProcedure(row);
}

export async function listProcedures(db: Db, q: ProcedureListQuery) {
  const { total, rows } = await repo.listProcedures(db, q);
  return { total, items: rows.map(repo.toProcedure) };
}

/** Published procedures per level and how many have an online service (the seed's 254/186…). */
export async function countProcedures(db: Db): Promise<ProcedureCounts> {
  const empty = () => ({ published: 0, online: 0, full: 0, partial: 0 });
  const counts: ProcedureCounts = { province: empty(), district: empty(), commune: empty() };
  for (const row of await repo.countByLevel(db)) {
    const c = counts[row.level as keyof ProcedureCounts];
    c.published += row.n;
    if (row.onlineLevel === 'full') c.full += row.n;
    if (row.onlineLevel === 'partial') c.partial += row.n;
    if (row.onlineLevel !== 'none') c.online += row.n;
  }
  return counts;
}

/** The fields (lĩnh vực) of the catalogue with their procedure counts, in Vietnamese order. */
export async function listFields(db: Db, level?: string) {
  const rows = await repo.listFields(db, level);
  return rows.sort((a, b) => vietnameseCollator.compare(a.field, b.field));
}
