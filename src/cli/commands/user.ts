import { openRuntime } from '../runtime.js';
import { createUser } from '../../services/users.service.js';
import { AppError } from '../../services/app-error.js';
import type { Role, ScopeKind } from '../../domain/access/roles.js';

export async function userAddCommand(o: { username: string; name: string; role: string; scope?: string; unit?: string; person?: string; password?: string }): Promise<number> {
  const rt = await openRuntime();
  try {
    const password = o.password ?? process.env.CADRE_PASSWORD;
    if (!password) {
      console.error('请用 --password 或环境变量 CADRE_PASSWORD 提供初始密码');
      return 2;
    }
    const role = o.role as Role;
    const admin = role === 'sysadmin' || role === 'secadmin' || role === 'auditor';
    const scope = (o.scope ?? (admin ? 'none' : role === 'cadre' ? 'self' : 'all')) as ScopeKind;
    const u = await createUser(rt.deps, null, {
      username: o.username,
      displayName: o.name,
      password,
      roles: [role],
      scope,
      unitId: o.unit ? Number(o.unit) : null,
      personId: o.person ? Number(o.person) : null,
      mustChangePassword: true,
    });
    console.log(`已新增账号 ${u.username}（${u.roleLabels.join('、')}，数据范围：${u.scopeLabel}），首次登录须修改密码`);
    return 0;
  } catch (err) {
    console.error(err instanceof AppError ? `${err.code}: ${err.message}` : err);
    return 1;
  } finally {
    await rt.close();
  }
}
