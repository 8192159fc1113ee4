import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { computeCheckChar } from '../../domain/registry/id-number.js';
import type { IsoDate, PersonRecord } from '../../domain/registry/types.js';
import { validatePersonRecord } from '../../domain/registry/validate-person.js';
import { LRMX_ELEMENTS, LrmxParseError, type LrmxExtras } from './lrmx-format.js';
import { parseLrmx } from './parse-lrmx.js';
import { readLrmxFiles } from './read-lrmx-files.js';
import { lrmxFileName, writeLrmx } from './write-lrmx.js';

function makeId(birth: IsoDate, seq = '123'): string {
  const first17 = `513301${birth.replaceAll('-', '')}${seq}`;
  return first17 + computeCheckChar(first17);
}

/** A tiny JPEG-looking payload (SOI … EOI). */
const PHOTO = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0xff, 0xd9]);

/** Every field the form carries holds a value that survives the form's own precision. */
const PERSON: PersonRecord = {
  name: '张明',
  gender: '1',
  ethnicity: '04',
  birthDate: '1985-06-15',
  idNumber: makeId('1985-06-15'),
  nativePlace: '四川康定',
  birthplace: '四川泸定',
  growthPlace: '513301',
  politicalStatus: '01',
  partyJoinDate: '2006-06-01',
  partyNote: null,
  workStartDate: '2007-07-01',
  category: 'party_government',
  unitId: 12,
  post: '中共康定市某乡委员会书记',
  postKind: 'township_party_secretary',
  rank: '141',
  grade: 'G07',
  rankStartDate: '2019-03-01',
  postStartDate: '2019-03-01',
  unitStartDate: '2016-01-01',
  isReserve: true,
  poolTier: 'county',
  specialities: ['乡村振兴', '熟悉经济、农业工作'],
  tags: ['援藏'],
  health: 'healthy',
  healthNote: null,
  serviceIntention: '甘孜州乡镇',
  education: [
    { mode: 'fulltime', level: '21', degree: '法学学士', school: '四川大学', major: '法学', startDate: null, endDate: null },
    { mode: 'inservice', level: '14', degree: '公共管理硕士', school: '电子科技大学公共管理学院', major: '公共管理', startDate: null, endDate: null },
  ],
  titles: [{ series: 'economist', level: 'intermediate', name: '经济师', obtainedDate: '2013-10-01' }],
  appointments: [
    { unitId: 30, unitName: '康定市某镇', post: '副镇长', postKind: 'township_deputy', rank: '142', startDate: '2012-01-01', endDate: '2016-01-01' },
    { unitId: null, unitName: '康定市某乡', post: '党委副书记、乡长', postKind: null, rank: null, startDate: '2016-01-01', endDate: '2019-03-01' },
    { unitId: 12, unitName: '康定市某乡', post: '党委书记', postKind: 'township_party_secretary', rank: '141', startDate: '2019-03-01', endDate: null },
  ],
  appraisals: [
    { year: 2021, grade: 'competent' },
    { year: 2022, grade: 'competent' },
    { year: 2023, grade: 'excellent' },
    { year: 2024, grade: 'competent' },
  ],
  family: [
    { relation: '妻子', name: '李芳', birthDate: '1987-02-01', politicalStatus: '01', workUnit: '康定市第二小学教师', divisionCode: '513301' },
    { relation: '儿子', name: '张小明', birthDate: '2014-09-01', politicalStatus: null, workUnit: '学生', divisionCode: null },
    { relation: '父亲', name: '张建国', birthDate: '1958-03-01', politicalStatus: '13', workUnit: '已故', divisionCode: null },
  ],
};

const EXTRAS: Partial<LrmxExtras> = {
  proposedPost: '康定市副市长',
  proposedRemoval: '中共康定市某乡委员会书记',
  rewards: '2020年获评全州优秀共产党员',
  reason: '工作需要',
  reportingUnit: '中共甘孜州委组织部',
  ageRefDate: '2026-11-22',
  filledDate: '2026-11-01',
  filledBy: '王五',
  photo: PHOTO,
};

/** The record as the form can carry it: fields outside the form dropped, the rest as written. */
function formView(p: PersonRecord): Partial<PersonRecord> {
  return {
    name: p.name,
    gender: p.gender,
    ethnicity: p.ethnicity,
    birthDate: p.birthDate,
    idNumber: p.idNumber,
    nativePlace: p.nativePlace,
    birthplace: p.birthplace,
    politicalStatus: p.politicalStatus,
    partyJoinDate: p.partyJoinDate,
    partyNote: p.partyNote,
    workStartDate: p.workStartDate,
    post: p.post,
    health: p.health,
    healthNote: p.healthNote,
    specialities: p.specialities,
    education: p.education,
    // The form has no obtained date, unit ids, post kinds, ranks or division codes.
    titles: p.titles.map((t) => ({ ...t, obtainedDate: null })),
    appointments: p.appointments.map((a) => ({ ...a, unitId: null, postKind: null, rank: null })),
    appraisals: p.appraisals,
    family: p.family.map((f) => ({ ...f, divisionCode: null })),
  };
}

function person(xmlBody: string, version = '3.2.1.16'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\r\n<Person>\r\n${xmlBody}\r\n  <Version>${version}</Version>\r\n</Person>\r\n`;
}

describe('writeLrmx', () => {
  const xml = writeLrmx({ ...PERSON, ...EXTRAS });

  it('writes well-formed UTF-8 XML with one flat <Person> and every element in the documented order', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\r\n<Person>\r\n')).toBe(true);
    const topLevel = [...xml.matchAll(/^ {2}<([A-Za-z_]+)>/gmu)].map((m) => m[1]);
    expect(topLevel).toEqual([...LRMX_ELEMENTS]);
  });

  it('writes dates as yyyyMM, the age reference date as yyyyMMdd, and Version 3.2.1.16', () => {
    expect(xml).toContain('<ChuShengNianYue>198506</ChuShengNianYue>');
    expect(xml).toContain('<RuDangShiJian>200606</RuDangShiJian>');
    expect(xml).toContain('<CanJiaGongZuoShiJian>200707</CanJiaGongZuoShiJian>');
    expect(xml).toContain('<JiSuanNianLingShiJian>20261122</JiSuanNianLingShiJian>');
    expect(xml).toContain('<TianBiaoShiJian>202611</TianBiaoShiJian>');
    expect(xml).toContain('<Version>3.2.1.16</Version>');
    expect(xml).toContain(`<ShenFenZheng>${makeId('1985-06-15')}</ShenFenZheng>`);
  });

  it('writes labels, the résumé with \\r\\n, the appraisal text and family items', () => {
    expect(xml).toContain('<XingBie>男</XingBie>');
    expect(xml).toContain('<MinZu>藏族</MinZu>');
    expect(xml).toContain('<QuanRiZhiJiaoYu_XueLi>大学</QuanRiZhiJiaoYu_XueLi>');
    expect(xml).toContain('<QuanRiZhiJiaoYu_XueLi_BiYeYuanXiaoXi>四川大学法学专业</QuanRiZhiJiaoYu_XueLi_BiYeYuanXiaoXi>');
    expect(xml).toContain('<ZaiZhiJiaoYu_XueLi>研究生</ZaiZhiJiaoYu_XueLi>');
    expect(xml).toContain(
      '<JianLi>2012.01--2016.01  康定市某镇副镇长\r\n2016.01--2019.03  康定市某乡党委副书记、乡长\r\n2019.03--         康定市某乡党委书记</JianLi>',
    );
    expect(xml).toContain('<NianDuKaoHeJieGuo>2021年度、2022年度考核为称职，2023年度考核为优秀，2024年度考核为称职</NianDuKaoHeJieGuo>');
    expect(xml).toContain(
      '    <Item>\r\n      <ChengWei>妻子</ChengWei>\r\n      <XingMing>李芳</XingMing>\r\n      <ChuShengRiQi>198702</ChuShengRiQi>\r\n      <ZhengZhiMianMao>中共党员</ZhengZhiMianMao>\r\n      <GongZuoDanWeiJiZhiWu>康定市第二小学教师</GongZuoDanWeiJiZhiWu>\r\n    </Item>',
    );
    expect(xml).toContain(`<ZhaoPian>${PHOTO.toString('base64')}</ZhaoPian>`);
  });

  it('escapes markup characters and writes given texts verbatim', () => {
    const out = writeLrmx({ ...PERSON, rewards: '获<优秀>&表彰', resume: '2007.07--  A县B乡科员\n（其间：在党校学习）' });
    expect(out).toContain('<JiangChengQingKuang>获&lt;优秀&gt;&amp;表彰</JiangChengQingKuang>');
    expect(out).toContain('<JianLi>2007.07--  A县B乡科员\r\n（其间：在党校学习）</JianLi>');
    expect(parseLrmx(out).extras.rewards).toBe('获<优秀>&表彰');
  });

  it('names files after the person', () => {
    expect(lrmxFileName('扎西·次仁')).toBe('扎西·次仁.lrmx');
    expect(lrmxFileName(' 张/明 ')).toBe('张明.lrmx');
    expect(lrmxFileName('')).toBe('未命名.lrmx');
  });

  it('lists dated education among the résumé lines', () => {
    const out = writeLrmx({
      ...PERSON,
      education: [{ mode: 'fulltime', level: '21', degree: null, school: '四川大学', major: '法学', startDate: '2003-09-01', endDate: '2007-07-01' }],
      appointments: [{ unitId: null, unitName: '康定市某镇', post: '科员', postKind: null, rank: null, startDate: '2007-07-01', endDate: null }],
    });
    expect(out).toContain('<JianLi>2003.09--2007.07  四川大学法学专业学习\r\n2007.07--         康定市某镇科员</JianLi>');
  });
});

describe('parseLrmx round trip', () => {
  it('reads back every mapped field of a file it wrote', () => {
    const xml = writeLrmx({ ...PERSON, ...EXTRAS });
    for (const input of [xml, Buffer.from(xml, 'utf8')]) {
      const { record, extras, warnings } = parseLrmx(input);
      expect(warnings).toEqual([]);
      expect(record).toEqual(formView(PERSON));
      expect(extras).toEqual({
        currentPost: PERSON.post,
        proposedPost: EXTRAS.proposedPost,
        proposedRemoval: EXTRAS.proposedRemoval,
        resume: '2012.01--2016.01  康定市某镇副镇长\n2016.01--2019.03  康定市某乡党委副书记、乡长\n2019.03--         康定市某乡党委书记',
        rewards: EXTRAS.rewards,
        appraisalText: '2021年度、2022年度考核为称职，2023年度考核为优秀，2024年度考核为称职',
        reason: EXTRAS.reason,
        reportingUnit: EXTRAS.reportingUnit,
        ageRefDate: '2026-11-22',
        filledDate: '2026-11-01',
        filledBy: '王五',
        photo: PHOTO,
        professionalTitle: '经济师',
        expertise: '乡村振兴；熟悉经济、农业工作',
        version: '3.2.1.16',
      });
    }
  });

  it('round-trips democratic parties, other statuses and education levels', () => {
    const cases: Array<Partial<PersonRecord>> = [
      { politicalStatus: '05', partyJoinDate: null, partyNote: '民盟' },
      { politicalStatus: '07', partyJoinDate: null, partyNote: '1995.06 民进' },
      { politicalStatus: '10', partyJoinDate: null, partyNote: null },
      { politicalStatus: '12', partyJoinDate: null, partyNote: null },
      { politicalStatus: '13', partyJoinDate: null, partyNote: null },
      { politicalStatus: '03', partyJoinDate: null, partyNote: null },
    ];
    for (const c of cases) {
      const r = parseLrmx(writeLrmx({ ...PERSON, ...c })).record;
      expect({ s: r.politicalStatus, d: r.partyJoinDate }).toEqual({ s: c.politicalStatus, d: null });
      if (c.partyNote) expect(r.partyNote).toBe(c.partyNote);
    }
    for (const [level, degree] of [['11', '法学博士'], ['11', null], ['14', null], ['23', null], ['31', null], ['41', null], ['60', null]] as const) {
      const education = [{ mode: 'fulltime' as const, level, degree, school: null, major: null, startDate: null, endDate: null }];
      expect(parseLrmx(writeLrmx({ ...PERSON, education })).record.education).toEqual(education);
    }
  });

  it('gives a record the domain validator accepts once the registry fields are added', () => {
    const { record } = parseLrmx(writeLrmx({ ...PERSON, ...EXTRAS }));
    const full: PersonRecord = { ...PERSON, ...record };
    expect(validatePersonRecord(full, { today: '2026-11-22' })).toEqual([]);
  });
});

describe('parseLrmx edge cases', () => {
  it('reads dotted dates, yyyyMM and yyyyMMdd', () => {
    const { record, extras, warnings } = parseLrmx(
      person(`  <XingMing>李华</XingMing>
  <ChuShengNianYue>1988.03</ChuShengNianYue>
  <RuDangShiJian>2010.07.01</RuDangShiJian>
  <CanJiaGongZuoShiJian>20100801</CanJiaGongZuoShiJian>
  <JiSuanNianLingShiJian>2026.11.22</JiSuanNianLingShiJian>
  <TianBiaoShiJian>20261105</TianBiaoShiJian>`),
    );
    expect(warnings).toEqual([]);
    expect(record).toMatchObject({ birthDate: '1988-03-01', partyJoinDate: '2010-07-01', politicalStatus: '01', workStartDate: '2010-08-01' });
    expect(extras).toMatchObject({ ageRefDate: '2026-11-22', filledDate: '2026-11-05' });
  });

  it('takes the birth day from a matching ID number, and warns when the month disagrees', () => {
    const same = parseLrmx(person(`<XingMing>李华</XingMing><XingBie>男</XingBie><ChuShengNianYue>198506</ChuShengNianYue><ShenFenZheng>${makeId('1985-06-15')}</ShenFenZheng>`));
    expect(same.record.birthDate).toBe('1985-06-15');
    expect(same.warnings).toEqual([]);
    const other = parseLrmx(person(`<XingMing>李华</XingMing><XingBie>男</XingBie><ChuShengNianYue>198507</ChuShengNianYue><ShenFenZheng>${makeId('1985-06-15')}</ShenFenZheng>`));
    expect(other.record.birthDate).toBe('1985-07-01');
    expect(other.warnings).toEqual(['出生年月与身份证号码不一致（身份证为 1985-06）']);
  });

  it('reads a file without a photo, with an empty photo, and without optional elements', () => {
    const minimal = parseLrmx('<?xml version="1.0" encoding="UTF-8"?><Person><XingMing>王芳</XingMing></Person>');
    expect(minimal.record).toEqual({ name: '王芳' });
    expect(minimal.extras.photo).toBeUndefined();
    expect(minimal.warnings).toEqual(['文件没有版本号（Version），已按 3.2.1.16 版格式读取']);

    const emptyPhoto = parseLrmx(person('<XingMing>王芳</XingMing><XingBie>女</XingBie><ZhaoPian></ZhaoPian><ZhaoPian2/>'));
    expect(emptyPhoto.extras.photo).toBeUndefined();
    expect(emptyPhoto.record).toEqual({ name: '王芳', gender: '2' });
    expect(emptyPhoto.warnings).toEqual([]);
  });

  it.each([
    ['民盟', '05', '民盟'],
    ['九三学社', '10', '九三学社'],
    ['1995.06 民进', '07', '1995.06 民进'],
    ['民建会员', '06', '民建会员'],
    ['致公党', '09', '致公党'],
  ])('reads the democratic party “%s” in 入党时间', (text, code, note) => {
    const { record, warnings } = parseLrmx(person(`<XingMing>王芳</XingMing><RuDangShiJian>${text}</RuDangShiJian>`));
    expect(warnings).toEqual([]);
    expect(record).toMatchObject({ politicalStatus: code, partyJoinDate: null, partyNote: note });
  });

  it('reads an empty 入党时间 as 群众 and a date with 预备 as 中共预备党员', () => {
    expect(parseLrmx(person('<XingMing>王芳</XingMing><RuDangShiJian></RuDangShiJian>')).record.politicalStatus).toBe('13');
    expect(parseLrmx(person('<XingMing>王芳</XingMing><RuDangShiJian>2024.06（预备党员）</RuDangShiJian>')).record).toMatchObject({
      politicalStatus: '02',
      partyJoinDate: '2024-06-01',
    });
  });

  it('reads a Version 3.2.1.6 file without a version warning', () => {
    const { extras, warnings } = parseLrmx(person('<XingMing>王芳</XingMing>', '3.2.1.6'));
    expect(extras.version).toBe('3.2.1.6');
    expect(warnings).toEqual([]);
    expect(parseLrmx(person('<XingMing>王芳</XingMing>', '4.0')).warnings).toEqual(['文件版本 4.0 未经验证，已按 3.2.1.16 版格式读取']);
  });

  it('reads family members with assorted date forms and skips empty items', () => {
    const { record, warnings } = parseLrmx(
      person(`<XingMing>王芳</XingMing>
  <JiaTingChengYuan>
    <Item><ChengWei>丈夫</ChengWei><XingMing>赵强</XingMing><ChuShengRiQi>1984.05</ChuShengRiQi><ZhengZhiMianMao>中共党员</ZhengZhiMianMao><GongZuoDanWeiJiZhiWu>康定市财政局干部</GongZuoDanWeiJiZhiWu></Item>
    <Item><ChengWei>母亲</ChengWei><XingMing>刘秀英</XingMing><ChuShengRiQi>196003</ChuShengRiQi><ZhengZhiMianMao>群众</ZhengZhiMianMao><GongZuoDanWeiJiZhiWu>已退休</GongZuoDanWeiJiZhiWu></Item>
    <Item><ChengWei>女儿</ChengWei><XingMing>赵 小 雨</XingMing><ChuShengRiQi>20150601</ChuShengRiQi><ZhengZhiMianMao></ZhengZhiMianMao><GongZuoDanWeiJiZhiWu>学生</GongZuoDanWeiJiZhiWu></Item>
    <Item><ChengWei></ChengWei><XingMing></XingMing><ChuShengRiQi></ChuShengRiQi><ZhengZhiMianMao></ZhengZhiMianMao><GongZuoDanWeiJiZhiWu></GongZuoDanWeiJiZhiWu></Item>
  </JiaTingChengYuan>`),
    );
    expect(warnings).toEqual([]);
    expect(record.family).toEqual([
      { relation: '丈夫', name: '赵强', birthDate: '1984-05-01', politicalStatus: '01', workUnit: '康定市财政局干部', divisionCode: null },
      { relation: '母亲', name: '刘秀英', birthDate: '1960-03-01', politicalStatus: '13', workUnit: '已退休', divisionCode: null },
      { relation: '女儿', name: '赵小雨', birthDate: '2015-06-01', politicalStatus: null, workUnit: '学生', divisionCode: null },
    ]);
  });

  it('reads a single family member and an empty family', () => {
    const one = parseLrmx(person('<XingMing>王芳</XingMing><JiaTingChengYuan><Item><ChengWei>父亲</ChengWei><XingMing>王军</XingMing></Item></JiaTingChengYuan>'));
    expect(one.record.family).toHaveLength(1);
    expect(parseLrmx(person('<XingMing>王芳</XingMing><JiaTingChengYuan></JiaTingChengYuan>')).record.family).toEqual([]);
  });

  it('reads education words of the form', () => {
    const { record, warnings } = parseLrmx(
      person(`<XingMing>王芳</XingMing>
  <QuanRiZhiJiaoYu_XueLi>大专</QuanRiZhiJiaoYu_XueLi>
  <QuanRiZhiJiaoYu_XueWei></QuanRiZhiJiaoYu_XueWei>
  <QuanRiZhiJiaoYu_XueLi_BiYeYuanXiaoXi>四川农业大学农学专业</QuanRiZhiJiaoYu_XueLi_BiYeYuanXiaoXi>
  <ZaiZhiJiaoYu_XueLi>中央党校研究生</ZaiZhiJiaoYu_XueLi>
  <ZaiZhiJiaoYu_XueWei></ZaiZhiJiaoYu_XueWei>
  <ZaiZhiJiaoYu_XueLi_BiYeYuanXiaoXi>中央党校经济管理专业</ZaiZhiJiaoYu_XueLi_BiYeYuanXiaoXi>`),
    );
    expect(record.education).toEqual([
      { mode: 'fulltime', level: '31', degree: null, school: '四川农业大学', major: '农学', startDate: null, endDate: null },
      { mode: 'inservice', level: '10', degree: null, school: '中央党校', major: '经济管理', startDate: null, endDate: null },
    ]);
    expect(warnings).toEqual(['学历“中央党校研究生”为党校学历，已按“研究生”记录，请核实']);
    for (const [word, degree, code] of [
      ['大学', '', '21'],
      ['大学本科', '', '21'],
      ['研究生', '工学博士', '11'],
      ['研究生', '管理学硕士', '14'],
      ['研究生', '', '10'],
      ['大学肄业', '', '23'],
      ['硕士研究生毕业', '', '14'],
      ['14', '', '14'],
    ] as const) {
      const r = parseLrmx(person(`<XingMing>王芳</XingMing><QuanRiZhiJiaoYu_XueLi>${word}</QuanRiZhiJiaoYu_XueLi><QuanRiZhiJiaoYu_XueWei>${degree}</QuanRiZhiJiaoYu_XueWei>`));
      expect([word, r.record.education?.[0]?.level]).toEqual([word, code]);
    }
    const unknown = parseLrmx(person('<XingMing>王芳</XingMing><QuanRiZhiJiaoYu_XueLi>扫盲班</QuanRiZhiJiaoYu_XueLi>'));
    expect(unknown.record.education).toEqual([]);
    expect(unknown.warnings).toEqual(['无法识别学历“扫盲班”，该条学历未导入']);
  });

  it('reads appraisal texts, with warnings for what cannot be paired', () => {
    const read = (t: string) => parseLrmx(person(`<XingMing>王芳</XingMing><NianDuKaoHeJieGuo>${t}</NianDuKaoHeJieGuo>`));
    expect(read('2021年度、2022年度考核为称职，2023年度考核为优秀').record.appraisals).toEqual([
      { year: 2021, grade: 'competent' },
      { year: 2022, grade: 'competent' },
      { year: 2023, grade: 'excellent' },
    ]);
    expect(read('2019—2021年度考核均为合格；2022年度考核为基本合格。').record.appraisals).toEqual([
      { year: 2019, grade: 'competent' },
      { year: 2020, grade: 'competent' },
      { year: 2021, grade: 'competent' },
      { year: 2022, grade: 'basically_competent' },
    ]);
    expect(read('2021年度、2022年度，考核均为称职').record.appraisals).toHaveLength(2);
    expect(read('（无）').warnings).toEqual([]);
    const odd = read('2023年度考核结果待定，近年考核优秀');
    expect(odd.record.appraisals).toEqual([]);
    expect(odd.warnings).toEqual(['年度考核结果中 2023 年度没有写明等次，未导入', '年度考核结果“近年考核优秀”没有写明年度，未导入']);
  });

  it('reads résumé lines into appointments, skipping study lines and notes', () => {
    const resume = [
      '2001.09--2005.07  四川大学法学专业学习',
      '2005.07--2010.03  XX县XX乡党委副书记、',
      '                  乡长',
      '                  （其间：2008.09--2010.07在省委党校在职研究生班学习）',
      '2010.03—2015.03  XX县委组织部副部长（正科级）',
      '201503--         XX县人民政府副县长',
      '2016.01--2017.01  挂职锻炼',
    ].join('\r\n');
    const { record, warnings } = parseLrmx(person(`<XingMing>王芳</XingMing><JianLi>${resume}</JianLi>`));
    expect(record.appointments).toEqual([
      { unitId: null, unitName: 'XX县XX乡', post: '党委副书记、乡长', postKind: null, rank: null, startDate: '2005-07-01', endDate: '2010-03-01' },
      { unitId: null, unitName: 'XX县委组织部', post: '副部长（正科级）', postKind: null, rank: null, startDate: '2010-03-01', endDate: '2015-03-01' },
      { unitId: null, unitName: 'XX县人民政府', post: '副县长', postKind: null, rank: null, startDate: '2015-03-01', endDate: null },
    ]);
    expect(warnings).toEqual(['简历第 7 行“挂职锻炼”无法区分单位和职务，未导入为任职经历']);
  });

  it('reads titles and specialities', () => {
    const { record, warnings } = parseLrmx(
      person('<XingMing>王芳</XingMing><ZhuanYeJiShuZhiWu>副主任医师、高级农艺师</ZhuanYeJiShuZhiWu><ShuXiZhuanYeYouHeZhuanChang>临床医学；卫生管理</ShuXiZhuanYeYouHeZhuanChang>'),
    );
    expect(warnings).toEqual([]);
    expect(record.titles).toEqual([
      { series: 'doctor', level: 'associate', name: '副主任医师', obtainedDate: null },
      { series: 'agronomist', level: 'associate', name: '高级农艺师', obtainedDate: null },
    ]);
    expect(record.specialities).toEqual(['临床医学', '卫生管理']);
    const odd = parseLrmx(person('<XingMing>王芳</XingMing><ZhuanYeJiShuZhiWu>无</ZhuanYeJiShuZhiWu><JianKangZhuangKuang>良好</JianKangZhuangKuang>'));
    expect(odd.record.titles).toEqual([]);
    expect(odd.record.health).toBe('healthy');
  });

  it('keeps an unknown health text as a note and reports unknown labels', () => {
    const { record, warnings } = parseLrmx(
      person('<XingMing>王芳</XingMing><XingBie>F</XingBie><MinZu>汉</MinZu><JianKangZhuangKuang>高血压</JianKangZhuangKuang>'),
    );
    expect(record).toMatchObject({ ethnicity: '01', health: null, healthNote: '高血压' });
    expect(record.gender).toBeUndefined();
    expect(warnings).toEqual(['无法识别性别“F”', '健康状况“高血压”不在代码表中，已作为健康说明保存']);
  });

  it('decodes GB2312 files, a BOM and numeric character references', () => {
    const gbk = Buffer.concat([
      Buffer.from('<?xml version="1.0" encoding="GB2312"?><Person><XingMing>', 'ascii'),
      Buffer.from([0xd5, 0xc5, 0xc8, 0xfd]), // 张三
      Buffer.from('</XingMing><Version>3.2.1.6</Version></Person>', 'ascii'),
    ]);
    expect(parseLrmx(gbk).record.name).toBe('张三');
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(person('<XingMing>张三</XingMing>'), 'utf8')]);
    expect(parseLrmx(bom).record.name).toBe('张三');
    const refs = parseLrmx(person('<XingMing>张三</XingMing><JianLi>2005.07--2010.03  A县B乡科员&#13;&#10;2010.03--  A县C镇副镇长</JianLi>'));
    expect(refs.record.appointments).toHaveLength(2);
  });

  it('throws a Chinese LrmxParseError for files that are not forms', () => {
    const cases: Array<[string, string]> = [
      ['<Person><XingMing>张三</Person>', 'LRMX_NOT_XML'],
      ['<?xml version="1.0"?><Root><A>1</A></Root>', 'LRMX_NO_PERSON'],
      ['<Person><XingBie>男</XingBie></Person>', 'LRMX_NO_NAME'],
      ['not xml at all', 'LRMX_NOT_XML'],
    ];
    for (const [xml, code] of cases) {
      expect(() => parseLrmx(xml)).toThrowError(LrmxParseError);
      try {
        parseLrmx(xml);
      } catch (e) {
        expect(e instanceof LrmxParseError && e.code).toBe(code);
        expect(e instanceof Error && /[\u4e00-\u9fff]/u.test(e.message)).toBe(true);
      }
    }
  });
});

describe('readLrmxFiles', () => {
  it('reads each file on its own: a bad file gives an error and the rest still load', () => {
    const good = Buffer.from(writeLrmx({ ...PERSON, ...EXTRAS }), 'utf8');
    const results = readLrmxFiles([
      { name: '张明.lrmx', data: good },
      { name: '坏文件.lrmx', data: Buffer.from('<Person><XingMing>', 'utf8') },
      { name: '张明.pic', data: PHOTO },
      { name: '旧格式.lrm', data: Buffer.from('"张明","男"', 'utf8') },
      { name: '空.lrmx', data: Buffer.alloc(0) },
      { name: '张明（副本）.LRMX', data: good },
    ]);
    expect(results.map((r) => [r.name, r.ok])).toEqual([
      ['张明.lrmx', true],
      ['坏文件.lrmx', false],
      ['张明.pic', false],
      ['旧格式.lrm', false],
      ['空.lrmx', false],
      ['张明（副本）.LRMX', true],
    ]);
    const [first, bad, pic, lrm, empty, copy] = results;
    expect(first?.ok && first.record.name).toBe('张明');
    expect(bad?.ok === false && bad.error).toMatch(/^文件不是有效的 XML/u);
    expect(pic?.ok === false && pic.skipped).toBe(true);
    expect(lrm?.ok === false && lrm.error).toContain('另存为 .lrmx');
    expect(empty?.ok === false && empty.error).toBe('文件是空的');
    expect(copy?.ok && copy.warnings).toEqual(['与文件“张明.lrmx”是同一人（姓名、身份证号码或出生日期相同）']);
  });
});
