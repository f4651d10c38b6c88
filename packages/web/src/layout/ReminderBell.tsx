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

/** Roles that see the reminder bell (issue #4: nhắc việc, báo lãnh đạo khi quá hạn). */
export const REMINDER_ROLES: readonly Role[] = ['reform_officer', 'department_head', 'specialist', 'leader', 'unit_admin', 'system_admin'];
const WITHIN_DAYS = 3;
const POLL_MS = 5 * 60 * 1000;
const ASSIGNMENTS_PATH = '/cai-cach/nhiem-vu';

/** A background poll: a 401/404 or any failure only hides the bell (no sign-out, no retry storm). */
const fetchBellReminders = (unit: string) =>
  apiRequest<AssignmentReminders>('/api/assignments/reminders', { query: { unit, withinDays: WITHIN_DAYS }, skipUnauthorizedHandler: true });

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

/** The header bell: the signed-in user's due-soon and overdue assigned tasks, polled every 5 minutes. */
export function ReminderBell() {
  const { t } = useTranslation('reform');
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
  const leader = user.role === 'leader';
  const content = (
    <div className="reminder-bell-list" style={{ width: 360, maxHeight: 420, overflowY: 'auto' }}>
      <List<ReminderItem>
        size="small"
        dataSource={items}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reminders.none')} /> }}
        renderItem={(r) => <ReminderRow r={r} leader={leader} />}
      />
      <Typography.Paragraph style={{ marginTop: 8, marginBottom: 0 }}>
        <Link to={ASSIGNMENTS_PATH} onClick={() => setOpen(false)}>
          {t('bell.open')}
        </Link>
      </Typography.Paragraph>
    </div>
  );
  return (
    <Popover open={open} onOpenChange={setOpen} trigger="click" placement="bottomRight" title={t('bell.title', { n: items.length })} content={content}>
      <Badge count={items.length} size="small" overflowCount={99}>
        <Button type="text" className="reminder-bell" icon={<BellOutlined style={{ color: '#fff' }} />} aria-label={t('bell.label', { n: items.length })} />
      </Badge>
    </Popover>
  );
}
