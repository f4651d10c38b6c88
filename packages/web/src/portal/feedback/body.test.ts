import { describe, expect, it } from 'vitest';
import { feedbackBody, proofOf } from './body';

describe('portal feedback form → request body', () => {
  it('sends the unit or the dossier by kind, trims, leaves empty optional fields out', () => {
    const b = feedbackBody({ kind: 'regulation', unit: '18229', dossier: 'X', name: ' Lan ', phone: ' 0987654321 ', email: ' ', title: ' T ', content: ' C ' });
    expect(b).toEqual({ kind: 'regulation', unit: '18229', name: 'Lan', phone: '0987654321', title: 'T', content: 'C', consentPublish: false });
    expect(feedbackBody({ kind: 'dossier', unit: '18229', dossier: ' 000.00.40.H25-230301-0001 ', email: 'a@b.vn', consentPublish: true })).toMatchObject({
      dossier: '000.00.40.H25-230301-0001',
      email: 'a@b.vn',
      consentPublish: true,
    });
  });
  it('proves with the phone when given, else the e-mail', () => {
    expect(proofOf({ kind: 'other', name: 'A', phone: '0987654321', email: 'a@b.vn', title: 'T', content: 'C', consentPublish: false })).toEqual({ phone: '0987654321' });
    expect(proofOf({ kind: 'other', name: 'A', email: 'a@b.vn', title: 'T', content: 'C', consentPublish: false })).toEqual({ email: 'a@b.vn' });
  });
});
