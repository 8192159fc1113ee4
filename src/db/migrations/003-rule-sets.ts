// Stored eligibility rule sets, versioned: the current definition and every earlier one.
export const ruleSetsSql = /* sql */ `
  create table rule_sets (
    id text primary key,
    name text not null,
    definition jsonb not null,
    based_on text,
    version integer not null default 1,
    created_by text,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  );
  create table rule_set_versions (
    rule_set_id text not null references rule_sets(id) on delete cascade,
    version integer not null,
    definition jsonb not null,
    saved_by text,
    saved_at timestamptz not null default now(),
    primary key (rule_set_id, version)
  );
`;
