// Small exceljs helpers shared by the template, list and error-report writers.

import ExcelJS from 'exceljs';
import type { DataValidation, Fill, Font, Worksheet } from 'exceljs';

export const HEADER_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
export const ERROR_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
export const HEADER_FONT: Partial<Font> = { bold: true, name: '宋体', size: 11 };
export const REQUIRED_FONT: Partial<Font> = { bold: true, name: '宋体', size: 11, color: { argb: 'FFC00000' } };
export const THIN_BORDER = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
} as const;

/** A new workbook with Chinese-office defaults. */
export function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = '干部人才交流管理系统';
  wb.calcProperties.fullCalcOnLoad = false;
  return wb;
}

export async function workbookBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out);
}

interface RangeValidations {
  add(address: string, validation: DataValidation): void;
}

function hasRangeValidations(ws: Worksheet): ws is Worksheet & { dataValidations: RangeValidations } {
  const dv: unknown = Reflect.get(ws, 'dataValidations');
  return typeof dv === 'object' && dv !== null && typeof Reflect.get(dv, 'add') === 'function';
}

/**
 * One validation over a rectangular range ('C2:C10001'). exceljs types only the per-cell
 * setter; per-cell validations over ten thousand rows would cost seconds to optimise on
 * write, so the range form of its (untyped) collection is used when present.
 */
export function addRangeValidation(ws: Worksheet, range: string, validation: DataValidation): void {
  if (hasRangeValidations(ws)) {
    ws.dataValidations.add(range, validation);
    return;
  }
  const [from, to] = range.split(':');
  if (from === undefined) return;
  const start = ws.getCell(from);
  const end = ws.getCell(to ?? from);
  for (let r = Number(start.row); r <= Number(end.row); r += 1) {
    for (let c = Number(start.col); c <= Number(end.col); c += 1) ws.getCell(r, c).dataValidation = validation;
  }
}

/** A worksheet name Excel accepts: no []:*?/\ and at most 31 characters. */
export function safeSheetName(name: string, fallback = 'Sheet1'): string {
  const cleaned = name.replace(/[[\]:*?/\\]/gu, ' ').trim().slice(0, 31);
  return cleaned === '' ? fallback : cleaned;
}

/** Absolute reference to a range on another sheet, quoted for non-ASCII names. */
export function sheetRef(sheetName: string, range: string): string {
  return `'${sheetName.replaceAll("'", "''")}'!${range}`;
}

/** Column letter(s) of a 1-based column number. */
export function columnLetter(n: number): string {
  let s = '';
  let x = n;
  while (x > 0) {
    const r = (x - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    x = Math.floor((x - 1) / 26);
  }
  return s;
}
