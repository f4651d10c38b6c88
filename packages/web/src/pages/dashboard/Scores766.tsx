import { formatNumberVi, formatPercentVi } from '@motcua/core';
import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IndicatorFigures, IndicatorsResponse } from '../../api/types';
import { formatDecimalVi } from '../../lib/format';

const n = formatNumberVi;

function Score({ value, max }: { value: number | null; max: number }) {
  const { t } = useTranslation('dashboard');
  if (value === null) return <Typography.Text type="secondary">{t('indicators.notScored')}</Typography.Text>;
  return (
    <Typography.Text strong className="score-value">
      {formatDecimalVi(value)} {t('indicators.max', { max })}
    </Typography.Text>
  );
}

/**
 * The Decision 766 sub-scores as the API computed them, each with its formula and the unit's
 * counts put into it (the score itself is never recomputed here).
 */
export function Scores766({ figures, procedures }: { figures: IndicatorFigures; procedures: IndicatorsResponse['procedures'] | undefined }) {
  const { t } = useTranslation('dashboard');
  const s = figures.scores766;
  const bad = figures.handledDissatisfiedOrOverdue;
  return (
    <Descriptions size="small" column={1} bordered className="scores-766">
      <Descriptions.Item label={t('indicators.progress')}>
        <Score value={s.progress} max={20} />
        <div className="formula">{t('indicators.progressFormula')}</div>
        {figures.handled > 0 && <div className="formula-worked">{t('indicators.progressWorked', { onTime: n(figures.handledOnTime), handled: n(figures.handled) })}</div>}
      </Descriptions.Item>
      <Descriptions.Item label={t('indicators.satisfactionScore')}>
        <Score value={s.satisfaction} max={6} />
        <div className="formula">{t('indicators.satisfactionFormula')}</div>
        {figures.handled > 0 && (
          <div className="formula-worked">
            {t('indicators.satisfactionWorked', { handled: n(figures.handled), bad: n(bad), r: formatPercentVi(figures.handled - bad, figures.handled) })}
          </div>
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('indicators.onlineService')}>
        <Score value={s.onlineService} max={12} />
        <div className="formula">{t('indicators.onlineServiceFormula')}</div>
        {procedures && procedures.total > 0 && s.onlineService !== null && (
          <div className="formula-worked">
            {t('indicators.onlineServiceWorked', {
              online: n(procedures.online),
              total: n(procedures.total),
              a: formatPercentVi(procedures.online, procedures.total),
              used: n(procedures.onlineUsed),
              b: formatPercentVi(procedures.onlineUsed, procedures.online),
              onlineDossiers: n(figures.receivedOnline),
              dossiers: n(figures.receivedNew),
              c: formatPercentVi(figures.receivedOnline, figures.receivedNew),
            })}
          </div>
        )}
      </Descriptions.Item>
    </Descriptions>
  );
}
