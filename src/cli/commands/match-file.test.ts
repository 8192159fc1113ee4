import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMatchFile } from './match-file.js';

let dir = '';
const instance = {
  format: 'match-instance/1',
  candidates: [
    { id: 'a', attributes: { gender: '2' } },
    { id: 'b', attributes: { gender: '1' } },
  ],
  posts: [{ id: 'p', capacity: 1, groups: ['g'] }],
  edges: { candidate: [0, 1], post: [0, 0], score: [3, 5] },
  preferences: { candidate: [[0], [0]], post: [[0, 1]] },
};

function capture(): { io: { stdout: (s: string) => void; stderr: (s: string) => void }; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s) => out.push(s), stderr: (s) => err.push(s) }, out, err };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'match-file-'));
  writeFileSync(join(dir, 'ok.json'), JSON.stringify(instance));
  writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...instance, edges: { ...instance.edges, score: [3, -1] } }));
  writeFileSync(join(dir, 'nopref.json'), JSON.stringify({ ...instance, preferences: undefined }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('runMatchFile', () => {
  it('writes the result file and exits 0', async () => {
    const c = capture();
    const code = await runMatchFile({ in: join(dir, 'ok.json'), out: join(dir, 'result.json') }, c.io);
    expect(code).toBe(0);
    const r = JSON.parse(readFileSync(join(dir, 'result.json'), 'utf8'));
    expect(r).toMatchObject({ format: 'match-result/1', status: 'optimal', objective: 5, assignments: [{ candidate: 'b', post: 'p' }] });
  });
  it('writes to stdout with --out -, in stable mode too', async () => {
    const c = capture();
    expect(await runMatchFile({ in: join(dir, 'ok.json'), out: '-', mode: 'stable', timeLimitSeconds: 5 }, c.io)).toBe(0);
    const r = JSON.parse(c.out.join(''));
    expect(r).toMatchObject({ mode: 'stable', status: 'stable', assignments: [{ candidate: 'a', post: 'p' }] });
  });
  it('exits 2 naming the first bad field', async () => {
    const c = capture();
    expect(await runMatchFile({ in: join(dir, 'bad.json'), out: '-' }, c.io)).toBe(2);
    expect(c.err.join('')).toContain('edges.score[1]: must be an integer in 0…1000000000');
    expect(c.out).toEqual([]);
  });
  it('exits 2 for a missing file and for stable mode without preferences', async () => {
    const c = capture();
    expect(await runMatchFile({ in: join(dir, 'missing.json'), out: '-' }, c.io)).toBe(2);
    expect(await runMatchFile({ in: join(dir, 'nopref.json'), out: '-', mode: 'stable' }, c.io)).toBe(2);
    expect(c.err.join('')).toContain('preferences: required for --mode stable');
  });
  it('exits 1 for a time limit that is not a positive number', async () => {
    const c = capture();
    expect(await runMatchFile({ in: join(dir, 'ok.json'), out: '-', timeLimitSeconds: Number('abc') }, c.io)).toBe(1);
    expect(c.err.join('')).toContain('--time-limit must be a positive number');
  });
  it('exits 1 when the result cannot be written', async () => {
    const c = capture();
    expect(await runMatchFile({ in: join(dir, 'ok.json'), out: join(dir, 'no', 'such', 'dir.json') }, c.io)).toBe(1);
  });
});
