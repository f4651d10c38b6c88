import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Col, Form, Input, InputNumber, Modal, Row, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { putProcedure } from '../../api/endpoints';
import type { OnlineLevel, Procedure, ProcedureBody, ProcedureLevel, ProcedureStep } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDecimalVi } from '../../lib/format';
import { stepsMatch, stepsTotal } from './steps';
import { useIdempotencyKey } from './useIdempotentMutation';

interface FormShape {
  name: string;
  field: string;
  level: ProcedureLevel;
  workingDays: number;
  onlineLevel: OnlineLevel;
  fee?: number | null;
  documents?: string;
  steps?: Partial<ProcedureStep>[];
}

export function toBody(v: FormShape): ProcedureBody {
  const docs = (v.documents ?? '')
    .split('\n')
    .map((d) => d.trim())
    .filter(Boolean);
  const steps = (v.steps ?? []).map((s) => ({
    name: (s.name ?? '').trim(),
    ...(s.department?.trim() ? { department: s.department.trim() } : {}),
    workingDays: Number(s.workingDays),
  }));
  return {
    name: v.name.trim(),
    field: v.field.trim(),
    level: v.level,
    workingDays: v.workingDays,
    onlineLevel: v.onlineLevel,
    ...(v.fee !== undefined && v.fee !== null ? { fee: v.fee } : {}),
    requiredDocuments: docs,
    steps,
  };
}

/** The live "x / y days" line under the steps, red while they do not add up. */
function StepsSum() {
  const { t } = useTranslation('admin');
  const form = Form.useFormInstance<FormShape>();
  const steps = (Form.useWatch('steps', form) ?? []) as Partial<ProcedureStep>[];
  const total = Form.useWatch('workingDays', form) as number | undefined;
  if (!steps.length) return null;
  const parts = steps.map((s) => ({ workingDays: Number(s?.workingDays ?? 0) }));
  const ok = total !== undefined && stepsMatch(total, parts);
  return (
    <Typography.Text type={ok ? 'success' : 'danger'} data-testid="steps-sum">
      {t('procedures.form.stepsSum', { sum: formatDecimalVi(stepsTotal(parts)), total: total === undefined ? '—' : formatDecimalVi(total) })}
    </Typography.Text>
  );
}

/** Edit a procedure, its required documents and its steps; saving makes a new version. */
export function ProcedureEditor({ procedure, onClose }: { procedure: Procedure; onClose: () => void }) {
  const { t } = useTranslation('admin');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<FormShape>();
  const keyFor = useIdempotencyKey();
  const [error, setError] = useState<unknown>();
  const mutation = useMutation({
    mutationFn: ({ body, key }: { body: ProcedureBody; key: string }) => putProcedure(procedure.code, body, key),
    onSuccess: (p) => {
      void queryClient.invalidateQueries({ queryKey: ['procedures'] });
      void message.success(t('procedures.savedVersion', { code: p.code, version: p.version }));
      onClose();
    },
    onError: setError,
  });

  const submit = async () => {
    const v = await form.validateFields();
    const body = toBody(v);
    setError(undefined);
    mutation.mutate({ body, key: keyFor(body) });
  };

  return (
    <Modal
      open
      width={920}
      title={t('procedures.edit', { code: procedure.code })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: mutation.isPending }}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <Alert className="mb" type="info" showIcon title={t('procedures.form.newVersion')} />
      {error !== undefined && (
        <div className="mb">
          <ErrorAlert error={error} />
        </div>
      )}
      <Form<FormShape>
        form={form}
        layout="vertical"
        disabled={mutation.isPending}
        initialValues={{
          name: procedure.name,
          field: procedure.field,
          level: procedure.level,
          workingDays: procedure.workingDays,
          onlineLevel: procedure.onlineLevel,
          fee: procedure.fee,
          documents: procedure.requiredDocuments.join('\n'),
          steps: procedure.steps,
        }}
      >
        <ProcedureFields />
      </Form>
    </Modal>
  );
}

/** The fields (also rendered alone in the tests). */
export function ProcedureFields() {
  const { t } = useTranslation('admin');
  const { t: tc } = useTranslation();
  const required = { required: true, message: t('procedures.form.required') };
  return (
    <>
      <Form.Item name="name" label={t('procedures.form.name')} rules={[required]}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name="field" label={t('procedures.form.field')} rules={[required]}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="level" label={t('procedures.form.level')} rules={[required]}>
            <Select options={(['province', 'district', 'commune'] as const).map((l) => ({ value: l, label: tc(`level.${l}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="onlineLevel" label={t('procedures.form.onlineLevel')} rules={[required]}>
            <Select options={(['full', 'partial', 'none'] as const).map((l) => ({ value: l, label: t(`procedures.online.${l}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item
            name="workingDays"
            label={t('procedures.form.workingDays')}
            rules={[required, { type: 'number', min: 0.01, message: t('procedures.form.positive') }]}
          >
            <InputNumber<number> min={0} step={0.5} decimalSeparator="," style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item name="fee" label={t('procedures.form.fee')}>
            <InputNumber<number> min={0} step={1000} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="documents" label={t('procedures.form.requiredDocuments')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
      </Form.Item>
      <Typography.Text strong>{t('procedures.form.steps')}</Typography.Text>
      <Form.List name="steps">
        {(fields, { add, remove }, { errors }) => (
          <div className="steps-editor">
            {fields.map((f, i) => (
              <Space key={f.key} align="start" className="step-row" wrap>
                <span className="step-no">{i + 1}.</span>
                <Form.Item name={[f.name, 'name']} rules={[required]} className="step-name">
                  <Input placeholder={t('procedures.form.stepName')} aria-label={`${t('procedures.form.stepName')} ${i + 1}`} />
                </Form.Item>
                <Form.Item name={[f.name, 'department']}>
                  <Input placeholder={t('procedures.form.department')} aria-label={`${t('procedures.form.department')} ${i + 1}`} style={{ width: 220 }} />
                </Form.Item>
                <Form.Item
                  name={[f.name, 'workingDays']}
                  dependencies={['workingDays']}
                  rules={[required, { type: 'number', min: 0.01, message: t('procedures.form.positive') }]}
                >
                  <InputNumber<number>
                    min={0}
                    step={0.5}
                    decimalSeparator=","
                    placeholder={t('procedures.form.stepDays')}
                    aria-label={`${t('procedures.form.stepDays')} ${i + 1}`}
                    style={{ width: 100 }}
                  />
                </Form.Item>
                <Button icon={<DeleteOutlined />} aria-label={`${t('common.remove')} ${i + 1}`} onClick={() => remove(f.name)} />
              </Space>
            ))}
            <Form.ErrorList errors={errors} />
            <Space>
              <Button icon={<PlusOutlined />} onClick={() => add({ name: '', workingDays: undefined })}>
                {t('procedures.form.addStep')}
              </Button>
              <StepsSum />
            </Space>
            <StepsRule />
          </div>
        )}
      </Form.List>
    </>
  );
}

/** A hidden field whose rule checks the steps' sum against the procedure's time on submit. */
function StepsRule() {
  const { t } = useTranslation('admin');
  return (
    <Form.Item
      name="__stepsSum"
      dependencies={['workingDays', 'steps']}
      rules={[
        ({ getFieldValue }) => ({
          validator: async () => {
            const steps = ((getFieldValue('steps') as Partial<ProcedureStep>[] | undefined) ?? []).map((s) => ({ workingDays: Number(s?.workingDays ?? 0) }));
            const total = getFieldValue('workingDays') as number | undefined;
            if (total === undefined || total === null || stepsMatch(total, steps)) return;
            throw new Error(t('procedures.form.stepsMismatch', { sum: formatDecimalVi(stepsTotal(steps)), total: formatDecimalVi(total) }));
          },
        }),
      ]}
      className="steps-rule"
    >
      <input type="hidden" />
    </Form.Item>
  );
}
