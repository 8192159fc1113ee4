// One person's reasons: every rule ✓/✗ with its Chinese message, grouped by the labelled
// alternative paths (乡镇党委书记 / 特别优秀的乡镇长 …), from POST /api/eligibility/evaluate/:id.
import { Fragment } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { Alert, Descriptions, Divider, Drawer, Empty, Skeleton, Space, Tag, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { api } from '../../api/client';
import type { Evaluation, RuleOutcome, RuleSetRef } from './types';

interface Props {
  personId: number | undefined;
  ruleSetRef: RuleSetRef | undefined;
  ruleSetName?: string;
  asOf: string;
  onClose(): void;
}

function refKey(ref: RuleSetRef | undefined): string {
  if (!ref) return '';
  return 'ruleSetId' in ref ? ref.ruleSetId : JSON.stringify(ref.ruleSet);
}

function Mark({ passed }: { passed: boolean }) {
  return passed ? <CheckCircleFilled className="elig-pass" aria-label="符合" /> : <CloseCircleFilled className="elig-fail" aria-label="不符合" />;
}

function OutcomeRow({ o, decisive }: { o: RuleOutcome; decisive: boolean }) {
  return (
    <div className="elig-outcome" data-testid="reason-row" data-passed={o.passed ? 'true' : 'false'}>
      <span style={{ fontSize: 16, lineHeight: '22px' }}>
        <Mark passed={o.passed} />
      </span>
      <div style={{ flex: 1, minWidth: 0 }}>
        <div>
          <Typography.Text strong>{o.label ?? o.ruleId}</Typography.Text>
          {o.negated && <Tag color="red" style={{ marginLeft: 6 }}>排除条件</Tag>}
          {decisive && <Tag color="error" style={{ marginLeft: 6 }}>不符合原因</Tag>}
        </div>
        <div className={o.passed ? undefined : 'cell-error'}>{o.message}</div>
        {(o.requiredText || o.actualText) && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {o.requiredText && `要求：${o.requiredText}`}
            {o.requiredText && o.actualText && '；'}
            {o.actualText && `本人：${o.actualText}`}
          </Typography.Text>
        )}
      </div>
    </div>
  );
}

export function ReasonsDrawer({ personId, ruleSetRef, ruleSetName, asOf, onClose }: Props) {
  const open = personId !== undefined && ruleSetRef !== undefined;
  const q = useQuery({
    queryKey: ['eligibility-evaluate', personId, refKey(ruleSetRef), asOf],
    queryFn: () => api<Evaluation>(`/eligibility/evaluate/${personId}`, { method: 'POST', body: { ...ruleSetRef, asOf } }),
    enabled: open,
  });
  const ev = q.data;
  const decisive = new Set(ev?.reasons.map((r) => r.ruleId) ?? []);

  // Groups in first-seen order: the common rules (no path) and one group per path.
  const groups: Array<{ key: string; path: string[]; outcomes: RuleOutcome[] }> = [];
  for (const o of ev?.outcomes ?? []) {
    const key = o.path.join(' › ');
    let g = groups.find((x) => x.key === key);
    if (!g) groups.push((g = { key, path: o.path, outcomes: [] }));
    g.outcomes.push(o);
  }
  const pathPassed = (path: string[]) => {
    const last = path[path.length - 1];
    const hits = ev?.paths.filter((p) => p.label === last) ?? [];
    return hits.length ? hits.some((p) => p.passed) : undefined;
  };
  const anyNodes = new Map<string, { label: string; paths: Evaluation['paths'] }>();
  for (const p of ev?.paths ?? []) {
    const g = anyNodes.get(p.anyId) ?? { label: p.anyLabel ?? '可选路径', paths: [] };
    g.paths.push(p);
    anyNodes.set(p.anyId, g);
  }

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={620}
      title={
        <Space>
          <span>资格审查说明</span>
          {ev && <Typography.Text>{ev.personName}</Typography.Text>}
          {ev && (ev.eligible ? <Tag color="success">符合条件</Tag> : <Tag color="error">不符合条件</Tag>)}
        </Space>
      }
      extra={personId !== undefined && <Link to={`/people/${personId}`}>人员详情</Link>}
      destroyOnHidden
      data-testid="reasons-drawer"
    >
      {q.isPending && open && <Skeleton active />}
      {q.error && <Alert type="error" showIcon title={q.error.message} />}
      {ev && (
        <div data-testid="reasons">
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label="规则集">{ruleSetName ?? ev.ruleSetId}</Descriptions.Item>
            <Descriptions.Item label="计算日期">{ev.refDate}</Descriptions.Item>
            <Descriptions.Item label="结论">
              <span data-testid="reasons-verdict">{ev.eligible ? '符合条件' : `不符合条件${ev.reasons.length ? `（${ev.reasons.length} 项未满足）` : ''}`}</span>
            </Descriptions.Item>
          </Descriptions>
          {anyNodes.size > 0 && (
            <>
              <Divider titlePlacement="start" style={{ margin: '16px 0 8px' }}>
                可选路径（满足其一即可）
              </Divider>
              {[...anyNodes.entries()].map(([id, g]) => (
                <div key={id} style={{ marginBottom: 6 }} data-testid="reasons-paths">
                  <Typography.Text type="secondary">{g.label}：</Typography.Text>
                  <Space wrap size={4}>
                    {g.paths.map((p) => (
                      <Tag key={p.index} color={p.passed ? 'success' : 'default'} icon={p.passed ? <CheckCircleFilled /> : <CloseCircleFilled />}>
                        {p.label}
                        {!p.passed && p.failedRuleIds.length > 0 && `（${p.failedRuleIds.length} 项未满足）`}
                      </Tag>
                    ))}
                  </Space>
                </div>
              ))}
            </>
          )}
          {groups.length === 0 && <Empty description="该规则集没有条件" />}
          {groups.map((g) => {
            const passed = g.path.length ? pathPassed(g.path) : undefined;
            return (
              <Fragment key={g.key}>
                <Divider titlePlacement="start" style={{ margin: '16px 0 4px' }}>
                  <Space size={6}>
                    {g.path.length === 0 ? '共同条件' : <>路径：{g.path.join(' › ')}</>}
                    {passed !== undefined && <Mark passed={passed} />}
                  </Space>
                </Divider>
                <div data-testid="reasons-group" data-path={g.key}>
                  {g.outcomes.map((o) => (
                    <OutcomeRow key={o.ruleId} o={o} decisive={decisive.has(o.ruleId)} />
                  ))}
                </div>
              </Fragment>
            );
          })}
        </div>
      )}
    </Drawer>
  );
}
