import { describe, expect, it } from 'vitest';
import { denormalise } from './summaries.js';
import type { EducationRecord, TitleRecord } from './types.js';

function edu(mode: EducationRecord['mode'], level: string): EducationRecord {
  return { mode, level, degree: null, school: null, major: null, startDate: null, endDate: null };
}
function title(level: TitleRecord['level'], series: string, obtainedDate: string | null = null): TitleRecord {
  return { level, series, name: null, obtainedDate };
}

describe('denormalise', () => {
  it.each<[string, EducationRecord[], TitleRecord[], ReturnType<typeof denormalise>]>([
    [
      'full-time 专科 plus in-service bachelor: full-time 30, any 20',
      [edu('fulltime', '31'), edu('inservice', '21')],
      [title('intermediate', 'teacher')],
      { eduFulltime: '30', eduAny: '20', titleLevel: 'intermediate', titleSeries: 'teacher' },
    ],
    [
      'in-service education only: no full-time level',
      [edu('inservice', '14')],
      [],
      { eduFulltime: null, eduAny: '10', titleLevel: null, titleSeries: null },
    ],
    [
      '本科结业 does not count; 专科毕业 does',
      [edu('fulltime', '22'), edu('fulltime', '31')],
      [],
      { eduFulltime: '30', eduAny: '30', titleLevel: null, titleSeries: null },
    ],
    [
      'highest title wins and brings its series',
      [],
      [title('intermediate', 'engineer', '2010-01-01'), title('associate', 'doctor', '2018-01-01')],
      { eduFulltime: null, eduAny: null, titleLevel: 'associate', titleSeries: 'doctor' },
    ],
    ['empty record', [], [], { eduFulltime: null, eduAny: null, titleLevel: null, titleSeries: null }],
  ])('%s', (_name, education, titles, expected) => {
    expect(denormalise({ education, titles })).toEqual(expected);
  });

  it('group codes sort like levels, so SQL can compare the strings', () => {
    expect(['30', '10', '28', '20', '40'].sort()).toEqual(['10', '20', '28', '30', '40']);
  });
});
