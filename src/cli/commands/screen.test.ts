import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { screenCommand } from './screen.js';
import { writePeopleFile } from '../../io/people-json.js';
import { buildPerson, makeIdNumber } from '../../../test/factories.js';

describe('cadre screen --people', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cadre-screen-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes every person with the reasons, from the interchange file', async () => {
    const secretary = (id: string, birthDate: string) => ({
      ...buildPerson({
        birthDate,
        idNumber: makeIdNumber(birthDate, '1'),
        unitId: 9,
        appointments: [{ unitId: 9, unitName: '高城镇', post: '镇党委书记', postKind: 'township_party_secretary', rank: '141', startDate: '2019-01-01', endDate: null }],
      }),
      id,
    });
    const file = join(dir, 'people.json');
    writeFileSync(file, writePeopleFile([secretary('a', '1981-09-01'), secretary('b', '1980-01-15')], [{ id: 9, name: '高城镇', kind: 'township', level: 'township', divisionCode: '513334', isTibetanArea: true }], '2026-06-01T00:00:00Z'));
    const out = join(dir, 'out.json');
    expect(await screenCommand({ ruleset: 'shanxi-select-up-provincial', asOf: '2026-06-01', people: file, out })).toBe(0);
    const res = JSON.parse(readFileSync(out, 'utf8'));
    expect(res.format).toBe('cadre-screening/1');
    expect(res.people.map((p: { id: string; eligible: boolean }) => [p.id, p.eligible])).toEqual([
      ['a', true],
      ['b', false],
    ]);
    const age = res.people[1].reasons.find((r: { ruleId: string }) => r.ruleId === 'secretary-age');
    expect(age).toMatchObject({ passed: false, actual: 46 });
    expect(res.funnel.total).toBe(2);
  });

  it('exits 2 naming the first bad field of a bad file', async () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ format: 'cadre-people/1', people: [{ id: 1, name: '张三' }] }));
    expect(await screenCommand({ ruleset: 'shanxi-select-up-provincial', asOf: '2026-06-01', people: file, out: join(dir, 'x.json') })).toBe(2);
  });
});
