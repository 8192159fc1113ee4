import type { Command } from 'commander';

/** Import/export commands are registered here (people Excel and .lrmx). */
export function registerIoCommands(_program: Command): void {}
