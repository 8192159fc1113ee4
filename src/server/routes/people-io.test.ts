import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { DB_TARGETS } from '../../../test/db.js';
import { createFixture, loginAs, upload, type Client, type Fixture } from '../../../test/app-fixture.js';
import { fillTemplate, makeId, validRow } from '../../io/excel/sheet-fixtures.test-util.js';
import { verifyAuditChain } from '../../services/audit.service.js';

const TOWN = '四川省/甘孜藏族自治州/理塘县/高城镇';

describe.each(DB_TARGETS)('people Excel import and export on %s', (target) => {
  let f: Fixture;
  let hr: Client;
  let template: Buffer;
  const count = async () => Number((await f.database.db.selectFrom('people').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    f = await createFixture(target);
    hr = await loginAs(f.app, 'litanghr');
    const res = await hr.get('/api/people/template');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    template = res.rawPayload;
  });
  afterAll(async () => f.close());

  it('offers a template whose unit list holds only the units in the downloader’s scope', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template as never);
    const text = JSON.stringify(wb.worksheets.map((ws) => ws.getSheetValues()));
    expect(text).toContain(TOWN);
    expect(text).not.toContain('稻城县');
  });

  it('previews bad rows with row, column and a Chinese message, refuses the commit and changes nothing', async () => {
    const before = await count();
    const file = await fillTemplate(
      [
        validRow({ 姓名: '张明', 所在单位: TOWN, 身份证号码: makeId('1985-07-01', '131', '513334') }),
        validRow({ 姓名: '李雪', 性别: '女', 民族: '汉', 所在单位: TOWN, 身份证号码: makeId('1985-07-01', '242', '513334') }),
        validRow({ 姓名: '王强', 所在单位: '四川省/甘孜藏族自治州/稻城县/金珠镇', 身份证号码: makeId('1985-07-01', '353', '513334') }),
      ],
      template,
    );
    const res = await upload(f.app, hr, '/api/people/import/preview', 'file', [{ name: '第一批.xlsx', data: file }]);
    expect(res.statusCode).toBe(200);
    const preview = res.json();
    expect(preview).toMatchObject({ total: 3, valid: 1, invalid: 2 });
    const rows = preview.rows as Array<{ row: number; errors: Array<{ column: string; message: string }> }>;
    expect(rows.map((r) => r.row)).toEqual([3, 4]);
    expect(rows[0]!.errors[0]!.column).toBe('民族');
    expect(rows[0]!.errors[0]!.message).toMatch(/第 3 行「民族」/);
    expect(rows[1]!.errors[0]!.column).toBe('所在单位');
    const commit = await hr.post('/api/people/import/commit', { token: preview.token });
    expect(commit.statusCode).toBe(422);
    expect(commit.json().code).toBe('IMPORT_REJECTED');
    expect(await count()).toBe(before);
    const report = await hr.get(`/api/people/import/${preview.token}/errors`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(report.rawPayload as never);
    expect(JSON.stringify(wb.worksheets[0]!.getSheetValues())).toContain('第 3 行「民族」');
  });

  it('commits a clean file all at once, with an audit entry per person', async () => {
    const before = await count();
    const rows = Array.from({ length: 25 }, (_, i) => validRow({ 姓名: `导入${'甲乙丙丁戊己庚辛壬癸'[i % 10]}${'一二三'[i % 3]}`, 所在单位: TOWN, 身份证号码: makeId('1985-07-01', String(601 + i * 2).padStart(3, '0'), '513334') }));
    const res = await upload(f.app, hr, '/api/people/import/preview', 'file', [{ name: '第二批.xlsx', data: await fillTemplate(rows, template) }]);
    const preview = res.json();
    expect(preview).toMatchObject({ total: 25, valid: 25, invalid: 0 });
    const commit = await hr.post('/api/people/import/commit', { token: preview.token });
    expect(commit.statusCode).toBe(200);
    expect(commit.json().created).toBe(25);
    expect(await count()).toBe(before + 25);
    const again = await hr.post('/api/people/import/commit', { token: preview.token });
    expect(again.json().code).toBe('INVALID_TRANSITION');
    const audits = await f.database.db.selectFrom('audit_log').select('object_id').where('action', '=', 'person.import').execute();
    expect(audits).toHaveLength(25);
    expect((await verifyAuditChain(f.database.db)).ok).toBe(true);
  });

  it('rolls back the whole commit when one person cannot be written', async () => {
    const id = makeId('1985-07-01', '555', '513334');
    const rows = [validRow({ 姓名: '赵甲', 所在单位: TOWN, 身份证号码: makeId('1985-07-01', '557', '513334') }), validRow({ 姓名: '赵乙', 所在单位: TOWN, 身份证号码: id })];
    const preview = (await upload(f.app, hr, '/api/people/import/preview', 'file', [{ name: 'x.xlsx', data: await fillTemplate(rows, template) }])).json();
    expect(preview.invalid).toBe(0);
    // Someone registers the same ID number between preview and commit.
    const other = (await fillTemplate([validRow({ 姓名: '钱丙', 所在单位: TOWN, 身份证号码: id })], template));
    const p2 = (await upload(f.app, hr, '/api/people/import/preview', 'file', [{ name: 'y.xlsx', data: other }])).json();
    expect((await hr.post('/api/people/import/commit', { token: p2.token })).statusCode).toBe(200);
    const before = await count();
    const res = await hr.post('/api/people/import/commit', { token: preview.token });
    expect(res.statusCode).toBe(422);
    expect(res.json().message).toContain('数据库未做任何修改');
    expect(await count()).toBe(before);
  });

  it('exports the filtered list to a real .xlsx with the rows shown on screen', async () => {
    const list = (await hr.get('/api/people?q=导入&sort=name&pageSize=200')).json();
    const res = await hr.get('/api/people/export?q=导入&sort=name');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain("filename*=UTF-8''");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as never);
    const ws = wb.worksheets[0]!;
    const names: string[] = [];
    ws.eachRow((row) => {
      const v = row.getCell(2).value;
      if (typeof v === 'string' && v.startsWith('导入')) names.push(v);
    });
    expect(names).toEqual(list.items.map((i: { name: string }) => i.name));
    expect(names.length).toBe(25);
    expect(JSON.stringify(ws.getSheetValues())).not.toMatch(/513334198507016\d\d[\dX]/);
  });
});
