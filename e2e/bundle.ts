// Initial JavaScript of a route, from Vite's build manifest: the entry chunk, the lazy page
// chunks the route renders first, and every chunk they import statically (gzip sizes).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** Lazy chunks each route needs before it can show anything. */
export const ROUTE_CHUNKS: Record<string, string[]> = {
  login: ['src/pages/LoginPage.tsx'],
  people: ['src/layout/AppLayout.tsx', 'src/pages/people/PeopleListPage.tsx'],
  dashboard: ['src/layout/AppLayout.tsx', 'src/pages/DashboardPage.tsx', 'src/lib/echarts.ts'],
  personDetail: ['src/layout/AppLayout.tsx', 'src/pages/people/PersonDetailPage.tsx'],
};

export interface RouteSize {
  route: string;
  files: number;
  rawKB: number;
  gzipKB: number;
}

export function routeSizes(distDir: string): RouteSize[] {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const entryKey = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
  if (!entryKey) throw new Error('no entry in the Vite manifest');
  const closure = (keys: string[]): Set<string> => {
    const seen = new Set<string>();
    const walk = (k: string) => {
      if (seen.has(k)) return;
      const c = manifest[k];
      if (!c) throw new Error(`manifest has no chunk ${k}`);
      seen.add(k);
      for (const i of c.imports ?? []) walk(i);
    };
    keys.forEach(walk);
    return seen;
  };
  return Object.entries(ROUTE_CHUNKS).map(([route, chunks]) => {
    const files = [...new Set([...closure([entryKey, ...chunks])].map((k) => manifest[k]!.file))].filter((f) => f.endsWith('.js'));
    let raw = 0;
    let gz = 0;
    for (const f of files) {
      const buf = readFileSync(join(distDir, f));
      raw += buf.length;
      gz += gzipSync(buf, { level: 9 }).length;
    }
    return { route, files: files.length, rawKB: Math.round(raw / 1024), gzipKB: Math.round(gz / 1024) };
  });
}
