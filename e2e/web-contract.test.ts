// The web app mirrors a few server facts (API view types, field labels, role grants) instead
// of importing server code. These checks fail when the two drift apart.
import { describe, expect, it } from 'vitest';
import { FIELD_LABELS as DOMAIN_FIELD_LABELS, fieldLabel as domainFieldLabel } from '../src/domain/registry/field-labels.js';
import { ADMIN_ROLES, PERMISSIONS, permissionsOf, ROLE_LABELS, ROLES, SCOPE_LABELS, SCOPES } from '../src/domain/access/roles.js';
import type { PersonListItem, PersonView } from '../src/services/people.service.js';
import type { UnitNode } from '../src/services/units.service.js';
import type { Dashboard } from '../src/services/stats.service.js';
import type { UserView } from '../src/services/users.service.js';
import type { AuditItem } from '../src/services/audit-query.service.js';
import type { CodeTableView } from '../src/services/codes.service.js';
import type { ImportPreview } from '../src/services/people-io.service.js';
import type { VerifyReport } from '../src/services/audit.service.js';
import type { LrmxImportFileResult, importLrmxFiles } from '../src/services/lrmx.service.js';
import type { presentUser } from '../src/server/routes/auth.routes.js';
import type * as Web from '../web/src/api/types.js';
import * as webLabels from '../web/src/lib/person-labels.js';
import * as webRoles from '../web/src/lib/roles.js';

// Compile-time: each mirrored view equals the server's (tsc fails on drift).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const typeChecks: Array<true> = [
  true satisfies Same<Web.PersonView, PersonView>,
  true satisfies Same<Web.PersonListItem, PersonListItem>,
  true satisfies Same<Web.UnitNode, UnitNode>,
  true satisfies Same<Web.Dashboard, Dashboard>,
  true satisfies Same<Web.UserView, UserView>,
  true satisfies Same<Web.AuditItem, AuditItem>,
  true satisfies Same<Web.CodeTableView, CodeTableView>,
  true satisfies Same<Web.ImportPreview, ImportPreview>,
  true satisfies Same<Web.AuditVerifyReport, VerifyReport>,
  true satisfies Same<Web.LrmxImportFileResult, LrmxImportFileResult>,
  true satisfies Same<Web.LrmxImportAnswer, Awaited<ReturnType<typeof importLrmxFiles>>>,
  true satisfies Same<Web.CurrentUser, ReturnType<typeof presentUser>>,
];

describe('web mirrors of server facts', () => {
  it('has the same API view types as the services', () => {
    expect(typeChecks.every(Boolean)).toBe(true);
  });

  it('labels person fields exactly as the domain does', () => {
    expect(webLabels.FIELD_LABELS).toEqual(DOMAIN_FIELD_LABELS);
    for (const path of ['birthDate', 'education[1].level', 'specialities[0]', 'family[2]', 'unknownField']) {
      expect(webLabels.fieldLabel(path)).toBe(domainFieldLabel(path));
    }
  });

  it('knows the same roles, scopes and grants as the access rules', () => {
    expect([...webRoles.ROLES]).toEqual([...ROLES]);
    expect(webRoles.ROLE_LABELS).toEqual(ROLE_LABELS);
    expect([...webRoles.SCOPES]).toEqual([...SCOPES]);
    expect(webRoles.SCOPE_LABELS).toEqual(SCOPE_LABELS);
    expect([...webRoles.PERMISSIONS]).toEqual([...PERMISSIONS]);
    expect([...webRoles.ADMIN_ROLES]).toEqual([...ADMIN_ROLES]);
    for (const r of ROLES) expect([...(webRoles.GRANTS[r] ?? [])].sort()).toEqual(permissionsOf([r]).sort());
  });
});
