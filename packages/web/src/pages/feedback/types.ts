/**
 * Citizen feedback (phản ánh, kiến nghị — PAKN): the shapes of /api/feedback and
 * /api/public/feedback (packages/server/src/modules/feedback/schema.ts), and the lists the
 * screens offer. The server enforces every rule; these mirror it for the forms.
 */
import type { Role } from '@motcua/core';

export const FEEDBACK_KINDS = ['regulation', 'conduct', 'dossier', 'other'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];
export const FEEDBACK_CHANNELS = ['portal', 'paper', 'phone', 'email', 'hotline', 'direct'] as const;
export type FeedbackChannel = (typeof FEEDBACK_CHANNELS)[number];
/** Staff register these by hand (the portal registers itself). */
export const STAFF_CHANNELS = ['paper', 'phone', 'email', 'hotline', 'direct'] as const satisfies readonly FeedbackChannel[];
export type StaffChannel = (typeof STAFF_CHANNELS)[number];
export const FEEDBACK_STATUSES = ['received', 'assigned', 'replied', 'closed', 'rejected'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];
export const FEEDBACK_ACTIONS = ['assign', 'reply', 'reject', 'close'] as const;
export type FeedbackAction = (typeof FEEDBACK_ACTIONS)[number];
export type FeedbackEventType = 'received' | 'assigned' | 'replied' | 'rejected' | 'closed' | 'rated';
export const REJECT_REASONS = ['out_of_competence', 'duplicate'] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];
export const FEEDBACK_RATINGS = ['very_satisfied', 'satisfied', 'dissatisfied'] as const;
export type FeedbackRating = (typeof FEEDBACK_RATINGS)[number];

/** Who opens the screen (the menu's list), who registers: mirrors lifecycle.ts on the server. */
export { FEEDBACK_MENU_ROLES } from '../../auth/session';
export const FEEDBACK_REGISTRARS: readonly Role[] = ['reception', 'reform_officer', 'leader', 'system_admin'];

export interface UnitRef {
  code: string;
  name: string;
}

export interface FeedbackAttachment {
  id: number;
  filename: string;
  mime: string;
  size: number;
  sha256: string;
  uploadedBy: string;
  uploadedAt: string;
}

export interface FeedbackView {
  code: string;
  kind: FeedbackKind;
  kindLabel: string;
  channel: FeedbackChannel;
  unit: UnitRef;
  dossier: string | null;
  procedure: { code: string; name: string | null } | null;
  sender: { name: string; phone: string | null; email: string | null; address: string | null };
  title: string;
  content: string;
  consentPublish: boolean;
  status: FeedbackStatus;
  statusLabel: string;
  receivedAt: string;
  workingDays: number;
  dueAt: string;
  overdue: boolean;
  timeliness: 'on_time' | 'late' | null;
  assignedUnit: UnitRef | null;
  assignedUser: string | null;
  reply: { text: string; at: string; publish: boolean } | null;
  rejection: { reason: RejectReason; reasonLabel: string; note: string | null; at: string } | null;
  closedAt: string | null;
  rating: { level: FeedbackRating; comment: string | null; at: string } | null;
  allowedActions: FeedbackAction[];
  timeline: Array<{ seq: number; at: string; type: FeedbackEventType; label: string; actor: string; actorName: string; detail: string | null }>;
  attachments: FeedbackAttachment[];
}

export interface FeedbackSummary {
  code: string;
  kind: FeedbackKind;
  channel: FeedbackChannel;
  unit: UnitRef;
  title: string;
  senderName: string;
  status: FeedbackStatus;
  receivedAt: string;
  dueAt: string;
  overdue: boolean;
  timeliness: 'on_time' | 'late' | null;
  assignedUnit: UnitRef | null;
  assignedUser: string | null;
  repliedAt: string | null;
}

export interface FeedbackListQuery {
  unit?: string | undefined;
  status?: FeedbackStatus | undefined;
  kind?: FeedbackKind | undefined;
  overdue?: boolean | undefined;
  mine?: boolean | undefined;
  q?: string | undefined;
  limit: number;
  offset: number;
}

/** Sender, subject and text: what both the portal and the staff register send. */
export interface FeedbackBodyBase {
  kind: FeedbackKind;
  unit?: string;
  dossier?: string;
  procedure?: string;
  name: string;
  phone?: string;
  email?: string;
  address?: string;
  title: string;
  content: string;
  consentPublish: boolean;
}
export type RegisterFeedbackBody = FeedbackBodyBase & { channel: StaffChannel; receivedAt?: string };

export interface FeedbackFigures {
  total: number;
  received: number;
  carriedOver: number;
  byKind: Record<FeedbackKind, number>;
  byChannel: Record<FeedbackChannel, number>;
  handledOnTime: number;
  handledLate: number;
  rejected: number;
  pendingOnTime: number;
  pendingOverdue: number;
  onTimeRate: string | null;
  ratedVerySatisfied: number;
  ratedSatisfied: number;
  ratedDissatisfied: number;
  satisfactionRate: string | null;
  scores766: { handledOnTime: number; satisfaction: number };
}

export interface FeedbackStats {
  unit: UnitRef;
  from: string;
  to: string;
  period?: string;
  self: FeedbackFigures;
  children: FeedbackFigures;
  byUnit: Record<string, FeedbackFigures>;
  lateItems: Array<{ code: string; unit: string; title: string; dueAt: string; repliedAt: string | null; state: 'late' | 'overdue' }>;
  formulas: { handledOnTime: string; satisfaction: string };
}

export interface FeedbackReminder {
  code: string;
  title: string;
  unit: UnitRef;
  assignedUnit: UnitRef | null;
  status: FeedbackStatus;
  dueAt: string;
  state: 'overdue' | 'due_soon';
}

// The portal (no session)
export type FeedbackProof = { phone: string } | { email: string };

export interface SubmitFeedbackResult {
  code: string;
  unit: UnitRef;
  receivedAt: string;
  dueAt: string;
  workingDays: number;
}

export interface PublicFeedback {
  code: string;
  kind: FeedbackKind;
  kindLabel: string;
  unit: UnitRef;
  title: string;
  status: FeedbackStatus;
  statusLabel: string;
  receivedAt: string;
  dueAt: string;
  timeline: Array<{ at: string; type: FeedbackEventType; label: string; detail: string | null }>;
  reply: { text: string; at: string } | null;
  rejection: { reason: RejectReason; reasonLabel: string; note: string | null } | null;
  rating: FeedbackRating | null;
  canRate: boolean;
  attachments: number;
  canAttach: boolean;
}

export interface PublishedReply {
  kind: FeedbackKind;
  kindLabel: string;
  unit: UnitRef;
  procedure: string | null;
  title: string;
  content: string;
  reply: string;
  receivedOn: string;
  repliedOn: string;
}
