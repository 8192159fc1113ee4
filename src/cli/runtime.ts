// Opens what every command needs: configuration, the key, the database (migrated) and the
// service dependencies.
import { join, resolve } from 'node:path';
import { parseEnv, type Env } from '../config/env.js';
import { connect, type Database } from '../db/connect.js';
import { migrate } from '../db/migrate.js';
import { createFieldCipher, loadOrCreateKey } from '../services/field-cipher.js';
import { seedCodeTables } from '../services/codes.service.js';
import type { ServiceDeps } from '../services/context.js';

export interface Runtime {
  env: Env;
  database: Database;
  deps: ServiceDeps;
  close(): Promise<void>;
}

export async function openRuntime(overrides: Partial<Record<string, string>> = {}): Promise<Runtime> {
  const env = parseEnv({ ...process.env, ...Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)) });
  const key = loadOrCreateKey(resolve(env.keyFile));
  const database = await connect({ databaseUrl: env.DATABASE_URL, dataDir: env.DATABASE_URL ? undefined : join(resolve(env.DATA_DIR), 'pglite') });
  await migrate(database);
  await seedCodeTables(database.db);
  const deps: ServiceDeps = {
    db: database.db,
    cipher: createFieldCipher(key, env.FIELD_CIPHER),
    clock: () => new Date(),
    security: { idleMinutes: env.SESSION_IDLE_MINUTES, lockoutThreshold: env.LOCKOUT_THRESHOLD, lockoutMinutes: env.LOCKOUT_MINUTES },
  };
  return { env, database, deps, close: () => database.close() };
}
