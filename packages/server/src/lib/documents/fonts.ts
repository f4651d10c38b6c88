/**
 * The font every generated document uses: Tinos (Debian fonts-croscore, SIL OFL 1.1, licence in
 * assets/fonts/COPYRIGHT-fonts-croscore.txt), metric-compatible with Times New Roman and covering
 * all Vietnamese letters. DOCX files name "Times New Roman" (what Nghị định 30/2020 requires, and
 * what every Vietnamese office has); PDFs embed Tinos so they print the same everywhere.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const FONT_DIR = fileURLToPath(new URL('../../../assets/fonts/', import.meta.url));

export const TINOS = {
  normal: path.join(FONT_DIR, 'Tinos-Regular.ttf'),
  bold: path.join(FONT_DIR, 'Tinos-Bold.ttf'),
  italics: path.join(FONT_DIR, 'Tinos-Italic.ttf'),
  bolditalics: path.join(FONT_DIR, 'Tinos-BoldItalic.ttf'),
} as const;

/** The font family name written into DOCX files. */
export const DOCX_FONT = 'Times New Roman';
