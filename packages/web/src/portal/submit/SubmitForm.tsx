import { Button, Checkbox, Col, Form, Input, Radio, Row, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ScanPicker } from '../attachments/ScanPicker';
import type { CitizenScans } from '../attachments/useCitizenScans';
import { PortalError } from '../components/PortalError';
import type { Procedure, SubmitBody, Unit } from '../types';
import { buildSubmitBody, citizenIdValid, emailValid, phoneValid, type SubmitValues } from './submitBody';
import { UnitSelect } from './UnitSelect';

interface Props {
  procedure: Procedure;
  units: Unit[];
  unitsLoading: boolean;
  busy: boolean;
  error: unknown;
  /** Scans chosen here stay in the browser; the page sends them once the dossier exists. */
  scans: CitizenScans;
  onSubmit: (body: SubmitBody) => void;
}

const check = (ok: boolean, message: string) => (ok ? Promise.resolve() : Promise.reject(new Error(message)));

function DocumentChecklist({ documents }: { documents: string[] }) {
  const { t } = useTranslation('portal');
  if (documents.length === 0) return <Typography.Paragraph>{t('submit.documentsEmpty')}</Typography.Paragraph>;
  return (
    <Form.Item
      name="documents"
      label={t('submit.documentsHint')}
      rules={[
        {
          validator: (_, value: string[] | undefined) => {
            const missing = documents.length - (value?.length ?? 0);
            return check(missing <= 0, t('submit.documentsIncomplete', { count: missing }));
          },
        },
      ]}
    >
      <Checkbox.Group className="portal-checklist">
        <Space orientation="vertical" size={4}>
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
  const { t } = useTranslation('portal');
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item name="name" label={t('submit.name')} rules={[{ required: true, whitespace: true, message: t('submit.nameRequired') }]}>
          <Input size="large" maxLength={200} autoComplete="name" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name="idNumber"
          label={t('submit.idNumber')}
          extra={t('submit.idNumberHelp')}
          rules={[
            { required: true, whitespace: true, message: t('submit.idNumberRequired') },
            { validator: (_, v: string | undefined) => (v?.trim() ? check(citizenIdValid(v), t('submit.idNumberInvalid')) : Promise.resolve()) },
          ]}
        >
          <Input size="large" maxLength={12} inputMode="numeric" autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name="phone"
          label={t('submit.phone')}
          rules={[
            { required: true, whitespace: true, message: t('submit.phoneRequired') },
            { validator: (_, v: string | undefined) => (v?.trim() ? check(phoneValid(v), t('submit.phoneInvalid')) : Promise.resolve()) },
          ]}
        >
          <Input size="large" maxLength={20} inputMode="tel" autoComplete="tel" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="email" label={t('submit.email')} rules={[{ validator: (_, v: string | undefined) => check(emailValid(v), t('submit.emailInvalid')) }]}>
          <Input size="large" maxLength={200} inputMode="email" autoComplete="email" />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item name="address" label={t('submit.address')} rules={[{ required: true, whitespace: true, message: t('submit.addressRequired') }]}>
          <Input size="large" maxLength={500} autoComplete="street-address" />
        </Form.Item>
      </Col>
    </Row>
  );
}

/**
 * The online submission form. Validation runs in the browser with the same checks the API uses
 * (@motcua/core); the server's own answer (400/422/429) is shown above the button.
 */
export function SubmitForm({ procedure, units, unitsLoading, busy, error, scans, onSubmit }: Props) {
  const { t } = useTranslation('portal');
  return (
    <Form<SubmitValues>
      name="portal-submit"
      layout="vertical"
      className="portal-form"
      requiredMark
      disabled={busy}
      scrollToFirstError={{ focus: true, block: 'center' }}
      onFinish={(values) => onSubmit(buildSubmitBody(values, procedure.code))}
    >
      <section className="portal-panel" aria-labelledby="portal-submit-unit">
        <Typography.Title level={2} id="portal-submit-unit">
          {t('submit.unitSection')}
        </Typography.Title>
        <Form.Item name="unit" label={t('submit.unit')} rules={[{ required: true, message: t('submit.unitRequired') }]}>
          <UnitSelect units={units} loading={unitsLoading} />
        </Form.Item>
      </section>
      <section className="portal-panel" aria-labelledby="portal-submit-applicant">
        <Typography.Title level={2} id="portal-submit-applicant">
          {t('submit.applicantSection')}
        </Typography.Title>
        <ApplicantFields />
      </section>
      <section className="portal-panel" aria-labelledby="portal-submit-documents">
        <Typography.Title level={2} id="portal-submit-documents">
          {t('submit.documentsSection')}
        </Typography.Title>
        <DocumentChecklist documents={procedure.requiredDocuments} />
        <Typography.Title level={3} className="portal-scans-title">
          {t('scans.title')}
        </Typography.Title>
        <ScanPicker scans={scans} disabled={busy} hint={t('scans.submitHint')} />
      </section>
      <section className="portal-panel" aria-labelledby="portal-submit-note">
        <Typography.Title level={2} id="portal-submit-note">
          {t('submit.noteSection')}
        </Typography.Title>
        <Form.Item name="returnMethod" label={t('submit.returnMethod')} initialValue="counter">
          <Radio.Group
            options={[
              { value: 'counter', label: t('submit.returnCounter') },
              { value: 'postal', label: t('submit.returnPostal') },
            ]}
          />
        </Form.Item>
        <Form.Item name="note" label={t('submit.note')}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
      </section>
      <PortalError error={error} context="submit" />
      <Button type="primary" size="large" htmlType="submit" loading={busy} block>
        {t('submit.submit')}
      </Button>
    </Form>
  );
}
