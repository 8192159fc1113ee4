// The people list's filters live in the URL (?unitId=…&gender=2&ageMin=35) so a view can be
// shared; these helpers read and write them and build the API query from them.

export const FILTER_KEYS = [
  'unitId',
  'includeSubunits',
  'q',
  'gender',
  'ethnicity',
  'rank',
  'grade',
  'ageMin',
  'ageMax',
  'eduAtLeast',
  'eduMode',
  'edu',
  'politicalStatus',
  'category',
  'titleLevel',
  'isReserve',
  'poolTier',
  'tag',
  'postKind',
  'unitLevel',
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Filters that hold comma lists. */
export const LIST_KEYS = new Set<FilterKey>(['ethnicity', 'rank', 'grade', 'politicalStatus', 'category', 'titleLevel', 'postKind', 'edu', 'unitLevel']);

export const SORTS = ['name', '-name', 'birthDate', '-birthDate', 'rank', '-rank', 'updatedAt', '-updatedAt', 'id', '-id'] as const;
export type Sort = (typeof SORTS)[number];

export interface ListState {
  filters: Partial<Record<FilterKey, string>>;
  sort: Sort | undefined;
  page: number;
  pageSize: number;
}

export const PAGE_SIZES = [20, 50, 100, 200];

export function readListState(sp: URLSearchParams): ListState {
  const filters: Partial<Record<FilterKey, string>> = {};
  for (const k of FILTER_KEYS) {
    const v = sp.get(k);
    if (v != null && v !== '') filters[k] = v;
  }
  const sortRaw = sp.get('sort');
  const sort = (SORTS as readonly string[]).includes(sortRaw ?? '') ? (sortRaw as Sort) : undefined;
  const page = Math.max(1, Number(sp.get('page')) || 1);
  const size = Number(sp.get('pageSize'));
  const pageSize = PAGE_SIZES.includes(size) ? size : 20;
  return { filters, sort, page, pageSize };
}

export function writeListState(s: ListState): URLSearchParams {
  const sp = new URLSearchParams();
  for (const k of FILTER_KEYS) {
    const v = s.filters[k];
    if (v != null && v !== '') sp.set(k, v);
  }
  if (s.sort) sp.set('sort', s.sort);
  if (s.page > 1) sp.set('page', String(s.page));
  if (s.pageSize !== 20) sp.set('pageSize', String(s.pageSize));
  return sp;
}

/** The API query of a list state (GET /api/people and /api/people/export take the same filters). */
export function apiQuery(s: ListState, withPaging = true): URLSearchParams {
  const sp = new URLSearchParams();
  for (const k of FILTER_KEYS) {
    const v = s.filters[k];
    if (v != null && v !== '') sp.set(k, v);
  }
  if (s.sort) sp.set('sort', s.sort);
  if (withPaging) {
    sp.set('page', String(s.page));
    sp.set('pageSize', String(s.pageSize));
  }
  return sp;
}
