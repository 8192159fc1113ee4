// Invented personal names in the styles of Sichuan: Han names (surnames weighted by
// frequency, given names by generation), Kham/Amdo Tibetan names (two elements, often four
// characters), Yi names (clan name + given name, or a Han-style name), Qiang and other
// minorities with Han-style names. No real person's data.

import { Rng, makePicker } from './rng.js';

/** Surname weights roughly as in Sichuan (何, 罗, 邓, 曾, 彭, 廖 are commoner than nationally). */
const HAN_SURNAMES: ReadonlyArray<readonly [string, number]> = [
  ['李', 7.9], ['王', 6.7], ['张', 6.2], ['刘', 5.9], ['陈', 5.4], ['杨', 4.5], ['黄', 2.9], ['赵', 2.3], ['周', 2.3],
  ['吴', 2.2], ['何', 2.0], ['罗', 2.0], ['徐', 1.7], ['胡', 1.5], ['孙', 1.4], ['朱', 1.3], ['高', 1.2], ['唐', 1.2],
  ['邓', 1.2], ['马', 1.2], ['郭', 1.1], ['林', 1.0], ['谢', 1.0], ['曾', 1.0], ['彭', 1.0], ['蒋', 0.9], ['余', 0.9],
  ['肖', 0.9], ['梁', 0.8], ['宋', 0.8], ['郑', 0.8], ['冯', 0.8], ['袁', 0.8], ['廖', 0.7], ['韩', 0.6], ['董', 0.6],
  ['曹', 0.6], ['许', 0.6], ['付', 0.6], ['杜', 0.6], ['钟', 0.6], ['田', 0.6], ['任', 0.6], ['谭', 0.6], ['程', 0.5],
  ['吕', 0.5], ['苏', 0.5], ['卢', 0.5], ['蔡', 0.5], ['魏', 0.5], ['熊', 0.5], ['沈', 0.4], ['丁', 0.4], ['叶', 0.4],
  ['潘', 0.4], ['范', 0.4], ['石', 0.4], ['邹', 0.4], ['邱', 0.4], ['江', 0.4], ['雷', 0.4], ['于', 0.4], ['贾', 0.3],
  ['薛', 0.3], ['戴', 0.3], ['夏', 0.3], ['汪', 0.3], ['姜', 0.3], ['方', 0.3], ['姚', 0.3], ['白', 0.3], ['毛', 0.3],
  ['秦', 0.3], ['侯', 0.3], ['龙', 0.3], ['万', 0.3], ['段', 0.3], ['尹', 0.3], ['易', 0.3], ['赖', 0.3], ['龚', 0.3],
  ['文', 0.3], ['向', 0.3], ['严', 0.2], ['黎', 0.2], ['贺', 0.2], ['汤', 0.2], ['苟', 0.2], ['蒲', 0.2], ['牟', 0.2],
  ['邵', 0.2], ['孟', 0.2], ['康', 0.2], ['崔', 0.2], ['陆', 0.2], ['金', 0.2], ['郝', 0.2], ['孔', 0.2], ['史', 0.2],
  ['冉', 0.1], ['敬', 0.1], ['顾', 0.1], ['钱', 0.1], ['乔', 0.1], ['武', 0.1], ['常', 0.1], ['母', 0.05], ['鲜', 0.05],
];
const pickHanSurname = makePicker(HAN_SURNAMES);

interface GivenPools {
  single: readonly string[];
  first: readonly string[];
  second: readonly string[];
}

// Given-name characters by generation: born before 1975, 1975–1989, from 1990.
const MALE: readonly GivenPools[] = [
  {
    single: ['军', '勇', '强', '平', '刚', '斌', '明', '华', '兵', '林', '伟', '波', '涛', '东', '建', '彬', '毅'],
    first: ['建', '志', '国', '永', '德', '文', '海', '小', '春', '学', '正', '光', '明', '继', '成', '洪'],
    second: ['国', '华', '明', '强', '军', '平', '伟', '林', '波', '峰', '勇', '刚', '东', '辉', '成', '荣', '富', '良', '全'],
  },
  {
    single: ['伟', '杰', '涛', '斌', '超', '鹏', '飞', '鑫', '波', '磊', '峰', '亮', '龙', '川', '江', '松', '锐', '坤', '健'],
    first: ['晓', '俊', '志', '海', '建', '小', '文', '家', '永', '天', '鹏', '明', '剑', '红', '云', '兴'],
    second: ['伟', '军', '斌', '杰', '涛', '峰', '波', '亮', '龙', '鹏', '飞', '超', '刚', '勇', '宇', '东', '川', '林', '洪'],
  },
  {
    single: ['浩', '宇', '凯', '帆', '帅', '旭', '宁', '洋', '阳', '鑫', '昊', '晨', '睿', '航', '博', '磊', '杰'],
    first: ['子', '浩', '宇', '思', '一', '嘉', '博', '梓', '雨', '泽', '俊', '锦', '睿', '皓', '天', '文', '家', '明'],
    second: ['轩', '睿', '航', '然', '豪', '博', '晨', '阳', '凯', '宇', '杰', '涵', '铭', '辰', '洋', '霖', '彬', '翔'],
  },
];
const FEMALE: readonly GivenPools[] = [
  {
    single: ['英', '芳', '兰', '梅', '华', '琼', '珍', '萍', '蓉', '琴', '霞', '燕', '敏', '丽', '红', '玲'],
    first: ['秀', '玉', '丽', '红', '春', '桂', '淑', '小', '晓', '金', '永', '素', '建', '明', '德'],
    second: ['英', '芳', '兰', '梅', '华', '琼', '珍', '萍', '蓉', '琴', '霞', '燕', '敏', '丽', '莲', '群'],
  },
  {
    single: ['娟', '燕', '敏', '静', '婷', '霞', '玲', '琳', '艳', '莉', '蓉', '丹', '娜', '倩', '慧', '佳', '颖'],
    first: ['晓', '丽', '小', '雪', '婷', '佳', '静', '秋', '文', '海', '春', '燕', '红', '玉', '思'],
    second: ['丽', '娟', '燕', '敏', '静', '婷', '霞', '玲', '琳', '艳', '莉', '蓉', '梅', '丹', '君', '洁'],
  },
  {
    single: ['欣', '悦', '璐', '瑶', '怡', '晶', '露', '瑜', '琪', '菲', '雯', '婷', '雪', '月', '蕾', '倩'],
    first: ['欣', '雨', '思', '梓', '佳', '诗', '紫', '婉', '子', '可', '语', '雪', '心', '若', '梦', '晓'],
    second: ['怡', '涵', '琪', '萱', '悦', '彤', '妍', '雯', '琳', '瑶', '璐', '菲', '婷', '蕾', '月', '然'],
  },
];

function generationOf(birthYear: number): number {
  return birthYear < 1975 ? 0 : birthYear < 1990 ? 1 : 2;
}

export function hanGivenName(rng: Rng, isMale: boolean, birthYear: number): string {
  const pools = (isMale ? MALE : FEMALE)[generationOf(birthYear)];
  if (!pools) throw new Error('no name pool');
  if (rng.chance(0.26)) return rng.pick(pools.single);
  if (!isMale && birthYear >= 1980 && rng.chance(0.05)) {
    const c = rng.pick(pools.single);
    return c + c; // 婷婷, 丹丹
  }
  let given = rng.pick(pools.first) + rng.pick(pools.second);
  if (given.charAt(0) === given.charAt(1)) given = given.charAt(0) + rng.pick(pools.single);
  return given;
}

export function hanName(rng: Rng, isMale: boolean, birthYear: number, surname?: string): string {
  return (surname ?? pickHanSurname(rng)) + hanGivenName(rng, isMale, birthYear);
}

export function pickSurname(rng: Rng): string {
  return pickHanSurname(rng);
}

// Kham/Amdo Tibetan names are two elements; many elements are used by men and women alike.
const TIBETAN_MALE_FIRST = [
  '扎西', '次仁', '格桑', '尼玛', '多吉', '洛绒', '降措', '泽仁', '益西', '四郎', '丹增', '贡布', '罗布', '土登', '呷绒',
  '翁堆', '彭措', '达瓦', '曲扎', '阿旺', '仁青', '降央', '巴桑', '邓珠', '昂旺', '斯朗', '泽翁', '根呷', '洛桑', '登巴',
  '江措', '拥忠', '俄色', '嘎玛', '白马', '群培', '达杰', '索朗', '格勒', '贡嘎', '拉巴', '旦真', '向秋', '仁真', '呷玛',
];
const TIBETAN_MALE_SECOND = [
  '多吉', '扎西', '次仁', '尼玛', '平措', '降措', '邓珠', '顿珠', '泽仁', '旺堆', '江措', '曲批', '彭措', '罗布', '贡布',
  '登巴', '呷绒', '格勒', '洛绒', '益西', '四郎', '达瓦', '翁加', '泽旺', '郎加', '绒布', '拥忠',
];
const TIBETAN_FEMALE_FIRST = [
  '次仁', '格桑', '尼玛', '泽仁', '益西', '四郎', '达瓦', '仁青', '白马', '斯朗', '央宗', '德吉', '拥措', '卓玛', '曲珍',
  '拉姆', '泽珍', '措姆', '巴姆', '永措', '翁姆', '志玛', '降初', '阿琼', '央金', '洛绒', '扎西', '呷绒',
];
const TIBETAN_FEMALE_SECOND = [
  '卓玛', '央金', '拉姆', '志玛', '曲珍', '德吉', '措姆', '泽珍', '拥措', '巴姆', '白姆', '永措', '翁姆', '俄姆', '央宗',
  '拉措', '降初', '卓嘎', '泽央', '旺姆', '曲措', '益西',
];

export function tibetanName(rng: Rng, isMale: boolean): string {
  const first = rng.pick(isMale ? TIBETAN_MALE_FIRST : TIBETAN_FEMALE_FIRST);
  if (rng.chance(0.2)) return isMale ? first : rng.pick(TIBETAN_FEMALE_SECOND);
  let second = rng.pick(isMale ? TIBETAN_MALE_SECOND : TIBETAN_FEMALE_SECOND);
  if (second === first) second = isMale ? '多吉' : '卓玛';
  if (second === first) second = isMale ? '扎西' : '央金';
  return first + second;
}

const YI_CLANS = [
  '阿说', '吉克', '阿西', '沙马', '吉木', '阿苦', '俄木', '马海', '瓦扎', '阿尔', '吉伍', '勒格', '曲比', '海来', '阿的',
  '日火', '阿约', '木乃', '苏呷', '阿克', '吉火', '依火', '倮伍', '莫色', '海乃', '阿牛', '吉地', '拉马', '的日', '阿力',
  '加拉', '沙玛', '吉吉', '阿鲁', '俄的', '吉觉',
];
const YI_MALE = [
  '伍呷', '木呷', '尔古', '拉哈', '石布', '日哈', '伍各', '依木', '子哈', '尔布', '拉且', '约哈', '铁哈', '木沙', '阿木',
  '日坡', '尔体', '布哈', '伍沙', '则拉', '友哈', '石哈', '克哈', '拉博', '尔日', '金古',
];
const YI_FEMALE = [
  '阿呷', '阿支', '阿牛', '伍果', '尔呷', '日果', '史沙', '拉莫', '么莫', '阿依', '尔作', '木果', '石果', '阿作', '有果',
  '子莫', '金果', '阿芝', '日作', '伍作', '曲果',
];
/** Han-style surnames common among Yi cadres. */
const YI_HAN_SURNAMES = ['马', '罗', '沙', '杨', '李', '王', '苏', '陈', '吉', '张', '刘', '海', '阿'];

/** A Yi given name (伍呷, 阿呷 …) to follow a clan name. */
export function yiGivenName(rng: Rng, isMale: boolean): string {
  return rng.pick(isMale ? YI_MALE : YI_FEMALE);
}

export function yiName(rng: Rng, isMale: boolean, birthYear: number): string {
  if (rng.chance(0.35)) return hanName(rng, isMale, birthYear, rng.pick(YI_HAN_SURNAMES));
  return rng.pick(YI_CLANS) + rng.pick(isMale ? YI_MALE : YI_FEMALE);
}

const QIANG_SURNAMES = ['王', '杨', '何', '陈', '余', '龙', '韩', '毛', '苟', '董', '赵', '张', '罗', '蒋', '周', '李'];
const HUI_SURNAMES = ['马', '白', '李', '杨', '王', '沙', '米', '丁'];

/** A name in the style of the given ethnic group (GB 3304 code). */
export function personName(rng: Rng, ethnicity: string, isMale: boolean, birthYear: number): string {
  switch (ethnicity) {
    case '04':
      // Some Tibetan cadres of the Han-Tibetan border counties use Han-style names.
      return rng.chance(0.1) ? hanName(rng, isMale, birthYear) : tibetanName(rng, isMale);
    case '07':
      return yiName(rng, isMale, birthYear);
    case '33':
      return hanName(rng, isMale, birthYear, rng.pick(QIANG_SURNAMES));
    case '03':
      return hanName(rng, isMale, birthYear, rng.pick(HUI_SURNAMES));
    default:
      return hanName(rng, isMale, birthYear);
  }
}

/** The surname part of a Han-style name (first character); Tibetan names have none. */
export function surnameOf(name: string, ethnicity: string): string | null {
  if (ethnicity === '04') return null;
  if (ethnicity === '07' && name.length >= 4) return name.slice(0, 2);
  return name.charAt(0);
}
