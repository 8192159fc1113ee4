import { Option, type Command } from 'commander';
import { runMatchFile } from './match-file.js';

/** `cadre match --in instance.json --out result.json` — the contract in docs/formats/match-instance.md. */
export function registerMatchCommand(program: Command): void {
  program
    .command('match')
    .description('solve a person–post matching instance (format match-instance/1); exit 0 result written, 2 invalid instance, 1 other error')
    .requiredOption('--in <file>', 'instance JSON file')
    .requiredOption('--out <file>', 'result JSON file, or - for standard output')
    .addOption(new Option('--mode <mode>', 'optimal or stable').choices(['optimal', 'stable']).default('optimal'))
    .option('--time-limit <seconds>', 'stop with the best proven answer after this many seconds')
    .action(async (o: { in: string; out: string; mode: 'optimal' | 'stable'; timeLimit?: string }) => {
      process.exitCode = await runMatchFile({ in: o.in, out: o.out, mode: o.mode, ...(o.timeLimit ? { timeLimitSeconds: Number(o.timeLimit) } : {}) });
    });
}
