import { z } from 'zod';

export const DOCUMENT_TYPES = ['plan', 'decision', 'official_letter', 'notice', 'directive', 'guidance', 'report', 'other'] as const;
export const DOCUMENT_TYPE_LABELS_VI: Record<(typeof DOCUMENT_TYPES)[number], string> = {
  plan: 'Kế hoạch',
  decision: 'Quyết định',
  official_letter: 'Công văn',
  notice: 'Thông báo',
  directive: 'Chỉ thị',
  guidance: 'Hướng dẫn',
  report: 'Báo cáo',
  other: 'Văn bản khác',
};
export const INITIATIVE_KINDS = ['model', 'initiative', 'solution'] as const;
export const INITIATIVE_KIND_LABELS_VI: Record<(typeof INITIATIVE_KINDS)[number], string> = {
  model: 'Mô hình',
  initiative: 'Sáng kiến',
  solution: 'Giải pháp mới',
};
export const INITIATIVE_STATUSES = ['registered', 'in_progress', 'evaluated', 'replicated', 'dropped'] as const;
export const INITIATIVE_STATUS_LABELS_VI: Record<(typeof INITIATIVE_STATUSES)[number], string> = {
  registered: 'Đăng ký',
  in_progress: 'Đang triển khai',
  evaluated: 'Đã đánh giá',
  replicated: 'Đã nhân rộng',
  dropped: 'Dừng thực hiện',
};
export const CHANNELS = ['bulletin', 'portal', 'radio_tv', 'grassroots_radio', 'notice_board', 'poster', 'meeting', 'library', 'digital_team', 'social_media', 'leaflet', 'other'] as const;
export const CHANNEL_LABELS_VI: Record<(typeof CHANNELS)[number], string> = {
  bulletin: 'Bản tin',
  portal: 'Cổng/Trang thông tin điện tử',
  radio_tv: 'Đài Truyền thanh - Truyền hình',
  grassroots_radio: 'Truyền thanh cơ sở',
  notice_board: 'Bảng niêm yết',
  poster: 'Pano, áp phích',
  meeting: 'Hội họp, gửi văn bản',
  library: 'Thư viện',
  digital_team: 'Tổ công nghệ số cộng đồng',
  social_media: 'Mạng xã hội',
  leaflet: 'Tờ rơi, tờ gấp',
  other: 'Hình thức khác',
};

/** Số/ký hiệu văn bản: "111/KH-UBND", "354/UBND-VH", "239/QĐ-UBND" (Nghị định 30/2020). */
export const DocumentNumber = z
  .string()
  .trim()
  .regex(/^\d{1,6}\/[\p{Lu}\d][\p{Lu}\d.&-]*$/u, 'must be a document number like 111/KH-UBND');
const LocalDate = z.iso.date();
const text = (max: number) => z.string().trim().min(1, 'is required').max(max);
const Link = z.url({ protocol: /^https?$/ }).max(2000);
export const ErrorBody = z.object({ code: z.string(), message: z.string() }).passthrough();
export const IdParams = z.object({ id: z.coerce.number().int().positive() });

export const PeriodQuery = z
  .object({
    unit: z.string().min(1).describe('Unit code, e.g. 440'),
    period: z.string().optional().describe('2023-H1, 2023-Q1, 2023-M05, 2023-9M or 2023 (15th → 14th)'),
    from: LocalDate.optional(),
    to: LocalDate.optional(),
  })
  .refine((q) => q.period !== undefined || (q.from !== undefined && q.to !== undefined), { message: 'give either period or both from and to', path: ['period'] });
export type PeriodQuery = z.output<typeof PeriodQuery>;

// ---- Directing documents ----
export const DocumentBody = z.object({
  unit: z.string().trim().min(1).describe('Issuing committee, e.g. 440'),
  number: DocumentNumber,
  issuedOn: LocalDate,
  type: z.enum(DOCUMENT_TYPES),
  excerpt: text(2000).describe('Trích yếu'),
  link: Link.optional(),
  note: z.string().trim().max(2000).optional(),
});
export type DocumentBody = z.output<typeof DocumentBody>;
export const DocumentPatch = z
  .object({
    number: DocumentNumber.optional(),
    issuedOn: LocalDate.optional(),
    type: z.enum(DOCUMENT_TYPES).optional(),
    excerpt: text(2000).optional(),
    link: Link.nullable().optional(),
    note: z.string().trim().max(2000).nullable().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'nothing to change', path: ['body'] });
export type DocumentPatch = z.output<typeof DocumentPatch>;
export const DocumentView = z.object({
  id: z.number(),
  unit: z.string(),
  unitName: z.string(),
  number: z.string(),
  issuedOn: z.string(),
  type: z.enum(DOCUMENT_TYPES),
  typeLabel: z.string(),
  excerpt: z.string(),
  link: z.string().nullable(),
  note: z.string().nullable(),
  display: z.string().describe('"111/KH-UBND ngày 17/01/2023"'),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedBy: z.string(),
  updatedAt: z.string(),
});
export type DocumentView = z.output<typeof DocumentView>;
export const DocumentListQuery = PeriodQuery.and(
  z.object({
    type: z.enum(DOCUMENT_TYPES).optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(200),
    offset: z.coerce.number().int().min(0).default(0),
  }),
);
const PeriodOut = { unit: z.string(), from: z.string(), to: z.string(), period: z.string().optional() };
export const DocumentList = z.object({ ...PeriodOut, total: z.number(), items: z.array(DocumentView) });
const TypeCounts = z.object({ total: z.number(), byType: z.record(z.string(), z.number()) });
export const DocumentCounts = z.object({ ...PeriodOut, self: TypeCounts, children: TypeCounts, byUnit: z.record(z.string(), z.number()) });

// ---- Inspections ----
export const InspectionPlanBody = z
  .object({
    unit: z.string().trim().min(1),
    number: DocumentNumber,
    issuedOn: LocalDate,
    subject: text(2000),
    round: z.string().trim().max(100).optional().describe('Đợt, e.g. "Đợt I/2023"'),
    note: z.string().trim().max(2000).optional(),
    targets: z.array(z.object({ unit: z.string().trim().min(1), scheduledOn: LocalDate.optional() })).min(1).max(500),
  })
  .refine((b) => new Set(b.targets.map((t) => t.unit)).size === b.targets.length, { message: 'a unit is listed twice', path: ['targets'] });
export type InspectionPlanBody = z.output<typeof InspectionPlanBody>;
export const TargetPatch = z
  .object({
    scheduledOn: LocalDate.nullable().optional(),
    inspectedOn: LocalDate.nullable().optional().describe('The date the inspection took place; null = not done'),
    findings: z.string().trim().max(5000).nullable().optional(),
    followUp: z.string().trim().max(5000).nullable().optional(),
    followUpDone: z.boolean().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'nothing to change', path: ['body'] });
export type TargetPatch = z.output<typeof TargetPatch>;
export const TargetView = z.object({
  unit: z.string(),
  unitName: z.string(),
  scheduledOn: z.string().nullable(),
  inspectedOn: z.string().nullable(),
  done: z.boolean(),
  findings: z.string().nullable(),
  followUp: z.string().nullable(),
  followUpDone: z.boolean(),
});
export const InspectionPlanView = z.object({
  id: z.number(),
  unit: z.string(),
  unitName: z.string(),
  number: z.string(),
  issuedOn: z.string(),
  display: z.string(),
  subject: z.string(),
  round: z.string().nullable(),
  note: z.string().nullable(),
  createdBy: z.string(),
  targets: z.array(TargetView),
  planned: z.number(),
  done: z.number(),
});
export type InspectionPlanView = z.output<typeof InspectionPlanView>;
export const InspectionPlanList = z.object({ ...PeriodOut, items: z.array(InspectionPlanView) });
export const InspectionSummary = z.object({
  ...PeriodOut,
  plans: z.number().describe('Plans issued in the period'),
  planned: z.number().describe('Units to inspect under the plans issued in the period'),
  scheduled: z.number().describe('Inspections scheduled in the period (any plan)'),
  done: z.number().describe('Inspections that took place in the period'),
  pending: z.number().describe('Planned by the end of the period and not done by then'),
  followUpOpen: z.number().describe('Done inspections with a follow-up not yet completed'),
});

// ---- Initiatives and models ----
export const InitiativeBody = z.object({
  unit: z.string().trim().min(1).describe('Registering unit: committee or department, e.g. 440-TP'),
  name: text(500),
  kind: z.enum(INITIATIVE_KINDS),
  area: z.string().trim().max(200).optional(),
  description: z.string().trim().max(5000).optional(),
  registeredOn: LocalDate,
  status: z.enum(INITIATIVE_STATUSES).default('registered'),
  evaluation: z.string().trim().max(5000).optional(),
  evaluatedOn: LocalDate.optional(),
  note: z.string().trim().max(2000).optional(),
});
export type InitiativeBody = z.output<typeof InitiativeBody>;
export const InitiativePatch = z
  .object({
    name: text(500).optional(),
    kind: z.enum(INITIATIVE_KINDS).optional(),
    area: z.string().trim().max(200).nullable().optional(),
    description: z.string().trim().max(5000).nullable().optional(),
    status: z.enum(INITIATIVE_STATUSES).optional(),
    evaluation: z.string().trim().max(5000).nullable().optional(),
    evaluatedOn: LocalDate.nullable().optional(),
    note: z.string().trim().max(2000).nullable().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'nothing to change', path: ['body'] });
export type InitiativePatch = z.output<typeof InitiativePatch>;
export const InitiativeView = z.object({
  id: z.number(),
  unit: z.string(),
  unitName: z.string(),
  name: z.string(),
  kind: z.enum(INITIATIVE_KINDS),
  kindLabel: z.string(),
  area: z.string().nullable(),
  description: z.string().nullable(),
  registeredOn: z.string(),
  status: z.enum(INITIATIVE_STATUSES),
  statusLabel: z.string(),
  evaluation: z.string().nullable(),
  evaluatedOn: z.string().nullable(),
  note: z.string().nullable(),
  createdBy: z.string(),
  updatedBy: z.string(),
  updatedAt: z.string(),
});
export type InitiativeView = z.output<typeof InitiativeView>;
export const InitiativeListQuery = PeriodQuery.and(z.object({ status: z.enum(INITIATIVE_STATUSES).optional(), kind: z.enum(INITIATIVE_KINDS).optional() }));
export const InitiativeList = z.object({
  ...PeriodOut,
  total: z.number().describe('Registered in the period by the unit, its departments and the units below it'),
  byStatus: z.record(z.string(), z.number()),
  byKind: z.record(z.string(), z.number()),
  items: z.array(InitiativeView),
});

// ---- Communication activities ----
export const CommunicationBody = z
  .object({
    unit: z.string().trim().min(1),
    channel: z.enum(CHANNELS),
    description: text(2000),
    fromDate: LocalDate,
    toDate: LocalDate,
    count: z.number().int().min(0).max(10_000_000).optional().describe('Publications, broadcasts, boards… (omit when unknown)'),
    participants: z.number().int().min(0).max(10_000_000).optional(),
    basis: z.string().trim().max(500).optional().describe('The plan it implements, e.g. 74/KH-UBND'),
    note: z.string().trim().max(2000).optional(),
  })
  .refine((b) => b.toDate >= b.fromDate, { message: 'must not be before fromDate', path: ['toDate'] });
export type CommunicationBody = z.output<typeof CommunicationBody>;
/** Every field but the unit may change; null clears an optional one. */
export const CommunicationPatch = z
  .object({
    channel: z.enum(CHANNELS).optional(),
    description: text(2000).optional(),
    fromDate: LocalDate.optional(),
    toDate: LocalDate.optional(),
    count: z.number().int().min(0).max(10_000_000).nullable().optional(),
    participants: z.number().int().min(0).max(10_000_000).nullable().optional(),
    basis: z.string().trim().max(500).nullable().optional(),
    note: z.string().trim().max(2000).nullable().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'nothing to change', path: ['body'] });
export type CommunicationPatch = z.output<typeof CommunicationPatch>;
export const CommunicationView = z.object({
  id: z.number(),
  unit: z.string(),
  channel: z.enum(CHANNELS),
  channelLabel: z.string(),
  description: z.string(),
  fromDate: z.string(),
  toDate: z.string(),
  count: z.number().nullable(),
  participants: z.number().nullable(),
  basis: z.string().nullable(),
  note: z.string().nullable(),
  createdBy: z.string(),
  updatedBy: z.string(),
  updatedAt: z.string(),
});
export type CommunicationView = z.output<typeof CommunicationView>;
export const CommunicationList = z.object({
  ...PeriodOut,
  activities: z.number(),
  byChannel: z.record(z.string(), z.object({ label: z.string(), activities: z.number(), count: z.number(), participants: z.number() })),
  items: z.array(CommunicationView),
});
