// Field names and value display of person records. The labels are the domain's own
// (src/domain/registry/field-labels.ts, pure TypeScript bundled as it is).
import type { CodeTableName } from '../api/types.js';

/** What displayValue needs of the code tables (see useCodes). */
export interface CodeLabeler {
  label(table: CodeTableName, code: string | null | undefined): string;
}

export { FIELD_LABELS, fieldLabel } from '../../../src/domain/registry/field-labels';

export const CODE_FIELDS: Record<string, CodeTableName> = {
  gender: 'gender',
  ethnicity: 'ethnicity',
  politicalStatus: 'political_status',
  category: 'category',
  postKind: 'post_kind',
  rank: 'rank',
  grade: 'grade',
  poolTier: 'pool_tier',
  health: 'health',
  kind: 'unit_kind',
  level: 'unit_level',
};

/** A value as text: codes with their labels, lists joined, objects as JSON. */
export function displayValue(key: string, value: unknown, codes: CodeLabeler | null): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? '是' : '否';
  const table = CODE_FIELDS[key];
  if (table && typeof value === 'string' && codes) {
    const label = codes.label(table, value);
    return label === value ? value : `${label}（${value}）`;
  }
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null)) return value.length ? value.join('、') : '—';
  if (typeof value === 'object') return JSON.stringify(value, null, 2);
  return String(value);
}
