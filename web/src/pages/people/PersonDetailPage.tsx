// 人员详情: tabs of the record, the masked ID with an audited 显示, edit / delete / .lrmx.
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Empty, Form, Input, Modal, Space, Spin, Table, Tabs, Tag, Timeline, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, EyeInvisibleOutlined, EyeOutlined, FileTextOutlined } from '@ant-design/icons';
import { api, ApiError, download, messageOf } from '../../api/client';
import type { AuditItem, PersonView } from '../../api/types';
import { can, useUser } from '../../auth/auth';
import { ErrorResult } from '../../components/results';
import { JsonDiff } from '../../components/JsonDiff';
import { usePageTitle } from '../../layout/page-title';
import { useCodes } from '../../lib/codes';
import { formatDate, formatMonth, formatTime } from '../../lib/format';

const APPRAISAL_COLOR: Record<string, string> = { excellent: 'green', competent: 'blue', basically_competent: 'orange', incompetent: 'red' };

export default function PersonDetailPage() {
  const id = Number(useParams().id);
  const user = useUser();
  const codes = useCodes();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const { message, modal } = App.useApp();
  const [revealed, setRevealed] = useState<string | null>(null);
  const [revealing, setRevealing] = useState(false);
  const [tab, setTab] = useState('basic');
  const [lrmxOpen, setLrmxOpen] = useState(false);
  const [lrmxForm] = Form.useForm<{ proposedPost?: string; proposedRemoval?: string }>();

  const q = useQuery({ queryKey: ['person', id], queryFn: () => api<PersonView>(`/people/${id}`), enabled: Number.isInteger(id) && id > 0 });
  const audit = useQuery({ queryKey: ['person-audit', id], queryFn: () => api<{ items: AuditItem[] }>(`/people/${id}/audit`), enabled: tab === 'audit' && !!q.data });
  usePageTitle(q.data?.name);

  if (!Number.isInteger(id) || id <= 0) return <ErrorResult error={new ApiError(404, { code: 'NOT_FOUND', message: '人员不存在或已被删除' })} />;
  if (q.error) return <ErrorResult error={q.error} onRetry={() => void q.refetch()} />;
  if (!q.data)
    return (
      <Card>
        <div style={{ padding: 60, textAlign: 'center' }}>
          <Spin />
        </div>
      </Card>
    );
  const p = q.data;

  const reveal = async () => {
    if (revealed) {
      setRevealed(null);
      return;
    }
    setRevealing(true);
    try {
      const r = await api<{ idNumber: string | null }>(`/people/${id}/reveal-id`, { method: 'POST' });
      setRevealed(r.idNumber ?? '（未登记）');
    } catch (err) {
      message.error(messageOf(err));
    } finally {
      setRevealing(false);
    }
  };

  const remove = () =>
    modal.confirm({
      title: `确认删除人员“${p.name}”？`,
      content: '删除后该人员的任职经历、考核、学历、职称、家庭成员等信息一并删除，操作将记入审计日志。',
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        try {
          await api(`/people/${id}`, { method: 'DELETE', query: { version: p.version } });
          message.success(`已删除人员 ${p.name}`);
          await qc.invalidateQueries({ queryKey: ['people'] });
          await qc.invalidateQueries({ queryKey: ['units'] });
          navigate('/people');
        } catch (err) {
          modal.error({ title: '删除失败', content: messageOf(err) });
        }
      },
    });

  const lrmx = async () => {
    const v = lrmxForm.getFieldsValue();
    try {
      await download(`/people/${id}/lrmx`, { proposedPost: v.proposedPost?.trim() || undefined, proposedRemoval: v.proposedRemoval?.trim() || undefined }, `${p.name}.lrmx`);
      setLrmxOpen(false);
    } catch (err) {
      message.error(messageOf(err));
    }
  };

  const basic = (
    <Descriptions bordered size="small" column={3} styles={{ label: { width: 150, whiteSpace: 'nowrap' } }} data-testid="person-basic">
      <Descriptions.Item label="姓名">{p.name}</Descriptions.Item>
      <Descriptions.Item label="性别">{codes.label('gender', p.gender)}</Descriptions.Item>
      <Descriptions.Item label="民族">{codes.label('ethnicity', p.ethnicity)}</Descriptions.Item>
      <Descriptions.Item label="出生日期">
        {formatDate(p.birthDate)}（{p.age}岁）
      </Descriptions.Item>
      <Descriptions.Item label="身份证号码" span={2}>
        <Space>
          <span style={{ fontFamily: 'monospace' }} data-testid="id-number">
            {revealed ?? p.idNumberMasked ?? '（未登记）'}
          </span>
          {p.idNumberMasked && can(user, 'person.reveal_id') && (
            <Button size="small" type="link" icon={revealed ? <EyeInvisibleOutlined /> : <EyeOutlined />} loading={revealing} onClick={() => void reveal()} data-testid="reveal-id">
              {revealed ? '隐藏' : '显示'}
            </Button>
          )}
          {!revealed && p.idNumberMasked && can(user, 'person.reveal_id') && <Typography.Text type="secondary">查看完整号码将记入审计日志</Typography.Text>}
        </Space>
      </Descriptions.Item>
      <Descriptions.Item label="籍贯">{p.nativePlace}</Descriptions.Item>
      <Descriptions.Item label="出生地">{p.birthplace}</Descriptions.Item>
      <Descriptions.Item label="成长地">{p.growthPlace}</Descriptions.Item>
      <Descriptions.Item label="政治面貌">{codes.label('political_status', p.politicalStatus)}</Descriptions.Item>
      <Descriptions.Item label="入党时间">{formatDate(p.partyJoinDate)}</Descriptions.Item>
      <Descriptions.Item label="党派说明">{p.partyNote}</Descriptions.Item>
      <Descriptions.Item label="参加工作时间">{formatDate(p.workStartDate)}</Descriptions.Item>
      <Descriptions.Item label="人员类别">{codes.label('category', p.category)}</Descriptions.Item>
      <Descriptions.Item label="所在单位">{p.unitId != null ? <Link to={`/people?unitId=${p.unitId}`}>{p.unitName}</Link> : '—'}</Descriptions.Item>
      <Descriptions.Item label="现任职务">{p.post}</Descriptions.Item>
      <Descriptions.Item label="岗位类别">{codes.label('post_kind', p.postKind)}</Descriptions.Item>
      <Descriptions.Item label="职务级别">{codes.label('rank', p.rank)}</Descriptions.Item>
      <Descriptions.Item label="职级">{codes.label('grade', p.grade)}</Descriptions.Item>
      <Descriptions.Item label="任现职级时间">{formatDate(p.rankStartDate)}</Descriptions.Item>
      <Descriptions.Item label="任现职时间">{formatDate(p.postStartDate)}</Descriptions.Item>
      <Descriptions.Item label="进入现单位时间">{formatDate(p.unitStartDate)}</Descriptions.Item>
      <Descriptions.Item label="后备干部">{p.isReserve ? '是' : '否'}</Descriptions.Item>
      <Descriptions.Item label="优秀年轻干部库">{codes.label('pool_tier', p.poolTier) || '—'}</Descriptions.Item>
      <Descriptions.Item label="健康状况">{codes.label('health', p.health)}</Descriptions.Item>
      <Descriptions.Item label="健康说明" span={2}>
        {p.healthNote}
      </Descriptions.Item>
      <Descriptions.Item label="专长" span={3}>
        {p.specialities.map((s) => (
          <Tag key={s}>{s}</Tag>
        ))}
      </Descriptions.Item>
      <Descriptions.Item label="标签" span={3}>
        {p.tags.map((s) => (
          <Tag color="blue" key={s}>
            {s}
          </Tag>
        ))}
      </Descriptions.Item>
      <Descriptions.Item label="服务意向" span={3}>
        {p.serviceIntention}
      </Descriptions.Item>
    </Descriptions>
  );

  const appointments = (
    <Table
      size="small"
      pagination={false}
      rowKey={(_, i) => String(i)}
      dataSource={[...p.appointments].sort((a, b) => a.startDate.localeCompare(b.startDate))}
      locale={{ emptyText: <Empty description="暂无任职经历" /> }}
      columns={[
        { title: '起止时间', key: 't', width: 180, render: (_, a) => `${formatMonth(a.startDate)} — ${a.endDate ? formatMonth(a.endDate) : '至今'}` },
        { title: '任职单位', dataIndex: 'unitName' },
        { title: '职务', dataIndex: 'post' },
        { title: '岗位类别', key: 'k', render: (_, a) => codes.label('post_kind', a.postKind) },
        { title: '职务级别', key: 'r', render: (_, a) => codes.label('rank', a.rank) },
      ]}
    />
  );

  const appraisals = (
    <Table
      size="small"
      pagination={false}
      rowKey="year"
      dataSource={[...p.appraisals].sort((a, b) => b.year - a.year)}
      locale={{ emptyText: <Empty description="暂无考核记录" /> }}
      columns={[
        { title: '考核年度', dataIndex: 'year', width: 120 },
        { title: '考核结果', key: 'g', render: (_, a) => <Tag color={APPRAISAL_COLOR[a.grade]}>{codes.label('appraisal', a.grade)}</Tag> },
      ]}
    />
  );

  const education = (
    <Table
      size="small"
      pagination={false}
      rowKey={(_, i) => String(i)}
      dataSource={p.education}
      locale={{ emptyText: <Empty description="暂无学历学位信息" /> }}
      columns={[
        { title: '教育类别', key: 'm', width: 90, render: (_, e) => (e.mode === 'fulltime' ? <Tag color="blue">全日制</Tag> : <Tag>在职</Tag>) },
        { title: '学历', key: 'l', render: (_, e) => codes.label('education', e.level) },
        { title: '学位', dataIndex: 'degree' },
        { title: '毕业院校', dataIndex: 'school' },
        { title: '所学专业', dataIndex: 'major' },
        { title: '起止时间', key: 't', render: (_, e) => `${formatMonth(e.startDate)} — ${formatMonth(e.endDate)}` },
      ]}
    />
  );

  const titles = (
    <Table
      size="small"
      pagination={false}
      rowKey={(_, i) => String(i)}
      dataSource={p.titles}
      locale={{ emptyText: <Empty description="暂无专业技术职务" /> }}
      columns={[
        { title: '职称系列', key: 's', render: (_, t) => codes.label('title_series', t.series) },
        { title: '等级', key: 'l', render: (_, t) => codes.label('title_level', t.level) },
        { title: '职称名称', dataIndex: 'name' },
        { title: '取得时间', key: 'd', render: (_, t) => formatDate(t.obtainedDate) },
      ]}
    />
  );

  const family = (
    <Table
      size="small"
      pagination={false}
      rowKey={(_, i) => String(i)}
      dataSource={p.family}
      locale={{ emptyText: <Empty description="暂无家庭成员信息" /> }}
      columns={[
        { title: '称谓', dataIndex: 'relation', width: 80 },
        { title: '姓名', dataIndex: 'name', width: 100 },
        { title: '出生日期', key: 'b', width: 110, render: (_, f) => formatMonth(f.birthDate) },
        { title: '政治面貌', key: 'p', width: 110, render: (_, f) => codes.label('political_status', f.politicalStatus) },
        { title: '工作单位及职务', dataIndex: 'workUnit' },
      ]}
    />
  );

  const history = audit.isLoading ? (
    <Spin />
  ) : audit.error ? (
    <Alert type="error" showIcon title={audit.error.message} />
  ) : !audit.data?.items.length ? (
    <Empty description="暂无操作记录" />
  ) : (
    <Timeline
      data-testid="person-history"
      items={audit.data.items.map((a) => ({
        color: a.action === 'person.create' ? 'green' : a.action === 'person.import' ? 'purple' : 'blue',
        content: (
          <div>
            <Space wrap>
              <Typography.Text strong>{formatTime(a.at)}</Typography.Text>
              <Tag>{a.actionLabel}</Tag>
              <span>操作人：{a.username ?? '系统'}</span>
            </Space>
            <div style={{ margin: '4px 0 8px' }}>{a.summary}</div>
            {(a.before != null || a.after != null) && <JsonDiff before={a.before} after={a.after} />}
          </div>
        ),
      }))}
    />
  );

  return (
    <div>
      <Card className="page-card">
        <Space style={{ width: '100%', justifyContent: 'space-between' }} align="start">
          <Space direction="vertical" size={4}>
            <Space align="center">
              <Typography.Title level={3} style={{ margin: 0 }} data-testid="person-name">
                {p.name}
              </Typography.Title>
              <Tag>{codes.label('gender', p.gender)}</Tag>
              <Tag>{codes.label('ethnicity', p.ethnicity)}</Tag>
              <Tag>{p.age}岁</Tag>
              {p.isReserve && <Tag color="gold">后备干部</Tag>}
              {p.poolTier && <Tag color="purple">{codes.label('pool_tier', p.poolTier)}</Tag>}
            </Space>
            <Typography.Text type="secondary">
              {p.unitName ?? '（未分配单位）'}
              {p.post ? ` · ${p.post}` : ''}
              {p.rank ? ` · ${codes.label('rank', p.rank)}` : ''}
            </Typography.Text>
          </Space>
          <Space>
            <Button icon={<FileTextOutlined />} onClick={() => setLrmxOpen(true)} data-testid="download-lrmx">
              下载任免审批表
            </Button>
            {can(user, 'person.write') && (
              <Button type="primary" icon={<EditOutlined />} onClick={() => navigate(`/people/${id}/edit`)} data-testid="edit-person">
                编辑
              </Button>
            )}
            {can(user, 'person.write') && user.scope !== 'self' && (
              <Button danger icon={<DeleteOutlined />} onClick={remove}>
                删除
              </Button>
            )}
          </Space>
        </Space>
      </Card>
      <Card className="page-card">
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            { key: 'basic', label: '基本信息', children: basic },
            { key: 'appointments', label: `任职经历（${p.appointments.length}）`, children: appointments },
            { key: 'appraisals', label: `年度考核（${p.appraisals.length}）`, children: appraisals },
            { key: 'education', label: `学历学位（${p.education.length}）`, children: education },
            { key: 'titles', label: `专业技术职务（${p.titles.length}）`, children: titles },
            { key: 'family', label: `家庭成员（${p.family.length}）`, children: family },
            { key: 'audit', label: '操作记录', children: history },
          ]}
        />
      </Card>
      <Modal open={lrmxOpen} title="下载干部任免审批表（.lrmx）" okText="下载" onOk={() => void lrmx()} onCancel={() => setLrmxOpen(false)}>
        <Typography.Paragraph type="secondary">生成可由干部任免审批表软件打开的 .lrmx 文件。拟任、拟免职务可留空。</Typography.Paragraph>
        <Form form={lrmxForm} layout="vertical">
          <Form.Item name="proposedPost" label="拟任职务">
            <Input maxLength={200} placeholder="如：理塘县人民政府副县长（挂职）" />
          </Form.Item>
          <Form.Item name="proposedRemoval" label="拟免职务">
            <Input maxLength={200} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
