import { describe, expect, it } from 'vitest';
import {
  ECOSYSTEM_ALTITUDES,
  SICHUAN_COUNTIES,
  SICHUAN_PREFECTURES,
  SUPPORTING_CITIES_7_20,
  SUPPORTING_CITIES_9_12,
  TIBETAN_AREA_COUNTIES,
  TIBETAN_AREA_COUNTY_CODES,
  TIBET_AID_PAIRINGS,
  supportingCityOf,
} from './geography.js';
import { KNOWN_TOWNSHIPS, townshipNamesFor } from './townships.js';

describe('Sichuan geography', () => {
  it('has the 21 prefectures and 183 county-level divisions with unique six-digit codes', () => {
    expect(SICHUAN_PREFECTURES).toHaveLength(21);
    expect(SICHUAN_COUNTIES).toHaveLength(183);
    const codes = SICHUAN_COUNTIES.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of SICHUAN_COUNTIES) {
      expect(c.code).toMatch(/^51\d{4}$/);
      expect(SICHUAN_PREFECTURES.some((p) => p.code === c.prefectureCode)).toBe(true);
    }
  });

  it('lists the 32 Tibetan-area counties (18 in 甘孜, 13 in 阿坝, 木里) with 1200–4300 m seats', () => {
    expect(TIBETAN_AREA_COUNTIES).toHaveLength(32);
    expect(TIBETAN_AREA_COUNTIES.map((c) => c.code).sort()).toEqual([...TIBETAN_AREA_COUNTY_CODES].sort());
    expect(TIBETAN_AREA_COUNTIES.filter((c) => c.prefectureCode === '513300')).toHaveLength(18);
    expect(TIBETAN_AREA_COUNTIES.filter((c) => c.prefectureCode === '513200')).toHaveLength(13);
    expect(TIBETAN_AREA_COUNTIES.find((c) => c.code === '513422')?.name).toBe('木里藏族自治县');
    for (const c of TIBETAN_AREA_COUNTIES) {
      expect(c.altitude).toBeGreaterThanOrEqual(1200);
      expect(c.altitude).toBeLessThanOrEqual(4300);
      expect(c.hardshipClass).toBeGreaterThanOrEqual(1);
      expect(c.hardshipClass).toBeLessThanOrEqual(6);
    }
  });

  it('uses the altitudes ECOSYSTEM.md gives', () => {
    for (const [code, altitude] of Object.entries(ECOSYSTEM_ALTITUDES)) {
      expect(SICHUAN_COUNTIES.find((c) => c.code === code)?.altitude).toBe(altitude);
    }
    expect(ECOSYSTEM_ALTITUDES['513334']).toBe(4014); // 理塘
  });

  it('gives higher places a higher hardship class', () => {
    const shiqu = TIBETAN_AREA_COUNTIES.find((c) => c.code === '513332');
    const luding = TIBETAN_AREA_COUNTIES.find((c) => c.code === '513322');
    expect(shiqu?.hardshipClass).toBe(6);
    expect(luding?.hardshipClass).toBe(1);
  });

  it('pairs 7 cities with 20 counties and 9 cities with the other 12, covering all 32 once', () => {
    const byMode = (mode: '7+20' | '9+12'): { cities: Set<string>; counties: Set<string>; entries: number } => {
      const entries = TIBET_AID_PAIRINGS.filter((p) => p.mode === mode);
      return {
        cities: new Set(entries.map(supportingCityOf)),
        counties: new Set(entries.flatMap((p) => p.supportedDivisionCodes)),
        entries: entries.flatMap((p) => p.supportedDivisionCodes).length,
      };
    };
    const a = byMode('7+20');
    const b = byMode('9+12');
    expect([...a.cities].sort()).toEqual([...SUPPORTING_CITIES_7_20].sort());
    expect([...b.cities].sort()).toEqual([...SUPPORTING_CITIES_9_12].sort());
    expect(a.counties.size).toBe(20);
    expect(b.counties.size).toBe(12);
    expect(b.entries).toBe(12);
    expect([...a.counties].filter((c) => b.counties.has(c))).toEqual([]);
    expect([...a.counties, ...b.counties].sort()).toEqual([...TIBETAN_AREA_COUNTY_CODES].sort());
  });

  it('marks exactly the published pairs as public', () => {
    const pub = TIBET_AID_PAIRINGS.filter((p) => p.public).map((p) => `${p.supportingDivisionCode}>${p.supportedDivisionCodes.join('+')}`);
    expect(pub.sort()).toEqual(
      [
        '510116>513335', // 双流→巴塘
        '510117>513326', // 郫都→道孚
        '510112>513328', // 龙泉驿→甘孜
        '510106>513332', // 金牛→石渠
        '510114>513334', // 新都→理塘
        '510121>513334', // 金堂→理塘
        '510500>513336+513337', // 泸州→乡城、稻城
        '510600>513232', // 德阳→若尔盖
        '510400>513422', // 攀枝花→木里
        '511500>513325', // 宜宾→雅江
      ].sort(),
    );
  });
});

describe('township names', () => {
  it('gives every county 3–8 distinct townships, real ones for every Tibetan-area county', () => {
    for (const c of SICHUAN_COUNTIES) {
      const names = townshipNamesFor(c).map((t) => t.name);
      expect(names.length).toBeGreaterThanOrEqual(3);
      expect(names.length).toBeLessThanOrEqual(8);
      expect(new Set(names).size).toBe(names.length);
      for (const n of names) expect(n).toMatch(/(镇|乡|街道)$/u);
    }
    for (const code of TIBETAN_AREA_COUNTY_CODES) expect(KNOWN_TOWNSHIPS[code]).toBeDefined();
  });

  it('does not depend on anything but the county', () => {
    const c = SICHUAN_COUNTIES[30];
    if (!c) throw new Error('missing county');
    expect(townshipNamesFor(c)).toEqual(townshipNamesFor(c));
  });
});
