// GB 11643 citizen identity numbers (公民身份号码).
//
// Layout of the 18 characters: 6-digit division code (where the number was first issued),
// 8-digit birth date YYYYMMDD, 3-digit sequence (odd = male, even = female), and a check
// character computed by ISO 7064 MOD 11-2 over the first 17 digits ('0'–'9' or 'X').
//
// Boundaries:
// - Input is normalised before checking: full-width characters become ASCII (NFKC),
//   whitespace anywhere is dropped, a lower-case 'x' becomes 'X'. `normalized` is that form.
// - The first two digits must be a GB/T 2260 province-level code (see division-code.ts);
//   the remaining four are not looked up (codes retire, and the number keeps its old code).
// - The birth date must be a real calendar day from 1800-01-01 (GB 11643's own example is
//   born in 1880) and, when `today` is given, not after it (born today passes). Whether the
//   person is of a plausible age is the person validator's concern, not this one's.
// - 15-digit numbers (issued before 1999, birth year without '19', no check character) are
//   recognised and rejected with a message saying so; `upgradeIdNumber15` gives the 18-digit
//   form for an importer that wants to offer it.
// - Checks run in the order length → format → birth date → check character; the first
//   failure is reported.
// An ID number is sensitive personal information: messages never repeat the number itself.

import { formatIsoDate, isCalendarDate } from './iso-date.js';
import { PROVINCE_CODES } from './division-code.js';
import type { IsoDate } from './types.js';

export type IdNumberErrorCode = 'ID_LENGTH' | 'ID_FORMAT' | 'ID_BIRTH_DATE' | 'ID_CHECK_DIGIT';

export interface IdNumberFacts {
  ok: true;
  /** The six-digit division code of the issuing place. */
  divisionCode: string;
  birthDate: IsoDate;
  /** GB/T 2261.1 gender code from the sequence digit: odd '1' 男, even '2' 女. */
  gender: '1' | '2';
  /** 18 ASCII characters, check character 'X' upper-case. */
  normalized: string;
}

export interface IdNumberError {
  ok: false;
  code: IdNumberErrorCode;
  /** Chinese, for the user; never contains the number. */
  message: string;
}

export type IdNumberResult = IdNumberFacts | IdNumberError;

/** ISO 7064 MOD 11-2 weights 2^(17-i) mod 11 for positions i = 0…16. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
/** Check character by (weighted sum mod 11). */
const CHECK_CHARS = '10X98765432';
const EARLIEST_BIRTH_YEAR = 1800;

/** Full-width to ASCII, whitespace removed, upper-case. */
export function normalizeIdNumber(s: string): string {
  return s.normalize('NFKC').replace(/\s+/gu, '').toUpperCase();
}

/**
 * The MOD 11-2 check character for the first 17 digits. Throws RangeError when given
 * anything but 17 ASCII digits (a programming error: callers check the format first).
 */
export function computeCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('computeCheckChar expects 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS.charAt(sum % 11);
}

function fail(code: IdNumberErrorCode, message: string): IdNumberError {
  return { ok: false, code, message };
}

/**
 * Checks a resident ID number and reads its facts. `today` (ISO date) enables the
 * "birth date not in the future" check; without it only calendar validity is checked.
 */
export function parseIdNumber(s: string, opts: { today?: IsoDate } = {}): IdNumberResult {
  const normalized = normalizeIdNumber(s);
  if (normalized.length === 0) return fail('ID_LENGTH', '身份证号码不能为空');
  if (/^\d{15}$/.test(normalized)) {
    return fail('ID_LENGTH', '身份证号码为 15 位旧号码，请填写升位后的 18 位身份证号码');
  }
  if (normalized.length !== 18) {
    return fail('ID_LENGTH', `身份证号码应为 18 位（现为 ${normalized.length} 位）`);
  }
  if (!/^\d{17}[\dX]$/.test(normalized)) {
    return fail('ID_FORMAT', '身份证号码前 17 位应为数字，末位应为数字或 X');
  }
  if (!PROVINCE_CODES.has(normalized.slice(0, 2))) {
    return fail('ID_FORMAT', '身份证号码前 6 位不是有效的行政区划代码');
  }

  const year = Number(normalized.slice(6, 10));
  const month = Number(normalized.slice(10, 12));
  const day = Number(normalized.slice(12, 14));
  if (!isCalendarDate(year, month, day)) {
    return fail('ID_BIRTH_DATE', '身份证号码中的出生日期不是有效日期');
  }
  const birthDate = formatIsoDate({ year, month, day });
  if (year < EARLIEST_BIRTH_YEAR) {
    return fail('ID_BIRTH_DATE', `身份证号码中的出生日期（${birthDate}）早于 ${EARLIEST_BIRTH_YEAR} 年`);
  }
  if (opts.today !== undefined && birthDate > opts.today) {
    return fail('ID_BIRTH_DATE', `身份证号码中的出生日期（${birthDate}）晚于当前日期`);
  }

  if (computeCheckChar(normalized.slice(0, 17)) !== normalized.charAt(17)) {
    return fail('ID_CHECK_DIGIT', '身份证号码校验位错误');
  }

  const sequence = Number(normalized.charAt(16));
  return {
    ok: true,
    divisionCode: normalized.slice(0, 6),
    birthDate,
    gender: sequence % 2 === 1 ? '1' : '2',
    normalized,
  };
}

/**
 * The 18-digit form of a 15-digit number: '19' inserted before the two-digit birth year and
 * the check character appended. Null when the input (after normalisation) is not 15 digits.
 * 15-digit numbers were only issued to people born in the 1900s, hence the fixed '19'.
 */
export function upgradeIdNumber15(s: string): string | null {
  const n = normalizeIdNumber(s);
  if (!/^\d{15}$/.test(n)) return null;
  const first17 = `${n.slice(0, 6)}19${n.slice(6)}`;
  return first17 + computeCheckChar(first17);
}

/**
 * For display: first 6 and last 4 characters kept, the rest starred
 * ('513301********123X' for 18 characters, 8 stars). Numbers of other lengths keep the same
 * 6 + 4 only when at least one character is hidden between them; shorter ones are fully
 * starred. Null, undefined and '' give ''.
 */
export function maskIdNumber(s: string | null | undefined): string {
  if (s == null) return '';
  const n = normalizeIdNumber(s);
  if (n.length <= 10) return '*'.repeat(n.length);
  return `${n.slice(0, 6)}${'*'.repeat(n.length - 10)}${n.slice(-4)}`;
}
