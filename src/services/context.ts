// What every service needs, passed in explicitly (no singletons): the database, the field
// cipher, the clock and the security settings.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { FieldCipher } from './field-cipher.js';
import type { DataScope, Role, ScopeKind } from '../domain/access/roles.js';

export interface SecuritySettings {
  idleMinutes: number;
  lockoutThreshold: number;
  lockoutMinutes: number;
}

export interface ServiceDeps {
  db: Kysely<DB>;
  cipher: FieldCipher;
  clock: () => Date;
  security: SecuritySettings;
}

/** The signed-in user as services see it. */
export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  roles: Role[];
  scopeKind: ScopeKind;
  unitId: number | null;
  unitName: string | null;
  personId: number | null;
  scope: DataScope;
  mustChangePassword: boolean;
  ip: string | null;
}

export const DEFAULT_SECURITY: SecuritySettings = { idleMinutes: 30, lockoutThreshold: 5, lockoutMinutes: 15 };

export function todayIso(clock: () => Date): string {
  return clock().toISOString().slice(0, 10);
}
