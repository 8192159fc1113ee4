import { describe, expect, it } from 'vitest';
import {
  computeCheckChar,
  maskIdNumber,
  normalizeIdNumber,
  parseIdNumber,
  upgradeIdNumber15,
} from './id-number.js';

// Valid numbers used below (check characters computed by hand from ISO 7064 MOD 11-2 and
// cross-checked against the two examples printed in GB 11643-1999):
//   11010519491231002X  GB 11643 example, female, born 1949-12-31
//   440524188001010014  GB 11643 example, male, born 1880-01-01
//   51330119800501122X  female: the gender digit is the 17th ('2'), the last of sequence 122
//   513301198005011238  male, gender digit 3
//   513301198005011246  female, gender digit 4
//   513301200002290016  male, born on a leap day

describe('computeCheckChar (ISO 7064 MOD 11-2)', () => {
  it.each([
    ['11010519491231002', 'X'],
    ['44052418800101001', '4'],
    ['51330119800501123', '8'],
    ['51330119800501124', '6'],
    ['51010519900101000', '7'],
  ])('check character of %s is %s', (first17, expected) => {
    expect(computeCheckChar(first17)).toBe(expected);
  });

  it('refuses anything but 17 digits', () => {
    expect(() => computeCheckChar('1234')).toThrow(RangeError);
    expect(() => computeCheckChar('1101051949123100X')).toThrow(RangeError);
  });
});

describe('parseIdNumber', () => {
  it('reads division code, birth date, gender and the normalised form', () => {
    expect(parseIdNumber('11010519491231002x')).toEqual({
      ok: true,
      divisionCode: '110105',
      birthDate: '1949-12-31',
      gender: '2',
      normalized: '11010519491231002X',
    });
  });

  it.each([
    ['513301198005011238', '1'], // sequence digit 3: odd → male
    ['513301198005011246', '2'], // sequence digit 4: even → female
    ['440524188001010014', '1'], // sequence digit 1
    ['51330119800501122X', '2'], // sequence digit 2
  ])('gender of %s is %s (odd sequence = male)', (id, gender) => {
    const r = parseIdNumber(id);
    expect(r.ok && r.gender).toBe(gender);
  });

  it('normalises full-width characters, spaces and a lower-case x', () => {
    const r = parseIdNumber(' １１０１０５ 19491231 002ｘ ');
    expect(r.ok && r.normalized).toBe('11010519491231002X');
  });

  it.each([
    ['', 'ID_LENGTH', '身份证号码不能为空'],
    ['51330119800501123', 'ID_LENGTH', '身份证号码应为 18 位（现为 17 位）'],
    ['5133011980050112380', 'ID_LENGTH', '身份证号码应为 18 位（现为 19 位）'],
    ['513301800501123', 'ID_LENGTH', '身份证号码为 15 位旧号码，请填写升位后的 18 位身份证号码'],
    ['51330119800501123A', 'ID_FORMAT', '身份证号码前 17 位应为数字，末位应为数字或 X'],
    ['5133011980X501123X', 'ID_FORMAT', '身份证号码前 17 位应为数字，末位应为数字或 X'],
    ['993301198005011238', 'ID_FORMAT', '身份证号码前 6 位不是有效的行政区划代码'],
    ['51330119800230123X', 'ID_BIRTH_DATE', '身份证号码中的出生日期不是有效日期'],
    ['513301198013011230', 'ID_BIRTH_DATE', '身份证号码中的出生日期不是有效日期'],
    ['513301198005011239', 'ID_CHECK_DIGIT', '身份证号码校验位错误'],
    ['513301198005011230', 'ID_CHECK_DIGIT', '身份证号码校验位错误'],
  ])('rejects %j with %s', (id, code, message) => {
    expect(parseIdNumber(id)).toEqual({ ok: false, code, message });
  });

  it('rejects a birth date before 1800 but accepts the standard’s own 1880 example', () => {
    const first17 = '44052417990101001';
    const r = parseIdNumber(first17 + computeCheckChar(first17));
    expect(r).toMatchObject({ ok: false, code: 'ID_BIRTH_DATE' });
    expect(parseIdNumber('440524188001010014').ok).toBe(true);
  });

  it('accepts a 29 February birth date in a leap year', () => {
    const r = parseIdNumber('513301200002290016');
    expect(r.ok && r.birthDate).toBe('2000-02-29');
  });

  describe('birth date against today', () => {
    const bornOn = '51330120251231001';
    const id = bornOn + computeCheckChar(bornOn); // born 2025-12-31

    it('accepts a person born today', () => {
      expect(parseIdNumber(id, { today: '2025-12-31' }).ok).toBe(true);
    });

    it('rejects a birth date one day after today', () => {
      expect(parseIdNumber(id, { today: '2025-12-30' })).toEqual({
        ok: false,
        code: 'ID_BIRTH_DATE',
        message: '身份证号码中的出生日期（2025-12-31）晚于当前日期',
      });
    });

    it('skips the future check when no today is given', () => {
      expect(parseIdNumber(id).ok).toBe(true);
    });
  });

  it('never repeats the number in a message', () => {
    const id = '513301198005011239';
    const r = parseIdNumber(id);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).not.toContain('1238');
  });
});

describe('upgradeIdNumber15', () => {
  it('inserts 19 and appends the check character', () => {
    expect(upgradeIdNumber15('513301800501123')).toBe('513301198005011238');
  });

  it('returns null for anything but 15 digits', () => {
    expect(upgradeIdNumber15('513301198005011238')).toBeNull();
    expect(upgradeIdNumber15('51330180050112X')).toBeNull();
  });
});

describe('maskIdNumber', () => {
  it.each([
    ['51330119800501122X', '513301********122X'],
    ['51330119800501122x', '513301********122X'],
    ['513301800501123', '513301*****1123'],
    ['12345678901', '123456*8901'],
    ['1234567890', '**********'],
    ['', ''],
    [null, ''],
    [undefined, ''],
  ])('masks %j as %j', (id, masked) => {
    expect(maskIdNumber(id)).toBe(masked);
  });

  it('normalisation drops whitespace', () => {
    expect(normalizeIdNumber(' 5133 0119 ')).toBe('51330119');
  });
});
