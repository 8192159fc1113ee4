// The admin frame users know from RuoYi / Ant Design Pro: dark side menu, a header with the
// user's name, roles and data scope, breadcrumbs above the page.
import { Suspense, useMemo, useState, type ReactNode } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { App, Avatar, Breadcrumb, Button, Dropdown, Layout, Menu, Space, Spin, Tag, Tooltip, Typography } from 'antd';
import type { MenuProps } from 'antd';
import { KeyOutlined, LogoutOutlined, MenuFoldOutlined, MenuUnfoldOutlined, UserOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useAuth, useUser } from '../auth/auth';
import { EXTRA_TITLES, findNav, visibleNav } from '../nav';
import { ChangePasswordModal } from './ChangePasswordModal';
import { PageTitleProvider, useCurrentPageTitle } from './page-title';

const { Sider, Header, Content } = Layout;

function selectedMenuKey(pathname: string): string {
  if (pathname === '/') return '/';
  const first = '/' + (pathname.split('/')[1] ?? '');
  if (first === '/system') return pathname.split('/').slice(0, 3).join('/');
  return first;
}

function Crumbs() {
  const { pathname } = useLocation();
  const pageTitle = useCurrentPageTitle();
  const items: Array<{ title: ReactNode }> = [{ title: <Link to="/">首页</Link> }];
  const nav = findNav(pathname);
  if (nav && pathname !== '/') {
    if (nav.parent) items.push({ title: nav.parent.title });
    items.push({ title: nav.item.title });
  } else {
    const extra = EXTRA_TITLES.find((e) => e.pattern.test(pathname));
    if (extra) {
      const parent = findNav(extra.parent);
      if (parent) items.push({ title: <Link to={extra.parent}>{parent.item.title}</Link> });
      if (pageTitle && /^\/people\/\d+\/edit$/.test(pathname)) {
        items.push({ title: <Link to={pathname.replace(/\/edit$/, '')}>{pageTitle}</Link> });
        items.push({ title: '编辑' });
      } else items.push({ title: pageTitle ?? extra.title });
    }
  }
  return <Breadcrumb items={items} style={{ marginBottom: 12 }} data-testid="breadcrumb" />;
}

export function AppLayout() {
  const user = useUser();
  const { signOut, refresh } = useAuth();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { modal } = App.useApp();
  const [collapsed, setCollapsed] = useState(false);
  const [pwOpen, setPwOpen] = useState(false);

  const menuItems = useMemo<MenuProps['items']>(
    () =>
      visibleNav(user).map((n) =>
        n.children
          ? { key: n.path, icon: n.icon, label: n.title, children: n.children.map((c) => ({ key: c.path, label: <Link to={c.path}>{c.title}</Link> })) }
          : { key: n.path, icon: n.icon, label: <Link to={n.path}>{n.title}</Link> },
      ),
    [user],
  );

  const scopeText = user.unitName && (user.scope === 'subtree' || user.scope === 'unit') ? `${user.scopeLabel}（${user.unitName}）` : user.scopeLabel;

  const userMenu: MenuProps['items'] = [
    { key: 'pw', icon: <KeyOutlined />, label: '修改密码', onClick: () => setPwOpen(true) },
    { type: 'divider' },
    {
      key: 'logout',
      icon: <LogoutOutlined />,
      label: '退出登录',
      onClick: () =>
        modal.confirm({
          title: '确认退出登录？',
          okText: '退出',
          cancelText: '取消',
          onOk: async () => {
            await signOut();
            navigate('/login', { replace: true });
          },
        }),
    },
  ];

  return (
    <PageTitleProvider>
      <Layout style={{ minHeight: '100vh' }}>
        <Sider width={220} collapsible collapsed={collapsed} trigger={null} style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}>
          <div className="app-logo">
            <span className="app-logo-mark">干</span>
            {!collapsed && <span>干部人才选派交流管理</span>}
          </div>
          <Menu
            theme="dark"
            mode="inline"
            selectedKeys={[selectedMenuKey(pathname)]}
            defaultOpenKeys={pathname.startsWith('/system') ? ['/system'] : []}
            items={menuItems}
            data-testid="side-menu"
          />
        </Sider>
        <Layout>
          <Header className="app-header">
            <Button type="text" icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />} onClick={() => setCollapsed(!collapsed)} aria-label="折叠菜单" />
            <Space size={16}>
              <Tooltip title="数据范围决定您可以查看和维护的人员">
                <Space size={4} data-testid="scope-label">
                  <SafetyCertificateOutlined style={{ color: '#1f5fad' }} />
                  <Typography.Text type="secondary">数据范围：</Typography.Text>
                  <Typography.Text>{scopeText}</Typography.Text>
                </Space>
              </Tooltip>
              <Space size={4}>
                {user.roleLabels.map((r) => (
                  <Tag color="blue" key={r} style={{ marginInlineEnd: 0 }}>
                    {r}
                  </Tag>
                ))}
              </Space>
              <Dropdown menu={{ items: userMenu }} placement="bottomRight">
                <Space style={{ cursor: 'pointer' }} data-testid="user-menu">
                  <Avatar size="small" icon={<UserOutlined />} style={{ background: '#1f5fad' }} />
                  <span>{user.displayName}</span>
                </Space>
              </Dropdown>
            </Space>
          </Header>
          <Content className="app-content">
            <Crumbs />
            <Suspense
              fallback={
                <div style={{ padding: 80, textAlign: 'center' }}>
                  <Spin size="large" />
                </div>
              }
            >
              <Outlet />
            </Suspense>
          </Content>
        </Layout>
      </Layout>
      <ChangePasswordModal
        open={pwOpen || user.mustChangePassword}
        forced={user.mustChangePassword}
        onCancel={() => setPwOpen(false)}
        onDone={() => {
          setPwOpen(false);
          void refresh();
        }}
      />
    </PageTitleProvider>
  );
}
