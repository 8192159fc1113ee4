import { Alert, Form, Input, Modal, App } from 'antd';
import { useState } from 'react';
import { api, ApiError } from '../api/client';
import { applyFieldErrors } from '../lib/form-errors';

interface Props {
  open: boolean;
  /** A first sign-in with a temporary password cannot skip the change. */
  forced?: boolean;
  onDone(): void;
  onCancel(): void;
}

export function ChangePasswordModal({ open, forced, onDone, onCancel }: Props) {
  const [form] = Form.useForm<{ oldPassword: string; newPassword: string; confirm: string }>();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const { message } = App.useApp();

  const submit = async () => {
    const v = await form.validateFields();
    setSaving(true);
    setError(null);
    try {
      await api('/auth/password', { method: 'POST', body: { oldPassword: v.oldPassword, newPassword: v.newPassword } });
      message.success('密码已修改');
      form.resetFields();
      onDone();
    } catch (err) {
      if (err instanceof ApiError) {
        setError(err.message);
        applyFieldErrors(form, err.fieldErrors);
      } else setError(String(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      title={forced ? '首次登录请修改密码' : '修改密码'}
      open={open}
      onOk={() => void submit()}
      confirmLoading={saving}
      onCancel={forced ? undefined : onCancel}
      closable={!forced}
      mask={{ closable: false }}
      keyboard={!forced}
      cancelButtonProps={forced ? { style: { display: 'none' } } : undefined}
      okText="确认修改"
      destroyOnHidden
    >
      {forced && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title="当前密码为初始或临时密码，请设置新密码后继续使用。" />}
      {error && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={error} />}
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="oldPassword" label="原密码" rules={[{ required: true, message: '请输入原密码' }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item name="newPassword" label="新密码" extra="至少 10 位，包含大写字母、小写字母、数字、特殊字符中的至少三类，不得包含用户名" rules={[{ required: true, message: '请输入新密码' }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label="确认新密码"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: '请再次输入新密码' },
            ({ getFieldValue }) => ({ validator: (_, v) => (v === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error('两次输入的密码不一致'))) }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
