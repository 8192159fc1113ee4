import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_TARGETS } from '../../../test/db.js';
import { createFixture, loginAs, type Client, type Fixture } from '../../../test/app-fixture.js';
import { buildPerson } from '../../../test/factories.js';
import { verifyAuditChain } from '../../services/audit.service.js';

describe.each(DB_TARGETS)('people API on %s', (target) => {
  let f: Fixture;
  let hr: Client;
  beforeAll(async () => {
    f = await createFixture(target);
    hr = await loginAs(f.app, 'litanghr');
  });
  afterAll(async () => f.close());

  it('creates a person, lists them with a masked ID number and reads the detail', async () => {
    const rec = buildPerson({ name: '扎西次仁', ethnicity: '04', unitId: f.units.litangTown });
    const created = await hr.post('/api/people', rec);
    expect(created.statusCode).toBe(201);
    const p = created.json();
    expect(p.idNumber).toBeUndefined();
    expect(p.idNumberMasked).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
    const list = (await hr.get('/api/people?q=zxcr')).json();
    expect(list.items.map((i: { name: string }) => i.name)).toContain('扎西次仁');
    expect(JSON.stringify(list)).not.toContain(rec.idNumber);
    const detail = (await hr.get(`/api/people/${p.id}`)).json();
    expect(detail.family[0].name).toBe('李娜');
    expect(detail.appraisals).toHaveLength(3);
  });

  it('stores the ID number encrypted and reveals it only through an audited call', async () => {
    const rec = buildPerson({ name: '王芳', gender: '2', unitId: f.units.litang });
    const p = (await hr.post('/api/people', rec)).json();
    const row = await f.database.db.selectFrom('people').select(['id_number_enc', 'health_enc']).where('id', '=', p.id).executeTakeFirstOrThrow();
    expect(row.id_number_enc).not.toContain(rec.idNumber!.slice(6, 14));
    expect(row.health_enc).not.toBe('healthy');
    const revealed = await hr.post(`/api/people/${p.id}/reveal-id`);
    expect(revealed.json().idNumber).toBe(rec.idNumber);
    const audit = await f.database.db.selectFrom('audit_log').select(['action', 'username']).where('object_id', '=', String(p.id)).where('action', '=', 'person.reveal_id').execute();
    expect(audit).toEqual([{ action: 'person.reveal_id', username: 'litanghr' }]);
  });

  it('rejects invalid data with Chinese messages that name the field (400)', async () => {
    const bad = buildPerson({ unitId: f.units.litang, idNumber: '513334198506151230' });
    const res = await hr.post('/api/people', { ...bad, ethnicity: '99', birthDate: '2031-01-01' });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('VALIDATION_FAILED');
    const fields = body.fieldErrors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['ethnicity', 'birthDate']));
    expect(body.message).toMatch(/民族|出生日期/);
    const missing = await hr.post('/api/people', { gender: '1' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().fieldErrors.some((e: { message: string }) => e.message.includes('姓名'))).toBe(true);
  });

  it('rejects a duplicate ID number (409 DUPLICATE)', async () => {
    const rec = buildPerson({ unitId: f.units.litang });
    expect((await hr.post('/api/people', rec)).statusCode).toBe(201);
    const dup = await hr.post('/api/people', { ...rec, name: '另一人' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('DUPLICATE');
  });

  it('edits at the current version, and answers a stale edit with 409 and what changed', async () => {
    const p = (await hr.post('/api/people', buildPerson({ name: '刘洋', unitId: f.units.litangTown }))).json();
    const { id, version, ...rest } = p;
    const first = await hr.put(`/api/people/${id}`, { ...rest, idNumber: null, post: '镇党委书记', version });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(version + 1);
    const stale = await hr.put(`/api/people/${id}`, { ...rest, idNumber: null, post: '镇长', version });
    expect(stale.statusCode).toBe(409);
    const body = stale.json();
    expect(body.code).toBe('VERSION_CONFLICT');
    expect(body.details.currentVersion).toBe(version + 1);
    expect(body.details.changedBy).toBe('litanghr');
    expect(body.details.differingFields).toContain('post');
    const detail = (await hr.get(`/api/people/${id}`)).json();
    expect(detail.post).toBe('镇党委书记');
    const trail = (await hr.get(`/api/people/${id}/audit`)).json().items;
    expect(trail[0].action).toBe('person.update');
    expect(trail[0].before.post).toBe('乡党委书记');
    expect(trail[0].after.post).toBe('镇党委书记');
  });

  it('deletes at the current version only; then the person is 404', async () => {
    const p = (await hr.post('/api/people', buildPerson({ unitId: f.units.litang }))).json();
    expect((await hr.del(`/api/people/${p.id}?version=${p.version + 3}`)).statusCode).toBe(409);
    expect((await hr.del(`/api/people/${p.id}?version=${p.version}`)).statusCode).toBe(200);
    const gone = await hr.get(`/api/people/${p.id}`);
    expect(gone.statusCode).toBe(404);
    expect(gone.json().code).toBe('NOT_FOUND');
  });

  it('filters by age range, gender, rank and unit subtree, sorts and pages', async () => {
    const officer = await loginAs(f.app, 'officer');
    // The fixture clock is 2026-06-01: born 1976-06-01 is exactly 50; born 1976-06-02 is 49.
    const a = (await officer.post('/api/people', buildPerson({ name: '甲五十', birthDate: '1976-06-01', unitId: f.units.daochengTown, rank: '132', appointments: [] }))).json();
    const b = (await officer.post('/api/people', buildPerson({ name: '乙四九', birthDate: '1976-06-02', unitId: f.units.daochengTown, rank: '132', appointments: [] }))).json();
    const fifty = (await officer.get(`/api/people?unitId=${f.units.daocheng}&ageMin=50&ageMax=50`)).json();
    expect(fifty.items.map((i: { id: number }) => i.id)).toEqual([a.id]);
    const fortyNine = (await officer.get(`/api/people?unitId=${f.units.daocheng}&ageMax=49&rank=132`)).json();
    expect(fortyNine.items.map((i: { id: number }) => i.id)).toEqual([b.id]);
    const sorted = (await officer.get(`/api/people?unitId=${f.units.daocheng}&sort=-birthDate&pageSize=1&page=2`)).json();
    expect(sorted.total).toBe(2);
    expect(sorted.items[0].id).toBe(a.id);
  });

  it('keeps every write in an intact hash chain', async () => {
    const report = await verifyAuditChain(f.database.db);
    expect(report.ok).toBe(true);
    expect(report.checked).toBeGreaterThan(10);
  });
});
