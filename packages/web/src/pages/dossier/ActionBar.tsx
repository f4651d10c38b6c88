import { Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionType, DossierView } from '../../api/types';
import { useSignedIn } from '../../auth/AuthContext';
import { visibleActions } from '../../auth/session';
import { ActionModal } from './ActionModal';
import { isActionType } from './actionBody';

const PRIMARY: readonly ActionType[] = ['received', 'resolved', 'result_returned', 'forwarded'];
const DANGER: readonly ActionType[] = ['refused', 'rejected', 'withdrawn'];

/** Exactly the actions the server allows this user now; each opens its own small form. */
export function ActionBar({ dossier }: { dossier: DossierView }) {
  const { t } = useTranslation();
  const { user, mode } = useSignedIn();
  const [open, setOpen] = useState<ActionType>();
  const actions = visibleActions(dossier.allowedActions, mode, user.role).filter(isActionType);
  if (actions.length === 0) return <Typography.Text type="secondary">{t('dossier.noActions')}</Typography.Text>;
  return (
    <>
      <Space wrap>
        {actions.map((a) => (
          <Button key={a} type={PRIMARY.includes(a) ? 'primary' : 'default'} danger={DANGER.includes(a)} onClick={() => setOpen(a)}>
            {t(`action.${a}`)}
          </Button>
        ))}
      </Space>
      {open && <ActionModal key={open} type={open} dossier={dossier} onClose={() => setOpen(undefined)} />}
    </>
  );
}
