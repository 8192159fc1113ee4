import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { DB_TARGETS } from '../../../test/db.js';
import { createFixture, loginAs, type Client, type Fixture } from '../../../test/app-fixture.js';
import { buildPerson, makeIdNumber } from '../../../test/factories.js';
import { SHANXI_SELECT_UP_PROVINCIAL } from '../../domain/eligibility/builtin-rule-sets.js';

// The fixture clock reads 2026-06-01; screening is at that date unless asOf says otherwise.
describe.each(DB_TARGETS)('eligibility API on %s', (target) => {
  let f: Fixture;
  let officer: Client;
  const ids: Record<string, number> = {};
  const secretary = (name: string, birthDate: string, since: string) =>
    buildPerson({
      name,
      birthDate,
      idNumber: makeIdNumber(birthDate, '1'),
      postStartDate: since,
      rankStartDate: since,
      appointments: [{ unitId: null, unitName: '高城镇', post: '镇党委书记', postKind: 'township_party_secretary', rank: '141', startDate: since, endDate: null }],
    });

  beforeAll(async () => {
    f = await createFixture(target);
    officer = await loginAs(f.app, 'officer');
    const add = async (key: string, rec: ReturnType<typeof buildPerson>) => {
      const res = await officer.post('/api/people', { ...rec, unitId: f.units.litangTown });
      expect(res.statusCode, res.body).toBe(201);
      ids[key] = res.json().id;
    };
    await add('ok44', secretary('合格甲', '1981-09-01', '2020-01-01')); // 44, 6 years as secretary
    await add('old46', secretary('超龄乙', '1980-01-15', '2019-01-01')); // 46
    await add('short', secretary('年限丙', '1985-01-01', '2023-06-02')); // one day short of 3 years
  });
  afterAll(async () => f.close());

  it('lists the built-in rule sets with their notes', async () => {
    const items = (await officer.get('/api/rule-sets')).json().items as Array<{ id: string; builtin: boolean; note: string }>;
    const sx = items.find((i) => i.id === 'shanxi-select-up-provincial');
    expect(sx?.builtin).toBe(true);
    expect(sx?.note).toContain('大学专科');
  });

  it('explains one person: age 46 over the provincial cap of 45', async () => {
    const ev = (await officer.post(`/api/eligibility/evaluate/${ids.old46}`, { ruleSetId: 'shanxi-select-up-provincial' })).json();
    expect(ev.eligible).toBe(false);
    const age = ev.outcomes.find((o: { ruleId: string }) => o.ruleId === 'secretary-age');
    expect(age.passed).toBe(false);
    expect(age.message).toMatch(/46/);
    expect(age.message).toMatch(/45/);
  });

  it('screens in the database with a funnel, and the cumulative-years boundary holds', async () => {
    const res = (await officer.post('/api/eligibility/screen', { ruleSetId: 'shanxi-select-up-provincial' })).json();
    expect(res.items.map((i: { id: number }) => i.id)).toEqual([ids.ok44]);
    expect(res.funnel.total).toBe(3);
    expect(res.funnel.eligible).toBe(1);
    const municipal = (await officer.post('/api/eligibility/screen', { ruleSetId: 'shanxi-select-up-municipal' })).json();
    expect(municipal.items.map((i: { id: number }) => i.id).sort()).toEqual([ids.ok44, ids.old46].sort());
    // One day later the short stint reaches exactly 3 years.
    const later = (await officer.post('/api/eligibility/screen', { ruleSetId: 'shanxi-select-up-municipal', asOf: '2026-06-02' })).json();
    expect(later.items.map((i: { id: number }) => i.id)).toContain(ids.short);
  });

  it('shows who gains when the age cap is raised, saves the change as a new rule set and versions it', async () => {
    const after = structuredClone(SHANXI_SELECT_UP_PROVINCIAL) as unknown as { id: string; name: string; root: { all: Array<{ any?: Array<{ node: { all: Array<{ id: string; rule: { max: number } }> } }> }> } };
    after.id = 'sx-provincial-46';
    after.name = '省直单位（年龄放宽至 46 岁）';
    after.root.all[0]!.any![0]!.node.all.find((n) => n.id === 'secretary-age')!.rule.max = 46;
    const diff = (await officer.post('/api/eligibility/what-if', { before: { ruleSetId: 'shanxi-select-up-provincial' }, after })).json();
    expect(diff.gained.map((p: { id: number }) => p.id)).toEqual([ids.old46]);
    expect(diff.lostCount).toBe(0);
    const saved = await officer.post('/api/rule-sets', { ruleSet: after, basedOn: 'shanxi-select-up-provincial' });
    expect(saved.statusCode).toBe(201);
    const v2 = await officer.put('/api/rule-sets/sx-provincial-46', { ruleSet: { ...after, name: '第二版' }, version: 1 });
    expect(v2.json().version).toBe(2);
    const stale = await officer.put('/api/rule-sets/sx-provincial-46', { ruleSet: after, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect((await officer.get('/api/rule-sets/sx-provincial-46/versions')).json().items).toHaveLength(2);
    expect((await officer.put('/api/rule-sets/shanxi-select-up-provincial', { ruleSet: after, version: 1 })).statusCode).toBe(403);
  });

  it('rejects an invalid rule set with a Chinese message naming the place', async () => {
    const res = await officer.post('/api/rule-sets', { ruleSet: { id: 'Bad Id', name: 'x', description: '', note: '', version: 1, root: { rule: { fact: 'age' } } } });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/编号|min 或 max/);
  });

  it('exports the result with the reasons', async () => {
    const res = await officer.get('/api/eligibility/export?ruleSetId=shanxi-select-up-municipal');
    expect(res.headers['x-row-count']).toBe('2');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as never);
    const text = JSON.stringify(wb.worksheets[0]!.getSheetValues());
    expect(text).toContain('合格甲');
    expect(text).toContain('乡镇党委书记');
  });
});
