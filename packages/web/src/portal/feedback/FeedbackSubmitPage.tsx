import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Col, Descriptions, Form, Input, Radio, Row, Space, Typography } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatDateTimeVi } from '../../lib/format';
import { newIdempotencyKey } from '../../lib/ids';
import { listReceivingUnits } from '../api';
import { ScanPicker } from '../attachments/ScanPicker';
import { ScanResults } from '../attachments/ScanResults';
import { useCitizenScans, type CitizenScans } from '../attachments/useCitizenScans';
import { CodeReceipt } from '../components/CodeReceipt';
import { useNarrow } from '../components/useNarrow';
import { usePageTitle } from '../components/usePageTitle';
import { emailValid, phoneValid } from '../submit/submitBody';
import { UnitSelect } from '../submit/UnitSelect';
import { FEEDBACK_KINDS, type FeedbackBodyBase, type FeedbackProof, type SubmitFeedbackResult } from '../../pages/feedback/types';
import { feedbackBody, proofOf, trimmed, type FeedbackValues as Values } from './body';
import { submitFeedback, uploadFeedbackFile } from './api';
import { FeedbackNav } from './FeedbackNav';
import { FeedbackPortalError } from './FeedbackPortalError';
import './feedback.css';

const check = (ok: boolean, message: string) => (ok ? Promise.resolve() : Promise.reject(new Error(message)));

function Success({ result, scans }: { result: SubmitFeedbackResult; scans: CitizenScans }) {
  const { t } = useTranslation('portal');
  const navigate = useNavigate();
  const narrow = useNarrow();
  return (
    <section className="portal-panel" aria-labelledby="portal-feedback-success">
      <CodeReceipt
        headingId="portal-feedback-success"
        title={t('feedback.success.title')}
        codeLabel={t('feedback.success.codeLabel')}
        code={result.code}
        keep={t('feedback.success.keep')}
        codeTestId="feedback-code"
      />
      <Descriptions
        layout={narrow ? 'vertical' : 'horizontal'}
        bordered
        size="small"
        column={1}
        items={[
          { key: 'unit', label: t('feedback.result.unit'), children: result.unit.name },
          { key: 'at', label: t('feedback.result.receivedAt'), children: formatDateTimeVi(result.receivedAt) },
          { key: 'due', label: t('feedback.result.dueAt'), children: <strong>{t('feedback.result.dueValue', { due: formatDateTimeVi(result.dueAt), days: result.workingDays })}</strong> },
        ]}
      />
      <ScanResults scans={scans} />
      <div className="portal-cta">
        <Button type="primary" size="large" onClick={() => void navigate('/cong-dan/phan-anh/tra-cuu', { state: { code: result.code } })}>
          {t('feedback.success.lookup')}
        </Button>
      </div>
    </section>
  );
}

/** /cong-dan/phan-anh — anyone sends feedback (phản ánh, kiến nghị) and gets a tracking code. */
export default function FeedbackSubmitPage() {
  const { t } = useTranslation('portal');
  usePageTitle(t('feedback.submit.title'));
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? 'regulation';
  const units = useQuery({ queryKey: ['portal', 'units'], queryFn: ({ signal }) => listReceivingUnits(signal), staleTime: 10 * 60_000 });
  // One key per distinct body: a retry after a lost answer cannot send the feedback twice.
  const attempt = useRef<{ body: string; key: string } | undefined>(undefined);
  const keyFor = (body: FeedbackBodyBase) => {
    const json = JSON.stringify(body);
    if (attempt.current?.body !== json) attempt.current = { body: json, key: newIdempotencyKey() };
    return attempt.current.key;
  };
  // The scan list hook speaks the dossier proof (phone/CCCD); feedback proves with phone or e-mail.
  const proof = useRef<FeedbackProof>({ phone: '' });
  const scans = useCitizenScans((code, _dossierProof, file, key) => uploadFeedbackFile(code, proof.current, file, key));
  const submit = useMutation({
    mutationFn: (body: FeedbackBodyBase) => submitFeedback(body, keyFor(body)),
    onSuccess: (result, body) => {
      proof.current = proofOf(body);
      void scans.uploadAll(result.code, { phone: '' });
    },
  });

  if (submit.data) return <Success result={submit.data} scans={scans} />;
  const busy = submit.isPending;
  return (
    <>
      <Typography.Title level={1}>{t('feedback.title')}</Typography.Title>
      <FeedbackNav />
      <Typography.Paragraph className="portal-lead">{t('feedback.submit.intro')}</Typography.Paragraph>
      <Form<Values>
        form={form}
        name="portal-feedback"
        layout="vertical"
        className="portal-form"
        requiredMark
        disabled={busy}
        initialValues={{ kind: 'regulation', consentPublish: false }}
        scrollToFirstError={{ focus: true, block: 'center' }}
        onFinish={(v) => submit.mutate(feedbackBody(v))}
      >
        <section className="portal-panel" aria-labelledby="portal-feedback-about">
          <Typography.Title level={2} id="portal-feedback-about">
            {t('feedback.submit.aboutSection')}
          </Typography.Title>
          <Form.Item name="kind" label={t('feedback.submit.kind')} rules={[{ required: true, message: t('feedback.submit.kindRequired') }]}>
            <Radio.Group>
              <Space orientation="vertical" size={4}>
                {FEEDBACK_KINDS.map((k) => (
                  <Radio key={k} value={k}>
                    {t(`feedback.kind.${k}`)}
                  </Radio>
                ))}
              </Space>
            </Radio.Group>
          </Form.Item>
          {kind === 'dossier' ? (
            <Form.Item name="dossier" label={t('feedback.submit.dossier')} extra={t('feedback.submit.dossierHelp')} rules={[{ required: true, whitespace: true, message: t('feedback.submit.dossierRequired') }]}>
              <Input size="large" maxLength={64} autoComplete="off" spellCheck={false} />
            </Form.Item>
          ) : (
            <>
              {units.error ? <Alert type="error" showIcon className="portal-alert" title={t('submit.unitsError')} /> : null}
              <Form.Item name="unit" label={t('feedback.submit.unit')} rules={[{ required: true, message: t('feedback.submit.unitRequired') }]}>
                <UnitSelect units={units.data ?? []} loading={units.isPending} />
              </Form.Item>
            </>
          )}
          <Form.Item name="procedure" label={t('feedback.submit.procedure')} extra={t('feedback.submit.procedureHelp')}>
            <Input size="large" maxLength={64} autoComplete="off" spellCheck={false} />
          </Form.Item>
        </section>
        <section className="portal-panel" aria-labelledby="portal-feedback-sender">
          <Typography.Title level={2} id="portal-feedback-sender">
            {t('feedback.submit.senderSection')}
          </Typography.Title>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="name" label={t('submit.name')} rules={[{ required: true, whitespace: true, message: t('submit.nameRequired') }]}>
                <Input size="large" maxLength={200} autoComplete="name" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="address" label={t('feedback.submit.address')}>
                <Input size="large" maxLength={500} autoComplete="street-address" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="phone"
                label={t('submit.phone')}
                dependencies={['email']}
                rules={[
                  {
                    validator: (_, v: string | undefined) =>
                      v?.trim()
                        ? check(phoneValid(v), t('submit.phoneInvalid'))
                        : check(Boolean(trimmed(form.getFieldValue('email') as string | undefined)), t('feedback.submit.contactRequired')),
                  },
                ]}
              >
                <Input size="large" maxLength={20} inputMode="tel" autoComplete="tel" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="email" label={t('feedback.submit.email')} rules={[{ validator: (_, v: string | undefined) => check(emailValid(v), t('submit.emailInvalid')) }]}>
                <Input size="large" maxLength={200} inputMode="email" autoComplete="email" />
              </Form.Item>
            </Col>
          </Row>
          <Typography.Paragraph type="secondary">{t('feedback.submit.contactHelp')}</Typography.Paragraph>
        </section>
        <section className="portal-panel" aria-labelledby="portal-feedback-content">
          <Typography.Title level={2} id="portal-feedback-content">
            {t('feedback.submit.contentSection')}
          </Typography.Title>
          <Form.Item name="title" label={t('feedback.submit.titleField')} rules={[{ required: true, whitespace: true, message: t('feedback.submit.titleRequired') }]}>
            <Input size="large" maxLength={300} />
          </Form.Item>
          <Form.Item name="content" label={t('feedback.submit.content')} rules={[{ required: true, whitespace: true, message: t('feedback.submit.contentRequired') }]}>
            <Input.TextArea rows={6} maxLength={5000} showCount />
          </Form.Item>
          <Typography.Title level={3} className="portal-scans-title">
            {t('feedback.submit.files')}
          </Typography.Title>
          <ScanPicker scans={scans} disabled={busy} hint={t('feedback.submit.filesHint')} />
          <Form.Item name="consentPublish" valuePropName="checked" style={{ marginTop: 16 }}>
            <Checkbox>{t('feedback.submit.consent')}</Checkbox>
          </Form.Item>
        </section>
        <FeedbackPortalError error={submit.error} context="submit" />
        <Button type="primary" size="large" htmlType="submit" loading={busy} block>
          {t('feedback.submit.submit')}
        </Button>
      </Form>
    </>
  );
}
