// Values denormalised onto the people table so that list filters need no joins:
// highest full-time education, highest education of any mode, highest title level and its
// series. Computed from the sub-records by the same functions the eligibility rules use, so a
// filter and a rule never disagree.
//
// Boundaries: education groups are GB/T 4658 group codes ('10' 研究生 … '90'); lower code =
// higher level, and the two-digit strings sort the same way, so SQL can filter
// `edu_fulltime <= '20'` for 全日制本科以上. Only graduation counts (see derived-facts).
// Null means "nothing recorded that attains a level".

import { highestEducation, highestTitle, type EducationGroup } from './derived-facts.js';
import type { PersonRecord, TitleLevel } from './types.js';

export interface PersonSummary {
  eduFulltime: EducationGroup | null;
  eduAny: EducationGroup | null;
  titleLevel: TitleLevel | null;
  /** Series of the title reported in `titleLevel` (see highestTitle for ties). */
  titleSeries: string | null;
}

export function denormalise(record: Pick<PersonRecord, 'education' | 'titles'>): PersonSummary {
  const title = highestTitle(record.titles);
  return {
    eduFulltime: highestEducation(record.education, 'fulltime'),
    eduAny: highestEducation(record.education, 'any'),
    titleLevel: title?.level ?? null,
    titleSeries: title?.series ?? null,
  };
}
