import type { TFunction } from 'i18next';
import { formatDateTimeVi } from './format';

/** Payload fields shown on the timeline, in this order; anything else is not for people. */
const SHOWN = ['to', 'step', 'reason', 'via', 'level', 'newAppointment'] as const;

/** One human line per payload field: "Chuyển đến: Phòng Tư pháp", "Hẹn lại: 05/07/2023 09:00". */
export function payloadLines(payload: Record<string, unknown>, t: TFunction): string[] {
  const lines: string[] = [];
  for (const key of SHOWN) {
    const raw = payload[key];
    if (typeof raw !== 'string' || raw === '') continue;
    const value =
      key === 'via'
        ? t(`via.${raw}`, { defaultValue: raw })
        : key === 'level'
          ? t(`rating.${raw}`, { defaultValue: raw })
          : key === 'newAppointment'
            ? formatDateTimeVi(raw)
            : raw;
    lines.push(t(`dossier.payload.${key}`, { value }));
  }
  return lines;
}
