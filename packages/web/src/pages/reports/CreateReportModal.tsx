import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, DatePicker, Form, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/client';
import { FormModal } from '../../components/FormModal';
import { useIdempotencyKey } from '../admin/useIdempotentMutation';
import { createReport, listReports, listReportTemplates, REPORT_KINDS, type CreateReportBody, type ReportKind, type ReportSummary, type ReportView, type TemplateSummary, type UnitScope } from './api';
import { ReportError } from './ReportError';
import { periodFields } from './reportLogic';

interface Values {
  unit: string;
  kind: ReportKind;
  year?: number;
  quarter?: 1 | 2 | 3 | 4;
  half?: 1 | 2;
  range?: [Dayjs, Dayjs];
  templateId?: number;
}

/** The report a duplicate-period 409 refers to: same unit, kind and period, the latest version. */
export function existingReport(all: readonly ReportSummary[], body: CreateReportBody): ReportSummary | undefined {
  return all
    .filter((r) => r.kind === body.kind && (body.period ? r.period === body.period : r.from === body.from && r.to === body.to))
    .sort((a, b) => b.version - a.version)[0];
}

/** Templates a unit of this level may use, the current ones first. */
export function templatesFor(all: readonly TemplateSummary[], level: string | undefined): TemplateSummary[] {
  const fits = (s: UnitScope) => s === 'any' || s === level;
  return all.filter((t) => fits(t.unitScope)).sort((a, b) => Number(a.validTo !== null) - Number(b.validTo !== null) || b.version - a.version);
}

/**
 * "Tạo báo cáo": unit, kind (quý, 6 tháng, 9 tháng, năm, tùy chọn), year and quarter/half or the
 * dates, and the template; POST /api/reports computes the draft, which then opens.
 */
export function CreateReportModal({
  units,
  defaultUnit,
  defaultYear,
  onClose,
}: {
  units: ReadonlyArray<{ code: string; name: string; level: string }>;
  defaultUnit: string;
  defaultYear: number;
  onClose: () => void;
}) {
  const { t } = useTranslation('reports');
  const [form] = Form.useForm<Values>();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const keyFor = useIdempotencyKey();
  const [last, setLast] = useState<CreateReportBody | undefined>();
  const templates = useQuery({ queryKey: ['report-templates'], queryFn: listReportTemplates, staleTime: 60_000 });
  const kind = Form.useWatch('kind', form) ?? 'half';
  const unit = Form.useWatch('unit', form) ?? defaultUnit;
  const level = units.find((u) => u.code === unit)?.level;
  const options = templatesFor(templates.data ?? [], level);

  const create = useMutation({
    mutationFn: (v: Values): Promise<ReportView> => {
      const period = periodFields({
        kind: v.kind,
        year: v.year,
        quarter: v.quarter,
        half: v.half,
        from: v.range?.[0].format('YYYY-MM-DD'),
        to: v.range?.[1].format('YYYY-MM-DD'),
      });
      const body: CreateReportBody = { unit: v.unit, kind: v.kind, ...period, ...(v.templateId !== undefined ? { templateId: v.templateId } : {}) };
      setLast(body);
      return createReport(body, keyFor(body));
    },
    onSuccess: (view) => {
      void queryClient.invalidateQueries({ queryKey: ['reports'] });
      queryClient.setQueryData(['report', view.id], view);
      onClose();
      void navigate(`/bao-cao/${view.id}`);
    },
  });

  // A report of this unit and period exists already (409): offer to open it instead.
  const duplicate = create.error instanceof ApiError && create.error.status === 409 && last !== undefined;
  const existing = useQuery({
    queryKey: ['reports', last?.unit, 'existing'],
    queryFn: () => listReports({ unit: last!.unit }),
    enabled: duplicate,
    select: (all) => (last ? existingReport(all, last) : undefined),
  });

  return (
    <FormModal<Values>
      form={form}
      // The error is shown in the report's own words below (ReportError), not the generic alert.
      mutation={{ isPending: create.isPending, error: null, mutate: create.mutate }}
      title={t('create.title')}
      okText={t('create.ok')}
      cancelText={t('cancel')}
      onClose={onClose}
      width={560}
      intro={
        <>
          <p className="muted">{t('create.intro')}</p>
          {create.error ? (
            <div className="mb">
              <ReportError error={create.error} />
              {duplicate && existing.data && (
                <Button
                  type="link"
                  onClick={() => {
                    onClose();
                    void navigate(`/bao-cao/${existing.data!.id}`);
                  }}
                >
                  {t('create.openExisting')}
                </Button>
              )}
            </div>
          ) : null}
        </>
      }
      formProps={{ initialValues: { unit: defaultUnit, kind: 'half', year: defaultYear, half: 1, quarter: 1 } }}
    >
      <Form.Item name="unit" label={t('create.unit')} rules={[{ required: true, message: t('create.unitRequired') }]}>
        <Select showSearch={{ optionFilterProp: 'label' }} options={units.map((u) => ({ value: u.code, label: `${u.name} (${u.code})` }))} />
      </Form.Item>
      <Form.Item name="kind" label={t('create.kind')} rules={[{ required: true }]}>
        <Select options={REPORT_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
      </Form.Item>
      {kind !== 'custom' && (
        <Form.Item name="year" label={t('create.year')} rules={[{ required: true, message: t('create.yearRequired') }]}>
          <InputNumber<number> min={2000} max={2100} style={{ width: 120 }} />
        </Form.Item>
      )}
      {kind === 'quarter' && (
        <Form.Item name="quarter" label={t('create.quarter')} rules={[{ required: true }]}>
          <Select options={([1, 2, 3, 4] as const).map((q) => ({ value: q, label: t(`quarter.${q}`) }))} />
        </Form.Item>
      )}
      {kind === 'half' && (
        <Form.Item name="half" label={t('create.half')} rules={[{ required: true }]}>
          <Select options={([1, 2] as const).map((h) => ({ value: h, label: t(`half.${h}`) }))} />
        </Form.Item>
      )}
      {kind === 'custom' && (
        <Form.Item name="range" label={t('create.range')} rules={[{ required: true, message: t('create.rangeRequired') }]}>
          <DatePicker.RangePicker format="DD/MM/YYYY" style={{ width: '100%' }} placeholder={[t('create.from'), t('create.to')]} />
        </Form.Item>
      )}
      <Form.Item name="templateId" label={t('create.template')} extra={t('create.templateHint')}>
        <Select
          allowClear
          loading={templates.isPending}
          placeholder={t('create.templateDefault')}
          options={options.map((o) => ({ value: o.id, label: `${o.name} — ${t('versionN', { n: o.version })}` }))}
        />
      </Form.Item>
    </FormModal>
  );
}
