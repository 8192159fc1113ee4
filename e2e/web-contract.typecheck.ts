// The web app declares the API's view types itself (web/src/api/types.ts) so that it does
// not compile server modules. These assertions make the type check (`npm run typecheck`,
// run first by `npm test`) fail when a declaration drifts from the service's own type.
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

// Compile-time: each mirrored view equals the server's (tsc fails on drift).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const typeChecks: Array<true> = [
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
