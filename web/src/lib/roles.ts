// Roles, data scopes and what each role may do, for the account pages: the domain's own
// definitions (pure TypeScript, bundled as they are). The server decides; this only labels.
export { ADMIN_ROLES, GRANTS, PERMISSIONS, ROLE_LABELS, ROLES, SCOPE_LABELS, SCOPES } from '../../../src/domain/access/roles';
