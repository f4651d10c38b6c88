import { Descriptions, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTimeVi } from '../../lib/format';
import { useNarrow } from '../components/useNarrow';
import { eventLabel, humaniseInstants } from '../format';
import type { PublicDossier } from '../types';

const PAUSED = new Set(['awaiting_supplement', 'awaiting_obligation']);

/** Status, procedure, office and the key instants (Vietnam time, dd/MM/yyyy HH:mm). */
export function DossierFacts({ dossier }: { dossier: PublicDossier }) {
  const { t } = useTranslation('portal');
  const narrow = useNarrow();
  const rows: { key: string; label: string; children: ReactNode }[] = [
    {
      key: 'status',
      label: t('result.status'),
      children: <span className="portal-status">{t(`status.${dossier.status}`, { defaultValue: dossier.statusLabel })}</span>,
    },
    { key: 'procedure', label: t('result.procedure'), children: dossier.procedure.name },
    { key: 'unit', label: t('result.unit'), children: dossier.unit.name },
    { key: 'submitted', label: t('result.submittedAt'), children: formatDateTimeVi(dossier.submittedAt) || t('common.empty') },
    { key: 'received', label: t('result.receivedAt'), children: formatDateTimeVi(dossier.receivedAt) || t('result.notReceived') },
  ];
  if (dossier.dueAt) rows.push({ key: 'due', label: t('result.dueAt'), children: <strong>{formatDateTimeVi(dossier.dueAt)}</strong> });
  // While paused for a supplement or a fee the API has no due instant: say why instead of leaving a gap.
  else if (PAUSED.has(dossier.status)) rows.push({ key: 'due', label: t('result.dueAt'), children: t('result.duePaused') });
  if (dossier.newAppointment) {
    rows.push({ key: 'appointment', label: t('result.newAppointment'), children: <strong>{formatDateTimeVi(dossier.newAppointment)}</strong> });
  }
  if (dossier.resultReturned) {
    const { at, via } = dossier.resultReturned;
    rows.push({
      key: 'returned',
      label: t('result.resultReturned'),
      children: t('result.resultReturnedValue', { at: formatDateTimeVi(at), via: t(`via.${via}`, { defaultValue: via }) }),
    });
  }
  if (dossier.rating) rows.push({ key: 'rating', label: t('result.rating'), children: t(`rating.${dossier.rating}`, { defaultValue: dossier.rating }) });
  return <Descriptions layout={narrow ? 'vertical' : 'horizontal'} bordered size="small" column={1} items={rows} />;
}

/** What happened, oldest first, in plain words (internal hand-overs carry no names). */
export function DossierTimeline({ dossier }: { dossier: PublicDossier }) {
  const { t } = useTranslation('portal');
  return (
    <section className="portal-panel" aria-labelledby="portal-timeline">
      <Typography.Title level={2} id="portal-timeline">
        {t('result.timeline')}
      </Typography.Title>
      {dossier.timeline.length === 0 ? (
        <Typography.Paragraph>{t('result.timelineEmpty')}</Typography.Paragraph>
      ) : (
        <ol className="portal-timeline">
          {dossier.timeline.map((e, i) => (
            <li key={`${i}-${e.at}`}>
              <span className="portal-timeline-at">{formatDateTimeVi(e.at)}</span>
              <span className="portal-timeline-label">{eventLabel(e, t)}</span>
              {e.detail && <span className="portal-timeline-detail">{humaniseInstants(e.detail)}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
