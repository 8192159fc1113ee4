// The appointment-form file (干部任免审批表, `.lrmx`) as the national software writes it:
// UTF-8 XML, one flat <Person> element, the elements below in this order
// (shared/docs/ECOSYSTEM.md). No official schema is published; the order and names are those
// open-source readers agree on.

import type { IsoDate, PersonRecord } from '../../domain/registry/types.js';

export const LRMX_ELEMENTS = [
  'XingMing', // 姓名
  'XingBie', // 性别
  'ChuShengNianYue', // 出生年月 yyyyMM
  'MinZu', // 民族
  'JiGuan', // 籍贯
  'ChuShengDi', // 出生地
  'RuDangShiJian', // 入党时间 yyyyMM, or a democratic party's name
  'CanJiaGongZuoShiJian', // 参加工作时间 yyyyMM
  'JianKangZhuangKuang', // 健康状况
  'ZhuanYeJiShuZhiWu', // 专业技术职务
  'ShuXiZhuanYeYouHeZhuanChang', // 熟悉专业有何专长
  'QuanRiZhiJiaoYu_XueLi', // 全日制教育：学历
  'QuanRiZhiJiaoYu_XueWei', // 全日制教育：学位
  'QuanRiZhiJiaoYu_XueLi_BiYeYuanXiaoXi', // 全日制教育：毕业院校系及专业
  'QuanRiZhiJiaoYu_XueWei_BiYeYuanXiaoXi', // 全日制教育：学位的毕业院校系及专业
  'ZaiZhiJiaoYu_XueLi', // 在职教育：学历
  'ZaiZhiJiaoYu_XueWei',
  'ZaiZhiJiaoYu_XueLi_BiYeYuanXiaoXi',
  'ZaiZhiJiaoYu_XueWei_BiYeYuanXiaoXi',
  'XianRenZhiWu', // 现任职务
  'NiRenZhiWu', // 拟任职务
  'NiMianZhiWu', // 拟免职务
  'JianLi', // 简历, multi-line with \r\n
  'JiangChengQingKuang', // 奖惩情况
  'NianDuKaoHeJieGuo', // 年度考核结果 (free text)
  'RenMianLiYou', // 任免理由
  'JiaTingChengYuan', // 家庭主要成员: repeated <Item>
  'ChengBaoDanWei', // 呈报单位
  'JiSuanNianLingShiJian', // 计算年龄时间 yyyyMMdd
  'TianBiaoShiJian', // 填表时间
  'TianBiaoRen', // 填表人
  'ShenFenZheng', // 身份证号
  'ZhaoPian', // photo, base64 JPEG
  'Version',
] as const;

export type LrmxElement = (typeof LRMX_ELEMENTS)[number];

/** Children of each <Item> of <JiaTingChengYuan>, in order. */
export const LRMX_FAMILY_ELEMENTS = [
  'ChengWei', // 称谓
  'XingMing', // 姓名
  'ChuShengRiQi', // 出生日期 yyyyMM
  'ZhengZhiMianMao', // 政治面貌
  'GongZuoDanWeiJiZhiWu', // 工作单位及职务
] as const;

export const LRMX_VERSION = '3.2.1.16';
/** Versions seen in the field; others are read the same way, with a warning. */
export const KNOWN_LRMX_VERSIONS: readonly string[] = ['3.2.1.6', '3.2.1.16'];

/** What the form carries besides the person record: the proposal and the form's own data. */
export interface LrmxExtras {
  /** 现任职务 as printed (also read into `record.post`). */
  currentPost: string;
  /** 拟任职务 */
  proposedPost: string;
  /** 拟免职务 */
  proposedRemoval: string;
  /** 简历, lines joined with '\n' (written with '\r\n'). */
  resume: string;
  /** 奖惩情况 */
  rewards: string;
  /** 年度考核结果 as written. */
  appraisalText: string;
  /** 任免理由 */
  reason: string;
  /** 呈报单位 */
  reportingUnit: string;
  /** 计算年龄时间: the date ages on the form are computed at. */
  ageRefDate: IsoDate | null;
  /** 填表时间 */
  filledDate: IsoDate | null;
  /** 填表人 */
  filledBy: string;
  /** 照片 (JPEG bytes); absent when the form has none. */
  photo?: Buffer;
  /** 专业技术职务 as written (also read into `record.titles` where recognised). */
  professionalTitle: string;
  /** 熟悉专业有何专长 as written (also read into `record.specialities`). */
  expertise: string;
  version: string;
}

/** What a form says about the person: only the fields the form carries are present. */
export type LrmxRecord = Partial<PersonRecord> & { name: string };

export interface ParsedLrmx {
  record: LrmxRecord;
  extras: LrmxExtras;
  /** Chinese, one sentence each: what could not be read exactly and what was done instead. */
  warnings: string[];
}

export type LrmxErrorCode = 'LRMX_NOT_XML' | 'LRMX_NO_PERSON' | 'LRMX_NO_NAME' | 'LRMX_ENCODING';

/** A file that cannot be read as an appointment form at all; the message is for the user. */
export class LrmxParseError extends Error {
  constructor(
    readonly code: LrmxErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'LrmxParseError';
  }
}

export function emptyExtras(): LrmxExtras {
  return {
    currentPost: '',
    proposedPost: '',
    proposedRemoval: '',
    resume: '',
    rewards: '',
    appraisalText: '',
    reason: '',
    reportingUnit: '',
    ageRefDate: null,
    filledDate: null,
    filledBy: '',
    professionalTitle: '',
    expertise: '',
    version: '',
  };
}
