// Sichuan's real administrative geography for demo data and later modules:
// the 21 prefecture-level divisions and their 183 county-level divisions with the
// 2023 GB/T 2260 codes, the 32 Tibetan-area counties, and the Tibet-aid pairings
// ("7+20" and "9+12").
//
// Altitudes are approximate county-seat altitudes in metres: the values ECOSYSTEM.md
// gives are used as given (理塘 4014, 稻城 3750, 甘孜 3410, 壤塘 3285, 乡城 2856,
// 康定 2560, 得荣 2100, 理县 1888, 泸定 1321, 汶川 1236, 石渠 4250, 炉霍 3860, 道孚 3245);
// the others are plausible round figures, not survey data.
// Hardship classes (艰苦边远地区类别) are demo values: for the Tibetan-area counties they
// follow the altitude (see hardshipFromAltitude); for the Yi-area counties (凉山 and the Yi
// autonomous counties of 乐山) they are set by hand. Other counties have none.
// Ethnic shares are the share of minority cadres among locally working cadres, used by the
// person generator; they are plausible, not census figures.

export interface PrefectureInfo {
  /** GB/T 2260 six-digit code, e.g. '510100'. */
  code: string;
  /** Official name: 成都市, 甘孜藏族自治州. */
  name: string;
  /** The name units use in their own names: 成都市, 甘孜州. */
  shortName: string;
  /** Bare place name for 籍贯 and the like: 成都, 甘孜. */
  bareName: string;
  isAutonomous: boolean;
  /** County-level code of the seat of government. */
  seatCode: string;
}

/** Ethnic group code (GB 3304) and its share among local cadres. */
export type EthnicMix = ReadonlyArray<readonly [string, number]>;

export interface CountyInfo {
  code: string;
  /** Official name: 理塘县, 康定市, 双流区, 木里藏族自治县. */
  name: string;
  /** Bare place name: 理塘, 康定, 双流, 木里; single-character names keep the suffix (茂县). */
  bareName: string;
  prefectureCode: string;
  /** 'district' 市辖区, 'city' 县级市, 'county' 县/自治县. */
  type: 'district' | 'city' | 'county';
  altitude: number;
  isTibetanArea: boolean;
  hardshipClass: number | null;
  ethnicMix: EthnicMix;
}

export const ETHNIC = {
  han: '01',
  hui: '03',
  tibetan: '04',
  miao: '06',
  yi: '07',
  manchu: '11',
  tujia: '15',
  lisu: '20',
  naxi: '27',
  qiang: '33',
} as const;

export const PROVINCE_CODE = '510000';
export const PROVINCE_NAME = '四川省';

export const SICHUAN_PREFECTURES: readonly PrefectureInfo[] = [
  { code: '510100', name: '成都市', shortName: '成都市', bareName: '成都', isAutonomous: false, seatCode: '510107' },
  { code: '510300', name: '自贡市', shortName: '自贡市', bareName: '自贡', isAutonomous: false, seatCode: '510302' },
  { code: '510400', name: '攀枝花市', shortName: '攀枝花市', bareName: '攀枝花', isAutonomous: false, seatCode: '510402' },
  { code: '510500', name: '泸州市', shortName: '泸州市', bareName: '泸州', isAutonomous: false, seatCode: '510502' },
  { code: '510600', name: '德阳市', shortName: '德阳市', bareName: '德阳', isAutonomous: false, seatCode: '510603' },
  { code: '510700', name: '绵阳市', shortName: '绵阳市', bareName: '绵阳', isAutonomous: false, seatCode: '510703' },
  { code: '510800', name: '广元市', shortName: '广元市', bareName: '广元', isAutonomous: false, seatCode: '510802' },
  { code: '510900', name: '遂宁市', shortName: '遂宁市', bareName: '遂宁', isAutonomous: false, seatCode: '510903' },
  { code: '511000', name: '内江市', shortName: '内江市', bareName: '内江', isAutonomous: false, seatCode: '511002' },
  { code: '511100', name: '乐山市', shortName: '乐山市', bareName: '乐山', isAutonomous: false, seatCode: '511102' },
  { code: '511300', name: '南充市', shortName: '南充市', bareName: '南充', isAutonomous: false, seatCode: '511302' },
  { code: '511400', name: '眉山市', shortName: '眉山市', bareName: '眉山', isAutonomous: false, seatCode: '511402' },
  { code: '511500', name: '宜宾市', shortName: '宜宾市', bareName: '宜宾', isAutonomous: false, seatCode: '511502' },
  { code: '511600', name: '广安市', shortName: '广安市', bareName: '广安', isAutonomous: false, seatCode: '511602' },
  { code: '511700', name: '达州市', shortName: '达州市', bareName: '达州', isAutonomous: false, seatCode: '511702' },
  { code: '511800', name: '雅安市', shortName: '雅安市', bareName: '雅安', isAutonomous: false, seatCode: '511802' },
  { code: '511900', name: '巴中市', shortName: '巴中市', bareName: '巴中', isAutonomous: false, seatCode: '511902' },
  { code: '512000', name: '资阳市', shortName: '资阳市', bareName: '资阳', isAutonomous: false, seatCode: '512002' },
  { code: '513200', name: '阿坝藏族羌族自治州', shortName: '阿坝州', bareName: '阿坝', isAutonomous: true, seatCode: '513201' },
  { code: '513300', name: '甘孜藏族自治州', shortName: '甘孜州', bareName: '甘孜', isAutonomous: true, seatCode: '513301' },
  { code: '513400', name: '凉山彝族自治州', shortName: '凉山州', bareName: '凉山', isAutonomous: true, seatCode: '513401' },
];

type Mix = { tib?: number; yi?: number; qiang?: number; hui?: number; miao?: number; lisu?: number; tujia?: number };
/** [code, official name, altitude, minority shares, Yi-area hardship class]. */
type CountyRow = readonly [string, string, number, Mix?, number?];

const COUNTY_ROWS: readonly CountyRow[] = [
  // 成都市
  ['510104', '锦江区', 500], ['510105', '青羊区', 505], ['510106', '金牛区', 510], ['510107', '武侯区', 500],
  ['510108', '成华区', 505], ['510112', '龙泉驿区', 520], ['510113', '青白江区', 470], ['510114', '新都区', 480],
  ['510115', '温江区', 540], ['510116', '双流区', 495], ['510117', '郫都区', 540], ['510118', '新津区', 470],
  ['510121', '金堂县', 450], ['510129', '大邑县', 520], ['510131', '蒲江县', 530], ['510181', '都江堰市', 720],
  ['510182', '彭州市', 580], ['510183', '邛崃市', 520], ['510184', '崇州市', 540], ['510185', '简阳市', 420],
  // 自贡市
  ['510302', '自流井区', 300], ['510303', '贡井区', 310], ['510304', '大安区', 310], ['510311', '沿滩区', 300],
  ['510321', '荣县', 330], ['510322', '富顺县', 290],
  // 攀枝花市
  ['510402', '东区', 1100, { yi: 0.03 }], ['510403', '西区', 1150, { yi: 0.03 }], ['510411', '仁和区', 1140, { yi: 0.06, lisu: 0.01 }],
  ['510421', '米易县', 1100, { yi: 0.07, lisu: 0.02 }], ['510422', '盐边县', 1190, { yi: 0.1, lisu: 0.02 }],
  // 泸州市
  ['510502', '江阳区', 260], ['510503', '纳溪区', 270], ['510504', '龙马潭区', 270], ['510521', '泸县', 300],
  ['510522', '合江县', 250], ['510524', '叙永县', 380, { miao: 0.04 }], ['510525', '古蔺县', 700, { miao: 0.05 }],
  // 德阳市
  ['510603', '旌阳区', 490], ['510604', '罗江区', 520], ['510623', '中江县', 420], ['510681', '广汉市', 470],
  ['510682', '什邡市', 520], ['510683', '绵竹市', 560],
  // 绵阳市
  ['510703', '涪城区', 470], ['510704', '游仙区', 480], ['510705', '安州区', 560], ['510722', '三台县', 380],
  ['510723', '盐亭县', 420], ['510725', '梓潼县', 520], ['510726', '北川羌族自治县', 650, { qiang: 0.45 }],
  ['510727', '平武县', 880, { tib: 0.04, qiang: 0.03 }], ['510781', '江油市', 540],
  // 广元市
  ['510802', '利州区', 480], ['510811', '昭化区', 480], ['510812', '朝天区', 560], ['510821', '旺苍县', 500],
  ['510822', '青川县', 770], ['510823', '剑阁县', 700], ['510824', '苍溪县', 400],
  // 遂宁市
  ['510903', '船山区', 280], ['510904', '安居区', 300], ['510921', '蓬溪县', 340], ['510923', '大英县', 320],
  ['510981', '射洪市', 340],
  // 内江市
  ['511002', '市中区', 320], ['511011', '东兴区', 320], ['511024', '威远县', 350], ['511025', '资中县', 330],
  ['511083', '隆昌市', 350],
  // 乐山市
  ['511102', '市中区', 360], ['511111', '沙湾区', 420], ['511112', '五通桥区', 350], ['511113', '金口河区', 640, { yi: 0.1 }],
  ['511123', '犍为县', 330], ['511124', '井研县', 390], ['511126', '夹江县', 410], ['511129', '沐川县', 430],
  ['511132', '峨边彝族自治县', 600, { yi: 0.35 }, 1], ['511133', '马边彝族自治县', 560, { yi: 0.4 }, 2], ['511181', '峨眉山市', 450],
  // 南充市
  ['511302', '顺庆区', 270], ['511303', '高坪区', 280], ['511304', '嘉陵区', 290], ['511321', '南部县', 360],
  ['511322', '营山县', 360], ['511323', '蓬安县', 300], ['511324', '仪陇县', 580], ['511325', '西充县', 360],
  ['511381', '阆中市', 380],
  // 眉山市
  ['511402', '东坡区', 430], ['511403', '彭山区', 440], ['511421', '仁寿县', 420], ['511423', '洪雅县', 450],
  ['511424', '丹棱县', 480], ['511425', '青神县', 410],
  // 宜宾市
  ['511502', '翠屏区', 290], ['511503', '南溪区', 270], ['511504', '叙州区', 300], ['511523', '江安县', 260],
  ['511524', '长宁县', 280], ['511525', '高县', 310], ['511526', '珙县', 420, { miao: 0.05 }], ['511527', '筠连县', 410, { miao: 0.04 }],
  ['511528', '兴文县', 410, { miao: 0.08 }], ['511529', '屏山县', 460, { yi: 0.02 }],
  // 广安市
  ['511602', '广安区', 250], ['511603', '前锋区', 260], ['511621', '岳池县', 280], ['511622', '武胜县', 250],
  ['511623', '邻水县', 320], ['511681', '华蓥市', 340],
  // 达州市
  ['511702', '通川区', 300], ['511703', '达川区', 330], ['511722', '宣汉县', 370, { tujia: 0.03 }], ['511723', '开江县', 430],
  ['511724', '大竹县', 400], ['511725', '渠县', 300], ['511781', '万源市', 670],
  // 雅安市
  ['511802', '雨城区', 620], ['511803', '名山区', 670], ['511822', '荥经县', 750], ['511823', '汉源县', 1000, { yi: 0.05 }],
  ['511824', '石棉县', 850, { tib: 0.06, yi: 0.08 }], ['511825', '天全县', 780], ['511826', '芦山县', 700], ['511827', '宝兴县', 1000, { tib: 0.06 }],
  // 巴中市
  ['511902', '巴州区', 370], ['511903', '恩阳区', 400], ['511921', '通江县', 450], ['511922', '南江县', 470],
  ['511923', '平昌县', 380],
  // 资阳市
  ['512002', '雁江区', 360], ['512021', '安岳县', 360], ['512022', '乐至县', 400],
  // 阿坝藏族羌族自治州 (13 Tibetan-area counties)
  ['513201', '马尔康市', 2600, { tib: 0.55, qiang: 0.05 }], ['513221', '汶川县', 1236, { tib: 0.15, qiang: 0.45 }],
  ['513222', '理县', 1888, { tib: 0.35, qiang: 0.35 }], ['513223', '茂县', 1580, { qiang: 0.75, tib: 0.05 }],
  ['513224', '松潘县', 2850, { tib: 0.45, qiang: 0.1, hui: 0.08 }], ['513225', '九寨沟县', 1400, { tib: 0.35 }],
  ['513226', '金川县', 2170, { tib: 0.55 }], ['513227', '小金县', 2369, { tib: 0.45 }], ['513228', '黑水县', 2350, { tib: 0.75 }],
  ['513230', '壤塘县', 3285, { tib: 0.82 }], ['513231', '阿坝县', 3290, { tib: 0.85 }], ['513232', '若尔盖县', 3500, { tib: 0.8 }],
  ['513233', '红原县', 3500, { tib: 0.8 }],
  // 甘孜藏族自治州 (18 Tibetan-area counties)
  ['513301', '康定市', 2560, { tib: 0.55 }], ['513322', '泸定县', 1321, { tib: 0.3, yi: 0.03 }], ['513323', '丹巴县', 1900, { tib: 0.65 }],
  ['513324', '九龙县', 2900, { tib: 0.5, yi: 0.15 }], ['513325', '雅江县', 2600, { tib: 0.78 }], ['513326', '道孚县', 3245, { tib: 0.8 }],
  ['513327', '炉霍县', 3860, { tib: 0.8 }], ['513328', '甘孜县', 3410, { tib: 0.82 }], ['513329', '新龙县', 3000, { tib: 0.85 }],
  ['513330', '德格县', 3270, { tib: 0.85 }], ['513331', '白玉县', 3140, { tib: 0.85 }], ['513332', '石渠县', 4250, { tib: 0.88 }],
  ['513333', '色达县', 3893, { tib: 0.88 }], ['513334', '理塘县', 4014, { tib: 0.82 }], ['513335', '巴塘县', 2560, { tib: 0.8 }],
  ['513336', '乡城县', 2856, { tib: 0.8 }], ['513337', '稻城县', 3750, { tib: 0.8 }], ['513338', '得荣县', 2100, { tib: 0.82 }],
  // 凉山彝族自治州 (木里 is the one Tibetan-area county; the rest form the Yi area)
  ['513401', '西昌市', 1510, { yi: 0.25, hui: 0.01 }, 1], ['513402', '会理市', 1800, { yi: 0.1, lisu: 0.01 }, 1],
  ['513422', '木里藏族自治县', 2300, { tib: 0.4, yi: 0.25 }], ['513423', '盐源县', 2500, { yi: 0.45, tib: 0.03 }, 3],
  ['513424', '德昌县', 1380, { yi: 0.2, lisu: 0.03 }, 1], ['513426', '会东县', 1640, { yi: 0.15 }, 2], ['513427', '宁南县', 1080, { yi: 0.2 }, 2],
  ['513428', '普格县', 1550, { yi: 0.65 }, 3], ['513429', '布拖县', 2380, { yi: 0.75 }, 3], ['513430', '金阳县', 1300, { yi: 0.72 }, 3],
  ['513431', '昭觉县', 2100, { yi: 0.78 }, 3], ['513432', '喜德县', 1840, { yi: 0.7 }, 3], ['513433', '冕宁县', 1800, { yi: 0.3, tib: 0.03 }, 2],
  ['513434', '越西县', 1660, { yi: 0.68 }, 3], ['513435', '甘洛县', 1030, { yi: 0.6 }, 2], ['513436', '美姑县', 2080, { yi: 0.8 }, 3],
  ['513437', '雷波县', 1230, { yi: 0.6 }, 3],
];

/** The 32 Tibetan-area counties as ECOSYSTEM.md lists them. */
export const TIBETAN_AREA_COUNTY_CODES: readonly string[] = [
  '513301', '513322', '513323', '513324', '513325', '513326', '513327', '513328', '513329',
  '513330', '513331', '513332', '513333', '513334', '513335', '513336', '513337', '513338',
  '513201', '513221', '513222', '513223', '513224', '513225', '513226', '513227', '513228',
  '513230', '513231', '513232', '513233',
  '513422',
];

/** County-seat altitudes ECOSYSTEM.md gives (metres). */
export const ECOSYSTEM_ALTITUDES: Readonly<Record<string, number>> = {
  '513334': 4014, '513337': 3750, '513328': 3410, '513230': 3285, '513336': 2856, '513301': 2560,
  '513338': 2100, '513222': 1888, '513322': 1321, '513221': 1236, '513332': 4250, '513327': 3860,
  '513326': 3245,
};

/** Demo hardship class from the county-seat altitude (higher places, harder posts). */
export function hardshipFromAltitude(altitude: number): number {
  if (altitude >= 4000) return 6;
  if (altitude >= 3500) return 5;
  if (altitude >= 3000) return 4;
  if (altitude >= 2500) return 3;
  if (altitude >= 1800) return 2;
  return 1;
}

function bareNameOf(name: string): string {
  const stripped = name.replace(/(藏族自治县|羌族自治县|彝族自治县|自治县|县|市|区)$/u, '');
  return stripped.length >= 2 ? stripped : name;
}

function typeOf(name: string): CountyInfo['type'] {
  if (name.endsWith('区')) return 'district';
  if (name.endsWith('市')) return 'city';
  return 'county';
}

function mixOf(m: Mix | undefined): EthnicMix {
  if (!m) return [];
  const out: Array<readonly [string, number]> = [];
  if (m.tib) out.push([ETHNIC.tibetan, m.tib]);
  if (m.yi) out.push([ETHNIC.yi, m.yi]);
  if (m.qiang) out.push([ETHNIC.qiang, m.qiang]);
  if (m.hui) out.push([ETHNIC.hui, m.hui]);
  if (m.miao) out.push([ETHNIC.miao, m.miao]);
  if (m.lisu) out.push([ETHNIC.lisu, m.lisu]);
  if (m.tujia) out.push([ETHNIC.tujia, m.tujia]);
  return out;
}

const TIBETAN_SET = new Set(TIBETAN_AREA_COUNTY_CODES);

export const SICHUAN_COUNTIES: readonly CountyInfo[] = COUNTY_ROWS.map(([code, name, altitude, mix, yiHardship]) => {
  const isTibetanArea = TIBETAN_SET.has(code);
  return {
    code,
    name,
    bareName: bareNameOf(name),
    prefectureCode: `${code.slice(0, 4)}00`,
    type: typeOf(name),
    altitude,
    isTibetanArea,
    hardshipClass: isTibetanArea ? hardshipFromAltitude(altitude) : (yiHardship ?? null),
    ethnicMix: mixOf(mix),
  };
});

export const TIBETAN_AREA_COUNTIES: readonly CountyInfo[] = SICHUAN_COUNTIES.filter((c) => c.isTibetanArea);

/** The Yi-area counties (凉山 apart from 木里, and 峨边, 马边). */
export const YI_AREA_COUNTIES: readonly CountyInfo[] = SICHUAN_COUNTIES.filter(
  (c) => !c.isTibetanArea && (c.prefectureCode === '513400' || c.code === '511132' || c.code === '511133'),
);

const COUNTY_BY_CODE = new Map(SICHUAN_COUNTIES.map((c) => [c.code, c]));
const PREFECTURE_BY_CODE = new Map(SICHUAN_PREFECTURES.map((p) => [p.code, p]));

export function countyByCode(code: string): CountyInfo | undefined {
  return COUNTY_BY_CODE.get(code);
}

export function prefectureByCode(code: string): PrefectureInfo | undefined {
  return PREFECTURE_BY_CODE.get(code);
}

export function countiesOf(prefectureCode: string): CountyInfo[] {
  return SICHUAN_COUNTIES.filter((c) => c.prefectureCode === prefectureCode);
}

/** A few birthplaces outside Sichuan (GB/T 2260), for cadres born elsewhere. */
export const OUT_OF_PROVINCE_BIRTHPLACES: ReadonlyArray<{ code: string; name: string; nativePlace: string }> = [
  { code: '500101', name: '重庆市万州区', nativePlace: '重庆万州' },
  { code: '500102', name: '重庆市涪陵区', nativePlace: '重庆涪陵' },
  { code: '500112', name: '重庆市渝北区', nativePlace: '重庆渝北' },
  { code: '530102', name: '云南省昆明市五华区', nativePlace: '云南昆明' },
  { code: '610102', name: '陕西省西安市新城区', nativePlace: '陕西西安' },
  { code: '420102', name: '湖北省武汉市江岸区', nativePlace: '湖北武汉' },
  { code: '540102', name: '西藏自治区拉萨市城关区', nativePlace: '西藏拉萨' },
  { code: '620102', name: '甘肃省兰州市城关区', nativePlace: '甘肃兰州' },
];

// ---------------------------------------------------------------------------------------
// Tibet-aid pairings.

export type PairingMode = '7+20' | '9+12';

export interface PairingInfo {
  mode: PairingMode;
  /** Code of the supporting city, or of the Chengdu district/county that supports. */
  supportingDivisionCode: string;
  supportingName: string;
  supportedDivisionCodes: string[];
  /** True for the pairs ECOSYSTEM.md names as public; the others are invented for the demo. */
  public: boolean;
}

/** The 7 developed cities of "7+20" and the 9 inland cities of "9+12". */
export const SUPPORTING_CITIES_7_20: readonly string[] = ['510100', '510400', '510500', '510600', '510700', '511100', '511500'];
export const SUPPORTING_CITIES_9_12: readonly string[] = [
  '510300', '510900', '511000', '511300', '511600', '511700', '511800', '511400', '512000',
];

/**
 * Pairs with public: true are the ones ECOSYSTEM.md names (双流→巴塘, 郫都→道孚, 龙泉驿→甘孜,
 * 金牛→石渠, 新都+金堂→理塘, 泸州→乡城 and 稻城, 德阳→若尔盖, 攀枝花→木里, 宜宾→雅江).
 * Every pair with public: false is NOT a published pairing: it was assigned for the demo
 * (by neighbourhood and plausibility) so that 7+20 covers 20 counties and 9+12 the other 12.
 * 理塘 is supported by both 新都 and 金堂, so it appears in two 7+20 entries.
 */
export const TIBET_AID_PAIRINGS: readonly PairingInfo[] = [
  // 7+20 — public pairs
  { mode: '7+20', supportingDivisionCode: '510116', supportingName: '成都市双流区', supportedDivisionCodes: ['513335'], public: true },
  { mode: '7+20', supportingDivisionCode: '510117', supportingName: '成都市郫都区', supportedDivisionCodes: ['513326'], public: true },
  { mode: '7+20', supportingDivisionCode: '510112', supportingName: '成都市龙泉驿区', supportedDivisionCodes: ['513328'], public: true },
  { mode: '7+20', supportingDivisionCode: '510106', supportingName: '成都市金牛区', supportedDivisionCodes: ['513332'], public: true },
  { mode: '7+20', supportingDivisionCode: '510114', supportingName: '成都市新都区', supportedDivisionCodes: ['513334'], public: true },
  { mode: '7+20', supportingDivisionCode: '510121', supportingName: '成都市金堂县', supportedDivisionCodes: ['513334'], public: true },
  { mode: '7+20', supportingDivisionCode: '510500', supportingName: '泸州市', supportedDivisionCodes: ['513336', '513337'], public: true },
  { mode: '7+20', supportingDivisionCode: '510600', supportingName: '德阳市', supportedDivisionCodes: ['513232'], public: true },
  { mode: '7+20', supportingDivisionCode: '510400', supportingName: '攀枝花市', supportedDivisionCodes: ['513422'], public: true },
  { mode: '7+20', supportingDivisionCode: '511500', supportingName: '宜宾市', supportedDivisionCodes: ['513325'], public: true },
  // 7+20 — demo assignments (not public)
  { mode: '7+20', supportingDivisionCode: '510104', supportingName: '成都市锦江区', supportedDivisionCodes: ['513329'], public: false },
  { mode: '7+20', supportingDivisionCode: '510105', supportingName: '成都市青羊区', supportedDivisionCodes: ['513333'], public: false },
  { mode: '7+20', supportingDivisionCode: '510107', supportingName: '成都市武侯区', supportedDivisionCodes: ['513330'], public: false },
  { mode: '7+20', supportingDivisionCode: '510108', supportingName: '成都市成华区', supportedDivisionCodes: ['513331'], public: false },
  { mode: '7+20', supportingDivisionCode: '510115', supportingName: '成都市温江区', supportedDivisionCodes: ['513327'], public: false },
  { mode: '7+20', supportingDivisionCode: '510600', supportingName: '德阳市', supportedDivisionCodes: ['513233'], public: false },
  { mode: '7+20', supportingDivisionCode: '510700', supportingName: '绵阳市', supportedDivisionCodes: ['513224', '513225'], public: false },
  { mode: '7+20', supportingDivisionCode: '511100', supportingName: '乐山市', supportedDivisionCodes: ['513324', '513338'], public: false },
  // 9+12 — all demo assignments (not public)
  { mode: '9+12', supportingDivisionCode: '511800', supportingName: '雅安市', supportedDivisionCodes: ['513301', '513322'], public: false },
  { mode: '9+12', supportingDivisionCode: '511400', supportingName: '眉山市', supportedDivisionCodes: ['513323'], public: false },
  { mode: '9+12', supportingDivisionCode: '510300', supportingName: '自贡市', supportedDivisionCodes: ['513222'], public: false },
  { mode: '9+12', supportingDivisionCode: '510900', supportingName: '遂宁市', supportedDivisionCodes: ['513228'], public: false },
  { mode: '9+12', supportingDivisionCode: '511000', supportingName: '内江市', supportedDivisionCodes: ['513227'], public: false },
  { mode: '9+12', supportingDivisionCode: '511300', supportingName: '南充市', supportedDivisionCodes: ['513201', '513230'], public: false },
  { mode: '9+12', supportingDivisionCode: '511600', supportingName: '广安市', supportedDivisionCodes: ['513226', '513221'], public: false },
  { mode: '9+12', supportingDivisionCode: '511700', supportingName: '达州市', supportedDivisionCodes: ['513231'], public: false },
  { mode: '9+12', supportingDivisionCode: '512000', supportingName: '资阳市', supportedDivisionCodes: ['513223'], public: false },
];

/** The prefecture-level city a pairing's supporter belongs to ('510116' → '510100'). */
export function supportingCityOf(p: PairingInfo): string {
  return `${p.supportingDivisionCode.slice(0, 4)}00`;
}

/** Tibetan-area counties each supporting city helps (city code → county codes). */
export function pairedCountiesByCity(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of TIBET_AID_PAIRINGS) {
    const city = supportingCityOf(p);
    const list = out.get(city) ?? [];
    for (const c of p.supportedDivisionCodes) if (!list.includes(c)) list.push(c);
    out.set(city, list);
  }
  return out;
}
