import {
  EVENT_LABELS_VI,
  STATUS_LABELS_VI,
  allowedActions,
  deriveDossier,
  formatDateTimeVi,
  formatInstant,
  type DossierEvent,
} from '@motcua/core';
import type { Db, Tx } from '../../db/database.js';
import type { DossierRow } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import { loadCalendar } from '../calendar/service.js';
import { fromEventRow } from '../dossiers/events.js';
import * as dossierRepo from '../dossiers/repo.js';
import { applyAction, insertDossier, rulesOf } from '../dossiers/service.js';
import { findUnitByCodeAt } from '../units/repo.js';
import { addAttachment } from '../attachments/service.js';
import type { PublicDossier, SubmitBody } from './schema.js';

export const CITIZEN = 'citizen';

const digits = (phone: string) => phone.replace(/\D/g, '').replace(/^84/, '0');

/** The phone number or CCCD must match the dossier's; a mismatch looks exactly like a missing code. */
function owns(row: DossierRow, proof: { phone?: string | undefined; idNumber?: string | undefined }): boolean {
  const applicant = row.applicant as Record<string, string | undefined>;
  if (proof.phone && applicant['phone'] && digits(proof.phone) === digits(applicant['phone'])) return true;
  return Boolean(proof.idNumber && applicant['idNumber'] && proof.idNumber.trim() === applicant['idNumber']);
}

async function findOwned(db: Db | Tx, code: string, proof: { phone?: string | undefined; idNumber?: string | undefined }, lock = false) {
  const row = lock ? await dossierRepo.lockDossierByCode(db as Tx, code) : await dossierRepo.findDossierByCode(db, code);
  if (!row || !owns(row, proof)) throw AppError.notFound('Dossier', code);
  return row;
}

/** Online submission (nộp trực tuyến) for a procedure with an online service; waits for reception. */
export async function submitOnline(tx: Tx, body: SubmitBody, now = Date.now()): Promise<PublicDossier> {
  const procedure = await tx.selectFrom('procedures').select(['onlineLevel']).where('code', '=', body.procedure).where('isCurrent', '=', true).executeTakeFirst();
  if (!procedure) throw AppError.notFound('Procedure', body.procedure);
  if (procedure.onlineLevel === 'none') {
    throw new AppError('UNPROCESSABLE', 'Thủ tục này chưa cung cấp dịch vụ công trực tuyến', {
      issues: [{ field: 'procedure', reason: 'has no online service: submit at the counter' }],
    });
  }
  const unit = await findUnitByCodeAt(tx, body.unit, formatInstant(now).slice(0, 10));
  if (!unit || unit.level === 'department') throw AppError.notFound('Unit', body.unit);
  const code = await insertDossier(
    tx,
    { unit: body.unit, procedure: body.procedure, channel: 'online', applicant: body.applicant, action: 'submitted', at: now, ...(body.note ? { reason: body.note } : {}), ...(body.returnMethod ? { returnMethod: body.returnMethod } : {}) },
    CITIZEN,
  );
  return publicView(tx, (await dossierRepo.findDossierByCode(tx, code))!);
}

function detailOf(e: DossierEvent): string | null {
  if (e.type === 'apology' && e.newAppointment !== undefined) return `Hẹn lại: ${formatDateTimeVi(e.newAppointment)}`;
  if (e.type === 'result_returned') return e.via === 'postal' ? 'Qua dịch vụ bưu chính công ích' : 'Tại Bộ phận Một cửa';
  if (e.type === 'forwarded') return null; // internal hand-overs: shown as a step, without names
  return e.reason ?? null;
}

async function publicView(db: Db | Tx, row: DossierRow): Promise<PublicDossier> {
  const [procedure, unit, eventRows, calendar] = await Promise.all([
    db.selectFrom('procedures').select(['code', 'name', 'workingDays']).where('id', '=', row.procedureId).executeTakeFirstOrThrow(),
    db.selectFrom('units').select(['code', 'name']).where('id', '=', row.unitId).executeTakeFirstOrThrow(),
    dossierRepo.listEvents(db, row.id),
    loadCalendar(db),
  ]);
  const events = eventRows.map(fromEventRow);
  const state = deriveDossier(events, rulesOf(row, procedure), calendar);
  const allowed = allowedActions(state);
  const lastSupplementRequest = [...events].reverse().find((e) => e.type === 'supplement_requested');
  const iso = (t: number | undefined) => (t === undefined ? null : formatInstant(t));
  return {
    code: row.code,
    procedure: { code: procedure.code, name: procedure.name },
    unit: { code: unit.code, name: unit.name },
    status: state.status,
    statusLabel: STATUS_LABELS_VI[state.status],
    submittedAt: iso(state.submittedAt),
    receivedAt: iso(state.receivedAt),
    dueAt: iso(state.dueAt),
    newAppointment: iso(state.apology?.newAppointment),
    resultReturned: state.resultReturned ? { at: formatInstant(state.resultReturned.at), via: state.resultReturned.via } : null,
    rating: state.rating?.level ?? null,
    supplementReason: state.openSupplement || state.status === 'pre_supplement' ? (lastSupplementRequest?.reason ?? null) : null,
    canSupplement: allowed.includes('supplement_received'),
    canRate: allowed.includes('rated'),
    timeline: events.map((e) => ({ at: formatInstant(e.at), type: e.type, label: EVENT_LABELS_VI[e.type], detail: detailOf(e) })),
  };
}

export async function lookup(db: Db, code: string, proof: { phone?: string | undefined; idNumber?: string | undefined }): Promise<PublicDossier> {
  return publicView(db, await findOwned(db, code, proof));
}

/** The citizen sends the requested supplement (before or after reception). */
export async function sendSupplement(tx: Tx, code: string, proof: { phone?: string | undefined; idNumber?: string | undefined }, note?: string) {
  const row = await findOwned(tx, code, proof, true);
  await applyAction(tx, row, { type: 'supplement_received', ...(note ? { reason: note } : {}) }, CITIZEN, () => {});
  return publicView(tx, row);
}

/** The citizen rates the service after the result was returned (once). */
export async function rate(tx: Tx, code: string, proof: { phone?: string | undefined; idNumber?: string | undefined }, level: 'very_satisfied' | 'satisfied' | 'dissatisfied') {
  const row = await findOwned(tx, code, proof, true);
  await applyAction(tx, row, { type: 'rated', level }, CITIZEN, () => {});
  return publicView(tx, row);
}

/**
 * A citizen attaches a scan while the dossier waits for reception or for a supplement (the
 * proof comes as multipart fields before the file).
 */
export async function attachAsCitizen(
  tx: Tx,
  code: string,
  proof: { phone?: string | undefined; idNumber?: string | undefined },
  upload: { filename: string; mime: string; content: Buffer },
) {
  const row = await findOwned(tx, code, proof, true);
  if (!['submitted', 'pre_supplement', 'awaiting_supplement'].includes(row.status)) {
    throw new AppError('ACTION_NOT_ALLOWED', 'Chỉ gửi tài liệu khi hồ sơ chờ tiếp nhận hoặc chờ bổ sung', { status: row.status, allowedActions: [] });
  }
  return addAttachment(tx, row.id, upload, { kind: row.status === 'awaiting_supplement' ? 'supplement' : 'document', uploadedBy: CITIZEN });
}
