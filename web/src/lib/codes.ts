// Code tables from GET /api/codes: labels for codes everywhere on screen, options for selects.
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import type { CodeTableName, CodeTableView } from '../api/types';

export interface Codes {
  ready: boolean;
  tables: CodeTableView[];
  /** Label of a code; the code itself when unknown, '' for null. */
  label(table: CodeTableName, code: string | null | undefined): string;
  options(table: CodeTableName, filter?: (code: string) => boolean): Array<{ value: string; label: string }>;
}

export function useCodeTables() {
  return useQuery({ queryKey: ['codes'], queryFn: () => api<{ tables: CodeTableView[] }>('/codes'), staleTime: 10 * 60_000 });
}

export function useCodes(): Codes {
  const q = useCodeTables();
  return useMemo(() => {
    const tables = q.data?.tables ?? [];
    const maps = new Map<string, Map<string, string>>(tables.map((t) => [t.name, new Map(t.items.map((i) => [i.code, i.label]))]));
    return {
      ready: !!q.data,
      tables,
      label: (table, code) => (code == null ? '' : (maps.get(table)?.get(code) ?? code)),
      options: (table, filter) =>
        (tables.find((t) => t.name === table)?.items ?? []).filter((i) => !filter || filter(i.code)).map((i) => ({ value: i.code, label: i.label })),
    };
  }, [q.data]);
}

/** Education level groups the list filter and the dashboard use (GB/T 4658 group codes). */
export const EDUCATION_GROUP_CODES = ['10', '20', '28', '30', '40', '60', '70', '80', '90'] as const;
export const EDUCATION_GROUP_LABELS: Record<string, string> = {
  '10': '研究生',
  '20': '大学本科',
  '28': '大学普通班',
  '30': '大学专科',
  '40': '中专',
  '60': '高中',
  '70': '初中',
  '80': '小学',
  '90': '其他',
};
