// Puts the API's fieldErrors ('birthDate', 'education[1].level') beside the form fields.
import type { FormInstance } from 'antd';
import type { FieldError } from '../api/client';

/** 'education[1].level' → ['education', 1, 'level']. */
export function fieldPath(field: string): Array<string | number> {
  const out: Array<string | number> = [];
  for (const part of field.split('.')) {
    const re = /([^[\]]+)|\[(\d+)\]/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(part))) out.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  }
  return out;
}

/** Sets errors on the fields the form has; returns the errors that matched no field. */
export function applyFieldErrors<T>(form: FormInstance<T>, errors: FieldError[], aliases: Record<string, string> = {}): FieldError[] {
  const grouped = new Map<string, { name: Array<string | number>; errors: string[] }>();
  const unmatched: FieldError[] = [];
  for (const e of errors) {
    const name = fieldPath(aliases[e.field] ?? e.field);
    const key = JSON.stringify(name);
    // Only fields the form holds can show an error; the rest go to the summary.
    if (!hasPath(form.getFieldsValue(true), name)) {
      unmatched.push(e);
      continue;
    }
    const g = grouped.get(key) ?? { name, errors: [] };
    g.errors.push(e.message);
    grouped.set(key, g);
  }
  form.setFields([...grouped.values()].map((g) => ({ name: g.name as never, errors: g.errors })));
  return unmatched;
}

function hasPath(obj: unknown, path: Array<string | number>): boolean {
  let cur: unknown = obj;
  for (const p of path) {
    if (cur == null || typeof cur !== 'object') return false;
    if (!(p in (cur as Record<string | number, unknown>))) return false;
    cur = (cur as Record<string | number, unknown>)[p];
  }
  return true;
}
