// 规则编辑: the rule tree as nested cards (全部满足 / 满足其一 / 排除 / 条件), each leaf a form row
// with Chinese field names; switch rules off or change thresholds, see who gains and who
// loses (预览影响) before saving as a new rule set or a new version.
import { useEffect, useMemo, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Dropdown, Empty, Form, Input, Modal, Popconfirm, Select, Space, Statistic, Switch, Table, Tag, Tooltip, Typography } from 'antd';
import type { MenuProps } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, ExperimentOutlined, PlusOutlined, RollbackOutlined, SaveOutlined, CopyOutlined } from '@ant-design/icons';
import { api, ApiError, messageOf, type FieldError } from '../../api/client';
import type { PersonListItem } from '../../api/types';
import { can, useUser } from '../../auth/auth';
import { useCodes, type Codes } from '../../lib/codes';
import { describeIssuePath, fromRuleNode, moveNode, newGroup, newLeaf, removeNode, toRuleSet, updateNode, type EditNode } from './editor-model';
import { FACT_SPECS, factTitle, PredicateFields } from './predicates';
import { ReasonsDrawer } from './ReasonsDrawer';
import { personColumns, ruleSetOptions, useEligibilityState, useRuleSet, useRuleSets } from './shared';
import type { RuleSet, RuleSetRef, StoredRuleSet, WhatIfResult } from './types';

const KIND_TAG: Record<EditNode['kind'], { color: string; text: string }> = {
  all: { color: 'blue', text: '全部满足' },
  any: { color: 'purple', text: '满足其一' },
  not: { color: 'red', text: '排除' },
  rule: { color: 'default', text: '条件' },
};

interface NodeOps {
  codes: Codes;
  change(key: string, fn: (n: EditNode) => EditNode): void;
  remove(key: string): void;
  move(key: string, delta: -1 | 1): void;
  add(parentKey: string, what: string): void;
}

function addMenu(): MenuProps['items'] {
  return [
    {
      type: 'group',
      label: '组合',
      children: [
        { key: 'group:all', label: '全部满足（并且）' },
        { key: 'group:any', label: '满足其一（可选路径）' },
        { key: 'group:not', label: '排除（不得满足）' },
      ],
    },
    { type: 'group', label: '条件', children: FACT_SPECS.map((s) => ({ key: `fact:${s.fact}`, label: s.title })) },
  ];
}

function AddButton({ parent, ops, text }: { parent: EditNode; ops: NodeOps; text: string }) {
  return (
    <Dropdown menu={{ items: addMenu(), onClick: ({ key }) => ops.add(parent.key, key) }} trigger={['click']}>
      <Button size="small" type="dashed" icon={<PlusOutlined />} style={{ marginTop: 8 }} data-testid={`add-${parent.id ?? parent.key}`}>
        {text}
      </Button>
    </Dropdown>
  );
}

function NodeCard({ node, ops, root, first, last }: { node: EditNode; ops: NodeOps; root?: boolean; first?: boolean; last?: boolean }) {
  const tag = KIND_TAG[node.kind];
  const tid = node.id ?? node.key;
  const body = () => {
    switch (node.kind) {
      case 'rule':
        return (
          <>
            <PredicateFields predicate={node.rule ?? { fact: 'age' }} onChange={(rule) => ops.change(node.key, (n) => ({ ...n, rule }))} codes={ops.codes} testId={`rule-${tid}`} />
            <div style={{ marginTop: 6 }}>
              <label className="elig-field">
                <span className="elig-field-label">限定语（写入说明）</span>
                <Input size="small" style={{ width: 200 }} value={node.scope ?? ''} placeholder="如：省直单位任职" onChange={(e) => ops.change(node.key, (n) => ({ ...n, scope: e.target.value }))} />
              </label>
            </div>
          </>
        );
      case 'all':
        return (
          <>
            {node.children.length === 0 && <Typography.Text type="secondary">（空：视为满足）</Typography.Text>}
            {node.children.map((c, i) => (
              <NodeCard key={c.key} node={c} ops={ops} first={i === 0} last={i === node.children.length - 1} />
            ))}
            <AddButton parent={node} ops={ops} text="添加条件" />
          </>
        );
      case 'any':
        return (
          <>
            {node.children.length === 0 && <Typography.Text type="secondary">（空：视为不满足）</Typography.Text>}
            {node.children.map((c, i) => (
              <div key={c.key} className="elig-alt" data-testid={`path-${tid}-${i}`}>
                <div className="elig-alt-head">
                  <span>路径 {i + 1}：</span>
                  <Input size="small" style={{ width: 220 }} value={c.altLabel ?? ''} placeholder="路径名称，如：乡镇党委书记" onChange={(e) => ops.change(c.key, (n) => ({ ...n, altLabel: e.target.value }))} aria-label={`路径 ${i + 1} 名称`} />
                </div>
                <NodeCard node={c} ops={ops} first={i === 0} last={i === node.children.length - 1} />
              </div>
            ))}
            <AddButton parent={node} ops={ops} text="添加路径" />
          </>
        );
      case 'not':
        return (
          <>
            {node.children.map((c) => (
              <NodeCard key={c.key} node={c} ops={ops} first last />
            ))}
            {node.children.length === 0 && <AddButton parent={node} ops={ops} text="设置排除条件" />}
          </>
        );
    }
  };
  return (
    <div className={`elig-node elig-node-${node.kind}${node.off ? ' elig-node-off' : ''}`} data-testid={`node-${tid}`}>
      <div className="elig-node-head">
        <Tag color={tag.color} style={{ marginInlineEnd: 0 }}>
          {tag.text}
        </Tag>
        {node.kind === 'rule' && <Tag style={{ marginInlineEnd: 0 }}>{factTitle(node.rule?.fact ?? '')}</Tag>}
        <Input
          size="small"
          variant="borderless"
          style={{ flex: 1, minWidth: 160, fontWeight: 500 }}
          value={node.label ?? ''}
          placeholder={node.kind === 'rule' ? '条件名称' : '组合名称'}
          onChange={(e) => ops.change(node.key, (n) => ({ ...n, label: e.target.value }))}
          aria-label="名称"
        />
        {!root && (
          <Space size={4}>
            <Tooltip title={node.off ? '已停用：预览与保存时不计入' : '启用中'}>
              <Switch size="small" checked={!node.off} onChange={(on) => ops.change(node.key, (n) => ({ ...n, off: !on }))} checkedChildren="启用" unCheckedChildren="停用" data-testid={`toggle-${tid}`} />
            </Tooltip>
            <Button size="small" type="text" icon={<ArrowUpOutlined />} disabled={first} onClick={() => ops.move(node.key, -1)} aria-label="上移" />
            <Button size="small" type="text" icon={<ArrowDownOutlined />} disabled={last} onClick={() => ops.move(node.key, 1)} aria-label="下移" />
            <Popconfirm title="删除此项（含其下全部条件）？" okText="删除" cancelText="取消" onConfirm={() => ops.remove(node.key)}>
              <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label="删除" />
            </Popconfirm>
          </Space>
        )}
      </div>
      {!node.off && <div className="elig-node-body">{body()}</div>}
    </div>
  );
}

function IssueList({ issues, ruleSet }: { issues: FieldError[]; ruleSet: RuleSet | null }) {
  return (
    <ul style={{ margin: 0, paddingLeft: 18 }}>
      {issues.map((e, i) => (
        <li key={i}>
          {ruleSet && e.field ? `${describeIssuePath(ruleSet, e.field)}：` : e.field ? `${e.field}：` : ''}
          {e.message}
        </li>
      ))}
    </ul>
  );
}

function Editor({ base }: { base: StoredRuleSet }) {
  const user = useUser();
  const codes = useCodes();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [state, update] = useEligibilityState();
  const [root, setRoot] = useState<EditNode>(() => fromRuleNode(base.root));
  const [meta, setMeta] = useState({ name: base.name, description: base.description, note: base.note });
  const [dirty, setDirty] = useState(false);
  const [whatIf, setWhatIf] = useState<{ result: WhatIfResult; ruleSet: RuleSet } | null>(null);
  const [error, setError] = useState<{ message: string; issues: FieldError[]; conflict?: boolean } | null>(null);
  const [saveAs, setSaveAs] = useState(false);
  const [drawer, setDrawer] = useState<{ personId: number; ref: RuleSetRef; name: string } | null>(null);
  const [form] = Form.useForm<{ id: string; name: string }>();
  const mayWrite = can(user, 'person.write');

  const draft = useMemo(() => toRuleSet({ id: base.id, name: meta.name, description: meta.description, note: meta.note, version: base.version }, root), [base, meta, root]);

  const touch = () => {
    setDirty(true);
    setError(null);
  };
  const ops: NodeOps = {
    codes,
    change: (key, fn) => {
      setRoot((r) => updateNode(r, key, fn));
      touch();
    },
    remove: (key) => {
      setRoot((r) => removeNode(r, key));
      touch();
    },
    move: (key, delta) => {
      setRoot((r) => moveNode(r, key, delta));
      touch();
    },
    add: (parentKey, what) => {
      setRoot((r) => {
        const [kind, name] = what.split(':') as [string, string];
        let child: EditNode;
        if (kind === 'group') child = newGroup(r, name as 'all' | 'any' | 'not', name === 'all' ? '全部满足' : name === 'any' ? '满足其一' : '排除情形');
        else {
          const spec = FACT_SPECS.find((s) => s.fact === name)!;
          child = newLeaf(r, spec.initial, spec.title);
        }
        return updateNode(r, parentKey, (p) => ({ ...p, children: [...p.children, p.kind === 'any' ? { ...child, altLabel: `路径 ${p.children.length + 1}` } : child] }));
      });
      touch();
    },
  };

  const failWith = (err: unknown) => {
    if (err instanceof ApiError) setError({ message: err.message, issues: err.fieldErrors, conflict: err.code === 'VERSION_CONFLICT' });
    else setError({ message: messageOf(err), issues: [] });
  };

  const preview = useMutation({
    mutationFn: (after: RuleSet) => api<WhatIfResult>('/eligibility/what-if', { method: 'POST', body: { before: { ruleSetId: base.id }, after, asOf: state.asOf, unitId: state.unitId } }),
    onSuccess: (result, after) => {
      setWhatIf({ result, ruleSet: after });
      setError(null);
    },
    onError: failWith,
  });

  const create = useMutation({
    mutationFn: (v: { id: string; name: string }) => api<RuleSet>('/rule-sets', { method: 'POST', body: { ruleSet: { ...draft, id: v.id, name: v.name, version: 1 }, basedOn: base.id } }),
    onSuccess: async (rs) => {
      message.success(`已保存为新规则集“${rs.name}”`);
      setSaveAs(false);
      setDirty(false);
      await qc.invalidateQueries({ queryKey: ['rule-sets'] });
      update({ ruleSetId: rs.id, run: false, page: 1 });
    },
    onError: (err) => {
      if (err instanceof ApiError) {
        const onForm = err.fieldErrors.filter((e) => e.field === 'id' || e.field === 'name');
        form.setFields(onForm.map((e) => ({ name: e.field as 'id' | 'name', errors: [e.message] })));
        if (onForm.length === err.fieldErrors.length && onForm.length > 0) return;
      }
      setSaveAs(false);
      failWith(err);
    },
  });

  const save = useMutation({
    mutationFn: () => api<RuleSet>(`/rule-sets/${encodeURIComponent(base.id)}`, { method: 'PUT', body: { ruleSet: draft, version: base.version } }),
    onSuccess: async (rs) => {
      message.success(`已保存为第 ${rs.version} 版`);
      setDirty(false);
      await qc.invalidateQueries({ queryKey: ['rule-sets'] });
      await qc.invalidateQueries({ queryKey: ['rule-set', base.id] });
    },
    onError: failWith,
  });

  const reload = async () => {
    await qc.invalidateQueries({ queryKey: ['rule-set', base.id] });
    await qc.invalidateQueries({ queryKey: ['rule-sets'] });
  };

  const whatIfTable = (items: PersonListItem[], ref: RuleSetRef, name: string, testId: string) => (
    <Table<PersonListItem>
      rowKey="id"
      size="small"
      columns={personColumns(codes, { compact: true })}
      dataSource={items}
      pagination={items.length > 8 ? { pageSize: 8, size: 'small', showSizeChanger: false } : false}
      onRow={(p) => ({ onClick: () => setDrawer({ personId: p.id, ref, name }), style: { cursor: 'pointer' } })}
      locale={{ emptyText: '无' }}
      data-testid={testId}
    />
  );

  return (
    <>
      <Card
        size="small"
        className="page-card"
        title={
          <Space wrap>
            <span>规则编辑</span>
            {base.builtin ? <Tag color="blue">内置规则集（只读，可复制为新规则集）</Tag> : <Tag color="green">自定义 · 第 {base.version} 版</Tag>}
            {dirty && <Tag color="orange">有未保存的修改</Tag>}
          </Space>
        }
        extra={
          <Space wrap>
            <Button type="primary" icon={<ExperimentOutlined />} loading={preview.isPending} onClick={() => preview.mutate(draft)} data-testid="whatif-preview">
              预览影响
            </Button>
            {mayWrite && (
              <Button
                icon={<CopyOutlined />}
                onClick={() => {
                  form.setFieldsValue({ id: base.builtin ? `${base.id}-custom` : `${base.id}-copy`, name: `${meta.name}（调整）` });
                  setSaveAs(true);
                }}
                data-testid="save-as"
              >
                另存为新规则集
              </Button>
            )}
            {mayWrite && !base.builtin && (
              <Button icon={<SaveOutlined />} loading={save.isPending} disabled={!dirty} onClick={() => save.mutate()} data-testid="save-version">
                保存为新版本
              </Button>
            )}
            <Button
              icon={<RollbackOutlined />}
              disabled={!dirty}
              onClick={() => {
                setRoot(fromRuleNode(base.root));
                setMeta({ name: base.name, description: base.description, note: base.note });
                setDirty(false);
                setError(null);
                setWhatIf(null);
              }}
            >
              放弃修改
            </Button>
          </Space>
        }
      >
        <Form layout="vertical" size="small">
          <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '0 16px' }}>
            <Form.Item label="规则集名称" style={{ marginBottom: 8 }}>
              <Input value={meta.name} onChange={(e) => (setMeta({ ...meta, name: e.target.value }), touch())} />
            </Form.Item>
            <Form.Item label="适用说明" style={{ marginBottom: 8 }}>
              <Input value={meta.description} onChange={(e) => (setMeta({ ...meta, description: e.target.value }), touch())} />
            </Form.Item>
          </div>
          <Form.Item label="口径说明（来源原文与取舍）" style={{ marginBottom: 0 }}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} value={meta.note} onChange={(e) => (setMeta({ ...meta, note: e.target.value }), touch())} />
          </Form.Item>
        </Form>
      </Card>

      {error && (
        <Alert
          className="page-card"
          style={{ marginTop: 16 }}
          type={error.conflict ? 'warning' : 'error'}
          showIcon
          title={error.conflict ? `保存冲突：${error.message}` : error.message}
          description={
            error.conflict ? (
              <Space orientation="vertical">
                <span>您的修改没有保存。可先“另存为新规则集”保留本次修改，或重新载入最新版本后再修改。</span>
                <Button size="small" onClick={() => void reload()}>
                  载入最新版本（放弃本地修改）
                </Button>
              </Space>
            ) : error.issues.length ? (
              <IssueList issues={error.issues} ruleSet={draft} />
            ) : undefined
          }
          closable={{ onClose: () => setError(null) }}
          data-testid={error.conflict ? 'conflict-alert' : 'editor-error'}
        />
      )}

      <div className="elig-layout" style={{ marginTop: 16 }}>
        <Card size="small" title="条件树" extra={<Typography.Text type="secondary">停用的条件在预览和保存时不计入</Typography.Text>}>
          <NodeCard node={root} ops={ops} root />
        </Card>
        <div className="elig-sticky">
          <Card size="small" title="假设分析：修改前后谁增谁减" data-testid="whatif-result">
            <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
              按计算日期 {state.asOf}
              {state.unitId ? '、所选单位范围' : '、我的数据范围'}比较“{base.name}”（已保存版本）与当前编辑内容，不会保存任何修改。
            </Typography.Paragraph>
            {!whatIf && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="修改阈值或停用条件后，点击“预览影响”" />}
            {whatIf && (
              <>
                {whatIf.ruleSet !== draft && <Alert type="info" showIcon title="规则已再次修改，结果可能已过时，请重新预览" style={{ marginBottom: 8 }} />}
                <Space size={28} style={{ marginBottom: 8 }}>
                  <Statistic title="修改前符合" value={whatIf.result.before} suffix="人" />
                  <Statistic title="修改后符合" value={whatIf.result.after} suffix="人" />
                  <Statistic title="新增" value={whatIf.result.gainedCount} prefix="+" styles={{ content: { color: '#389e0d' } }} />
                  <Statistic title="减少" value={whatIf.result.lostCount} prefix="−" styles={{ content: { color: '#cf1322' } }} />
                </Space>
                <Typography.Title level={5} style={{ marginTop: 8 }} data-testid="gained-title">
                  新增符合（{whatIf.result.gainedCount} 人）
                </Typography.Title>
                {whatIfTable(whatIf.result.gained, { ruleSet: whatIf.ruleSet }, `${whatIf.ruleSet.name}（编辑中）`, 'whatif-gained')}
                <Typography.Title level={5} style={{ marginTop: 12 }} data-testid="lost-title">
                  不再符合（{whatIf.result.lostCount} 人）
                </Typography.Title>
                {whatIfTable(whatIf.result.lost, { ruleSet: whatIf.ruleSet }, `${whatIf.ruleSet.name}（编辑中）`, 'whatif-lost')}
                {(whatIf.result.gainedCount > whatIf.result.gained.length || whatIf.result.lostCount > whatIf.result.lost.length) && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    名单最多列出 200 人。
                  </Typography.Text>
                )}
              </>
            )}
          </Card>
        </div>
      </div>

      <Modal
        open={saveAs}
        title="另存为新规则集"
        okText="保存"
        cancelText="取消"
        confirmLoading={create.isPending}
        onCancel={() => setSaveAs(false)}
        onOk={() => void form.validateFields().then((v) => create.mutate(v))}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false} data-testid="save-as-form">
          <Form.Item name="id" label="规则集编号" rules={[{ required: true, message: '请填写编号' }, { pattern: /^[a-z0-9][a-z0-9-]{0,79}$/, message: '只能含小写字母、数字和连字符' }]} extra={`基于：${base.name}（${base.id}）`}>
            <Input placeholder="如：shanxi-select-up-2026" />
          </Form.Item>
          <Form.Item name="name" label="规则集名称" rules={[{ required: true, message: '请填写名称' }, { max: 100 }]}>
            <Input />
          </Form.Item>
        </Form>
      </Modal>

      <ReasonsDrawer personId={drawer?.personId} ruleSetRef={drawer?.ref} ruleSetName={drawer?.name} asOf={state.asOf} onClose={() => setDrawer(null)} />
    </>
  );
}

export function RuleEditor() {
  const [state, update] = useEligibilityState();
  const sets = useRuleSets();
  const ruleSetId = state.ruleSetId ?? sets.data?.items[0]?.id;
  const detail = useRuleSet(ruleSetId);
  // A fresh editor per rule set and version (the key resets its local draft).
  const key = detail.data ? `${detail.data.id}@${detail.data.version}` : '';
  useEffect(() => {
    if (!state.ruleSetId && ruleSetId) update({ ruleSetId }, { replace: true });
  }, [state.ruleSetId, ruleSetId]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <>
      <Card size="small" className="page-card">
        <Space wrap>
          <span>基于规则集：</span>
          <Select
            style={{ width: 460 }}
            loading={sets.isLoading}
            options={ruleSetOptions(sets.data?.items ?? [])}
            value={ruleSetId}
            onChange={(v: string) => update({ ruleSetId: v, run: false })}
            showSearch={{ optionFilterProp: 'label' }}
            data-testid="editor-ruleset-select"
          />
          <Button onClick={() => update({ tab: 'screen' })}>返回资格审查</Button>
        </Space>
      </Card>
      {(sets.error || detail.error) && <Alert type="error" showIcon title={(sets.error ?? detail.error)!.message} style={{ marginTop: 16 }} />}
      {detail.data ? <Editor key={key} base={detail.data} /> : <Card loading className="page-card" />}
    </>
  );
}
