import { formatDateVi } from '@motcua/core';
import { Collapse, Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DossierView } from '../../api/types';
import { TimelinessTag } from '../../components/Tags';
import { formatDateTimeVi, formatDecimalVi } from '../../lib/format';

/** How the due instant was computed: the officer must be able to explain it to the citizen. */
function DueExplanationView({ dossier }: { dossier: DossierView }) {
  const { t } = useTranslation();
  const e = dossier.dueExplanation;
  if (!e) return <Typography.Text type="secondary">{dossier.dueIsExplicit ? t('dossier.dueExplicit') : t('dossier.dueNone')}</Typography.Text>;
  const holidays = e.skippedDays.filter((d) => d.reason === 'day_off');
  const weekends = e.skippedDays.length - holidays.length;
  return (
    <Descriptions size="small" column={1} bordered>
      <Descriptions.Item label={t('dossier.dueExplanation.receivedAt')}>{formatDateTimeVi(dossier.receivedAt)}</Descriptions.Item>
      <Descriptions.Item label={t('dossier.dueExplanation.budget')}>
        {t('dossier.dueExplanation.budgetValue', { days: formatDecimalVi(dossier.workingDays), hours: formatDecimalVi(e.budgetHours) })}
      </Descriptions.Item>
      <Descriptions.Item label={t('dossier.dueExplanation.paused')}>
        {t('dossier.dueExplanation.pausedValue', { hours: formatDecimalVi(e.pausedHours) })}
        {dossier.pauses.map((p) => (
          <div key={p.start} className="payload-line">
            {t(`dossier.pauseKind.${p.kind}`)}: {formatDateTimeVi(p.start)} → {p.end ? formatDateTimeVi(p.end) : t('dossier.pauseOpen')}
          </div>
        ))}
      </Descriptions.Item>
      <Descriptions.Item label={t('dossier.dueExplanation.skipped')}>
        {e.skippedDays.length === 0 ? (
          t('dossier.dueExplanation.noneSkipped')
        ) : (
          <Space orientation="vertical" size={4}>
            <span>{t('dossier.dueExplanation.weekends', { value: weekends })}</span>
            {holidays.length > 0 && (
              <span>
                {t('dossier.dueExplanation.holidays')}:{' '}
                {holidays.map((d) => (
                  <Tag key={d.date}>{formatDateVi(d.date)}</Tag>
                ))}
              </span>
            )}
          </Space>
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('dossier.dueExplanation.dueAtLabel')}>
        <strong>{formatDateTimeVi(dossier.dueAt)}</strong>
        <div className="payload-line">{t('dossier.dueExplanation.rule')}</div>
      </Descriptions.Item>
    </Descriptions>
  );
}

export function DueSection({ dossier }: { dossier: DossierView }) {
  const { t } = useTranslation();
  const paused = dossier.pauses.some((p) => p.end === null);
  return (
    <div>
      <Typography.Text type="secondary">{t('dossier.due')}</Typography.Text>
      <div className="due-big">
        {dossier.dueAt ? formatDateTimeVi(dossier.dueAt) : paused ? t('dossier.dueHidden') : t('dossier.dueNone')}{' '}
        <TimelinessTag value={dossier.timeliness} />
      </div>
      {dossier.apology && (
        <Typography.Text type="warning">
          {t('dossier.apologyNote', { at: formatDateTimeVi(dossier.apology.newAppointment) || t('common.empty') })}
        </Typography.Text>
      )}
      <Collapse
        ghost
        size="small"
        items={[{ key: 'how', label: t('dossier.howDue'), children: <DueExplanationView dossier={dossier} /> }]}
      />
    </div>
  );
}
