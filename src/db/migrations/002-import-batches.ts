// Staged imports: a previewed file waits here until the user commits or cancels it, so a
// commit can be served by any process.
export const importBatchesSql = /* sql */ `
  create table import_batches (
    id text primary key,
    user_id integer not null references users(id) on delete cascade,
    kind text not null,
    file_name text,
    created_at timestamptz not null default now(),
    status text not null default 'previewed' check (status in ('previewed', 'committed', 'cancelled')),
    summary jsonb not null,
    payload jsonb not null
  );
  create index import_batches_user_idx on import_batches(user_id, created_at desc);
`;
