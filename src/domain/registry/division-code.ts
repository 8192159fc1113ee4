// GB/T 2260 administrative division codes: the shape check only.
//
// Boundaries: a code is six ASCII digits whose first two are a province-level code of
// GB/T 2260 (11 北京 … 65 新疆, 71 台湾, 81 香港, 82 澳门) or 83, which the residence
// permits of Taiwan residents use in their ID numbers. Whether the full six digits name a
// place that exists (or existed when an ID number was issued — codes are retired over time)
// is not checked here: that needs the division table, which lives outside the pure core.

export const PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11', '12', '13', '14', '15',
  '21', '22', '23',
  '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46',
  '50', '51', '52', '53', '54',
  '61', '62', '63', '64', '65',
  '71',
  '81', '82', '83',
]);

const SIX_DIGITS = /^\d{6}$/;

/** True for six digits starting with a known province-level code ('513301', '510000'). */
export function isDivisionCode(code: string): boolean {
  return SIX_DIGITS.test(code) && PROVINCE_CODES.has(code.slice(0, 2));
}
