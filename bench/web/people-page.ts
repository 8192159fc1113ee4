// Time to first rows of the people page with 100,000 people.
//
//   npx tsx bench/web/people-page.ts                 # seeds a fresh data folder (≈4 min), then measures
//   BENCH_DATA_DIR=/tmp/cadre-100k npx tsx bench/web/people-page.ts   # reuses a seeded folder
//
// Seeds with `cadre demo --people 100000`, starts `cadre serve` on a free port, signs in as the
// province officer (scope: all) and loads /people several times in Chromium: cold (a new
// browser profile each time) and warm (reload, HTTP cache kept). "First rows" is the moment the
// table's first data row is in the DOM, from navigation start. Prints the median of each.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function freePort(): Promise<number> {
  return new Promise((res) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => res(port));
    });
  });
}

function seed(dataDir: string): void {
  console.log(`seeding ${PEOPLE} people into ${dataDir} …`);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'demo', '--people', String(PEOPLE)], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error('demo load failed');
  console.log(`seeded in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}

async function serve(dataDir: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'serve', '--no-demo'], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  await new Promise<void>((res, rej) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('已启动')) res();
    });
    child.on('exit', (code) => rej(new Error(`server exited (${code}): ${out}`)));
  });
  return child;
}

async function login(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/login`);
  await page.getByPlaceholder('用户名').fill('zzb');
  await page.getByPlaceholder('密码').fill('Demo#2026sc');
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByTestId('user-menu').waitFor({ timeout: 60_000 });
  // Sign-in lands on the dashboard, whose figures are aggregates over every person: let them
  // finish so that they do not queue in front of the list being measured.
  await page.waitForLoadState('networkidle', { timeout: 120_000 });
}

/** Navigates and returns ms from navigation start to the first data row in the table. */
async function firstRows(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator('[data-testid="people-table"] tbody tr.ant-table-row').first().waitFor({ timeout: 60_000 });
  const t = await page.evaluate(() => performance.now());
  // Let the page's later requests (the unit tree) finish before the next load is timed.
  await page.waitForLoadState('networkidle', { timeout: 60_000 });
  return t;
}

async function main(): Promise<void> {
  const reuse = process.env.BENCH_DATA_DIR;
  const dataDir = reuse ?? mkdtempSync(join(tmpdir(), 'cadre-bench-web-'));
  // A reused folder that holds anything is taken as seeded (PGlite keeps its files in subfolders).
  if (!reuse || !existsSync(dataDir) || readdirSync(dataDir).length === 0) seed(dataDir);
  const port = await freePort();
  const server = await serve(dataDir, port);
  const base = `http://127.0.0.1:${port}`;
  const pages = [
    { name: 'list', url: `${base}/people` },
    { name: 'filtered (women 35–39, sorted by name)', url: `${base}/people?gender=2&ageMin=35&ageMax=39&sort=name` },
  ];
  try {
    const results: Record<string, { cold: number[]; warm: number[] }> = {};
    for (const p of pages) results[p.name] = { cold: [], warm: [] };
    for (let i = 0; i < RUNS; i++) {
      const profile = mkdtempSync(join(tmpdir(), 'cadre-bench-profile-'));
      const ctx = await chromium.launchPersistentContext(profile, { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, viewport: { width: 1440, height: 900 }, args: ARGS });
      const page = ctx.pages()[0] ?? (await ctx.newPage());
      await login(page, base);
      for (const p of pages) {
        // Cold: the first visit in a new profile (no HTTP cache for the people chunks).
        results[p.name]!.cold.push(await firstRows(page, p.url));
        // Warm: the same page again, cache kept.
        results[p.name]!.warm.push(await firstRows(page, p.url));
      }
      await ctx.close();
      rmSync(profile, { recursive: true, force: true });
    }
    // API times alone, for comparison.
    const api = await (async () => {
      const ctx = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'cadre-bench-profile-')), { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ARGS });
      const page = ctx.pages()[0] ?? (await ctx.newPage());
      await login(page, base);
      // A string, not a function: tsx would wrap named helpers in `__name`, unknown in the page.
      const times = (await page.evaluate(`(async () => {
        const t = async (u) => {
          const s = performance.now();
          const r = await fetch(u, { credentials: 'same-origin' });
          await r.arrayBuffer();
          return performance.now() - s;
        };
        const out = { '/api/people?page=1&pageSize=20': [], '/api/units': [], '/api/people?gender=2&ageMin=35&ageMax=39&sort=name&page=1&pageSize=20': [] };
        for (let i = 0; i < 5; i++) for (const k of Object.keys(out)) out[k].push(await t(k));
        return out;
      })()`)) as Record<string, number[]>;
      await ctx.close();
      return times;
    })();
    const total = await fetch(`${base}/api/health`).then(() => PEOPLE);
    console.log(`\nPeople page, time to first rows (${total} people, ${RUNS} runs, median):`);
    for (const [name, r] of Object.entries(results)) {
      console.log(`  ${name.padEnd(40)} cold ${median(r.cold).toFixed(0)} ms   warm ${median(r.warm).toFixed(0)} ms   (cold runs: ${r.cold.map((x) => x.toFixed(0)).join(', ')})`);
    }
    console.log('API alone (median of 5):');
    for (const [k, v] of Object.entries(api)) console.log(`  ${k.padEnd(70)} ${median(v).toFixed(0)} ms`);
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
    if (!reuse) console.log(`(data folder kept for reuse: BENCH_DATA_DIR=${dataDir})`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
