import { AuditOutlined, DashboardOutlined, FileTextOutlined, FormOutlined, LogoutOutlined, MenuOutlined, MessageOutlined, SettingOutlined, TrophyOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Select, Space, Tag, Tooltip, Typography } from 'antd';
import { Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useAuth, useSignedIn } from '../auth/AuthContext';
import { menuFor, type MenuKey } from '../auth/session';
import { setLanguage, type Language } from '../i18n';
import { ReminderBell } from './ReminderBell';

const MENU_PATHS: Record<MenuKey, string> = { feedback: '/phan-anh', reception: '/tiep-nhan', queues: '/hang-doi', dashboard: '/dieu-hanh', reform: '/cai-cach', appraisal: '/chi-so-cchc', reports: '/bao-cao', admin: '/quan-tri' };
const MENU_ICONS: Record<MenuKey, ReactNode> = {
  feedback: <MessageOutlined />,
  reception: <FormOutlined />,
  queues: <UnorderedListOutlined />,
  dashboard: <DashboardOutlined />,
  reform: <AuditOutlined />,
  appraisal: <TrophyOutlined />,
  reports: <FileTextOutlined />,
  admin: <SettingOutlined />,
};
/** The dashboard and admin screens keep their texts in their own namespaces. */
const MENU_LABELS: Record<MenuKey, string> = { feedback: 'feedback:nav', reception: 'nav.reception', queues: 'nav.queues', dashboard: 'dashboard:nav', reform: 'reform:nav', appraisal: 'appraisal:nav', reports: 'reports:nav', admin: 'admin:nav' };

function UserBox() {
  const { t } = useTranslation();
  const { user, mode } = useSignedIn();
  const { logout } = useAuth();
  // No navigate here: once signed out, the auth guard itself sends the page to /login.
  return (
    <Space size="middle" wrap className="user-box">
      {mode === 'dev' && <Tag color="volcano">{t('auth.devBadge')}</Tag>}
      <div className="user-lines">
        <Typography.Text strong>{user.fullName}</Typography.Text>
        <Typography.Text type="secondary" className="user-sub">
          {t(`role.${user.role}`)} · {user.unit.name}
        </Typography.Text>
      </div>
      <Tooltip title={t('auth.logout')}>
        <Button
          icon={<LogoutOutlined />}
          aria-label={t('auth.logout')}
          onClick={() => void logout()}
        />
      </Tooltip>
    </Space>
  );
}

function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Select<Language>
      className="lang-switch"
      size="small"
      aria-label={t('app.language')}
      value={i18n.language === 'en' ? 'en' : 'vi'}
      onChange={setLanguage}
      options={[
        { value: 'vi', label: 'VI' },
        { value: 'en', label: 'EN' },
      ]}
      style={{ width: 64 }}
    />
  );
}

export default function AppLayout() {
  const { t } = useTranslation();
  const { user } = useSignedIn();
  const location = useLocation();
  const navigate = useNavigate();
  const keys = menuFor(user.role, user.unit.level);
  const selected = keys.find((k) => location.pathname.startsWith(MENU_PATHS[k]));
  // Below the lg breakpoint the menu hides behind a header button instead of antd's floating
  // trigger, which would cover the page title and the queue tabs on a phone.
  const [narrow, setNarrow] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);

  return (
    <Layout className="app-shell">
      <Layout.Header className="app-header no-print">
        {narrow && (
          <Button type="text" className="menu-button" icon={<MenuOutlined />} aria-label={t('app.menu')} onClick={() => setMenuOpen((o) => !o)} />
        )}
        <div className="brand" onClick={() => navigate('/')} role="link" tabIndex={0}>
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </div>
        <Space size="middle">
          <ReminderBell />
          <LanguageSwitch />
          <UserBox />
        </Space>
      </Layout.Header>
      <Layout>
        <Layout.Sider
          breakpoint="lg"
          collapsedWidth={0}
          width={210}
          theme="light"
          className="app-sider no-print"
          trigger={null}
          collapsed={narrow && !menuOpen}
          onBreakpoint={(broken) => {
            setNarrow(broken);
            setMenuOpen(false);
          }}
        >
          <Menu
            mode="inline"
            selectedKeys={selected ? [selected] : []}
            items={keys.map((k) => ({ key: k, icon: MENU_ICONS[k], label: t(MENU_LABELS[k]) }))}
            onClick={({ key }) => {
              setMenuOpen(false);
              void navigate(MENU_PATHS[key as MenuKey]);
            }}
          />
        </Layout.Sider>
        <Layout.Content className="app-content">
          <Suspense>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
