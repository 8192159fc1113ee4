import type { Command } from 'commander';

/** `cadre match` is registered here once the solver's file contract lands. */
export function registerMatchCommand(_program: Command): void {}
