import type { EventType } from '@motcua/core';
/**
 * Shapes of the public (no-login) API, mirroring packages/server/src/modules/portal/schema.ts.
 * The catalogue and unit shapes are the staff app's (same endpoints).
 */
import type { RatingLevel } from '@motcua/core';

export type { OnlineLevel, Page, Procedure, ProcedureLevel, Unit } from '../api/types';

/** The applicant as the portal sends it: CCCD and phone are required online. */
export interface PublicApplicant {
  name: string;
  idNumber: string;
  phone: string;
  address?: string;
  email?: string;
}

export interface SubmitBody {
  unit: string;
  procedure: string;
  applicant: PublicApplicant;
  note?: string;
  /** Receive the result at the desk or by post (Mẫu 01). */
  returnMethod?: 'counter' | 'postal';
}

/** What proves the citizen owns a dossier: never the code alone. Kept in component state only. */
export type Proof = { phone: string } | { idNumber: string };

export interface TimelineEntry {
  at: string;
  type: EventType;
  /** Plain Vietnamese, from the server (EVENT_LABELS_VI). */
  label: string;
  detail: string | null;
}

export interface PublicDossier {
  code: string;
  procedure: { code: string; name: string };
  unit: { code: string; name: string };
  status: string;
  statusLabel: string;
  submittedAt: string | null;
  receivedAt: string | null;
  dueAt: string | null;
  newAppointment: string | null;
  resultReturned: { at: string; via: string } | null;
  rating: string | null;
  supplementReason: string | null;
  canSupplement: boolean;
  canRate: boolean;
  timeline: TimelineEntry[];
}

/** A scan stored on a dossier (201 of POST /api/public/dossiers/{code}/attachments). */
export interface PublicAttachment {
  id: number;
  kind: 'document' | 'supplement' | 'result';
  label: string | null;
  filename: string;
  mime: string;
  size: number;
  sha256: string;
  uploadedBy: string;
  uploadedAt: string;
}

export type { RatingLevel };
