// Eligibility rules as data: schema, facts, evaluation with reasons, funnel, what-if, the
// built-in rule sets and the result table. The SQL compilation lives in src/db/eligibility-sql.ts.
export * from './rule-schema.js';
export * from './rule-tree.js';
export * from './facts.js';
export * from './predicates.js';
export * from './evaluate.js';
export * from './funnel.js';
export * from './what-if.js';
export * from './builtin-rule-sets.js';
export * from './result-table.js';
