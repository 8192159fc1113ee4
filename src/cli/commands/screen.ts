// `cadre screen --ruleset ID --as-of YYYY-MM-DD [--scope UNIT] [--people FILE] --out FILE`:
// every person's outcome with the reasons, as JSON. With --people the people interchange file
// (docs/formats/people.md) is screened in memory and no database is opened.
import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { findBuiltinRuleSet } from '../../domain/eligibility/builtin-rule-sets.js';
import { computeFacts, unitFactsFrom, type PersonFacts } from '../../domain/eligibility/facts.js';
import { evaluatePerson, type Evaluation } from '../../domain/eligibility/evaluate.js';
import { computeFunnel } from '../../domain/eligibility/funnel.js';
import type { RuleSet } from '../../domain/eligibility/rule-schema.js';
import { parsePeopleFile, PeopleFileError } from '../../io/people-json.js';
import { loadPersonFacts } from '../../db/eligibility-sql.js';
import { getRuleSet } from '../../services/eligibility.service.js';
import { AppError } from '../../services/app-error.js';
import { openRuntime } from '../runtime.js';

export const SCREENING_FORMAT = 'cadre-screening/1';

interface PersonOutcome {
  id: string | number;
  name: string;
  eligible: boolean;
  paths: Array<{ label: string; passed: boolean }>;
  reasons: Array<{ ruleId: string; code: string; passed: boolean; message: string; required: unknown; actual: unknown }>;
}

function present(id: string | number, name: string, ev: Evaluation): PersonOutcome {
  return {
    id,
    name,
    eligible: ev.eligible,
    paths: ev.paths.map((p) => ({ label: p.label, passed: p.passed })),
    reasons: ev.outcomes.map((o) => ({ ruleId: o.ruleId, code: o.code, passed: o.passed, message: o.message, required: o.required, actual: o.actual })),
  };
}

function report(ruleSet: RuleSet, asOf: string, facts: PersonFacts[], people: PersonOutcome[]) {
  const funnel = computeFunnel(ruleSet, facts, asOf);
  return { format: SCREENING_FORMAT, ruleSet: { id: ruleSet.id, name: ruleSet.name, version: ruleSet.version }, asOf, total: people.length, eligible: people.filter((p) => p.eligible).length, funnel, people };
}

export async function screenCommand(o: { ruleset: string; asOf: string; scope?: string; people?: string; out: string }): Promise<number> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(o.asOf)) {
    console.error('--as-of 应为 YYYY-MM-DD');
    return 2;
  }
  let result: ReturnType<typeof report>;
  if (o.people) {
    const ruleSet = findBuiltinRuleSet(o.ruleset);
    if (!ruleSet) {
      console.error(`未找到内置规则集“${o.ruleset}”（使用 --people 时只能用内置规则集；自定义规则集请连接数据库）`);
      return 2;
    }
    let file;
    try {
      file = parsePeopleFile(await readFile(o.people, 'utf8'));
    } catch (err) {
      console.error(`${o.people}: ${err instanceof PeopleFileError ? err.message : String(err)}`);
      return 2;
    }
    const unitOf = unitFactsFrom(file.units);
    const facts = file.people.map((p, i) => computeFacts({ ...p, id: i + 1 }, o.asOf, unitOf(p.unitId)));
    const people = file.people.map((p, i) => present(p.id, p.name, evaluatePerson(ruleSet, facts[i]!, o.asOf)));
    result = report(ruleSet, o.asOf, facts, people);
  } else {
    const rt = await openRuntime();
    try {
      const ruleSet = await getRuleSet(rt.deps.db, o.ruleset);
      let q = rt.deps.db.selectFrom('people').select(['id', 'name']).orderBy('id');
      if (o.scope) {
        const unit = await rt.deps.db.selectFrom('units').select('path').where('id', '=', Number(o.scope)).executeTakeFirst();
        if (!unit) {
          console.error(`单位 ${o.scope} 不存在`);
          return 2;
        }
        q = q.where('unit_path', 'like', `${unit.path}%`);
      }
      const rows = await q.execute();
      const facts = await loadPersonFacts(rt.deps.db, rows.map((r) => r.id), o.asOf, { decryptHealth: (enc) => rt.deps.cipher.decrypt(enc) });
      const names = new Map(rows.map((r) => [r.id, r.name]));
      result = report(ruleSet, o.asOf, facts, facts.map((f) => present(f.id, names.get(f.id) ?? '', evaluatePerson(ruleSet, f, o.asOf))));
    } catch (err) {
      console.error(err instanceof AppError ? `${err.code}: ${err.message}` : err);
      return 1;
    } finally {
      await rt.close();
    }
  }
  const text = JSON.stringify(result, null, 2);
  if (o.out === '-') process.stdout.write(text + '\n');
  else await writeFile(o.out, text, 'utf8');
  console.error(`${result.ruleSet.name}（${o.asOf}）：参审 ${result.total} 人，符合条件 ${result.eligible} 人`);
  return 0;
}

export function registerScreenCommand(program: Command): void {
  program
    .command('screen')
    .description('screen people with a rule set and write each person\'s outcome with reasons as JSON')
    .requiredOption('--ruleset <id>', 'rule set id (built-in or stored)')
    .requiredOption('--as-of <date>', 'reference date YYYY-MM-DD')
    .option('--scope <unitId>', 'only people in this unit and below')
    .option('--people <file>', 'screen a people interchange file (cadre-people/1) instead of the database')
    .requiredOption('--out <file>', 'JSON file to write, or - for standard output')
    .action(async (o: { ruleset: string; asOf: string; scope?: string; people?: string; out: string }) => {
      process.exitCode = await screenCommand(o);
    });
}
