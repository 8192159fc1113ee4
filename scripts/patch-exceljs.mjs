#!/usr/bin/env node
// exceljs 4.4's streaming reader decodes each zip chunk to text on its own, so a Chinese
// character split across two chunks turns into U+FFFD (exceljs issues #2063, #2084, #2316).
// This postinstall step makes its SAX feeder decode with one streaming TextDecoder per
// parse. It is idempotent and fails loudly if exceljs changes shape.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
let file;
try {
  file = join(dirname(require.resolve('exceljs/package.json')), 'lib/utils/parse-sax.js');
} catch {
  process.exit(0); // exceljs not installed (e.g. a production install without it)
}
if (!existsSync(file)) process.exit(0);
const src = readFileSync(file, 'utf8');
const MARK = '/* cadre: streaming utf-8 decode */';
if (src.includes(MARK)) process.exit(0);
const before = 'saxesParser.write(bufferToString(chunk));';
if (!src.includes(before)) {
  console.error(`patch-exceljs: ${file} has changed; check the multibyte fix is still needed`);
  process.exit(1);
}
const patched = src
  .replace("  let events = [];", `  ${MARK}\n  const decoder = new (require('util').TextDecoder)('utf-8');\n  let events = [];`)
  .replace(before, "saxesParser.write(typeof chunk === 'string' ? chunk : decoder.decode(chunk, {stream: true}));");
writeFileSync(file, patched);
console.log('patch-exceljs: streaming reader now decodes UTF-8 across chunk boundaries');
