import { Button, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatDateTimeVi } from '../../lib/format';
import { ScanResults } from '../attachments/ScanResults';
import type { CitizenScans } from '../attachments/useCitizenScans';
import { CodeReceipt } from '../components/CodeReceipt';
import { useNarrow } from '../components/useNarrow';
import type { PublicDossier } from '../types';

/** After a submission: the dossier code, big and copyable, and how to look it up later. */
export function SubmitSuccess({ dossier, scans }: { dossier: PublicDossier; scans?: CitizenScans }) {
  const { t } = useTranslation('portal');
  const navigate = useNavigate();
  const narrow = useNarrow();

  return (
    <section className="portal-panel" aria-labelledby="portal-success-title">
      <CodeReceipt headingId="portal-success-title" title={t('success.title')} codeLabel={t('success.codeLabel')} code={dossier.code} keep={t('success.keep')} />
      <Typography.Paragraph>{t('success.next', { unit: dossier.unit.name })}</Typography.Paragraph>
      <Descriptions
        layout={narrow ? 'vertical' : 'horizontal'}
        bordered
        size="small"
        column={1}
        items={[
          { key: 'procedure', label: t('result.procedure'), children: dossier.procedure.name },
          { key: 'unit', label: t('result.unit'), children: dossier.unit.name },
          { key: 'at', label: t('success.submittedAt'), children: formatDateTimeVi(dossier.submittedAt) },
          { key: 'status', label: t('result.status'), children: t(`status.${dossier.status}`, { defaultValue: dossier.statusLabel }) },
        ]}
      />
      {scans && <ScanResults scans={scans} />}
      <div className="portal-cta">
        {/* The code travels in navigation state; the phone/CCCD is typed again on the lookup page. */}
        <Button type="primary" size="large" onClick={() => void navigate('/cong-dan/tra-cuu', { state: { code: dossier.code } })}>
          {t('success.lookup')}
        </Button>
        <Button size="large" onClick={() => void navigate('/cong-dan')}>
          {t('success.catalogue')}
        </Button>
      </div>
    </section>
  );
}
