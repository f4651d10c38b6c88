/**
 * PDF rendering with pdfmake (layout engine: wrapping, tables, page breaks) and the embedded
 * Tinos font. Local files and URLs are refused inside document definitions: every image is passed
 * as a data URL built by our own code.
 */
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { TINOS } from './fonts.js';

let ready = false;
function setup(): void {
  if (ready) return;
  pdfmake.setFonts({ Tinos: { ...TINOS } });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((p: string) => Object.values(TINOS).includes(p as never));
  ready = true;
}

export type PdfDocument = TDocumentDefinitions;

/** Millimetres to PDF points. */
export const mm = (v: number): number => (v * 72) / 25.4;

/** Renders a document definition to a PDF buffer (Tinos is the default font). */
export async function renderPdf(doc: PdfDocument): Promise<Buffer> {
  setup();
  const withFont: PdfDocument = { ...doc, defaultStyle: { font: 'Tinos', ...(doc.defaultStyle ?? {}) } };
  const out = await (pdfmake.createPdf(withFont) as unknown as { getBuffer(): Promise<Uint8Array> }).getBuffer();
  return Buffer.from(out);
}
