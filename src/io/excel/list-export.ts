// Excel export of any list (people, units, candidates …) and the per-row import error report.
//
// Layout of a list workbook: an optional title row (merged, large), an optional filters row
// ("筛选条件：…"), then the header row (bold, shaded, frozen, with an autofilter) and the rows.
// Values: 'date' columns take an ISO date string or a Date and are written as real Excel
// dates formatted yyyy-mm-dd; 'number' columns numbers; 'text' columns everything else as
// text (arrays joined with '；', booleans as 是/否, null/undefined as empty).

import type { Worksheet } from 'exceljs';
import { parseDateText, isoToUtcDate } from '../date-text.js';
import type { ImportCellError } from './people-import.js';
import {
  ERROR_FILL,
  HEADER_FILL,
  HEADER_FONT,
  THIN_BORDER,
  columnLetter,
  newWorkbook,
  safeSheetName,
  workbookBuffer,
} from './workbook-kit.js';

export type ListColumnType = 'text' | 'date' | 'number';

export interface ListColumn {
  header: string;
  key: string;
  /** Characters; default from the header and the values (8–60). */
  width?: number;
  type?: ListColumnType;
}

export interface ListWorkbookInput {
  sheetName: string;
  title?: string;
  columns: ListColumn[];
  rows: Array<Record<string, unknown>>;
  /** A line describing the filters that produced the list, e.g. '单位：甘孜州；类别：党政干部'. */
  filtersNote?: string;
}

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

/** Display width in characters: CJK and full-width count double. */
function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\uFFFF]/u.test(ch) ? 2 : 1;
  return w;
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (Array.isArray(v)) return v.map(cellText).filter((s) => s !== '').join('；');
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

function toDate(v: unknown): Date | string | null {
  if (v === null || v === undefined || v === '') return null;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
  if (typeof v === 'string') {
    const parsed = parseDateText(v);
    return parsed ? isoToUtcDate(parsed.date) : v;
  }
  return cellText(v);
}

function toNumber(v: unknown): number | string | null {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' && /^-?\d+(?:\.\d+)?$/u.test(v.trim())) return Number(v);
  return cellText(v);
}

function styleHeaderRow(ws: Worksheet, rowNumber: number, count: number): void {
  const row = ws.getRow(rowNumber);
  row.height = 22;
  for (let c = 1; c <= count; c += 1) {
    const cell = row.getCell(c);
    cell.font = HEADER_FONT;
    cell.fill = HEADER_FILL;
    cell.border = THIN_BORDER;
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  }
}

export async function writeListWorkbook(input: ListWorkbookInput): Promise<Buffer> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet(safeSheetName(input.sheetName));
  const { columns } = input;
  const n = Math.max(columns.length, 1);
  let r = 1;

  if (input.title) {
    const cell = ws.getCell(r, 1);
    cell.value = input.title;
    cell.font = { bold: true, size: 16, name: '宋体' };
    cell.alignment = { vertical: 'middle', horizontal: 'center' };
    ws.getRow(r).height = 30;
    if (n > 1) ws.mergeCells(r, 1, r, n);
    r += 1;
  }
  if (input.filtersNote) {
    const cell = ws.getCell(r, 1);
    cell.value = input.filtersNote.startsWith('筛选条件') ? input.filtersNote : `筛选条件：${input.filtersNote}`;
    cell.font = { size: 10, color: { argb: 'FF595959' } };
    if (n > 1) ws.mergeCells(r, 1, r, n);
    r += 1;
  }

  const headerRow = r;
  columns.forEach((c, j) => {
    ws.getCell(headerRow, j + 1).value = c.header;
  });
  styleHeaderRow(ws, headerRow, columns.length);

  const widths = columns.map((c) => textWidth(c.header) + 2);
  input.rows.forEach((data, i) => {
    const row = ws.getRow(headerRow + 1 + i);
    columns.forEach((c, j) => {
      const raw = data[c.key];
      const cell = row.getCell(j + 1);
      const type = c.type ?? 'text';
      const value = type === 'date' ? toDate(raw) : type === 'number' ? toNumber(raw) : cellText(raw);
      cell.value = value === '' ? null : value;
      if (type === 'date') cell.numFmt = 'yyyy-mm-dd';
      const shown = value instanceof Date ? 10 : textWidth(cellText(value));
      widths[j] = Math.max(widths[j] ?? 0, shown + 2);
    });
  });

  columns.forEach((c, j) => {
    const col = ws.getColumn(j + 1);
    col.width = c.width ?? Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[j] ?? MIN_WIDTH));
    if ((c.type ?? 'text') === 'text') col.alignment = { vertical: 'top', wrapText: false };
  });

  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: headerRow, activeCell: `A${headerRow + 1}` }];
  if (columns.length > 0) {
    ws.autoFilter = `A${headerRow}:${columnLetter(columns.length)}${headerRow + Math.max(input.rows.length, 1)}`;
  }
  ws.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${headerRow}:${headerRow}` };
  return workbookBuffer(wb);
}

// ---------------------------------------------------------------------------------------
// Import error report

export interface ErrorReportRow {
  /** Row number in the uploaded file. */
  row: number;
  /** Cell text by column label. */
  values: Record<string, string>;
  errors: Array<Pick<ImportCellError, 'column' | 'message'>>;
}

export interface ErrorReportOptions {
  /** Column labels in order; default: labels in the order first seen in `values`. */
  headers?: string[];
  /** Sheet name; default 人员信息 so that the corrected report can be imported again. */
  sheetName?: string;
}

export const ERROR_REPORT_ROW_COLUMN = '原行号';
export const ERROR_REPORT_MESSAGE_COLUMN = '错误说明';

/**
 * The rejected rows as a workbook users correct and import again: 原行号 and 错误说明 first
 * (the importer ignores both), then the original columns with their original text; cells
 * named in an error are shaded red and carry the message as a comment.
 */
export async function writeImportErrorReport(rows: ErrorReportRow[], opts: ErrorReportOptions = {}): Promise<Buffer> {
  const headers = opts.headers ?? [];
  if (!opts.headers) {
    for (const r of rows) for (const k of Object.keys(r.values)) if (!headers.includes(k)) headers.push(k);
  }
  const wb = newWorkbook();
  const ws = wb.addWorksheet(safeSheetName(opts.sheetName ?? '人员信息'));
  const all = [ERROR_REPORT_ROW_COLUMN, ERROR_REPORT_MESSAGE_COLUMN, ...headers];
  all.forEach((h, j) => {
    ws.getCell(1, j + 1).value = h;
  });
  styleHeaderRow(ws, 1, all.length);
  ws.getCell(1, 2).font = { ...HEADER_FONT, color: { argb: 'FFC00000' } };

  const widths = all.map((h) => textWidth(h) + 2);
  rows.forEach((r, i) => {
    const row = ws.getRow(i + 2);
    row.getCell(1).value = r.row;
    const messages = r.errors.map((e) => e.message);
    const msgCell = row.getCell(2);
    msgCell.value = messages.join('\n');
    msgCell.alignment = { wrapText: true, vertical: 'top' };
    msgCell.font = { color: { argb: 'FFC00000' } };
    headers.forEach((h, j) => {
      const cell = row.getCell(j + 3);
      // Text format keeps ID numbers and dates exactly as they were typed.
      cell.numFmt = '@';
      cell.value = r.values[h] ?? '';
      widths[j + 2] = Math.max(widths[j + 2] ?? 0, textWidth(r.values[h] ?? '') + 2);
      const own = r.errors.filter((e) => e.column === h);
      if (own.length > 0) {
        cell.fill = ERROR_FILL;
        cell.note = own.map((e) => e.message).join('\n');
      }
    });
  });
  ws.getColumn(1).width = 8;
  ws.getColumn(2).width = 60;
  headers.forEach((_, j) => {
    ws.getColumn(j + 3).width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[j + 2] ?? MIN_WIDTH));
  });
  ws.views = [{ state: 'frozen', xSplit: 2, ySplit: 1, activeCell: 'C2' }];
  if (all.length > 0) ws.autoFilter = `A1:${columnLetter(all.length)}1`;
  return workbookBuffer(wb);
}
