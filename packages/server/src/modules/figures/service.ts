import {
  computeRates,
  formatInstant,
  formatNumberVi,
  hasAtMostDecimals,
  parsePeriodName,
  previousPeriodName,
  validateCatalogue,
  validateFigureValues,
  type FigureDefinition,
  type Period,
} from '@motcua/core';
import type { Db, Tx } from '../../db/database.js';
import type { UnitRow } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import { actorName, type Actor } from '../auth/policy.js';
import { maySee } from '../reform-records/scope.js';
import { findUnitOverlapping } from '../units/repo.js';
import * as repo from './repo.js';
import type { FormView } from './schema.js';

type Catalogue = { version: number; note: string | null; publishedBy: string; publishedAt: string; definitions: FigureDefinition[] };

export async function getCatalogue(db: Db | Tx, version?: number): Promise<Catalogue> {
  const row = await repo.findCatalogue(db, version);
  if (!row) throw AppError.notFound('Figure catalogue version', String(version ?? 'latest'));
  return { version: row.version, note: row.note, publishedBy: row.publishedBy, publishedAt: formatInstant(row.publishedAt.getTime()), definitions: row.definitions as FigureDefinition[] };
}

/** Publishes a new catalogue version; forms opened before keep theirs. */
export async function publishCatalogue(tx: Tx, actor: Actor, body: { note?: string | undefined; definitions: FigureDefinition[] }): Promise<Catalogue> {
  const issues = validateCatalogue(body.definitions);
  if (issues.length) throw AppError.validation(issues);
  const latest = await repo.findCatalogue(tx);
  const version = (latest?.version ?? 0) + 1;
  const definitions = body.definitions.map((d) => Object.fromEntries(Object.entries(d).filter(([, v]) => v !== undefined)));
  await tx.insertInto('figureCatalogues').values({ version, definitions: JSON.stringify(definitions), note: body.note ?? null, publishedBy: actorName(actor) }).execute();
  return getCatalogue(tx, version);
}

/** The named period and the committee's unit version overlapping it, within the actor's scope. */
async function formTarget(db: Db | Tx, actor: Actor, unitCode: string, periodName: string): Promise<{ unit: UnitRow; period: Period & { name: string } }> {
  const period = parsePeriodName(periodName);
  if (!period) throw AppError.validation([{ field: 'params.period', reason: 'must be a named period like 2023-H1, 2023-Q2, 2023-M05, 2023-9M or 2023' }]);
  const unit = await findUnitOverlapping(db as Db, unitCode, period.from, period.to);
  if (!unit || !maySee(actor, unit)) throw AppError.notFound('Unit', unitCode);
  if (unit.level === 'department') throw AppError.validation([{ field: 'params.unit', reason: 'forms are per People’s Committee; a department enters its figures on its committee’s form' }]);
  return { unit, period: { ...period, name: periodName } };
}

function display(d: FigureDefinition, v: number | null | undefined): string | null {
  if (v === null || v === undefined) return null;
  if (d.kind === 'rate') return `${formatNumberVi(v, 2)}%`;
  if (d.kind === 'percent') return `${formatNumberVi(v, hasAtMostDecimals(v, 0) ? 0 : 2)}%`;
  return formatNumberVi(v, d.decimals);
}

async function formView(db: Db | Tx, unit: UnitRow, period: Period & { name: string }): Promise<FormView> {
  const form = await repo.findForm(db, unit.id, period.name);
  const catalogue = await getCatalogue(db, form?.catalogueVersion);
  const values = await repo.formValues(db, form?.id);
  const prevName = previousPeriodName(period.name) ?? null;
  const prevForm = prevName ? await repo.findForm(db, unit.id, prevName) : undefined;
  const previous = await repo.formValues(db, prevForm?.id);
  const defs = catalogue.definitions;
  const rates = computeRates(defs, values);
  const prevRates = computeRates(defs, previous);
  const events = form ? await repo.formEvents(db, form.id) : [];
  return {
    unit: unit.code,
    unitName: unit.name,
    period: period.name,
    from: period.from,
    to: period.to,
    previousPeriod: prevName,
    exists: form !== undefined,
    catalogueVersion: catalogue.version,
    status: form?.status ?? 'open',
    lockedAt: form?.lockedAt ? formatInstant(form.lockedAt.getTime()) : null,
    lockedBy: form?.lockedBy ?? null,
    figures: defs.map((d) => {
      const value = d.kind === 'rate' ? (rates[d.code] ?? null) : (values[d.code] ?? null);
      const prev = d.kind === 'rate' ? (prevRates[d.code] ?? null) : (previous[d.code] ?? null);
      return {
        code: d.code,
        name: d.name,
        section: d.section,
        measure: d.measure,
        kind: d.kind,
        parent: d.parent ?? null,
        numerator: d.numerator ?? null,
        denominator: d.denominator ?? null,
        department: d.department ?? null,
        value,
        display: display(d, value),
        previous: prev,
        previousDisplay: display(d, prev),
      };
    }),
    history: events.map((e) => ({ action: e.action, actor: e.actor, at: formatInstant(e.at.getTime()), reason: e.reason, detail: e.detail })),
  };
}

export async function getForm(db: Db, actor: Actor, unitCode: string, periodName: string): Promise<FormView> {
  const { unit, period } = await formTarget(db, actor, unitCode, periodName);
  return formView(db, unit, period);
}

export async function formHistory(db: Db, actor: Actor, unitCode: string, periodName: string) {
  const view = await getForm(db, actor, unitCode, periodName);
  return { unit: view.unit, period: view.period, items: view.history };
}

function lockedConflict(form: repo.FormRow): AppError {
  return new AppError('CONFLICT', `Số liệu kỳ ${form.period} đã khóa; cần mở khóa (nêu lý do) trước khi sửa`, {
    status: 'locked',
    lockedBy: form.lockedBy,
    lockedAt: form.lockedAt ? formatInstant(form.lockedAt.getTime()) : null,
  });
}

/**
 * Enters or clears values. Department staff enter only their department's figures; the form
 * must be open; everything is validated after merging (parts ≤ totals) and nothing is written
 * on any problem. Each change is logged with the old and new values.
 */
export async function putValues(tx: Tx, actor: Actor, unitCode: string, periodName: string, input: Record<string, number | null>): Promise<FormView> {
  const { unit, period } = await formTarget(tx, actor, unitCode, periodName);
  const latest = await getCatalogue(tx);
  const existing = await repo.findForm(tx, unit.id, period.name);
  if (existing?.status === 'locked') throw lockedConflict(existing);
  const catalogue = existing ? await getCatalogue(tx, existing.catalogueVersion) : latest;
  const byCode = new Map(catalogue.definitions.map((d) => [d.code, d]));
  if (actor.kind === 'user' && actor.user.unitLevel === 'department') {
    const department = actor.user.unitCode.split('-').pop();
    const foreign = Object.keys(input).filter((c) => byCode.has(c) && byCode.get(c)!.department !== department);
    if (foreign.length) {
      throw new AppError('FORBIDDEN', `Phòng của bạn không phụ trách các chỉ tiêu: ${foreign.join(', ')}`, { issues: foreign.map((c) => ({ field: `values.${c}`, reason: `entered by ${byCode.get(c)!.department ?? 'the reform officer'}` })) });
    }
  }
  const form = await repo.lockOrCreateForm(tx, unit.id, period.name, catalogue.version);
  if (form.status === 'locked') throw lockedConflict(form);
  const stored = await repo.formValues(tx, form.id);
  const merged: Record<string, number | null> = { ...stored };
  for (const [code, v] of Object.entries(input)) {
    if (v === null) delete merged[code];
    else merged[code] = v;
  }
  const issues = validateFigureValues(catalogue.definitions, { ...merged, ...Object.fromEntries(Object.entries(input).filter(([c]) => !byCode.has(c) || byCode.get(c)!.kind === 'rate')) });
  if (issues.length) throw AppError.validation(issues);
  const changed: Record<string, { from: number | null; to: number | null }> = {};
  for (const [code, v] of Object.entries(input)) if ((stored[code] ?? null) !== v) changed[code] = { from: stored[code] ?? null, to: v };
  if (Object.keys(changed).length) {
    const who = actorName(actor);
    await repo.writeValues(tx, form.id, Object.fromEntries(Object.entries(changed).map(([c, x]) => [c, x.to])), who);
    await tx.updateTable('figureForms').set({ updatedAt: new Date() }).where('id', '=', form.id).execute();
    await repo.logEvent(tx, form.id, 'values', who, null, { changed });
  }
  return formView(tx, unit, period);
}

/** The reform officer checks and locks the period: no change until an explicit unlock. */
export async function lockForm(tx: Tx, actor: Actor, unitCode: string, periodName: string): Promise<FormView> {
  const { unit, period } = await formTarget(tx, actor, unitCode, periodName);
  const form = await repo.lockOrCreateForm(tx, unit.id, period.name, (await getCatalogue(tx)).version);
  if (form.status === 'locked') throw lockedConflict(form);
  const who = actorName(actor);
  await tx.updateTable('figureForms').set({ status: 'locked', lockedAt: new Date(), lockedBy: who, updatedAt: new Date() }).where('id', '=', form.id).execute();
  await repo.logEvent(tx, form.id, 'lock', who, null, {});
  return formView(tx, unit, period);
}

/** Reopens a locked period; the reason is required and logged with who and when. */
export async function unlockForm(tx: Tx, actor: Actor, unitCode: string, periodName: string, reason: string): Promise<FormView> {
  const { unit, period } = await formTarget(tx, actor, unitCode, periodName);
  const form = await repo.findForm(tx, unit.id, period.name);
  if (!form) throw AppError.notFound('Figure form', `${unitCode} ${periodName}`);
  const locked = await tx.selectFrom('figureForms').selectAll().where('id', '=', form.id).forUpdate().executeTakeFirstOrThrow();
  if (locked.status !== 'locked') throw new AppError('CONFLICT', `Số liệu kỳ ${periodName} đang mở, không cần mở khóa`, { status: 'open' });
  const who = actorName(actor);
  await tx.updateTable('figureForms').set({ status: 'open', lockedAt: null, lockedBy: null, updatedAt: new Date() }).where('id', '=', form.id).execute();
  await repo.logEvent(tx, form.id, 'unlock', who, reason, { lockedBy: locked.lockedBy, lockedAt: locked.lockedAt ? formatInstant(locked.lockedAt.getTime()) : null });
  return formView(tx, unit, period);
}
