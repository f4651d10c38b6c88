import type { Issuer } from '../../lib/documents/nd30.js';
import type { ReportSection } from './template.js';

/** Everything the DOCX and PDF writers print: the same content for both. */
export interface ReportDocument {
  issuer: Issuer;
  /** "15/BC-UBND" once issued; a draft prints "Số:      /BC-UBND". */
  number?: string | undefined;
  /** Date of issue; a draft leaves day and month blank. */
  date?: string | undefined;
  /** Year of the date line while the date is blank. */
  year: number;
  /** Subtitle under "BÁO CÁO". */
  title: string;
  sections: ReportSection[];
  closing: string;
  signer: { capacity: string[]; name: string };
  recipients: string[];
}
