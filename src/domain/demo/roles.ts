// Who works in a unit: the ordered list of roles (posts) a unit of a given template is
// staffed with. A unit allotted q people takes the first q roles, so small demos still
// have each unit's principal leaders, and larger demos add deputies and staff in a
// realistic mix (more deputies than heads, more staff than deputies).

import type { PersonCategory } from '../registry/types.js';
import type { Field } from './education-data.js';
import type { Rng } from './rng.js';
import { DIVISIONS, GENERIC_DIVISIONS, type DeptKey } from './unit-data.js';
import type { UnitMeta } from './units.js';

/** How the career history and titles are generated. */
export type Track =
  | 'cadre' // ranked civil servant
  | 'teacher'
  | 'faculty'
  | 'doctor'
  | 'nurse'
  | 'medtech'
  | 'technician' // engineer/agronomist in a department
  | 'researcher'
  | 'enterprise'
  | 'village';

export type TitleKind =
  | 'teacher'
  | 'lecturer'
  | 'doctor'
  | 'nurse'
  | 'medtech'
  | 'engineer'
  | 'agronomist'
  | 'researcher'
  | 'economist'
  | 'accountant';

export interface Role {
  post: string;
  postKind: string | null;
  /** Post level code; null for professionals and enterprise staff. */
  rank: string | null;
  category: PersonCategory;
  /** Age: min, mode, max (completed years). */
  age: readonly [number, number, number];
  women: number;
  track: Track;
  title: TitleKind | null;
  /** Non-leading civil servant: the post text comes from the 职级 (grade). */
  isStaff: boolean;
  isLeader: boolean;
}

/** Series code (codes/title-series) and the four title names junior → senior. */
export const TITLE_NAMES: Readonly<Record<TitleKind, { series: string; names: readonly [string, string, string, string] }>> = {
  teacher: { series: 'teacher', names: ['二级教师', '一级教师', '高级教师', '正高级教师'] },
  lecturer: { series: 'teacher', names: ['助教', '讲师', '副教授', '教授'] },
  doctor: { series: 'doctor', names: ['医师', '主治医师', '副主任医师', '主任医师'] },
  nurse: { series: 'doctor', names: ['护师', '主管护师', '副主任护师', '主任护师'] },
  medtech: { series: 'doctor', names: ['技师', '主管技师', '副主任技师', '主任技师'] },
  engineer: { series: 'engineer', names: ['助理工程师', '工程师', '高级工程师', '正高级工程师'] },
  agronomist: { series: 'agronomist', names: ['助理农艺师', '农艺师', '高级农艺师', '正高级农艺师'] },
  researcher: { series: 'researcher', names: ['研究实习员', '助理研究员', '副研究员', '研究员'] },
  economist: { series: 'economist', names: ['助理经济师', '经济师', '高级经济师', '正高级经济师'] },
  accountant: { series: 'accountant', names: ['助理会计师', '会计师', '高级会计师', '正高级会计师'] },
};

export const RANK_LADDER = ['150', '142', '141', '132', '131', '122', '121'] as const;

const RANK_AGE: Readonly<Record<string, readonly [number, number, number]>> = {
  '121': [49, 55, 59],
  '122': [44, 52, 59],
  '131': [38, 48, 59],
  '132': [33, 44, 58],
  '141': [29, 41, 58],
  '142': [26, 36, 56],
  '150': [22, 29, 59],
};
const RANK_WOMEN: Readonly<Record<string, number>> = {
  '121': 0.08,
  '122': 0.12,
  '131': 0.14,
  '132': 0.2,
  '141': 0.27,
  '142': 0.35,
  '150': 0.47,
};

function cadre(post: string, postKind: string | null, rank: string, category: PersonCategory = 'party_government'): Role {
  return {
    post,
    postKind,
    rank,
    category,
    age: RANK_AGE[rank] ?? [22, 35, 59],
    women: RANK_WOMEN[rank] ?? 0.4,
    track: 'cadre',
    title: null,
    isStaff: false,
    isLeader: postKind !== null && postKind !== 'staff',
  };
}

function staff(category: PersonCategory = 'party_government'): Role {
  return { ...cadre('科员', 'staff', '150', category), isStaff: true };
}

function prof(track: Track, title: TitleKind | null, post: string, postKind: string | null, opts: Partial<Role> = {}): Role {
  const base: Record<Track, Pick<Role, 'age' | 'women'>> = {
    cadre: { age: [22, 35, 59], women: 0.4 },
    teacher: { age: [22, 38, 59], women: 0.62 },
    faculty: { age: [25, 40, 59], women: 0.45 },
    doctor: { age: [24, 40, 59], women: 0.45 },
    nurse: { age: [20, 32, 54], women: 0.96 },
    medtech: { age: [22, 36, 59], women: 0.55 },
    technician: { age: [23, 38, 59], women: 0.25 },
    researcher: { age: [25, 42, 59], women: 0.4 },
    enterprise: { age: [22, 36, 59], women: 0.3 },
    village: { age: [30, 46, 59], women: 0.15 },
  };
  return {
    post,
    postKind,
    rank: null,
    category: 'professional',
    track,
    title,
    isStaff: false,
    isLeader: postKind === 'department_head' || postKind === 'department_deputy',
    ...base[track],
    ...opts,
  };
}

function enterprise(post: string, postKind: string, age: readonly [number, number, number], women: number, title: TitleKind | null): Role {
  return { post, postKind, rank: null, category: 'enterprise_institution', age, women, track: 'enterprise', title, isStaff: false, isLeader: postKind === 'enterprise_manager' };
}

/**
 * Leaders first, then the rest: `first` are taken as they are; then each `gap`-th role is
 * the next of the `spaced` leaders (while any are left) and the others come from `cycle`.
 */
function staffSequence(q: number, first: readonly Role[], spaced: readonly Role[], gap: number, cycle: (i: number) => Role): Role[] {
  const out: Role[] = [];
  for (const r of first) {
    if (out.length >= q) return out;
    out.push(r);
  }
  let s = 0;
  let c = 0;
  while (out.length < q) {
    if (s < spaced.length && (out.length - first.length) % gap === gap - 1) {
      const r = spaced[s++];
      if (r) out.push(r);
    } else {
      out.push(cycle(c++));
    }
  }
  return out;
}

function divisionsOf(dept: DeptKey | null, level: 'province' | 'prefecture'): readonly string[] {
  const list = (dept && DIVISIONS[dept]) || GENERIC_DIVISIONS;
  return level === 'province' ? list : list.map((d) => d.replace(/处$/u, '科'));
}

function repeat<T>(n: number, f: (i: number) => T): T[] {
  return Array.from({ length: Math.max(0, n) }, (_, i) => f(i));
}

const TECH_DEPTS: Partial<Record<DeptKey, TitleKind>> = {
  transport: 'engineer',
  housing: 'engineer',
  water: 'engineer',
  land: 'engineer',
  agri: 'agronomist',
  forestry: 'agronomist',
};

/** The first q roles of a unit. */
export function rolesFor(meta: UnitMeta, q: number, rng: Rng): Role[] {
  if (q <= 0) return [];
  const seats = meta.unit.leadershipSeats ?? 5;
  const dept = meta.dept;
  const techTitle = dept ? TECH_DEPTS[dept] : undefined;
  // Engineers and agronomists in departments are professional staff (专业技术人员).
  const staffOrTech = (category: PersonCategory, techShare: number): Role =>
    techTitle && rng.chance(techShare) ? prof('technician', techTitle, '技术员', 'technician') : staff(category);

  switch (meta.template) {
    case 'container':
      return [];

    case 'prov_organ':
    case 'central_gov': {
      const divs = divisionsOf(dept, 'province');
      let d = 0;
      const pattern = ['head', 'deputy', 's', 's', 'deputy', 's', 's', 's'] as const;
      return staffSequence(q, [cadre(meta.head, 'department_head', '121')], repeat(seats - 1, () => cadre(meta.deputy, 'department_deputy', '122')), 5, (i) => {
        const p = pattern[i % pattern.length];
        if (p === 'head') {
          const div = divs[d++ % divs.length] ?? '综合处';
          return cadre(div.endsWith('室') ? `${div}主任` : `${div}处长`, null, '131');
        }
        if (p === 'deputy') {
          const div = divs[(d + 1) % divs.length] ?? '综合处';
          return cadre(div.endsWith('室') ? `${div}副主任` : `${div}副处长`, null, '132');
        }
        return staffOrTech('party_government', 0.15);
      });
    }

    case 'institution': {
      const researcherTitle: TitleKind = dept === 'agri' ? 'agronomist' : 'researcher';
      const pattern = ['r', 'head', 'r', 'r', 's', 'deputy', 'r'] as const;
      return staffSequence(
        q,
        [cadre(meta.head, 'department_head', '121', 'enterprise_institution')],
        repeat(seats - 1, () => cadre(meta.deputy, 'department_deputy', '122', 'enterprise_institution')),
        6,
        (i) => {
          const p = pattern[i % pattern.length];
          if (p === 'head') return cadre('处长', null, '131', 'enterprise_institution');
          if (p === 'deputy') return cadre('副处长', null, '132', 'enterprise_institution');
          if (p === 's') return staff('enterprise_institution');
          return prof('researcher', researcherTitle, '研究人员', 'technician');
        },
      );
    }

    case 'college': {
      const pattern = ['f', 'f', 'head', 'f', 'f', 'deputy', 'f', 's', 'f'] as const;
      return staffSequence(
        q,
        [cadre('党委书记', null, '121', 'enterprise_institution'), { ...cadre(meta.head, 'department_head', '121', 'enterprise_institution'), title: meta.unit.name.includes('党校') ? null : 'lecturer' }],
        repeat(seats - 2, () => cadre(meta.deputy, 'department_deputy', '122', 'enterprise_institution')),
        6,
        (i) => {
          const p = pattern[i % pattern.length];
          if (p === 'head') return cadre('处长', null, '131', 'enterprise_institution');
          if (p === 'deputy') return cadre('副处长', null, '132', 'enterprise_institution');
          if (p === 's') return staff('enterprise_institution');
          return prof('faculty', 'lecturer', '教师', 'teacher');
        },
      );
    }

    case 'hospital': {
      const pattern = ['d', 'n', 'd', 'd', 'n', 't', 'd', 'n'] as const;
      return staffSequence(
        q,
        [prof('doctor', 'doctor', '院长', 'department_head', { age: [42, 51, 59], women: 0.2 })],
        repeat(Math.min(seats - 1, 4), () => prof('doctor', 'doctor', '副院长', 'department_deputy', { age: [38, 48, 59], women: 0.3 })),
        6,
        (i) => {
          const p = pattern[i % pattern.length];
          if (p === 'n') return prof('nurse', 'nurse', '护士', 'technician');
          if (p === 't') return prof('medtech', 'medtech', '医技人员', 'technician');
          return prof('doctor', 'doctor', '医生', 'doctor');
        },
      );
    }

    case 'school':
      return staffSequence(
        q,
        [prof('teacher', 'teacher', '校长', 'department_head', { age: [40, 50, 59], women: 0.3 })],
        repeat(seats - 1, () => prof('teacher', 'teacher', '副校长', 'department_deputy', { age: [35, 45, 58], women: 0.4 })),
        5,
        () => prof('teacher', 'teacher', '教师', 'teacher'),
      );

    case 'soe':
    case 'central_ent': {
      const techTitle2: TitleKind = dept === 'transport' || dept === 'industry' || meta.unit.name.includes('电力') || meta.unit.name.includes('铁路') ? 'engineer' : 'economist';
      const pattern = ['mgr', 's', 't', 's', 'dmgr', 't', 's', 'a'] as const;
      return staffSequence(
        q,
        [enterprise('董事长', 'enterprise_manager', [48, 54, 59], 0.08, 'economist'), enterprise('总经理', 'enterprise_manager', [45, 52, 59], 0.1, techTitle2)],
        repeat(seats - 2, () => enterprise('副总经理', 'enterprise_manager', [40, 50, 59], 0.15, techTitle2)),
        6,
        (i) => {
          const p = pattern[i % pattern.length];
          if (p === 'mgr') return enterprise('部门经理', 'enterprise_manager', [32, 44, 58], 0.25, rng.chance(0.5) ? techTitle2 : null);
          if (p === 'dmgr') return enterprise('部门副经理', 'enterprise_manager', [30, 40, 57], 0.3, rng.chance(0.5) ? techTitle2 : null);
          if (p === 't') return enterprise('工程技术人员', 'technician', [23, 36, 59], 0.25, techTitle2);
          if (p === 'a') return enterprise('会计', 'staff', [23, 36, 59], 0.7, 'accountant');
          return enterprise('职员', 'staff', [22, 32, 59], 0.38, null);
        },
      );
    }

    case 'pref_party': {
      const pz = meta.unit.name.endsWith('州委') ? '州' : '市';
      const leaders = [
        cadre(`${pz}委书记`, null, '121'),
        cadre(`${pz}委副书记、${pz}长`, null, '121'),
        cadre(`${pz}委副书记`, null, '122'),
        ...[
          '组织部部长',
          `常务副${pz}长`,
          `纪委书记、${pz}监委主任`,
          '宣传部部长',
          '政法委书记',
          '统战部部长',
          '秘书长',
          `副${pz}长`,
          `副${pz}长`,
        ]
          .slice(0, Math.max(0, seats - 3))
          .map((p) => cadre(`${pz}委常委、${p}`, null, '122')),
        cadre(`副${pz}长`, null, '122'),
        cadre(`副${pz}长`, null, '122'),
      ];
      const cycle = [
        () => cadre(`${pz}委副秘书长`, null, '132'),
        () => staff(),
        () => cadre(`${pz}委办公室科长`, null, '141'),
        () => staff(),
        () => cadre(`${pz}委办公室副科长`, null, '142'),
        () => staff(),
      ];
      return staffSequence(q, leaders.slice(0, 3), leaders.slice(3), 2, (i) => (cycle[i % cycle.length] ?? staff)());
    }

    case 'pref_dept': {
      const divs = divisionsOf(dept, 'prefecture');
      let d = 0;
      const pattern = ['head', 's', 'deputy', 's', 's', 'head', 's', 'deputy'] as const;
      return staffSequence(q, [cadre(meta.head, 'department_head', '131')], repeat(seats - 1, () => cadre(meta.deputy, 'department_deputy', '132')), 3, (i) => {
        const p = pattern[i % pattern.length];
        const div = divs[d++ % divs.length] ?? '综合科';
        if (p === 'head') return cadre(div.endsWith('室') ? `${div}主任` : `${div}科长`, null, '141');
        if (p === 'deputy') return cadre(div.endsWith('室') ? `${div}副主任` : `${div}副科长`, null, '142');
        return staffOrTech('party_government', 0.3);
      });
    }

    case 'park':
      return staffSequence(q, [cadre(meta.head, 'department_head', '131')], repeat(seats - 1, () => cadre(meta.deputy, 'department_deputy', '132')), 3, (i) =>
        i % 4 === 1 ? prof('technician', 'engineer', '技术员', 'technician') : i % 4 === 3 ? cadre('经济发展局局长', null, '141') : staff(),
      );

    case 'county_party': {
      const x = meta.unit.name.slice(-2, -1); // 中共理塘县委 → 县; 区委 → 区; 市委 → 市
      const leaders = [
        cadre(`${x}委书记`, 'county_party_secretary', '131'),
        cadre(`${x}委副书记、${x}长`, 'county_head', '131'),
        cadre(`${x}委副书记`, 'county_team_deputy', '132'),
        ...[
          '组织部部长',
          `常务副${x}长`,
          `纪委书记、${x}监委主任`,
          '宣传部部长',
          '政法委书记',
          '统战部部长',
          `${x}委办公室主任`,
          `副${x}长`,
        ]
          .slice(0, Math.max(0, seats - 3))
          .map((p) => cadre(`${x}委常委、${p}`, 'county_team_deputy', '132')),
        cadre(`副${x}长`, 'county_team_deputy', '132'),
        cadre(`副${x}长`, 'county_team_deputy', '132'),
        cadre(`副${x}长`, 'county_team_deputy', '132'),
      ];
      const cycle = [() => staff(), () => cadre(`${x}委办公室副主任`, null, '142'), () => staff(), () => cadre(`${x}委督查室主任`, null, '141'), () => staff()];
      return staffSequence(q, leaders.slice(0, 3), leaders.slice(3), 2, (i) => (cycle[i % cycle.length] ?? staff)());
    }

    case 'county_dept': {
      const deputies = repeat(seats - 1, () => cadre(meta.deputy, 'department_deputy', '142'));
      return staffSequence(q, [cadre(meta.head, 'department_head', '141'), ...deputies.slice(0, 1)], deputies.slice(1), 2, () => staffOrTech('party_government', 0.4));
    }

    case 'township': {
      const t = meta.townshipType ?? '镇';
      const titles: ReadonlyArray<readonly [string, string, string]> =
        t === '街道'
          ? [
              ['街道党工委书记', 'township_party_secretary', '141'],
              ['街道党工委副书记、办事处主任', 'township_head', '141'],
              ['街道党工委副书记', 'township_deputy_secretary', '142'],
              ['街道党工委委员、办事处副主任', 'township_deputy', '142'],
              ['街道纪工委书记', 'township_deputy', '142'],
              ['街道人大工委主任', 'township_deputy', '141'],
              ['街道党工委委员、组织委员', 'township_deputy', '142'],
              ['街道办事处副主任', 'township_deputy', '142'],
              ['街道党工委委员、武装部部长', 'township_deputy', '142'],
            ]
          : [
              [`${t}党委书记`, 'township_party_secretary', '141'],
              [`${t}党委副书记、${t}长`, 'township_head', '141'],
              [`${t}党委副书记`, 'township_deputy_secretary', '142'],
              [`${t}党委委员、副${t}长`, 'township_deputy', '142'],
              [`${t}纪委书记`, 'township_deputy', '142'],
              [`${t}人大主席`, 'township_deputy', '141'],
              [`${t}党委委员、组织委员`, 'township_deputy', '142'],
              [`副${t}长`, 'township_deputy', '142'],
              [`${t}党委委员、武装部部长`, 'township_deputy', '142'],
            ];
      const leaders = titles.slice(0, seats).map(([post, kind, rank]) => cadre(post, kind, rank));
      return staffSequence(q, leaders.slice(0, 2), leaders.slice(2), 2, () => staff());
    }

    case 'village': {
      const first = cadre('驻村第一书记', 'village_first_secretary', rng.chance(0.4) ? '142' : '150');
      const secretary = prof('village', null, '村党组织书记', 'village_secretary', { category: 'party_government' });
      return staffSequence(q, [first, secretary], [], 1, () => ({ ...staff(), post: '驻村工作队队员' }));
    }
  }
}

/** The education field that fits a role in a department. */
export function fieldFor(role: Role, dept: DeptKey | null, rng: Rng): Field {
  switch (role.track) {
    case 'teacher':
      return 'teaching';
    case 'doctor':
    case 'medtech':
      return 'medical';
    case 'nurse':
      return 'nursing';
    case 'technician':
      return role.title === 'agronomist' ? 'agriculture' : 'engineering';
    case 'researcher':
      return dept === 'agri' ? 'agriculture' : rng.chance(0.6) ? 'general' : 'finance';
    case 'faculty':
      return rng.pick(['general', 'finance', 'engineering', 'teaching', 'it', 'agriculture'] as const);
    case 'enterprise':
      return role.title === 'engineer' ? 'engineering' : role.title === 'accountant' ? 'finance' : rng.chance(0.5) ? 'finance' : 'general';
    case 'village':
      return 'agriculture';
    case 'cadre':
      break;
  }
  const r = rng.next();
  switch (dept) {
    case 'transport':
    case 'housing':
    case 'water':
    case 'land':
      return r < 0.5 ? 'engineering' : r < 0.65 ? 'finance' : 'general';
    case 'agri':
    case 'forestry':
      return r < 0.55 ? 'agriculture' : r < 0.7 ? 'finance' : 'general';
    case 'finance':
    case 'dev':
    case 'audit':
    case 'statistics':
    case 'commerce':
      return r < 0.6 ? 'finance' : 'general';
    case 'health':
      return r < 0.35 ? 'medical' : 'general';
    case 'edu':
      return r < 0.4 ? 'teaching' : 'general';
    case 'industry':
    case 'science':
      return r < 0.3 ? 'it' : r < 0.55 ? 'engineering' : r < 0.8 ? 'finance' : 'general';
    default:
      return r < 0.6 ? 'general' : r < 0.78 ? 'finance' : r < 0.88 ? 'agriculture' : r < 0.95 ? 'engineering' : 'it';
  }
}
