import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import { usePageTitle } from '../components/usePageTitle';
import type { PublicDossier } from '../types';
import { DossierFacts, DossierTimeline } from './DossierSummary';
import { LookupForm } from './LookupForm';
import { RatingForm } from './RatingForm';
import { SupplementForm } from './SupplementForm';
import { useDossierLookup } from './useDossierLookup';

function ResultHeading({ dossier, busy, onRefresh }: { dossier: PublicDossier; busy: boolean; onRefresh: () => void }) {
  const { t } = useTranslation('portal');
  const ref = useRef<HTMLHeadingElement>(null);
  // Move focus to the result so keyboard and screen-reader users land on it.
  useEffect(() => ref.current?.focus(), [dossier.code]);
  return (
    <div className="portal-cta">
      <Typography.Title level={2} ref={ref} tabIndex={-1} style={{ margin: 0, flex: '1 1 auto' }}>
        {t('result.heading', { code: dossier.code })}
      </Typography.Title>
      <Button icon={<ReloadOutlined />} loading={busy} onClick={onRefresh}>
        {t('lookup.refresh')}
      </Button>
    </div>
  );
}

/** /cong-dan/tra-cuu — status, due instant and timeline, then supplement or rating when allowed. */
export default function LookupPage() {
  const { t } = useTranslation('portal');
  usePageTitle(t('lookup.title'));
  // The code may arrive from the success page (navigation state) or from the QR code of the
  // receipt (Mẫu 01: ?ma=<code>); the proof (phone/CCCD) never travels in the URL.
  const [params] = useSearchParams();
  const initialCode = (useLocation().state as { code?: unknown } | null)?.code ?? params.get('ma') ?? undefined;
  const l = useDossierLookup();
  const d = l.dossier;

  return (
    <>
      <Typography.Title level={1}>{t('lookup.title')}</Typography.Title>
      <Typography.Paragraph className="portal-lead">{t('lookup.intro')}</Typography.Paragraph>
      <LookupForm
        initialCode={typeof initialCode === 'string' ? initialCode : undefined}
        busy={l.busy === 'lookup'}
        error={l.errorOf('lookup')}
        onLookup={(code, proof) => void l.lookup(code, proof)}
      />
      <Typography.Paragraph type="secondary">{t('lookup.privacy')}</Typography.Paragraph>
      {d && (
        <div>
          <ResultHeading dossier={d} busy={l.busy === 'lookup'} onRefresh={() => void l.refresh()} />
          {l.done && (
            <Alert
              type="success"
              showIcon
              className="portal-alert"
              role="status"
              title={l.done === 'supplement' && l.attached > 0 ? t('supplement.doneWithFiles', { count: l.attached }) : t(`${l.done}.done`)}
            />
          )}
          <section className="portal-panel">
            <DossierFacts dossier={d} />
          </section>
          {d.canSupplement && (
            <SupplementForm
              key={d.code}
              reason={d.supplementReason}
              busy={l.busy === 'supplement'}
              error={l.errorOf('supplement')}
              onSend={(note, attach) => void l.supplement(note, attach)}
            />
          )}
          {d.canRate && <RatingForm busy={l.busy === 'rating'} error={l.errorOf('rating')} onRate={(level) => void l.rate(level)} />}
          <DossierTimeline dossier={d} />
        </div>
      )}
    </>
  );
}
