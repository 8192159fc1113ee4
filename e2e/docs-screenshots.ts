// README pictures from a running demo server (the 20,000-person Sichuan demo data):
//
//   npm start                                  # first start loads the demo data
//   npx tsx e2e/docs-screenshots.ts            # BASE=http://localhost:3000 by default
//
// Writes docs/screenshots/*.png. Not a test: the browser tests keep their own pictures in
// e2e/screenshots (git-ignored) so that `npm test` leaves tracked files alone.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, login, logout, ROOT } from './support.js';

const BASE = process.env.BASE ?? 'http://localhost:3000';
const PASSWORD = process.env.DEMO_PASSWORD ?? 'Demo#2026sc';
const OUT = join(ROOT, 'docs', 'screenshots');

async function save(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(800);
  await page.screenshot({ path: join(OUT, `${name}.png`) });
  console.log(`docs/screenshots/${name}.png`);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const b = await launchBrowser();
  const { page } = b;
  try {
    await page.goto(`${BASE}/login`);
    await save(page, 'login');

    await login(page, BASE, 'zzb', PASSWORD);
    await page.locator('[data-testid="chart-unit-level"][data-rendered="true"]').waitFor();
    await save(page, 'dashboard');

    await page.goto(`${BASE}/people`);
    await page.getByTestId('unit-search').locator('input').fill('理塘县');
    await page.getByTestId('unit-search').locator('input').press('Enter');
    await page.getByTestId('unit-tree').locator('span[title$="/ 理塘县"]').first().click();
    await page.getByTestId('people-table').locator('tbody tr.ant-table-row').first().waitFor();
    await save(page, 'people-list');

    await page.getByTestId('people-table').locator('tbody tr.ant-table-row').first().getByRole('link').click();
    await page.getByTestId('person-name').waitFor();
    await page.getByRole('tab', { name: /任职经历/ }).click();
    await save(page, 'person-detail');

    await page.goto(`${BASE}/people/import`);
    await save(page, 'import');
    await logout(page);

    await login(page, BASE, 'admin', PASSWORD);
    await page.getByTestId('unit-attrs').waitFor();
    await save(page, 'units');
    await logout(page);

    await login(page, BASE, 'auditor', PASSWORD);
    // Show a change with its before/after when the demo has one (edit someone first to get one).
    await page.goto(`${BASE}/audit?action=person.update`);
    const table = page.getByTestId('audit-table');
    await page.waitForLoadState('networkidle');
    if ((await table.locator('tbody tr.ant-table-row').count()) > 0) {
      await table.locator('tbody tr.ant-table-row').first().locator('.ant-table-row-expand-icon').click();
    } else {
      await page.goto(`${BASE}/audit`);
      await table.locator('tbody tr.ant-table-row').first().waitFor();
    }
    await save(page, 'audit-log');
  } finally {
    await b.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
