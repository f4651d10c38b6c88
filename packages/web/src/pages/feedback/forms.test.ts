import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { actionBody, actorLabel, registerBody } from './forms';
import vi from '../../i18n/feedback.vi.json';

describe('feedback dialogs → request bodies', () => {
  it('register: the picked wall-clock time is Vietnam time; empty optional fields are left out; the unit or the dossier by kind', () => {
    const base = { channel: 'phone' as const, receivedAt: dayjs(new Date(2023, 2, 1, 9, 5)), name: ' An ', title: ' T ', content: ' C ', consentPublish: false };
    expect(registerBody({ ...base, kind: 'regulation', unit: '440', dossier: 'X', phone: ' 0912345678 ', email: '  ', procedure: '' })).toEqual({
      channel: 'phone',
      receivedAt: '2023-03-01T09:05:00+07:00',
      kind: 'regulation',
      unit: '440',
      name: 'An',
      phone: '0912345678',
      title: 'T',
      content: 'C',
      consentPublish: false,
    });
    expect(registerBody({ ...base, kind: 'dossier', unit: '440', dossier: ' 000.00.40.H25-230301-0001 ', email: 'a@b.vn' })).toMatchObject({ dossier: '000.00.40.H25-230301-0001', email: 'a@b.vn' });
    expect(registerBody({ ...base, kind: 'dossier', unit: '440' })).not.toHaveProperty('unit');
  });

  it('actions: only what each action takes', () => {
    expect(actionBody('assign', { unit: '440-TP', user: ' ', note: ' Xử lý ' })).toEqual({ action: 'assign', body: { unit: '440-TP', note: 'Xử lý' } });
    expect(actionBody('reply', { text: ' Đã xử lý ', publish: true, unit: 'x' })).toEqual({ action: 'reply', body: { text: 'Đã xử lý', publish: true } });
    expect(actionBody('reject', { reason: 'duplicate', note: 'Trùng' })).toEqual({ action: 'reject', body: { reason: 'duplicate', note: 'Trùng' } });
    expect(actionBody('close', {})).toEqual({ action: 'close', body: {} });
  });

  it('timeline actor: the portal sender in words, staff by their full name', () => {
    const t = (key: string) => (key === 'actor.citizen' ? vi.actor.citizen : key);
    expect(actorLabel({ actor: 'citizen', actorName: 'citizen' }, t)).toBe('Người gửi (Cổng dịch vụ công)');
    expect(actorLabel({ actor: 'lanhdao.xaducminh', actorName: 'Trần Văn Minh' }, t)).toBe('Trần Văn Minh');
    // A script keeps its label; an older server without actorName shows the account.
    expect(actorLabel({ actor: 'api-token', actorName: 'api-token' }, t)).toBe('api-token');
    expect(actorLabel({ actor: 'lanhdao.xaducminh' }, t)).toBe('lanhdao.xaducminh');
  });
});
