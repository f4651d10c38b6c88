import { Card, Result, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useSignedIn } from '../../auth/AuthContext';
import './admin.css';
import { CalendarTab } from './CalendarTab';
import { ProceduresTab } from './ProceduresTab';
import { UnitsTab } from './UnitsTab';
import { UsersTab } from './UsersTab';

const TABS = ['thu-tuc', 'lich', 'nguoi-dung', 'don-vi'] as const;
type Tab = (typeof TABS)[number];
const TAB_KEY: Record<Tab, string> = { 'thu-tuc': 'procedures', lich: 'calendar', 'nguoi-dung': 'users', 'don-vi': 'units' };

/** /quan-tri/:tab — catalogue (procedures), working calendar, accounts and units. */
export default function AdminPage() {
  const { t } = useTranslation('admin');
  const { user } = useSignedIn();
  const params = useParams();
  const navigate = useNavigate();
  const isSystem = user.role === 'system_admin';
  if (user.role !== 'unit_admin' && !isSystem) return <Result status="403" title={t('forbidden')} />;
  // The calendar is the whole deployment's: system admins only.
  const tabs = TABS.filter((k) => k !== 'lich' || isSystem);
  const tab: Tab = tabs.find((k) => k === params.tab) ?? 'thu-tuc';
  const body = (k: Tab) => {
    switch (k) {
      case 'thu-tuc':
        return <ProceduresTab />;
      case 'lich':
        return <CalendarTab canEdit={isSystem} />;
      case 'nguoi-dung':
        return <UsersTab />;
      case 'don-vi':
        return <UnitsTab />;
    }
  };
  return (
    <div className="admin">
      <Typography.Title level={4} className="page-title">
        {t('title')}
      </Typography.Title>
      <Card size="small">
        <Tabs
          activeKey={tab}
          destroyOnHidden
          onChange={(k) => void navigate(`/quan-tri/${k}`)}
          items={tabs.map((k) => ({ key: k, label: t(`tab.${TAB_KEY[k]}`), children: k === tab ? body(k) : null }))}
        />
      </Card>
    </div>
  );
}
