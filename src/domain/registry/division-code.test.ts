import { describe, expect, it } from 'vitest';
import { isDivisionCode } from './division-code.js';

describe('isDivisionCode', () => {
  it.each([
    ['513301', true], // 康定市
    ['510000', true], // 四川省
    ['110105', true],
    ['830000', true], // Taiwan residents' residence permits
    ['000000', false], // no province 00
    ['993301', false],
    ['5133', false],
    ['5133010', false],
    ['51330a', false],
    ['５１３３０１', false], // full-width digits are not normalised here
  ])('%s → %s', (code, expected) => {
    expect(isDivisionCode(code)).toBe(expected);
  });
});
