// Builds the web app when its build is missing or older than its sources, so a new user's
// `npm start` needs no separate step.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

export function isWebBuildStale(webRoot: string): boolean {
  const index = join(webRoot, 'dist', 'index.html');
  if (!existsSync(index)) return true;
  return newestMtime(webRoot) > statSync(index).mtimeMs;
}

/** Returns the dist folder, building first when needed; null when there is no web app. */
export function ensureWebBuilt(webRoot: string, log: (m: string) => void = console.log): string | null {
  if (!existsSync(join(webRoot, 'vite.config.ts'))) return null;
  if (isWebBuildStale(webRoot)) {
    log('正在构建前端页面（首次启动或源码有更新）…');
    const t0 = performance.now();
    const res = spawnSync(process.execPath, [join(webRoot, '..', 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], { cwd: webRoot, stdio: 'inherit' });
    if (res.status !== 0) throw new Error('前端构建失败，请查看上方输出');
    log(`前端构建完成（${((performance.now() - t0) / 1000).toFixed(1)} 秒）`);
  }
  return join(webRoot, 'dist');
}
