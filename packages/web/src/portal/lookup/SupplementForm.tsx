import { Alert, Button, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ScanPicker } from '../attachments/ScanPicker';
import { useCitizenScans } from '../attachments/useCitizenScans';
import { PortalError } from '../components/PortalError';
import type { AttachScans } from './useDossierLookup';

/**
 * The officer's request (supplementReason) and the citizen's answer: a note, and scans of the
 * requested papers if any. Render it with `key={dossier code}` so another dossier starts empty.
 */
export function SupplementForm({
  reason,
  busy,
  error,
  onSend,
}: {
  reason: string | null;
  busy: boolean;
  error: unknown;
  onSend: (note: string, attach: AttachScans | undefined) => void;
}) {
  const { t } = useTranslation('portal');
  const scans = useCitizenScans();
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
      <Form<{ note?: string }> name="portal-supplement" layout="vertical" className="portal-form" disabled={busy} onFinish={(v) => onSend((v.note ?? '').trim(), scans.items.length ? scans.uploadAll : undefined)}>
        <Form.Item name="note" label={t('supplement.note')} rules={[{ required: true, whitespace: true, message: t('supplement.noteRequired') }]}>
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item label={t('scans.supplementLabel')} extra={t('scans.supplementHint')}>
          <ScanPicker scans={scans} disabled={busy} />
        </Form.Item>
        <PortalError error={error} context="lookup" />
        <Button type="primary" size="large" htmlType="submit" loading={busy}>
          {t('supplement.submit')}
        </Button>
      </Form>
    </section>
  );
}
