// `cadre import` and `cadre export`: the same checks and audit trail as the web import,
// acting as the local administrator with the whole register in scope.
import { readFile, writeFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Command } from 'commander';
import { openRuntime } from '../runtime.js';
import { checkPeopleWorkbook, exportPeopleList, writeImportedPeople } from '../../services/people-io.service.js';
import { listPeopleIds } from '../../db/people.repository.js';
import { loadPeopleForExport } from '../../services/people.service.js';
import { writePeopleFile } from '../../io/people-json.js';
import type { Unit } from '../../domain/registry/types.js';
import { importLrmxFiles, exportLrmx } from '../../services/lrmx.service.js';
import { AppError } from '../../services/app-error.js';
import type { SessionUser } from '../../services/context.js';

/** The command line acts for the operator of the machine: all data, recorded as 'cli'. */
export const CLI_USER: SessionUser = {
  id: 0,
  username: 'cli',
  displayName: '命令行',
  roles: ['officer'],
  scopeKind: 'all',
  unitId: null,
  unitName: null,
  personId: null,
  scope: { kind: 'all' },
  mustChangePassword: false,
  ip: null,
};
const CLI_ACTOR = { userId: null, username: 'cli', ip: null };

async function importFiles(files: string[], o: { dryRun?: boolean }): Promise<number> {
  const rt = await openRuntime();
  try {
    const xlsx = files.filter((f) => extname(f).toLowerCase() === '.xlsx');
    const lrmx = files.filter((f) => extname(f).toLowerCase() === '.lrmx');
    const other = files.filter((f) => !xlsx.includes(f) && !lrmx.includes(f));
    if (other.length) {
      console.error(`不支持的文件类型：${other.join('、')}（只接受 .xlsx 与 .lrmx）`);
      return 2;
    }
    let failed = false;
    for (const file of xlsx) {
      const t0 = performance.now();
      const { preview, records } = await checkPeopleWorkbook(rt.deps, CLI_USER.scope, await readFile(file), basename(file));
      console.log(`${file}：共 ${preview.total} 行，正确 ${preview.valid} 行，错误 ${preview.invalid} 行（检查用时 ${((performance.now() - t0) / 1000).toFixed(1)} 秒）`);
      for (const h of preview.headerErrors) console.log(`  ${h}`);
      for (const r of preview.rows) for (const e of r.errors) console.log(`  ${e.message}`);
      if (records.length === 0) {
        failed = true;
        console.log('  整个文件未导入，数据库未做任何修改');
        continue;
      }
      if (o.dryRun) continue;
      const now = new Date();
      const ids = await rt.deps.db.transaction().execute((trx) => writeImportedPeople(trx, rt.deps, CLI_ACTOR, CLI_USER.scope, records, basename(file), now));
      console.log(`  已导入 ${ids.length} 人（用时 ${((performance.now() - t0) / 1000).toFixed(1)} 秒）`);
    }
    if (lrmx.length) {
      const loaded = await Promise.all(lrmx.map(async (f) => ({ name: basename(f), data: await readFile(f) })));
      const res = await importLrmxFiles(rt.deps, CLI_USER, loaded, { dryRun: o.dryRun ?? false });
      for (const r of res.files) {
        console.log(`${r.name}：${r.status === 'error' ? `错误 — ${r.message}` : `${r.status === 'created' ? '新增' : r.status === 'updated' ? '更新' : '可导入'} ${r.personName ?? ''}`}`);
        for (const w of r.warnings) console.log(`  提示：${w}`);
        if (r.status === 'error') failed = true;
      }
    }
    return failed ? 2 : 0;
  } catch (err) {
    console.error(err instanceof AppError ? `${err.code}: ${err.message}` : err);
    return 1;
  } finally {
    await rt.close();
  }
}

export function registerIoCommands(program: Command): void {
  program
    .command('import')
    .description('import people from .xlsx files (the template of the web app) and .lrmx appointment forms; a file with any bad row is not imported')
    .argument('<files...>', '.xlsx and/or .lrmx files')
    .option('--dry-run', 'check only, change nothing')
    .action(async (files: string[], o: { dryRun?: boolean }) => {
      process.exitCode = await importFiles(files, o);
    });
  const exp = program.command('export').description('export people');
  exp
    .command('people')
    .description('export a filtered people list to .xlsx')
    .requiredOption('--out <file>', '.xlsx file to write')
    .option('--unit <id>', 'unit id (with its subunits)')
    .option('--rank <codes>', 'post-level codes, comma separated (e.g. 131,132)')
    .option('--age-min <n>')
    .option('--age-max <n>')
    .option('--q <text>', 'name or pinyin initials')
    .option('--json', 'write the people interchange file (docs/formats/people.md) instead of .xlsx')
    .action(async (o: { out: string; unit?: string; rank?: string; ageMin?: string; ageMax?: string; q?: string; json?: boolean }) => {
      const rt = await openRuntime();
      try {
        const filters = {
          unitId: o.unit ? Number(o.unit) : undefined,
          rank: o.rank?.split(','),
          ageMin: o.ageMin ? Number(o.ageMin) : undefined,
          ageMax: o.ageMax ? Number(o.ageMax) : undefined,
          q: o.q,
          sort: 'id' as const,
        };
        if (o.json) {
          const unitPath = filters.unitId == null ? undefined : (await rt.deps.db.selectFrom('units').select('path').where('id', '=', filters.unitId).executeTakeFirst())?.path;
          const ids = await listPeopleIds(rt.deps.db, { ...filters, scope: CLI_USER.scope, today: new Date().toISOString().slice(0, 10), unitPath }, 1_000_000);
          const people = await loadPeopleForExport(rt.deps, CLI_USER, ids, '导出人员交换文件');
          const units = (await rt.deps.db.selectFrom('units').select(['id', 'name', 'kind', 'level', 'division_code', 'is_tibetan_area']).execute()).map((u) => ({
            id: u.id,
            name: u.name,
            kind: u.kind as Unit['kind'],
            level: u.level as Unit['level'],
            divisionCode: u.division_code,
            isTibetanArea: u.is_tibetan_area,
          }));
          // ID numbers stay out of interchange files unless a deployment decides otherwise.
          const records = people.map(({ version: _v, unitName: _u, ...p }) => ({ ...p, idNumber: null }));
          await writeFile(o.out, writePeopleFile(records, units, new Date().toISOString()), 'utf8');
          console.log(`已导出 ${records.length} 人到 ${o.out}（cadre-people/1）`);
          return;
        }
        const { buffer, count } = await exportPeopleList(rt.deps, CLI_USER, filters);
        await writeFile(o.out, buffer);
        console.log(`已导出 ${count} 人到 ${o.out}`);
      } finally {
        await rt.close();
      }
    });
  exp
    .command('lrmx')
    .description("write a person's appointment form (.lrmx)")
    .requiredOption('--person <id>')
    .requiredOption('--out <file>')
    .option('--proposed <post>', '拟任职务')
    .action(async (o: { person: string; out: string; proposed?: string }) => {
      const rt = await openRuntime();
      try {
        const { xml, fileName } = await exportLrmx(rt.deps, CLI_USER, Number(o.person), { proposedPost: o.proposed ?? null });
        await writeFile(o.out, xml, 'utf8');
        console.log(`已写出 ${fileName} → ${o.out}`);
      } finally {
        await rt.close();
      }
    });
}
