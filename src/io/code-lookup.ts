// Label → code lookup for importers. Users type the labels they see in drop-downs and on
// paper forms (汉族, 中共党员, 大学本科毕业); the registry stores national codes. The code
// itself is accepted too, so a sheet exported from another system still imports.
//
// Boundaries:
// - Matching ignores whitespace and full-width/half-width differences (NFKC), nothing else:
//   '汉' is not '汉族' (users are told the exact label instead of being guessed at).
// - A few everyday synonyms are accepted where the standard label is not what people say
//   (正处级 → 131, 合格 → competent, 民盟 → 05 …). An alias only applies when its target code
//   exists in the tables passed in (administrators may edit the tables).
// - Labels and codes come from the tables passed in, so an administrator's relabelling wins.

import type { CodeItem, CodeTableName } from '../domain/codes/tables.js';

export type CodeTables = Record<CodeTableName, CodeItem[]>;

/** Everyday words for codes, per table (label-like text → code). */
const ALIASES: Partial<Record<CodeTableName, Record<string, string>>> = {
  gender: { 男性: '1', 女性: '2' },
  ethnicity: { 崩龙族: '46' },
  political_status: {
    党员: '01',
    中国共产党党员: '01',
    共产党员: '01',
    预备党员: '02',
    中共预备党员: '02',
    团员: '03',
    共青团员: '03',
    民革: '04',
    民革党员: '04',
    民盟: '05',
    民建: '06',
    民进: '07',
    农工党: '08',
    农工民主党: '08',
    致公党: '09',
    九三学社: '10',
    台盟: '11',
    无党派: '12',
    无党派民主人士: '12',
  },
  rank: {
    正部级: '111',
    副部级: '112',
    正省部级: '111',
    副省部级: '112',
    正厅级: '121',
    副厅级: '122',
    正厅局级: '121',
    副厅局级: '122',
    正处级: '131',
    副处级: '132',
    正县级: '131',
    副县级: '132',
    正县处级: '131',
    副县处级: '132',
    正科级: '141',
    副科级: '142',
    正乡科级: '141',
    副乡科级: '142',
    科员: '150',
    办事员: '160',
  },
  appraisal: { 合格: 'competent', 基本合格: 'basically_competent', 不合格: 'incompetent' },
  health: { 良好: 'healthy', 健康良好: 'healthy', 身体健康: 'healthy', 较弱: 'fair', 一般: 'fair' },
  title_level: { 正高: 'senior', 副高: 'associate', 高级: 'associate' },
};

/** The matching key: NFKC, no whitespace. */
export function lookupKey(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

export interface CodeLookup {
  /** The code for a label, code or alias; undefined when not recognised or blank. */
  code(table: CodeTableName, text: string): string | undefined;
  /** The label of a code ('' for null; the code itself when unknown). */
  label(table: CodeTableName, code: string | null | undefined): string;
  /** Labels in table order, for drop-downs and messages. */
  labels(table: CodeTableName): string[];
}

export function createCodeLookup(tables: CodeTables): CodeLookup {
  const byKey = new Map<CodeTableName, Map<string, string>>();
  const byCode = new Map<CodeTableName, Map<string, string>>();
  const tableOf = (name: CodeTableName): Map<string, string> => {
    let m = byKey.get(name);
    if (m) return m;
    m = new Map();
    const codes = new Map<string, string>();
    const items = tables[name];
    for (const item of items) codes.set(item.code, item.label);
    // Aliases first so that a real label or code of the same spelling overrides them.
    for (const [alias, code] of Object.entries(ALIASES[name] ?? {})) {
      if (codes.has(code)) m.set(lookupKey(alias), code);
    }
    for (const item of items) m.set(lookupKey(item.code), item.code);
    for (const item of items) m.set(lookupKey(item.label), item.code);
    byKey.set(name, m);
    byCode.set(name, codes);
    return m;
  };
  return {
    code(table, text) {
      const key = lookupKey(text);
      if (key === '') return undefined;
      return tableOf(table).get(key);
    },
    label(table, code) {
      if (code == null) return '';
      tableOf(table);
      return byCode.get(table)?.get(code) ?? code;
    },
    labels(table) {
      return tables[table].map((i) => i.label);
    },
  };
}
