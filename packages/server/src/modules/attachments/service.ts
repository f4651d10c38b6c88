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

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX_FILE_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** What a dossier accepts (scans): the default of readUpload, unchanged for the desk and the portal. */
export const SCAN_MIMES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
/** Scans plus Word and Excel documents (evidence of the reform plan). */
export const DOCUMENT_MIMES = [...SCAN_MIMES, DOCX_MIME, XLSX_FILE_MIME] as const;
const TYPE_NAMES: Record<string, string> = { 'application/pdf': 'PDF', 'image/jpeg': 'JPEG', 'image/png': 'PNG', [DOCX_MIME]: 'DOCX', [XLSX_FILE_MIME]: 'XLSX' };

/** The names in a ZIP file's central directory, or undefined when it is not a readable ZIP. */
export function zipEntryNames(buf: Buffer): string[] | undefined {
  if (buf.length < 22 || buf.readUInt32LE(0) !== 0x04034b50) return undefined;
  // End of central directory: 22 bytes plus a comment of at most 65 535 bytes, at the very end.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const entries = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let n = 0; n < entries; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50) return undefined;
    const nameLength = buf.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    if (next > buf.length) return undefined;
    names.push(buf.subarray(at + 46, at + 46 + nameLength).toString('utf8'));
    at = next;
  }
  return names;
}

/**
 * DOCX and XLSX are ZIP packages ("PK\x03\x04"): recognised by the package's content-types
 * entry and main part, not by the name. Macro-enabled packages (a vbaProject.bin part) are not.
 */
export function sniffOffice(buf: Buffer): typeof DOCX_MIME | typeof XLSX_FILE_MIME | undefined {
  const names = zipEntryNames(buf);
  if (!names?.includes('[Content_Types].xml') || names.some((n) => n.toLowerCase().endsWith('vbaproject.bin'))) return undefined;
  if (names.includes('word/document.xml')) return DOCX_MIME;
  if (names.includes('xl/workbook.xml')) return XLSX_FILE_MIME;
  return undefined;
}

/** The type of a file by its content, if it is one of `accept`. */
export function sniffFile(content: Buffer, accept: readonly string[] = SCAN_MIMES): string | undefined {
  const mime = sniff(content) ?? (accept.includes(DOCX_MIME) || accept.includes(XLSX_FILE_MIME) ? sniffOffice(content) : undefined);
  return mime && accept.includes(mime) ? mime : undefined;
}

const acceptedNames = (accept: readonly string[]) => {
  const names = accept.map((m) => TYPE_NAMES[m] ?? m);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)!}` : (names[0] ?? '');
};

/** Reads one uploaded file fully (bounded by MAX_FILE_BYTES) and checks its type (scans unless told otherwise). */
export async function readUpload(file: MultipartFile | undefined, accept: readonly string[] = SCAN_MIMES): Promise<{ filename: string; mime: string; content: Buffer }> {
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
  const mime = sniffFile(content, accept);
  if (!mime) throw AppError.validation([{ field: 'file', reason: `must be a ${acceptedNames(accept)} file` }]);
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
