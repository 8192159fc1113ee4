import { describe, expect, it } from 'vitest';
import { CODE_TABLES } from '../../domain/codes/tables.js';
import type { PersonRecord } from '../../domain/registry/types.js';
import { writeImportErrorReport } from './list-export.js';
import { parsePeopleWorkbook, type PeopleImportRow } from './people-import.js';
import { buildPeopleTemplate, PEOPLE_SHEET } from './people-template.js';
import {
  CTX,
  TODAY,
  UNITS,
  fillTemplate,
  loadWorkbook,
  makeId,
  peopleSheet,
  plainWorkbook,
  validRow,
} from './sheet-fixtures.test-util.js';

const EXPECTED: PersonRecord = {
  name: '张明',
  gender: '1',
  ethnicity: '01',
  birthDate: '1985-07-01',
  idNumber: makeId('1985-07-01'),
  nativePlace: '四川成都',
  birthplace: '四川康定',
  growthPlace: null,
  politicalStatus: '01',
  partyJoinDate: '2006-06-01',
  partyNote: null,
  workStartDate: '2007-07-01',
  category: 'party_government',
  unitId: 7,
  post: '组织部副部长',
  postKind: 'department_deputy',
  rank: '142',
  grade: 'G08',
  rankStartDate: '2019-06-01',
  postStartDate: '2020-03-01',
  unitStartDate: null,
  isReserve: true,
  poolTier: null,
  specialities: ['项目管理', '乡村规划'],
  tags: ['援藏'],
  health: 'healthy',
  healthNote: null,
  serviceIntention: '甘孜州乡镇',
  education: [
    { mode: 'fulltime', level: '21', degree: '法学学士', school: '四川大学', major: '法学', startDate: null, endDate: null },
    { mode: 'inservice', level: '14', degree: '公共管理硕士', school: '电子科技大学', major: '公共管理', startDate: null, endDate: null },
  ],
  titles: [{ series: 'economist', level: 'intermediate', name: '经济师', obtainedDate: '2015-12-01' }],
  appointments: [],
  appraisals: [
    { year: 2023, grade: 'competent' },
    { year: 2024, grade: 'excellent' },
    { year: 2025, grade: 'competent' },
  ],
  family: [],
};

/** Rows in a workbook with the template's headers (quick to build). */
async function parseRows(rows: Array<Record<string, unknown>>) {
  return parsePeopleWorkbook(await peopleSheet(rows), CTX);
}

function only(rows: PeopleImportRow[]): PeopleImportRow {
  expect(rows).toHaveLength(1);
  const [row] = rows;
  if (!row) throw new Error('no row');
  return row;
}

function messages(row: PeopleImportRow): string[] {
  return row.errors.map((e) => e.message);
}

describe('parsePeopleWorkbook: template round trip', () => {
  it('reads a filled template back into the record the user meant', async () => {
    const result = await parsePeopleWorkbook(await fillTemplate([validRow()]), CTX);
    expect(result.headerErrors).toEqual([]);
    expect(result.sheetName).toBe(PEOPLE_SHEET);
    const row = only(result.rows);
    expect(row.errors).toEqual([]);
    expect(row.row).toBe(2);
    expect(row.record).toEqual(EXPECTED);
    expect(row.values['出生日期']).toBe('1985-07-01');
    expect(row.values['民族']).toBe('汉族');
  });

  it('accepts codes instead of labels, and everyday synonyms', async () => {
    const result = await parseRows([
      validRow({ 性别: '1', 民族: '01', 政治面貌: '党员', 职务级别: '副科级', 人员类别: 'party_government', '2025年度考核': '称职' }),
    ]);
    const row = only(result.rows);
    expect(row.errors).toEqual([]);
    expect(row.record).toMatchObject({ gender: '1', ethnicity: '01', politicalStatus: '01', rank: '142' });
  });

  it.each([
    ['Excel date', new Date(Date.UTC(2020, 2, 1)), '2020-03-01'],
    ['yyyy-mm-dd', '2020-03-01', '2020-03-01'],
    ['yyyy.mm.dd', '2020.03.01', '2020-03-01'],
    ['yyyy.mm', '2020.03', '2020-03-01'],
    ['yyyymm', '202003', '2020-03-01'],
    ['yyyymm typed as a number', 202003, '2020-03-01'],
    ['yyyymmdd', '20200301', '2020-03-01'],
    ['yyyy/m/d', '2020/3/1', '2020-03-01'],
    ['yyyy年m月', '2020年3月', '2020-03-01'],
    ['yyyy.m typed as a number', 2020.3, '2020-03-01'],
  ])('reads a date written as %s', async (_, value, iso) => {
    const row = only((await parseRows([validRow({ 任现职时间: value })])).rows);
    expect(row.errors).toEqual([]);
    expect(row.record?.postStartDate).toBe(iso);
  });

  it('recovers 202010 and 2020.1 typed into a yyyy-mm-dd formatted cell', async () => {
    // Excel stores the typed number and the cell format makes exceljs return a date in 1905
    // (2020.1) or in the 25th century (202010); both are turned back into what was typed.
    const filled = await fillTemplate([validRow(), validRow({ 身份证号码: null })]);
    const wb2 = await loadWorkbook(filled);
    const ws2 = wb2.getWorksheet(PEOPLE_SHEET);
    if (!ws2) throw new Error('no sheet');
    const col = (label: string): number => {
      let found = 0;
      ws2.getRow(1).eachCell((c, i) => {
        if (String(c.value).startsWith(label)) found = i;
      });
      return found;
    };
    // Numbers written straight into the formatted cells, as Excel would store them.
    const a = ws2.getCell(2, col('任现职时间'));
    a.value = 2020.1;
    a.numFmt = 'yyyy-mm-dd';
    const b = ws2.getCell(3, col('任现职时间'));
    b.value = 202010;
    b.numFmt = 'yyyy-mm-dd';
    const result = await parsePeopleWorkbook(Buffer.from(await wb2.xlsx.writeBuffer()), CTX);
    expect(result.rows.map((r) => r.record?.postStartDate)).toEqual(['2020-01-01', '2020-10-01']);
  });

  it('matches headers by name in any order, skips title rows and ignores unknown columns', async () => {
    const buf = await plainWorkbook([
      {
        name: '花名册',
        rows: [
          ['某县干部花名册'],
          [],
          ['序号', '民族', '姓名', '出生年月', '性别*', '政治面貌', '人员类别', '备注', '2024年度考核结果'],
          [1, '藏族', '扎西·次仁', '1990.05', '男', '群众', '专业技术人才', '无', '优秀'],
        ],
      },
    ]);
    const result = await parsePeopleWorkbook(buf, CTX);
    expect(result.headerErrors).toEqual([]);
    expect(result.headers).toEqual(['民族', '姓名', '出生日期', '性别', '政治面貌', '人员类别', '2024年度考核']);
    const row = only(result.rows);
    expect(row.errors).toEqual([]);
    expect(row.row).toBe(4);
    expect(row.record).toMatchObject({
      name: '扎西·次仁',
      ethnicity: '04',
      birthDate: '1990-05-01',
      politicalStatus: '13',
      category: 'professional',
      appraisals: [{ year: 2024, grade: 'excellent' }],
    });
  });

  it('reads only the requested appraisal years when appraisalYears is given', async () => {
    const result = await parsePeopleWorkbook(await peopleSheet([validRow()]), { ...CTX, appraisalYears: [2024] });
    expect(only(result.rows).record?.appraisals).toEqual([{ year: 2024, grade: 'excellent' }]);
  });

  it('normalises padded names, look-alike dots and lower-case x', async () => {
    const id = makeId('1985-07-01', '101');
    const lower = id.endsWith('X') ? id.replace(/X$/u, 'x') : id;
    const row = only((await parseRows([validRow({ 姓名: ' 张  明 ', 身份证号码: lower })])).rows);
    expect(row.errors).toEqual([]);
    expect(row.record?.name).toBe('张明');
    const dotted = only((await parseRows([validRow({ 姓名: '扎西•次仁' })])).rows);
    expect(dotted.record?.name).toBe('扎西·次仁');
  });

  it('skips blank rows', async () => {
    const buf = await peopleSheet([validRow(), {}, validRow({ 身份证号码: makeId('1985-07-01', '135') })]);
    const result = await parsePeopleWorkbook(buf, CTX);
    expect(result.rows.map((r) => r.row)).toEqual([2, 4]);
  });
});

describe('parsePeopleWorkbook: errors', () => {
  it('rejects an unknown code label, naming row, column and the table', async () => {
    const row = only((await parseRows([validRow({ 民族: '汉' })])).rows);
    expect(row.record).toBeUndefined();
    expect(row.errors).toHaveLength(1);
    expect(row.errors[0]).toMatchObject({ field: 'ethnicity', column: '民族' });
    expect(row.errors[0]?.message).toMatch(/^第 2 行「民族」：无法识别“汉”，应为民族代码表中的名称/u);
    expect(row.errors[0]?.message).toContain('“汉族”');
  });

  it('lists the choices of a small table when nothing is close', async () => {
    const row = only((await parseRows([validRow({ 性别: 'M' })])).rows);
    expect(messages(row)[0]).toContain('可选：未知、男、女、未说明');
  });

  it.each([
    ['an impossible day', '1985.02.30', '无法识别日期“1985.02.30”'],
    ['a month 13', '198513', '无法识别日期“198513”'],
    ['free text', '八五年', '无法识别日期“八五年”'],
    ['a year alone', '1985', '只有年份“1985”'],
  ])('rejects a birth date with %s', async (_, value, text) => {
    const row = only((await parseRows([validRow({ 出生日期: value, 身份证号码: null })])).rows);
    expect(row.record).toBeUndefined();
    expect(row.errors).toHaveLength(1);
    expect(row.errors[0]).toMatchObject({ field: 'birthDate', column: '出生日期' });
    expect(row.errors[0]?.message).toContain(`第 2 行「出生日期」：${text}`);
  });

  it('reports each blank required cell once', async () => {
    const row = only((await parseRows([validRow({ 性别: null, 政治面貌: null, 入党时间: null, 人员类别: null })])).rows);
    expect(messages(row)).toEqual([
      '第 2 行「性别」：必填项，不能为空',
      '第 2 行「政治面貌」：必填项，不能为空',
      '第 2 行「人员类别」：必填项，不能为空',
    ]);
  });

  it('reports a missing required column as a header error and reads no row', async () => {
    const buf = await plainWorkbook([
      { name: '人员信息', rows: [['姓名', '性别', '出生日期', '政治面貌'], ['张明', '男', '1985-07-01', '群众']] },
    ]);
    const result = await parsePeopleWorkbook(buf, CTX);
    expect(result.rows).toEqual([]);
    expect(result.headerErrors).toEqual(['缺少必填列「民族」', '缺少必填列「人员类别」']);
  });

  it('reports a duplicated column', async () => {
    const buf = await plainWorkbook([
      { name: 'S', rows: [['姓名', '性别', '民族', '出生日期', '政治面貌', '人员类别', '民族'], ['张明']] },
    ]);
    expect((await parsePeopleWorkbook(buf, CTX)).headerErrors).toEqual(['「民族」列出现了 2 次，请只保留一列']);
  });

  it('reports a sheet without a header row, a file without data, and a file that is not xlsx', async () => {
    const noHeader = await plainWorkbook([{ name: 'S', rows: [['a', 'b'], [1, 2]] }]);
    expect((await parsePeopleWorkbook(noHeader, CTX)).headerErrors[0]).toContain('未找到表头');
    const noData = await buildPeopleTemplate(CODE_TABLES, UNITS, { today: TODAY });
    expect((await parsePeopleWorkbook(noData, CTX)).headerErrors).toEqual(['表中没有数据：请从表头下一行起填写人员信息']);
    const notXlsx = Buffer.from('姓名,性别\n张明,男\n', 'utf8');
    expect((await parsePeopleWorkbook(notXlsx, CTX)).headerErrors[0]).toContain('无法读取文件');
  });

  it('rejects an ID number repeated within the file, pointing at the first row', async () => {
    const result = await parseRows([validRow(), validRow({ 姓名: '李明' })]);
    const [first, second] = result.rows;
    expect(first?.errors).toEqual([]);
    expect(second?.record).toBeUndefined();
    expect(second?.errors).toEqual([
      { field: 'idNumber', column: '身份证号码', message: '第 3 行「身份证号码」：与第 2 行的身份证号码重复' },
    ]);
  });

  it('maps the validator’s ID/birth-date mismatch to the 出生日期 column', async () => {
    const row = only((await parseRows([validRow({ 出生日期: '1985-07-02' })])).rows);
    expect(row.record).toBeUndefined();
    expect(row.errors).toEqual([
      {
        field: 'birthDate',
        column: '出生日期',
        message: '第 2 行「出生日期」：出生日期与身份证号码不一致（身份证为 1985-07-01）',
      },
    ]);
  });

  it('maps other validator errors (gender mismatch, party date rules, bad check digit) to their columns', async () => {
    const bad = makeId('1985-07-01').slice(0, 17) + (makeId('1985-07-01').endsWith('0') ? '1' : '0');
    const rows = (
      await parseRows([
        validRow({ 性别: '女' }),
        validRow({ 身份证号码: bad }),
        validRow({ 身份证号码: null, 政治面貌: '群众' }),
        validRow({ 身份证号码: null, '2025年度考核': '优秀', '2024年度考核': '优秀', 参加工作时间: '2025.01' }),
      ])
    ).rows;
    expect(rows.map((r) => r.errors.map((e) => e.column))).toEqual([
      ['性别'],
      ['身份证号码'],
      ['入党时间'],
      // Work start after the post date and before the 2024 appraisal: both reported.
      expect.arrayContaining(['任现职级时间', '2024年度考核']),
    ]);
    expect(rows[0]?.errors[0]?.message).toBe('第 2 行「性别」：性别与身份证号码不一致（身份证为男）');
    expect(rows[1]?.errors[0]?.message).toBe('第 3 行「身份证号码」：身份证号码校验位错误');
  });

  it('rejects an ID number Excel stored as a number', async () => {
    const row = only((await parseRows([validRow({ 身份证号码: 513301198507011230 })])).rows);
    expect(messages(row)[0]).toContain('身份证号码被 Excel 存成了数字');
  });

  it('rejects unknown and ambiguous units', async () => {
    const rows = (await parseRows([validRow({ 所在单位: '组织部' }), validRow({ 所在单位: '不存在的单位', 身份证号码: null })])).rows;
    expect(messages(rows[0] ?? { row: 0, errors: [], values: {} })).toEqual([
      '第 2 行「所在单位」：“组织部”对应多个单位，请填写含上级单位的全称或单位编号',
    ]);
    expect(messages(rows[1] ?? { row: 0, errors: [], values: {} })[0]).toContain('找不到单位“不存在的单位”');
  });

  it('accepts a unit id', async () => {
    expect(only((await parseRows([validRow({ 所在单位: 8 })])).rows).record?.unitId).toBe(8);
  });

  it('rejects a yes/no cell that is neither', async () => {
    const row = only((await parseRows([validRow({ 后备干部: '可能' })])).rows);
    expect(messages(row)).toEqual(['第 2 行「后备干部」：无法识别“可能”，应填“是”或“否”']);
  });

  it('asks for the education level when only school or degree is given', async () => {
    const row = only((await parseRows([validRow({ 在职学历: null })])).rows);
    expect(messages(row)).toEqual(['第 2 行「在职学历」：已填写在职学位、院校或专业，但未填写在职学历']);
  });

  it('asks for level and series when a title is partly filled', async () => {
    const row = only((await parseRows([validRow({ 专业技术职务等级: null, 职称系列: null })])).rows);
    expect(messages(row)).toEqual([
      '第 2 行「专业技术职务等级」：已填写职称信息，但未填写专业技术职务等级',
      '第 2 行「职称系列」：已填写职称信息，但未填写职称系列',
    ]);
  });

  it('rejects a bad appraisal grade', async () => {
    const row = only((await parseRows([validRow({ '2024年度考核': '良好' })])).rows);
    expect(row.errors).toHaveLength(1);
    expect(row.errors[0]).toMatchObject({ column: '2024年度考核' });
    expect(row.errors[0]?.message).toContain('无法识别“良好”，应为年度考核结果代码表中的名称');
  });

  it('gives every problem of a row at once', async () => {
    const row = only((await parseRows([validRow({ 民族: '汉', 出生日期: 'x', 性别: null, 后备干部: '?' })])).rows);
    expect(row.errors.map((e) => e.column)).toEqual(['性别', '民族', '出生日期', '后备干部']);
  });
});

describe('error report', () => {
  it('writes rejected rows with 错误说明 and imports again after correction', async () => {
    const result = await parseRows([validRow({ 民族: '汉' }), validRow({ 姓名: '李明', 身份证号码: makeId('1985-07-01', '135') })]);
    const rejected = result.rows.filter((r) => r.errors.length > 0);
    expect(rejected).toHaveLength(1);
    const report = await writeImportErrorReport(rejected, { headers: result.headers });

    const wb = await loadWorkbook(report);
    const ws = wb.worksheets[0];
    if (!ws) throw new Error('no sheet');
    expect(ws.getRow(1).getCell(1).value).toBe('原行号');
    expect(ws.getRow(1).getCell(2).value).toBe('错误说明');
    expect(ws.getRow(2).getCell(1).value).toBe(2);
    expect(String(ws.getRow(2).getCell(2).value)).toContain('第 2 行「民族」：无法识别“汉”');
    const ethnicityCol = result.headers.indexOf('民族') + 3;
    expect(ws.getRow(2).getCell(ethnicityCol).value).toBe('汉');
    expect(ws.getRow(2).getCell(ethnicityCol).note).toBeDefined();

    // The user fixes the cell and uploads the report itself.
    ws.getRow(2).getCell(ethnicityCol).value = '汉族';
    const again = await parsePeopleWorkbook(Buffer.from(await wb.xlsx.writeBuffer()), CTX);
    expect(again.headerErrors).toEqual([]);
    const row = only(again.rows);
    expect(row.errors).toEqual([]);
    expect(row.record).toEqual(EXPECTED);
  });
});

describe('performance', () => {
  it('parses and validates 10,000 rows (timing printed)', { timeout: 180_000 }, async () => {
    const template = await buildPeopleTemplate(CODE_TABLES, UNITS, { today: TODAY });
    const rows = Array.from({ length: 10_000 }, (_, i) => {
      const seq = String(100 + (i % 900)).padStart(3, '0');
      const day = String(1 + (i % 28)).padStart(2, '0');
      const month = String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0');
      const year = 1970 + (Math.floor(i / 336) % 25);
      const birth = `${year}-${month}-${day}`;
      return validRow({
        姓名: i % 2 === 0 ? '张明' : '李华',
        性别: Number(seq) % 2 === 1 ? '男' : '女',
        出生日期: birth,
        身份证号码: makeId(birth, seq),
        入党时间: `${year + 20}.06`,
        参加工作时间: `${year + 22}07`,
        任现职级时间: '2019/6/1',
        民族: i % 97 === 0 ? '汉' : '汉族',
      });
    });
    const t0 = performance.now();
    const buf = await fillTemplate(rows, template);
    const t1 = performance.now();
    const result = await parsePeopleWorkbook(buf, CTX);
    const t2 = performance.now();
    const bad = result.rows.filter((r) => r.errors.length > 0).length;
    console.log(
      `[people-import] 10,000 rows × ${result.headers.length} columns: file ${(buf.length / 1e6).toFixed(1)} MB built in ` +
        `${((t1 - t0) / 1000).toFixed(1)} s; parsed + validated in ${((t2 - t1) / 1000).toFixed(2)} s (${bad} rows with errors)`,
    );
    expect(result.rows).toHaveLength(10_000);
    expect(bad).toBe(Math.ceil(10_000 / 97));
  });
});
