import type { RichText } from '@motcua/core';
import { apiRequest } from '../../api/client';

/**
 * The periodic CCHC report API (issue #5, "Report API contract"). The types live with the
 * page rather than in api/types.ts so the report screens stay one self-contained folder.
 */
export const REPORT_KINDS = ['quarter', 'half', 'nine_months', 'year', 'custom'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const REPORT_STATUSES = ['draft', 'submitted', 'approved', 'issued', 'superseded'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** Workflow actions, in the order the buttons are shown ('edit' is not a button: it opens the fields). */
export const REPORT_ACTIONS = ['edit', 'refresh', 'submit', 'approve', 'return', 'issue', 'supersede'] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

export interface ReportSummary {
  id: number;
  unit: { code: string; name: string };
  kind: ReportKind;
  /** The named period (`2023-H1`); null for a custom one. */
  period: string | null;
  from: string;
  to: string;
  title: string;
  status: ReportStatus;
  version: number;
  number: string | null;
  issuedOn: string | null;
  supersedes: number | null;
  supersededBy: number | null;
  updatedAt: string;
}

export interface Binding {
  key: string;
  value: unknown;
  display: string;
}

export interface ObservationItem {
  id: string;
  text: string;
  kept: boolean;
  source: string;
}

export type ReportBlock =
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'text'; id: string; style: 'paragraph' | 'dash' | 'plus'; text: string; bindings: Binding[] }
  | { type: 'narrative'; key: string; label: string; content: RichText }
  | { type: 'observations'; items: ObservationItem[] };

export interface ReportSection {
  id: string;
  heading: string;
  blocks: ReportBlock[];
}

export interface Signer {
  capacity: string[];
  name: string;
}

export interface HistoryEntry {
  at: string;
  /** The account (username) or a system label. */
  actor: string;
  /** The account's full name; the stored label for system actors. */
  actorName: string;
  action: string;
  note: string | null;
}

export interface ReportView extends ReportSummary {
  sections: ReportSection[];
  signer: Signer;
  recipients: string[];
  place: string;
  issuer: { parentBody: string; body: string };
  data: Record<string, unknown>;
  allowedActions: string[];
  history: HistoryEntry[];
}

export type UnitScope = 'district' | 'commune' | 'any';

export interface TemplateSummary {
  id: number;
  code: string;
  name: string;
  version: number;
  validFrom: string;
  validTo: string | null;
  unitScope: UnitScope;
}

/** One entry of the data-key catalogue served with a template: what a {{key}} means. */
export interface DataKey {
  key: string;
  label: string;
  /** e.g. 'count', 'percent', 'text', 'list' — shown as a hint only. */
  type?: string | undefined;
  group?: string | undefined;
}

/** A block's optional condition: `key` (non-zero, non-empty), `!key` (zero/empty/missing) or `?key` (present). */
type When = { when?: string | undefined };

/**
 * A template block (server modules/reports/template.ts TemplateBlockSchema): the report blocks
 * before data is bound — sentences keep their {{key|filter}} placeholders, a narrative has a
 * plain-text default ("- "/"+ " items, **bold**, *italic*).
 */
export type TemplateBlock =
  | ({ type: 'heading'; level: 2 | 3; text: string } & When)
  | ({ type: 'text'; id: string; style: 'paragraph' | 'dash' | 'plus'; text: string } & When)
  | ({ type: 'narrative'; key: string; label: string; default: string } & When)
  | ({ type: 'observations' } & When);

export interface TemplateSection extends When {
  id: string;
  heading: string;
  blocks: TemplateBlock[];
}

export interface TemplateView extends TemplateSummary {
  sections: TemplateSection[];
  /** The data keys a sentence may use. */
  keys: DataKey[];
}

export interface CreateReportBody {
  unit: string;
  kind: ReportKind;
  period?: string;
  from?: string;
  to?: string;
  templateId?: number;
}

export interface ReportPatch {
  narratives?: Record<string, RichText>;
  observations?: Record<string, boolean>;
  signer?: Signer;
  recipients?: string[];
  title?: string;
}

export interface ReportListQuery {
  unit?: string | undefined;
  period?: string | undefined;
  status?: ReportStatus | undefined;
}

const reportPath = (id: number | string) => `/api/reports/${encodeURIComponent(String(id))}`;

export const listReportTemplates = () => apiRequest<TemplateSummary[]>('/api/report-templates');
export const getReportTemplate = (id: number) => apiRequest<TemplateView>(`/api/report-templates/${id}`);
export const saveReportTemplate = (id: number, sections: TemplateSection[], idempotencyKey: string) =>
  apiRequest<TemplateView>(`/api/report-templates/${id}`, { method: 'PUT', body: { sections }, idempotencyKey });

export const listReports = (query: ReportListQuery) => apiRequest<ReportSummary[]>('/api/reports', { query: { ...query } });
export const createReport = (body: CreateReportBody, idempotencyKey: string) =>
  apiRequest<ReportView>('/api/reports', { method: 'POST', body, idempotencyKey });
export const getReport = (id: number | string) => apiRequest<ReportView>(reportPath(id));
export const updateReport = (id: number, patch: ReportPatch, idempotencyKey: string) =>
  apiRequest<ReportView>(reportPath(id), { method: 'PUT', body: patch, idempotencyKey });

/** The workflow actions that are a POST to /api/reports/:id/<action>. */
export type PostAction = Exclude<ReportAction, 'edit'>;
export type ActionBody = { note?: string } | { number: string; issuedOn: string } | Record<string, never>;
export const postReportAction = (id: number, action: PostAction, body: ActionBody, idempotencyKey: string) =>
  apiRequest<ReportView>(`${reportPath(id)}/${action}`, { method: 'POST', body, idempotencyKey });

/** Downloads go through the browser (the session cookie authorises a plain GET). */
export const reportFileUrl = (id: number, file: 'docx' | 'pdf' | 'annex.xlsx') => `${reportPath(id)}/${file}`;
