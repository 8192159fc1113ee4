// `cadre match --in instance.json --out result.json [--mode] [--time-limit]`: solve a matching
// instance file and write the result file. Exit 0 when a result was written (whatever its
// status), 2 for an unreadable or invalid instance, 1 for anything else.
import { readFile, writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { solveMatching } from '../../domain/matching/index.js';
import { InstanceError, formatMatchResult, parseMatchInstance } from '../../io/match-instance.js';

export interface MatchFileOptions {
  in: string;
  out: string;
  mode?: 'optimal' | 'stable';
  timeLimitSeconds?: number;
}

export interface CommandIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const defaultIo: CommandIo = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
};

export async function runMatchFile(opts: MatchFileOptions, io: CommandIo = defaultIo): Promise<number> {
  if (opts.timeLimitSeconds !== undefined && !(opts.timeLimitSeconds > 0 && Number.isFinite(opts.timeLimitSeconds))) {
    io.stderr(`--time-limit must be a positive number of seconds, got ${opts.timeLimitSeconds}\n`);
    return 1;
  }
  let text: string;
  try {
    text = await readFile(opts.in, 'utf8');
  } catch (err) {
    io.stderr(`cannot read instance ${opts.in}: ${(err as Error).message}\n`);
    return 2;
  }
  try {
    const problem = parseMatchInstance(text);
    if (opts.mode === 'stable' && problem.preferences === null) {
      throw new InstanceError('preferences', 'required for --mode stable');
    }
    const now = (): number => performance.now() / 1000;
    const solution = solveMatching(problem, {
      mode: opts.mode ?? 'optimal',
      now,
      ...(opts.timeLimitSeconds !== undefined ? { timeLimitSeconds: opts.timeLimitSeconds } : {}),
    });
    const json = formatMatchResult(problem, solution);
    if (opts.out === '-') io.stdout(json);
    else await writeFile(opts.out, json, 'utf8');
    return 0;
  } catch (err) {
    if (err instanceof InstanceError) {
      io.stderr(`invalid instance ${opts.in}: ${err.message}\n`);
      return 2;
    }
    io.stderr(`match failed: ${(err as Error).message}\n`);
    return 1;
  }
}
