// Plain values out of exceljs cells: rich text joined, formulas replaced by their cached
// results, hyperlinks by their text, errors by null.

import type { CellValue } from 'exceljs';

export type CellScalar = string | number | boolean | Date | null;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

export function cellScalar(v: CellValue | unknown): CellScalar {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v;
  if (!isObject(v)) return null;
  const richText = v['richText'];
  if (Array.isArray(richText)) {
    return richText.map((r: unknown) => (isObject(r) && typeof r['text'] === 'string' ? r['text'] : '')).join('');
  }
  if ('formula' in v || 'sharedFormula' in v) return cellScalar(v['result']);
  if ('error' in v) return null;
  if ('text' in v) return cellScalar(v['text']);
  return null;
}

/** Text a user sees for a scalar (dates as yyyy-mm-dd), '' for empty. */
export function scalarText(v: CellScalar): string {
  if (v === null) return '';
  if (v instanceof Date) {
    return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  }
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(15)));
  return String(v).trim();
}
