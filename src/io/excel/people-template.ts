// The people import template (人员信息导入模板.xlsx).
//
// Sheets: 人员信息 (the sheet users fill: one header row, frozen, required headers red with
// '*', a comment on each header), 说明 (how to fill it, column by column), 单位列表 (unit
// ids and full names, when units are given) and a hidden 代码 sheet that feeds the
// drop-downs. Drop-downs offer labels (汉族, 中共党员), never codes; the parser maps labels
// back to codes and accepts a typed code too, so the validations warn rather than block.
//
// Date columns carry the yyyy-mm-dd format; the ID-number and free-text columns are text
// ('@') so that Excel neither rounds an 18-digit number nor turns '1-2' into a date.

import type { Worksheet } from 'exceljs';
import { CODE_TABLE_TITLES, type CodeTableName } from '../../domain/codes/tables.js';
import type { IsoDate } from '../../domain/registry/types.js';
import type { CodeTables } from '../code-lookup.js';
import { peopleColumns, templateHeader, type PeopleColumn } from './people-columns.js';
import {
  HEADER_FILL,
  HEADER_FONT,
  REQUIRED_FONT,
  THIN_BORDER,
  addRangeValidation,
  columnLetter,
  newWorkbook,
  sheetRef,
  workbookBuffer,
} from './workbook-kit.js';

export const PEOPLE_SHEET = '人员信息';
export const INSTRUCTIONS_SHEET = '说明';
export const UNITS_SHEET = '单位列表';
export const CODES_SHEET = '代码';

/** Rows (after the header) that carry drop-downs; the parser reads any number of rows. */
export const TEMPLATE_ROWS = 10_000;

export interface TemplateUnit {
  id: number;
  name: string;
  /** Full name with the path of parent units, e.g. '甘孜州/康定市/康定市委组织部'. */
  pathLabel?: string;
}

export interface PeopleTemplateOptions {
  /** Years for the appraisal columns; default the three years before `today`'s year. */
  appraisalYears?: number[];
  /** Reference date for the default appraisal years; default the current date. */
  today?: IsoDate;
}

/** The three completed appraisal years before the reference year (2026 → 2023, 2024, 2025). */
export function defaultAppraisalYears(today: IsoDate): number[] {
  const y = Number(today.slice(0, 4));
  return [y - 3, y - 2, y - 1];
}

/** Extra drop-down entries accepted by the parser that users expect to see. */
const EXTRA_LABELS: Partial<Record<CodeTableName, string[]>> = {
  appraisal: ['合格', '基本合格', '不合格'],
};

const BOOL_LIST = '"是,否"';

export async function buildPeopleTemplate(
  codeTables: CodeTables,
  units: TemplateUnit[],
  opts: PeopleTemplateOptions = {},
): Promise<Buffer> {
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const columns = peopleColumns(opts.appraisalYears ?? defaultAppraisalYears(today));

  const wb = newWorkbook();
  const people = wb.addWorksheet(PEOPLE_SHEET, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }],
    properties: { defaultRowHeight: 18 },
  });
  const instructions = wb.addWorksheet(INSTRUCTIONS_SHEET);
  const unitSheet = units.length > 0 ? wb.addWorksheet(UNITS_SHEET) : null;
  const codes = wb.addWorksheet(CODES_SHEET, { state: 'hidden' });

  const listRanges = writeCodeSheet(codes, codeTables, columns);
  const unitRange = unitSheet ? writeUnitSheet(unitSheet, units) : null;
  writePeopleSheet(people, columns, listRanges, unitRange);
  writeInstructions(instructions, columns, codeTables, unitSheet !== null);

  return workbookBuffer(wb);
}

function writePeopleSheet(
  ws: Worksheet,
  columns: PeopleColumn[],
  listRanges: Map<CodeTableName, string>,
  unitRange: string | null,
): void {
  ws.columns = columns.map((c) => ({
    header: templateHeader(c),
    key: c.key,
    width: c.width,
    style:
      c.kind.type === 'date'
        ? { numFmt: 'yyyy-mm-dd' }
        : c.kind.type === 'id' || c.kind.type === 'text' || c.kind.type === 'list' || c.kind.type === 'name'
          ? { numFmt: '@' }
          : {},
  }));
  const header = ws.getRow(1);
  header.height = 32;
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.font = c.required ? REQUIRED_FONT : HEADER_FONT;
    cell.fill = HEADER_FILL;
    cell.border = THIN_BORDER;
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.numFmt = 'General';
    cell.note = `${c.required ? '必填。' : ''}${c.hint}`;
  });

  const last = TEMPLATE_ROWS + 1;
  columns.forEach((c, i) => {
    const letter = columnLetter(i + 1);
    const range = `${letter}2:${letter}${last}`;
    switch (c.kind.type) {
      case 'code': {
        const source = listRanges.get(c.kind.table);
        if (!source) return;
        addRangeValidation(ws, range, {
          type: 'list',
          allowBlank: true,
          formulae: [source],
          showErrorMessage: true,
          errorStyle: 'warning',
          errorTitle: c.label,
          error: `“${c.label}”请从下拉列表中选择（也可填写代码）`,
        });
        return;
      }
      case 'bool':
        addRangeValidation(ws, range, {
          type: 'list',
          allowBlank: true,
          formulae: [BOOL_LIST],
          showErrorMessage: true,
          errorStyle: 'stop',
          errorTitle: c.label,
          error: '请填写“是”或“否”',
        });
        return;
      case 'unit':
        if (unitRange) {
          // Free text stays allowed: a unit id or a full name not in the list still imports.
          addRangeValidation(ws, range, {
            type: 'list',
            allowBlank: true,
            formulae: [unitRange],
            showErrorMessage: false,
            showInputMessage: true,
            promptTitle: c.label,
            prompt: '从下拉列表选择单位全称，或填写单位编号',
          });
        }
        return;
      case 'date':
        addRangeValidation(ws, range, {
          type: 'custom',
          allowBlank: true,
          formulae: ['TRUE'],
          showInputMessage: true,
          promptTitle: c.label,
          prompt: '如 1985-07-01，或 1985.07、198507（按当月 1 日）',
        });
        return;
      case 'id':
        addRangeValidation(ws, range, {
          type: 'custom',
          allowBlank: true,
          formulae: ['TRUE'],
          showInputMessage: true,
          promptTitle: c.label,
          prompt: '18 位身份证号码，末位 X 大写',
        });
        return;
      default:
        return;
    }
  });
}

/** Writes one column per code table used; returns table → absolute range of its labels. */
function writeCodeSheet(ws: Worksheet, tables: CodeTables, columns: PeopleColumn[]): Map<CodeTableName, string> {
  const used: CodeTableName[] = [];
  for (const c of columns) {
    if (c.kind.type === 'code' && !used.includes(c.kind.table)) used.push(c.kind.table);
  }
  const ranges = new Map<CodeTableName, string>();
  used.forEach((table, i) => {
    const labelCol = i * 2 + 1;
    const items = tables[table];
    const labels = items.map((it) => it.label);
    for (const extra of EXTRA_LABELS[table] ?? []) if (!labels.includes(extra)) labels.push(extra);
    ws.getCell(1, labelCol).value = CODE_TABLE_TITLES[table];
    ws.getCell(1, labelCol + 1).value = '代码';
    labels.forEach((label, r) => {
      ws.getCell(r + 2, labelCol).value = label;
      const code = items.find((it) => it.label === label)?.code;
      if (code !== undefined) ws.getCell(r + 2, labelCol + 1).value = code;
    });
    ws.getColumn(labelCol).width = 18;
    const letter = columnLetter(labelCol);
    if (labels.length > 0) ranges.set(table, sheetRef(CODES_SHEET, `$${letter}$2:$${letter}$${labels.length + 1}`));
  });
  return ranges;
}

function writeUnitSheet(ws: Worksheet, units: TemplateUnit[]): string {
  ws.columns = [
    { header: '单位编号', key: 'id', width: 10 },
    { header: '单位名称', key: 'name', width: 28 },
    { header: '单位全称（填入“所在单位”）', key: 'path', width: 60 },
  ];
  for (const u of units) ws.addRow({ id: u.id, name: u.name, path: u.pathLabel ?? u.name });
  const header = ws.getRow(1);
  header.font = HEADER_FONT;
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.border = THIN_BORDER;
  });
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: 1 }];
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 3 } };
  return sheetRef(UNITS_SHEET, `$C$2:$C$${units.length + 1}`);
}

function writeInstructions(ws: Worksheet, columns: PeopleColumn[], tables: CodeTables, hasUnits: boolean): void {
  ws.getColumn(1).width = 20;
  ws.getColumn(2).width = 8;
  ws.getColumn(3).width = 70;
  ws.getColumn(4).width = 26;

  const title = ws.getCell('A1');
  title.value = '人员信息导入说明';
  title.font = { bold: true, size: 16, name: '宋体' };
  ws.mergeCells('A1:D1');

  const required = columns.filter((c) => c.required).map((c) => c.label);
  const notes = [
    `1. 在“${PEOPLE_SHEET}”工作表中从第 2 行起填写，每行一人。请勿修改表头文字；列的顺序可以调整，不认识的列导入时会被忽略。`,
    `2. 带 * 的列为必填项：${required.join('、')}。`,
    '3. 有下拉列表的列请从列表中选择；也可以填写代码（如民族填 01）。',
    '4. 日期可写 1985-07-01、1985.07.01、1985/7/1、1985.07 或 198507；只写到月份的，按当月 1 日计。',
    '   注意：日期列是日期格式，直接键入“2020.10”会被 Excel 存成数字 2020.1（按 2020 年 1 月处理），请写成 2020-10 或 202010。',
    '5. 身份证号码列为文本格式。从其他表格复制时请用“选择性粘贴 → 数值”，以免 18 位号码被 Excel 改成科学计数法而丢失末几位。',
    '6. 身份证号码须与出生日期、性别一致；同一文件中身份证号码不能重复。',
    hasUnits
      ? `7. “所在单位”填写“${UNITS_SHEET}”工作表中的单位全称，或单位编号。`
      : '7. “所在单位”填写单位全称（含上级单位路径）或单位编号。',
    '8. 专长、标签有多项时用分号“；”分隔。',
    '9. 年度考核列名为“XXXX年度考核”，可按需增加或删除年份列；填 优秀、称职、基本称职、不称职（事业单位的 合格 等同 称职）。',
    '10. 中共党员、中共预备党员须填写入党时间；其他政治面貌不填入党时间。',
    '11. 导入时逐行检查，有错误的行不会导入。可下载错误报告，按“错误说明”修改后直接再次导入。',
  ];
  notes.forEach((n, i) => {
    const cell = ws.getCell(i + 3, 1);
    cell.value = n;
    cell.alignment = { wrapText: false };
  });

  const start = notes.length + 5;
  const head = ws.getRow(start);
  ['列名', '必填', '填写说明', '示例'].forEach((h, j) => {
    head.getCell(j + 1).value = h;
  });
  head.font = HEADER_FONT;
  head.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.border = THIN_BORDER;
  });
  columns.forEach((c, i) => {
    const row = ws.getRow(start + 1 + i);
    const table = c.kind.type === 'code' ? c.kind.table : null;
    const choices =
      table && tables[table].length <= 16 ? `可选：${tables[table].map((t) => t.label).join('、')}` : '';
    const cells = [templateHeader(c), c.required ? '是' : '', [c.hint, choices].filter((s) => s !== '').join('。'), c.example];
    cells.forEach((v, j) => {
      row.getCell(j + 1).value = v;
    });
    row.alignment = { wrapText: true, vertical: 'top' };
    row.eachCell((cell) => {
      cell.border = THIN_BORDER;
    });
  });
}
