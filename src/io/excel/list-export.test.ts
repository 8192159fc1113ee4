import { describe, expect, it } from 'vitest';
import { ERROR_REPORT_MESSAGE_COLUMN, writeImportErrorReport, writeListWorkbook } from './list-export.js';
import { loadWorkbook } from './sheet-fixtures.test-util.js';

const COLUMNS = [
  { header: '姓名', key: 'name' },
  { header: '出生日期', key: 'birthDate', type: 'date' as const },
  { header: '年龄', key: 'age', type: 'number' as const },
  { header: '专长', key: 'specialities' },
  { header: '后备干部', key: 'isReserve', width: 9 },
];

const ROWS = [
  { name: '张明', birthDate: '1985-06-15', age: 41, specialities: ['乡村振兴', '项目管理'], isReserve: true },
  { name: '扎西·次仁', birthDate: new Date(Date.UTC(1990, 4, 1)), age: '36', specialities: [], isReserve: false },
  { name: '李华', birthDate: null, age: null, specialities: null, isReserve: undefined },
];

describe('writeListWorkbook', () => {
  it('writes title, filters note, a bold frozen header with autofilter, and typed cells', async () => {
    const wb = await loadWorkbook(
      await writeListWorkbook({ sheetName: '人员名单', title: '甘孜州干部名单', columns: COLUMNS, rows: ROWS, filtersNote: '单位：甘孜州；类别：党政干部' }),
    );
    const ws = wb.getWorksheet('人员名单');
    if (!ws) throw new Error('no sheet');
    expect(ws.getCell('A1').value).toBe('甘孜州干部名单');
    expect(ws.getCell('A1').isMerged).toBe(true);
    expect(ws.getCell('A2').value).toBe('筛选条件：单位：甘孜州；类别：党政干部');
    expect(ws.getRow(3).values).toEqual([undefined, '姓名', '出生日期', '年龄', '专长', '后备干部']);
    expect(ws.getCell('A3').font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(ws.autoFilter).toBe('A3:E6');

    expect(ws.getCell('B4').value).toEqual(new Date(Date.UTC(1985, 5, 15)));
    expect(ws.getCell('B4').numFmt).toBe('yyyy-mm-dd');
    expect(ws.getCell('B5').value).toEqual(new Date(Date.UTC(1990, 4, 1)));
    expect(ws.getCell('B6').value).toBeNull();
    expect(ws.getCell('C4').value).toBe(41);
    expect(ws.getCell('C5').value).toBe(36);
    expect(ws.getCell('D4').value).toBe('乡村振兴；项目管理');
    expect(ws.getCell('E4').value).toBe('是');
    expect(ws.getCell('E5').value).toBe('否');
    expect(ws.getCell('E6').value).toBeNull();
    expect(ws.getColumn(5).width).toBe(9);
    expect(ws.getColumn(4).width).toBeGreaterThan(12);
  });

  it('puts the header first without title or note, and cleans the sheet name', async () => {
    const wb = await loadWorkbook(await writeListWorkbook({ sheetName: '名单[1]/2025', columns: COLUMNS, rows: [] }));
    const ws = wb.worksheets[0];
    expect(ws?.name).toBe('名单 1  2025');
    expect(ws?.getCell('A1').value).toBe('姓名');
    expect(ws?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws?.autoFilter).toBe('A1:E2');
  });
});

describe('writeImportErrorReport', () => {
  it('lists the rejected rows with 原行号 and 错误说明 first and marks the bad cells', async () => {
    const wb = await loadWorkbook(
      await writeImportErrorReport([
        {
          row: 7,
          values: { 姓名: '张明', 民族: '汉', 身份证号码: '513301198506151239' },
          errors: [{ column: '民族', message: '第 7 行「民族」：无法识别“汉”，应为民族代码表中的名称' }],
        },
      ]),
    );
    const ws = wb.worksheets[0];
    if (!ws) throw new Error('no sheet');
    expect(ws.getRow(1).values).toEqual([undefined, '原行号', ERROR_REPORT_MESSAGE_COLUMN, '姓名', '民族', '身份证号码']);
    expect(ws.getRow(2).values).toEqual([
      undefined,
      7,
      '第 7 行「民族」：无法识别“汉”，应为民族代码表中的名称',
      '张明',
      '汉',
      '513301198506151239',
    ]);
    expect(ws.getCell('D2').fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFFFC7CE' } });
    expect(JSON.stringify(ws.getCell('C2').fill ?? {})).not.toContain('FFFFC7CE');
    expect(ws.getCell('E2').numFmt).toBe('@');
  });
});
