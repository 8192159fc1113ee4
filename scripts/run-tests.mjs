#!/usr/bin/env node
// Runs the type check (server, web, and the compile-time API contract in
// e2e/web-contract.typecheck.ts), then every test tier through vitest, and prints the plain
// closing line "N passed, N failed" that CI reads (vitest's own summary is not read there).
// The type check counts as one test.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const typecheck = spawnSync('npm', ['run', '--silent', 'typecheck'], { stdio: 'inherit' });
console.log(typecheck.status === 0 ? 'typecheck: passed' : 'typecheck: FAILED');

const out = '.vitest-result.json';
rmSync(out, { force: true });
const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...process.argv.slice(2)];
const res = spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, TZ: 'UTC' } });
let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const json = JSON.parse(readFileSync(out, 'utf8'));
  passed = json.numPassedTests;
  failed = json.numFailedTests + (json.numRuntimeErrorTestSuites ?? 0);
  skipped = json.numPendingTests + (json.numTodoTests ?? 0);
  for (const suite of json.testResults ?? []) {
    if (suite.status === 'failed' && (suite.assertionResults ?? []).length === 0) failed += 1;
  }
} catch {
  failed = Math.max(failed, 1);
}
if (typecheck.status === 0) passed += 1;
else failed += 1;
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(res.status === 0 && failed === 0 ? 0 : 1);
