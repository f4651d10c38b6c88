import { DeleteOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { describeError } from '../../lib/errors';
import { newIdempotencyKey } from '../../lib/ids';

/**
 * "Xóa" with a Vietnamese confirmation. `onConfirm` gets one Idempotency-Key per button, so a
 * retry after a lost response deletes once. A refusal is explained in a dialog: the server's
 * 409 messages of the reform records are already Vietnamese (e.g. an inspection plan with
 * recorded results), other failures get the usual translation.
 */
export function DeleteButton({
  confirm,
  description,
  ariaLabel,
  onConfirm,
  onDeleted,
  text,
}: {
  confirm: string;
  description?: string;
  ariaLabel: string;
  onConfirm: (idempotencyKey: string) => Promise<unknown>;
  onDeleted?: () => void;
  /** The button's text; default "Xóa". */
  text?: string;
}) {
  const { t } = useTranslation('reform');
  const { t: tCommon } = useTranslation();
  const { message, modal } = App.useApp();
  const key = useRef(newIdempotencyKey());
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      await onConfirm(key.current);
      void message.success(t('deleted'));
      onDeleted?.();
    } catch (e) {
      const d = describeError(e, tCommon);
      const content = e instanceof ApiError && e.code === 'CONFLICT' ? e.message : [d.title, ...d.details].join('\n');
      modal.error({ title: t('deleteFailed'), content });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Popconfirm
      title={confirm}
      {...(description ? { description } : {})}
      okText={t('delete')}
      cancelText={t('cancel')}
      okButtonProps={{ danger: true, loading: busy }}
      onConfirm={run}
    >
      <Button size="small" danger icon={<DeleteOutlined />} loading={busy} aria-label={ariaLabel}>
        {text ?? t('delete')}
      </Button>
    </Popconfirm>
  );
}
