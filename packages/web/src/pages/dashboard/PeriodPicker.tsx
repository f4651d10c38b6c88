import { DatePicker, InputNumber, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { NAMED_PARTS, periodRangeText, type NamedPart, type PeriodSelection } from './periods';

type PartValue = NamedPart | 'custom';

/** Named periods (15th → 14th) of a year, or custom dates. */
export function PeriodPicker({ value, onChange }: { value: PeriodSelection; onChange: (v: PeriodSelection) => void }) {
  const { t } = useTranslation('dashboard');
  const part: PartValue = value.kind === 'named' ? value.part : 'custom';
  const year = value.kind === 'named' ? value.year : Number(value.to.slice(0, 4)) || new Date().getFullYear();
  const range = periodRangeText(value);
  return (
    <Space wrap align="center">
      <Select<PartValue>
        aria-label={t('filters.period')}
        value={part}
        style={{ width: 170 }}
        onChange={(p) => {
          if (p === 'custom') {
            // Start from the dates of the named period shown so far.
            const text = value.kind === 'named' ? periodRangeText(value) : '';
            const [from, to] = text.split(' – ').map((d) => d.split('/').reverse().join('-'));
            onChange({ kind: 'custom', from: from ?? `${year}-01-01`, to: to ?? `${year}-12-31` });
          } else onChange({ kind: 'named', year, part: p });
        }}
        options={[...NAMED_PARTS, 'custom' as const].map((p) => ({ value: p, label: t(`part.${p}`) }))}
      />
      {value.kind === 'named' ? (
        <InputNumber<number>
          aria-label={t('filters.year')}
          min={2000}
          max={2100}
          value={year}
          onChange={(y) => y && onChange({ ...value, year: y })}
          style={{ width: 96 }}
        />
      ) : (
        <DatePicker.RangePicker
          aria-label={t('filters.custom')}
          format="DD/MM/YYYY"
          allowClear={false}
          value={[dayjs(value.from), dayjs(value.to)]}
          onChange={(d) => {
            if (d?.[0] && d[1]) onChange({ kind: 'custom', from: d[0].format('YYYY-MM-DD'), to: d[1].format('YYYY-MM-DD') });
          }}
        />
      )}
      {range ? (
        <Typography.Text type="secondary" data-testid="period-range">
          {t('filters.range', { range })}
        </Typography.Text>
      ) : (
        <Typography.Text type="danger">{t('filters.invalidRange')}</Typography.Text>
      )}
    </Space>
  );
}
