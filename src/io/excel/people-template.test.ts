import type { Worksheet } from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CODE_TABLES, type CodeTableName } from '../../domain/codes/tables.js';
import { columnForHeader } from './people-columns.js';
import { buildPeopleTemplate, defaultAppraisalYears } from './people-template.js';
import { TODAY, UNITS, loadWorkbook } from './sheet-fixtures.test-util.js';

function headers(ws: Worksheet): string[] {
  const out: string[] = [];
  ws.getRow(1).eachCell((c) => out.push(String(c.value)));
  return out;
}

function colOf(ws: Worksheet, label: string): number {
  const i = headers(ws).findIndex((h) => columnForHeader(h)?.label === label);
  if (i < 0) throw new Error(`no column ${label}`);
  return i + 1;
}

/** Values of a range such as "'代码'!$C$2:$C$57" in the workbook. */
function rangeValues(wb: Awaited<ReturnType<typeof loadWorkbook>>, ref: string): string[] {
  const m = /^'(.+)'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/u.exec(ref);
  if (!m) throw new Error(`bad ref ${ref}`);
  const ws = wb.getWorksheet(m[1] ?? '');
  if (!ws) throw new Error(`no sheet ${m[1]}`);
  const out: string[] = [];
  for (let r = Number(m[3]); r <= Number(m[5]); r += 1) out.push(String(ws.getCell(`${m[2]}${r}`).value));
  return out;
}

describe('buildPeopleTemplate', () => {
  let wb: Awaited<ReturnType<typeof loadWorkbook>>;
  let people: Worksheet;

  beforeAll(async () => {
    wb = await loadWorkbook(await buildPeopleTemplate(CODE_TABLES, UNITS, { today: TODAY }));
    const ws = wb.getWorksheet('人员信息');
    if (!ws) throw new Error('no 人员信息');
    people = ws;
  });

  it('has the people sheet first, instructions, a unit list and a hidden code sheet', () => {
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['人员信息', 'visible'],
      ['说明', 'visible'],
      ['单位列表', 'visible'],
      ['代码', 'hidden'],
    ]);
  });

  it('writes Chinese headers, required ones marked and red, and the last three appraisal years', () => {
    const h = headers(people);
    expect(h.slice(0, 6)).toEqual(['姓名*', '性别*', '民族*', '出生日期*', '身份证号码', '籍贯']);
    expect(h).toContain('政治面貌*');
    expect(h).toContain('人员类别*');
    expect(h).toContain('后备干部(是/否)');
    expect(h).toContain('专长(分号分隔)');
    expect(h.slice(-3)).toEqual(['2023年度考核', '2024年度考核', '2025年度考核']);
    expect(defaultAppraisalYears('2026-01-05')).toEqual([2023, 2024, 2025]);
    expect(people.getCell(1, 1).font?.color?.argb).toBe('FFC00000');
    expect(people.getCell(1, colOf(people, '籍贯')).font?.color).toBeUndefined();
    expect(people.getCell(1, 1).note).toBeDefined();
    expect(h.every((x) => columnForHeader(x) !== undefined)).toBe(true);
  });

  it('freezes the header row and the name column', () => {
    expect(people.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
  });

  it('formats date columns yyyy-mm-dd and keeps ID numbers as text', () => {
    for (const label of ['出生日期', '入党时间', '参加工作时间', '任现职级时间', '任现职时间', '取得时间']) {
      expect([label, people.getColumn(colOf(people, label)).numFmt]).toEqual([label, 'yyyy-mm-dd']);
    }
    expect(people.getColumn(colOf(people, '身份证号码')).numFmt).toBe('@');
    expect(people.getColumn(colOf(people, '身份证号码')).width).toBeGreaterThanOrEqual(20);
  });

  it('gives every coded column a drop-down of the table’s labels', () => {
    const coded: Array<[string, CodeTableName]> = [
      ['性别', 'gender'],
      ['民族', 'ethnicity'],
      ['政治面貌', 'political_status'],
      ['人员类别', 'category'],
      ['岗位类别', 'post_kind'],
      ['职务级别', 'rank'],
      ['职级', 'grade'],
      ['全日制学历', 'education'],
      ['在职学历', 'education'],
      ['专业技术职务等级', 'title_level'],
      ['职称系列', 'title_series'],
      ['健康状况', 'health'],
      ['2024年度考核', 'appraisal'],
    ];
    for (const [label, table] of coded) {
      for (const row of [2, 500, 10_001]) {
        const dv = people.getCell(row, colOf(people, label)).dataValidation;
        expect([label, row, dv?.type]).toEqual([label, row, 'list']);
        const ref = String(dv?.formulae?.[0]);
        const labels = CODE_TABLES[table].map((i) => i.label);
        expect(rangeValues(wb, ref).slice(0, labels.length)).toEqual(labels);
      }
    }
    expect(people.getCell(2, colOf(people, '后备干部')).dataValidation?.formulae).toEqual(['"是,否"']);
  });

  it('offers the units by full name and lists their ids', () => {
    const dv = people.getCell(2, colOf(people, '所在单位')).dataValidation;
    expect(rangeValues(wb, String(dv?.formulae?.[0]))).toEqual(UNITS.map((u) => u.pathLabel));
    const units = wb.getWorksheet('单位列表');
    expect(units?.getRow(2).values).toEqual([undefined, 7, '康定市委组织部', '甘孜州/康定市/康定市委组织部']);
  });

  it('explains every column on the 说明 sheet', () => {
    const ws = wb.getWorksheet('说明');
    const text: string[] = [];
    ws?.eachRow((r) => r.eachCell((c) => text.push(String(c.value))));
    const all = text.join('\n');
    for (const h of headers(people)) expect(all).toContain(h);
    expect(all).toContain('必填');
    expect(all).toContain('198507');
  });

  it('takes appraisal years and works without units', async () => {
    const other = await loadWorkbook(await buildPeopleTemplate(CODE_TABLES, [], { appraisalYears: [2025, 2021, 2022, 2023, 2024] }));
    expect(other.worksheets.map((w) => w.name)).toEqual(['人员信息', '说明', '代码']);
    const ws = other.getWorksheet('人员信息');
    if (!ws) throw new Error('no sheet');
    expect(headers(ws).slice(-5)).toEqual(['2021年度考核', '2022年度考核', '2023年度考核', '2024年度考核', '2025年度考核']);
    expect(ws.getCell(2, colOf(ws, '所在单位')).dataValidation).toBeUndefined();
  });
});
