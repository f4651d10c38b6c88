import { formatInstant, parseInstant, type DossierEvent, type EventType } from '@motcua/core';
import type { DossierEventRow } from '../../db/schema.js';
import type { EventInput } from './schema.js';

/** The fields an event carries besides type and instant (stored as its payload). */
const PAYLOAD_FIELDS = ['reason', 'via', 'level', 'to', 'step', 'newAppointment'] as const;

/** An import/API event → the core's event (instants as epoch ms). Inputs are schema-checked. */
export function toCoreEvent(e: EventInput): DossierEvent {
  const record = e as Record<string, unknown>;
  return {
    type: e.type,
    at: parseInstant(e.at)!,
    reason: record['reason'] as string | undefined,
    via: record['via'] as DossierEvent['via'],
    level: record['level'] as DossierEvent['level'],
    to: record['to'] as string | undefined,
    step: record['step'] as string | undefined,
    newAppointment: typeof record['newAppointment'] === 'string' ? parseInstant(record['newAppointment']) : undefined,
  };
}

/** The payload column of an event (only the fields it has; instants normalised to +07:00). */
export function payloadOf(e: DossierEvent): Record<string, string> {
  const payload: Record<string, string> = {};
  for (const f of PAYLOAD_FIELDS) {
    const v = e[f];
    if (v === undefined) continue;
    payload[f] = f === 'newAppointment' ? formatInstant(v as number) : String(v);
  }
  return payload;
}

export function fromEventRow(row: DossierEventRow): DossierEvent {
  const p = row.payload as Record<string, string>;
  return {
    type: row.type as EventType,
    at: row.at.getTime(),
    reason: p['reason'],
    via: p['via'] as DossierEvent['via'],
    level: p['level'] as DossierEvent['level'],
    to: p['to'],
    step: p['step'],
    newAppointment: p['newAppointment'] ? parseInstant(p['newAppointment']) : undefined,
  };
}

/** The event as the import/export format writes it. */
export function toFormatEvent(e: DossierEvent): Record<string, string> {
  return { type: e.type, at: formatInstant(e.at), ...payloadOf(e) };
}
