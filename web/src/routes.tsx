// Routes. Every page is its own chunk (React.lazy), so the login and people pages do not
// carry ECharts or the import wizard.
import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { Spin } from 'antd';
import { useAuth } from './auth/auth';
import { homePathOf, NAV, type NavItem } from './nav';
import type { CurrentUser } from './api/types';
import { can } from './auth/auth';
import { ForbiddenResult, NotFoundResult } from './components/results';

const load = {
  login: () => import('./pages/LoginPage'),
  layout: () => import('./layout/AppLayout').then((m) => ({ default: m.AppLayout })),
  dashboard: () => import('./pages/DashboardPage'),
  peopleList: () => import('./pages/people/PeopleListPage'),
  personDetail: () => import('./pages/people/PersonDetailPage'),
  personEdit: () => import('./pages/people/PersonEditPage'),
  import: () => import('./pages/people/ImportPage'),
  units: () => import('./pages/units/UnitsPage'),
  users: () => import('./pages/system/UsersPage'),
  roles: () => import('./pages/system/RolesPage'),
  codes: () => import('./pages/system/CodesPage'),
  audit: () => import('./pages/audit/AuditPage'),
  placeholder: () => import('./pages/PlaceholderPage'),
  eligibility: () => import('./pages/eligibility/EligibilityPage'),
};

const LoginPage = lazy(load.login);
const AppLayout = lazy(load.layout);
const DashboardPage = lazy(load.dashboard);
const PeopleListPage = lazy(load.peopleList);
const PersonDetailPage = lazy(load.personDetail);
const PersonEditPage = lazy(load.personEdit);
const ImportPage = lazy(load.import);
const UnitsPage = lazy(load.units);
const UsersPage = lazy(load.users);
const RolesPage = lazy(load.roles);
const CodesPage = lazy(load.codes);
const AuditPage = lazy(load.audit);
const PlaceholderPage = lazy(load.placeholder);
const EligibilityPage = lazy(load.eligibility);

/**
 * Starts loading the chunks of the page being opened while /api/auth/me is still on its way,
 * instead of one after the other (layout → page → data).
 */
export function preloadRoute(pathname: string): void {
  const p = pathname.replace(/\/+$/, '') || '/';
  if (p === '/login') {
    void load.login();
    return;
  }
  void load.layout();
  if (p === '/people') void load.peopleList();
  else if (/^\/people\/\d+$/.test(p)) void load.personDetail();
  else if (/^\/people\/(\d+\/edit|new)$/.test(p)) void load.personEdit();
  else if (p === '/people/import') void load.import();
  else if (p === '/units') void load.units();
  else if (p === '/audit') void load.audit();
  else if (p === '/eligibility') void load.eligibility();
  else if (p === '/') void load.dashboard();
}

function FullPageSpin() {
  return (
    <div style={{ height: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
      <Spin size="large" />
    </div>
  );
}

function RequireAuth({ children }: { children: ReactNode }) {
  const { user } = useAuth();
  const loc = useLocation();
  if (user === undefined) return <FullPageSpin />;
  if (user === null) {
    const redirect = loc.pathname + loc.search;
    return <Navigate to={redirect === '/' ? '/login' : `/login?redirect=${encodeURIComponent(redirect)}`} replace />;
  }
  return <>{children}</>;
}

function navAccess(path: string): (u: CurrentUser) => boolean {
  const all: NavItem[] = NAV.flatMap((n) => [n, ...(n.children ?? [])]);
  const item = all.find((n) => n.path === path);
  return item ? item.access : () => false;
}

/** Shows 无权访问 instead of the page when the role may not use it (the menu hides it too). */
function Guard({ allow, children }: { allow: (u: CurrentUser) => boolean; children: ReactNode }) {
  const { user } = useAuth();
  if (!user || !allow(user)) return <ForbiddenResult />;
  return <>{children}</>;
}

function HomeRoute() {
  const { user } = useAuth();
  if (!user) return null;
  if (can(user, 'stats.read')) return <DashboardPage />;
  return <Navigate to={homePathOf(user)} replace />;
}

function LoginRoute() {
  const { user } = useAuth();
  const loc = useLocation();
  if (user === undefined) return <FullPageSpin />;
  if (user) {
    const redirect = new URLSearchParams(loc.search).get('redirect');
    return <Navigate to={redirect && redirect.startsWith('/') ? redirect : homePathOf(user)} replace />;
  }
  return <LoginPage />;
}

export function AppRoutes() {
  return (
    <Suspense fallback={<FullPageSpin />}>
      <Routes>
        <Route path="/login" element={<LoginRoute />} />
        <Route
          element={
            <RequireAuth>
              <AppLayout />
            </RequireAuth>
          }
        >
          <Route index element={<HomeRoute />} />
          <Route path="people" element={<Guard allow={navAccess('/people')}><PeopleListPage /></Guard>} />
          <Route path="people/import" element={<Guard allow={(u) => can(u, 'person.import')}><ImportPage /></Guard>} />
          <Route path="people/new" element={<Guard allow={(u) => can(u, 'person.write')}><PersonEditPage /></Guard>} />
          <Route path="people/:id" element={<Guard allow={navAccess('/people')}><PersonDetailPage /></Guard>} />
          <Route path="people/:id/edit" element={<Guard allow={(u) => can(u, 'person.write')}><PersonEditPage /></Guard>} />
          <Route path="units" element={<Guard allow={navAccess('/units')}><UnitsPage /></Guard>} />
          <Route path="programmes" element={<Guard allow={navAccess('/programmes')}><PlaceholderPage title="选派项目" /></Guard>} />
          <Route path="eligibility" element={<Guard allow={navAccess('/eligibility')}><EligibilityPage /></Guard>} />
          <Route path="matching" element={<Guard allow={navAccess('/matching')}><PlaceholderPage title="人岗匹配" /></Guard>} />
          <Route path="statistics" element={<Guard allow={navAccess('/statistics')}><PlaceholderPage title="统计分析" /></Guard>} />
          <Route path="system/users" element={<Guard allow={navAccess('/system/users')}><UsersPage /></Guard>} />
          <Route path="system/roles" element={<Guard allow={navAccess('/system/roles')}><RolesPage /></Guard>} />
          <Route path="system/codes" element={<Guard allow={navAccess('/system/codes')}><CodesPage /></Guard>} />
          <Route path="audit" element={<Guard allow={navAccess('/audit')}><AuditPage /></Guard>} />
          <Route path="forbidden" element={<ForbiddenResult />} />
          <Route path="*" element={<NotFoundResult />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
