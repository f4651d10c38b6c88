/**
 * Digitised components of the demo dossiers. The seed report says "Tổng số hồ sơ đã thực hiện số
 * hóa đạt 100%", and digitisation is measured by the scans a dossier carries, so each generated
 * dossier gets one small scan (a one-page PDF saying it is demo data), dated at its reception.
 * One INSERT … SELECT: a few seconds for the ~14 700 dossiers. Idempotent.
 */
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

/** A minimal valid PDF (standard font, no embedding: ~600 bytes) with correct xref offsets. */
export function demoScanPdf(): Buffer {
  const text = '(MotCua - ban so hoa minh hoa / demo scan) Tj';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${`BT /F1 14 Tf 72 770 Td ${text} ET`.length} >>\nstream\nBT /F1 14 Tf 72 770 Td ${text} ET\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** Adds the demo scan to every dossier that has none; returns how many were added. */
export async function seedDemoScans(db: Db, log: (msg: string) => void = () => {}): Promise<number> {
  const pdf = demoScanPdf();
  const sha = createHash('sha256').update(pdf).digest('hex');
  const res = await sql`
    INSERT INTO dossier_attachments (dossier_id, kind, label, filename, mime, size, sha256, content, uploaded_by, uploaded_at)
    SELECT d.id, 'document', 'Đơn đề nghị (bản số hóa, dữ liệu mẫu)', 'don-de-nghi.pdf', 'application/pdf', ${pdf.length}, ${sha}, ${pdf}, 'demo', d.received_at
    FROM dossiers d
    WHERE d.received_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM dossier_attachments a WHERE a.dossier_id = d.id)`.execute(db);
  const added = Number(res.numAffectedRows ?? 0n);
  if (added) log(`bản số hóa mẫu: ${added}`);
  return added;
}
