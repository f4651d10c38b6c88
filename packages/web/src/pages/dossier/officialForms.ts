import { apiRequest, buildUrl } from '../../api/client';

/** The one-stop forms of Thông tư 01/2018/TT-VPCP the server writes (Mẫu 01–05). */
export const FORM_KINDS = ['receipt', 'supplement', 'refusal', 'apology', 'control'] as const;
export type FormKind = (typeof FORM_KINDS)[number];
export const FORM_NUMBERS: Record<FormKind, string> = { receipt: '01', supplement: '02', refusal: '03', apology: '04', control: '05' };

export interface AvailableForms {
  code: string;
  forms: Array<{ form: FormKind; number: string; title: string }>;
}

/** Which forms a dossier has (the server decides from its events). */
export const fetchAvailableForms = (code: string) => apiRequest<AvailableForms>(`/api/dossiers/${encodeURIComponent(code)}/forms`);

/** A form's file: the PDF opens in a new tab to print, the DOCX downloads (both fetched through lib/download.ts with the session). */
export const formUrl = (code: string, form: FormKind, ext: 'pdf' | 'docx') => `/api/dossiers/${encodeURIComponent(code)}/forms/${form}.${ext}`;

/** Mẫu 06 Sổ theo dõi hồ sơ of a desk for a date range. */
export const registerUrl = (unit: string, from: string, to: string, ext: 'pdf' | 'docx' | 'xlsx') => buildUrl(`/api/forms/register.${ext}`, { unit, from, to });

/** Biểu số 06/VPCP/KSTT of a unit for a named period or dates. */
export const bieu06Url = (unit: string, period: Record<string, string | undefined>) => buildUrl('/api/stats/bieu06.xlsx', { unit, ...period });
