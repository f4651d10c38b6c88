import type { DossierStatus } from '@motcua/core';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Timeliness } from '../api/types';
import { STATUS_COLOR, TIMELINESS_COLOR } from '../lib/labels';

export function StatusTag({ status }: { status: DossierStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOR[status] ?? 'default'}>{t(`status.${status}`, { defaultValue: status })}</Tag>;
}

export function TimelinessTag({ value }: { value: Timeliness | null }) {
  const { t } = useTranslation();
  if (!value) return null;
  return <Tag color={TIMELINESS_COLOR[value]}>{t(`timeliness.${value}`)}</Tag>;
}
