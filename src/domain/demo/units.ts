// The demo unit tree: the province with its organs, SOEs, colleges, hospitals and central
// units; the 21 prefectures with their Party committee, departments, a hospital, a school
// and (for the three minority prefectures) an industrial park; the 183 counties with their
// Party committee, departments, schools, hospital, townships and a few villages.
//
// Boundaries:
// - Ids are 1..N in creation order, and every parent is created before its children.
// - The tree depends only on fixed data (never on the demo seed): the same units for every
//   seed, so that seeds change people, not places.
// - County leaders (书记, 县长, 常委, 副县长) belong to the county Party committee unit
//   (中共XX县委), whose leadershipSeats (11–13) is the standing committee; the county node
//   itself has no seats. Township leaders belong to the township node (seats 7–9);
//   departments have 4–5 seats (provincial organs 5–6).

import type { Unit, UnitKind, UnitLevel } from '../registry/types.js';
import {
  PROVINCE_CODE,
  PROVINCE_NAME,
  SICHUAN_COUNTIES,
  SICHUAN_PREFECTURES,
  countyByCode,
  type CountyInfo,
  type EthnicMix,
  type PrefectureInfo,
} from './geography.js';
import { Rng, hashString } from './rng.js';
import { townshipNamesFor, villageNamesFor, type TownshipName } from './townships.js';
import {
  CENTRAL_UNITS,
  COLLEGES,
  INDUSTRIAL_PARKS,
  LOCAL_DEPTS,
  PROVINCIAL_HOSPITALS,
  PROVINCIAL_INSTITUTIONS,
  PROVINCIAL_ORGANS,
  PROVINCIAL_SCHOOLS,
  PROVINCIAL_SOES,
  type DeptKey,
} from './unit-data.js';

/** How people are staffed in a unit (see roles.ts). 'container' units hold nobody. */
export type Template =
  | 'container'
  | 'prov_organ'
  | 'institution'
  | 'college'
  | 'hospital'
  | 'school'
  | 'central_gov'
  | 'central_ent'
  | 'soe'
  | 'pref_party'
  | 'pref_dept'
  | 'park'
  | 'county_party'
  | 'county_dept'
  | 'township'
  | 'village';

export interface UnitMeta {
  unit: Unit;
  template: Template;
  /** Name as written on appointment records: 理塘县高城镇, 中共理塘县委, 四川省教育厅. */
  fullName: string;
  countyCode: string | null;
  prefectureCode: string | null;
  dept: DeptKey | null;
  /** Titles of the head and deputies (局长/副局长 …); empty where the template decides. */
  head: string;
  deputy: string;
  townshipType: TownshipName['type'] | null;
  /** Relative staff size; people are allotted to units in proportion. */
  weight: number;
  /** Share of minority cadres among people working here. */
  mix: EthnicMix;
}

export interface CountyUnits {
  info: CountyInfo;
  countyId: number;
  partyId: number;
  deptIds: Map<DeptKey, number>;
  /** The same department ids as a list, for picking. */
  deptIdList: number[];
  schoolIds: number[];
  hospitalId: number;
  townshipIds: number[];
  villageIds: number[];
}

export interface PrefectureUnits {
  info: PrefectureInfo;
  prefectureId: number;
  partyId: number;
  deptIds: Map<DeptKey, number>;
  deptIdList: number[];
  hospitalId: number;
  schoolId: number;
  parkId: number | null;
  countyCodes: string[];
}

export interface UnitTree {
  units: Unit[];
  /** meta[id - 1] describes units[id - 1]. */
  meta: UnitMeta[];
  provinceId: number;
  provincialOrganIds: number[];
  provincialOrgDeptId: number;
  counties: Map<string, CountyUnits>;
  prefectures: Map<string, PrefectureUnits>;
}

/** The leading high school of each prefecture where a well-known one exists. */
const PREFECTURE_SCHOOLS: Readonly<Record<string, string>> = {
  '510100': '成都市第七中学',
  '510700': '绵阳中学',
  '510600': '德阳中学',
  '511300': '南充高级中学',
  '510500': '泸州高级中学校',
  '513300': '甘孜州康定中学',
  '513400': '凉山州民族中学',
};

const PROVINCE_MIX: EthnicMix = [
  ['04', 0.025],
  ['07', 0.02],
  ['33', 0.008],
];

function prefectureMix(p: PrefectureInfo): EthnicMix {
  const counties = SICHUAN_COUNTIES.filter((c) => c.prefectureCode === p.code);
  const sums = new Map<string, number>();
  for (const c of counties) for (const [e, s] of c.ethnicMix) sums.set(e, (sums.get(e) ?? 0) + s);
  // Prefecture organs draw from the whole prefecture and from outside it: a bit less local.
  return [...sums.entries()].map(([e, s]) => [e, (s / counties.length) * 0.8] as const);
}

export function buildUnitTree(): UnitTree {
  const units: Unit[] = [];
  const meta: UnitMeta[] = [];
  const sortCounters = new Map<number, number>();

  interface AddArgs {
    parentId: number | null;
    name: string;
    fullName?: string;
    kind: UnitKind;
    level: UnitLevel;
    divisionCode: string | null;
    isTibetanArea: boolean;
    altitude: number | null;
    hardshipClass: number | null;
    leadershipSeats: number | null;
    template: Template;
    countyCode?: string | null;
    prefectureCode?: string | null;
    dept?: DeptKey | null;
    head?: string;
    deputy?: string;
    townshipType?: TownshipName['type'] | null;
    weight: number;
    mix: EthnicMix;
  }

  const add = (a: AddArgs): number => {
    const id = units.length + 1;
    const key = a.parentId ?? 0;
    const sortOrder = (sortCounters.get(key) ?? 0) + 1;
    sortCounters.set(key, sortOrder);
    const unit: Unit = {
      id,
      parentId: a.parentId,
      name: a.name,
      kind: a.kind,
      level: a.level,
      divisionCode: a.divisionCode,
      isTibetanArea: a.isTibetanArea,
      altitude: a.altitude,
      hardshipClass: a.hardshipClass,
      leadershipSeats: a.leadershipSeats,
      sortOrder,
      version: 1,
    };
    units.push(unit);
    meta.push({
      unit,
      template: a.template,
      fullName: a.fullName ?? a.name,
      countyCode: a.countyCode ?? null,
      prefectureCode: a.prefectureCode ?? null,
      dept: a.dept ?? null,
      head: a.head ?? '',
      deputy: a.deputy ?? '',
      townshipType: a.townshipType ?? null,
      weight: a.weight,
      mix: a.mix,
    });
    return id;
  };

  // ---- Province ----------------------------------------------------------------------
  const seatRng = new Rng(hashString('unit-seats'));
  const provinceBase = {
    level: 'province' as const,
    divisionCode: PROVINCE_CODE,
    isTibetanArea: false,
    altitude: null,
    hardshipClass: null,
    mix: PROVINCE_MIX,
  };
  const provinceId = add({ ...provinceBase, parentId: null, name: PROVINCE_NAME, kind: 'province', leadershipSeats: null, template: 'container', weight: 0 });
  const provincialOrganIds: number[] = [];
  let provincialOrgDeptId = 0;
  for (const o of PROVINCIAL_ORGANS) {
    const id = add({
      ...provinceBase,
      parentId: provinceId,
      name: o.name,
      kind: o.kind,
      leadershipSeats: seatRng.int(5, 6),
      template: 'prov_organ',
      dept: o.dept,
      head: o.head,
      deputy: o.deputy,
      weight: o.dept === 'org' ? 32 : 28,
    });
    provincialOrganIds.push(id);
    if (o.dept === 'org') provincialOrgDeptId = id;
  }
  for (const name of PROVINCIAL_INSTITUTIONS) {
    add({ ...provinceBase, parentId: provinceId, name, kind: 'institution', leadershipSeats: 5, template: 'institution', weight: 15, head: '院长', deputy: '副院长', dept: name.includes('农业') ? 'agri' : 'general' });
  }
  for (const name of PROVINCIAL_SOES) {
    add({ ...provinceBase, parentId: provinceId, name, kind: 'soe', leadershipSeats: seatRng.int(7, 9), template: 'soe', weight: 14, dept: name.startsWith('蜀道') ? 'transport' : name.includes('能源') ? 'industry' : name.includes('旅游') ? 'culture' : 'general' });
  }
  for (const name of COLLEGES) {
    const isPartySchool = name.includes('党校');
    const id = add({ ...provinceBase, parentId: provinceId, name, kind: 'college', leadershipSeats: seatRng.int(7, 9), template: 'college', weight: isPartySchool ? 10 : 18, dept: 'edu', head: isPartySchool ? '常务副校长' : '校长', deputy: '副校长', mix: name.includes('民族') ? [['04', 0.15], ['07', 0.1], ['33', 0.02]] : PROVINCE_MIX });
    if (name === '四川大学') {
      add({ ...provinceBase, parentId: id, name: '四川大学华西医院', kind: 'hospital', leadershipSeats: 7, template: 'hospital', weight: 30, dept: 'health' });
    }
  }
  for (const name of PROVINCIAL_HOSPITALS) {
    add({ ...provinceBase, parentId: provinceId, name, kind: 'hospital', leadershipSeats: 7, template: 'hospital', weight: 22, dept: 'health' });
  }
  for (const name of PROVINCIAL_SCHOOLS) {
    add({ ...provinceBase, parentId: provinceId, name, kind: 'school', leadershipSeats: 4, template: 'school', weight: 8, dept: 'edu', mix: name.includes('藏文') ? [['04', 0.6]] : PROVINCE_MIX });
  }
  for (const c of CENTRAL_UNITS) {
    add({ ...provinceBase, parentId: provinceId, name: c.name, kind: 'central_unit', leadershipSeats: seatRng.int(5, 7), template: c.gov ? 'central_gov' : 'central_ent', weight: c.gov ? 10 : 8, dept: c.name.includes('税务') || c.name.includes('银行') ? 'finance' : c.name.includes('统计') ? 'statistics' : 'general', head: c.name.includes('银行') ? '行长' : '局长', deputy: c.name.includes('银行') ? '副行长' : '副局长' });
  }

  // ---- Prefectures and counties --------------------------------------------------------
  const counties = new Map<string, CountyUnits>();
  const prefectures = new Map<string, PrefectureUnits>();

  for (const p of SICHUAN_PREFECTURES) {
    const seat = countyByCode(p.seatCode);
    const tibetanPrefecture = p.code === '513200' || p.code === '513300';
    const pMix = prefectureMix(p);
    const pBase = {
      level: 'prefecture' as const,
      divisionCode: p.code,
      isTibetanArea: tibetanPrefecture,
      altitude: seat?.altitude ?? null,
      hardshipClass: seat?.hardshipClass ?? null,
      prefectureCode: p.code,
      mix: pMix,
    };
    const prefectureId = add({ ...pBase, parentId: provinceId, name: p.name, kind: 'prefecture', leadershipSeats: null, template: 'container', weight: 0 });
    const partyId = add({ ...pBase, parentId: prefectureId, name: `中共${p.shortName}委`, kind: 'party_committee', leadershipSeats: seatRng.int(11, 13), template: 'pref_party', weight: 14 });
    const deptIds = new Map<DeptKey, number>();
    for (const d of LOCAL_DEPTS) {
      const id = add({ ...pBase, parentId: prefectureId, name: p.shortName + d.prefecture, kind: d.kind, leadershipSeats: seatRng.int(4, 5), template: 'pref_dept', dept: d.dept, head: d.head, deputy: d.deputy, weight: d.dept === 'org' ? 11 : 9 });
      deptIds.set(d.dept, id);
    }
    const hospitalId = add({ ...pBase, parentId: prefectureId, name: `${p.shortName}人民医院`, kind: 'hospital', leadershipSeats: 6, template: 'hospital', dept: 'health', weight: 14 });
    const schoolId = add({ ...pBase, parentId: prefectureId, name: PREFECTURE_SCHOOLS[p.code] ?? `${p.shortName}第一中学`, kind: 'school', leadershipSeats: 4, template: 'school', dept: 'edu', weight: 8 });
    const park = INDUSTRIAL_PARKS.find((x) => x.prefectureCode === p.code);
    const parkId = park
      ? add({ ...pBase, parentId: prefectureId, name: park.name, fullName: `${p.shortName}${park.name}`, kind: 'industrial_park', leadershipSeats: 5, template: 'park', dept: 'industry', head: '管委会主任', deputy: '管委会副主任', weight: 5 })
      : null;
    const countyCodes: string[] = [];
    prefectures.set(p.code, { info: p, prefectureId, partyId, deptIds, deptIdList: [...deptIds.values()], hospitalId, schoolId, parkId, countyCodes });

    for (const c of SICHUAN_COUNTIES) {
      if (c.prefectureCode !== p.code) continue;
      countyCodes.push(c.code);
      counties.set(c.code, addCounty(c, p, prefectureId));
    }
  }

  function addCounty(c: CountyInfo, p: PrefectureInfo, prefectureId: number): CountyUnits {
    const rng = new Rng(hashString(`county-units:${c.code}`));
    const cBase = {
      level: 'county' as const,
      divisionCode: c.code,
      isTibetanArea: c.isTibetanArea,
      altitude: c.altitude,
      hardshipClass: c.hardshipClass,
      countyCode: c.code,
      prefectureCode: p.code,
      mix: c.ethnicMix,
    };
    const countyId = add({ ...cBase, parentId: prefectureId, name: c.name, kind: 'county', leadershipSeats: null, template: 'container', weight: 0 });
    const partyId = add({ ...cBase, parentId: countyId, name: `中共${c.name}委`, kind: 'party_committee', leadershipSeats: rng.int(11, 13), template: 'county_party', weight: 12 });
    const deptIds = new Map<DeptKey, number>();
    for (const d of LOCAL_DEPTS) {
      const suffix = c.type === 'district' && d.district ? d.district : d.county;
      const id = add({ ...cBase, parentId: countyId, name: c.name + suffix, kind: d.kind, leadershipSeats: rng.int(4, 5), template: 'county_dept', dept: d.dept, head: d.head, deputy: d.deputy, weight: 4.2 });
      deptIds.set(d.dept, id);
    }
    const schoolNames = [c.type === 'county' ? `${c.name}中学` : `${c.name}第一中学`, `${c.name}实验小学`];
    const ethnicCounty = c.isTibetanArea || c.ethnicMix.some(([e, s]) => e === '07' && s >= 0.3);
    if (ethnicCounty) schoolNames.push(`${c.name}民族中学`);
    else if (rng.chance(0.4)) schoolNames.push(`${c.name}职业中学`);
    const schoolIds = schoolNames.map((name) =>
      add({ ...cBase, parentId: countyId, name, kind: 'school', leadershipSeats: rng.int(3, 4), template: 'school', dept: 'edu', weight: 6 }),
    );
    const hospitalId = add({ ...cBase, parentId: countyId, name: `${c.name}人民医院`, kind: 'hospital', leadershipSeats: rng.int(4, 5), template: 'hospital', dept: 'health', weight: 9 });

    const townshipIds: number[] = [];
    const villageIds: number[] = [];
    const towns = townshipNamesFor(c);
    towns.forEach((t, i) => {
      const altitude = i === 0 ? c.altitude : Math.max(250, Math.round((c.altitude + rng.int(-200, 400)) / 10) * 10);
      const tBase = { ...cBase, level: 'township' as const, altitude };
      const townshipId = add({
        ...tBase,
        parentId: countyId,
        name: t.name,
        fullName: c.name + t.name,
        kind: 'township',
        leadershipSeats: rng.int(7, 9),
        template: 'township',
        townshipType: t.type,
        weight: 5.5,
      });
      townshipIds.push(townshipId);
      // Villages under the first townships of every Tibetan-area county and of some others.
      const villageCount = c.isTibetanArea ? (i < 2 ? rng.int(2, 3) : 0) : i === 0 && rng.chance(0.35) ? rng.int(1, 2) : 0;
      villageNamesFor(c, i, villageCount).forEach((v) => {
        villageIds.push(
          add({
            ...tBase,
            level: 'village',
            altitude: altitude + rng.int(0, 30) * 10,
            parentId: townshipId,
            name: v,
            fullName: c.name + t.name + v,
            kind: 'village',
            leadershipSeats: null,
            template: 'village',
            weight: 1.2,
          }),
        );
      });
    });
    return { info: c, countyId, partyId, deptIds, deptIdList: [...deptIds.values()], schoolIds, hospitalId, townshipIds, villageIds };
  }

  return { units, meta, provinceId, provincialOrganIds, provincialOrgDeptId, counties, prefectures };
}
