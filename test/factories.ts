// Test data builders: valid by default, overridable field by field.
import { computeCheckChar } from '../src/domain/registry/id-number.js';
import type { PersonRecord } from '../src/domain/registry/types.js';

let seq = 100;

/** A valid GB 11643 number for a birth date and gender, unique within a test run. */
export function makeIdNumber(birthDate: string, gender: '1' | '2', division = '513334'): string {
  seq += 2;
  const s = (seq % 998) + 1;
  const order = String(gender === '1' ? (s % 2 === 1 ? s : s + 1) % 1000 : (s % 2 === 0 ? s : s + 1) % 1000).padStart(3, '0');
  const first17 = `${division}${birthDate.replace(/-/g, '')}${order}`;
  return first17 + computeCheckChar(first17);
}

export function buildPerson(over: Partial<PersonRecord> = {}): PersonRecord {
  const birthDate = over.birthDate ?? '1985-06-15';
  const gender = (over.gender ?? '1') as '1' | '2';
  return {
    name: '张伟',
    gender,
    ethnicity: '01',
    birthDate,
    idNumber: makeIdNumber(birthDate, gender),
    nativePlace: '四川成都',
    birthplace: '四川成都',
    growthPlace: '510100',
    politicalStatus: '01',
    partyJoinDate: '2008-07-01',
    partyNote: null,
    workStartDate: '2007-08-01',
    category: 'party_government',
    unitId: null,
    post: '乡党委书记',
    postKind: 'township_party_secretary',
    rank: '141',
    grade: null,
    rankStartDate: '2018-03-01',
    postStartDate: '2018-03-01',
    unitStartDate: '2018-03-01',
    isReserve: false,
    poolTier: null,
    specialities: ['经济管理'],
    tags: [],
    health: 'healthy',
    healthNote: null,
    serviceIntention: null,
    education: [{ mode: 'fulltime', level: '21', degree: '学士', school: '四川大学', major: '经济学', startDate: '2003-09-01', endDate: '2007-07-01' }],
    titles: [],
    appointments: [{ unitId: null, unitName: '某乡', post: '乡党委书记', postKind: 'township_party_secretary', rank: '141', startDate: '2018-03-01', endDate: null }],
    appraisals: [
      { year: 2023, grade: 'competent' },
      { year: 2024, grade: 'excellent' },
      { year: 2025, grade: 'competent' },
    ],
    family: [{ relation: '妻子', name: '李娜', birthDate: '1986-02-01', politicalStatus: '01', workUnit: '成都市某中学教师', divisionCode: '510100' }],
    ...over,
  };
}
