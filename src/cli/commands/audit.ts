import { openRuntime } from '../runtime.js';
import { verifyAuditChain } from '../../services/audit.service.js';

export async function auditVerifyCommand(): Promise<number> {
  const rt = await openRuntime();
  try {
    const r = await verifyAuditChain(rt.deps.db);
    if (r.ok) {
      console.log(`审计日志完整：共校验 ${r.checked} 条记录，哈希链无断裂`);
      return 0;
    }
    console.log(`审计日志异常：共校验 ${r.checked} 条记录，发现 ${r.problems.length} 处问题`);
    for (const p of r.problems) console.log(`  #${p.id} ${p.problem}: ${p.message}`);
    return 1;
  } finally {
    await rt.close();
  }
}
