// Test helpers: fill the people template the way a user would, with exceljs.

import ExcelJS from 'exceljs';
import { CODE_TABLES } from '../../domain/codes/tables.js';
import { computeCheckChar } from '../../domain/registry/id-number.js';
import type { IsoDate } from '../../domain/registry/types.js';
import type { PeopleImportContext, UnitResolution } from './people-import.js';
import { buildPeopleTemplate, PEOPLE_SHEET } from './people-template.js';
import { columnForHeader, peopleColumns, templateHeader } from './people-columns.js';

export const TODAY: IsoDate = '2026-11-22';

export const UNITS = [
  { id: 7, name: '康定市委组织部', pathLabel: '甘孜州/康定市/康定市委组织部' },
  { id: 8, name: '组织部', pathLabel: '甘孜州/泸定县/组织部' },
  { id: 9, name: '组织部', pathLabel: '甘孜州/丹巴县/组织部' },
];

export function resolveUnit(text: string): UnitResolution {
  const t = text.trim();
  if (/^\d+$/u.test(t)) return UNITS.some((u) => u.id === Number(t)) ? Number(t) : null;
  const byPath = UNITS.filter((u) => u.pathLabel === t);
  if (byPath.length === 1) return byPath[0]?.id ?? null;
  const byName = UNITS.filter((u) => u.name === t);
  if (byName.length > 1) return 'ambiguous';
  return byName[0]?.id ?? null;
}

export const CTX: PeopleImportContext = { codeTables: CODE_TABLES, resolveUnit, today: TODAY };

/** A valid 18-digit ID number for a birth date and sequence (odd = male). */
export function makeId(birth: IsoDate, seq = '123', division = '513301'): string {
  const first17 = `${division}${birth.replaceAll('-', '')}${seq}`;
  return first17 + computeCheckChar(first17);
}

export type SheetRow = Record<string, unknown>;

/** A complete, valid row keyed by template label. */
export function validRow(overrides: SheetRow = {}): SheetRow {
  return {
    姓名: '张明',
    性别: '男',
    民族: '汉族',
    出生日期: new Date(Date.UTC(1985, 6, 1)),
    身份证号码: makeId('1985-07-01'),
    籍贯: '四川成都',
    出生地: '四川康定',
    政治面貌: '中共党员',
    入党时间: '2006.06',
    参加工作时间: '200707',
    人员类别: '党政干部',
    所在单位: '甘孜州/康定市/康定市委组织部',
    现任职务: '组织部副部长',
    岗位类别: '部门副职',
    职务级别: '乡科级副职',
    职级: '二级主任科员',
    任现职级时间: '2019/6/1',
    任现职时间: '2020-03-01',
    全日制学历: '大学本科毕业',
    全日制学位: '法学学士',
    全日制毕业院校: '四川大学',
    全日制专业: '法学',
    在职学历: '硕士研究生毕业',
    在职学位: '公共管理硕士',
    在职毕业院校: '电子科技大学',
    在职专业: '公共管理',
    专业技术职务等级: '中级',
    职称系列: '经济',
    职称名称: '经济师',
    取得时间: '2015.12.01',
    后备干部: '是',
    专长: '项目管理；乡村规划',
    标签: '援藏',
    健康状况: '健康',
    服务意向: '甘孜州乡镇',
    '2023年度考核': '称职',
    '2024年度考核': '优秀',
    '2025年度考核': '合格',
    ...overrides,
  };
}

/** exceljs types its input as an ArrayBuffer-like "Buffer"; hand it a plain copy. */
export async function loadWorkbook(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(buf).buffer);
  return wb;
}

/** Loads the template, writes rows under the header by label, returns the file. */
export async function fillTemplate(rows: SheetRow[], template?: Buffer): Promise<Buffer> {
  const buf = template ?? (await buildPeopleTemplate(CODE_TABLES, UNITS, { today: TODAY }));
  const wb = await loadWorkbook(buf);
  const ws = wb.getWorksheet(PEOPLE_SHEET);
  if (!ws) throw new Error('no people sheet');
  const colOf = new Map<string, number>();
  ws.getRow(1).eachCell((cell, col) => {
    const c = columnForHeader(String(cell.value));
    if (c) colOf.set(c.label, col);
  });
  rows.forEach((r, i) => {
    const row = ws.getRow(i + 2);
    for (const [label, value] of Object.entries(r)) {
      const col = colOf.get(label);
      if (col === undefined) throw new Error(`no column ${label}`);
      const cell = row.getCell(col);
      if (value instanceof Date || typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') {
        cell.value = value;
      } else if (value !== null && value !== undefined) {
        throw new Error(`unsupported value for ${label}`);
      }
    }
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A plain workbook with the given header rows and data (for header-handling tests). */
export async function plainWorkbook(sheets: Array<{ name: string; rows: unknown[][]; state?: 'hidden' }>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, s.state ? { state: s.state } : {});
    for (const r of s.rows) {
      ws.addRow(
        r.map((v) => (v instanceof Date || typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' ? v : null)),
      );
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * The same rows in a plain workbook with the template's headers (no styles or drop-downs):
 * much quicker to build than loading the template, for tests about cell contents.
 */
export async function peopleSheet(rows: SheetRow[]): Promise<Buffer> {
  const columns = peopleColumns([2023, 2024, 2025]);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(PEOPLE_SHEET);
  columns.forEach((c, j) => {
    ws.getCell(1, j + 1).value = templateHeader(c);
  });
  rows.forEach((r, i) => {
    for (const [label, value] of Object.entries(r)) {
      const j = columns.findIndex((c) => c.label === label);
      if (j < 0) throw new Error(`no column ${label}`);
      if (value instanceof Date || typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') {
        ws.getCell(i + 2, j + 1).value = value;
      }
    }
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
