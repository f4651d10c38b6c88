import { Spin } from 'antd';
import type { ComponentType } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { RequireAuth } from './auth/RequireAuth';
import { HomeRedirect } from './layout/HomeRedirect';

/** Each screen is its own chunk: a commune desk never downloads what it does not open. */
const page = (load: () => Promise<{ default: ComponentType }>) => async () => ({ Component: (await load()).default });

export const router = createBrowserRouter([
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
          { path: '*', element: <Navigate to="/" replace /> },
        ],
      },
    ],
  },
]);
