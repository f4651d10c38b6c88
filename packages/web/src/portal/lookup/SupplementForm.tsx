import { Alert, Button, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PortalError } from '../components/PortalError';

/** The officer's request (supplementReason) and the citizen's answer. */
export function SupplementForm({
  reason,
  busy,
  error,
  onSend,
}: {
  reason: string | null;
  busy: boolean;
  error: unknown;
  onSend: (note: string) => void;
}) {
  const { t } = useTranslation('portal');
  return (
    <section className="portal-panel" aria-labelledby="portal-supplement">
      <Typography.Title level={2} id="portal-supplement">
        {t('supplement.title')}
      </Typography.Title>
      <Alert
        type="warning"
        showIcon
        className="portal-alert"
        title={reason ? t('supplement.reason') : t('supplement.reasonUnknown')}
        description={reason ?? undefined}
      />
      <Form<{ note?: string }> name="portal-supplement" layout="vertical" className="portal-form" disabled={busy} onFinish={(v) => onSend((v.note ?? '').trim())}>
        <Form.Item name="note" label={t('supplement.note')} rules={[{ required: true, whitespace: true, message: t('supplement.noteRequired') }]}>
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
        {/* TODO(attachments): let the citizen attach the requested scans here once the public API
            accepts files; nothing is uploaded today. */}
        <PortalError error={error} context="lookup" />
        <Button type="primary" size="large" htmlType="submit" loading={busy}>
          {t('supplement.submit')}
        </Button>
      </Form>
    </section>
  );
}
