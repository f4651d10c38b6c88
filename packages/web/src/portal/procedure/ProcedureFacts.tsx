import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { LevelBadge, OnlineBadge } from '../components/Badges';
import { useNarrow } from '../components/useNarrow';
import { feeText, workingDaysText } from '../format';
import type { Procedure } from '../types';

/** Code, field, level, time (working days), fee and online level of a procedure. */
export function ProcedureFacts({ procedure }: { procedure: Procedure }) {
  const { t } = useTranslation('portal');
  const narrow = useNarrow();
  return (
    <Descriptions
      layout={narrow ? 'vertical' : 'horizontal'}
      bordered
      size="small"
      column={{ xs: 1, sm: 1, md: 2 }}
      items={[
        { key: 'code', label: t('procedure.code'), children: procedure.code },
        { key: 'field', label: t('procedure.field'), children: procedure.field },
        { key: 'level', label: t('procedure.level'), children: <LevelBadge level={procedure.level} /> },
        { key: 'online', label: t('procedure.online'), children: <OnlineBadge level={procedure.onlineLevel} long /> },
        {
          key: 'time',
          label: t('procedure.time'),
          children: (
            <>
              <strong>{workingDaysText(procedure.workingDays, t)}</strong>
              <div className="portal-timeline-detail">{t('procedure.timeNote')}</div>
            </>
          ),
        },
        { key: 'fee', label: t('procedure.fee'), children: <strong>{feeText(procedure.fee, t)}</strong> },
      ]}
    />
  );
}
