import type { Role } from '@motcua/core';
import { Form, Input, Modal, Tag, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTimeVi } from '../../lib/format';
import type { AppraisalEvent, EntryStatus, RoundStatus } from './api';

/**
 * Mirrors packages/server/src/modules/appraisal/service.ts (the server enforces them): the
 * district's reform officer and administrators keep the criteria set and the round; leaders
 * publish; a commune's reform officer, administrator or leader self-scores.
 */
export const APPRAISAL_ROLES: readonly Role[] = ['reform_officer', 'leader', 'unit_admin', 'system_admin'];
export const SET_EDITORS: readonly Role[] = ['reform_officer', 'unit_admin', 'system_admin'];
export const ROUND_MANAGERS: readonly Role[] = SET_EDITORS;

const ENTRY_COLOR: Record<EntryStatus, string> = { self_assessment: 'default', submitted: 'processing', appraised: 'success' };

export function EntryStatusTag({ status }: { status: EntryStatus }) {
  const { t } = useTranslation('appraisal');
  return <Tag color={ENTRY_COLOR[status]}>{t(`entryStatus.${status}`)}</Tag>;
}

export function RoundStatusTag({ status, provisional }: { status: RoundStatus; provisional?: boolean }) {
  const { t } = useTranslation('appraisal');
  return <Tag color={status === 'published' ? 'green' : provisional ? 'orange' : 'blue'}>{t(`roundStatus.${status}`)}</Tag>;
}

/** The log of a round or an entry: who did what, when, and the reason of a return or reopen. */
export function History({ items }: { items: AppraisalEvent[] }) {
  const { t } = useTranslation('appraisal');
  if (items.length === 0) return <Typography.Text type="secondary">{t('history.none')}</Typography.Text>;
  return (
    <Timeline
      items={[...items].reverse().map((e) => ({
        color: e.action === 'reopened' || e.action === 'reopened_unit' || e.action === 'returned' ? 'orange' : e.action === 'published' ? 'green' : 'blue',
        content: (
          <>
            <strong>{t(`action.${e.action}`, { defaultValue: e.action })}</strong>
            {e.unit ? ` · ${e.unit.name}` : ''} · <span title={e.actor}>{e.actorName || e.actor}</span> · {formatDateTimeVi(e.at)}
            {e.reason && <div>{t('history.reason', { reason: e.reason })}</div>}
          </>
        ),
      }))}
    />
  );
}

/** A reason is required (≥ 5 characters) for returning, reopening a commune or a published round. */
export function ReasonModal({ title, okText, onOk, onClose, pending, error }: { title: string; okText: string; onOk: (reason: string) => void; onClose: () => void; pending: boolean; error: unknown }) {
  const { t } = useTranslation('appraisal');
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open
      title={title}
      okText={okText}
      cancelText={t('cancel')}
      okButtonProps={{ loading: pending, danger: true }}
      onOk={() => void form.validateFields().then((v) => onOk(v.reason.trim()), () => undefined)}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {error ? <ErrorAlert error={error} /> : null}
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label={t('reason.label')} rules={[{ required: true, whitespace: true, min: 5, message: t('reason.rule') }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** A wide table's horizontal scroll, reachable by keyboard (WCAG: scrollable regions are focusable). */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="scroll-region" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
