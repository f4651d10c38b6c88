/**
 * The periodic CCHC report: templates (versioned data), drafts computed from live data, the
 * workflow draft → submitted → approved → issued (and back to draft with a note), corrections as
 * new versions that supersede an issued report, and the DOCX / PDF / Biểu 06 outputs. Every
 * change appends a history row. An issued report is frozen: its figures, rendered text and
 * Biểu 06 data are stored and never recomputed.
 */
import { formatInstant, type Period, type RichText, type Role } from '@motcua/core';
import type { Db, Tx } from '../../db/database.js';
import type { UnitRow } from '../../db/schema.js';
import { AppError, type FieldIssue } from '../../errors.js';
import { committeeName, committeeShort, placeOf } from '../../lib/documents/naming.js';
import type { Issuer } from '../../lib/documents/nd30.js';
import { actorName, scopeOf, type Actor } from '../auth/policy.js';
import { loadBieu06, renderBieu06Xlsx, type Bieu06Data } from '../documents/bieu06.js';
import { maySee } from '../reform-records/scope.js';
import { findUnitOverlapping } from '../units/repo.js';
import { collectReportData, dataKeyCatalogue, reportPeriod, type ReportKind } from './data.js';
import type { ReportDocument } from './document.js';
import { mergeObservations, proposeObservations } from './observations.js';
import { renderReportDocx } from './render-docx.js';
import { renderReportPdf } from './render-pdf.js';
import * as repo from './repo.js';
import type { CreateReportBody, ReportAction, ReportStatus, ReportSummary, ReportView, TemplateSummary, TemplateView, UpdateReportBody } from './schema.js';
import {
  TemplateBodySchema,
  bodyIssues,
  builtInTemplates,
  narrativeBlocks,
  narrativeDefault,
  renderSections,
  renderText,
  type ObservationItem,
  type ReportData,
  type ReportSection,
  type TemplateBody,
  type TemplateSection,
} from './template.js';

// ---------------------------------------------------------------- roles and the workflow

/** The reform officer (Phòng Nội vụ) writes reports; the committee's leader approves and issues. */
export const REPORT_WRITERS: Role[] = ['reform_officer', 'system_admin'];
export const REPORT_APPROVERS: Role[] = ['leader', 'system_admin'];
export const TEMPLATE_EDITORS: Role[] = ['reform_officer', 'unit_admin', 'system_admin'];

const ACTIONS_BY_STATUS: Record<ReportStatus, ReportAction[]> = {
  draft: ['edit', 'refresh', 'submit'],
  submitted: ['approve', 'return'],
  approved: ['issue', 'return'],
  issued: ['supersede'],
  superseded: [],
};
const ROLES_BY_ACTION: Record<ReportAction, Role[]> = {
  edit: REPORT_WRITERS,
  refresh: REPORT_WRITERS,
  submit: REPORT_WRITERS,
  supersede: REPORT_WRITERS,
  approve: REPORT_APPROVERS,
  return: REPORT_APPROVERS,
  issue: REPORT_APPROVERS,
};
const NEXT_STATUS = { submit: 'submitted', approve: 'approved', return: 'draft' } as const;

/** What the actor may do to the report now (the UI shows exactly these buttons). */
function allowedActions(actor: Actor, row: repo.ReportRow): ReportAction[] {
  // An issued report with a correction in progress is not superseded twice.
  const byStatus = row.status === 'issued' && row.supersededById !== null ? [] : ACTIONS_BY_STATUS[row.status];
  if (actor.kind === 'system') return byStatus;
  if (actor.kind !== 'user') return [];
  return byStatus.filter((a) => ROLES_BY_ACTION[a].includes(actor.role));
}

function wrongStatus(actor: Actor, row: repo.ReportRow, action: ReportAction): AppError {
  return new AppError('CONFLICT', `Báo cáo đang ở trạng thái "${STATUS_LABELS_VI[row.status]}": không thể ${ACTION_LABELS_VI[action]}`, {
    status: row.status,
    allowedActions: allowedActions(actor, row),
  });
}

const STATUS_LABELS_VI: Record<ReportStatus, string> = { draft: 'dự thảo', submitted: 'chờ duyệt', approved: 'đã duyệt', issued: 'đã ban hành', superseded: 'đã được thay thế' };
const ACTION_LABELS_VI: Record<ReportAction, string> = {
  edit: 'sửa',
  refresh: 'cập nhật số liệu',
  submit: 'trình duyệt',
  approve: 'duyệt',
  return: 'trả lại',
  issue: 'ban hành',
  supersede: 'lập phiên bản thay thế',
};

// ---------------------------------------------------------------- templates

/**
 * Loads the built-in template files once per code and version (a concurrent first use inserts
 * once). A version in the database is never overwritten: a changed built-in file ships with a
 * new `version`, and reports written with the old one keep it.
 */
export async function ensureTemplates(db: Db | Tx): Promise<void> {
  for (const t of builtInTemplates()) {
    await repo.insertTemplateIfMissing(db, {
      code: t.code,
      name: t.name,
      version: t.version,
      validFrom: t.validFrom,
      validTo: t.validTo,
      unitScope: t.unitScope,
      body: JSON.stringify(t.body),
      createdBy: 'built-in',
    });
  }
}

const templateBody = (t: repo.TemplateRow): TemplateBody => TemplateBodySchema.parse(t.body);
const templateSummary = (t: repo.TemplateRow): TemplateSummary => ({ id: t.id, code: t.code, name: t.name, version: t.version, validFrom: t.validFrom, validTo: t.validTo, unitScope: t.unitScope });

export async function listTemplates(db: Db): Promise<TemplateSummary[]> {
  await ensureTemplates(db);
  return (await repo.listTemplates(db)).map(templateSummary);
}

export async function getTemplate(db: Db | Tx, id: number): Promise<TemplateView> {
  await ensureTemplates(db);
  const t = await repo.findTemplate(db, id);
  if (!t) throw AppError.notFound('Report template', String(id));
  return { ...templateSummary(t), ...templateBody(t), keys: await dataKeyCatalogue(db) };
}

/** Saves edited sections as the next version of the template (the old version stays, with its reports). */
export async function saveTemplate(tx: Tx, actor: Actor, id: number, sections: TemplateSection[]): Promise<TemplateView> {
  await ensureTemplates(tx);
  const t = await repo.findTemplate(tx, id);
  if (!t) throw AppError.notFound('Report template', String(id));
  const body: TemplateBody = { ...templateBody(t), sections };
  const keys = new Set((await dataKeyCatalogue(tx)).map((k) => k.key));
  const issues = bodyIssues(body, keys);
  if (issues.length) throw AppError.validation(issues.map((i) => ({ ...i, field: i.field.startsWith('sections') ? `body.${i.field}` : i.field })));
  const version = (await repo.latestVersion(tx, t.code)) + 1;
  const newId = await repo.insertTemplate(tx, {
    code: t.code,
    name: t.name,
    version,
    validFrom: t.validFrom,
    validTo: t.validTo,
    unitScope: t.unitScope,
    body: JSON.stringify(body),
    createdBy: actorName(actor),
  });
  return getTemplate(tx, newId);
}

const scopeFits = (scope: string, unit: UnitRow) => scope === 'any' || scope === unit.level;

/**
 * The template of a new report: the one asked for (it must fit the unit's level), else the
 * latest version valid at the end of the period for the unit's level (a level-specific one before
 * an 'any' one); a period before every template's validity takes the latest that fits.
 */
async function chooseTemplate(db: Db | Tx, unit: UnitRow, period: Period, templateId: number | undefined): Promise<repo.TemplateRow> {
  if (templateId !== undefined) {
    const t = await repo.findTemplate(db, templateId);
    if (!t) throw AppError.validation([{ field: 'templateId', reason: `no template ${templateId}` }]);
    if (!scopeFits(t.unitScope, unit)) throw AppError.validation([{ field: 'templateId', reason: `template ${t.code} is for ${t.unitScope} reports, not a ${unit.level}` }]);
    return t;
  }
  const fitting = (await repo.listTemplates(db)).filter((t) => scopeFits(t.unitScope, unit));
  const rank = (t: repo.TemplateRow) => [t.validFrom <= period.to && (t.validTo === null || t.validTo >= period.to) ? 1 : 0, t.unitScope === 'any' ? 0 : 1, t.validFrom, t.version] as const;
  const best = fitting.sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! > y[i]! ? -1 : 1;
    return b.id - a.id;
  })[0];
  if (!best) throw AppError.validation([{ field: 'unit', reason: `no report template for a ${unit.level}` }]);
  return best;
}

// ---------------------------------------------------------------- views

/** The issuing body as the header prints it: "UBND TỈNH HÀ TĨNH" over "ỦY BAN NHÂN DÂN HUYỆN ĐỨC THỌ". */
async function issuerOf(db: Db | Tx, unit: UnitRow): Promise<Issuer> {
  const parent = unit.parentId === null ? undefined : await db.selectFrom('units').selectAll().where('id', '=', unit.parentId).executeTakeFirst();
  return { parentBody: parent ? committeeShort(parent).toUpperCase() : '', body: committeeName(unit).toUpperCase(), place: placeOf(unit) };
}

/** What an issued report stores besides its figures: the text as issued. */
interface Rendered {
  sections: ReportSection[];
  closing: string;
  issuer: Issuer;
}

const narrativesOf = (row: repo.ReportRow) => row.narratives as Record<string, RichText>;
const observationsOf = (row: repo.ReportRow) => row.observations as ObservationItem[];
const signerOf = (row: repo.ReportRow) => row.signer as { capacity: string[]; name: string };
const dataOf = (row: repo.ReportRow) => row.data as ReportData;

async function renderedOf(db: Db | Tx, row: repo.ReportRow): Promise<Rendered> {
  if (row.rendered) return row.rendered as Rendered;
  const t = await repo.findTemplate(db, row.templateId);
  const body = templateBody(t!);
  const unit = await db.selectFrom('units').selectAll().where('id', '=', row.unitId).executeTakeFirstOrThrow();
  return {
    sections: renderSections(body, dataOf(row), narrativesOf(row), observationsOf(row)),
    closing: renderText(body.closing, dataOf(row)).text,
    issuer: await issuerOf(db, unit),
  };
}

function summary(row: repo.ReportRow): ReportSummary {
  return {
    id: row.id,
    unit: { code: row.unitCode, name: row.unitName },
    kind: row.kind,
    period: row.period,
    from: row.periodFrom,
    to: row.periodTo,
    title: row.title,
    status: row.status,
    version: row.version,
    number: row.number,
    issuedOn: row.issuedOn,
    supersedes: row.supersedesId,
    supersededBy: row.supersededById,
    updatedAt: formatInstant(row.updatedAt.getTime()),
  };
}

async function view(db: Db | Tx, actor: Actor, row: repo.ReportRow): Promise<ReportView> {
  const r = await renderedOf(db, row);
  const events = await repo.listEvents(db, row.id);
  return {
    ...summary(row),
    sections: r.sections,
    signer: signerOf(row),
    recipients: row.recipients as string[],
    place: r.issuer.place,
    issuer: { parentBody: r.issuer.parentBody, body: r.issuer.body },
    data: dataOf(row),
    allowedActions: allowedActions(actor, row),
    history: events.map((e) => ({ at: formatInstant(e.at.getTime()), actor: e.actor, actorName: e.actorName, action: e.action, note: e.note })),
  };
}

/** The report if the actor's scope includes its unit; 404 otherwise (other units' reports do not exist for them). */
async function visibleReport(db: Db | Tx, actor: Actor, id: number, lock = false): Promise<repo.ReportRow> {
  const row = lock ? await repo.lockReport(db as Tx, id) : await repo.findReport(db, id);
  if (!row) throw AppError.notFound('Report', String(id));
  const unit = await db.selectFrom('units').select(['id', 'level', 'parentId']).where('id', '=', row.unitId).executeTakeFirstOrThrow();
  if (!maySee(actor, unit)) throw AppError.notFound('Report', String(id));
  return row;
}

export async function getReport(db: Db, actor: Actor, id: number): Promise<ReportView> {
  return view(db, actor, await visibleReport(db, actor, id));
}

export async function listReports(db: Db, actor: Actor, q: { unit?: string | undefined; period?: string | undefined; status?: ReportStatus | undefined }): Promise<ReportSummary[]> {
  let unitIds = scopeOf(actor);
  if (q.unit) {
    // A code reused after a merger names several unit versions: list the reports of those in scope.
    const units = (await db.selectFrom('units').select(['id', 'level', 'parentId']).where('code', '=', q.unit).execute()).filter((u) => maySee(actor, u));
    if (units.length === 0) throw AppError.notFound('Unit', q.unit);
    unitIds = units.map((u) => u.id);
  }
  return (await repo.listReports(db, { unitIds, period: q.period, status: q.status })).map(summary);
}

// ---------------------------------------------------------------- creating and editing

interface Snapshot {
  data: ReportData;
  observations: ObservationItem[];
  annex: Bieu06Data | null;
}

/** Figures, proposed observations (keeping earlier keep/delete decisions) and the Biểu 06 data, computed now. */
async function snapshot(tx: Tx, unit: UnitRow, kind: ReportKind, period: Period, previous: ObservationItem[]): Promise<Snapshot> {
  const data = await collectReportData(tx, unit, kind, period);
  const observations = mergeObservations(await proposeObservations(tx, unit, period), previous);
  const annex = await loadBieu06(tx, unit.code, period);
  return { data, observations, annex };
}

/** The demo deployment's (or an administrator's) default signer of a unit's reports: settings `report_signers`. */
async function defaultSigner(db: Db | Tx, unitCode: string): Promise<{ capacity: string[]; name: string } | undefined> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', REPORT_SIGNERS_SETTING).executeTakeFirst();
  const signers = (row?.value ?? {}) as Record<string, { capacity?: unknown; name?: unknown }>;
  const s = signers[unitCode];
  if (!s || !Array.isArray(s.capacity) || typeof s.name !== 'string') return undefined;
  return { capacity: s.capacity.map(String), name: s.name };
}
export const REPORT_SIGNERS_SETTING = 'report_signers';

function conflictOnDuplicate(e: unknown, message: string): never {
  if ((e as { code?: string }).code === '23505') throw new AppError('CONFLICT', message);
  throw e;
}

/**
 * A new draft: figures computed now, observations proposed, narratives pre-filled from the
 * previous report of the same kind for the unit (else the template's defaults), signer and
 * recipients from that report too (else the unit's default signer and the template's list).
 */
export async function createReport(tx: Tx, actor: Actor, body: CreateReportBody): Promise<ReportView> {
  await ensureTemplates(tx);
  const { period, issues } = reportPeriod(body.kind, body);
  if (!period) throw AppError.validation(issues);
  const unit = await findUnitOverlapping(tx, body.unit, period.from, period.to);
  if (!unit || !maySee(actor, unit)) throw AppError.notFound('Unit', body.unit);
  if (unit.level === 'department') throw AppError.validation([{ field: 'unit', reason: 'a report is a People’s Committee’s (huyện, xã), not a department’s' }]);
  const existing = (await repo.listReports(tx, { unitIds: [unit.id] })).find((r) => r.kind === body.kind && r.periodFrom === period.from && r.periodTo === period.to);
  if (existing) {
    throw new AppError('CONFLICT', `Đã có báo cáo kỳ này của ${unit.name} (#${existing.id}, ${STATUS_LABELS_VI[existing.status]}); mở báo cáo đó hoặc lập phiên bản thay thế`, { reportId: existing.id, status: existing.status });
  }
  const template = await chooseTemplate(tx, unit, period, body.templateId);
  const tbody = templateBody(template);
  const snap = await snapshot(tx, unit, body.kind, period, []);
  const previous = await repo.previousReport(tx, unit.id, body.kind, period.from);
  const narratives: Record<string, RichText> = {};
  for (const [key, block] of narrativeBlocks(tbody)) narratives[key] = previous ? (narrativesOf(previous)[key] ?? narrativeDefault(block, snap.data)) : narrativeDefault(block, snap.data);
  const signer = previous ? signerOf(previous) : ((await defaultSigner(tx, unit.code)) ?? { capacity: tbody.signer.capacity, name: '' });
  const who = actorName(actor);
  const id = await repo
    .insertReport(tx, {
      unitId: unit.id,
      kind: body.kind,
      period: period.name ?? null,
      periodFrom: period.from,
      periodTo: period.to,
      templateId: template.id,
      title: renderText(tbody.title, snap.data).text,
      status: 'draft',
      narratives: JSON.stringify(narratives),
      observations: JSON.stringify(snap.observations),
      signer: JSON.stringify(signer),
      recipients: JSON.stringify(previous ? previous.recipients : tbody.recipients),
      data: JSON.stringify(snap.data),
      dataAt: new Date(),
      annex: JSON.stringify(snap.annex),
      createdBy: who,
    })
    .catch((e: unknown) => conflictOnDuplicate(e, `Đã có báo cáo kỳ này của ${unit.name}`));
  await repo.insertEvent(tx, id, who, 'create', previous ? `Nội dung lấy từ báo cáo #${previous.id} (${previous.period ?? `${previous.periodFrom} – ${previous.periodTo}`})` : null);
  return view(tx, actor, (await repo.findReport(tx, id))!);
}

/** Edits a draft: narratives, kept observations, signer, recipients, title. Unknown keys and ids answer 400. */
export async function updateReport(tx: Tx, actor: Actor, id: number, patch: UpdateReportBody): Promise<ReportView> {
  const row = await visibleReport(tx, actor, id, true);
  if (row.status !== 'draft') throw wrongStatus(actor, row, 'edit');
  const template = templateBody((await repo.findTemplate(tx, row.templateId))!);
  const known = narrativeBlocks(template);
  const issues: FieldIssue[] = [];
  for (const key of Object.keys(patch.narratives ?? {})) if (!known.has(key)) issues.push({ field: `narratives.${key}`, reason: `not a narrative of this report’s template (${[...known.keys()].join(', ')})` });
  const observations = observationsOf(row);
  const ids = new Set(observations.map((o) => o.id));
  for (const oid of Object.keys(patch.observations ?? {})) if (!ids.has(oid)) issues.push({ field: `observations.${oid}`, reason: 'no such proposed observation' });
  if (issues.length) throw AppError.validation(issues);
  const changed: string[] = [];
  if (patch.narratives && Object.keys(patch.narratives).length) changed.push(`nội dung: ${Object.keys(patch.narratives).map((k) => known.get(k)!.label).join(', ')}`);
  if (patch.observations && Object.keys(patch.observations).length) changed.push('giữ/bỏ nhận xét đề xuất');
  if (patch.signer) changed.push('người ký');
  if (patch.recipients) changed.push('nơi nhận');
  if (patch.title) changed.push('trích yếu');
  await repo.updateReport(tx, id, {
    ...(patch.narratives ? { narratives: JSON.stringify({ ...narrativesOf(row), ...patch.narratives }) } : {}),
    ...(patch.observations ? { observations: JSON.stringify(observations.map((o) => ({ ...o, kept: patch.observations![o.id] ?? o.kept }))) } : {}),
    ...(patch.signer ? { signer: JSON.stringify(patch.signer) } : {}),
    ...(patch.recipients ? { recipients: JSON.stringify(patch.recipients) } : {}),
    ...(patch.title ? { title: patch.title } : {}),
  });
  await repo.insertEvent(tx, id, actorName(actor), 'edit', changed.length ? `Sửa ${changed.join('; ')}` : null);
  return view(tx, actor, (await repo.findReport(tx, id))!);
}

async function unitOf(db: Db | Tx, row: repo.ReportRow): Promise<UnitRow> {
  return db.selectFrom('units').selectAll().where('id', '=', row.unitId).executeTakeFirstOrThrow();
}
const periodOfRow = (row: repo.ReportRow): Period => ({ from: row.periodFrom, to: row.periodTo, ...(row.period ? { name: row.period } : {}) });

/** Recomputes a draft's figures and observations from current data; narratives and decisions stay. */
export async function refreshReport(tx: Tx, actor: Actor, id: number): Promise<ReportView> {
  const row = await visibleReport(tx, actor, id, true);
  if (row.status !== 'draft') throw wrongStatus(actor, row, 'refresh');
  const snap = await snapshot(tx, await unitOf(tx, row), row.kind, periodOfRow(row), observationsOf(row));
  await repo.updateReport(tx, id, { data: JSON.stringify(snap.data), observations: JSON.stringify(snap.observations), annex: JSON.stringify(snap.annex), dataAt: new Date() });
  await repo.insertEvent(tx, id, actorName(actor), 'refresh', null);
  return view(tx, actor, (await repo.findReport(tx, id))!);
}

/** submit (draft → submitted), approve (submitted → approved), return (submitted/approved → draft, with a note). */
export async function transition(tx: Tx, actor: Actor, id: number, action: 'submit' | 'approve' | 'return', note: string | undefined): Promise<ReportView> {
  const row = await visibleReport(tx, actor, id, true);
  if (!ACTIONS_BY_STATUS[row.status].includes(action)) throw wrongStatus(actor, row, action);
  await repo.updateReport(tx, id, { status: NEXT_STATUS[action] });
  await repo.insertEvent(tx, id, actorName(actor), action, note?.trim() || null);
  return view(tx, actor, (await repo.findReport(tx, id))!);
}

/**
 * Issues an approved report with its number and date and freezes it: the rendered text (with
 * its figures) is stored beside the figures and the Biểu 06 data, so the report reads the same
 * forever. Issuing a correction marks the report it replaces as superseded.
 */
export async function issueReport(tx: Tx, actor: Actor, id: number, body: { number: string; issuedOn: string }): Promise<ReportView> {
  const row = await visibleReport(tx, actor, id, true);
  if (row.status !== 'approved') throw wrongStatus(actor, row, 'issue');
  if (body.issuedOn < row.periodFrom) throw AppError.validation([{ field: 'issuedOn', reason: `is before the period starts (${row.periodFrom})` }]);
  const taken = await repo.findIssuedNumber(tx, row.unitId, body.number, body.issuedOn);
  if (taken && taken.id !== id) throw new AppError('CONFLICT', `Số ${body.number} đã dùng cho báo cáo #${taken.id} năm ${body.issuedOn.slice(0, 4)}`, { issues: [{ field: 'number', reason: 'already used this year' }] });
  const rendered = await renderedOf(tx, row);
  await repo.updateReport(tx, id, { status: 'issued', number: body.number, issuedOn: body.issuedOn, rendered: JSON.stringify(rendered) });
  const who = actorName(actor);
  await repo.insertEvent(tx, id, who, 'issue', `Số ${body.number} ngày ${body.issuedOn}`);
  if (row.supersedesId !== null) {
    await repo.updateReport(tx, row.supersedesId, { status: 'superseded' });
    await repo.insertEvent(tx, row.supersedesId, who, 'superseded', `Thay thế bởi báo cáo số ${body.number} (#${id})`);
  }
  return view(tx, actor, (await repo.findReport(tx, id))!);
}

/**
 * A correction of an issued report: a new draft version with the same unit, period and template,
 * its text and decisions copied, its figures recomputed now. The two are linked both ways; the
 * issued one stays in force (status issued) until the correction is issued.
 */
export async function supersedeReport(tx: Tx, actor: Actor, id: number): Promise<ReportView> {
  const old = await visibleReport(tx, actor, id, true);
  if (old.status !== 'issued' || old.supersededById !== null) throw wrongStatus(actor, old, 'supersede');
  const snap = await snapshot(tx, await unitOf(tx, old), old.kind, periodOfRow(old), observationsOf(old));
  const who = actorName(actor);
  const newId = await repo.insertReport(tx, {
    unitId: old.unitId,
    kind: old.kind,
    period: old.period,
    periodFrom: old.periodFrom,
    periodTo: old.periodTo,
    templateId: old.templateId,
    title: old.title,
    status: 'draft',
    version: old.version + 1,
    supersedesId: old.id,
    narratives: JSON.stringify(old.narratives),
    observations: JSON.stringify(snap.observations),
    signer: JSON.stringify(old.signer),
    recipients: JSON.stringify(old.recipients),
    data: JSON.stringify(snap.data),
    dataAt: new Date(),
    annex: JSON.stringify(snap.annex),
    createdBy: who,
  });
  await repo.updateReport(tx, old.id, { supersededById: newId });
  await repo.insertEvent(tx, old.id, who, 'supersede', `Lập phiên bản ${old.version + 1} (#${newId}) để thay thế`);
  await repo.insertEvent(tx, newId, who, 'create', `Phiên bản ${old.version + 1}, thay thế báo cáo số ${old.number} (#${old.id})`);
  return view(tx, actor, (await repo.findReport(tx, newId))!);
}

// ---------------------------------------------------------------- documents

const fileStem = (row: { unitCode: string; period: string | null; periodFrom: string; periodTo: string; version: number }) =>
  `bao-cao-cchc-${row.unitCode}-${row.period ?? `${row.periodFrom}_${row.periodTo}`}${row.version > 1 ? `-v${row.version}` : ''}`;

async function documentOf(db: Db | Tx, row: repo.ReportRow): Promise<ReportDocument> {
  const r = await renderedOf(db, row);
  return {
    issuer: r.issuer,
    number: row.number ?? undefined,
    date: row.issuedOn ?? undefined,
    // A draft's date line: the year the period ends in (reports are written right after it).
    year: Number(row.periodTo.slice(0, 4)),
    title: row.title,
    sections: r.sections,
    closing: r.closing,
    signer: signerOf(row),
    recipients: row.recipients as string[],
  };
}

export async function reportFile(db: Db, actor: Actor, id: number, format: 'docx' | 'pdf'): Promise<{ filename: string; content: Buffer }> {
  const row = await visibleReport(db, actor, id);
  const doc = await documentOf(db, row);
  return { filename: `${fileStem(row)}.${format}`, content: format === 'docx' ? await renderReportDocx(doc) : await renderReportPdf(doc) };
}

/** Biểu 06 of the report's unit and period: the stored snapshot (frozen once issued), else computed now. */
export async function reportAnnex(db: Db, actor: Actor, id: number): Promise<{ filename: string; content: Buffer }> {
  const row = await visibleReport(db, actor, id);
  const data = (row.annex as Bieu06Data | null) ?? (await loadBieu06(db, row.unitCode, periodOfRow(row)));
  return { filename: `${fileStem(row)}-bieu-06.xlsx`, content: await renderBieu06Xlsx(data) };
}

/**
 * A report rendered from current data without storing anything (the CLI): the unit's template,
 * narratives from its latest report of the kind (else the template defaults), observations kept.
 */
export async function renderFreshReport(
  db: Db,
  q: { unit: string; kind: ReportKind; period?: string | undefined; from?: string | undefined; to?: string | undefined },
  format: 'docx' | 'pdf',
): Promise<Buffer> {
  await ensureTemplates(db);
  const { period, issues } = reportPeriod(q.kind, q);
  if (!period) throw AppError.validation(issues);
  const unit = await findUnitOverlapping(db, q.unit, period.from, period.to);
  if (!unit) throw AppError.notFound('Unit', q.unit);
  if (unit.level === 'department') throw AppError.validation([{ field: 'unit', reason: 'a report is a People’s Committee’s (huyện, xã), not a department’s' }]);
  const tbody = templateBody(await chooseTemplate(db, unit, period, undefined));
  const data = await collectReportData(db, unit, q.kind, period);
  const observations = mergeObservations(await proposeObservations(db, unit, period), []);
  const previous = await repo.previousReport(db, unit.id, q.kind, period.from);
  const narratives = previous ? narrativesOf(previous) : {};
  const doc: ReportDocument = {
    issuer: await issuerOf(db, unit),
    year: Number(period.to.slice(0, 4)),
    title: renderText(tbody.title, data).text,
    sections: renderSections(tbody, data, narratives, observations),
    closing: renderText(tbody.closing, data).text,
    signer: previous ? signerOf(previous) : ((await defaultSigner(db, unit.code)) ?? { capacity: tbody.signer.capacity, name: '' }),
    recipients: previous ? (previous.recipients as string[]) : tbody.recipients,
  };
  return format === 'docx' ? renderReportDocx(doc) : renderReportPdf(doc);
}
