import { CheckCircleFilled } from '@ant-design/icons';
import { Button, Descriptions, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatDateTimeVi } from '../../lib/format';
import { ScanResults } from '../attachments/ScanResults';
import type { CitizenScans } from '../attachments/useCitizenScans';
import { useNarrow } from '../components/useNarrow';
import type { PublicDossier } from '../types';

/** After a submission: the dossier code, big and copyable, and how to look it up later. */
export function SubmitSuccess({ dossier, scans }: { dossier: PublicDossier; scans?: CitizenScans }) {
  const { t } = useTranslation('portal');
  const navigate = useNavigate();
  const narrow = useNarrow();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  return (
    <section className="portal-panel" aria-labelledby="portal-success-title">
      <Typography.Title level={1} id="portal-success-title" ref={heading} tabIndex={-1}>
        <CheckCircleFilled style={{ color: '#237804', marginRight: 8 }} aria-hidden />
        {t('success.title')}
      </Typography.Title>
      <div className="portal-code-box">
        <div className="portal-label">{t('success.codeLabel')}</div>
        <Typography.Paragraph copyable={{ text: dossier.code }} className="portal-code" style={{ marginBottom: 0 }}>
          {dossier.code}
        </Typography.Paragraph>
      </div>
      <Typography.Paragraph strong>{t('success.keep')}</Typography.Paragraph>
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
