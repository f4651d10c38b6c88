import { formatNumberVi } from '@motcua/core';
import { Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Procedure } from '../../api/types';
import { formatDecimalVi } from '../../lib/format';

const ONLINE_COLOR = { full: 'green', partial: 'blue', none: 'default' } as const;

/** Time, fee and online level: what the officer tells the applicant before receiving. */
export function ProcedureInfo({ procedure }: { procedure: Procedure }) {
  const { t } = useTranslation();
  return (
    <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
      <Descriptions.Item label={t('reception.procedureField')}>{procedure.field}</Descriptions.Item>
      <Descriptions.Item label={t('reception.procedureLevel')}>{t(`level.${procedure.level}`)}</Descriptions.Item>
      <Descriptions.Item label={t('reception.time')}>
        <strong>{t('common.workingDays', { value: formatDecimalVi(procedure.workingDays) })}</strong>
      </Descriptions.Item>
      <Descriptions.Item label={t('reception.fee')}>
        {procedure.fee ? t('reception.feeValue', { amount: formatNumberVi(procedure.fee) }) : t('reception.feeNone')}
      </Descriptions.Item>
      <Descriptions.Item label={t('reception.onlineLevel')} span="filled">
        <Tag color={ONLINE_COLOR[procedure.onlineLevel]}>{t(`onlineLevel.${procedure.onlineLevel}`)}</Tag>
      </Descriptions.Item>
    </Descriptions>
  );
}
