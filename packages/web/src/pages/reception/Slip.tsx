import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentView, DossierView } from '../../api/types';
import { formatFileSize } from '../../components/attachments/scanRules';
import { formatDateTimeVi, vnLocalDate } from '../../lib/format';

export type SlipKind = 'receipt' | 'supplement' | 'refusal';

const TITLE_KEY: Record<SlipKind, string> = {
  receipt: 'slip.receiptTitle',
  supplement: 'slip.supplementTitle',
  refusal: 'slip.refusalTitle',
};

export interface SlipProps {
  kind: SlipKind;
  dossier: DossierView;
  unitName: string;
  officerName: string;
  documents: string[];
  returnMethod: 'counter' | 'postal';
  reason?: string | undefined;
  /** Scans attached to the dossier at the counter (listed on the receipt). */
  attachments?: Pick<AttachmentView, 'id' | 'filename' | 'label' | 'size'>[] | undefined;
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <tr>
      <td className="k">{label}:</td>
      <td>{children}</td>
    </tr>
  );
}

/**
 * The paper the applicant takes home (Mẫu 01 receipt and appointment, Mẫu 02 supplement
 * request, Mẫu 03 refusal — Thông tư 01/2018/TT-VPCP), laid out for window.print().
 */
export function Slip({ kind, dossier, unitName, officerName, documents, returnMethod, reason, attachments }: SlipProps) {
  const { t } = useTranslation();
  const [y, m, d] = vnLocalDate(dossier.receivedAt ?? dossier.submittedAt).split('-');
  const a = dossier.applicant;
  return (
    <div className="slip" data-testid="slip">
      <div className="slip-head">
        <div className="left">
          <div>{t('slip.committee', { name: unitName }).toUpperCase()}</div>
          <div className="underline">{t('slip.deskOf')}</div>
        </div>
        <div className="right">
          <div className="strong">{t('slip.nation')}</div>
          <div className="underline">{t('slip.motto')}</div>
          <div>
            <i>{t('slip.dateLine', { d, m, y })}</i>
          </div>
        </div>
      </div>
      <div className="slip-title">{t(TITLE_KEY[kind])}</div>
      <table>
        <tbody>
          <Row label={t('slip.code')}>
            <span className="big mono">{dossier.code}</span>
          </Row>
          <Row label={t('slip.unit')}>
            {dossier.unitName} ({dossier.unit})
          </Row>
          <Row label={t('slip.applicant')}>{a.name}</Row>
          {a.idNumber && <Row label={t('slip.idNumber')}>{a.idNumber}</Row>}
          {a.phone && <Row label={t('slip.phone')}>{a.phone}</Row>}
          {a.address && <Row label={t('slip.address')}>{a.address}</Row>}
          <Row label={t('slip.procedure')}>{dossier.procedure.name}</Row>
          {kind === 'receipt' && documents.length > 0 && (
            <Row label={t('slip.documents')}>
              <ol style={{ margin: 0, paddingLeft: 18 }}>
                {documents.map((doc) => (
                  <li key={doc}>{doc}</li>
                ))}
              </ol>
            </Row>
          )}
          {kind === 'receipt' && attachments && attachments.length > 0 && (
            <Row label={t('slip.attachments')}>
              <ol style={{ margin: 0, paddingLeft: 18 }} data-testid="slip-attachments">
                {attachments.map((f) => (
                  <li key={f.id}>
                    {f.label ? `${f.label}: ` : ''}
                    {f.filename} ({formatFileSize(f.size)})
                  </li>
                ))}
              </ol>
            </Row>
          )}
          {kind === 'receipt' && (
            <>
              <Row label={t('slip.receivedAt')}>{formatDateTimeVi(dossier.receivedAt)}</Row>
              <Row label={t('slip.dueAt')}>
                <span className="big">{formatDateTimeVi(dossier.dueAt)}</span>
              </Row>
              <Row label={t('slip.returnMethod')}>{t(`via.${returnMethod}`)}</Row>
            </>
          )}
          {reason && <Row label={t('slip.reason')}>{reason}</Row>}
        </tbody>
      </table>
      <div className="slip-signs">
        <div>
          <b>{t('slip.applicantSign')}</b>
          <div>
            <i>{t('slip.signHint')}</i>
          </div>
        </div>
        <div>
          <b>{t('slip.officer')}</b>
          <div>
            <i>{t('slip.signHint')}</i>
          </div>
          <div style={{ marginTop: 56 }}>{officerName}</div>
        </div>
      </div>
    </div>
  );
}
