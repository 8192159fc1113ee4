// Eligibility benchmark: screening a synthetic register with the Shanxi select-up rule set in
// the database (PGlite always, PostgreSQL when DATABASE_URL is set), and the in-memory
// evaluator's rate. Run on demand, never as a timed test:
//
//   npx tsx bench/eligibility/run.ts [--pglite 100000] [--pg 1000000] [--runs 5] [--memory 200000]
//                                     [--no-index]     drop the indexes of migration 002-eligibility
//                                     [--keep NAME]    PostgreSQL: generate into database NAME once
//                                                      and keep it (reused when it exists)
//
// Prints one line per measurement and a Markdown table for RESULTS.md.
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import pg from 'pg';
import { connect, type Database } from '../../src/db/connect.js';
import { funnelInDatabase, screenInDatabase } from '../../src/db/eligibility-sql.js';
import { migrate } from '../../src/db/migrate.js';
import { ELIGIBILITY_INDEXES, eligibilitySql } from '../../src/db/migrations/002-eligibility.js';
import { SHANXI_SELECT_UP_PROVINCIAL } from '../../src/domain/eligibility/builtin-rule-sets.js';
import { compileEvaluator } from '../../src/domain/eligibility/evaluate.js';
import { generateFacts, peopleSql, UNITS_SQL } from './generate.js';

const REF = '2025-05-17';
const RULE_SET = SHANXI_SELECT_UP_PROVINCIAL;
const decryptHealth = (enc: string): string | null => enc;

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) ? v : fallback;
}
const RUNS = arg('runs', 5);
const WITH_INDEX = !process.argv.includes('--no-index');
const KEEP = ((): string | undefined => {
  const i = process.argv.indexOf('--keep');
  const v = i >= 0 ? process.argv[i + 1] : undefined;
  return v !== undefined && /^[a-z_][a-z0-9_]*$/.test(v) ? v : undefined;
})();

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

async function time<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

interface Row {
  engine: string;
  people: number;
  what: string;
  medianMs: number;
  runsMs: number[];
  result: string;
}
const rows: Row[] = [];

async function benchDatabase(engine: string, database: Database, n: number, generate = true): Promise<void> {
  if (generate) {
    const gen = await time(async () => {
      await database.execScript(UNITS_SQL);
      await database.execScript(peopleSql(n, Number(REF.slice(0, 4))));
      // As autovacuum would: statistics and the visibility map (for index-only scans).
      await database.execScript('vacuum analyze');
    });
    console.log(`${engine}: generated ${n} people in ${(gen.ms / 1000).toFixed(1)} s`);
  }
  const db = database.db;
  const present = await sql<{ n: number }>`select count(*)::int as n from pg_indexes where indexname in (${sql.join([...ELIGIBILITY_INDEXES])})`.execute(db);
  const have = present.rows[0]?.n ?? 0;
  if (WITH_INDEX && have < ELIGIBILITY_INDEXES.length) {
    await database.execScript(ELIGIBILITY_INDEXES.map((i) => `drop index if exists ${i};`).join('\n'));
    await database.execScript(eligibilitySql);
    await database.execScript('vacuum analyze');
  }
  if (!WITH_INDEX && have > 0) {
    await database.execScript(ELIGIBILITY_INDEXES.map((i) => `drop index if exists ${i};`).join('\n'));
    await database.execScript('analyze');
  }
  console.log(`${engine}: ${WITH_INDEX ? 'with' : 'without'} the 002-eligibility indexes`);

  const measure = async (what: string, fn: () => Promise<string>): Promise<void> => {
    await fn(); // warm-up: caches, plans
    const runsMs: number[] = [];
    let result = '';
    for (let i = 0; i < RUNS; i += 1) {
      const r = await time(fn);
      runsMs.push(Math.round(r.ms));
      result = r.value;
    }
    const row = { engine, people: n, what, medianMs: Math.round(median(runsMs)), runsMs, result };
    rows.push(row);
    console.log(`${engine} ${n} ${what}: median ${row.medianMs} ms (${runsMs.join(', ')}) → ${result}`);
  };

  await measure('screen (with health decryptor)', async () => {
    const r = await screenInDatabase(db, RULE_SET, REF, { decryptHealth });
    return `${r.total} eligible`;
  });
  await measure('screen (no decryptor: eligible + undecided)', async () => {
    const r = await screenInDatabase(db, RULE_SET, REF);
    return `${r.total} eligible, ${r.undecidedIds.length} undecided`;
  });
  await measure('funnel (with health decryptor)', async () => {
    const f = await funnelInDatabase(db, RULE_SET, REF, { decryptHealth });
    return `${f.total} → ${f.steps.map((s) => s.remaining).join(' → ')}`;
  });
  await measure('screen one prefecture subtree', async () => {
    const r = await screenInDatabase(db, RULE_SET, REF, { decryptHealth, unitPath: '/1/2/' });
    return `${r.total} eligible`;
  });
}

async function benchPglite(n: number): Promise<void> {
  const database = await connect({});
  try {
    await migrate(database);
    await benchDatabase('PGlite', database, n);
  } finally {
    await database.close();
  }
}

async function benchPostgres(url: string, n: number): Promise<void> {
  const name = KEEP ?? `cadre_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const exists = (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1;
  if (!exists) await admin.query(`create database ${name}`);
  const u = new URL(url);
  u.pathname = `/${name}`;
  const database = await connect({ databaseUrl: u.toString(), poolSize: 2 });
  try {
    await migrate(database);
    const count = await sql<{ n: number }>`select count(*)::int as n from people`.execute(database.db);
    const have = count.rows[0]?.n ?? 0;
    if (have !== 0 && have !== n) throw new Error(`database ${name} holds ${have} people, not ${n}`);
    await benchDatabase('PostgreSQL', database, n, have === 0);
  } finally {
    await database.close();
    if (KEEP === undefined) await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

/**
 * The evaluator's rate on one thread. Reported per CPU-second of this process (user + system
 * time), which is what "one core" means on a machine shared with other work; wall-clock rates
 * are printed beside it.
 */
function benchMemory(n: number): void {
  for (const mix of ['registry', 'candidates'] as const) {
    const facts = generateFacts(n, REF, mix);
    const test = compileEvaluator(RULE_SET, REF);
    let eligible = 0;
    for (const f of facts) if (test(f)) eligible += 1; // warm-up (JIT, tenure caches)
    const cpuRates: number[] = [];
    const wallRates: number[] = [];
    for (let r = 0; r < RUNS; r += 1) {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      let count = 0;
      for (let rep = 0; rep < 5; rep += 1) for (const f of facts) if (test(f)) count += 1;
      const cpu = process.cpuUsage(c0);
      const ms = performance.now() - t0;
      const evaluations = 5 * facts.length;
      cpuRates.push(Math.round(evaluations / ((cpu.user + cpu.system) / 1e6)));
      wallRates.push(Math.round(evaluations / (ms / 1000)));
      eligible = count / 5;
    }
    const rate = median(cpuRates);
    rows.push({ engine: 'memory', people: n, what: `evaluator, ${mix} mix (evaluations per CPU-second)`, medianMs: rate, runsMs: cpuRates, result: `${eligible} eligible` });
    console.log(
      `memory ${n} ${mix}: median ${rate.toLocaleString('en')} evaluations per CPU-second (${cpuRates.join(', ')}); wall ${median(wallRates).toLocaleString('en')}/s → ${eligible} eligible`,
    );
  }
}

const pgliteN = arg('pglite', 100_000);
const pgN = arg('pg', 1_000_000);
const memN = arg('memory', 200_000);
console.log(`node ${process.version}, ${RUNS} runs each, rule set ${RULE_SET.id}, reference date ${REF}`);
if (memN > 0) benchMemory(memN);
if (pgliteN > 0) await benchPglite(pgliteN);
const url = process.env.DATABASE_URL;
if (url && pgN > 0) await benchPostgres(url, pgN);
else if (pgN > 0) console.log('PostgreSQL skipped: DATABASE_URL is not set');

console.log('\n| engine | people | measurement | median | runs | result |\n|---|---:|---|---:|---|---|');
for (const r of rows) {
  const median = r.engine === 'memory' ? `${r.medianMs.toLocaleString('en')}/s` : `${r.medianMs} ms`;
  console.log(`| ${r.engine} | ${r.people.toLocaleString('en')} | ${r.what} | ${median} | ${r.runsMs.join(', ')} | ${r.result} |`);
}
