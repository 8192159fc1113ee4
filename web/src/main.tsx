import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { api, ApiError } from './api/client';
import { apiQuery, readListState } from './lib/people-filters';
import { AuthProvider } from './auth/auth';
import { AppRoutes, preloadRoute } from './routes';
import './styles.css';

dayjs.locale('zh-cn');
preloadRoute(window.location.pathname);

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Permission and not-found answers will not change on a retry.
      retry: (count, err) => !(err instanceof ApiError && err.status >= 400 && err.status < 500) && count < 2,
      refetchOnWindowFocus: false,
      staleTime: 30_000,
    },
  },
});

/**
 * Data the first page needs is asked for at once, alongside /api/auth/me and the page's code,
 * rather than after both: the people list's rows (the page users open most) and the code
 * tables every page labels with. Errors are left to the pages' own queries (they refetch on
 * mount) and never redirect from here.
 */
if (window.location.pathname === '/people') {
  const params = apiQuery(readListState(new URLSearchParams(window.location.search)));
  void queryClient.prefetchQuery({ queryKey: ['people', params.toString()], queryFn: () => api('/people', { query: params, noRedirectOn401: true }) });
}
if (window.location.pathname !== '/login') {
  void queryClient.prefetchQuery({ queryKey: ['codes'], queryFn: () => api('/codes', { noRedirectOn401: true }), staleTime: 10 * 60_000 });
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider
      locale={zhCN}
      theme={{
        token: { colorPrimary: '#1f5fad', borderRadius: 4, fontFamily: "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif" },
        components: { Layout: { siderBg: '#0f2a4a', headerBg: '#ffffff', headerHeight: 56, headerPadding: '0 16px' }, Menu: { darkItemBg: '#0f2a4a', darkSubMenuItemBg: '#0b2039' } },
      }}
    >
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <AuthProvider>
              <AppRoutes />
            </AuthProvider>
          </BrowserRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
