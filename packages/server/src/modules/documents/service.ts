import QRCode from 'qrcode';
import type { Db } from '../../db/database.js';
import type { UnitRow } from '../../db/schema.js';
import { SYSTEM, type Actor } from '../auth/policy.js';
import { getDossierView } from '../dossiers/service.js';
import { findDossierByCode } from '../dossiers/repo.js';
import { buildForm, type FormContext, type FormDocument, type FormKind, type FormUnit } from './forms.js';
import * as repo from './repo.js';

/** The citizen status page of a dossier (the portal looks it up with the code + phone/CCCD). */
export function lookupUrl(publicUrl: string, code: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/cong-dan/tra-cuu?ma=${encodeURIComponent(code)}`;
}

/** The QR code of a URL as PNG (error correction M: survives a smudged print). */
export async function qrPng(text: string): Promise<Buffer> {
  return QRCode.toBuffer(text, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: 240 });
}

const formUnit = (u: Pick<UnitRow, 'code' | 'name' | 'kind' | 'level'>): FormUnit => ({ code: u.code, name: u.name, kind: u.kind, level: u.level });

/**
 * Everything the forms of a dossier print. Scoped exactly like GET /api/dossiers/:code: a dossier
 * outside the actor's units is 404.
 */
export async function loadFormContext(db: Db, code: string, actor: Actor, publicUrl: string): Promise<FormContext> {
  const dossier = await getDossierView(db, code, actor);
  const row = (await findDossierByCode(db, code))!;
  const unit = await db.selectFrom('units').selectAll().where('id', '=', row.unitId).executeTakeFirstOrThrow();
  const parent = unit.parentId === null ? undefined : await db.selectFrom('units').selectAll().where('id', '=', unit.parentId).executeTakeFirst();
  const [procedure, scans, officers, departments, register] = await Promise.all([
    db.selectFrom('procedures').select('requiredDocuments').where('id', '=', row.procedureId).executeTakeFirstOrThrow(),
    db.selectFrom('dossierAttachments').select(['label', 'filename']).where('dossierId', '=', row.id).where('kind', '=', 'document').orderBy('id').execute(),
    repo.fullNames(db, [...new Set(dossier.events.map((e) => e.actor))]),
    repo.departmentNames(db, unit.id),
    row.receivedAt ? repo.registerNumber(db, row.id, row.unitId, row.receivedAt) : Promise.resolve(null),
  ]);
  const url = lookupUrl(publicUrl, code);
  return {
    dossier,
    unit: formUnit(unit),
    parent: parent ? formUnit(parent) : null,
    components: scans.length ? scans.map((s) => s.label ?? s.filename) : procedure.requiredDocuments,
    officers,
    departments,
    register,
    lookupUrl: url,
    qrPng: await qrPng(url),
  };
}

/** One form of one dossier as a content model (409 when the dossier has no such event). */
export async function dossierForm(db: Db, code: string, kind: FormKind, publicUrl: string, actor: Actor = SYSTEM): Promise<FormDocument> {
  return buildForm(kind, await loadFormContext(db, code, actor, publicUrl));
}
