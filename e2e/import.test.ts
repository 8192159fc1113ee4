// Excel import: template from the page → a file with bad rows shows the errors per row and
// cell and changes nothing → a good file lands.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillTemplate, makeId, validRow } from '../src/io/excel/sheet-fixtures.test-util.js';
import { launchBrowser, login, shot, startServer, type Browser, type TestServer } from './support.js';

const TOWN = '四川省/甘孜藏族自治州/理塘县/高城镇';
const poll = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 10_000 });

describe('importing people from Excel', () => {
  let server: TestServer;
  let browser: Browser;
  let template: Buffer;
  const dir = mkdtempSync(join(tmpdir(), 'cadre-import-'));
  const count = async () => Number((await server.fx.database.db.selectFrom('people').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('downloads the template from the wizard', async () => {
    const { page } = browser;
    await login(page, server.url, 'litanghr');
    await page.goto(`${server.url}/people/import`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-template').click()]);
    expect(download.suggestedFilename()).toBe('人员信息导入模板.xlsx');
    const file = join(dir, 'template.xlsx');
    await download.saveAs(file);
    template = readFileSync(file);
    expect(template.length).toBeGreaterThan(1000);
  });

  it('shows the bad rows and cells of a faulty file and changes nothing', async () => {
    const { page } = browser;
    const before = await count();
    const file = join(dir, '第一批.xlsx');
    writeFileSync(
      file,
      await fillTemplate(
        [
          validRow({ 姓名: '张明', 所在单位: TOWN, 身份证号码: makeId('1985-07-01', '131', '513334') }),
          validRow({ 姓名: '李雪', 性别: '女', 民族: '汉', 所在单位: TOWN, 身份证号码: makeId('1985-07-01', '242', '513334') }),
          validRow({ 姓名: '王强', 所在单位: '四川省/甘孜藏族自治州/稻城县/金珠镇', 身份证号码: makeId('1985-07-01', '353', '513334') }),
        ],
        template,
      ),
    );
    await page.getByRole('button', { name: '已有填好的文件，下一步' }).click();
    await page.getByTestId('import-upload').locator('input[type=file]').setInputFiles(file);
    const rejected = page.getByTestId('import-rejected');
    await rejected.waitFor();
    expect(await rejected.textContent()).toContain('文件中有 2 行错误，整批不会导入，数据库未做任何修改');
    const rows = page.getByTestId('import-bad-rows').locator('tbody tr.ant-table-row');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).textContent()).toContain('第 3 行「民族」');
    expect(await rows.nth(1).textContent()).toContain('所在单位');
    // The faulty cells are marked in the table.
    expect(await page.getByTestId('bad-cell').count()).toBe(2);
    expect(await page.getByTestId('import-commit').count()).toBe(0);
    await shot(page, 'import-errors');
    expect(await count()).toBe(before);
    await page.getByTestId('import-cancel').click();
    await page.getByText('已取消本次导入，数据库未做任何修改').waitFor();
    expect(await count()).toBe(before);
  });

  it('imports a clean file after a preview', async () => {
    const { page } = browser;
    const before = await count();
    const file = join(dir, '第二批.xlsx');
    const names = ['陈建国', '格桑卓玛', '刘晓燕', '扎西多吉'];
    writeFileSync(
      file,
      await fillTemplate(
        names.map((name, i) => validRow({ 姓名: name, 性别: i % 2 ? '女' : '男', 所在单位: TOWN, 身份证号码: makeId('1985-07-01', String(401 + i * 2 + (i % 2)).padStart(3, '0'), '513334') })),
        template,
      ),
    );
    await page.getByTestId('import-upload').locator('input[type=file]').setInputFiles(file);
    await page.getByTestId('import-clean').waitFor();
    expect(await page.getByTestId('import-clean').textContent()).toContain('全部 4 行校验通过');
    await page.getByTestId('import-commit').click();
    const done = page.getByTestId('import-done');
    await done.waitFor();
    expect(await done.textContent()).toContain('导入成功：新增 4 人');
    expect(await count()).toBe(before + 4);
    await done.getByRole('button', { name: '查看人员列表' }).click();
    await page.waitForURL(/\/people\?sort=-updatedAt/);
    await poll(async () => page.getByTestId('people-table').locator('tbody').textContent()).toContain('格桑卓玛');
  });

  it('downloads a person’s appointment form (.lrmx) and reads it back as an update of that person', async () => {
    const { page } = browser;
    await page.getByTestId('people-table').getByRole('link', { name: '格桑卓玛' }).click();
    await page.getByTestId('person-name').waitFor();
    await page.getByTestId('download-lrmx').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('拟任职务').fill('理塘县人民政府副县长（挂职）');
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: /下\s*载/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.lrmx$/);
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    expect(readFileSync(file, 'utf8')).toContain('理塘县人民政府副县长（挂职）');

    await page.goto(`${server.url}/people/import`);
    await page.getByRole('tab', { name: /lrmx/ }).click();
    await page.getByTestId('lrmx-upload').locator('input[type=file]').setInputFiles(file);
    const before = await count();
    await page.getByRole('button', { name: /检查/ }).click();
    const summary = page.getByTestId('lrmx-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('将新增 0 人，更新 1 人');
    expect(await page.getByTestId('lrmx-results').textContent()).toContain('格桑卓玛');
    expect(await count()).toBe(before);
    await shot(page, 'lrmx-check');
  });
});
