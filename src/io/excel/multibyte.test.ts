import { describe, expect, it } from 'vitest';
import { CODE_TABLES } from '../../domain/codes/tables.js';
import { parsePeopleWorkbook } from './people-import.js';
import { plainWorkbook } from './sheet-fixtures.test-util.js';

describe('streaming read of Chinese text', () => {
  it('keeps every character intact when a character straddles a chunk boundary (exceljs #2063)', async () => {
    const surnames = '周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜';
    const given = '梦悦永珍志强建国秀英桂兰海燕晓东丽华明辉春梅';
    const names = Array.from({ length: 6000 }, (_, i) => `${surnames[i % surnames.length]}${given[(i * 7) % given.length]}${given[(i * 3 + 1) % given.length]}`);
    const file = await plainWorkbook([
      { name: '人员信息', rows: [['姓名', '性别', '民族', '出生日期', '政治面貌', '人员类别', '籍贯'], ...names.map((n, i) => [n, '男', '汉族', '1985-07-01', '中共党员', '党政干部', `四川省甘孜藏族自治州理塘县第${i}号`])] },
    ]);
    const res = await parsePeopleWorkbook(file, { codeTables: CODE_TABLES, resolveUnit: () => null, today: '2026-11-22' });
    expect(res.rows.map((r) => r.values['姓名'])).toEqual(names);
    expect(JSON.stringify(res.rows.map((r) => r.values))).not.toContain('\uFFFD');
  });
});
