import { createHash } from 'node:crypto';
import type { MultipartFile } from '@fastify/multipart';
import { formatInstant } from '@motcua/core';
import type { Db, Tx } from '../../db/database.js';
import { AppError } from '../../errors.js';
import type { AttachmentView } from './schema.js';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_FILES_PER_DOSSIER = 30;

/** The file types a desk scans to, recognised by their first bytes, not by the name the browser sends. */
function sniff(head: Buffer): 'application/pdf' | 'image/jpeg' | 'image/png' | undefined {
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  return undefined;
}


/** Reads one uploaded file fully (bounded by MAX_FILE_BYTES) and checks its type. */
export async function readUpload(file: MultipartFile | undefined): Promise<{ filename: string; mime: string; content: Buffer }> {
  if (!file) throw AppError.validation([{ field: 'file', reason: 'no file in the request' }]);
  let content: Buffer;
  try {
    content = await file.toBuffer();
  } catch (e) {
    if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw AppError.validation([{ field: 'file', reason: `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB` }]);
    }
    throw e;
  }
  if (content.length === 0) throw AppError.validation([{ field: 'file', reason: 'is empty' }]);
  const mime = sniff(content);
  if (!mime) throw AppError.validation([{ field: 'file', reason: 'must be a PDF, JPEG or PNG file' }]);
  const filename = (file.filename || 'tai-lieu').replace(/[\\/\0]/g, '_').slice(0, 200);
  return { filename, mime, content };
}

export async function addAttachment(
  tx: Tx,
  dossierId: number,
  upload: { filename: string; mime: string; content: Buffer },
  meta: { kind: AttachmentView['kind']; label?: string | undefined; uploadedBy: string },
): Promise<AttachmentView> {
  const count = await tx.selectFrom('dossierAttachments').select((eb) => eb.fn.countAll<number>().as('n')).where('dossierId', '=', dossierId).executeTakeFirstOrThrow();
  if (Number(count.n) >= MAX_FILES_PER_DOSSIER) {
    throw AppError.validation([{ field: 'file', reason: `a dossier holds at most ${MAX_FILES_PER_DOSSIER} files` }]);
  }
  const row = await tx
    .insertInto('dossierAttachments')
    .values({
      dossierId,
      kind: meta.kind,
      label: meta.label?.trim().slice(0, 300) || null,
      filename: upload.filename,
      mime: upload.mime,
      size: upload.content.length,
      sha256: createHash('sha256').update(upload.content).digest('hex'),
      content: upload.content,
      uploadedBy: meta.uploadedBy,
    })
    .returning(['id', 'kind', 'label', 'filename', 'mime', 'size', 'sha256', 'uploadedBy', 'uploadedAt'])
    .executeTakeFirstOrThrow();
  return { ...row, id: Number(row.id), uploadedAt: formatInstant(row.uploadedAt.getTime()) };
}

export async function listAttachments(db: Db | Tx, dossierId: number): Promise<AttachmentView[]> {
  const rows = await db
    .selectFrom('dossierAttachments')
    .select(['id', 'kind', 'label', 'filename', 'mime', 'size', 'sha256', 'uploadedBy', 'uploadedAt'])
    .where('dossierId', '=', dossierId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ ...r, id: Number(r.id), uploadedAt: formatInstant(r.uploadedAt.getTime()) }));
}

export async function getAttachmentContent(db: Db, dossierId: number, id: number) {
  const row = await db.selectFrom('dossierAttachments').select(['filename', 'mime', 'content']).where('dossierId', '=', dossierId).where('id', '=', id).executeTakeFirst();
  if (!row) throw AppError.notFound('Attachment', String(id));
  return row;
}
