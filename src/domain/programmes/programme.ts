// A programme's definition: key-date planning and validation (what the owner must fix before
// launch). Problems carry a stable code, the field and a Chinese message.

import type { IsoDate } from '../registry/types.js';
import { checkQuotaConsistency } from './quotas.js';
import type { KeyDates, ProgrammeSpec } from './types.js';
import {
  addWorkingDays,
  DEFAULT_HOLIDAY_CALENDAR,
  DEFAULT_NOTICE_WORKING_DAYS,
  firstOfNextMonth,
  noticePeriod,
  type HolidayCalendar,
} from './working-days.js';

/** Durations of the phases in working days; each phase starts the working day after the previous ends. */
export interface PhaseSchedule {
  /** Working days for demand collection after launch; null when the programme collects none. */
  readonly demandWorkingDays: number | null;
  readonly applicationWorkingDays: number;
  readonly screeningWorkingDays: number;
  readonly vettingWorkingDays: number;
  /** Proposal and approval, up to the publication of the notice. */
  readonly proposalWorkingDays: number;
  readonly noticeWorkingDays: number;
}

export const DEFAULT_PHASE_SCHEDULE: PhaseSchedule = {
  demandWorkingDays: 10,
  applicationWorkingDays: 10,
  screeningWorkingDays: 5,
  vettingWorkingDays: 15,
  proposalWorkingDays: 5,
  noticeWorkingDays: DEFAULT_NOTICE_WORKING_DAYS,
};

/**
 * Key dates from the launch day: each deadline is the last working day of its phase; the
 * notice is published the working day after the proposal phase and lasts noticeWorkingDays
 * (publication day counted, see working-days); the final list is planned for the first
 * working day after the notice; the term starts on the first day of the following month
 * unless `termStart` is given.
 */
export function planKeyDates(
  launch: IsoDate,
  schedule: PhaseSchedule = DEFAULT_PHASE_SCHEDULE,
  options: { readonly calendar?: HolidayCalendar; readonly termStart?: IsoDate } = {},
): KeyDates {
  const cal = options.calendar ?? DEFAULT_HOLIDAY_CALENDAR;
  const demandDeadline = schedule.demandWorkingDays === null ? null : addWorkingDays(launch, schedule.demandWorkingDays, cal);
  const applicationDeadline = addWorkingDays(demandDeadline ?? launch, schedule.applicationWorkingDays, cal);
  const screeningEnd = addWorkingDays(applicationDeadline, schedule.screeningWorkingDays, cal);
  const vettingStart = addWorkingDays(screeningEnd, 1, cal);
  const vettingEnd = addWorkingDays(vettingStart, schedule.vettingWorkingDays - 1, cal);
  const published = addWorkingDays(vettingEnd, schedule.proposalWorkingDays + 1, cal);
  const notice = noticePeriod(published, { workingDays: schedule.noticeWorkingDays, calendar: cal });
  const finalise = addWorkingDays(notice.end, 1, cal);
  return {
    launch,
    demandDeadline,
    applicationDeadline,
    screeningEnd,
    vettingStart,
    vettingEnd,
    noticeStart: notice.start,
    noticeEnd: notice.end,
    finalise,
    termStart: options.termStart ?? firstOfNextMonth(finalise),
  };
}

export interface ProgrammeProblem {
  readonly code: string;
  readonly field: string;
  readonly message: string;
}

const DATE_ORDER: ReadonlyArray<readonly [keyof KeyDates, string]> = [
  ['launch', '启动日期'],
  ['demandDeadline', '需求征集截止'],
  ['applicationDeadline', '报名截止'],
  ['screeningEnd', '资格审查结束'],
  ['vettingStart', '考察开始'],
  ['vettingEnd', '考察结束'],
  ['noticeStart', '公示开始'],
  ['noticeEnd', '公示截止'],
  ['finalise', '确定最终名单'],
  ['termStart', '挂职开始'],
];

/**
 * Problems with a programme definition: name, directions, terms, key dates in order, pairing
 * counts, rule sets (unknown ids when `knownRuleSetIds` is given), and the quota consistency
 * problems of quotas.ts.
 */
export function validateProgramme(p: ProgrammeSpec, options: { readonly knownRuleSetIds?: ReadonlySet<string> } = {}): ProgrammeProblem[] {
  const out: ProgrammeProblem[] = [];
  if (p.name.trim() === '') out.push({ code: 'NAME_REQUIRED', field: 'name', message: '须填写项目名称' });
  if (p.batch !== null && (!Number.isInteger(p.batch) || p.batch < 1)) {
    out.push({ code: 'BATCH_INVALID', field: 'batch', message: `批次须为正整数（当前 ${p.batch}）` });
  }
  if (p.directions.length === 0) out.push({ code: 'DIRECTION_REQUIRED', field: 'directions', message: '至少设定一个选派方向' });
  const codes = p.directions.map((d) => d.code);
  for (const [i, c] of codes.entries()) {
    if (codes.indexOf(c) !== i) out.push({ code: 'DIRECTION_DUPLICATE', field: `directions[${i}]`, message: `选派方向代码“${c}”重复` });
  }

  for (const d of p.directions) {
    const terms = p.terms.filter((t) => t.direction === d.code);
    if (terms.length === 0) out.push({ code: 'TERM_MISSING', field: 'terms', message: `“${d.label}”方向未设定期限（无固定期限请设为不设期限）` });
    if (terms.length > 1) out.push({ code: 'TERM_DUPLICATE', field: 'terms', message: `“${d.label}”方向设定了 ${terms.length} 个期限` });
  }
  for (const [i, t] of p.terms.entries()) {
    if (!codes.includes(t.direction)) out.push({ code: 'TERM_DIRECTION_UNKNOWN', field: `terms[${i}]`, message: `期限所属方向“${t.direction}”不存在` });
    if (t.months !== null && (!Number.isInteger(t.months) || t.months < 1)) {
      out.push({ code: 'TERM_INVALID', field: `terms[${i}].months`, message: `挂职期限须为正整数个月（当前 ${t.months}）` });
    }
    if (!Number.isInteger(t.rounds) || t.rounds < 1) out.push({ code: 'TERM_INVALID', field: `terms[${i}].rounds`, message: `批数须为正整数（当前 ${t.rounds}）` });
    if (t.months === null && t.rounds !== 1) {
      out.push({ code: 'TERM_INVALID', field: `terms[${i}].rounds`, message: '不设期限的方向只能有一批' });
    }
    if (t.assessmentAfterMonths && t.assessmentAfterMonths.min > t.assessmentAfterMonths.max) {
      out.push({ code: 'TERM_INVALID', field: `terms[${i}].assessmentAfterMonths`, message: '专项考核时间的下限大于上限' });
    }
  }

  let previous: { key: keyof KeyDates; label: string; date: IsoDate } | null = null;
  for (const [key, label] of DATE_ORDER) {
    const date = p.keyDates[key];
    if (date === null) continue;
    if (previous !== null && date < previous.date) {
      out.push({ code: 'KEY_DATES_ORDER', field: `keyDates.${key}`, message: `${label}（${date}）早于${previous.label}（${previous.date}）` });
    }
    previous = { key, label, date };
  }
  if (p.keyDates.finalise <= p.keyDates.noticeEnd) {
    out.push({ code: 'KEY_DATES_ORDER', field: 'keyDates.finalise', message: `确定最终名单（${p.keyDates.finalise}）须在公示期满（${p.keyDates.noticeEnd}）之后` });
  }

  for (const m of p.pairingModes) {
    const own = p.pairings.filter((x) => x.mode === m.code);
    const supporters = new Set(own.map((x) => x.sourceKey)).size;
    const supported = new Set(own.flatMap((x) => x.supportedKeys)).size;
    if (supporters !== m.supportingCount || supported !== m.supportedCount) {
      out.push({
        code: 'PAIRING_COUNT',
        field: 'pairings',
        message: `“${m.label}”应为 ${m.supportingCount} 个支援方对 ${m.supportedCount} 个受援方，实际为 ${supporters} 对 ${supported}`,
      });
    }
  }
  for (const [i, x] of p.pairings.entries()) {
    if (!p.pairingModes.some((m) => m.code === x.mode)) out.push({ code: 'PAIRING_MODE_UNKNOWN', field: `pairings[${i}]`, message: `结对方式“${x.mode}”未定义` });
  }

  for (const [i, a] of p.ruleSets.entries()) {
    if (a.direction !== null && !codes.includes(a.direction)) {
      out.push({ code: 'RULE_SET_DIRECTION_UNKNOWN', field: `ruleSets[${i}]`, message: `资格条件所属方向“${a.direction}”不存在` });
    }
    const known = options.knownRuleSetIds;
    if (known) {
      for (const id of [a.ruleSetId, ...a.alternativeRuleSetIds]) {
        if (!known.has(id)) out.push({ code: 'RULE_SET_UNKNOWN', field: `ruleSets[${i}]`, message: `资格条件“${id}”不存在` });
      }
    }
  }
  for (const [i, t] of p.structureTargets.entries()) {
    if (t.direction !== null && !codes.includes(t.direction)) {
      out.push({ code: 'TARGET_DIRECTION_UNKNOWN', field: `structureTargets[${i}]`, message: `结构目标所属方向“${t.direction}”不存在` });
    }
  }

  for (const q of checkQuotaConsistency(p)) out.push({ code: q.code, field: 'quotas', message: q.message });
  return out;
}
