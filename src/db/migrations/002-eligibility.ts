// Indexes for eligibility screening (src/db/eligibility-sql.ts). Measured on 1,000,000 people
// with the Shanxi select-up rule set, with and without them: bench/eligibility/RESULTS.md.
//
// - people(post_kind, birth_date): most rule sets name the current post kind (乡镇党委书记,
//   乡镇长 …) and an age cap; the compiled prefilter `post_kind in (…) and birth_date > …` per
//   path becomes a BitmapOr of two index scans instead of a filter over the whole table.
// - appraisals(person_id, year) include (grade): "the last N years at least 称职" is a count
//   over this index alone (index-only scan), without visiting the heap once per year.
// - appointments(post_kind, person_id) include (start_date, end_date, unit_id): cumulative
//   tenure in a post kind reads its stints from the index alone. It makes
//   appointments_kind_idx (post_kind, person_id) redundant; that one can be dropped.
// Index-only scans need the visibility map, i.e. a vacuumed table (autovacuum does it).
export const eligibilitySql = /* sql */ `
    create index people_post_kind_birth_idx on people(post_kind, birth_date);
    create index appraisals_person_year_grade_idx on appraisals(person_id, year) include (grade);
    create index appointments_kind_cover_idx on appointments(post_kind, person_id) include (start_date, end_date, unit_id);
`;

/** Names of the indexes above (for tools that check whether they exist). */
export const ELIGIBILITY_INDEXES = ['people_post_kind_birth_idx', 'appraisals_person_year_grade_idx', 'appointments_kind_cover_idx'] as const;
