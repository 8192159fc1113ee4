// What the screening view and the rule editor share: the URL state (rule set, reference
// date, unit), the rule-set queries and the person columns.
import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { api } from '../../api/client';
import type { PersonListItem } from '../../api/types';
import type { Codes } from '../../lib/codes';
import type { RuleSetSummary, StoredRuleSet } from './types';

export interface EligibilityState {
  tab: 'screen' | 'editor';
  ruleSetId: string | undefined;
  asOf: string;
  unitId: number | undefined;
  /** Screening was asked for (the 开始审查 button); results show for these parameters. */
  run: boolean;
  page: number;
  pageSize: number;
  /** Person whose reasons are open in the drawer. */
  person: number | undefined;
}

export const today = () => dayjs().format('YYYY-MM-DD');

export function useEligibilityState(): [EligibilityState, (patch: Partial<EligibilityState>, opts?: { replace?: boolean }) => void] {
  const [sp, setSp] = useSearchParams();
  const state = useMemo<EligibilityState>(() => {
    const asOf = sp.get('asOf');
    const unitId = Number(sp.get('unitId'));
    const person = Number(sp.get('person'));
    const pageSize = Number(sp.get('pageSize'));
    return {
      tab: sp.get('tab') === 'editor' ? 'editor' : 'screen',
      ruleSetId: sp.get('rs') || undefined,
      asOf: asOf && /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : today(),
      unitId: Number.isInteger(unitId) && unitId > 0 ? unitId : undefined,
      run: sp.get('run') === '1',
      page: Math.max(1, Number(sp.get('page')) || 1),
      pageSize: [10, 20, 50, 100, 200].includes(pageSize) ? pageSize : 20,
      person: Number.isInteger(person) && person > 0 ? person : undefined,
    };
  }, [sp]);
  const update = (patch: Partial<EligibilityState>, opts: { replace?: boolean } = {}) => {
    const s = { ...state, ...patch };
    const next = new URLSearchParams();
    if (s.tab === 'editor') next.set('tab', 'editor');
    if (s.ruleSetId) next.set('rs', s.ruleSetId);
    if (sp.get('asOf') || s.asOf !== today()) next.set('asOf', s.asOf);
    if (s.unitId) next.set('unitId', String(s.unitId));
    if (s.run) next.set('run', '1');
    if (s.page > 1) next.set('page', String(s.page));
    if (s.pageSize !== 20) next.set('pageSize', String(s.pageSize));
    if (s.person) next.set('person', String(s.person));
    setSp(next, { replace: opts.replace });
  };
  return [state, update];
}

export function useRuleSets() {
  return useQuery({ queryKey: ['rule-sets'], queryFn: () => api<{ items: RuleSetSummary[] }>('/rule-sets'), staleTime: 60_000 });
}

export function useRuleSet(id: string | undefined) {
  return useQuery({ queryKey: ['rule-set', id], queryFn: () => api<StoredRuleSet>(`/rule-sets/${encodeURIComponent(id!)}`), enabled: !!id, staleTime: 60_000 });
}

export function ruleSetOptions(items: RuleSetSummary[]) {
  const opt = (r: RuleSetSummary) => ({ value: r.id, label: r.builtin ? r.name : `${r.name}（第 ${r.version} 版）` });
  const builtin = items.filter((r) => r.builtin).map(opt);
  const stored = items.filter((r) => !r.builtin).map(opt);
  return [
    { label: '内置规则集', title: '内置规则集', options: builtin },
    ...(stored.length ? [{ label: '自定义规则集', title: '自定义规则集', options: stored }] : []),
  ];
}

export function personColumns(codes: Codes, opts: { compact?: boolean } = {}): TableColumnsType<PersonListItem> {
  const cols: TableColumnsType<PersonListItem> = [
    { key: 'name', title: '姓名', width: 90, render: (_, p) => <a>{p.name}</a> },
    { key: 'gender', title: '性别', width: 56, render: (_, p) => codes.label('gender', p.gender) },
    { key: 'age', title: '年龄', width: 60, render: (_, p) => `${p.age}岁` },
    { key: 'unitName', title: '所在单位', width: 170, ellipsis: true, render: (_, p) => p.unitName ?? '' },
    { key: 'post', title: '现任职务', width: 150, ellipsis: true, render: (_, p) => p.post ?? '' },
    { key: 'rank', title: '职务级别', width: 100, render: (_, p) => codes.label('rank', p.rank) },
  ];
  return opts.compact ? cols.filter((c) => c.key !== 'gender' && c.key !== 'rank') : cols;
}
