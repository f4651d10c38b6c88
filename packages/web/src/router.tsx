import { Spin } from 'antd';
import type { ComponentType } from 'react';
import { createBrowserRouter, Navigate, Outlet } from 'react-router';
import { AuthProvider } from './auth/AuthContext';
import { RequireAuth } from './auth/RequireAuth';
import { HomeRedirect } from './layout/HomeRedirect';

/** Each screen is its own chunk: a commune desk never downloads what it does not open. */
const page = (load: () => Promise<{ default: ComponentType }>) => async () => ({ Component: (await load()).default });

/** The staff session (GET /api/auth/me) wraps only the staff routes: the citizen portal never asks for it. */
function StaffSession() {
  return (
    <AuthProvider>
      <Outlet />
    </AuthProvider>
  );
}

export const router = createBrowserRouter([
  // Citizen portal: public, outside RequireAuth, with its own light layout (no staff session).
  {
    path: '/cong-dan',
    lazy: page(() => import('./portal/PortalLayout')),
    hydrateFallbackElement: <Spin />,
    children: [
      { index: true, lazy: page(() => import('./portal/catalogue/CataloguePage')) },
      { path: 'thu-tuc/:code', lazy: page(() => import('./portal/procedure/ProcedurePage')) },
      { path: 'nop/:code', lazy: page(() => import('./portal/submit/SubmitPage')) },
      { path: 'tra-cuu', lazy: page(() => import('./portal/lookup/LookupPage')) },
      { path: 'phan-anh', lazy: page(() => import('./portal/feedback/FeedbackSubmitPage')) },
      { path: 'phan-anh/tra-cuu', lazy: page(() => import('./portal/feedback/FeedbackLookupPage')) },
      { path: 'phan-anh/cong-khai', lazy: page(() => import('./portal/feedback/PublishedPage')) },
      { path: '*', element: <Navigate to="/cong-dan" replace /> },
    ],
  },
  {
    element: <StaffSession />,
    // Shown while the first screen's chunk loads (a direct link or a reload of /bao-cao, /phan-anh…).
    hydrateFallbackElement: <Spin />,
    children: [
      { path: '/login', lazy: page(() => import('./pages/LoginPage')), hydrateFallbackElement: <Spin /> },
      {
        element: <RequireAuth />,
        children: [
          {
            lazy: page(() => import('./layout/AppLayout')),
            children: [
              { index: true, element: <HomeRedirect /> },
              { path: 'tiep-nhan', lazy: page(() => import('./pages/reception/CounterDeskPage')) },
              { path: 'hang-doi/:tab?', lazy: page(() => import('./pages/queues/QueuesPage')) },
              { path: 'ho-so/:code', lazy: page(() => import('./pages/dossier/DossierPage')) },
              { path: 'dieu-hanh', lazy: page(() => import('./pages/dashboard/DashboardPage')) },
              { path: 'cai-cach/:tab?', lazy: page(() => import('./pages/reform/ReformPage')) },
              { path: 'chi-so-cchc/:tab?', lazy: page(() => import('./pages/appraisal/AppraisalPage')) },
              { path: 'bao-cao', lazy: page(() => import('./pages/reports/ReportsPage')) },
              { path: 'bao-cao/:id', lazy: page(() => import('./pages/reports/ReportPage')) },
              { path: 'phan-anh/:code?', lazy: page(() => import('./pages/feedback/FeedbackPage')) },
              { path: 'quan-tri/:tab?', lazy: page(() => import('./pages/admin/AdminPage')) },
              { path: '*', element: <Navigate to="/" replace /> },
            ],
          },
        ],
      },
    ],
  },
]);
