import type { ReturnVia } from '@motcua/core';
import { Button, Card, Checkbox, Col, Form, Input, Modal, Radio, Row, Space, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Procedure } from '../../api/types';
import { citizenIdOk, emailOk, phoneOk } from '../../lib/validators';

export interface ReceptionValues {
  documents: string[];
  name: string;
  idNumber: string;
  phone?: string;
  address?: string;
  email?: string;
  channel: 'direct' | 'postal';
  returnMethod: ReturnVia;
}

/** What the officer decided at the counter. */
export type ReceptionOutcome = { kind: 'received' } | { kind: 'supplement'; reason: string } | { kind: 'refused'; reason: string };

const APPLICANT_FIELDS = ['name', 'idNumber', 'phone', 'address', 'email', 'channel', 'returnMethod'] as const;

function ChecklistItem({ documents }: { documents: string[] }) {
  const { t } = useTranslation();
  if (documents.length === 0) return <Typography.Text type="secondary">{t('reception.checklistEmpty')}</Typography.Text>;
  return (
    <Form.Item
      name="documents"
      rules={[
        {
          // Receiving needs every listed document; a missing one is a supplement request instead.
          validator: (_, value: string[] | undefined) => {
            const missing = documents.length - (value?.length ?? 0);
            return missing > 0 ? Promise.reject(new Error(t('reception.checklistIncomplete', { count: missing }))) : Promise.resolve();
          },
        },
      ]}
    >
      <Checkbox.Group className="checklist">
        {/* One document per line: the officer reads down the list while checking the papers. */}
        <Space orientation="vertical" size={6}>
          {documents.map((d, i) => (
            <Checkbox key={d} value={d}>
              {i + 1}. {d}
            </Checkbox>
          ))}
        </Space>
      </Checkbox.Group>
    </Form.Item>
  );
}

function ApplicantFields() {
  const { t } = useTranslation();
  return (
    <Row gutter={12}>
      <Col xs={24} md={12}>
        <Form.Item name="name" label={t('reception.name')} rules={[{ required: true, whitespace: true, message: t('reception.nameRequired') }]}>
          <Input maxLength={200} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name="idNumber"
          label={t('reception.idNumber')}
          rules={[
            { required: true, whitespace: true, message: t('reception.idNumberRequired') },
            {
              validator: (_, v: string | undefined) =>
                !v?.trim() || citizenIdOk(v) ? Promise.resolve() : Promise.reject(new Error(t('reception.idNumberInvalid'))),
            },
          ]}
        >
          <Input inputMode="numeric" maxLength={12} placeholder={t('reception.idNumberPlaceholder')} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name="phone"
          label={t('reception.phone')}
          rules={[{ validator: (_, v: string | undefined) => (phoneOk(v) ? Promise.resolve() : Promise.reject(new Error(t('reception.phoneInvalid')))) }]}
        >
          <Input inputMode="tel" maxLength={16} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name="email"
          label={t('reception.email')}
          rules={[{ validator: (_, v: string | undefined) => (emailOk(v) ? Promise.resolve() : Promise.reject(new Error(t('reception.emailInvalid')))) }]}
        >
          <Input inputMode="email" maxLength={200} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item name="address" label={t('reception.address')}>
          <Input maxLength={500} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="channel" label={t('reception.channel')}>
          <Radio.Group
            optionType="button"
            options={(['direct', 'postal'] as const).map((c) => ({ value: c, label: t(`channel.${c}`) }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="returnMethod" label={t('reception.returnMethod')} extra={t('reception.returnMethodHint')}>
          <Radio.Group
            optionType="button"
            options={(['counter', 'postal'] as const).map((v) => ({ value: v, label: t(`via.${v}`) }))}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}

/** Asks for the reason of a supplement request or a refusal (both legally need one). */
function ReasonModal({
  kind,
  onCancel,
  onOk,
}: {
  kind: 'supplement' | 'refused' | undefined;
  onCancel: () => void;
  onOk: (reason: string) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open={kind !== undefined}
      title={kind === 'refused' ? t('reception.refuse') : t('reception.requestSupplement')}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={kind === 'refused' ? { danger: true } : {}}
      onCancel={onCancel}
      onOk={() =>
        void form.validateFields().then(
          (v) => onOk(v.reason.trim()),
          () => undefined, // the message is shown under the field
        )
      }
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="reason" label={t('reception.reason')} rules={[{ required: true, whitespace: true, message: t('reception.reasonRequired') }]}>
          <Input.TextArea
            rows={4}
            maxLength={2000}
            placeholder={kind === 'refused' ? t('reception.refuseReasonPlaceholder') : t('reception.supplementReasonPlaceholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * The counter form for one chosen procedure: documents checklist, applicant, channel and
 * result delivery, then the decision. No network here, so validation is unit-tested.
 */
export function ReceptionForm({
  procedure,
  busy,
  onSubmit,
  scans,
}: {
  procedure: Procedure;
  busy: boolean;
  onSubmit: (values: ReceptionValues, outcome: ReceptionOutcome) => void;
  /** The scans box (drag and drop), shown between the applicant and the decision buttons. */
  scans?: ReactNode;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ReceptionValues>();
  const [asking, setAsking] = useState<'supplement' | 'refused'>();
  const documents = procedure.requiredDocuments;
  const ticked = Form.useWatch('documents', form) ?? [];

  const receive = () =>
    void form.validateFields().then(
      (v) => onSubmit({ ...v, documents: v.documents ?? [] }, { kind: 'received' }),
      () => undefined, // antd shows the messages next to the fields.
    );
  // A supplement or a refusal does not need the checklist complete, only who the applicant is.
  const askReason = (kind: 'supplement' | 'refused') =>
    void form.validateFields([...APPLICANT_FIELDS]).then(
      () => setAsking(kind),
      () => undefined,
    );

  return (
    <Form<ReceptionValues>
      form={form}
      layout="vertical"
      disabled={busy}
      initialValues={{ documents: [], channel: 'direct', returnMethod: 'counter' }}
      scrollToFirstError
    >
      <Card
        size="small"
        title={t('reception.checklist')}
        className="mb"
        extra={
          documents.length > 0 && (
            <Button size="small" onClick={() => form.setFieldValue('documents', [...documents])}>
              {t('reception.checkAll')} ({ticked.length}/{documents.length})
            </Button>
          )
        }
      >
        <ChecklistItem documents={documents} />
      </Card>
      <Card size="small" title={t('reception.applicant')} className="mb">
        <ApplicantFields />
      </Card>
      {scans}
      <Space wrap>
        <Button type="primary" size="large" onClick={receive} loading={busy}>
          {t('reception.receive')}
        </Button>
        <Button size="large" onClick={() => askReason('supplement')}>
          {t('reception.requestSupplement')}
        </Button>
        <Button size="large" danger onClick={() => askReason('refused')}>
          {t('reception.refuse')}
        </Button>
      </Space>
      <ReasonModal
        kind={asking}
        onCancel={() => setAsking(undefined)}
        onOk={(reason) => {
          const kind = asking;
          setAsking(undefined);
          if (kind) onSubmit({ ...form.getFieldsValue(true), documents: form.getFieldValue('documents') ?? [] }, { kind, reason });
        }}
      />
    </Form>
  );
}
