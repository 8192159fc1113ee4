// 资格审查 in the browser: pick a built-in rule set, screen, read the funnel and the eligible
// list, open a failing person's reasons, what-if (raise an age cap → someone gained, drop a
// rule), save as a new rule set, the 409 notice on a stale save, and the Excel export.
import { mkdirSync, mkdtempSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loginAs } from '../test/app-fixture.js';
import { makeIdNumber } from '../test/factories.js';
import type { PersonRecord } from '../src/domain/registry/types.js';
import { launchBrowser, login, ROOT, seedPeople, shot, startServer, tableRows, type Browser, type TestServer } from './support.js';

const poll = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 10_000 });
/** The fixture's clock is 2026-06-01; appraisals 2023–2025 are the “近 3 年”. */
const AS_OF = '2026-06-01';
const RULE_SET = 'shanxi-select-up-provincial';
const RULE_SET_NAME = '选上来：乡镇（街道）党（工）委书记到省直单位任职';

const ELIGIBLE = ['赵建国', '钱志强', '孙晓峰', '李卫东', '周海涛', '吴文斌'];
const TOO_OLD = ['郑国平', '王德胜', '冯振华'];
const NO_APPRAISAL = '孙立新';

/** A township Party secretary since 2018 with three good appraisals: eligible unless over-age. */
function secretary(name: string, birthDate: string, unitId: number, appraisalYears = [2023, 2024, 2025]): Partial<PersonRecord> {
  return {
    name,
    birthDate,
    idNumber: makeIdNumber(birthDate, '1'),
    gender: '1',
    politicalStatus: '01',
    post: '镇党委书记',
    postKind: 'township_party_secretary',
    rank: '141',
    unitId,
    health: 'healthy',
    education: [{ mode: 'fulltime', level: '21', degree: '学士', school: '四川大学', major: '行政管理', startDate: '2002-09-01', endDate: '2006-07-01' }],
    appointments: [{ unitId: null, unitName: '高城镇', post: '镇党委书记', postKind: 'township_party_secretary', rank: '141', startDate: '2018-03-01', endDate: null }],
    appraisals: appraisalYears.map((year) => ({ year, grade: 'competent' as const })),
  };
}

async function pickOption(page: Page, selectTestId: string, title: string): Promise<void> {
  await page.getByTestId(selectTestId).click();
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${title}"]`).click();
}

/** The <input> of an antd InputNumber found by its test id (the id may sit on the wrapper). */
async function numberInput(page: Page, testId: string) {
  const el = page.getByTestId(testId);
  await el.waitFor();
  return (await el.evaluate((n) => n.tagName)) === 'INPUT' ? el : el.locator('input');
}

describe('eligibility screening in the browser', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    const town = server.fx.units.litangTown;
    await seedPeople(server.fx, 40);
    await seedPeople(server.fx, ELIGIBLE.length, (i) => secretary(ELIGIBLE[i]!, `198${i + 2}-0${i + 1}-1${i}`, town));
    await seedPeople(server.fx, TOO_OLD.length, (i) => secretary(TOO_OLD[i]!, `197${7 + (i % 2)}-0${i + 3}-2${i}`, town));
    await seedPeople(server.fx, 1, () => secretary(NO_APPRAISAL, '1986-05-05', town, [2023, 2024]));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('screens with a built-in rule set: rule set note, funnel, eligible list and a person’s reasons', async () => {
    const { page } = browser;
    await login(page, server.url, 'officer');
    await page.goto(`${server.url}/eligibility?asOf=${AS_OF}`);
    await pickOption(page, 'ruleset-select', RULE_SET_NAME);
    const info = page.getByTestId('ruleset-info');
    await poll(async () => info.textContent()).toContain('约 60 名');
    await info.getByText('口径说明').click();
    await poll(async () => page.getByTestId('ruleset-note').textContent()).toContain('取舍');

    await page.getByTestId('screen-submit').click();
    await poll(async () => page.getByTestId('screen-total').textContent()).toContain(`共 ${ELIGIBLE.length} 人`);
    await page.locator('[data-testid="chart-funnel"][data-rendered="true"]').waitFor();
    const officer = await loginAs(server.fx.app, 'officer');
    const api = (await officer.post('/api/eligibility/screen', { ruleSetId: RULE_SET, asOf: AS_OF, page: 1, pageSize: 50 })).json() as { eligible: number; total: number; funnel: { steps: Array<{ removed: number }> } };
    expect(api.eligible).toBe(ELIGIBLE.length);
    expect(await page.getByTestId('screen-total').textContent()).toContain(`参审 ${api.total} 人`);
    const rows = await tableRows(page, 'screen-table');
    expect(rows.map((r) => r[0]).sort()).toEqual([...ELIGIBLE].sort());
    expect(rows[0]!.join(' ')).toContain('高城镇');
    await shot(page, 'eligibility-screen');
    // README pictures are refreshed on request only, so a test run leaves the tree clean.
    if (process.env.UPDATE_DOCS_SCREENSHOTS) {
      mkdirSync(join(ROOT, 'docs', 'screenshots'), { recursive: true });
      copyFileSync(join(ROOT, 'e2e', 'screenshots', 'eligibility-screen.png'), join(ROOT, 'docs', 'screenshots', 'eligibility.png'));
    }

    // An eligible person's reasons: every rule ✓, grouped by the path taken.
    await page.getByTestId('screen-table').locator('tbody tr.ant-table-row').first().click();
    const drawer = page.getByTestId('reasons');
    await drawer.waitFor();
    expect(await page.getByTestId('reasons-verdict').textContent()).toBe('符合条件');
    expect(await drawer.locator('[data-testid="reasons-group"][data-path="乡镇党委书记"]').count()).toBe(1);
    expect(await drawer.textContent()).toContain('特别优秀的乡镇长');
    await page.locator('.ant-drawer-close').click();
    await drawer.waitFor({ state: 'detached' });

    // A failing person, found through 查看某人.
    await page.getByTestId('person-lookup').first().click();
    await page.keyboard.type(NO_APPRAISAL);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: NO_APPRAISAL }).click();
    await drawer.waitFor();
    await poll(async () => page.getByTestId('reasons-verdict').textContent()).toContain('不符合条件');
    const failed = drawer.locator('[data-testid="reason-row"][data-passed="false"]');
    expect(await failed.count()).toBeGreaterThan(0);
    expect(await failed.allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/考核/)]));
    await page.waitForTimeout(500); // the drawer's slide-in
    await shot(page, 'eligibility-reasons');
    await page.locator('.ant-drawer-close').click();
    await drawer.waitFor({ state: 'detached' });
  });

  it('exports the screening result to Excel with the eligible rows', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/eligibility?rs=${RULE_SET}&asOf=${AS_OF}&run=1`);
    await page.getByTestId('screen-table').locator('tbody tr.ant-table-row').first().waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('screen-export').click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const file = join(mkdtempSync(join(tmpdir(), 'cadre-elig-')), download.suggestedFilename());
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
    expect(names.sort()).toEqual([...ELIGIBLE].sort());
  });

  it('previews a raised age cap and a dropped rule before saving, saves a copy, and reports a stale save', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/eligibility?rs=${RULE_SET}&asOf=${AS_OF}`);
    await page.getByTestId('open-editor').click();
    await page.getByTestId('node-secretary-age').waitFor();
    const cap = await numberInput(page, 'rule-secretary-age-max');
    expect(await cap.inputValue()).toBe('45');
    await cap.fill('50');
    await cap.press('Tab');
    await page.getByTestId('whatif-preview').click();
    await poll(async () => page.getByTestId('gained-title').textContent()).toBe(`新增符合（${TOO_OLD.length} 人）`);
    expect((await tableRows(page, 'whatif-gained')).map((r) => r[0]).sort()).toEqual([...TOO_OLD].sort());
    expect(await page.getByTestId('lost-title').textContent()).toBe('不再符合（0 人）');
    await shot(page, 'eligibility-whatif', { fullPage: true });

    // Dropping the appraisal rule as well lets the person without a 2025 appraisal in.
    await page.getByTestId('toggle-appraisals').click();
    await page.getByTestId('whatif-preview').click();
    await poll(async () => page.getByTestId('gained-title').textContent()).toBe(`新增符合（${TOO_OLD.length + 1} 人）`);
    expect((await tableRows(page, 'whatif-gained')).map((r) => r[0])).toContain(NO_APPRAISAL);
    await page.getByTestId('toggle-appraisals').click();

    // Save as a new rule set (copy of the built-in one) and screen with it.
    await page.getByTestId('save-as').click();
    const form = page.getByTestId('save-as-form');
    await form.getByLabel('规则集编号').fill('select-up-age-50');
    await form.getByLabel('规则集名称').fill('选上来（年龄放宽至 50 岁）');
    await page.getByRole('button', { name: /保\s*存/ }).last().click();
    await page.waitForURL(/rs=select-up-age-50/);
    await page.getByText('自定义 · 第 1 版').first().waitFor();
    const officer = await loginAs(server.fx.app, 'officer');
    const { builtin: _builtin, ...saved } = (await officer.get('/api/rule-sets/select-up-age-50')).json() as { version: number; root: unknown; builtin: boolean };
    expect(saved.version).toBe(1);
    expect(JSON.stringify(saved.root)).toContain('"max":50');

    // Someone else saves version 2 meanwhile: this page's save is refused with a clear notice.
    const other = (await officer.put('/api/rule-sets/select-up-age-50', { ruleSet: { ...saved, description: '他人修改' }, version: 1 })).json() as { version: number };
    expect(other.version).toBe(2);
    await page.getByTestId('toggle-appraisals').click();
    await page.getByTestId('save-version').click();
    const conflict = page.getByTestId('conflict-alert');
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('第 2 版');
    await shot(page, 'eligibility-conflict');

    await page.getByTestId('eligibility-tabs').getByText('资格审查', { exact: true }).click();
    await page.getByTestId('screen-submit').click();
    await poll(async () => page.getByTestId('screen-total').textContent()).toContain(`共 ${ELIGIBLE.length + TOO_OLD.length} 人`);
  });
});
