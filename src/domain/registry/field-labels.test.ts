import { describe, expect, it } from 'vitest';
import { FIELD_LABELS, fieldLabel, labelOfField } from './field-labels.js';
import type { PersonRecord } from './types.js';

describe('FIELD_LABELS', () => {
  it('labels every field of a person record', () => {
    const keys: Array<keyof PersonRecord> = [
      'name', 'gender', 'ethnicity', 'birthDate', 'idNumber', 'nativePlace', 'birthplace', 'growthPlace',
      'politicalStatus', 'partyJoinDate', 'partyNote', 'workStartDate', 'category', 'unitId', 'post',
      'postKind', 'rank', 'grade', 'rankStartDate', 'postStartDate', 'unitStartDate', 'isReserve',
      'poolTier', 'specialities', 'tags', 'health', 'healthNote', 'serviceIntention', 'education',
      'titles', 'appointments', 'appraisals', 'family',
    ];
    for (const k of keys) expect(FIELD_LABELS[k], k).toMatch(/\p{Script=Han}/u);
  });

  it.each([
    ['name', '姓名'],
    ['idNumber', '身份证号码'],
    ['growthPlace', '成长地'],
    ['unitStartDate', '进入现单位时间'],
    ['poolTier', '优秀年轻干部库'],
    ['family', '家庭成员'],
  ])('%s is %s', (key, label) => {
    expect(FIELD_LABELS[key]).toBe(label);
  });

  it('has typed access for known keys', () => {
    expect(labelOfField('education.level')).toBe('学历');
  });
});

describe('fieldLabel', () => {
  it.each([
    ['birthDate', '出生日期'],
    ['education[1]', '学历学位第 2 条'],
    ['education[1].level', '学历学位第 2 条的学历'],
    ['appointments[0].endDate', '任职经历第 1 条的免职时间'],
    ['appraisals[3].year', '年度考核第 4 条的考核年度'],
    ['specialities[0]', '专长第 1 项'],
    ['tags[2]', '标签第 3 项'],
    ['family[0].name', '家庭成员第 1 条的姓名'],
    ['unknownField', 'unknownField'],
    ['weird path!', 'weird path!'],
  ])('%s → %s', (path, label) => {
    expect(fieldLabel(path)).toBe(label);
  });
});
