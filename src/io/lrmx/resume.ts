// 简历 (JianLi) ↔ appointment records.
//
// A résumé line is 'start--end  description', e.g. '2005.07--2010.03  XX县XX乡党委副书记';
// the end is blank for the current post ('2015.03--         XX县委副书记'). Dates are yyyy.MM
// (also yyyyMM, yyyy-MM, yyyy/MM); the separator may be --, —, －, ~ or 至. Lines without a
// leading date continue the previous entry (wrapped text) unless they are notes in brackets
// ('（其间：2008.09--2011.07在省委党校学习）'), which stay in the text only.
//
// Reading is best effort: study periods (… 学习 / 读书 / 就读) are not appointments; the
// description is split into unit and post at the last post word (书记, 副县长, 科员 …, with a
// preceding 党委/党组 and 常务/副 kept in the post) in its first segment before '、', so
// 'XX县XX乡党委副书记、乡长' gives unit 'XX县XX乡', post '党委副书记、乡长'. A line that cannot be
// split is reported and skipped; the résumé text itself is always kept in `extras.resume`.
// Month-only dates become the 1st of the month.
//
// Writing: appointments by start date, 'yyyy.MM--yyyy.MM  unit+post', lines joined by \r\n;
// education records with both dates are listed as '… 学校+专业学习' lines among them.

import type { AppointmentRecord, EducationRecord, IsoDate } from '../../domain/registry/types.js';
import { formatDottedMonth, parseDateText } from '../date-text.js';
import { joinSchoolMajor } from './form-fields.js';

const LINE_RE =
  /^\s*(\d{4}[.\-/]\d{1,2}|\d{6})\s*(?:--|—+|–+|－+|-|~|～|至)\s*(\d{4}[.\-/]\d{1,2}|\d{6}|至今|今)?\s*(.*)$/u;
const STUDY_RE = /(学习|读书|就读|在读|求学|进修|培训|学生)$/u;
const NOTE_RE = /^[（(]/u;

const POST_WORDS = [
  '第一书记',
  '书记',
  '秘书长',
  '主席',
  '主任科员',
  '主任医师',
  '主任',
  '部长',
  '局长',
  '厅长',
  '处长',
  '科长',
  '县长',
  '市长',
  '区长',
  '乡长',
  '镇长',
  '州长',
  '省长',
  '旗长',
  '院长',
  '校长',
  '所长',
  '站长',
  '队长',
  '社长',
  '馆长',
  '行长',
  '总经理',
  '经理',
  '董事长',
  '科员',
  '办事员',
  '调研员',
  '巡视员',
  '干部',
  '干事',
  '职员',
  '工作人员',
  '教师',
  '医生',
  '医师',
  '护士',
  '工程师',
  '技术员',
  '常委',
  '委员',
  '秘书',
  '专员',
  '组长',
  '团长',
  '会长',
  '战士',
  '村官',
  '主任记者',
  '记者',
  '编辑',
];
const POST_RE = new RegExp(
  `(?:(?:党委|党组|党工委|党总支|党支部|纪委|纪工委|工委)?(?:常务)?副?(?:${POST_WORDS.join('|')}))(?:（[^）]*）|\\([^)]*\\))?$`,
  'u',
);

export interface ResumeReading {
  appointments: AppointmentRecord[];
  warnings: string[];
}

interface Entry {
  line: number;
  start: IsoDate | null;
  end: IsoDate | null;
  endText: string;
  startText: string;
  text: string;
}

function monthOf(token: string): IsoDate | null {
  return parseDateText(token)?.date ?? null;
}

/** Unit and post of a description; null when no post word is found. */
export function splitUnitPost(description: string): { unitName: string; post: string } | null {
  const d = description.trim();
  const cut = d.search(/[、，,]/u);
  const head = cut < 0 ? d : d.slice(0, cut);
  const tail = cut < 0 ? '' : d.slice(cut);
  const m = POST_RE.exec(head);
  if (!m || m.index === 0) return null;
  return { unitName: head.slice(0, m.index), post: `${head.slice(m.index)}${tail}` };
}

export function parseResume(text: string): ResumeReading {
  const appointments: AppointmentRecord[] = [];
  const warnings: string[] = [];
  const entries: Entry[] = [];
  text.split(/\r\n|\r|\n/u).forEach((raw, i) => {
    const line = raw.replace(/\u3000/gu, ' ').trimEnd();
    if (line.trim() === '') return;
    const m = LINE_RE.exec(line);
    if (m) {
      const startText = m[1] ?? '';
      const endText = m[2] ?? '';
      entries.push({
        line: i + 1,
        startText,
        endText,
        start: monthOf(startText),
        end: endText === '' || endText.includes('今') ? null : monthOf(endText),
        text: (m[3] ?? '').trim(),
      });
      return;
    }
    const last = entries[entries.length - 1];
    const t = line.trim();
    if (last && !NOTE_RE.test(t)) last.text += t;
  });

  for (const e of entries) {
    if (e.start === null) {
      warnings.push(`简历第 ${e.line} 行的起始时间“${e.startText}”无法识别，未导入该段经历`);
      continue;
    }
    if (e.endText !== '' && !e.endText.includes('今') && e.end === null) {
      warnings.push(`简历第 ${e.line} 行的截止时间“${e.endText}”无法识别，未导入该段经历`);
      continue;
    }
    if (e.text === '' || STUDY_RE.test(e.text)) continue;
    const split = splitUnitPost(e.text);
    if (!split) {
      warnings.push(`简历第 ${e.line} 行“${e.text}”无法区分单位和职务，未导入为任职经历`);
      continue;
    }
    if (e.end !== null && e.end < e.start) {
      warnings.push(`简历第 ${e.line} 行的截止时间早于起始时间，未导入该段经历`);
      continue;
    }
    appointments.push({
      unitId: null,
      unitName: split.unitName,
      post: split.post,
      postKind: null,
      rank: null,
      startDate: e.start,
      endDate: e.end,
    });
  }
  return { appointments, warnings };
}

const BLANK_END = ' '.repeat(7);

function resumeLine(start: IsoDate, end: IsoDate | null, text: string): string {
  return `${formatDottedMonth(start)}--${end ? formatDottedMonth(end) : BLANK_END}  ${text}`;
}

/** The résumé text for a form, lines joined with \r\n. */
export function formatResume(
  appointments: readonly AppointmentRecord[],
  education: readonly EducationRecord[] = [],
): string {
  const items: Array<{ start: IsoDate; order: number; line: string }> = [];
  for (const e of education) {
    if (e.startDate === null || e.endDate === null) continue;
    const where = joinSchoolMajor(e.school, e.major);
    if (where === '') continue;
    items.push({ start: e.startDate, order: 0, line: resumeLine(e.startDate, e.endDate, `${where}学习`) });
  }
  for (const a of appointments) {
    items.push({ start: a.startDate, order: 1, line: resumeLine(a.startDate, a.endDate, `${a.unitName}${a.post}`) });
  }
  items.sort((x, y) => (x.start < y.start ? -1 : x.start > y.start ? 1 : x.order - y.order));
  return items.map((i) => i.line).join('\r\n');
}
