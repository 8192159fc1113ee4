// People per unit, kept by a trigger, so the commonest view — a unit subtree with no other
// filter — is counted from a few thousand counters instead of scanning the people table.
// Key 0 holds people without a unit.
export const unitPeopleCountsSql = /* sql */ `
  create table unit_people_counts (
    unit_key integer primary key,
    n integer not null
  );
  insert into unit_people_counts(unit_key, n)
    select coalesce(unit_id, 0), count(*)::int from people group by coalesce(unit_id, 0);

  create function people_count_trigger() returns trigger language plpgsql as $$
  begin
    if tg_op = 'UPDATE' and new.unit_id is not distinct from old.unit_id then
      return null;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
      insert into unit_people_counts(unit_key, n) values (coalesce(new.unit_id, 0), 1)
        on conflict (unit_key) do update set n = unit_people_counts.n + 1;
    end if;
    if tg_op in ('DELETE', 'UPDATE') then
      update unit_people_counts set n = n - 1 where unit_key = coalesce(old.unit_id, 0);
    end if;
    return null;
  end $$;
  create trigger people_count after insert or delete or update of unit_id on people
    for each row execute function people_count_trigger();
`;
