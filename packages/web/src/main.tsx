import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { ApiError } from './api/client';
import './i18n';
import { router } from './router';
import './styles/app.css';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Client errors (404, 409, 401…) will not fix themselves; only retry network/5xx once.
      retry: (count, error) => count < 1 && (!(error instanceof ApiError) || error.status === 0 || error.status >= 500),
      refetchOnWindowFocus: false,
      staleTime: 15_000,
    },
  },
});

function Root() {
  const { i18n } = useTranslation();
  const vi = i18n.language !== 'en';
  dayjs.locale(vi ? 'vi' : 'en');
  return (
    <ConfigProvider
      locale={vi ? viVN : enUS}
      theme={{
        token: {
          colorPrimary: '#b3261e',
          borderRadius: 4,
          fontSize: 14,
          // WCAG AA contrast on white (≥ 4.5:1): antd's default greys and link blue are lighter.
          colorLink: '#0b5cad',
          colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
          colorTextDescription: 'rgba(0, 0, 0, 0.65)',
          colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
        },
      }}
      componentSize="middle"
    >
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('#root missing from index.html');
document.documentElement.lang = 'vi';
createRoot(container).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
