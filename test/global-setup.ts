// Global test setup: prepared once per `vitest run` (see test/db-template.ts once added).
export default async function setup(): Promise<void> {}
