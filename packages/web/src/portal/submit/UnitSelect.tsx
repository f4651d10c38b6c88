import { foldVietnamese, vietnameseCollator } from '@motcua/core';
import { Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../types';

interface Props {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  units: Unit[];
  loading: boolean;
}

/** The receiving commune or ward: typed without diacritics too ("duc tho" finds "Xã Đức Thọ"). */
export function UnitSelect({ id, value, onChange, units, loading }: Props) {
  const { t } = useTranslation('portal');
  const options = useMemo(
    () =>
      [...units]
        .sort((a, b) => vietnameseCollator.compare(a.name, b.name))
        .map((u) => ({ value: u.code, label: u.name, search: foldVietnamese(u.name) })),
    [units],
  );
  return (
    <Select
      {...(id ? { id } : {})}
      value={value}
      onChange={(v: string | undefined) => onChange?.(v)}
      size="large"
      allowClear
      loading={loading}
      placeholder={t('submit.unitPlaceholder')}
      notFoundContent={t('submit.unitNone')}
      showSearch={{ filterOption: (input, option) => (option?.search ?? '').includes(foldVietnamese(input)) }}
      options={options}
      style={{ width: '100%' }}
    />
  );
}
