import { Alert, Button, Card, Form, Input, Select, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { ApiError } from '../api/client';
import { useAuth } from '../auth/AuthContext';
import { DEV_USERS } from '../auth/devUsers';
import { ErrorAlert } from '../components/ErrorAlert';

interface Credentials {
  username: string;
  password: string;
}

function useReturnPath(): string {
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  return from && from !== '/login' ? from : '/';
}

function PasswordLogin() {
  const { t } = useTranslation();
  const { login } = useAuth();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const submit = async (values: Credentials) => {
    setBusy(true);
    setError(undefined);
    try {
      await login(values.username, values.password);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  // A wrong password is a 401 too, but it is not an "expired session".
  const wrongPassword = error instanceof ApiError && error.code === 'UNAUTHORIZED';
  return (
    <Form<Credentials> layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false} disabled={busy}>
      {wrongPassword ? <Alert type="error" showIcon title={t('auth.badCredentials')} /> : <ErrorAlert error={error} />}
      <Form.Item name="username" label={t('auth.username')} rules={[{ required: true, message: t('auth.usernameRequired') }]}>
        <Input autoComplete="username" autoFocus />
      </Form.Item>
      <Form.Item name="password" label={t('auth.password')} rules={[{ required: true, message: t('auth.passwordRequired') }]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={busy}>
        {t('auth.submit')}
      </Button>
    </Form>
  );
}

/** Development only: the server has no accounts yet, so pick who to be (stored locally). */
function DevLogin() {
  const { t } = useTranslation();
  const { devLogin } = useAuth();
  const [username, setUsername] = useState(DEV_USERS[0]?.username);
  const user = DEV_USERS.find((u) => u.username === username);
  return (
    <>
      <Alert type="warning" showIcon title={t('auth.devModeTitle')} description={t('auth.devModeHelp')} />
      <Form layout="vertical" className="dev-form">
        <Form.Item label={t('auth.devUser')}>
          <Select
            value={username}
            onChange={setUsername}
            options={DEV_USERS.map((u) => ({
              value: u.username,
              label: `${u.fullName} — ${t(`role.${u.role}`)} — ${u.unit.name}`,
            }))}
          />
        </Form.Item>
        <Button type="primary" danger block disabled={!user} onClick={() => user && devLogin(user)}>
          {t('auth.devContinue')}
        </Button>
      </Form>
    </>
  );
}

export default function LoginPage() {
  const { t } = useTranslation();
  const { state, retry } = useAuth();
  const returnPath = useReturnPath();
  const navigate = useNavigate();
  if (state.kind === 'signedIn') return <Navigate to={returnPath} replace />;
  if (state.kind === 'loading') {
    return (
      <div className="center-screen">
        <Spin size="large" />
      </div>
    );
  }

  return (
    <div className="login-screen">
      <Card className="login-card">
        <div className="login-brand">
          <Typography.Title level={3}>{t('app.name')}</Typography.Title>
          <Typography.Text type="secondary">{t('app.tagline')}</Typography.Text>
        </div>
        <Typography.Title level={4}>{t('auth.title')}</Typography.Title>
        {state.kind === 'anonymous' && state.notice === 'sessionExpired' && (
          <Alert type="info" showIcon title={t('auth.sessionExpired')} className="mb" />
        )}
        {state.kind === 'anonymous' && state.notice === 'network' && (
          <Alert
            type="error"
            showIcon
            title={t('errors.network')}
            className="mb"
            action={
              <Button size="small" onClick={() => { retry(); void navigate('/login'); }}>
                {t('common.retry')}
              </Button>
            }
          />
        )}
        {state.kind === 'anonymous' && state.mode === 'dev' ? <DevLogin /> : <PasswordLogin />}
        <Typography.Paragraph style={{ margin: '16px 0 0', textAlign: 'center' }}><Typography.Link href="/cong-dan">{t('portal:loginPage.portalLink')}</Typography.Link></Typography.Paragraph>
      </Card>
    </div>
  );
}
