// Reading a folder of `.lrmx` files at once. Each file gets its own result; a bad file gives
// a Chinese error and does not stop the rest. Files that are plainly not forms (a .pic photo,
// Thumbs.db, the old GB2312 .lrm format) are reported as skipped with the reason. Two files
// for the same person (same name and ID number) are flagged on the later one.

import { LrmxParseError, type ParsedLrmx } from './lrmx-format.js';
import { parseLrmx, type ParseLrmxOptions } from './parse-lrmx.js';

export interface LrmxFileInput {
  name: string;
  data: Buffer;
}

export type LrmxFileResult =
  | ({ name: string; ok: true } & ParsedLrmx)
  | { name: string; ok: false; skipped: boolean; error: string };

/** Upper bound per file: a form with a photo is a few hundred kilobytes. */
export const MAX_LRMX_BYTES = 10 * 1024 * 1024;

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

export function readLrmxFiles(files: readonly LrmxFileInput[], opts: ParseLrmxOptions = {}): LrmxFileResult[] {
  const seen = new Map<string, string>();
  return files.map((file): LrmxFileResult => {
    const ext = extensionOf(file.name);
    if (ext === 'lrm') {
      return {
        name: file.name,
        ok: false,
        skipped: true,
        error: '这是旧版（2.0）.lrm 文件，暂不支持导入；请用任免审批表软件打开后另存为 .lrmx',
      };
    }
    if (ext !== 'lrmx' && ext !== 'xml') {
      return { name: file.name, ok: false, skipped: true, error: '不是 .lrmx 文件，已跳过' };
    }
    if (file.data.length === 0) return { name: file.name, ok: false, skipped: false, error: '文件是空的' };
    if (file.data.length > MAX_LRMX_BYTES) {
      return { name: file.name, ok: false, skipped: false, error: '文件超过 10 MB，不像是任免审批表，未读取' };
    }
    try {
      const parsed = parseLrmx(file.data, opts);
      const key = `${parsed.record.name}|${parsed.record.idNumber ?? parsed.record.birthDate ?? ''}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        parsed.warnings.push(`与文件“${earlier}”是同一人（姓名、身份证号码或出生日期相同）`);
      } else {
        seen.set(key, file.name);
      }
      return { name: file.name, ok: true, ...parsed };
    } catch (e) {
      if (e instanceof LrmxParseError) return { name: file.name, ok: false, skipped: false, error: e.message };
      return { name: file.name, ok: false, skipped: false, error: '文件无法读取（内容损坏或格式不符）' };
    }
  });
}
