// Keeps the layers honest: domain imports nothing outside itself (and no I/O modules),
// io depends on domain only, db never reaches services or server, services never reach
// server or cli.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.ts$/.test(n) && !/\.test\.ts$|test-util\.ts$|test-support\.ts$/.test(n) ? [p] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s+'([^']+)'/g), ...text.matchAll(/import\('([^']+)'\)/g)].map((m) => m[1]!);
}

const layerOf = (file: string): string => relative(SRC, file).split('/')[0]!;

const ALLOWED: Record<string, string[]> = {
  domain: ['domain'],
  io: ['domain', 'io'],
  db: ['domain', 'db'],
  services: ['domain', 'db', 'io', 'services', 'config'],
  server: ['domain', 'db', 'io', 'services', 'server', 'config'],
  cli: ['domain', 'db', 'io', 'services', 'server', 'cli', 'config'],
  config: ['config'],
};
const NODE_IO = /^(node:)?(fs|net|http|https|child_process|dgram|worker_threads)(\/|$)|^(pg|kysely|fastify|@electric-sql\/pglite|exceljs)$/;

describe('layering', () => {
  const all = files(SRC);
  it.each(Object.keys(ALLOWED))('%s imports only from the layers below it', (layer) => {
    const problems: string[] = [];
    for (const f of all.filter((x) => layerOf(x) === layer)) {
      for (const spec of imports(f)) {
        if (spec.startsWith('.')) {
          const target = layerOf(resolve(dirname(f), spec));
          if (!ALLOWED[layer]!.includes(target)) problems.push(`${relative(SRC, f)} → ${spec}`);
        } else if (layer === 'domain' && NODE_IO.test(spec)) {
          problems.push(`${relative(SRC, f)} → ${spec} (I/O in the domain)`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
