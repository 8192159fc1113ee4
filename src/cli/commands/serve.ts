import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openRuntime } from '../runtime.js';
import { buildApp } from '../../server/app.js';
import { DEMO_PASSWORD, loadDemo } from '../../services/demo.service.js';
import { ROLE_LABELS } from '../../domain/access/roles.js';
import { ensureWebBuilt } from '../web-build.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export async function serve(o: { port?: string | undefined; demo: boolean }): Promise<void> {
  const t0 = performance.now();
  const rt = await openRuntime(o.port ? { PORT: o.port } : {});
  const { env, deps } = rt;
  console.log(`数据库：${rt.database.kind === 'pglite' ? `嵌入式 PGlite（${env.DATA_DIR}）` : 'PostgreSQL'}`);
  const empty = await deps.db
    .selectFrom('units')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n) === 0);
  const hasUsers = await deps.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (empty && !hasUsers && o.demo && env.DEMO_PEOPLE > 0) {
    console.log(`首次启动：载入四川演示数据（${env.DEMO_PEOPLE} 人）…`);
    const r = await loadDemo(deps, { people: env.DEMO_PEOPLE, seed: env.DEMO_SEED, withAccounts: true, onProgress: (m) => console.log(m) });
    console.log(`演示数据已载入：${r.units} 个单位、${r.people} 名人员（${(r.seconds.generate + r.seconds.load).toFixed(1)} 秒）`);
  }
  const webDir = ensureWebBuilt(join(ROOT, 'web'));
  const app = await buildApp({ deps, webDir: webDir ?? undefined, cookieSecure: env.COOKIE_SECURE, logger: env.LOG_LEVEL === 'silent' ? false : { level: env.LOG_LEVEL === 'info' ? 'warn' : env.LOG_LEVEL } });
  const shutdown = async () => {
    await app.close();
    await rt.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
  await app.listen({ port: env.PORT, host: env.HOST });
  const settings = await deps.db.selectFrom('settings').select('value').where('key', '=', 'demo').executeTakeFirst();
  console.log(`\n干部人才选派交流管理系统已启动（${((performance.now() - t0) / 1000).toFixed(1)} 秒）：http://localhost:${env.PORT}`);
  console.log(`API 文档：http://localhost:${env.PORT}/api/docs`);
  if (settings) {
    const users = await deps.db.selectFrom('users').select(['username', 'display_name', 'roles']).where('must_change_password', '=', false).orderBy('id').execute();
    console.log(`演示账号（密码均为 ${DEMO_PASSWORD}）：`);
    for (const u of users) console.log(`  ${u.username.padEnd(10)} ${u.roles.map((r) => ROLE_LABELS[r as keyof typeof ROLE_LABELS] ?? r).join('、')} — ${u.display_name}`);
  }
}
