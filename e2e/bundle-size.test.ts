// The login and people routes must stay light: ≤ 500 KB of gzip JavaScript before first render
// (ECharts and exceljs are split off and load only where used).
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWebOnce, WEB_DIST } from './support.js';
import { routeSizes } from './bundle.js';

describe('web bundle budget', () => {
  beforeAll(async () => {
    await buildWebOnce();
  });

  it('keeps the initial JS of the login and people routes at or under 500 KB gzip, without ECharts', () => {
    const sizes = routeSizes(WEB_DIST);
    console.log(sizes.map((s) => `${s.route}: ${s.gzipKB} KB gzip (${s.rawKB} KB raw, ${s.files} files)`).join('\n'));
    const of = (r: string) => sizes.find((s) => s.route === r)!;
    expect(of('login').gzipKB).toBeLessThanOrEqual(500);
    expect(of('people').gzipKB).toBeLessThanOrEqual(500);
    // ECharts (~180 KB gzip) is only in the dashboard's chunks.
    expect(of('dashboard').gzipKB - of('people').gzipKB).toBeGreaterThan(100);
  });
});
