// Township (乡镇、街道) and village names for the demo unit tree.
//
// KNOWN_TOWNSHIPS holds real township names (after the 2019–2020 township mergers, as far
// as known) for the Tibetan-area counties, the Yi-area counties and the Chengdu districts
// that take part in the public pairings; a demo does not need every township, only 3–8
// per county. For the other counties the names are generated from pools of common Sichuan
// place-name elements, so they look real but are invented. Everything here is fixed data
// or derived from the county code: the unit tree does not depend on the demo seed.

import { Rng, hashString } from './rng.js';
import type { CountyInfo } from './geography.js';

export const KNOWN_TOWNSHIPS: Readonly<Record<string, readonly string[]>> = {
  // 甘孜州
  '513301': ['炉城街道', '榆林街道', '姑咱镇', '新都桥镇', '塔公镇', '沙德镇', '金汤镇', '贡嘎山镇'],
  '513322': ['泸桥镇', '冷碛镇', '兴隆镇', '磨西镇', '燕子沟镇', '得妥镇', '烹坝镇', '岚安乡'],
  '513323': ['章谷镇', '巴底镇', '革什扎镇', '东谷镇', '半扇门镇', '聂呷乡', '墨尔多山镇'],
  '513324': ['呷尔镇', '乃渠镇', '烟袋镇', '魁多镇', '湾坝镇', '三垭镇', '汤古镇'],
  '513325': ['河口镇', '呷拉镇', '西俄洛镇', '红龙镇', '八角楼乡', '柯拉乡', '瓦多乡'],
  '513326': ['鲜水镇', '八美镇', '玉科镇', '协德镇', '龙灯乡', '格西乡', '麻孜乡'],
  '513327': ['新都镇', '虾拉沱镇', '宜木镇', '朱倭镇', '斯木镇', '雅德乡', '泥巴乡'],
  '513328': ['甘孜镇', '查龙镇', '来马镇', '绒坝岔镇', '生康乡', '卡攻乡', '拖坝乡'],
  '513329': ['如龙镇', '拉日马镇', '大盖镇', '尤拉西乡', '雄龙西乡', '子拖西乡', '沙堆乡'],
  '513330': ['更庆镇', '马尼干戈镇', '龚垭镇', '竹庆镇', '阿须镇', '柯洛洞乡', '温拖乡'],
  '513331': ['建设镇', '阿察镇', '河坡镇', '盖玉镇', '麻绒乡', '山岩乡', '章都乡'],
  '513332': ['尼呷镇', '洛须镇', '色须镇', '虾扎镇', '温波镇', '蒙宜乡', '阿日扎乡', '长沙贡马乡'],
  '513333': ['色柯镇', '翁达镇', '洛若镇', '泥朵镇', '甲学镇', '杰嘎乡', '大则乡'],
  '513334': ['高城镇', '甲洼镇', '禾尼乡', '村戈乡', '濯桑乡', '君坝乡', '觉吾乡', '麦洼乡'],
  '513335': ['夏邛镇', '竹巴龙乡', '中咱镇', '措拉镇', '甲英镇', '地巫镇', '亚日贡乡'],
  '513336': ['香巴拉镇', '青德镇', '然乌乡', '热打镇', '定波乡', '洞松乡'],
  '513337': ['金珠镇', '香格里拉镇', '桑堆镇', '吉呷镇', '色拉乡', '赤土乡'],
  '513338': ['松麦镇', '瓦卡镇', '白松镇', '奔都乡', '八日乡', '古学乡'],
  // 阿坝州
  '513201': ['马尔康镇', '卓克基镇', '松岗镇', '梭磨乡', '白湾乡', '党坝乡', '脚木足镇'],
  '513221': ['威州镇', '映秀镇', '卧龙镇', '水磨镇', '漩口镇', '绵虒镇', '三江镇', '耿达镇'],
  '513222': ['杂谷脑镇', '米亚罗镇', '古尔沟镇', '薛城镇', '桃坪镇', '朴头镇', '通化乡'],
  '513223': ['凤仪镇', '南新镇', '叠溪镇', '沙坝镇', '土门镇', '渭门镇', '黑虎镇'],
  '513224': ['进安镇', '川主寺镇', '镇江关镇', '小河镇', '黄龙乡', '白羊乡'],
  '513225': ['永乐镇', '漳扎镇', '双河镇', '勿角镇', '永丰乡', '白河乡'],
  '513226': ['金川镇', '勒乌镇', '安宁镇', '观音桥镇', '沙耳乡', '河东乡'],
  '513227': ['美兴镇', '四姑娘山镇', '两河口镇', '达维镇', '宅垄镇', '沃日镇'],
  '513228': ['芦花镇', '色尔古镇', '沙石多镇', '卡龙镇', '知木林镇', '维古乡'],
  '513230': ['壤柯镇', '中壤塘镇', '南木达镇', '岗木达镇', '蒲西乡', '上杜柯乡'],
  '513231': ['阿坝镇', '安羌镇', '麦尔玛镇', '贾洛镇', '安斗乡', '求吉玛乡', '四洼乡'],
  '513232': ['达扎寺镇', '唐克镇', '红星镇', '阿西镇', '辖曼镇', '班佑乡', '降扎乡'],
  '513233': ['邛溪镇', '刷经寺镇', '瓦切镇', '安曲镇', '龙日镇', '色地镇'],
  // 凉山州
  '513401': ['北城街道', '长安街道', '安宁镇', '礼州镇', '川兴镇', '佑君镇', '月华镇'],
  '513402': ['古城街道', '鹿厂镇', '黎溪镇', '通安镇', '太平镇', '益门镇', '绿水镇'],
  '513422': ['乔瓦镇', '瓦厂镇', '茶布朗镇', '雅砻江镇', '水洛乡', '博窝乡', '唐央乡'],
  '513423': ['盐井镇', '卫城镇', '泸沽湖镇', '梅雨镇', '白乌镇', '棉桠乡'],
  '513424': ['德州镇', '麻栗镇', '永郎镇', '乐跃镇', '巴洞镇'],
  '513426': ['鲹鱼河镇', '铅锌镇', '堵格镇', '大桥镇', '姜州镇'],
  '513427': ['披砂镇', '松新镇', '白鹤滩镇', '华弹镇', '骑骡沟镇'],
  '513428': ['普基镇', '螺髻山镇', '荞窝镇', '洛乌沟乡', '特补乡'],
  '513429': ['特木里镇', '拖觉镇', '补尔乡', '地洛乡', '乐安乡', '火烈乡'],
  '513430': ['天地坝镇', '芦稿镇', '派来镇', '对坪镇', '丙底乡'],
  '513431': ['新城镇', '竹核镇', '四开镇', '比尔镇', '支尔莫乡', '解放乡'],
  '513432': ['光明镇', '冕山镇', '红莫镇', '米市镇', '两河口镇'],
  '513433': ['城厢镇', '泸沽镇', '复兴镇', '大桥镇', '漫水湾镇', '彝海镇'],
  '513434': ['越城镇', '中所镇', '新民镇', '乃托镇', '普雄镇', '大花镇'],
  '513435': ['新市坝镇', '田坝镇', '海棠镇', '吉米镇', '斯觉镇'],
  '513436': ['巴普镇', '牛牛坝镇', '洪溪镇', '拉木阿觉乡', '依果觉乡'],
  '513437': ['锦城镇', '西宁镇', '马湖乡', '金沙镇', '黄琅镇'],
  // Yi counties of 乐山, Qiang county of 绵阳
  '511132': ['沙坪镇', '大堡镇', '黑竹沟镇', '新林镇', '毛坪镇'],
  '511133': ['民建镇', '荣丁镇', '劳动镇', '苏坝镇', '建设镇'],
  '510726': ['永昌镇', '曲山镇', '擂鼓镇', '桂溪镇', '陈家坝镇', '青片乡'],
  // Chengdu districts and counties in the public pairings
  '510116': ['东升街道', '西航港街道', '黄甲街道', '九江街道', '黄水镇', '彭镇', '永安镇'],
  '510117': ['郫筒街道', '犀浦街道', '团结街道', '安德街道', '德源街道', '唐昌街道', '三道堰镇'],
  '510112': ['龙泉街道', '大面街道', '十陵街道', '同安街道', '柏合街道', '洛带镇', '山泉镇'],
  '510106': ['西华街道', '荷花池街道', '茶店子街道', '营门口街道', '沙河源街道', '金泉街道', '九里堤街道'],
  '510114': ['新都街道', '大丰街道', '三河街道', '斑竹园街道', '新繁街道', '清流镇', '军屯镇'],
  '510121': ['赵镇街道', '淮口街道', '白果街道', '竹篙镇', '五凤镇', '清江镇', '福兴镇'],
};

/** Common elements of Sichuan township names (many are real names somewhere in the province). */
const TOWN_STEMS = [
  '龙泉', '石桥', '白马', '新场', '高坪', '清水', '太平', '永兴', '金龙', '双河', '观音', '三合', '大兴', '黄桷',
  '长滩', '柏林', '石龙', '青龙', '马鞍', '白沙', '和平', '新民', '凤凰', '天池', '兴隆', '河口', '沙坝', '文昌',
  '玉泉', '安乐', '临江', '复兴', '福田', '仙峰', '宝山', '金鸡', '龙门', '双龙', '七里', '明月', '回龙', '土门',
  '铁佛', '古城', '东岳', '五龙', '桂花', '合兴', '花园', '天星', '云台', '板桥', '中和', '楠木', '水口', '朝阳',
  '紫云', '青杠', '万安', '金山', '鹤林', '狮子', '老君', '白云', '碧峰', '石佛', '太和', '通济', '清平', '宝林',
];
const STREET_STEMS = ['东城', '西城', '南城', '北城', '城北', '城南', '新华', '东风', '建设', '人民', '光明', '锦城', '文化', '中山', '东湖', '西湖'];

const HAN_VILLAGES = ['新民', '红星', '团结', '白果', '和平', '五星', '胜利', '光明', '龙井', '高峰', '柏杨', '石板', '大堰', '桂花', '新桥', '金星'];
const TIBETAN_VILLAGES = ['然乌', '措普', '扎拉', '德西', '吉呷', '冷古', '日戈', '仁波', '格木', '真达', '绒坝', '色尔', '俄洛', '泽通', '热拉', '莫多'];
const YI_VILLAGES = ['火普', '三河', '乃乌', '阿土列尔', '洛莫', '拉果', '补约', '瓦吾', '日哈', '依莫', '吉史', '尔其'];

export interface TownshipName {
  name: string;
  /** Suffix that decides the titles of its leaders: 镇长, 乡长, 街道办事处主任. */
  type: '镇' | '乡' | '街道';
}

function typeOfTownship(name: string): TownshipName['type'] {
  if (name.endsWith('街道')) return '街道';
  if (name.endsWith('乡')) return '乡';
  return '镇';
}

/** 3–8 townships for a county: the real ones where known, generated ones otherwise. */
export function townshipNamesFor(county: CountyInfo): TownshipName[] {
  const rng = new Rng(hashString(`townships:${county.code}`));
  const known = KNOWN_TOWNSHIPS[county.code];
  if (known) return known.slice(0, 8).map((name) => ({ name, type: typeOfTownship(name) }));
  // Urban districts have more streets; counties mostly towns with some 乡.
  const count = county.type === 'district' ? rng.int(3, 6) : rng.int(4, 8);
  const streets = county.type === 'district' ? rng.int(2, Math.min(4, count)) : county.type === 'city' ? rng.int(1, 2) : 0;
  const used = new Set<string>();
  const out: TownshipName[] = [];
  while (out.length < count) {
    const isStreet = out.length < streets;
    const stem = rng.pick(isStreet ? STREET_STEMS : TOWN_STEMS);
    if (used.has(stem)) continue;
    used.add(stem);
    const type: TownshipName['type'] = isStreet ? '街道' : rng.chance(0.72) ? '镇' : '乡';
    out.push({ name: stem + type, type });
  }
  return out;
}

/** 1–3 village names for a township, in the naming style of the county. */
export function villageNamesFor(county: CountyInfo, townshipIndex: number, count: number): string[] {
  const rng = new Rng(hashString(`villages:${county.code}:${townshipIndex}`));
  const yiArea = county.ethnicMix.some(([e, share]) => e === '07' && share >= 0.4);
  const pool = county.isTibetanArea ? TIBETAN_VILLAGES : yiArea ? YI_VILLAGES : HAN_VILLAGES;
  const used = new Set<string>();
  const out: string[] = [];
  while (out.length < count && used.size < pool.length) {
    const stem = rng.pick(pool);
    if (used.has(stem)) continue;
    used.add(stem);
    out.push(county.type === 'district' && !county.isTibetanArea ? `${stem}社区` : `${stem}村`);
  }
  return out;
}
