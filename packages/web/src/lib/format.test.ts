import { describe, expect, it } from 'vitest';
import { buildActionBody } from '../pages/dossier/actionBody';
import { formatDateTimeVi, formatDecimalVi, wallClockToVnIso } from './format';
import { newIdempotencyKey } from './ids';

describe('formats', () => {
  it('shows instants as dd/MM/yyyy HH:mm in Vietnam time, whatever offset the API used', () => {
    expect(formatDateTimeVi('2023-01-19T15:00:00+07:00')).toBe('19/01/2023 15:00');
    expect(formatDateTimeVi('2023-01-19T20:30:00Z')).toBe('20/01/2023 03:30');
    expect(formatDateTimeVi(null)).toBe('');
  });

  it('writes days and hours the Vietnamese way', () => {
    expect(formatDecimalVi(15)).toBe('15');
    expect(formatDecimalVi(0.5)).toBe('0,5');
    expect(formatDecimalVi(1184.4166666)).toBe('1.184,42');
  });

  it('reads a picked wall-clock time as +07:00', () => {
    expect(wallClockToVnIso({ year: 2023, month: 7, day: 5, hour: 9, minute: 0 })).toBe('2023-07-05T09:00:00+07:00');
  });

  it('makes distinct UUID idempotency keys', () => {
    const a = newIdempotencyKey();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newIdempotencyKey()).not.toBe(a);
  });
});

describe('action bodies match the server ActionBody', () => {
  it('keeps only the fields of each type and drops blank optional ones', () => {
    expect(buildActionBody('forwarded', { to: ' Phòng Tư pháp ', step: ' ', reason: 'x' })).toEqual({ type: 'forwarded', to: 'Phòng Tư pháp' });
    expect(buildActionBody('withdrawn', { reason: '  ' })).toEqual({ type: 'withdrawn' });
    expect(buildActionBody('resolved', { reason: 'ignored' })).toEqual({ type: 'resolved' });
    expect(buildActionBody('result_returned', { via: 'postal' })).toEqual({ type: 'result_returned', via: 'postal' });
    expect(buildActionBody('apology', { newAppointment: '2023-07-05T09:00:00+07:00', reason: 'Chờ ý kiến' })).toEqual({
      type: 'apology',
      newAppointment: '2023-07-05T09:00:00+07:00',
      reason: 'Chờ ý kiến',
    });
    expect(() => buildActionBody('rejected', {})).toThrow(/reason/);
  });
});
