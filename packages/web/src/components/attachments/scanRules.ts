import { formatNumberVi, type Role } from '@motcua/core';
import type { AttachmentKind, SessionUser } from '../../api/types';

/** The server's limits (packages/server/src/modules/attachments/service.ts). */
export const MAX_SCAN_BYTES = 10 * 1024 * 1024;
export const MAX_SCANS_PER_DOSSIER = 30;
export const ATTACHMENT_KINDS: readonly AttachmentKind[] = ['document', 'supplement', 'result'];

const EXTENSIONS = ['.pdf', '.jpg', '.jpeg', '.png'] as const;
const MIME_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
/** For the file picker; drops are checked by `checkScanFile` so a wrong file gets a message. */
export const SCAN_ACCEPT = [...EXTENSIONS, ...MIME_TYPES].join(',');

export type ScanProblem = { kind: 'type' } | { kind: 'empty' } | { kind: 'size'; size: string };

/**
 * The client-side check before a scan is queued: PDF/JPEG/PNG by extension and (when the
 * browser knows it) MIME type, not empty, at most 10 MB. The server checks the content again.
 */
export function checkScanFile(file: { name: string; type: string; size: number }): ScanProblem | undefined {
  const name = file.name.toLowerCase();
  const extOk = EXTENSIONS.some((ext) => name.endsWith(ext));
  const mimeOk = file.type === '' || (MIME_TYPES as readonly string[]).includes(file.type.toLowerCase());
  if (!extOk || !mimeOk) return { kind: 'type' };
  if (file.size === 0) return { kind: 'empty' };
  if (file.size > MAX_SCAN_BYTES) return { kind: 'size', size: formatFileSize(file.size) };
  return undefined;
}

/** 512 → "512 B", 1536 → "1,5 KB", 2411724 → "2,3 MB" (Vietnamese decimal comma). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${formatNumberVi(bytes)} B`;
  const trim = (s: string) => s.replace(/,0$/, '');
  if (bytes < 1024 * 1024) {
    const kb = bytes / 1024;
    return `${kb < 10 ? trim(formatNumberVi(kb, 1)) : formatNumberVi(kb)} KB`;
  }
  return `${trim(formatNumberVi(bytes / (1024 * 1024), 1))} MB`;
}

const DIGITISING_ROLES: readonly Role[] = ['reception', 'specialist', 'department_head', 'system_admin'];

/**
 * Whether to offer the upload box (the server decides; this only avoids a box that answers
 * 403): the desk, specialists and department heads, system admins — department staff only
 * while the dossier is handed to their department or to them.
 */
export function mayDigitise(user: Pick<SessionUser, 'username' | 'role' | 'unit'>, holder: string | null): boolean {
  if (!DIGITISING_ROLES.includes(user.role)) return false;
  if (user.unit.level !== 'department') return true;
  return holder !== null && [user.unit.code, user.unit.name, user.username].includes(holder);
}

/** The plain file lists of the upload boxes (no bullets, a little air between lines). */
export const SCAN_LIST_STYLE = { listStyle: 'none', padding: 0, margin: '8px 0', display: 'grid', gap: 6 } as const;
