// Browser-test support: one in-process server per test file (a PGlite fixture with a small
// unit tree and one account per role, plus seeded people), the built web app, and Chromium
// through playwright-core with a fresh profile.
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { buildApp, type App } from '../src/server/app.js';
import { ensureWebBuilt, isWebBuildStale } from '../src/cli/web-build.js';
import { bulkInsertPeople } from '../src/db/people.repository.js';
import { recordToRow, recordToSubRows } from '../src/services/people.service.js';
import type { PersonRecord } from '../src/domain/registry/types.js';
import { createFixture, PASSWORD, type Fixture } from '../test/app-fixture.js';
import { buildPerson, makeIdNumber } from '../test/factories.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const WEB_ROOT = join(ROOT, 'web');
export const WEB_DIST = join(WEB_ROOT, 'dist');
export { PASSWORD };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Builds web/dist when stale. Test files run in parallel workers, so a lock folder (outside
 * web/, which would make the build look stale again) lets one worker build while the others wait.
 */
export async function buildWebOnce(): Promise<void> {
  if (!isWebBuildStale(WEB_ROOT)) return;
  const lock = join(tmpdir(), `cadre-web-build-${Buffer.from(ROOT).toString('hex').slice(-24)}.lock`);
  for (;;) {
    try {
      mkdirSync(lock);
    } catch {
      // Someone else builds; a lock older than 3 minutes is left by a dead process.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 180_000) rmSync(lock, { recursive: true, force: true });
      await sleep(500);
      if (!isWebBuildStale(WEB_ROOT)) return;
      continue;
    }
    try {
      ensureWebBuilt(WEB_ROOT, () => undefined);
      return;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

export interface TestServer {
  url: string;
  fx: Fixture;
  app: App;
  close(): Promise<void>;
}

export async function startServer(): Promise<TestServer> {
  await buildWebOnce();
  const fx = await createFixture('pglite');
  const app = await buildApp({ deps: fx.deps, webDir: WEB_DIST });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    fx,
    app,
    async close() {
      await app.close();
      await fx.close();
    },
  };
}

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗';
const GIVEN = ['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀兰', '霞'];

/**
 * Inserts `n` varied people (ages 24–58, both genders, several ethnic groups, ranks and
 * education levels) spread over the fixture's units, the way the demo loader does.
 */
export async function seedPeople(fx: Fixture, n: number, over: (i: number) => Partial<PersonRecord> = () => ({})): Promise<number[]> {
  const units = await fx.database.db.selectFrom('units').select(['id', 'path', 'name']).execute();
  const place = [fx.units.litang, fx.units.litangTown, fx.units.daocheng, fx.units.daochengTown, fx.units.orgDept, fx.units.ganzi];
  const ethnicities = ['01', '01', '01', '04', '04', '07', '33'];
  const ranks = ['121', '122', '131', '132', '141', '142', '150', null];
  const political = ['01', '01', '01', '01', '13', '03', '05'];
  const people: PersonRecord[] = [];
  for (let i = 0; i < n; i++) {
    const gender = i % 3 === 1 ? '2' : '1';
    const year = 1968 + ((i * 7) % 35);
    const birthDate = `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
    const unitId = place[i % place.length]!;
    const rank = ranks[i % ranks.length] ?? null;
    const record = buildPerson({
      name: `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 3) % GIVEN.length]}`,
      gender,
      birthDate,
      idNumber: makeIdNumber(birthDate, gender as '1' | '2'),
      ethnicity: ethnicities[i % ethnicities.length]!,
      politicalStatus: political[i % political.length]!,
      partyJoinDate: political[i % political.length] === '01' ? `${year + 22}-07-01` : null,
      workStartDate: `${year + 22}-08-01`,
      unitId,
      rank,
      post: rank ? '科员' : null,
      postKind: 'staff',
      isReserve: i % 9 === 0,
      rankStartDate: rank ? `${Math.min(year + 30, 2024)}-03-01` : null,
      postStartDate: `${Math.min(year + 30, 2024)}-03-01`,
      unitStartDate: `${Math.min(year + 30, 2024)}-03-01`,
      education: [{ mode: 'fulltime', level: ['21', '14', '31', '21', '41'][i % 5]!, degree: null, school: '四川大学', major: '汉语言文学', startDate: `${year + 18}-09-01`, endDate: `${year + 22}-07-01` }],
      appointments: [{ unitId: null, unitName: '理塘县', post: '科员', postKind: 'staff', rank: rank, startDate: `${year + 22}-08-01`, endDate: null }],
      ...over(i),
    });
    people.push(record);
  }
  const pathOf = new Map(units.map((u) => [u.id, u.path]));
  return fx.database.db.transaction().execute((trx) =>
    bulkInsertPeople(
      trx,
      people.map((p) => ({ row: recordToRow(p, fx.deps.cipher, p.unitId == null ? '' : (pathOf.get(p.unitId) ?? '')), sub: recordToSubRows(p, fx.deps.cipher) })),
    ),
  );
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'cadre-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  // Generous: CI machines have 2 cores, and a busy one can take many seconds to render a page.
  context.setDefaultTimeout(30_000);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Signs in through the login form and waits until the app frame shows. */
export async function login(page: Page, url: string, username: string, password = PASSWORD): Promise<void> {
  await page.goto(`${url}/login`);
  await page.getByPlaceholder('用户名').fill(username);
  await page.getByPlaceholder('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByTestId('user-menu').waitFor();
}

export async function logout(page: Page): Promise<void> {
  await page.getByTestId('user-menu').hover();
  await page.getByText('退出登录').click();
  await page.getByRole('button', { name: /^退\s*出$/ }).click();
  await page.getByPlaceholder('用户名').waitFor();
}

const SHOTS = join(ROOT, 'e2e', 'screenshots');

/** Saves a screenshot to e2e/screenshots (git-ignored; README pictures: e2e/docs-screenshots.ts). */
export async function shot(page: Page, name: string, opts: { fullPage?: boolean } = {}): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: opts.fullPage ?? false });
}

/** Rows of the antd table with the given test id, as cell texts. */
export async function tableRows(page: Page, testId: string): Promise<string[][]> {
  return page.getByTestId(testId).locator('tbody tr.ant-table-row').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim())));
}
