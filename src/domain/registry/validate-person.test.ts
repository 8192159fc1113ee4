import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { personRecordSchema, validatePersonRecord } from './validate-person.js';
import type { FieldError, PersonRecord } from './types.js';

const TODAY = '2025-06-30';

/** A valid record: 张明, male, born 1985-06-15 (ID 513301198506151239), township Party secretary. */
function buildPerson(overrides: Partial<PersonRecord> = {}): PersonRecord {
  return {
    name: '张明',
    gender: '1',
    ethnicity: '01',
    birthDate: '1985-06-15',
    idNumber: '513301198506151239',
    nativePlace: '四川康定',
    birthplace: '四川康定',
    growthPlace: '513301',
    politicalStatus: '01',
    partyJoinDate: '2006-06-01',
    partyNote: null,
    workStartDate: '2007-07-01',
    category: 'party_government',
    unitId: 12,
    post: '乡党委书记',
    postKind: 'township_party_secretary',
    rank: '141',
    grade: 'G07',
    rankStartDate: '2019-03-01',
    postStartDate: '2019-03-01',
    unitStartDate: '2016-01-01',
    isReserve: true,
    poolTier: 'county',
    specialities: ['乡村振兴', '项目管理'],
    tags: ['藏区工作经历'],
    health: 'healthy',
    healthNote: null,
    serviceIntention: '甘孜州乡镇',
    education: [
      { mode: 'fulltime', level: '21', degree: '学士', school: '四川大学', major: '行政管理', startDate: '2003-09-01', endDate: '2007-07-01' },
      { mode: 'inservice', level: '14', degree: '硕士', school: '西南财经大学', major: '公共管理', startDate: '2012-09-01', endDate: '2015-07-01' },
    ],
    titles: [{ series: 'economist', level: 'intermediate', name: '经济师', obtainedDate: '2013-10-01' }],
    appointments: [
      { unitId: 30, unitName: '康定市某镇', post: '副镇长', postKind: 'township_deputy', rank: '142', startDate: '2012-01-01', endDate: '2016-01-01' },
      { unitId: 12, unitName: '康定市某乡', post: '党委书记', postKind: 'township_party_secretary', rank: '141', startDate: '2019-03-01', endDate: null },
    ],
    appraisals: [
      { year: 2022, grade: 'competent' },
      { year: 2023, grade: 'excellent' },
      { year: 2024, grade: 'competent' },
    ],
    family: [
      { relation: '妻子', name: '李芳', birthDate: '1987-02-01', politicalStatus: '01', workUnit: '康定市第二小学教师', divisionCode: '513301' },
      { relation: '儿子', name: '张小明', birthDate: '2014-09-09', politicalStatus: null, workUnit: null, divisionCode: null },
    ],
    ...overrides,
  };
}

function errorsOf(overrides: Partial<PersonRecord>): FieldError[] {
  return validatePersonRecord(buildPerson(overrides), { today: TODAY });
}

describe('validatePersonRecord', () => {
  it('accepts a complete valid record', () => {
    expect(errorsOf({})).toEqual([]);
  });

  it('accepts a record without an ID number and without optional facts', () => {
    expect(
      errorsOf({
        idNumber: null,
        nativePlace: null,
        growthPlace: null,
        politicalStatus: '13',
        partyJoinDate: null,
        workStartDate: null,
        unitId: null,
        post: null,
        postKind: null,
        rank: null,
        grade: null,
        rankStartDate: null,
        postStartDate: null,
        unitStartDate: null,
        poolTier: null,
        health: null,
        specialities: [],
        tags: [],
        education: [],
        titles: [],
        appointments: [],
        appraisals: [],
        family: [],
      }),
    ).toEqual([]);
  });

  describe('ID number agrees with birth date and gender', () => {
    it.each<[string, Partial<PersonRecord>, FieldError[]]>([
      ['wrong check character', { idNumber: '513301198506151238' }, [{ field: 'idNumber', message: '身份证号码校验位错误' }]],
      [
        '15-digit old number',
        { idNumber: '513301850615123' },
        [{ field: 'idNumber', message: '身份证号码为 15 位旧号码，请填写升位后的 18 位身份证号码' }],
      ],
      [
        'birth date one day off the ID',
        { birthDate: '1985-06-16' },
        [{ field: 'birthDate', message: '出生日期与身份证号码不一致（身份证为 1985-06-15）' }],
      ],
      ['gender against the ID', { gender: '2' }, [{ field: 'gender', message: '性别与身份证号码不一致（身份证为男）' }]],
      [
        'gender 未说明 against the ID',
        { gender: '9' },
        [{ field: 'gender', message: '性别与身份证号码不一致（身份证为男）' }],
      ],
      [
        'lower-case x is not stored as is',
        { idNumber: '51330119850615128x', gender: '2' },
        [{ field: 'idNumber', message: '身份证号码应为 18 位半角字符，末位 X 大写，不含空格' }],
      ],
      ['upper-case X with a female gender digit passes', { idNumber: '51330119850615128X', gender: '2' }, []],
    ])('%s', (_name, overrides, expected) => {
      expect(errorsOf(overrides)).toEqual(expected);
    });
  });

  describe('name', () => {
    it.each<[string, string, string | null]>([
      ['two characters', '张三', null],
      ['minority name with a middle dot', '阿沛·阿旺晋美', null],
      ['extension-B character counts as one', '𠮷明', null],
      ['one character', '张', '姓名应为 2–30 个字（现为 1 个）'],
      ['31 characters', '张'.repeat(31), '姓名应为 2–30 个字（现为 31 个）'],
      ['30 characters', '张'.repeat(30), null],
      ['empty', '', '姓名不能为空'],
      ['leading space', ' 张三', '姓名首尾不能有空格'],
      ['Latin letters', 'Zhang San', '姓名只能由汉字组成，少数民族姓名可用间隔号“·”分隔'],
      ['a bullet instead of the middle dot', '阿沛•阿旺晋美', '姓名中的间隔号应使用“·”'],
      ['dot at the end', '阿沛·', '姓名只能由汉字组成，少数民族姓名可用间隔号“·”分隔'],
      ['two dots in a row', '阿沛··阿旺', '姓名只能由汉字组成，少数民族姓名可用间隔号“·”分隔'],
    ])('%s', (_label, name, message) => {
      expect(errorsOf({ name })).toEqual(message === null ? [] : [{ field: 'name', message }]);
    });
  });

  describe('dates', () => {
    it.each<[string, Partial<PersonRecord>, FieldError[]]>([
      [
        'birth date that is not a calendar day',
        { birthDate: '1985-02-30', idNumber: null },
        [{ field: 'birthDate', message: '出生日期应为有效日期，格式 YYYY-MM-DD（现为“1985-02-30”）' }],
      ],
      [
        'birth date before 1900',
        { birthDate: '1899-12-31', idNumber: null, partyJoinDate: null, politicalStatus: '13' },
        [{ field: 'birthDate', message: '出生日期不能早于 1900-01-01' }],
      ],
      [
        'current-post date tomorrow',
        { postStartDate: '2025-07-01' },
        [{ field: 'postStartDate', message: '任现职时间不能晚于今天（2025-06-30）' }],
      ],
      ['current-post date today passes', { postStartDate: TODAY }, []],
      [
        'party join one day before the 18th birthday',
        { partyJoinDate: '2003-06-14' },
        [{ field: 'partyJoinDate', message: '入党时间不能早于年满 18 周岁之日（2003-06-15）' }],
      ],
      ['party join on the 18th birthday passes', { partyJoinDate: '2003-06-15' }, []],
      [
        'party member without a join date',
        { partyJoinDate: null },
        [{ field: 'partyJoinDate', message: '入党时间未填写（政治面貌为中共党员）' }],
      ],
      [
        'probationary member without a join date',
        { politicalStatus: '02', partyJoinDate: null },
        [{ field: 'partyJoinDate', message: '入党时间未填写（政治面貌为中共预备党员）' }],
      ],
      [
        'non-member with a join date',
        { politicalStatus: '13' },
        [{ field: 'partyJoinDate', message: '入党时间应为空（政治面貌为群众）' }],
      ],
      [
        'work start one day before the 14th birthday',
        { workStartDate: '1999-06-14', rankStartDate: null, postStartDate: null, unitStartDate: null },
        [{ field: 'workStartDate', message: '参加工作时间不能早于年满 14 周岁之日（1999-06-15）' }],
      ],
      [
        'work start on the 14th birthday passes',
        { workStartDate: '1999-06-15' },
        [],
      ],
      [
        'rank date one day before work start',
        { rankStartDate: '2007-06-30' },
        [{ field: 'rankStartDate', message: '任现职级时间不能早于参加工作时间（2007-07-01）' }],
      ],
      [
        'unit date before the 14th birthday when work start is unknown',
        { workStartDate: null, unitStartDate: '1999-06-01' },
        [{ field: 'unitStartDate', message: '进入现单位时间不能早于年满 14 周岁之日（1999-06-15）' }],
      ],
    ])('%s', (_name, overrides, expected) => {
      expect(errorsOf(overrides)).toEqual(expected);
    });

    it('reports a future birth date and every date it makes impossible', () => {
      const errors = errorsOf({ birthDate: '2025-07-01', idNumber: null });
      expect(errors).toContainEqual({ field: 'birthDate', message: '出生日期不能晚于今天（2025-06-30）' });
      expect(errors.map((e) => e.field)).toEqual(expect.arrayContaining(['partyJoinDate', 'workStartDate']));
    });
  });

  describe('codes must be in the code tables', () => {
    it.each<[string, Partial<PersonRecord>, FieldError]>([
      ['gender', { gender: '3', idNumber: null }, { field: 'gender', message: '性别代码无效（3）' }],
      ['ethnicity 57', { ethnicity: '57' }, { field: 'ethnicity', message: '民族代码无效（57）' }],
      ['ethnicity padded to three digits', { ethnicity: '001' }, { field: 'ethnicity', message: '民族代码无效（001）' }],
      ['political status', { politicalStatus: '14', partyJoinDate: null }, { field: 'politicalStatus', message: '政治面貌代码无效（14）' }],
      ['post kind', { postKind: 'mayor' }, { field: 'postKind', message: '岗位类别代码无效（mayor）' }],
      ['rank', { rank: '140' }, { field: 'rank', message: '职务级别代码无效（140）' }],
      ['grade', { grade: 'G13' }, { field: 'grade', message: '职级代码无效（G13）' }],
      ['pool tier', { poolTier: 'province' }, { field: 'poolTier', message: '优秀年轻干部库代码无效（province）' }],
      ['health', { health: 'good' }, { field: 'health', message: '健康状况代码无效（good）' }],
      [
        'education level',
        { education: [{ mode: 'fulltime', level: '24', degree: null, school: null, major: null, startDate: null, endDate: null }] },
        { field: 'education[0].level', message: '学历学位第 1 条的学历代码无效（24）' },
      ],
      [
        'title series',
        { titles: [{ series: 'pilot', level: 'junior', name: null, obtainedDate: null }] },
        { field: 'titles[0].series', message: '专业技术职务第 1 条的职称系列代码无效（pilot）' },
      ],
      [
        'appointment rank',
        {
          appointments: [
            { unitId: null, unitName: '某县', post: '科员', postKind: null, rank: '999', startDate: '2008-01-01', endDate: null },
          ],
        },
        { field: 'appointments[0].rank', message: '任职经历第 1 条的职务级别代码无效（999）' },
      ],
      [
        'growth place',
        { growthPlace: '5133' },
        { field: 'growthPlace', message: '成长地应为 6 位行政区划代码（现为“5133”）' },
      ],
    ])('%s', (_name, overrides, expected) => {
      expect(errorsOf(overrides)).toEqual([expected]);
    });
  });

  describe('sub-records', () => {
    const appointment = { unitId: null, unitName: '某县', post: '科员', postKind: null, rank: null } as const;

    it.each<[string, Partial<PersonRecord>, FieldError[]]>([
      [
        'appointment ending one day before it starts',
        { appointments: [{ ...appointment, startDate: '2019-03-01', endDate: '2019-02-28' }] },
        [{ field: 'appointments[0].endDate', message: '任职经历第 1 条的免职时间不能早于任职时间（2019-03-01）' }],
      ],
      ['appointment ending the day it starts passes', { appointments: [{ ...appointment, startDate: '2019-03-01', endDate: '2019-03-01' }] }, []],
      [
        'appointment without a unit name or post',
        { appointments: [{ ...appointment, unitName: ' ', post: '', startDate: '2019-03-01', endDate: null }] },
        [
          { field: 'appointments[0].unitName', message: '任职经历第 1 条的任职单位名称不能为空' },
          { field: 'appointments[0].post', message: '任职经历第 1 条的职务不能为空' },
        ],
      ],
      [
        'education finishing before it starts',
        { education: [{ mode: 'fulltime', level: '21', degree: null, school: null, major: null, startDate: '2007-09-01', endDate: '2003-07-01' }] },
        [{ field: 'education[0].endDate', message: '学历学位第 1 条的毕业时间不能早于入学时间（2007-09-01）' }],
      ],
      [
        'appraisal year twice',
        { appraisals: [{ year: 2023, grade: 'competent' }, { year: 2023, grade: 'excellent' }] },
        [{ field: 'appraisals[1].year', message: '年度考核第 2 条的考核年度重复（2023 年）' }],
      ],
      [
        'appraisal of next year',
        { appraisals: [{ year: 2026, grade: 'competent' }] },
        [{ field: 'appraisals[0].year', message: '年度考核第 1 条的考核年度不能晚于 2025 年（现为 2026）' }],
      ],
      ['appraisal of the current year passes', { appraisals: [{ year: 2025, grade: 'competent' }] }, []],
      [
        'appraisal before the year work started',
        { appraisals: [{ year: 2006, grade: 'competent' }] },
        [{ field: 'appraisals[0].year', message: '年度考核第 1 条的考核年度不能早于参加工作的年份（2007 年，现为 2006）' }],
      ],
      ['appraisal in the year work started passes', { appraisals: [{ year: 2007, grade: 'competent' }] }, []],
      [
        'duplicate and blank specialities',
        { specialities: ['乡村振兴', ' ', '乡村振兴'] },
        [
          { field: 'specialities[1]', message: '专长第 2 项不能为空' },
          { field: 'specialities[2]', message: '专长第 3 项重复（乡村振兴）' },
        ],
      ],
      [
        'two spouses',
        {
          family: [
            { relation: '妻子', name: '李芳', birthDate: null, politicalStatus: null, workUnit: null, divisionCode: null },
            { relation: '妻子', name: '王丽', birthDate: null, politicalStatus: null, workUnit: null, divisionCode: null },
          ],
        },
        [{ field: 'family[1].relation', message: '家庭成员第 2 条的称谓重复：配偶只能填写一人' }],
      ],
      [
        'family member with a bad name and division code',
        {
          family: [{ relation: '父亲', name: '张', birthDate: '2030-01-01', politicalStatus: '99', workUnit: null, divisionCode: '000000' }],
        },
        [
          { field: 'family[0].name', message: '家庭成员第 1 条的姓名应为 2–30 个字（现为 1 个）' },
          { field: 'family[0].birthDate', message: '家庭成员第 1 条的出生日期不能晚于今天（2025-06-30）' },
          { field: 'family[0].politicalStatus', message: '家庭成员第 1 条的政治面貌代码无效（99）' },
          { field: 'family[0].divisionCode', message: '家庭成员第 1 条的所在地应为 6 位行政区划代码（现为“000000”）' },
        ],
      ],
      [
        'title obtained in the future',
        { titles: [{ series: 'teacher', level: 'junior', name: null, obtainedDate: '2025-07-01' }] },
        [{ field: 'titles[0].obtainedDate', message: '专业技术职务第 1 条的取得时间不能晚于今天（2025-06-30）' }],
      ],
      ['unit id that is not a positive integer', { unitId: 0 }, [{ field: 'unitId', message: '所在单位应为有效的单位编号（现为 0）' }]],
    ])('%s', (_name, overrides, expected) => {
      expect(errorsOf(overrides)).toEqual(expected);
    });
  });

  it('returns every problem at once, in field order', () => {
    const errors = errorsOf({ name: '张', ethnicity: '99', rank: 'x' });
    expect(errors.map((e) => e.field)).toEqual(['name', 'ethnicity', 'rank']);
  });
});

describe('personRecordSchema', () => {
  const minimal = {
    name: ' 张明 ',
    gender: '1',
    ethnicity: '01',
    birthDate: '1985-06-15',
    politicalStatus: '13',
    category: 'party_government',
  };

  it('fills omitted optional fields with null, [] and false and trims strings', () => {
    const r = personRecordSchema.safeParse(minimal);
    expect(r.success).toBe(true);
    expect(r.data).toMatchObject({
      name: '张明',
      idNumber: null,
      partyJoinDate: null,
      unitId: null,
      isReserve: false,
      specialities: [],
      education: [],
      family: [],
    });
  });

  it('turns blank strings into null and normalises the ID number', () => {
    const r = personRecordSchema.safeParse({ ...minimal, nativePlace: '  ', workStartDate: '', idNumber: ' 51330119850615128x ' });
    expect(r.data).toMatchObject({ nativePlace: null, workStartDate: null, idNumber: '51330119850615128X' });
  });

  it('parses a complete record to the same record', () => {
    const person = buildPerson();
    expect(personRecordSchema.parse(person)).toEqual(person);
  });

  it.each<[string, Record<string, unknown>, Array<{ path: Array<string | number>; message: string }>]>([
    ['missing name', { ...minimal, name: undefined }, [{ path: ['name'], message: '姓名为必填项' }]],
    ['name of the wrong type', { ...minimal, name: 3 }, [{ path: ['name'], message: '姓名的类型不正确' }]],
    ['birth date shape', { ...minimal, birthDate: '1985/06/15' }, [{ path: ['birthDate'], message: '出生日期应为 YYYY-MM-DD 格式' }]],
    [
      'unknown category',
      { ...minimal, category: 'farmer' },
      [{ path: ['category'], message: '人员类别应为 party_government、professional 或 enterprise_institution' }],
    ],
    [
      'appointment without a start date',
      { ...minimal, appointments: [{ unitName: '某县', post: '科员' }] },
      [{ path: ['appointments', 0, 'startDate'], message: '任职时间为必填项' }],
    ],
    [
      'appraisal year as text',
      { ...minimal, appraisals: [{ year: '2023', grade: 'competent' }] },
      [{ path: ['appraisals', 0, 'year'], message: '考核年度的类型不正确' }],
    ],
    ['specialities not a list', { ...minimal, specialities: '乡村振兴' }, [{ path: ['specialities'], message: '专长的类型不正确' }]],
  ])('rejects %s with a Chinese message', (_name, body, issues) => {
    const r = personRecordSchema.safeParse(body);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => ({ path: i.path, message: i.message }))).toEqual(issues);
  });

  it('converts to JSON Schema for request and response documentation', () => {
    for (const io of ['input', 'output'] as const) {
      expect(() => z.toJSONSchema(personRecordSchema, { io, unrepresentable: 'throw', target: 'draft-7' })).not.toThrow();
    }
  });

  it('leaves code membership to validatePersonRecord', () => {
    const r = personRecordSchema.safeParse({ ...minimal, ethnicity: '99' });
    expect(r.success).toBe(true);
  });
});
