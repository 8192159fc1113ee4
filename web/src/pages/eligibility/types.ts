// Shapes of the eligibility API (src/services/eligibility.service.ts,
// src/domain/eligibility/{rule-schema,evaluate,funnel}.ts), mirrored loosely: the editor
// keeps predicates as plain records so that it can show any fact the schema adds later.
import type { PersonListItem } from '../../api/types';

/** A leaf predicate: `fact` plus that fact's fields (see rule-schema.ts PredicateSchema). */
export interface Predicate {
  fact: string;
  [field: string]: unknown;
}

interface NodeMeta {
  id?: string;
  label?: string;
}
export interface AllNode extends NodeMeta {
  all: RuleNode[];
}
export interface AnyNode extends NodeMeta {
  any: Array<{ label?: string; node: RuleNode }>;
}
export interface NotNode extends NodeMeta {
  not: RuleNode;
}
export interface LeafNode extends NodeMeta {
  rule: Predicate;
  scope?: string;
}
export type RuleNode = AllNode | AnyNode | NotNode | LeafNode;

export interface RuleSet {
  id: string;
  name: string;
  description: string;
  note: string;
  version: number;
  root: RuleNode;
}

/** GET /api/rule-sets/:id */
export type StoredRuleSet = RuleSet & { builtin: boolean };

/** GET /api/rule-sets items (RuleSetSummary). */
export interface RuleSetSummary {
  id: string;
  name: string;
  description: string;
  note: string;
  version: number;
  builtin: boolean;
  basedOn: string | null;
  updatedAt: string | null;
}

export interface FunnelStep {
  id: string;
  name: string;
  remaining: number;
  removed: number;
}

export interface Funnel {
  ruleSetId: string;
  ruleSetVersion: number;
  refDate: string;
  total: number;
  steps: FunnelStep[];
  eligible: number;
  undecided: number;
}

/** POST /api/eligibility/screen answer (ScreeningResult). */
export interface ScreeningResult {
  ruleSet: { id: string; name: string; version: number };
  asOf: string;
  total: number;
  eligible: number;
  funnel: Funnel;
  page: number;
  pageSize: number;
  items: PersonListItem[];
}

/** POST /api/eligibility/what-if answer. */
export interface WhatIfResult {
  gained: PersonListItem[];
  lost: PersonListItem[];
  gainedCount: number;
  lostCount: number;
  before: number;
  after: number;
}

export interface RuleOutcome {
  ruleId: string;
  label: string | undefined;
  fact: string;
  passed: boolean;
  negated: boolean;
  code: string;
  message: string;
  required: unknown;
  actual: unknown;
  requiredText: string;
  actualText: string;
  path: string[];
}

export interface PathOutcome {
  anyId: string;
  anyLabel: string | undefined;
  index: number;
  label: string;
  passed: boolean;
  failedRuleIds: string[];
}

/** POST /api/eligibility/evaluate/:personId answer. */
export interface Evaluation {
  ruleSetId: string;
  ruleSetVersion: number;
  personId: number;
  refDate: string;
  eligible: boolean;
  outcomes: RuleOutcome[];
  reasons: RuleOutcome[];
  paths: PathOutcome[];
  personName: string;
}

/** Either a saved rule set by id or an unsaved definition (the editor's draft). */
export type RuleSetRef = { ruleSetId: string } | { ruleSet: RuleSet };
