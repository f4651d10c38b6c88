import { useQuery } from '@tanstack/react-query';
import { Select, Spin, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { searchProcedures } from '../../api/endpoints';
import type { Procedure, ProcedureLevel } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
  return debounced;
}

/**
 * Search is server-side (`q` is folded like f_unaccent_vi, so "khai sinh" finds "Khai sinh"):
 * the catalogue has hundreds of procedures, more than a local filter should hold.
 */
export function ProcedurePicker({
  level,
  value,
  onChange,
}: {
  level: ProcedureLevel | undefined;
  value: Procedure | undefined;
  onChange: (p: Procedure | undefined) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 250);
  const query = useQuery({
    queryKey: ['procedures', level, q],
    queryFn: ({ signal }) => searchProcedures(q, level, signal),
    placeholderData: (prev) => prev,
  });
  const items = query.data?.items ?? [];

  return (
    <>
      <Select
        showSearch={{ filterOption: false, onSearch: setText }}
        allowClear
        size="large"
        style={{ width: '100%' }}
        aria-label={t('reception.procedure')}
        placeholder={t('reception.procedurePlaceholder')}
        value={value?.code}
        notFoundContent={query.isFetching ? <Spin size="small" /> : t('reception.noProcedureFound')}
        onChange={(code: string | undefined) => onChange(items.find((p) => p.code === code))}
        onClear={() => onChange(undefined)}
        options={items.map((p) => ({
          value: p.code,
          label: (
            <span title={p.name}>
              <Tag className="mono">{p.code}</Tag>
              {p.name}
            </span>
          ),
        }))}
        popupMatchSelectWidth
      />
      {query.isError && <ErrorAlert error={query.error} />}
    </>
  );
}
