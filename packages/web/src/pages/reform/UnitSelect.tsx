import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { listUnits } from '../../api/endpoints';

/** The committee itself or a department/commune directly below it (a Form.Item control). */
export function UnitSelect({ unit, value, onChange, id }: { unit: string; value?: string; onChange?: (v: string) => void; id?: string }) {
  const below = useQuery({ queryKey: ['units', 'children', unit, 'latest'], queryFn: () => listUnits({ parent: unit }) });
  return (
    <Select
      {...(id ? { id } : {})}
      showSearch={{ optionFilterProp: 'label' }}
      value={value ?? null}
      {...(onChange ? { onChange } : {})}
      loading={below.isLoading}
      options={[{ value: unit, label: unit }, ...(below.data ?? []).map((u) => ({ value: u.code, label: `${u.name} (${u.code})` }))]}
    />
  );
}
