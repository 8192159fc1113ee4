import { describe, expect, it } from 'vitest';
import { dateToExcelSerial, excelSerialToIso, formatCompactDate, formatDottedMonth, parseDateText } from './date-text.js';

describe('parseDateText', () => {
  it.each([
    ['1985-07-01', '1985-07-01', 'day'],
    ['1985.07.01', '1985-07-01', 'day'],
    ['1985/7/1', '1985-07-01', 'day'],
    ['1985年7月1日', '1985-07-01', 'day'],
    ['19850701', '1985-07-01', 'day'],
    ['2020-05-01T00:00:00Z', '2020-05-01', 'day'],
    [' １９８５．０７ ', '1985-07-01', 'month'],
    ['1985.07', '1985-07-01', 'month'],
    ['1985.7', '1985-07-01', 'month'],
    ['1985-07', '1985-07-01', 'month'],
    ['1985年7月', '1985-07-01', 'month'],
    ['198507', '1985-07-01', 'month'],
  ])('reads %s as %s (%s)', (text, date, precision) => {
    expect(parseDateText(text)).toEqual({ date, precision });
  });

  it.each(['', '1985', '1985.13', '1985.02.30', '19850230', '0198.05', '八五年', '1985-07-01-02', '2300.01'])(
    'rejects %s',
    (text) => {
      expect(parseDateText(text)).toBeNull();
    },
  );
});

describe('Excel serials and compact forms', () => {
  it('converts Excel serial days (1900 system) both ways', () => {
    expect(excelSerialToIso(31229)).toBe('1985-07-01');
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(excelSerialToIso(60)).toBeNull();
    expect(dateToExcelSerial(new Date(Date.UTC(1985, 6, 1)))).toBe(31229);
  });

  it('writes yyyyMM, yyyyMMdd and yyyy.MM', () => {
    expect(formatCompactDate('1985-07-01', 'month')).toBe('198507');
    expect(formatCompactDate('2026-11-22', 'day')).toBe('20261122');
    expect(formatDottedMonth('2005-07-01')).toBe('2005.07');
  });
});
