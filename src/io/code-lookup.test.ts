import { describe, expect, it } from 'vitest';
import { CODE_TABLES } from '../domain/codes/tables.js';
import { createCodeLookup } from './code-lookup.js';

const codes = createCodeLookup(CODE_TABLES);

describe('createCodeLookup', () => {
  it.each([
    ['ethnicity', '汉族', '01'],
    ['ethnicity', ' 藏 族 ', '04'],
    ['ethnicity', '04', '04'],
    ['ethnicity', '崩龙族', '46'],
    ['political_status', '中共党员', '01'],
    ['political_status', '民盟', '05'],
    ['political_status', '九三学社', '10'],
    ['rank', '副处级', '132'],
    ['rank', '县处级副职', '132'],
    ['appraisal', '合格', 'competent'],
    ['appraisal', '基本合格', 'basically_competent'],
    ['education', '大学本科毕业', '21'],
    ['post_kind', '县(市、区)长', 'county_head'],
    ['post_kind', '县（市、区）长', 'county_head'],
  ] as const)('%s: “%s” → %s', (table, text, code) => {
    expect(codes.code(table, text)).toBe(code);
  });

  it('does not guess: 汉 is not 汉族, blanks are nothing', () => {
    expect(codes.code('ethnicity', '汉')).toBeUndefined();
    expect(codes.code('gender', '  ')).toBeUndefined();
  });

  it('lets the administrator’s labels win and drops aliases whose code is gone', () => {
    const edited = createCodeLookup({
      ...CODE_TABLES,
      political_status: [
        { code: '01', label: '中国共产党党员' },
        { code: '13', label: '群众' },
      ],
    });
    expect(edited.code('political_status', '中国共产党党员')).toBe('01');
    expect(edited.code('political_status', '民盟')).toBeUndefined();
    expect(edited.label('political_status', '01')).toBe('中国共产党党员');
    expect(edited.label('political_status', '99')).toBe('99');
    expect(edited.label('political_status', null)).toBe('');
  });
});
