import { describe, expect, it } from 'vitest';
import { parsePeopleFile, writePeopleFile, PeopleFileError } from './people-json.js';
import { buildPerson } from '../../test/factories.js';

describe('people interchange file', () => {
  it('round-trips records and units', () => {
    const p = { ...buildPerson({ unitId: 7 }), id: 'p-1' };
    const text = writePeopleFile([p], [{ id: 7, name: '村戈乡', kind: 'township', level: 'township', divisionCode: '513334', isTibetanArea: true }], '2026-11-22T00:00:00Z');
    const back = parsePeopleFile(text);
    expect(back.people[0]).toEqual(p);
    expect(back.units[0]?.kind).toBe('township');
  });
  it('names the first bad field', () => {
    const p = { ...buildPerson(), id: 1, birthDate: '1985/06/15' };
    expect(() => parsePeopleFile(JSON.stringify({ format: 'cadre-people/1', people: [p] }))).toThrow(/people\[0\]\.birthDate/);
    expect(() => parsePeopleFile('{"format":"x","people":[]}')).toThrow(/format/);
    expect(() => parsePeopleFile('not json')).toThrow(PeopleFileError);
  });
});
