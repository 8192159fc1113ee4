import { describe, expect, it } from 'vitest';
import { can, checkPasswordPolicy, checkRoleAssignment } from './roles.js';

describe('role assignment (三员分立)', () => {
  it('rejects an account holding two administrator roles', () => {
    const p = checkRoleAssignment(['sysadmin', 'auditor'], 'none', null, null);
    expect(p.map((x) => x.code)).toContain('ROLES_SEPARATION');
  });
  it('rejects an administrator with a business role or a data scope', () => {
    expect(checkRoleAssignment(['secadmin', 'officer'], 'all', null, null).map((x) => x.code)).toEqual(
      expect.arrayContaining(['ROLES_ADMIN_WITH_DATA', 'SCOPE_MISMATCH']),
    );
  });
  it('accepts each administrator alone with no data scope', () => {
    for (const r of ['sysadmin', 'secadmin', 'auditor'] as const) expect(checkRoleAssignment([r], 'none', null, null)).toEqual([]);
  });
  it('requires a unit for unit scopes and a person for self scope', () => {
    expect(checkRoleAssignment(['unit_hr'], 'subtree', null, null)[0]?.code).toBe('SCOPE_NEEDS_UNIT');
    expect(checkRoleAssignment(['cadre'], 'self', null, null)[0]?.code).toBe('SCOPE_NEEDS_PERSON');
    expect(checkRoleAssignment(['cadre'], 'all', null, 5)[0]?.code).toBe('SCOPE_MISMATCH');
  });
  it('gives the auditor the audit trail and nothing else', () => {
    expect(can(['auditor'], 'audit.read')).toBe(true);
    expect(can(['auditor'], 'person.read')).toBe(false);
    expect(can(['sysadmin'], 'person.read')).toBe(false);
    expect(can(['sysadmin'], 'audit.read')).toBe(false);
  });
});

describe('password policy', () => {
  it.each([
    ['short1A!', false],
    ['alllowercase12', false],
    ['Abcdefgh12', true],
    ['Zhangsan#2024', true],
  ])('%s → acceptable %s', (pw, ok) => {
    expect(checkPasswordPolicy(pw, 'admin').length === 0).toBe(ok);
  });
  it('refuses a password that contains the username', () => {
    expect(checkPasswordPolicy('Officer-2024x', 'officer')).toContain('密码不得包含用户名');
  });
});
