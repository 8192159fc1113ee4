// Ordered list of migrations. Never edit one that has shipped: add a new one.
import { registrySql } from './001-registry.js';

export interface Migration {
  name: string;
  sql: string;
}

export const migrations: Migration[] = [{ name: '001-registry', sql: registrySql }];
