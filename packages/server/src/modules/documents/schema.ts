import { z } from 'zod';
import { BIEU06_COLUMNS } from './bieu06.js';
import { FORM_KINDS } from './forms.js';

export const ErrorBody = z.object({ code: z.string(), message: z.string() }).passthrough();
export const errors = { 400: ErrorBody, 401: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };

export const MIME = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
export type FileFormat = keyof typeof MIME;

const binary = (what: string) => z.string().meta({ format: 'binary', description: what });

/** An OpenAPI response with the given file types (the body is the file itself). */
export function fileResponse(description: string, formats: readonly FileFormat[]) {
  return { description, content: Object.fromEntries(formats.map((f) => [MIME[f], { schema: binary(`${f.toUpperCase()} file`) }])) };
}

export const FormParams = z.object({
  code: z.string().min(1).describe('Mã hồ sơ'),
  form: z.enum(FORM_KINDS).describe('receipt = Mẫu 01, supplement = Mẫu 02, refusal = Mẫu 03, apology = Mẫu 04, control = Mẫu 05'),
  ext: z.enum(['pdf', 'docx']).describe('pdf (in từ trình duyệt) hoặc docx (sửa được)'),
});

export const FormsAvailable = z.object({
  code: z.string(),
  forms: z.array(z.object({ form: z.enum(FORM_KINDS), number: z.string(), title: z.string() })),
});

export const PeriodQuery = z
  .object({
    unit: z.string().trim().min(1).describe('Mã đơn vị, ví dụ 440'),
    from: z.iso.date().optional().describe('Từ ngày (YYYY-MM-DD)'),
    to: z.iso.date().optional().describe('Đến ngày (YYYY-MM-DD), tính cả ngày này'),
    period: z.string().optional().describe('Kỳ báo cáo có tên: 2023-H1, 2023-Q1, 2023-M05, 2023-9M, 2023'),
  })
  .refine((q) => q.period !== undefined || (q.from !== undefined && q.to !== undefined), { message: 'give either period or both from and to', path: ['period'] });
export type PeriodQuery = z.output<typeof PeriodQuery>;

export const RegisterParams = z.object({ ext: z.enum(['pdf', 'docx', 'xlsx']) });

const Values = z.object(Object.fromEntries(BIEU06_COLUMNS.map((c) => [c, z.number().int()])) as Record<(typeof BIEU06_COLUMNS)[number], z.ZodNumber>);
const Parts = z.object({ returned: z.number().int(), awaitingSupplement: z.number().int(), awaitingObligation: z.number().int() });

export const Bieu06Response = z.object({
  form: z.object({ number: z.string(), basis: z.string(), title: z.string(), unitOfMeasure: z.string() }),
  reportingUnit: z.object({ code: z.string(), name: z.string(), level: z.string(), committee: z.string(), place: z.string() }),
  receivingUnit: z.string(),
  period: z.object({ name: z.string().optional(), label: z.string(), from: z.string(), to: z.string() }),
  groups: z.array(
    z.object({
      level: z.enum(['province', 'district', 'commune']),
      label: z.string(),
      units: z.array(z.object({ code: z.string(), name: z.string() })),
      rows: z.array(z.object({ field: z.string(), values: Values, parts: Parts })),
      total: Values,
      parts: Parts,
    }),
  ),
  total: Values.describe('Columns (3)…(13): received, receivedOnline, receivedDirect, carriedOver, resolved, resolvedEarly, resolvedOnTime, resolvedOverdue, inProgress, inProgressOnTime, inProgressOverdue'),
  parts: Parts.describe('What columns (9) and (12) include besides their names'),
  footnote: z.array(z.string()),
  generatedAt: z.string(),
});
