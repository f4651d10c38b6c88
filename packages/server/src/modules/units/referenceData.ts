import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Db, Tx } from '../../db/database.js';
import type { UnitsTable } from '../../db/schema.js';
import type { Insertable } from 'kysely';

const DATA_DIR = fileURLToPath(new URL('./data/', import.meta.url));

/** The day before the two-level local government took effect (districts abolished). */
export const TWO_LEVEL_REFORM_EFFECTIVE = '2025-07-01';
const LAST_DAY_OF_DISTRICTS = '2025-06-30';

interface UnitTsvRow {
  code: string;
  name: string;
  level: 'province' | 'district' | 'commune';
  parentCode: string;
  kind: string;
}

function readTsv(file: string): UnitTsvRow[] {
  const [header, ...lines] = readFileSync(DATA_DIR + file, 'utf8').split(/\r?\n/).filter((l) => l && !l.startsWith('#'));
  const cols = header!.split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? ''])) as unknown as UnitTsvRow;
  });
}

interface MergedUnits {
  source: string;
  effective: string;
  units: Array<{ code: string; name: string; level: 'commune'; parentCode: string; kind: string; formedFrom: string[]; agencyCode?: string }>;
}

async function insertLevel(tx: Tx, rows: Array<Insertable<UnitsTable>>): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) await tx.insertInto('units').values(rows.slice(i, i + 1000)).execute();
}

/**
 * Loads the national list of units as in force in 2023 and the post-reform units we have a
 * source for, with validity dates and successions. Runs once, on an empty units table.
 */
export async function loadReferenceUnits(db: Db): Promise<number> {
  return db.transaction().execute(async (tx) => {
    const existing = await tx.selectFrom('units').select('id').limit(1).executeTakeFirst();
    if (existing) return 0;
    const rows = readTsv('units-vn-2023.tsv');
    const source2023 = 'Danh mục ĐVHC 2023 (xem modules/units/data/SOURCES.md)';
    const ids = new Map<string, number>();
    for (const level of ['province', 'district', 'commune'] as const) {
      const levelRows = rows
        .filter((r) => r.level === level)
        .map((r) => ({
          code: r.code,
          name: r.name,
          level,
          kind: r.kind,
          parentId: r.parentCode ? (ids.get(r.parentCode) ?? null) : null,
          // Districts ceased on 01/07/2025 everywhere (two-level local government).
          validTo: level === 'district' ? LAST_DAY_OF_DISTRICTS : null,
          source: source2023,
        }));
      await insertLevel(tx, levelRows);
      const inserted = await tx.selectFrom('units').select(['id', 'code']).where('level', '=', level).execute();
      for (const r of inserted) ids.set(r.code, r.id);
    }
    const merged = JSON.parse(readFileSync(DATA_DIR + 'units-2025-duc-tho.json', 'utf8')) as MergedUnits;
    for (const unit of merged.units) {
      const formedFrom = await tx
        .selectFrom('units')
        .select('id')
        .where('code', 'in', unit.formedFrom)
        .where('level', '=', 'commune')
        .where('validFrom', '<', merged.effective)
        .where('validTo', 'is', null)
        .execute();
      await tx
        .updateTable('units')
        .set({ validTo: LAST_DAY_OF_DISTRICTS })
        .where('id', 'in', formedFrom.map((f) => f.id))
        .execute();
      const created = await tx
        .insertInto('units')
        .values({
          code: unit.code,
          name: unit.name,
          level: 'commune',
          kind: unit.kind,
          parentId: ids.get(unit.parentCode) ?? null,
          validFrom: merged.effective,
          agencyCode: unit.agencyCode ?? null,
          source: merged.source,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (formedFrom.length) {
        await tx
          .insertInto('unitSuccessions')
          .values(formedFrom.map((f) => ({ predecessorId: f.id, successorId: created.id, effective: merged.effective, basis: merged.source })))
          .execute();
      }
    }
    const aliases = readFileSync(DATA_DIR + 'unit-code-aliases.tsv', 'utf8')
      .split(/\r?\n/)
      .slice(1)
      .filter((l) => l.trim() && !l.startsWith('#'))
      .map((l) => l.split('\t'))
      .map(([alias, code, note]) => ({ alias: alias!, code: code!, note: note ?? null }));
    if (aliases.length) await tx.insertInto('unitCodeAliases').values(aliases).onConflict((oc) => oc.doNothing()).execute();
    return rows.length + merged.units.length;
  });
}

export interface DeploymentOrganisation {
  district: string;
  /** The date whose unit versions the agency codes and departments belong to (codes get reused). */
  validOn: string;
  agencyCodes: Record<string, string>;
  departments: Array<{ code: string; name: string }>;
  desk?: { name: string };
}

/** The demo district's organisation (departments, agency identifiers): a deployment's set-up data. */
export function readDucThoOrganisation(): DeploymentOrganisation {
  return JSON.parse(readFileSync(DATA_DIR + 'duc-tho-2023.json', 'utf8')) as DeploymentOrganisation;
}
