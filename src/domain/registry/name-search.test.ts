import { describe, expect, it } from 'vitest';
import { matchesNameQuery, pinyinFull, pinyinInitials } from './name-search.js';

describe('pinyinInitials and pinyinFull', () => {
  it.each([
    ['张三', 'zs', 'zhangsan'],
    ['李明', 'lm', 'liming'],
    // polyphonic surnames take their surname reading
    ['单雄信', 'sxx', 'shanxiongxin'],
    ['曾国藩', 'zgf', 'zengguofan'],
    ['解缙', 'xj', 'xiejin'],
    ['仇英', 'qy', 'qiuying'],
    ['区志强', 'ozq', 'ouzhiqiang'],
    ['查良镛', 'zly', 'zhaliangyong'],
    ['朴正熙', 'pzx', 'piaozhengxi'],
    // compound surnames
    ['尉迟恭', 'ycg', 'yuchigong'],
    ['欧阳修', 'oyx', 'ouyangxiu'],
    // ü is written v
    ['吕布', 'lb', 'lvbu'],
    // minority name with the middle dot: the dot is dropped
    ['阿沛·阿旺晋美', 'apawjm', 'apeiawangjinmei'],
    // stray spaces are dropped
    [' 张 三 ', 'zs', 'zhangsan'],
    ['', '', ''],
  ])('%s → %s / %s', (name, initials, full) => {
    expect(pinyinInitials(name)).toBe(initials);
    expect(pinyinFull(name)).toBe(full);
  });

  it('reads only the head of the name as a surname: 曾 in a given name keeps its ordinary reading', () => {
    expect(pinyinFull('曾曾')).toBe('zengceng');
  });

  it('sorts names by full pinyin', () => {
    const names = ['张三', '曾国藩', '安然', '吕布', '单雄信'];
    const sorted = [...names].sort((a, b) => pinyinFull(a).localeCompare(pinyinFull(b)));
    expect(sorted).toEqual(['安然', '吕布', '单雄信', '曾国藩', '张三']);
  });
});

describe('matchesNameQuery', () => {
  it.each([
    ['张三', 'zs', true],
    ['张三', 'ZS', true],
    ['张三', 'zhangs', true],
    ['张三', 'san', true],
    ['张三', '三', true],
    ['张三', 'ls', false],
    ['单雄信', 'dxx', false], // 单 as a surname is shan, not dan
    ['单雄信', 'sxx', true],
    ['张三', '  ', true],
  ])('%s matches %j: %s', (name, query, expected) => {
    expect(matchesNameQuery(name, query)).toBe(expected);
  });
});
