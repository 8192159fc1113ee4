import { openRuntime } from '../runtime.js';
import { DEMO_PASSWORD, loadDemo } from '../../services/demo.service.js';

export async function demoCommand(o: { people: number; seed: number; accounts: boolean }): Promise<number> {
  const rt = await openRuntime();
  try {
    const r = await loadDemo(rt.deps, { people: o.people, seed: o.seed, withAccounts: o.accounts, onProgress: (m) => console.log(m) });
    console.log(`演示数据已载入：${r.units} 个单位、${r.people} 名人员；生成 ${r.seconds.generate.toFixed(1)} 秒，写入 ${r.seconds.load.toFixed(1)} 秒`);
    if (r.accounts.length) console.log(`演示账号（密码 ${DEMO_PASSWORD}）：${r.accounts.map((a) => a.username).join('、')}`);
    return 0;
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    return 1;
  } finally {
    await rt.close();
  }
}
