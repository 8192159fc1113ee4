import { useState } from 'react';
import { Alert, Button, Form, Input } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { ApiError } from '../api/client';
import { takeLoginFlash, useAuth } from '../auth/auth';

interface Notice {
  type: 'error' | 'warning' | 'info';
  title: string;
  text: string;
}

function noticeOf(err: unknown): Notice {
  if (err instanceof ApiError) {
    switch (err.code) {
      case 'ACCOUNT_LOCKED':
        return { type: 'error', title: '账号已锁定', text: err.message };
      case 'ACCOUNT_DISABLED':
        return { type: 'error', title: '账号已停用', text: err.message };
      case 'SESSION_EXPIRED':
        return { type: 'warning', title: '登录已超时', text: err.message };
      default:
        return { type: 'error', title: '登录失败', text: err.message };
    }
  }
  return { type: 'error', title: '登录失败', text: err instanceof Error ? err.message : String(err) };
}

export default function LoginPage() {
  const { signIn } = useAuth();
  const [notice, setNotice] = useState<Notice | null>(() => {
    const flash = takeLoginFlash();
    if (!flash) return null;
    return flash.code === 'SESSION_EXPIRED' ? { type: 'warning', title: '登录已超时', text: flash.message } : { type: 'warning', title: '请重新登录', text: flash.message };
  });
  const [loading, setLoading] = useState(false);

  const onFinish = async (v: { username: string; password: string }) => {
    setLoading(true);
    setNotice(null);
    try {
      await signIn(v.username.trim(), v.password);
      // LoginRoute redirects once the user is set.
    } catch (err) {
      setNotice(noticeOf(err));
    } finally {
      setLoading(false);
    }
  };

  return (
    <div className="login-page">
      <div className="login-box">
        <div style={{ display: 'flex', justifyContent: 'center', marginBottom: 12 }}>
          <span className="app-logo-mark" style={{ width: 44, height: 44, fontSize: 24, borderRadius: 10 }}>
            干
          </span>
        </div>
        <div className="login-title">干部人才选派交流管理系统</div>
        <div className="login-sub">四川省 · 组织部门干部人才工作平台</div>
        {notice && <Alert type={notice.type} showIcon title={notice.title} description={notice.text} style={{ marginBottom: 16 }} data-testid="login-notice" />}
        <Form layout="vertical" size="large" onFinish={(v) => void onFinish(v)} requiredMark={false}>
          <Form.Item name="username" rules={[{ required: true, message: '请输入用户名' }]}>
            <Input prefix={<UserOutlined />} placeholder="用户名" autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password prefix={<LockOutlined />} placeholder="密码" autoComplete="current-password" />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" block loading={loading}>
              登 录
            </Button>
          </Form.Item>
        </Form>
        <div style={{ textAlign: 'center', color: '#8c8c8c', fontSize: 12 }}>连续多次输入错误密码将锁定账号；忘记密码请联系安全管理员重置</div>
      </div>
    </div>
  );
}
