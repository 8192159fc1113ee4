// Parser of filled people templates (and of users' own sheets with the same headers).
//
// - The workbook is read with exceljs's streaming reader: it is several times faster than a
//   full load and, unlike the full load, does not expand data-validation ranges cell by cell
//   (a whole-column drop-down made by Excel would otherwise take minutes to load).
// - The sheet read is the first visible sheet whose header row (searched in its first 10
//   rows) names 姓名 and at least two other known columns; the template's 人员信息 sheet is
//   first. Headers are matched by name, in any order; unknown columns are ignored; a missing
//   required column is a header error and no row is read.
// - Every row gets every problem found, each naming row, column and what is wrong in Chinese
//   (第 7 行「民族」：无法识别“汉”，应为民族代码表中的名称). Besides cell-level checks, the
//   domain's `validatePersonRecord` runs on each record; its errors are mapped back to columns
//   and dropped where the cell itself was already reported.
// - `record` is present only for a row without errors: such a row can be saved as is.
// - Within one file an ID number may appear once; later rows repeating it are errors.
// - Dates: Excel dates, or text/numbers in the forms of date-text.ts. A number typed into a
//   date-formatted cell (2020.1, 202010, 20201001) reaches us as an absurd date (1905 or after
//   2400): it is turned back into the typed number and read as yyyy.m / yyyymm / yyyymmdd.
//   '2020.1' is January: Excel has already dropped the zero of '2020.10' (the 说明 sheet warns).

import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { CODE_TABLE_TITLES, type CodeTableName } from '../../domain/codes/tables.js';
import { fieldLabel } from '../../domain/registry/field-labels.js';
import { normalizeIdNumber } from '../../domain/registry/id-number.js';
import {
  APPRAISAL_GRADES,
  PERSON_CATEGORIES,
  TITLE_LEVELS,
  type AppraisalGrade,
  type AppraisalRecord,
  type EducationRecord,
  type IsoDate,
  type PersonCategory,
  type PersonRecord,
  type TitleLevel,
  type TitleRecord,
} from '../../domain/registry/types.js';
import { validatePersonRecord } from '../../domain/registry/validate-person.js';
import { createCodeLookup, type CodeLookup, type CodeTables } from '../code-lookup.js';
import { dateToExcelSerial, dateToIso, excelSerialToIso, parseDateText } from '../date-text.js';
import { cellScalar, scalarText, type CellScalar } from './cell-value.js';
import {
  REQUIRED_COLUMNS,
  columnForHeader,
  type PeopleColumn,
  type PeopleColumnKey,
  type PeopleFieldKey,
} from './people-columns.js';
import { PEOPLE_SHEET } from './people-template.js';

export type UnitResolution = number | null | 'ambiguous';

export interface PeopleImportContext {
  codeTables: CodeTables;
  /** Unit full name (path) or id as typed → unit id; null when unknown. Called once per distinct text. */
  resolveUnit: (text: string) => UnitResolution;
  /** Reference date for the validator ("not in the future", age bounds). */
  today: IsoDate;
  /** When given, only these years' appraisal columns are read; others are ignored. */
  appraisalYears?: number[];
}

export interface ImportCellError {
  /** Record path, as the domain validator names it ('birthDate', 'education[0].level'). */
  field: string;
  /** Chinese column label, as in the template without '*' ('民族'). */
  column: string;
  /** Full sentence: 第 7 行「民族」：无法识别“汉”，应为民族代码表中的名称. */
  message: string;
}

export interface PeopleImportRow {
  /** Excel row number (the header is usually row 1). */
  row: number;
  /** Present only when `errors` is empty. */
  record?: PersonRecord;
  errors: ImportCellError[];
  /** Cell text by column label, for the error report (dates as yyyy-mm-dd). */
  values: Record<string, string>;
}

export interface PeopleImportResult {
  rows: PeopleImportRow[];
  /** Problems with the file as a whole; when not empty, `rows` is empty. */
  headerErrors: string[];
  /** Labels of the recognised columns in file order (for the error report). */
  headers: string[];
  sheetName: string | null;
}

const HEADER_SEARCH_ROWS = 10;
const MIN_KNOWN_HEADERS = 3;

interface BoundColumn {
  col: number;
  column: PeopleColumn;
}

interface SheetPlan {
  headerRow: number;
  columns: BoundColumn[];
}

function readerName(reader: object): string {
  const name: unknown = Reflect.get(reader, 'name');
  return typeof name === 'string' ? name : '';
}

function readerHidden(reader: object): boolean {
  const state: unknown = Reflect.get(reader, 'state');
  return state === 'hidden' || state === 'veryHidden';
}

function rowScalars(row: ExcelJS.Row): CellScalar[] {
  const values = row.values;
  if (!Array.isArray(values)) return [];
  const out: CellScalar[] = new Array<CellScalar>(values.length).fill(null);
  for (let i = 1; i < values.length; i += 1) out[i] = cellScalar(values[i]);
  return out;
}

/** The header plan of a row, or null when the row is not a header row. */
function planFromRow(rowNumber: number, cells: CellScalar[], appraisalYears: number[] | undefined): SheetPlan | null {
  const columns: BoundColumn[] = [];
  for (let col = 1; col < cells.length; col += 1) {
    const v = cells[col];
    if (typeof v !== 'string') continue;
    const column = columnForHeader(v);
    if (!column) continue;
    if (column.key.startsWith('appraisal:') && appraisalYears) {
      const year = Number(column.key.slice('appraisal:'.length));
      if (!appraisalYears.includes(year)) continue;
    }
    columns.push({ col, column });
  }
  if (!columns.some((c) => c.column.key === 'name') || columns.length < MIN_KNOWN_HEADERS) return null;
  return { headerRow: rowNumber, columns };
}

function headerProblems(plan: SheetPlan): string[] {
  const problems: string[] = [];
  const seen = new Map<PeopleColumnKey, number[]>();
  for (const b of plan.columns) seen.set(b.column.key, [...(seen.get(b.column.key) ?? []), b.col]);
  for (const c of REQUIRED_COLUMNS) {
    if (!seen.has(c.key)) problems.push(`缺少必填列「${c.label}」`);
  }
  for (const b of plan.columns) {
    const cols = seen.get(b.column.key) ?? [];
    if (cols.length > 1 && cols[0] === b.col) {
      problems.push(`「${b.column.label}」列出现了 ${cols.length} 次，请只保留一列`);
    }
  }
  return problems;
}

export async function parsePeopleWorkbook(buf: Buffer, ctx: PeopleImportContext): Promise<PeopleImportResult> {
  // exceljs's streaming reader has been seen to fail now and then on a valid file while the
  // machine is busy (a race between its zip entries); one more read settles it, and a file
  // that is really unreadable fails both times.
  const first = await parseOnce(buf, ctx);
  if (!first.unreadable) return first.result;
  return (await parseOnce(buf, ctx)).result;
}

async function parseOnce(buf: Buffer, ctx: PeopleImportContext): Promise<{ result: PeopleImportResult; unreadable: boolean }> {
  const parser = new RowParser(ctx);
  let plan: SheetPlan | null = null;
  let sheetName: string | null = null;
  let headerErrors: string[] = [];
  let sawSheet = false;

  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([buf]), {
      worksheets: 'emit',
      sharedStrings: 'cache',
      styles: 'cache',
      hyperlinks: 'ignore',
      entries: 'ignore',
    });
    for await (const sheet of reader) {
      sawSheet = true;
      // Sheets after the chosen one, hidden ones and rows of a sheet without a header are
      // drained unread (leaving an entry half-read would stall the zip stream).
      const skip = plan !== null || readerHidden(sheet);
      let sheetPlan: SheetPlan | null = null;
      for await (const row of sheet) {
        if (skip) continue;
        if (sheetPlan === null) {
          if (row.number > HEADER_SEARCH_ROWS) continue;
          sheetPlan = planFromRow(row.number, rowScalars(row), ctx.appraisalYears);
          if (sheetPlan) {
            plan = sheetPlan;
            sheetName = readerName(sheet);
            headerErrors = headerProblems(sheetPlan);
          }
          continue;
        }
        if (headerErrors.length > 0) continue;
        parser.parseRow(row.number, rowScalars(row), sheetPlan.columns);
      }
    }
  } catch {
    return {
      unreadable: true,
      result: {
        rows: [],
        headerErrors: ['无法读取文件：请上传 Excel 2007 及以上版本的 .xlsx 文件（.xls 文件请先在 Excel 中另存为 .xlsx）'],
        headers: [],
        sheetName: null,
      },
    };
  }

  if (!sawSheet) headerErrors = ['无法读取文件：文件中没有工作表'];
  else if (plan === null) {
    headerErrors = [
      `未找到表头：前 ${HEADER_SEARCH_ROWS} 行中没有包含「姓名」「性别」「民族」等列名的行，请使用系统提供的导入模板（“${PEOPLE_SHEET}”工作表）`,
    ];
  }
  const headers = plan ? plan.columns.map((b) => b.column.label) : [];
  if (headerErrors.length > 0) return { unreadable: !sawSheet, result: { rows: [], headerErrors, headers, sheetName } };
  if (parser.rows.length === 0) {
    return { unreadable: false, result: { rows: [], headerErrors: ['表中没有数据：请从表头下一行起填写人员信息'], headers, sheetName } };
  }
  return { unreadable: false, result: { rows: parser.rows, headerErrors: [], headers, sheetName } };
}

// ---------------------------------------------------------------------------------------

const NON_BLANK = /\S/u;
const LIST_SEPARATORS = /[;；、,，\n\r]+/u;
const HAN = /\p{Script=Han}/u;
const DOT_LOOKALIKES = /[•・．.‧∙⋅･]/gu;
const TRUE_WORDS = new Set(['是', 'Y', 'YES', 'TRUE', '1', '√', '✓', '√是']);
const FALSE_WORDS = new Set(['否', 'N', 'NO', 'FALSE', '0', '×', '✗', 'X']);

/** Record paths of the fixed columns, for mapping validator errors back to columns. */
const FIELD_PATHS: ReadonlyArray<readonly [PeopleFieldKey, string]> = [
  ['name', 'name'],
  ['gender', 'gender'],
  ['ethnicity', 'ethnicity'],
  ['birthDate', 'birthDate'],
  ['idNumber', 'idNumber'],
  ['nativePlace', 'nativePlace'],
  ['birthplace', 'birthplace'],
  ['politicalStatus', 'politicalStatus'],
  ['partyJoinDate', 'partyJoinDate'],
  ['workStartDate', 'workStartDate'],
  ['category', 'category'],
  ['unit', 'unitId'],
  ['post', 'post'],
  ['postKind', 'postKind'],
  ['rank', 'rank'],
  ['grade', 'grade'],
  ['rankStartDate', 'rankStartDate'],
  ['postStartDate', 'postStartDate'],
  ['isReserve', 'isReserve'],
  ['specialities', 'specialities'],
  ['tags', 'tags'],
  ['health', 'health'],
  ['serviceIntention', 'serviceIntention'],
];

function tableName(table: CodeTableName): string {
  return CODE_TABLE_TITLES[table].replace(/\s*\(.*\)$/u, '');
}

function isOneOf<T extends string>(list: readonly T[], v: string): v is T {
  return (list as readonly string[]).includes(v);
}

class RowErrors {
  readonly items: ImportCellError[] = [];
  private readonly columns = new Set<string>();
  private readonly fields = new Set<string>();

  constructor(private readonly row: number) {}

  add(field: string, column: string, detail: string): void {
    this.items.push({ field, column, message: `第 ${this.row} 行「${column}」：${detail}` });
    this.columns.add(column);
    this.fields.add(field);
  }

  covers(field: string, column: string): boolean {
    return this.fields.has(field) || this.columns.has(column);
  }
}

class RowParser {
  readonly rows: PeopleImportRow[] = [];
  private readonly codes: CodeLookup;
  private readonly unitCache = new Map<string, UnitResolution>();
  private readonly idRows = new Map<string, number>();

  constructor(private readonly ctx: PeopleImportContext) {
    this.codes = createCodeLookup(ctx.codeTables);
  }

  parseRow(rowNumber: number, cells: CellScalar[], columns: BoundColumn[]): void {
    const byKey = new Map<PeopleColumnKey, { column: PeopleColumn; value: CellScalar }>();
    const values: Record<string, string> = {};
    let blank = true;
    for (const { col, column } of columns) {
      const value = cells[col] ?? null;
      const text = scalarText(value);
      if (NON_BLANK.test(text)) blank = false;
      values[column.label] = text;
      byKey.set(column.key, { column, value });
    }
    if (blank) return;

    const errors = new RowErrors(rowNumber);
    /** Record path → column label, for validator errors. */
    const fieldColumn = new Map<string, string>();
    for (const [key, path] of FIELD_PATHS) fieldColumn.set(path, byKey.get(key)?.column.label ?? fieldLabel(path));

    const cell = (key: PeopleColumnKey): { column: PeopleColumn; value: CellScalar } | undefined => byKey.get(key);
    const text = (key: PeopleFieldKey): string | null => {
      const c = cell(key);
      if (!c) return null;
      const t = scalarText(c.value);
      return t === '' ? null : t;
    };
    const required = <T>(key: PeopleFieldKey, field: string, value: T | null, fallback: T): T => {
      if (value !== null) return value;
      const c = cell(key);
      if (c && !errors.covers(field, c.column.label) && scalarText(c.value) === '') {
        errors.add(field, c.column.label, '必填项，不能为空');
      }
      return fallback;
    };
    const date = (key: PeopleFieldKey, field: string): IsoDate | null => {
      const c = cell(key);
      if (!c) return null;
      return this.readDate(c.value, (detail) => errors.add(field, c.column.label, detail));
    };
    const coded = (key: PeopleColumnKey, field: string, table: CodeTableName): string | null => {
      const c = cell(key);
      if (!c) return null;
      return this.readCode(c.value, table, (detail) => errors.add(field, c.column.label, detail));
    };

    // --- identity -----------------------------------------------------------------------
    const name = required('name', 'name', this.readName(text('name')), '');
    const gender = required('gender', 'gender', coded('gender', 'gender', 'gender'), '');
    const ethnicity = required('ethnicity', 'ethnicity', coded('ethnicity', 'ethnicity', 'ethnicity'), '');
    const birthDate = required('birthDate', 'birthDate', date('birthDate', 'birthDate'), '');
    const idNumber = this.readIdNumber(cell('idNumber'), rowNumber, errors);
    const politicalStatus = required(
      'politicalStatus',
      'politicalStatus',
      coded('politicalStatus', 'politicalStatus', 'political_status'),
      '',
    );
    const categoryCode = required('category', 'category', coded('category', 'category', 'category'), '');
    // The placeholder only keeps the record typed for the validator; the row is rejected then.
    let category: PersonCategory = 'party_government';
    if (isOneOf(PERSON_CATEGORIES, categoryCode)) category = categoryCode;
    else if (categoryCode !== '') errors.add('category', '人员类别', `“${categoryCode}”不是系统支持的人员类别`);

    // --- post ---------------------------------------------------------------------------
    const unitId = this.readUnit(cell('unit'), errors);

    // --- education and title ------------------------------------------------------------
    const education: EducationRecord[] = [];
    for (const mode of ['fulltime', 'inservice'] as const) {
      const levelKey = `${mode}.level` as const;
      const level = coded(levelKey, `education[${education.length}].level`, 'education');
      const degree = text(`${mode}.degree`);
      const school = text(`${mode}.school`);
      const major = text(`${mode}.major`);
      const levelColumn = cell(levelKey)?.column.label ?? (mode === 'fulltime' ? '全日制学历' : '在职学历');
      const modeName = mode === 'fulltime' ? '全日制' : '在职';
      const levelCell = cell(levelKey);
      const levelUnreadable = levelCell !== undefined && scalarText(levelCell.value) !== '' && level === null;
      if (level === null) {
        if (!levelUnreadable && (degree !== null || school !== null || major !== null)) {
          errors.add(`education[${education.length}].level`, levelColumn, `已填写${modeName}学位、院校或专业，但未填写${modeName}学历`);
        }
        continue;
      }
      const i = education.length;
      fieldColumn.set(`education[${i}].level`, levelColumn);
      fieldColumn.set(`education[${i}].degree`, cell(`${mode}.degree`)?.column.label ?? `${modeName}学位`);
      fieldColumn.set(`education[${i}].school`, cell(`${mode}.school`)?.column.label ?? `${modeName}毕业院校`);
      fieldColumn.set(`education[${i}].major`, cell(`${mode}.major`)?.column.label ?? `${modeName}专业`);
      education.push({ mode, level, degree, school, major, startDate: null, endDate: null });
    }

    const titles: TitleRecord[] = [];
    {
      const levelCode = coded('title.level', 'titles[0].level', 'title_level');
      const series = coded('title.series', 'titles[0].series', 'title_series');
      const titleName = text('title.name');
      const obtainedDate = date('title.obtainedDate', 'titles[0].obtainedDate');
      const any = levelCode !== null || series !== null || titleName !== null || obtainedDate !== null;
      const levelLabel = cell('title.level')?.column.label ?? '专业技术职务等级';
      const seriesLabel = cell('title.series')?.column.label ?? '职称系列';
      let level: TitleLevel | null = null;
      if (levelCode !== null && isOneOf(TITLE_LEVELS, levelCode)) level = levelCode;
      else if (levelCode !== null) errors.add('titles[0].level', levelLabel, `“${levelCode}”不是系统支持的职称等级`);
      if (any) {
        if (level === null && !errors.covers('titles[0].level', levelLabel)) {
          errors.add('titles[0].level', levelLabel, '已填写职称信息，但未填写专业技术职务等级');
        }
        if (series === null && !errors.covers('titles[0].series', seriesLabel)) {
          errors.add('titles[0].series', seriesLabel, '已填写职称信息，但未填写职称系列');
        }
      }
      if (level !== null && series !== null) {
        fieldColumn.set('titles[0].level', levelLabel);
        fieldColumn.set('titles[0].series', seriesLabel);
        fieldColumn.set('titles[0].name', cell('title.name')?.column.label ?? '职称名称');
        fieldColumn.set('titles[0].obtainedDate', cell('title.obtainedDate')?.column.label ?? '取得时间');
        titles.push({ series, level, name: titleName, obtainedDate });
      }
    }

    // --- appraisals ---------------------------------------------------------------------
    const appraisals: AppraisalRecord[] = [];
    for (const [key, c] of byKey) {
      if (!key.startsWith('appraisal:')) continue;
      const year = Number(key.slice('appraisal:'.length));
      const i = appraisals.length;
      const grade = this.readCode(c.value, 'appraisal', (d) => errors.add(`appraisals[${i}].grade`, c.column.label, d));
      if (grade === null) continue;
      if (!isOneOf(APPRAISAL_GRADES, grade)) {
        errors.add(`appraisals[${i}].grade`, c.column.label, `“${grade}”不是系统支持的考核结果`);
        continue;
      }
      const g: AppraisalGrade = grade;
      appraisals.push({ year, grade: g });
    }
    appraisals.sort((a, b) => a.year - b.year);

    const record: PersonRecord = {
      name,
      gender,
      ethnicity,
      birthDate,
      idNumber,
      nativePlace: text('nativePlace'),
      birthplace: text('birthplace'),
      growthPlace: null,
      politicalStatus,
      partyJoinDate: date('partyJoinDate', 'partyJoinDate'),
      partyNote: null,
      workStartDate: date('workStartDate', 'workStartDate'),
      category,
      unitId,
      post: text('post'),
      postKind: coded('postKind', 'postKind', 'post_kind'),
      rank: coded('rank', 'rank', 'rank'),
      grade: coded('grade', 'grade', 'grade'),
      rankStartDate: date('rankStartDate', 'rankStartDate'),
      postStartDate: date('postStartDate', 'postStartDate'),
      unitStartDate: null,
      isReserve: this.readBool(cell('isReserve'), errors),
      poolTier: null,
      specialities: this.readList(text('specialities')),
      tags: this.readList(text('tags')),
      health: coded('health', 'health', 'health'),
      healthNote: null,
      serviceIntention: text('serviceIntention'),
      education,
      titles,
      appointments: [],
      appraisals,
      family: [],
    };
    // Appraisal indices were assigned in column order; re-key them after sorting by year.
    appraisals.forEach((a, i) => {
      const label = byKey.get(`appraisal:${a.year}`)?.column.label ?? `${a.year}年度考核`;
      fieldColumn.set(`appraisals[${i}].grade`, label);
      fieldColumn.set(`appraisals[${i}].year`, label);
    });

    for (const fe of validatePersonRecord(record, { today: this.ctx.today })) {
      const column = columnOfField(fe.field, fieldColumn);
      if (errors.covers(fe.field, column)) continue;
      errors.add(fe.field, column, fe.message);
    }

    const row: PeopleImportRow = { row: rowNumber, errors: errors.items, values };
    if (errors.items.length === 0) row.record = record;
    this.rows.push(row);
  }

  // --- cell readers ---------------------------------------------------------------------

  private readName(t: string | null): string | null {
    if (t === null) return null;
    if (!HAN.test(t)) return t;
    // Names padded for alignment ('张  三') and look-alike middle dots are common in sheets.
    return t.replace(/[\s\u3000]+/gu, '').replace(DOT_LOOKALIKES, '·');
  }

  private readDate(value: CellScalar, fail: (detail: string) => void): IsoDate | null {
    if (value === null) return null;
    if (value instanceof Date) {
      const serial = dateToExcelSerial(value);
      // A number typed into a date cell (see the file comment) comes back as a far date.
      if (serial >= 1800 && serial < 2200) return this.readDate(Number(serial.toFixed(6)), fail);
      if (serial >= 180_001 && serial <= 219_912) return this.readDate(Math.round(serial), fail);
      if (serial >= 18_000_101 && serial <= 21_991_231) return this.readDate(Math.round(serial), fail);
      const iso = dateToIso(value);
      if (iso === null) fail('不是有效日期');
      return iso;
    }
    if (typeof value === 'number') {
      if (Number.isInteger(value) && value >= 1800 && value < 2200) {
        fail(`只有年份“${value}”，请至少写到月份，如 ${value}.01`);
        return null;
      }
      if (value >= 1800 && value < 2200) return this.readDateText(String(Number(value.toFixed(6))), fail);
      if (Number.isInteger(value) && value >= 180_001 && value <= 21_991_231) return this.readDateText(String(value), fail);
      const iso = excelSerialToIso(value);
      if (iso === null) fail(`无法识别日期“${scalarText(value)}”`);
      return iso;
    }
    if (typeof value === 'boolean') {
      fail('应为日期');
      return null;
    }
    const t = value.trim();
    if (t === '') return null;
    if (/^\d{4}$/u.test(t)) {
      fail(`只有年份“${t}”，请至少写到月份，如 ${t}.01`);
      return null;
    }
    return this.readDateText(t, fail);
  }

  private readDateText(t: string, fail: (detail: string) => void): IsoDate | null {
    const parsed = parseDateText(t);
    if (parsed) return parsed.date;
    fail(`无法识别日期“${t}”，应写成 1985-07-01、1985.07.01、1985.07 或 198507 等格式`);
    return null;
  }

  private readCode(value: CellScalar, table: CodeTableName, fail: (detail: string) => void): string | null {
    const t = scalarText(value);
    if (t === '') return null;
    const code = this.codes.code(table, t);
    if (code !== undefined) return code;
    const labels = this.codes.labels(table);
    const near = labels.filter((l) => l.includes(t) || t.includes(l)).slice(0, 3);
    const hint =
      near.length > 0
        ? `，是否为${near.map((l) => `“${l}”`).join('或')}？`
        : labels.length <= 12
          ? `（可选：${labels.join('、')}）`
          : '';
    fail(`无法识别“${t}”，应为${tableName(table)}代码表中的名称${hint}`);
    return null;
  }

  private readIdNumber(
    c: { column: PeopleColumn; value: CellScalar } | undefined,
    rowNumber: number,
    errors: RowErrors,
  ): string | null {
    if (!c || c.value === null) return null;
    if (typeof c.value === 'number') {
      // 18 digits exceed a double's precision: the last digits are already lost.
      if (!Number.isSafeInteger(c.value)) {
        errors.add('idNumber', c.column.label, '身份证号码被 Excel 存成了数字，末几位可能已丢失；请把该列设为文本格式后重新填写');
        return null;
      }
    }
    const t = scalarText(c.value);
    if (t === '') return null;
    const id = normalizeIdNumber(t);
    const first = this.idRows.get(id);
    if (first !== undefined) {
      errors.add('idNumber', c.column.label, `与第 ${first} 行的身份证号码重复`);
    } else {
      this.idRows.set(id, rowNumber);
    }
    return id;
  }

  private readUnit(c: { column: PeopleColumn; value: CellScalar } | undefined, errors: RowErrors): number | null {
    if (!c) return null;
    const t = scalarText(c.value);
    if (t === '') return null;
    let resolved = this.unitCache.get(t);
    if (resolved === undefined) {
      resolved = this.ctx.resolveUnit(t);
      this.unitCache.set(t, resolved);
    }
    if (resolved === 'ambiguous') {
      errors.add('unitId', c.column.label, `“${t}”对应多个单位，请填写含上级单位的全称或单位编号`);
      return null;
    }
    if (resolved === null) {
      errors.add('unitId', c.column.label, `找不到单位“${t}”，请填写“单位列表”中的单位全称或单位编号`);
      return null;
    }
    return resolved;
  }

  private readBool(c: { column: PeopleColumn; value: CellScalar } | undefined, errors: RowErrors): boolean {
    if (!c || c.value === null) return false;
    if (typeof c.value === 'boolean') return c.value;
    const t = scalarText(c.value).normalize('NFKC').toUpperCase();
    if (t === '') return false;
    if (TRUE_WORDS.has(t)) return true;
    if (FALSE_WORDS.has(t)) return false;
    errors.add('isReserve', c.column.label, `无法识别“${scalarText(c.value)}”，应填“是”或“否”`);
    return false;
  }

  private readList(t: string | null): string[] {
    if (t === null) return [];
    const out: string[] = [];
    for (const part of t.split(LIST_SEPARATORS)) {
      const item = part.trim();
      if (item !== '' && !out.includes(item)) out.push(item);
    }
    return out;
  }
}

/** The column a validator error belongs to: exact path, then without index/sub-field. */
function columnOfField(field: string, fieldColumn: Map<string, string>): string {
  const exact = fieldColumn.get(field);
  if (exact !== undefined) return exact;
  const base = /^([A-Za-z]+)/u.exec(field)?.[1] ?? field;
  return fieldColumn.get(base) ?? fieldLabel(field);
}
