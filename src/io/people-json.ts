// The project's own people interchange file (docs/formats/people.md): a JSON document of
// person records with the unit facts that rules need, so people can be screened or moved
// between installations without the database.
import { z } from 'zod';
import { personRecordSchema } from '../domain/registry/validate-person.js';
import { UNIT_KINDS, UNIT_LEVELS, type PersonRecord, type Unit } from '../domain/registry/types.js';

export const PEOPLE_FORMAT = 'cadre-people/1';

const unitSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: z.enum(UNIT_KINDS),
  level: z.enum(UNIT_LEVELS),
  divisionCode: z.string().nullable().default(null),
  isTibetanArea: z.boolean().default(false),
});

export const peopleFileSchema = z.object({
  format: z.literal(PEOPLE_FORMAT, { error: `format 应为 "${PEOPLE_FORMAT}"` }),
  exportedAt: z.string().optional(),
  units: z.array(unitSchema).default([]),
  people: z.array(personRecordSchema.extend({ id: z.union([z.string(), z.number()]) })),
});

export type PeopleFileUnit = z.infer<typeof unitSchema>;
export interface PeopleFile {
  format: typeof PEOPLE_FORMAT;
  exportedAt?: string;
  units: PeopleFileUnit[];
  people: Array<PersonRecord & { id: string | number }>;
}

export class PeopleFileError extends Error {}

/** Parses a people file; the error names the first bad field ('people[3].birthDate: …'). */
export function parsePeopleFile(text: string): PeopleFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new PeopleFileError(`不是有效的 JSON：${err instanceof Error ? err.message : String(err)}`);
  }
  const res = peopleFileSchema.safeParse(json);
  if (!res.success) {
    const issue = res.error.issues[0]!;
    const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
    throw new PeopleFileError(`${path || '(根)'}: ${issue.message}`);
  }
  return res.data as PeopleFile;
}

export function writePeopleFile(people: Array<PersonRecord & { id: string | number }>, units: Array<Pick<Unit, 'id' | 'name' | 'kind' | 'level' | 'divisionCode' | 'isTibetanArea'>>, exportedAt: string): string {
  const file: PeopleFile = { format: PEOPLE_FORMAT, exportedAt, units, people };
  return JSON.stringify(file, null, 2);
}
