// Ordered list of migrations. Never edit one that has shipped: add a new one.
import { registrySql } from './001-registry.js';
import { importBatchesSql } from './002-import-batches.js';
import { eligibilitySql } from './002-eligibility.js';
import { ruleSetsSql } from './003-rule-sets.js';
import { unitPeopleCountsSql } from './004-unit-people-counts.js';

export interface Migration {
  name: string;
  sql: string;
}

export const migrations: Migration[] = [
  { name: '001-registry', sql: registrySql },
  { name: '002-import-batches', sql: importBatchesSql },
  { name: '002-eligibility', sql: eligibilitySql },
  { name: '003-rule-sets', sql: ruleSetsSql },
  { name: '004-unit-people-counts', sql: unitPeopleCountsSql },
];
