// Indexes for eligibility screening (src/db/eligibility-sql.ts).
//
//
// people(post_kind, birth_date): most rule sets name the current post kind (乡镇党委书记,
// 乡镇长 …) and an age cap; the compiled prefilter is then `post_kind in (…) and birth_date > …`
// per path, which this index answers with a bitmap scan instead of reading the whole table.
export const eligibilitySql = /* sql */ `
    create index people_post_kind_birth_idx on people(post_kind, birth_date);
`;
