import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_TARGETS } from '../../../test/db.js';
import { createFixture, loginAs, upload, type Client, type Fixture } from '../../../test/app-fixture.js';
import { buildPerson, makeIdNumber } from '../../../test/factories.js';

describe.each(DB_TARGETS)('.lrmx exchange on %s', (target) => {
  let f: Fixture;
  let hr: Client;
  beforeAll(async () => {
    f = await createFixture(target);
    hr = await loginAs(f.app, 'litanghr');
  });
  afterAll(async () => f.close());

  it('exports a form with the proposed post, and importing it back matches the same person', async () => {
    const p = (await hr.post('/api/people', buildPerson({ name: '格桑卓玛', gender: '2', ethnicity: '04', birthDate: '1988-03-09', idNumber: makeIdNumber('1988-03-09', '2'), unitId: f.units.litangTown }))).json();
    const res = await hr.get(`/api/people/${p.id}/lrmx?proposedPost=${encodeURIComponent('理塘县副县长')}`);
    expect(res.statusCode).toBe(200);
    const xml = res.body;
    expect(xml).toContain('<XingMing>格桑卓玛</XingMing>');
    expect(xml).toContain('<NiRenZhiWu>理塘县副县长</NiRenZhiWu>');
    expect(xml).toContain('<ChuShengNianYue>198803</ChuShengNianYue>');
    const back = await upload(f.app, hr, '/api/lrmx/import', 'files', [{ name: '格桑卓玛.lrmx', data: Buffer.from(xml) }]);
    expect(back.statusCode).toBe(200);
    const r = back.json();
    expect(r.files[0]).toMatchObject({ status: 'updated', personId: p.id });
    const after = (await hr.get(`/api/people/${p.id}`)).json();
    expect(after.birthDate).toBe('1988-03-09');
    expect(after.ethnicity).toBe('04');
    expect(after.family.map((m: { name: string }) => m.name)).toEqual(p.family.map((m: { name: string }) => m.name));
  });

  it('creates a new person from a hand-made form in the importer’s unit, and reports a broken file without stopping the rest', async () => {
    const id = makeIdNumber('1979-11-02', '1');
    const form = `<?xml version="1.0" encoding="UTF-8"?>
<Person><XingMing>泽仁多吉</XingMing><XingBie>男</XingBie><ChuShengNianYue>1979.11</ChuShengNianYue><MinZu>藏族</MinZu>
<JiGuan>四川理塘</JiGuan><ChuShengDi>四川理塘</ChuShengDi><RuDangShiJian>2001.07</RuDangShiJian><CanJiaGongZuoShiJian>199808</CanJiaGongZuoShiJian>
<JianKangZhuangKuang>健康</JianKangZhuangKuang><QuanRiZhiJiaoYu_XueLi>大学本科</QuanRiZhiJiaoYu_XueLi><QuanRiZhiJiaoYu_XueWei>学士</QuanRiZhiJiaoYu_XueWei>
<XianRenZhiWu>理塘县高城镇党委书记</XianRenZhiWu><ShenFenZheng>${id}</ShenFenZheng><Version>3.2.1.6</Version></Person>`;
    const res = await upload(f.app, hr, '/api/lrmx/import', 'files', [
      { name: 'broken.lrmx', data: Buffer.from('<Person><XingMing>坏') },
      { name: '泽仁多吉.lrmx', data: Buffer.from(form) },
    ]);
    const r = res.json();
    expect(r.files[0].status).toBe('error');
    expect(r.files[0].message).toMatch(/XML/);
    expect(r.files[1].status).toBe('created');
    expect(r.created).toBe(1);
    const person = (await hr.get(`/api/people/${r.files[1].personId}`)).json();
    expect(person.unitId).toBe(f.units.litang);
    expect(person.birthDate).toBe('1979-11-02');
    expect(person.politicalStatus).toBe('01');
  });

  it('refuses the form of a person outside the scope', async () => {
    const other = await loginAs(f.app, 'daochenghr');
    const p = (await other.post('/api/people', buildPerson({ unitId: f.units.daochengTown }))).json();
    expect((await hr.get(`/api/people/${p.id}/lrmx`)).statusCode).toBe(403);
  });
});
