// Excel import benchmark (on demand): npx tsx bench/registry/import.ts [--rows 10000]
// Writes a filled people template of N generated people (real .xlsx through exceljs), then
// times the check (parse + validation + register look-ups) and the all-or-nothing write on
// PGlite. Goal: ≤ 15 s for 10,000 rows including validation.
import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { connect } from '../../src/db/connect.js';
import { migrate } from '../../src/db/migrate.js';
import { createFieldCipher } from '../../src/services/field-cipher.js';
import { codeTableMap, seedCodeTables } from '../../src/services/codes.service.js';
import { loadDemo } from '../../src/services/demo.service.js';
import { checkPeopleWorkbook, writeImportedPeople } from '../../src/services/people-io.service.js';
import { DEFAULT_SECURITY, type ServiceDeps } from '../../src/services/context.js';
import { generateDemo } from '../../src/domain/demo/index.js';
import { labelOf } from '../../src/domain/codes/tables.js';
import { buildPeopleTemplate, PEOPLE_SHEET } from '../../src/io/excel/people-template.js';
import { columnForHeader } from '../../src/io/excel/people-columns.js';

const i = process.argv.indexOf('--rows');
const ROWS = i > 0 ? Number(process.argv[i + 1]) : 10_000;
const TODAY = '2026-11-22';

const db = await connect({});
await migrate(db);
await seedCodeTables(db.db);
const deps: ServiceDeps = { db: db.db, cipher: createFieldCipher(randomBytes(32)), clock: () => new Date(`${TODAY}T08:00:00Z`), security: DEFAULT_SECURITY };
// A register of 2,000 people first, so look-ups run against real rows.
await loadDemo(deps, { people: 2000, seed: 1, withAccounts: false });
const units = await db.db.selectFrom('units').select(['id', 'name', 'path']).execute();

// Generate people with another seed: same units, different (unique) ID numbers.
const demo = generateDemo({ people: ROWS, seed: 99, today: TODAY });
const t0 = performance.now();
const template = await buildPeopleTemplate(await codeTableMap(db.db), units.map((u) => ({ id: u.id, name: u.name })), { today: TODAY });
const wb = new ExcelJS.Workbook();
await wb.xlsx.load(template as never);
const ws = wb.getWorksheet(PEOPLE_SHEET)!;
const col = new Map<string, number>();
ws.getRow(1).eachCell((c, n) => {
  const k = columnForHeader(String(c.value));
  if (k) col.set(k.label, n);
});
demo.people.forEach((p, r) => {
  const row = ws.getRow(r + 2);
  const set = (label: string, v: string | number | null) => {
    const n = col.get(label);
    if (n !== undefined && v !== null && v !== '') row.getCell(n).value = v;
  };
  const ft = p.education.find((e) => e.mode === 'fulltime');
  set('姓名', p.name);
  set('性别', labelOf('gender', p.gender));
  set('民族', labelOf('ethnicity', p.ethnicity));
  set('出生日期', p.birthDate);
  set('身份证号码', p.idNumber);
  set('政治面貌', labelOf('political_status', p.politicalStatus));
  set('入党时间', p.partyJoinDate);
  set('参加工作时间', p.workStartDate);
  set('人员类别', labelOf('category', p.category));
  set('所在单位', p.unitId);
  set('现任职务', p.post);
  set('职务级别', labelOf('rank', p.rank));
  set('全日制学历', ft ? labelOf('education', ft.level) : null);
  set('全日制毕业院校', ft?.school ?? null);
  set('健康状况', labelOf('health', p.health));
});
const file = Buffer.from(await wb.xlsx.writeBuffer());
const t1 = performance.now();
console.log(`Wrote a ${ROWS}-row template file: ${(file.length / 1024 / 1024).toFixed(1)} MB in ${((t1 - t0) / 1000).toFixed(1)} s`);
const { preview, records } = await checkPeopleWorkbook(deps, { kind: 'all' }, file, 'bench.xlsx');
const t2 = performance.now();
console.log(`Check (parse + validate + look-ups): ${preview.total} rows, ${preview.valid} valid, ${preview.invalid} invalid in ${((t2 - t1) / 1000).toFixed(1)} s`);
for (const r of preview.rows.slice(0, 3)) console.log('  e.g.', JSON.stringify(r.values['姓名']), r.errors.map((e) => e.message).join('；'));
if (records.length) {
  const ids = await db.db.transaction().execute((trx) => writeImportedPeople(trx, deps, { userId: null, username: 'bench' }, { kind: 'all' }, records, 'bench.xlsx', new Date()));
  const t3 = performance.now();
  console.log(`Write (one transaction, with audit entries): ${ids.length} people in ${((t3 - t2) / 1000).toFixed(1)} s`);
  console.log(`Import total (check + write): ${((t3 - t1) / 1000).toFixed(1)} s`);
}
await db.close();
