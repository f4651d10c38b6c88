import { BellOutlined } from '@ant-design/icons';
import type { Role } from '@motcua/core';
import { useQuery } from '@tanstack/react-query';
import { Badge, Button, Empty, List, Popover, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiRequest } from '../api/client';
import type { AssignmentReminders, ReminderItem } from '../api/types';
import { useSignedIn } from '../auth/AuthContext';
import { deskUnitOf } from '../auth/session';
import { viDate } from '../pages/reform/roles';
import type { FeedbackReminder } from '../pages/feedback/types';
import { formatDateTimeVi } from '../lib/format';

/** Roles that see the reminder bell (issue #4: nhắc việc, báo lãnh đạo khi quá hạn). */
export const REMINDER_ROLES: readonly Role[] = ['reform_officer', 'department_head', 'specialist', 'leader', 'unit_admin', 'system_admin'];
const WITHIN_DAYS = 3;
const POLL_MS = 5 * 60 * 1000;
const ASSIGNMENTS_PATH = '/cai-cach/nhiem-vu';

/** A background poll: a 401/404 or any failure only hides the bell (no sign-out, no retry storm). */
const fetchBellReminders = (unit: string) =>
  // `feedback`: citizen feedback overdue or due soon, from the same endpoint (issue #6).
  apiRequest<AssignmentReminders & { feedback?: FeedbackReminder[] }>('/api/assignments/reminders', { query: { unit, withinDays: WITHIN_DAYS }, skipUnauthorizedHandler: true });

function ReminderRow({ r, leader }: { r: ReminderItem; leader: boolean }) {
  const { t } = useTranslation('reform');
  return (
    <List.Item>
      <div>
        <div>{r.content}</div>
        <div className="muted">
          {t('plan.col.deadline')}: {viDate(r.deadline)}{' '}
          <Tag color={r.state === 'overdue' ? 'red' : 'gold'}>{t(`reminders.state.${r.state}`)}</Tag>
          {r.escalate && (
            <Tag color={leader ? 'volcano' : 'default'} title={r.escalateTo.map((l) => l.fullName).join(', ') || undefined}>
              {t('bell.escalated')}
            </Tag>
          )}
        </div>
      </div>
    </List.Item>
  );
}

function FeedbackRow({ r, onOpen }: { r: FeedbackReminder; onOpen: () => void }) {
  const { t } = useTranslation('feedback');
  return (
    <List.Item>
      <div>
        <Link to={`/phan-anh/${encodeURIComponent(r.code)}`} onClick={onOpen}>
          {r.title}
        </Link>
        <div className="muted">
          {t('col.dueAt')}: {formatDateTimeVi(r.dueAt)} <Tag color={r.state === 'overdue' ? 'red' : 'gold'}>{t(`bell.state.${r.state}`)}</Tag>
        </div>
      </div>
    </List.Item>
  );
}

/** The header bell: the signed-in user's due-soon and overdue assigned tasks (and citizen feedback), polled every 5 minutes. */
export function ReminderBell() {
  const { t } = useTranslation('reform');
  const { t: tf } = useTranslation('feedback');
  const { user } = useSignedIn();
  const [open, setOpen] = useState(false);
  const allowed = REMINDER_ROLES.includes(user.role);
  const unit = deskUnitOf(user) ?? user.unit.code;
  const reminders = useQuery({
    queryKey: ['assignments', 'reminders', 'bell', unit, WITHIN_DAYS],
    queryFn: () => fetchBellReminders(unit),
    enabled: allowed && Boolean(unit),
    refetchInterval: POLL_MS,
    retry: false,
  });
  if (!allowed || reminders.isError || !reminders.data) return null;
  const items = reminders.data.items;
  const feedback = reminders.data.feedback ?? [];
  const count = items.length + feedback.length;
  const leader = user.role === 'leader';
  const content = (
    <div className="reminder-bell-list" style={{ width: 360, maxHeight: 420, overflowY: 'auto' }}>
      <List<ReminderItem>
        size="small"
        dataSource={items}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reminders.none')} /> }}
        renderItem={(r) => <ReminderRow r={r} leader={leader} />}
      />
      {feedback.length > 0 && (
        <List<FeedbackReminder>
          size="small"
          header={<strong>{tf('bell.section', { n: feedback.length })}</strong>}
          dataSource={feedback}
          renderItem={(r) => <FeedbackRow r={r} onOpen={() => setOpen(false)} />}
        />
      )}
      <Typography.Paragraph style={{ marginTop: 8, marginBottom: 0 }}>
        <Link to={ASSIGNMENTS_PATH} onClick={() => setOpen(false)}>
          {t('bell.open')}
        </Link>
      </Typography.Paragraph>
    </div>
  );
  return (
    <Popover open={open} onOpenChange={setOpen} trigger="click" placement="bottomRight" title={t('bell.title', { n: count })} content={content}>
      <Badge count={count} size="small" overflowCount={99}>
        <Button type="text" className="reminder-bell" icon={<BellOutlined style={{ color: '#fff' }} />} aria-label={t('bell.label', { n: count })} />
      </Badge>
    </Popover>
  );
}
