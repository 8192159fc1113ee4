// Registry benchmark (run on demand, not a test):
//   npx tsx bench/registry/run.ts [--people 100000] [--load 20000]
// 1. generation and load of the demo data (default 20,000 people) on PGlite;
// 2. filtered, sorted, paged people queries over N people (default 100,000) on PGlite and,
//    when DATABASE_URL is set, on PostgreSQL — the same queries through the same repository.
// Goal: median ≤ 20 ms for the people query on both engines.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { connect, type Database } from '../../src/db/connect.js';
import { migrate } from '../../src/db/migrate.js';
import { listPeople, type PeopleQuery } from '../../src/db/people.repository.js';
import { createFieldCipher } from '../../src/services/field-cipher.js';
import { seedCodeTables } from '../../src/services/codes.service.js';
import { loadDemo } from '../../src/services/demo.service.js';
import { DEFAULT_SECURITY, type ServiceDeps } from '../../src/services/context.js';

const arg = (name: string, def: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};
const PEOPLE = arg('people', 100_000);
const LOAD = arg('load', 20_000);
const RUNS = arg('runs', 30);
const TODAY = '2026-11-22';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
function p95(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]!;
}

async function fill(database: Database, people: number): Promise<{ generate: number; load: number; subtreePath: string }> {
  await migrate(database);
  await seedCodeTables(database.db);
  const deps: ServiceDeps = { db: database.db, cipher: createFieldCipher(randomBytes(32)), clock: () => new Date(`${TODAY}T08:00:00Z`), security: DEFAULT_SECURITY };
  const r = await loadDemo(deps, { people, seed: 7, withAccounts: false });
  await database.execScript('analyze');
  const ganzi = await database.db.selectFrom('units').select('path').where('division_code', '=', '513300').where('kind', '=', 'prefecture').executeTakeFirst();
  return { generate: r.seconds.generate, load: r.seconds.load, subtreePath: ganzi?.path ?? '/' };
}

function queries(subtreePath: string): Array<{ name: string; q: PeopleQuery }> {
  const base = { scope: { kind: 'all' as const }, today: TODAY, page: 1, pageSize: 20 };
  return [
    { name: '全部，按姓名排序，第 1 页', q: { ...base, sort: 'name' } },
    { name: '甘孜州子树，35–45 岁，女性，按出生日期', q: { ...base, unitPath: subtreePath, ageMin: 35, ageMax: 45, gender: '2', sort: '-birthDate' } },
    { name: '正科/副科，本科以上（全日制），党员，第 5 页', q: { ...base, rank: ['141', '142'], eduAtLeast: '20', eduMode: 'fulltime', politicalStatus: ['01'], sort: 'rank', page: 5 } },
    { name: '后备干部，藏族，按更新时间', q: { ...base, isReserve: true, ethnicity: ['04'], sort: '-updatedAt' } },
    { name: '拼音首字母检索 zx', q: { ...base, q: 'zx', sort: 'name' } },
    { name: '数据范围：子树（本单位及下级），按 id', q: { ...base, scope: { kind: 'subtree', unitPath: subtreePath }, sort: 'id', page: 3 } },
  ];
}

async function measure(label: string, database: Database, subtreePath: string): Promise<void> {
  for (const { name, q } of queries(subtreePath)) {
    for (let i = 0; i < 3; i++) await listPeople(database.db, q); // warm-up
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      total = (await listPeople(database.db, q)).total;
      times.push(performance.now() - t);
    }
    console.log(`| ${label} | ${name} | ${total} | ${median(times).toFixed(1)} | ${p95(times).toFixed(1)} |`);
  }
}

console.log(`# Registry benchmark — ${new Date().toISOString().slice(0, 10)}, node ${process.version}\n`);
{
  const db = await connect({});
  const t = await fill(db, LOAD);
  console.log(`Demo data, ${LOAD} people on PGlite: generate ${t.generate.toFixed(2)} s, load ${t.load.toFixed(2)} s\n`);
  await db.close();
}
console.log(`People query over ${PEOPLE} people (${RUNS} runs each after warm-up; ms):\n`);
console.log('| engine | query | matches | median | p95 |\n|---|---|---|---|---|');
{
  const db = await connect({});
  const t = await fill(db, PEOPLE);
  await measure('PGlite', db, t.subtreePath);
  await db.close();
}
if (process.env.DATABASE_URL) {
  const name = `cadre_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const u = new URL(process.env.DATABASE_URL);
  u.pathname = `/${name}`;
  const db = await connect({ databaseUrl: u.toString() });
  try {
    const t = await fill(db, PEOPLE);
    await measure('PostgreSQL', db, t.subtreePath);
  } finally {
    await db.close();
    await admin.query(`drop database ${name}`);
    await admin.end();
  }
}
