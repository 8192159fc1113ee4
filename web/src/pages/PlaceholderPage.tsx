import { Card, Result } from 'antd';
import { ToolOutlined } from '@ant-design/icons';

export default function PlaceholderPage({ title }: { title: string }) {
  return (
    <Card>
      <Result icon={<ToolOutlined style={{ color: '#1f5fad' }} />} title={`${title} · 建设中`} subTitle="该功能模块正在建设中，将在后续版本中提供。" />
    </Card>
  );
}
