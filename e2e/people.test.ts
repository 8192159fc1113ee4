// The registry walks: dashboard from real data and its click-through, filtering and opening a
// person, Excel export of what is on screen, editing with the change in the audit log, field
// errors beside the fields, and the 409 notice for a stale edit.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loginAs } from '../test/app-fixture.js';
import { launchBrowser, login, logout, seedPeople, shot, startServer, tableRows, type Browser, type TestServer } from './support.js';

const PEOPLE = 240;
/** Pages load lazily and fetch: give assertions on them a few seconds. */
const poll = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 10_000 });

/** Clicks a bar of an ECharts chart: the pixel comes from the chart instance itself. */
async function clickBar(page: Page, testId: string, seriesIndex: number, value: number, categoryIndex: number, horizontal: boolean): Promise<void> {
  const el = page.getByTestId(testId);
  await el.locator('canvas').waitFor();
  const [x, y] = await el.evaluate(
    (node, a) => {
      const chart = (node as unknown as { __chart: { convertToPixel(f: object, v: number[]): number[] } }).__chart;
      return chart.convertToPixel({ seriesIndex: a.seriesIndex }, a.horizontal ? [a.value, a.categoryIndex] : [a.categoryIndex, a.value]);
    },
    { seriesIndex, value, categoryIndex, horizontal },
  );
  await el.click({ position: { x: x!, y: y! } });
}

describe('people registry in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let ids: number[];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    ids = await seedPeople(server.fx, PEOPLE);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('renders the dashboard from real data and clicks through from the age pyramid', async () => {
    const { page } = browser;
    await login(page, server.url, 'officer');
    await page.getByTestId('chart-age').locator('canvas').waitFor();
    for (const id of ['chart-age', 'chart-rank', 'chart-education', 'chart-political', 'chart-category', 'chart-ethnicity', 'chart-unit-level']) {
      await page.locator(`[data-testid="${id}"][data-rendered="true"]`).waitFor();
    }
    const kpi = await page.getByTestId('kpi').first().textContent();
    expect(kpi).toContain(String(PEOPLE));
    await shot(page, 'dashboard');

    const officer = await loginAs(server.fx.app, 'officer');
    const dash = (await officer.get('/api/stats/dashboard')).json() as { agePyramid: Array<{ band: string; ageMin: number; women: number }> };
    const bands = [...dash.agePyramid].sort((a, b) => a.ageMin - b.ageMin);
    const idx = bands.findIndex((b) => b.band === '35-39');
    expect(bands[idx]!.women).toBeGreaterThan(0);
    await clickBar(page, 'chart-age', 1, bands[idx]!.women / 2, idx, true);
    await page.waitForURL(/\/people\?/);
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({ gender: '2', ageMin: '35', ageMax: '39' });
    await poll(async () => page.getByTestId('people-total').textContent()).toBe(`共 ${bands[idx]!.women} 人`);
    const rows = await tableRows(page, 'people-table');
    expect(rows.length).toBe(Math.min(20, bands[idx]!.women));
    for (const r of rows) {
      expect(r[1]).toBe('女');
      const age = Number(/（(\d+)岁）/.exec(r[3]!)?.[1]);
      expect(age).toBeGreaterThanOrEqual(35);
      expect(age).toBeLessThanOrEqual(39);
    }
  });

  it('filters the list by unit and name, keeps the filters in the URL, and opens a person', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/people`);
    await page.getByTestId('unit-tree').locator('span[title="四川省 / 甘孜藏族自治州 / 理塘县"]').click();
    await page.waitForURL(/unitId=/);
    const officer = await loginAs(server.fx.app, 'officer');
    const expected = (await officer.get(`/api/people?unitId=${server.fx.units.litang}&pageSize=1`)).json() as { total: number };
    await poll(async () => page.getByTestId('people-total').textContent()).toBe(`共 ${expected.total} 人`);
    await page.getByTestId('filter-q').fill('王');
    await page.getByTestId('filter-submit').click();
    await page.waitForURL(/q=%E7%8E%8B|q=王/);
    const withName = (await officer.get(`/api/people?unitId=${server.fx.units.litang}&q=${encodeURIComponent('王')}&pageSize=1`)).json() as { total: number };
    await poll(async () => page.getByTestId('people-total').textContent()).toBe(`共 ${withName.total} 人`);
    expect(await page.getByTestId('filter-tags').textContent()).toContain('关键词：王');
    // The same URL in a fresh load shows the same view (a shared link).
    await page.reload();
    await poll(async () => page.getByTestId('people-total').textContent()).toBe(`共 ${withName.total} 人`);
    await page.getByTestId('filter-tags').locator('.ant-tag', { hasText: '关键词：王' }).locator('.ant-tag-close-icon').click();
    await poll(async () => page.getByTestId('people-total').textContent()).toBe(`共 ${expected.total} 人`);
    await shot(page, 'people-list');
    const first = (await tableRows(page, 'people-table'))[0]!;
    await page.getByTestId('people-table').locator('tbody tr.ant-table-row').first().getByRole('link').click();
    await page.waitForURL(/\/people\/\d+$/);
    expect(await page.getByTestId('person-name').textContent()).toBe(first[0]);
    // The ID number is masked until 显示, which the server audits.
    expect(await page.getByTestId('id-number').textContent()).toContain('*');
    await page.getByTestId('reveal-id').click();
    await poll(async () => page.getByTestId('id-number').textContent()).toMatch(/^\d{17}[\dX]$/);
    await page.getByRole('tab', { name: /任职经历/ }).click();
    await shot(page, 'person-detail');
  });

  it('exports the current view to an Excel file with the rows shown on screen', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/people?unitId=${server.fx.units.litang}&gender=2&sort=name&pageSize=200`);
    await page.getByTestId('people-table').locator('tbody tr.ant-table-row').first().waitFor();
    const shown = (await tableRows(page, 'people-table')).map((r) => r[0]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-people').click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const file = join(mkdtempSync(join(tmpdir(), 'cadre-export-')), download.suggestedFilename());
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0]!;
    let headerRow = 0;
    let nameCol = 0;
    ws.eachRow((row, n) => {
      if (headerRow) return;
      row.eachCell((cell, c) => {
        if (cell.text === '姓名') {
          headerRow = n;
          nameCol = c;
        }
      });
    });
    expect(headerRow).toBeGreaterThan(0);
    const names: string[] = [];
    for (let r = headerRow + 1; r <= ws.rowCount; r++) {
      const t = ws.getRow(r).getCell(nameCol).text;
      if (t) names.push(t);
    }
    expect(shown.length).toBeGreaterThan(0);
    expect(names).toEqual(shown);
  });

  it('edits a person, shows the change in the record’s history and in the audit log for the auditor', async () => {
    const { page } = browser;
    const id = ids[0]!;
    await page.goto(`${server.url}/people/${id}/edit`);
    const post = page.getByLabel('现任职务', { exact: true });
    await post.waitFor();
    const oldPost = await post.inputValue();
    await post.fill('县委组织部副部长');
    await page.getByTestId('save-person').click();
    await page.waitForURL(new RegExp(`/people/${id}$`));
    await poll(async () => page.getByTestId('person-basic').textContent()).toContain('县委组织部副部长');
    await page.getByRole('tab', { name: '操作记录' }).click();
    const history = page.getByTestId('person-history');
    await history.waitFor();
    expect(await history.textContent()).toContain('县委组织部副部长');
    await logout(page);

    await login(page, server.url, 'audit');
    await page.waitForURL(/\/audit/);
    await page.goto(`${server.url}/audit?action=person.update&objectId=${id}`);
    const table = page.getByTestId('audit-table');
    await table.locator('tbody tr.ant-table-row').first().waitFor();
    expect(await table.locator('tbody tr.ant-table-row').first().textContent()).toContain('修改人员');
    await table.locator('tbody tr.ant-table-row').first().locator('.ant-table-row-expand-icon').click();
    const diff = page.getByTestId('json-diff').first();
    await diff.waitFor();
    const changed = diff.locator('tr.diff-changed');
    expect(await changed.count()).toBe(1);
    const text = await changed.first().textContent();
    expect(text).toContain('现任职务');
    expect(text).toContain(oldPost);
    expect(text).toContain('县委组织部副部长');
    await shot(page, 'audit-log');
    // The auditor exports the search as it is on screen.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('audit-export').click()]);
    const file = join(mkdtempSync(join(tmpdir(), 'cadre-audit-')), download.suggestedFilename());
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sheet = JSON.stringify(wb.worksheets[0]!.getSheetValues());
    expect(sheet).toContain('修改人员');
    expect(sheet).toContain('县委组织部副部长');
    await logout(page);
  });

  it('shows the API’s field errors beside the fields', async () => {
    const { page } = browser;
    await login(page, server.url, 'officer');
    await page.goto(`${server.url}/people/${ids[6]!}/edit`);
    const idInput = page.getByLabel('身份证号码', { exact: true });
    await idInput.waitFor();
    await idInput.fill('51333419850615123X');
    await page.getByTestId('save-person').click();
    await page.getByTestId('form-errors').waitFor();
    const item = page.locator('.ant-form-item').filter({ has: idInput });
    await poll(async () => item.locator('.ant-form-item-explain-error').count()).toBeGreaterThan(0);
    expect(await item.locator('.ant-form-item-explain-error').first().textContent()).toMatch(/身份证/);
    await shot(page, 'person-field-errors');
  });

  it('tells the user when someone else saved first, compares and reloads', async () => {
    const { page } = browser;
    const id = ids[12]!;
    await page.goto(`${server.url}/people/${id}/edit`);
    const post = page.getByLabel('现任职务', { exact: true });
    await post.waitFor();
    await poll(async () => post.inputValue()).not.toBe('');
    // Another officer saves the same person meanwhile.
    const other = await loginAs(server.fx.app, 'litanghr');
    const current = (await other.get(`/api/people/${id}`)).json() as Record<string, unknown>;
    const { id: _i, idNumberMasked, unitName: _u, age: _a, ...record } = current;
    const res = await other.put(`/api/people/${id}`, { ...record, idNumber: idNumberMasked, post: '乡党委副书记' });
    expect(res.statusCode).toBe(200);

    await post.fill('乡长');
    await page.getByTestId('save-person').click();
    const notice = page.getByTestId('conflict-notice');
    await notice.waitFor();
    const text = await notice.textContent();
    expect(text).toContain('该记录已被他人修改：重新加载 或 对比差异');
    expect(text).toContain('litanghr');
    expect(text).toContain('现任职务');
    await page.getByTestId('conflict-compare').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('乡党委副书记').waitFor();
    expect(await dialog.textContent()).toContain('乡长');
    await page.waitForTimeout(500); // let the dialog's opening animation finish for the picture
    await shot(page, 'person-conflict');
    await dialog.getByRole('button', { name: '重新加载最新版本' }).click();
    await poll(async () => post.inputValue()).toBe('乡党委副书记');
    await page.getByTestId('save-person').click();
    await page.waitForURL(new RegExp(`/people/${id}$`));
  });
});
