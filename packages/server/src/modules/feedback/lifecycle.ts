import type { Role } from '@motcua/core';

/**
 * Citizen feedback (phản ánh, kiến nghị — PAKN): kinds, channels, the handling lifecycle and who
 * may do what. Pure rules, no I/O: the service, the API guard (409 with the allowed actions) and
 * the views all use these tables.
 */

export const FEEDBACK_KINDS = ['regulation', 'conduct', 'dossier', 'other'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];
export const FEEDBACK_KIND_LABELS_VI: Record<FeedbackKind, string> = {
  regulation: 'Về quy định hành chính, thủ tục hành chính',
  conduct: 'Về hành vi, thái độ của cán bộ, công chức, viên chức',
  dossier: 'Về việc giải quyết một hồ sơ cụ thể',
  other: 'Khác',
};

export const FEEDBACK_CHANNELS = ['portal', 'paper', 'phone', 'email', 'hotline', 'direct'] as const;
export type FeedbackChannel = (typeof FEEDBACK_CHANNELS)[number];
/** Channels staff register by hand (the portal registers itself). */
export const STAFF_CHANNELS = ['paper', 'phone', 'email', 'hotline', 'direct'] as const;

export const FEEDBACK_STATUSES = ['received', 'assigned', 'replied', 'closed', 'rejected'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];
export const FEEDBACK_STATUS_LABELS_VI: Record<FeedbackStatus, string> = {
  received: 'Đã tiếp nhận',
  assigned: 'Đang xử lý',
  replied: 'Đã trả lời',
  closed: 'Đã kết thúc',
  rejected: 'Không xử lý',
};

/** Staff actions (each appends one event); `rated` is the sender's, through the portal. */
export const FEEDBACK_ACTIONS = ['assign', 'reply', 'reject', 'close'] as const;
export type FeedbackAction = (typeof FEEDBACK_ACTIONS)[number];
export type FeedbackEventType = 'received' | 'assigned' | 'replied' | 'rejected' | 'closed' | 'rated';
export const FEEDBACK_EVENT_LABELS_VI: Record<FeedbackEventType, string> = {
  received: 'Tiếp nhận phản ánh, kiến nghị',
  assigned: 'Chuyển đơn vị xử lý',
  replied: 'Trả lời phản ánh, kiến nghị',
  rejected: 'Không xử lý',
  closed: 'Kết thúc',
  rated: 'Người gửi đánh giá kết quả xử lý',
};

export const REJECT_REASONS = ['out_of_competence', 'duplicate'] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];
export const REJECT_REASON_LABELS_VI: Record<RejectReason, string> = {
  out_of_competence: 'Không thuộc thẩm quyền',
  duplicate: 'Trùng lặp',
};

export const FEEDBACK_RATINGS = ['very_satisfied', 'satisfied', 'dissatisfied'] as const;
export type FeedbackRating = (typeof FEEDBACK_RATINGS)[number];

/** The lifecycle: received → assigned (re-assignable) → replied → closed; rejected from the first two. */
export const ACTIONS_BY_STATUS: Record<FeedbackStatus, readonly FeedbackAction[]> = {
  received: ['assign', 'reject'],
  assigned: ['assign', 'reply', 'reject'],
  replied: ['close'],
  closed: [],
  rejected: [],
};

/** Who registers paper, phone, e-mail feedback. */
export const FEEDBACK_REGISTRARS: Role[] = ['reception', 'reform_officer', 'leader', 'system_admin'];
/** Who sees the feedback screens (the list is still scoped to their units). */
export const FEEDBACK_READERS: Role[] = ['reception', 'specialist', 'department_head', 'leader', 'reform_officer', 'unit_admin', 'system_admin'];
/** Who may manage the handling deadlines. */
export const DEADLINE_WRITERS: Role[] = ['reform_officer', 'system_admin'];

/**
 * Role × action. Leaders and the reform officer direct the handling; a department head passes a
 * feedback on within the department and replies; a specialist replies. Specialists and
 * department heads act only on feedback assigned to their unit or to them (service.ts).
 */
export const FEEDBACK_ACTIONS_BY_ROLE: Record<Role, readonly FeedbackAction[]> = {
  system_admin: FEEDBACK_ACTIONS,
  leader: ['assign', 'reply', 'reject', 'close'],
  reform_officer: ['assign', 'reply', 'reject', 'close'],
  department_head: ['assign', 'reply'],
  specialist: ['reply'],
  reception: [],
  unit_admin: [],
};

export interface FeedbackEvent {
  type: FeedbackEventType;
  at: number;
  actor: string;
  payload: Record<string, unknown>;
}

/** The projection of a feedback's events (the row's columns besides what never changes). */
export interface FeedbackState {
  status: FeedbackStatus;
  assignedUnitId: number | null;
  assignedUser: string | null;
  repliedAt: number | null;
  reply: string | null;
  publishReply: boolean;
  rejectedAt: number | null;
  rejectReason: RejectReason | null;
  closedAt: number | null;
  rating: FeedbackRating | null;
  ratedAt: number | null;
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** The state of feedback that has only been received (also the projection a new row starts with). */
export const RECEIVED_STATE = {
  status: 'received',
  assignedUnitId: null,
  assignedUser: null,
  repliedAt: null,
  reply: null,
  publishReply: false,
  rejectedAt: null,
  rejectReason: null,
  closedAt: null,
  rating: null,
  ratedAt: null,
} as const satisfies FeedbackState;

/** Replays the events in order; the first must be `received`. */
export function deriveFeedback(events: readonly FeedbackEvent[]): FeedbackState {
  const s: FeedbackState = { ...RECEIVED_STATE };
  for (const e of events) {
    switch (e.type) {
      case 'received':
        break;
      case 'assigned':
        s.status = 'assigned';
        s.assignedUnitId = typeof e.payload['unitId'] === 'number' ? e.payload['unitId'] : null;
        s.assignedUser = str(e.payload['user']);
        break;
      case 'replied':
        s.status = 'replied';
        s.repliedAt = e.at;
        s.reply = str(e.payload['text']);
        s.publishReply = e.payload['publish'] === true;
        break;
      case 'rejected':
        s.status = 'rejected';
        s.rejectedAt = e.at;
        s.rejectReason = (str(e.payload['reason']) as RejectReason | null) ?? null;
        break;
      case 'closed':
        s.status = 'closed';
        s.closedAt ??= e.at;
        break;
      case 'rated':
        s.rating = (str(e.payload['rating']) as FeedbackRating | null) ?? null;
        s.ratedAt = e.at;
        // A rating ends the handling (unless a member of staff closed it already).
        if (s.status === 'replied') {
          s.status = 'closed';
          s.closedAt = e.at;
        }
        break;
    }
  }
  return s;
}

/** The lifecycle's next actions (before any role or holder rule). */
export const lifecycleActions = (status: FeedbackStatus): FeedbackAction[] => [...ACTIONS_BY_STATUS[status]];

/** The sender may rate once, after a reply (also when staff closed it after replying). */
export const canRate = (s: Pick<FeedbackState, 'repliedAt' | 'rating' | 'status'>): boolean =>
  s.repliedAt !== null && s.rating === null && (s.status === 'replied' || s.status === 'closed');

/** Handled on time: replied no later than the due instant (early counts as on time). */
export const handledOnTime = (repliedAt: number, dueAt: number): boolean => repliedAt <= dueAt;
