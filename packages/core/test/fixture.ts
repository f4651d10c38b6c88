import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseInstant, type Channel, type DossierEvent } from '../src/index.js';

export const FIXTURE_DIR = fileURLToPath(new URL('../../../test-fixtures/stats-public/', import.meta.url));

export interface FixtureDossier {
  code: string;
  unit: string;
  procedure: string;
  channel: Channel;
  workingDays?: number;
  dueAt?: string;
  events: Array<Record<string, unknown> & { type: DossierEvent['type']; at: string }>;
}

export function readJsonl<T>(name: string): T[] {
  return readFileSync(FIXTURE_DIR + name, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

export function toEvents(d: FixtureDossier): DossierEvent[] {
  return d.events.map((e) => ({
    ...(e as object),
    at: parseInstant(e.at)!,
    newAppointment: typeof e['newAppointment'] === 'string' ? parseInstant(e['newAppointment']) : undefined,
  })) as DossierEvent[];
}
