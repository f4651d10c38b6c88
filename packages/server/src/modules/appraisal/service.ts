import {
  APPRAISAL_CRITERIA_MAX,
  APPRAISAL_SOURCE_LABELS_VI,
  APPRAISAL_TEMPLATE_MARK,
  appraisalItems,
  appraisalTotals,
  averagePoints,
  criteriaCount,
  formatInstant,
  proposeScore,
  rankByTotal,
  scoreIssue,
  scoredItems,
  sumPoints,
  surveyIssue,
  validateAppraisalSet,
  type AppraisalAreaDef,
  type AppraisalItem,
  type AppraisalSetDef,
  type AppraisalSource,
  type Role,
} from '@motcua/core';
import type { Db, Tx } from '../../db/database.js';
import type { UnitRow } from '../../db/schema.js';
import { AppError, type FieldIssue } from '../../errors.js';
import { actorName, canSeeUnit, scopeOf, type Actor } from '../auth/policy.js';
import { findDescendants, findUnitOverlapping } from '../units/repo.js';
import { sourceFigures, type SourceFigure } from './figures.js';
import * as repo from './repo.js';
import {
  ENTRY_STATUS_LABELS_VI,
  type AppraisalResults,
  type AppraisalView,
  type AppraisedScoresBody,
  type CouncilMember,
  type CreateAppraisalBody,
  type CreateSetBody,
  type EntryStatus,
  type EntryView,
  type SelfScoresBody,
  type SetView,
  type UpdateAppraisalBody,
  type UpdateSetBody,
} from './schema.js';
import { TEMPLATE_BASIS, TEMPLATE_NAME, appraisalTemplate } from './template.js';

/**
 * Who does what (issue #6; documented in GLOSSARY.md):
 * - the district's reform officer and administrators edit the criteria set, open the round and
 *   enter the council's work; council members named with their account appraise too;
 * - publishing and reopening: those, and the district's leaders (the council's chair);
 * - a commune's self-assessment: its reform officer (công chức phụ trách CCHC), administrator
 *   or leader (who signs it); a system administrator may correct anything.
 */
export const SET_EDITORS: Role[] = ['reform_officer', 'unit_admin', 'system_admin'];
export const ROUND_MANAGERS: Role[] = ['reform_officer', 'unit_admin', 'system_admin'];
export const PUBLISHERS: Role[] = [...ROUND_MANAGERS, 'leader'];
export const SELF_ASSESSORS: Role[] = ['reform_officer', 'unit_admin', 'leader', 'system_admin'];

const iso = (d: Date | null) => (d ? formatInstant(d.getTime()) : null);
const yearRange = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });
const prefixed = (issues: Array<{ field: string; reason: string }>, prefix: string): FieldIssue[] => issues.map((i) => ({ field: `${prefix}${i.field}`, reason: i.reason }));

function roleOf(actor: Actor): Role | 'system' | null {
  return actor.kind === 'system' ? 'system' : actor.kind === 'user' ? actor.role : null;
}
const hasRole = (actor: Actor, roles: readonly Role[]) => {
  const r = roleOf(actor);
  return r === 'system' || (r !== null && roles.includes(r));
};
const deny = (actor: Actor, message: string) => new AppError('FORBIDDEN', message, { role: roleOf(actor) });

// ---------------------------------------------------------------- criteria sets

function setDef(row: Pick<repo.SetRow, 'surveyMax' | 'areas'>): AppraisalSetDef {
  return { surveyMax: Number(row.surveyMax), areas: row.areas as AppraisalAreaDef[] };
}

/** Texts of the set still carrying the template's "to complete" mark. */
function pendingTexts(def: AppraisalSetDef): number {
  let n = 0;
  const count = (...texts: Array<string | undefined>) => (n += texts.filter((t) => t?.includes(APPRAISAL_TEMPLATE_MARK)).length);
  for (const a of def.areas) {
    count(a.name);
    for (const c of a.criteria) {
      count(c.name, c.guidance, c.evidence);
      for (const s of c.subCriteria ?? []) count(s.name, s.guidance, s.evidence);
    }
  }
  return n;
}

/** JSON without undefined members (what the API returns and the editor sends back). */
const clean = (areas: AppraisalAreaDef[]): AppraisalAreaDef[] => JSON.parse(JSON.stringify(areas)) as AppraisalAreaDef[];

async function setView(db: Db | Tx, row: repo.SetRow): Promise<SetView> {
  const def = setDef(row);
  const rounds = await repo.roundsOfSet(db, row.id);
  return {
    id: row.id,
    unit: { code: row.unitCode, name: row.unitName },
    year: row.year,
    name: row.name,
    basis: row.basis,
    criteriaMax: APPRAISAL_CRITERIA_MAX,
    surveyMax: def.surveyMax,
    maxTotal: APPRAISAL_CRITERIA_MAX + def.surveyMax,
    criteriaCount: criteriaCount(def),
    scoredCount: scoredItems(def).length,
    pendingTexts: pendingTexts(def),
    areas: def.areas,
    editable: !rounds.some((r) => r.status === 'published'),
    appraisals: rounds,
    updatedBy: row.updatedBy,
    updatedAt: iso(row.updatedAt)!,
  };
}

/** The template as a set body (not stored). */
export function templateView() {
  const t = appraisalTemplate();
  return { name: TEMPLATE_NAME, basis: TEMPLATE_BASIS, criteriaMax: APPRAISAL_CRITERIA_MAX, surveyMax: t.surveyMax, criteriaCount: criteriaCount(t), scoredCount: scoredItems(t).length, pendingTexts: pendingTexts(t), areas: t.areas };
}

/** A district or province whose version overlaps the year, within the actor's scope. */
async function ownerUnit(db: Db | Tx, actor: Actor, code: string, year: number, field: string): Promise<UnitRow> {
  const { from, to } = yearRange(year);
  const unit = await findUnitOverlapping(db, code, from, to);
  if (!unit || !canSeeUnit(actor, unit.id)) throw AppError.notFound('Unit', code);
  if (unit.level !== 'district' && unit.level !== 'province') throw AppError.validation([{ field, reason: 'criteria sets and appraisal rounds belong to a district (or a province)' }]);
  return unit;
}

export async function listSets(db: Db, actor: Actor, q: { unit?: string | undefined; year?: number | undefined }) {
  let ids = scopeOf(actor);
  if (q.unit) {
    const unit = await findUnitOverlapping(db, q.unit, '1900-01-01', '2100-12-31');
    if (!unit) throw AppError.notFound('Unit', q.unit);
    const versions = await db.selectFrom('units').select('id').where('code', '=', unit.code).execute();
    ids = versions.map((v) => v.id);
  }
  // Criteria are regulation text: any staff member reads them; a commune reads its district's.
  const rows = await repo.listSets(db, ids === null || q.unit ? ids : await withAncestors(db, ids), q.year);
  const items = [];
  for (const r of rows) {
    const { areas: _a, ...summary } = await setView(db, r);
    items.push(summary);
  }
  return { items };
}

async function withAncestors(db: Db, ids: number[]): Promise<number[]> {
  if (ids.length === 0) return ids;
  const parents = await db.selectFrom('units').select('parentId').where('id', 'in', ids).execute();
  const up = parents.flatMap((p) => (p.parentId === null ? [] : [p.parentId]));
  const grand = up.length ? await db.selectFrom('units').select('parentId').where('id', 'in', up).execute() : [];
  return [...new Set([...ids, ...up, ...grand.flatMap((g) => (g.parentId === null ? [] : [g.parentId]))])];
}

export async function getSet(db: Db | Tx, _actor: Actor, id: number): Promise<SetView> {
  const row = await repo.findSet(db, id);
  if (!row) throw AppError.notFound('Appraisal set', String(id));
  return setView(db, row);
}

function checkDefinition(def: AppraisalSetDef) {
  const issues = validateAppraisalSet(def);
  if (issues.length) throw AppError.validation(prefixed(issues, 'body.'));
}

export async function createSet(tx: Tx, actor: Actor, b: CreateSetBody): Promise<SetView> {
  const unit = await ownerUnit(tx, actor, b.unit, b.year, 'body.unit');
  let areas = b.areas;
  if (b.copyFrom !== undefined) {
    const from = await repo.findSet(tx, b.copyFrom);
    if (!from) throw AppError.validation([{ field: 'body.copyFrom', reason: `no criteria set ${b.copyFrom}` }]);
    areas ??= setDef(from).areas;
  }
  const template = areas === undefined;
  const def: AppraisalSetDef = { surveyMax: b.surveyMax ?? appraisalTemplate().surveyMax, areas: areas ?? appraisalTemplate().areas };
  checkDefinition(def);
  if (await repo.findSetByUnitYear(tx, unit.id, b.year)) throw new AppError('CONFLICT', `${unit.name} đã có bộ tiêu chí năm ${b.year}`);
  const who = actorName(actor);
  const { id } = await tx
    .insertInto('appraisalSets')
    .values({
      unitId: unit.id,
      year: b.year,
      name: b.name ?? (template ? TEMPLATE_NAME : `Bộ tiêu chí chỉ số CCHC cấp xã năm ${b.year}`),
      basis: b.basis ?? (template ? TEMPLATE_BASIS : null),
      surveyMax: def.surveyMax,
      areas: JSON.stringify(clean(def.areas)),
      createdBy: who,
      updatedBy: who,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return getSet(tx, actor, id);
}

async function editableSet(tx: Tx, actor: Actor, id: number): Promise<repo.SetRow> {
  const row = await repo.findSet(tx, id, true);
  if (!row || !canSeeUnit(actor, row.unitId)) throw AppError.notFound('Appraisal set', String(id));
  const published = (await repo.roundsOfSet(tx, id)).filter((r) => r.status === 'published');
  if (published.length) {
    throw new AppError('CONFLICT', 'Bộ tiêu chí đã được dùng cho kết quả thẩm định đã công bố: không sửa được (mở lại kết quả trước, có nêu lý do)', { appraisals: published.map((r) => r.id) });
  }
  return row;
}

/**
 * Replaces the tree. Scores already entered stay with their criterion code; those of codes
 * that no longer exist are removed, and a new maximum below a score already given is refused.
 */
export async function updateSet(tx: Tx, actor: Actor, id: number, b: UpdateSetBody): Promise<SetView> {
  await editableSet(tx, actor, id);
  const def: AppraisalSetDef = { surveyMax: b.surveyMax, areas: b.areas };
  checkDefinition(def);
  const max = new Map(scoredItems(def).map((i) => [i.code, i.maxPoints]));
  const rows = await tx
    .selectFrom('appraisalScores as s')
    .innerJoin('appraisalEntries as e', 'e.id', 's.entryId')
    .innerJoin('appraisals as a', 'a.id', 'e.appraisalId')
    .innerJoin('units as u', 'u.id', 'e.unitId')
    .select(['s.entryId', 's.criterion', 's.selfScore', 's.appraisedScore', 'u.code'])
    .where('a.setId', '=', id)
    .execute();
  const issues: FieldIssue[] = [];
  const gone: Array<{ entryId: number; criterion: string }> = [];
  for (const r of rows) {
    const m = max.get(r.criterion);
    if (m === undefined) gone.push(r);
    else if (Math.max(r.selfScore ?? 0, r.appraisedScore ?? 0) > m) issues.push({ field: 'body.areas', reason: `${r.code}: a score of ${Math.max(r.selfScore ?? 0, r.appraisedScore ?? 0)} is already given to ${r.criterion}, above its new maximum ${m}` });
  }
  if (issues.length) throw new AppError('CONFLICT', 'Điểm đã chấm vượt điểm tối đa mới', { issues });
  for (const g of gone) await tx.deleteFrom('appraisalScores').where('entryId', '=', g.entryId).where('criterion', '=', g.criterion).execute();
  await tx
    .updateTable('appraisalSets')
    .set({ name: b.name, ...(b.basis !== undefined ? { basis: b.basis } : {}), surveyMax: def.surveyMax, areas: JSON.stringify(clean(def.areas)), updatedBy: actorName(actor), updatedAt: new Date() })
    .where('id', '=', id)
    .execute();
  return getSet(tx, actor, id);
}

export async function deleteSet(tx: Tx, actor: Actor, id: number): Promise<{ deleted: number }> {
  await editableSet(tx, actor, id);
  if ((await repo.roundsOfSet(tx, id)).length) throw new AppError('CONFLICT', 'Bộ tiêu chí đang được dùng cho một đợt thẩm định');
  await tx.deleteFrom('appraisalSets').where('id', '=', id).execute();
  return { deleted: id };
}

// ---------------------------------------------------------------- rounds: access

interface Access {
  round: repo.RoundRow;
  district: UnitRow;
  set: repo.SetRow;
  def: AppraisalSetDef;
  entries: repo.EntryRow[];
  /** district: the district's staff (or the system); commune: staff of one or more of its communes. */
  side: 'district' | 'commune';
  /** Entries the actor reads in detail: all for the district and after publication; else their own. */
  visible: repo.EntryRow[];
  own: repo.EntryRow[];
}

/** The round as the actor may see it; outside the actor's scope it does not exist (404). */
async function access(db: Db | Tx, actor: Actor, id: number, forUpdate = false): Promise<Access> {
  const round = await repo.findRound(db, id, forUpdate);
  if (!round) throw AppError.notFound('Appraisal', String(id));
  const entries = await repo.entriesOf(db, id);
  const districtSide = canSeeUnit(actor, round.unitId);
  const own = districtSide ? [] : entries.filter((e) => canSeeUnit(actor, e.unitId));
  if (!districtSide && own.length === 0) throw AppError.notFound('Appraisal', String(id));
  const district = await db.selectFrom('units').selectAll().where('id', '=', round.unitId).executeTakeFirstOrThrow();
  const set = (await repo.findSet(db, round.setId))!;
  return {
    round,
    district,
    set,
    def: setDef(set),
    entries,
    side: districtSide ? 'district' : 'commune',
    visible: districtSide || round.status === 'published' ? entries : own,
    own,
  };
}

function council(round: repo.RoundRow): CouncilMember[] {
  return round.council as CouncilMember[];
}

const mayManage = (actor: Actor, a: Access) => a.side === 'district' && hasRole(actor, ROUND_MANAGERS);
const mayPublish = (actor: Actor, a: Access) => a.side === 'district' && hasRole(actor, PUBLISHERS);
/** The district's reform officers and administrators, and the council members named by account. */
const mayAppraise = (actor: Actor, a: Access) =>
  a.side === 'district' && (hasRole(actor, ROUND_MANAGERS) || (actor.kind === 'user' && council(a.round).some((m) => m.username === actor.user.username)));
/** A commune's own staff with a self-assessing role (or a system administrator). */
const maySelfAssess = (actor: Actor, a: Access, e: repo.EntryRow) =>
  actor.kind === 'system' || (actor.kind === 'user' && (actor.role === 'system_admin' || (a.side === 'commune' && SELF_ASSESSORS.includes(actor.role) && canSeeUnit(actor, e.unitId))));

function entryOf(a: Access, code: string): repo.EntryRow {
  const e = a.visible.find((x) => x.unitCode === code);
  if (!e) throw AppError.notFound('Appraisal entry', code);
  return e;
}

function assertOpen(a: Access) {
  if (a.round.status === 'published') {
    throw new AppError('CONFLICT', 'Kết quả thẩm định đã công bố: cần mở lại (nêu lý do) trước khi sửa', { status: 'published', publishedAt: iso(a.round.publishedAt), publishedBy: a.round.publishedBy });
  }
}

function assertStatus(e: repo.EntryRow, expected: EntryStatus, what: string) {
  if (e.status !== expected) {
    throw new AppError('CONFLICT', `${e.unitName}: ${what} khi ở trạng thái "${ENTRY_STATUS_LABELS_VI[expected]}", hiện là "${ENTRY_STATUS_LABELS_VI[e.status]}"`, { status: e.status, expected });
  }
}

// ---------------------------------------------------------------- rounds: views

function eventView(e: Awaited<ReturnType<typeof repo.eventsOf>>[number]) {
  return { action: e.action, unit: e.unitCode ? { code: e.unitCode, name: e.unitName ?? '' } : null, actor: e.actor, actorName: e.actorName, at: iso(e.at)!, reason: e.reason, detail: e.detail };
}

function entryTotals(def: AppraisalSetDef, scores: Map<string, repo.ScoreRow> | undefined) {
  const self: Record<string, number | null> = {};
  const appraised: Record<string, number | null> = {};
  const merged: Record<string, number | null> = {};
  for (const [code, s] of scores ?? []) {
    self[code] = s.selfScore;
    appraised[code] = s.appraisedScore;
    merged[code] = s.appraisedScore ?? s.selfScore;
  }
  return { self: appraisalTotals(def, self), appraised: appraisalTotals(def, appraised), merged: appraisalTotals(def, merged) };
}

export async function getAppraisal(db: Db | Tx, actor: Actor, id: number): Promise<AppraisalView> {
  const a = await access(db, actor, id);
  return appraisalView(db, actor, a);
}

async function appraisalView(db: Db | Tx, actor: Actor, a: Access): Promise<AppraisalView> {
  const scores = await repo.scoresOf(db, a.visible.map((e) => e.id));
  const leaves = scoredItems(a.def);
  const counts: Record<string, number> = { self_assessment: 0, submitted: 0, appraised: 0 };
  for (const e of a.side === 'district' ? a.entries : a.visible) counts[e.status] = (counts[e.status] ?? 0) + 1;
  const events = await repo.eventsOf(db, a.round.id, a.side === 'district' ? undefined : a.own.map((e) => e.id));
  return {
    id: a.round.id,
    district: { code: a.district.code, name: a.district.name },
    year: a.round.year,
    title: a.round.title,
    decision: a.round.decision,
    council: council(a.round).map((m) => ({ name: m.name, role: m.role, position: m.position ?? null, username: m.username ?? null })),
    note: a.round.note,
    status: a.round.status,
    publishedAt: iso(a.round.publishedAt),
    publishedBy: a.round.publishedBy,
    set: { id: a.set.id, name: a.set.name, year: a.set.year, unit: a.set.unitCode, scoredCount: leaves.length, criteriaMax: APPRAISAL_CRITERIA_MAX, surveyMax: a.def.surveyMax },
    partial: a.visible.length < a.entries.length,
    counts,
    entries: a.visible.map((e) => {
      const s = scores.get(e.id);
      const totals = entryTotals(a.def, s);
      const rows = [...(s?.values() ?? [])];
      return {
        unit: { code: e.unitCode, name: e.unitName },
        status: e.status,
        statusLabel: ENTRY_STATUS_LABELS_VI[e.status],
        scored: leaves.filter((l) => rows.some((r) => r.criterion === l.code && r.selfScore !== null)).length,
        appraisedItems: leaves.filter((l) => rows.some((r) => r.criterion === l.code && r.appraisedScore !== null)).length,
        selfTotal: totals.self.total,
        appraisedTotal: totals.appraised.total,
        surveyScore: e.surveyScore,
        submittedAt: iso(e.submittedAt),
        appraisedAt: iso(e.appraisedAt),
      };
    }),
    // Before publication a commune must not read the others' figures in the round's log (survey scores).
    history: events
      .filter((e) => e.entryId === null || a.side === 'district' || a.own.some((o) => o.id === e.entryId))
      .map((e) => (a.side === 'commune' && a.round.status !== 'published' && e.entryId === null ? { ...eventView(e), detail: {} } : eventView(e))),
    can: {
      manage: mayManage(actor, a) && a.round.status === 'open',
      appraise: mayAppraise(actor, a) && a.round.status === 'open',
      publish: mayPublish(actor, a),
      selfAssess: a.round.status === 'open' ? a.visible.filter((e) => maySelfAssess(actor, a, e)).map((e) => e.unitCode) : [],
    },
  };
}

export async function listAppraisals(db: Db, actor: Actor, q: { unit?: string | undefined; year?: number | undefined }) {
  const scope = scopeOf(actor);
  let rounds = await repo.listRounds(db, null, q.year);
  if (q.unit) {
    const versions = await db.selectFrom('units').select('id').where('code', '=', q.unit).execute();
    rounds = rounds.filter((r) => versions.some((v) => v.id === r.unitId));
  }
  if (scope !== null) {
    const withMine = new Set(await repo.roundIdsWithEntries(db, scope));
    rounds = rounds.filter((r) => scope.includes(r.unitId) || withMine.has(r.id));
  }
  const items = [];
  for (const r of rounds) {
    const v = await getAppraisal(db, actor, r.id);
    items.push({ id: v.id, district: v.district, year: v.year, title: v.title, status: v.status, publishedAt: v.publishedAt, partial: v.partial, counts: v.counts });
  }
  return { items };
}

async function prefillFor(db: Db | Tx, a: Access, e: repo.EntryRow): Promise<Map<AppraisalSource, SourceFigure>> {
  const sources = new Set(scoredItems(a.def).flatMap((i) => (i.source ? [i.source] : [])));
  const unit = await db.selectFrom('units').select(['id', 'parentId']).where('id', '=', e.unitId).executeTakeFirstOrThrow();
  return sourceFigures(db, unit, a.round.year, sources);
}

function proposal(item: AppraisalItem, figure: SourceFigure | undefined) {
  if (!item.source || !figure) return null;
  return {
    source: item.source,
    label: APPRAISAL_SOURCE_LABELS_VI[item.source],
    value: figure.value,
    display: figure.display,
    proposedScore: figure.value === null ? null : proposeScore(figure.value, item.maxPoints, item.thresholds),
    period: figure.period,
    link: figure.link,
  };
}

export async function getEntry(db: Db | Tx, actor: Actor, id: number, unitCode: string): Promise<EntryView> {
  const a = await access(db, actor, id);
  return entryView(db, actor, a, entryOf(a, unitCode));
}

async function entryView(db: Db | Tx, actor: Actor, a: Access, e: repo.EntryRow): Promise<EntryView> {
  const scores = (await repo.scoresOf(db, [e.id])).get(e.id) ?? new Map<string, repo.ScoreRow>();
  const totals = entryTotals(a.def, scores);
  // Live figures only while the commune still scores (a figure may change; the saved one is kept).
  const figures = e.status === 'self_assessment' && a.round.status === 'open' ? await prefillFor(db, a, e) : new Map<AppraisalSource, SourceFigure>();
  const items = appraisalItems(a.def).map((i) => {
    const s = scores.get(i.code);
    const parentSums = !i.scored;
    return {
      code: i.code,
      name: i.name,
      areaCode: i.areaCode,
      parentCode: i.parentCode,
      depth: i.depth,
      scored: i.scored,
      maxPoints: i.maxPoints,
      guidance: i.guidance,
      requiredEvidence: i.evidence,
      source: i.source,
      selfScore: parentSums ? (totals.self.byCriterion[i.code] ?? 0) : (s?.selfScore ?? null),
      selfNote: s?.selfNote ?? null,
      evidence: s?.evidence ?? null,
      links: s?.links ?? [],
      appraisedScore: parentSums ? (totals.appraised.byCriterion[i.code] ?? 0) : (s?.appraisedScore ?? null),
      comment: s?.comment ?? null,
      prefill: proposal(i, i.source ? figures.get(i.source) : undefined),
      savedFigure: s?.prefillValue ?? null,
    };
  });
  const open = a.round.status === 'open';
  const appraiser = mayAppraise(actor, a) && open;
  const events = await repo.eventsOf(db, a.round.id, [e.id]);
  return {
    appraisalId: a.round.id,
    appraisalStatus: a.round.status,
    year: a.round.year,
    district: { code: a.district.code, name: a.district.name },
    unit: { code: e.unitCode, name: e.unitName },
    status: e.status,
    statusLabel: ENTRY_STATUS_LABELS_VI[e.status],
    criteriaMax: APPRAISAL_CRITERIA_MAX,
    surveyMax: a.def.surveyMax,
    surveyScore: e.surveyScore,
    areas: a.def.areas.map((ar) => ({ code: ar.code, name: ar.name, maxPoints: ar.maxPoints, selfTotal: totals.self.byArea[ar.code] ?? 0, appraisedTotal: totals.appraised.byArea[ar.code] ?? 0 })),
    items,
    selfTotal: totals.self.total,
    appraisedTotal: totals.appraised.total,
    total: e.surveyScore === null ? null : sumPoints([totals.appraised.total, e.surveyScore]),
    history: events.filter((v) => v.entryId === e.id).map(eventView),
    can: {
      selfAssess: open && e.status === 'self_assessment' && maySelfAssess(actor, a, e),
      submit: open && e.status === 'self_assessment' && maySelfAssess(actor, a, e),
      appraise: appraiser && e.status === 'submitted',
      complete: appraiser && e.status === 'submitted',
      returnToCommune: appraiser && e.status === 'submitted',
      reopen: appraiser && e.status === 'appraised',
    },
  };
}

// ---------------------------------------------------------------- rounds: changes

async function checkCouncil(tx: Tx, members: CouncilMember[]): Promise<CouncilMember[]> {
  const issues: FieldIssue[] = [];
  const names = members.flatMap((m) => (m.username ? [m.username] : []));
  const found = names.length ? await tx.selectFrom('users').select('username').where('username', 'in', names).execute() : [];
  members.forEach((m, i) => {
    if (m.username && !found.some((f) => f.username === m.username)) issues.push({ field: `body.council.${i}.username`, reason: `no account ${m.username}` });
  });
  if (issues.length) throw AppError.validation(issues);
  return members.map((m) => ({ name: m.name, role: m.role, ...(m.position ? { position: m.position } : {}), ...(m.username ? { username: m.username } : {}) }));
}

/** Opens the round of a district and year: one entry per commune of the district valid that year. */
export async function createAppraisal(tx: Tx, actor: Actor, b: CreateAppraisalBody): Promise<AppraisalView> {
  const district = await ownerUnit(tx, actor, b.district, b.year, 'body.district');
  if (district.level !== 'district') throw AppError.validation([{ field: 'body.district', reason: 'an appraisal round belongs to a district' }]);
  const set = (await repo.findSetByUnitYear(tx, district.id, b.year)) ?? (district.parentId === null ? undefined : await repo.findSetByUnitYear(tx, district.parentId, b.year));
  if (!set) {
    throw new AppError('UNPROCESSABLE', `Chưa có bộ tiêu chí năm ${b.year} của ${district.name} (hoặc của tỉnh)`, {
      issues: [{ field: 'body.year', reason: `no criteria set of ${district.code} or its province for ${b.year}: create one first (POST /api/appraisal-sets)` }],
    });
  }
  if (await repo.findRoundByCodeYear(tx, district.code, b.year)) throw new AppError('CONFLICT', `${district.name} đã có đợt thẩm định chỉ số CCHC năm ${b.year}`);
  const { from, to } = yearRange(b.year);
  const communes = (await findDescendants(tx as Db, district.id, from, to)).filter((u) => u.level === 'commune');
  if (communes.length === 0) throw new AppError('UNPROCESSABLE', `${district.name} không có xã, thị trấn trong năm ${b.year}`, { issues: [{ field: 'body.year', reason: 'no commune of the district that year' }] });
  const members = await checkCouncil(tx, b.council);
  const who = actorName(actor);
  const { id } = await tx
    .insertInto('appraisals')
    .values({
      unitId: district.id,
      year: b.year,
      setId: set.id,
      title: b.title ?? `Thẩm định chỉ số cải cách hành chính năm ${b.year} của UBND các xã, thị trấn`,
      decision: b.decision ?? null,
      council: JSON.stringify(members),
      note: b.note ?? null,
      createdBy: who,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx.insertInto('appraisalEntries').values(communes.map((c) => ({ appraisalId: id, unitId: c.id }))).execute();
  await repo.logEvent(tx, id, null, 'created', who, null, { communes: communes.length, set: set.id });
  return getAppraisal(tx, actor, id);
}

export async function updateAppraisal(tx: Tx, actor: Actor, id: number, b: UpdateAppraisalBody): Promise<AppraisalView> {
  const a = await access(tx, actor, id, true);
  if (!mayManage(actor, a)) throw deny(actor, 'Chỉ cán bộ CCHC, quản trị của huyện sửa đợt thẩm định');
  assertOpen(a);
  const members = b.council ? await checkCouncil(tx, b.council) : undefined;
  await tx
    .updateTable('appraisals')
    .set({
      ...(b.title !== undefined ? { title: b.title } : {}),
      ...(b.decision !== undefined ? { decision: b.decision } : {}),
      ...(b.note !== undefined ? { note: b.note } : {}),
      ...(members ? { council: JSON.stringify(members) } : {}),
      updatedAt: new Date(),
    })
    .where('id', '=', id)
    .execute();
  await repo.logEvent(tx, id, null, 'updated', actorName(actor), null, { fields: Object.keys(b).filter((k) => b[k as keyof UpdateAppraisalBody] !== undefined) });
  return getAppraisal(tx, actor, id);
}

const leafMap = (def: AppraisalSetDef) => new Map(scoredItems(def).map((i) => [i.code, i]));
const numberOrNull = (v: number | null | undefined) => (v === undefined || v === null ? null : v);

/** The commune enters (or clears) self scores, explanations and evidence while self-assessing. */
export async function saveSelfScores(tx: Tx, actor: Actor, id: number, unitCode: string, b: SelfScoresBody): Promise<EntryView> {
  const a = await access(tx, actor, id, true);
  const e = entryOf(a, unitCode);
  if (!maySelfAssess(actor, a, e)) throw deny(actor, 'Chỉ UBND xã tự chấm điểm của mình (cán bộ CCHC, quản trị hoặc lãnh đạo xã)');
  assertOpen(a);
  assertStatus(e, 'self_assessment', 'chỉ tự chấm');
  const leaves = leafMap(a.def);
  const issues: FieldIssue[] = [];
  for (const [code, v] of Object.entries(b.scores)) {
    const item = leaves.get(code);
    if (!item) {
      issues.push({ field: `body.scores.${code}`, reason: 'not a scored criterion of the set' });
      continue;
    }
    if (v.score !== undefined && v.score !== null) {
      const bad = scoreIssue(v.score, item.maxPoints);
      if (bad) issues.push({ field: `body.scores.${code}.score`, reason: bad });
    }
  }
  if (issues.length) throw AppError.validation(issues);
  const figures = await prefillFor(tx, a, e);
  const stored = (await repo.scoresOf(tx, [e.id])).get(e.id)!;
  const who = actorName(actor);
  const changed: Record<string, { from: number | null; to: number | null }> = {};
  for (const [code, v] of Object.entries(b.scores)) {
    const item = leaves.get(code)!;
    const old = stored.get(code);
    const score = v.score === undefined ? (old?.selfScore ?? null) : numberOrNull(v.score);
    if ((old?.selfScore ?? null) !== score) changed[code] = { from: old?.selfScore ?? null, to: score };
    const p = proposal(item, item.source ? figures.get(item.source) : undefined);
    const values = {
      selfScore: score,
      selfNote: v.note === undefined ? (old?.selfNote ?? null) : v.note || null,
      evidence: v.evidence === undefined ? (old?.evidence ?? null) : v.evidence || null,
      links: JSON.stringify(v.links ?? old?.links ?? []),
      prefillValue: p?.value ?? null,
      prefillScore: p?.proposedScore ?? null,
      selfBy: who,
      selfAt: new Date(),
    };
    await tx
      .insertInto('appraisalScores')
      .values({ entryId: e.id, criterion: code, ...values })
      .onConflict((oc) => oc.columns(['entryId', 'criterion']).doUpdateSet(values))
      .execute();
  }
  await tx.updateTable('appraisalEntries').set({ updatedAt: new Date() }).where('id', '=', e.id).execute();
  await repo.logEvent(tx, id, e.id, 'self_scores', who, null, { changed, items: Object.keys(b.scores).length });
  return entryView(tx, actor, a, e);
}

/** Fills the empty self scores of criteria with a source from the proposed scores. */
export async function prefillSelfScores(tx: Tx, actor: Actor, id: number, unitCode: string): Promise<EntryView> {
  const a = await access(tx, actor, id, true);
  const e = entryOf(a, unitCode);
  if (!maySelfAssess(actor, a, e)) throw deny(actor, 'Chỉ UBND xã tự chấm điểm của mình');
  assertOpen(a);
  assertStatus(e, 'self_assessment', 'chỉ điền từ số liệu');
  const figures = await prefillFor(tx, a, e);
  const stored = (await repo.scoresOf(tx, [e.id])).get(e.id)!;
  const who = actorName(actor);
  const filled: Record<string, { figure: number; score: number }> = {};
  for (const item of scoredItems(a.def)) {
    const p = proposal(item, item.source ? figures.get(item.source) : undefined);
    if (!p || p.value === null || p.proposedScore === null || (stored.get(item.code)?.selfScore ?? null) !== null) continue;
    const evidence = stored.get(item.code)?.evidence ?? `${p.label}: ${p.display}, ${p.period} (số liệu MotCua)`;
    const values = { selfScore: p.proposedScore, prefillValue: p.value, prefillScore: p.proposedScore, evidence, selfBy: who, selfAt: new Date() };
    await tx
      .insertInto('appraisalScores')
      .values({ entryId: e.id, criterion: item.code, ...values, links: JSON.stringify([{ label: p.label, url: p.link }]) })
      .onConflict((oc) => oc.columns(['entryId', 'criterion']).doUpdateSet(values))
      .execute();
    filled[item.code] = { figure: p.value, score: p.proposedScore };
  }
  if (Object.keys(filled).length) await repo.logEvent(tx, id, e.id, 'prefilled', who, null, { filled });
  return entryView(tx, actor, a, e);
}

function missing(a: Access, scores: Map<string, repo.ScoreRow>, which: 'selfScore' | 'appraisedScore'): FieldIssue[] {
  return scoredItems(a.def)
    .filter((i) => (scores.get(i.code)?.[which] ?? null) === null)
    .map((i) => ({ field: `scores.${i.code}`, reason: which === 'selfScore' ? 'not self-scored yet' : 'not appraised yet' }));
}

/**
 * One step of a commune's workflow: who may take it (checked with the entry lookup, in the step's
 * order), the status it leaves and enters, the scores it needs, the columns it writes and its log.
 */
interface EntryStep {
  entry: (actor: Actor, a: Access, unitCode: string) => repo.EntryRow;
  from: EntryStatus;
  what: string;
  complete?: { which: 'selfScore' | 'appraisedScore'; missing: string };
  to: EntryStatus;
  set?: (who: string) => { submittedAt?: Date; submittedBy?: string; appraisedAt?: Date | null; appraisedBy?: string | null };
  event: string;
}

async function moveEntry(tx: Tx, actor: Actor, id: number, unitCode: string, step: EntryStep, reason: string | null = null): Promise<EntryView> {
  const a = await access(tx, actor, id, true);
  const e = step.entry(actor, a, unitCode);
  assertOpen(a);
  assertStatus(e, step.from, step.what);
  if (step.complete) {
    const gaps = missing(a, (await repo.scoresOf(tx, [e.id])).get(e.id)!, step.complete.which);
    if (gaps.length) throw new AppError('UNPROCESSABLE', `Còn ${gaps.length} tiêu chí ${step.complete.missing}`, { issues: gaps });
  }
  const who = actorName(actor);
  await tx.updateTable('appraisalEntries').set({ status: step.to, ...step.set?.(who), updatedAt: new Date() }).where('id', '=', e.id).execute();
  await repo.logEvent(tx, id, e.id, step.event, who, reason);
  return entryView(tx, actor, a, { ...e, status: step.to });
}

/** The entry of a council step: the council's permission first, then the commune. */
const councilEntry =
  (denied: string) =>
  (actor: Actor, a: Access, unitCode: string): repo.EntryRow => {
    if (!mayAppraise(actor, a)) throw deny(actor, denied);
    return entryOf(a, unitCode);
  };

/** The commune sends its complete self-assessment to the council. */
export function submitEntry(tx: Tx, actor: Actor, id: number, unitCode: string): Promise<EntryView> {
  return moveEntry(tx, actor, id, unitCode, {
    entry: (caller, a, code) => {
      const e = entryOf(a, code);
      if (!maySelfAssess(caller, a, e)) throw deny(caller, 'Chỉ UBND xã gửi kết quả tự chấm của mình');
      return e;
    },
    from: 'self_assessment',
    what: 'chỉ gửi thẩm định',
    complete: { which: 'selfScore', missing: 'chưa tự chấm' },
    to: 'submitted',
    set: (who) => ({ submittedAt: new Date(), submittedBy: who }),
    event: 'submitted',
  });
}

/** Council members enter the appraised score and a comment per criterion of a submitted entry. */
export async function saveAppraisedScores(tx: Tx, actor: Actor, id: number, unitCode: string, b: AppraisedScoresBody): Promise<EntryView> {
  const a = await access(tx, actor, id, true);
  if (!mayAppraise(actor, a)) throw deny(actor, 'Chỉ thành viên Hội đồng thẩm định, cán bộ CCHC của huyện chấm điểm thẩm định');
  const e = entryOf(a, unitCode);
  assertOpen(a);
  assertStatus(e, 'submitted', 'chỉ chấm thẩm định');
  const leaves = leafMap(a.def);
  const issues: FieldIssue[] = [];
  for (const [code, v] of Object.entries(b.scores)) {
    const item = leaves.get(code);
    if (!item) issues.push({ field: `body.scores.${code}`, reason: 'not a scored criterion of the set' });
    else if (v.score !== undefined && v.score !== null) {
      const bad = scoreIssue(v.score, item.maxPoints);
      if (bad) issues.push({ field: `body.scores.${code}.score`, reason: bad });
    }
  }
  if (issues.length) throw AppError.validation(issues);
  const stored = (await repo.scoresOf(tx, [e.id])).get(e.id)!;
  const who = actorName(actor);
  const changed: Record<string, { from: number | null; to: number | null }> = {};
  for (const [code, v] of Object.entries(b.scores)) {
    const old = stored.get(code);
    const score = v.score === undefined ? (old?.appraisedScore ?? null) : numberOrNull(v.score);
    if ((old?.appraisedScore ?? null) !== score) changed[code] = { from: old?.appraisedScore ?? null, to: score };
    const values = { appraisedScore: score, comment: v.comment === undefined ? (old?.comment ?? null) : v.comment || null, appraisedBy: who, appraisedAt: new Date() };
    await tx
      .insertInto('appraisalScores')
      .values({ entryId: e.id, criterion: code, ...values })
      .onConflict((oc) => oc.columns(['entryId', 'criterion']).doUpdateSet(values))
      .execute();
  }
  await tx.updateTable('appraisalEntries').set({ updatedAt: new Date() }).where('id', '=', e.id).execute();
  await repo.logEvent(tx, id, e.id, 'appraised_scores', who, null, { changed, items: Object.keys(b.scores).length });
  return entryView(tx, actor, a, e);
}

/** The council sends a submitted self-assessment back to the commune, with the reason. */
export function returnEntry(tx: Tx, actor: Actor, id: number, unitCode: string, reason: string): Promise<EntryView> {
  return moveEntry(
    tx,
    actor,
    id,
    unitCode,
    { entry: councilEntry('Chỉ Hội đồng thẩm định trả lại kết quả tự chấm'), from: 'submitted', what: 'chỉ trả lại', to: 'self_assessment', event: 'returned' },
    reason,
  );
}

/** The council closes the appraisal of a commune: every criterion has an appraised score. */
export function completeEntry(tx: Tx, actor: Actor, id: number, unitCode: string): Promise<EntryView> {
  return moveEntry(tx, actor, id, unitCode, {
    entry: councilEntry('Chỉ Hội đồng thẩm định hoàn thành thẩm định'),
    from: 'submitted',
    what: 'chỉ hoàn thành thẩm định',
    complete: { which: 'appraisedScore', missing: 'chưa có điểm thẩm định' },
    to: 'appraised',
    set: (who) => ({ appraisedAt: new Date(), appraisedBy: who }),
    event: 'completed',
  });
}

/** Reopens an appraised commune for the council (before publication), with the reason logged. */
export function reopenEntry(tx: Tx, actor: Actor, id: number, unitCode: string, reason: string): Promise<EntryView> {
  return moveEntry(
    tx,
    actor,
    id,
    unitCode,
    {
      entry: councilEntry('Chỉ Hội đồng thẩm định mở lại kết quả thẩm định'),
      from: 'appraised',
      what: 'chỉ mở lại',
      to: 'submitted',
      set: () => ({ appraisedAt: null, appraisedBy: null }),
      event: 'reopened_unit',
    },
    reason,
  );
}

/** The survey component (0 … 30) per commune, entered as an aggregate by the council. */
export async function saveSurvey(tx: Tx, actor: Actor, id: number, scores: Record<string, number | null>): Promise<AppraisalView> {
  const a = await access(tx, actor, id, true);
  if (!mayAppraise(actor, a)) throw deny(actor, 'Chỉ Hội đồng thẩm định nhập điểm điều tra xã hội học');
  assertOpen(a);
  const issues: FieldIssue[] = [];
  for (const [code, v] of Object.entries(scores)) {
    if (!a.entries.some((e) => e.unitCode === code)) issues.push({ field: `body.scores.${code}`, reason: 'not a commune of this appraisal' });
    else if (v !== null) {
      const bad = surveyIssue(v, a.def.surveyMax);
      if (bad) issues.push({ field: `body.scores.${code}`, reason: bad });
    }
  }
  if (issues.length) throw AppError.validation(issues);
  const changed: Record<string, { from: number | null; to: number | null }> = {};
  for (const [code, v] of Object.entries(scores)) {
    const e = a.entries.find((x) => x.unitCode === code)!;
    if (e.surveyScore === v) continue;
    changed[code] = { from: e.surveyScore, to: v };
    await tx.updateTable('appraisalEntries').set({ surveyScore: v, updatedAt: new Date() }).where('id', '=', e.id).execute();
  }
  if (Object.keys(changed).length) await repo.logEvent(tx, id, null, 'survey', actorName(actor), null, { changed });
  return getAppraisal(tx, actor, id);
}

/** Publishes the round: every commune appraised, with its survey score. */
export async function publishAppraisal(tx: Tx, actor: Actor, id: number): Promise<AppraisalView> {
  const a = await access(tx, actor, id, true);
  if (!mayPublish(actor, a)) throw deny(actor, 'Chỉ lãnh đạo, cán bộ CCHC của huyện công bố kết quả');
  assertOpen(a);
  const issues: FieldIssue[] = [];
  for (const e of a.entries) {
    if (e.status !== 'appraised') issues.push({ field: `entries.${e.unitCode}`, reason: `${e.unitName}: ${ENTRY_STATUS_LABELS_VI[e.status].toLowerCase()}, not appraised` });
    if (e.surveyScore === null) issues.push({ field: `survey.${e.unitCode}`, reason: `${e.unitName}: no survey score` });
  }
  if (issues.length) throw new AppError('UNPROCESSABLE', 'Chưa đủ điều kiện công bố: mọi xã phải được thẩm định và có điểm điều tra xã hội học', { issues });
  const who = actorName(actor);
  await tx.updateTable('appraisals').set({ status: 'published', publishedAt: new Date(), publishedBy: who, updatedAt: new Date() }).where('id', '=', id).execute();
  await repo.logEvent(tx, id, null, 'published', who, null);
  return getAppraisal(tx, actor, id);
}

/** Reopens a published round; the reason is required and logged with who and when. */
export async function reopenAppraisal(tx: Tx, actor: Actor, id: number, reason: string): Promise<AppraisalView> {
  const a = await access(tx, actor, id, true);
  if (!mayPublish(actor, a)) throw deny(actor, 'Chỉ lãnh đạo, cán bộ CCHC của huyện mở lại kết quả đã công bố');
  if (a.round.status !== 'published') throw new AppError('CONFLICT', 'Kết quả chưa công bố, không cần mở lại', { status: a.round.status });
  const who = actorName(actor);
  await tx.updateTable('appraisals').set({ status: 'open', publishedAt: null, publishedBy: null, updatedAt: new Date() }).where('id', '=', id).execute();
  await repo.logEvent(tx, id, null, 'reopened', who, reason, { publishedAt: iso(a.round.publishedAt), publishedBy: a.round.publishedBy });
  return getAppraisal(tx, actor, id);
}

// ---------------------------------------------------------------- results

/** Per commune: appraised scores (self scores where none yet, before publication), by area. */
async function scoreTable(db: Db | Tx, a: Pick<Access, 'def' | 'entries'>) {
  const scores = await repo.scoresOf(db, a.entries.map((e) => e.id));
  return a.entries.map((e) => {
    const t = entryTotals(a.def, scores.get(e.id));
    const criteriaScore = t.merged.total;
    return { entry: e, scores: scores.get(e.id) ?? new Map<string, repo.ScoreRow>(), byArea: t.merged.byArea, criteriaScore, selfTotal: t.self.total, total: sumPoints([criteriaScore, e.surveyScore ?? 0]) };
  });
}

async function previousResults(db: Db | Tx, districtCode: string, year: number) {
  const round = await repo.findRoundByCodeYear(db, districtCode, year - 1);
  if (!round || round.status !== 'published') return undefined;
  const set = (await repo.findSet(db, round.setId))!;
  const rows = await scoreTable(db, { def: setDef(set), entries: await repo.entriesOf(db, round.id) });
  const ranks = rankByTotal(rows.map((r) => ({ key: r.entry.unitCode, total: r.total })));
  return {
    round,
    averageTotal: averagePoints(rows.map((r) => r.total)),
    byCode: new Map(rows.map((r) => [r.entry.unitCode, { total: r.total, rank: ranks.get(r.entry.unitCode)! }])),
  };
}

async function resultsOf(db: Db | Tx, a: Access) {
  const rows = await scoreTable(db, a);
  const ranks = rankByTotal(rows.map((r) => ({ key: r.entry.id, total: r.total })));
  const prev = await previousResults(db, a.district.code, a.round.year);
  const partial = a.visible.length < a.entries.length;
  const visible = new Set(a.visible.map((e) => e.id));
  const withSurvey = rows.filter((r) => r.entry.surveyScore !== null);
  const items = rows
    .filter((r) => visible.has(r.entry.id))
    .map((r) => {
      const p = prev?.byCode.get(r.entry.unitCode) ?? null;
      const rank = partial ? null : ranks.get(r.entry.id)!;
      return {
        rank,
        unit: { code: r.entry.unitCode, name: r.entry.unitName },
        status: r.entry.status,
        criteriaScore: r.criteriaScore,
        surveyScore: r.entry.surveyScore,
        total: r.total,
        selfTotal: r.selfTotal,
        byArea: r.byArea,
        previous: p,
        change: p ? sumPoints([r.total, -p.total]) : null,
        rankChange: p && rank !== null ? p.rank - rank : null,
      };
    })
    .sort((x, y) => (x.rank ?? 0) - (y.rank ?? 0) || x.unit.code.localeCompare(y.unit.code));
  const results: AppraisalResults = {
    appraisalId: a.round.id,
    district: { code: a.district.code, name: a.district.name },
    year: a.round.year,
    title: a.round.title,
    status: a.round.status,
    provisional: a.round.status !== 'published',
    partial,
    publishedAt: iso(a.round.publishedAt),
    criteriaMax: APPRAISAL_CRITERIA_MAX,
    surveyMax: a.def.surveyMax,
    maxTotal: APPRAISAL_CRITERIA_MAX + a.def.surveyMax,
    areas: a.def.areas.map((ar) => ({ code: ar.code, name: ar.name, maxPoints: ar.maxPoints })),
    items,
    average: partial
      ? null
      : {
          criteriaScore: averagePoints(rows.map((r) => r.criteriaScore)),
          surveyScore: averagePoints(withSurvey.map((r) => r.entry.surveyScore!)),
          total: averagePoints(rows.map((r) => r.total)),
          byArea: Object.fromEntries(a.def.areas.map((ar) => [ar.code, averagePoints(rows.map((r) => r.byArea[ar.code] ?? 0))])),
        },
    previousYear: prev && !partial ? { appraisalId: prev.round.id, year: prev.round.year, averageTotal: prev.averageTotal } : null,
    note: a.round.note,
  };
  return { results, rows: rows.filter((r) => visible.has(r.entry.id)), items: appraisalItems(a.def) };
}

export async function getResults(db: Db, actor: Actor, id: number): Promise<AppraisalResults> {
  return (await resultsOf(db, await access(db, actor, id))).results;
}

/** Results and the per-criterion scores behind them, for the XLSX export. */
export async function resultsWithDetail(db: Db, actor: Actor, id: number) {
  return resultsOf(db, await access(db, actor, id));
}

/**
 * The results of a district's commune reform index for a year, as the CCHC report quotes them
 * (shape: AppraisalResults in schema.ts): published rounds only unless `includeUnpublished`;
 * null when there is none. `actor` defaults to the system (the report generator's own checks
 * apply before it calls this).
 */
export async function appraisalResults(
  db: Db,
  districtCode: string,
  year: number,
  opts: { actor?: Actor; includeUnpublished?: boolean } = {},
): Promise<AppraisalResults | null> {
  const round = await repo.findRoundByCodeYear(db, districtCode, year);
  if (!round || (round.status !== 'published' && !opts.includeUnpublished)) return null;
  return (await resultsOf(db, await access(db, opts.actor ?? { kind: 'system', name: 'system' }, round.id))).results;
}
