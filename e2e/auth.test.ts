// Sign-in, lock-out and unlock, idle-session expiry, menus by role, and data scope by URL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, login, logout, seedPeople, shot, startServer, type Browser, type TestServer } from './support.js';

describe('signing in and access', () => {
  let server: TestServer;
  let browser: Browser;
  let daochengPerson: number;
  let litangPerson: number;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    const ids = await seedPeople(server.fx, 12);
    // seedPeople places person i in [litang, litangTown, daocheng, …] by i % 6.
    litangPerson = ids[0]!;
    daochengPerson = ids[2]!;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows a Chinese login page and the attempts left after a wrong password', async () => {
    const { page } = browser;
    await page.goto(server.url);
    await page.waitForURL(/\/login/);
    expect(await page.locator('.login-title').textContent()).toBe('干部人才选派交流管理系统');
    await shot(page, 'login');
    await page.getByPlaceholder('用户名').fill('towncadre');
    await page.getByPlaceholder('密码').fill('wrong-password');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    const notice = page.getByTestId('login-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('用户名或密码错误，再错 4 次账号将被锁定');
  });

  it('locks the account after repeated failures, says so, and the security administrator unlocks it', async () => {
    const { page } = browser;
    for (let i = 0; i < 4; i++) {
      await page.getByPlaceholder('密码').fill(`wrong-${i}`);
      await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/auth/login')), page.getByRole('button', { name: /登\s*录/ }).click()]);
    }
    const notice = page.getByTestId('login-notice');
    await expect.poll(() => notice.textContent(), { timeout: 10_000 }).toContain('账号已锁定');
    expect(await notice.textContent()).toContain('连续 5 次密码错误，账号已锁定 15 分钟');
    // Even the right password is refused while locked, with the API's message.
    await page.getByPlaceholder('密码').fill('Test#2026pass');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await expect.poll(() => notice.textContent(), { timeout: 10_000 }).toMatch(/账号已锁定，请 \d+ 分钟后再试或联系安全管理员解锁/);
    await shot(page, 'login-locked');

    await login(page, server.url, 'secadm');
    await page.goto(`${server.url}/system/users`);
    await page.getByTestId('unlock-towncadre').click();
    await page.getByText('已解锁账号 towncadre').waitFor();
    await shot(page, 'users');
    await logout(page);
    await login(page, server.url, 'towncadre');
    expect(await page.getByTestId('scope-label').textContent()).toContain('本单位（高城镇）');
    await logout(page);
  });

  it('sends an idle session back to the login page with the server’s message', async () => {
    const { page } = browser;
    await login(page, server.url, 'officer');
    // Let the dashboard's own requests finish first: the next request must be the menu click's.
    await page.locator('[data-testid="chart-age"][data-rendered="true"]').waitFor();
    await page.waitForLoadState('networkidle');
    server.fx.clock.now = new Date(server.fx.clock.now.getTime() + 31 * 60_000);
    await page.getByTestId('side-menu').getByText('人员信息').click();
    await page.waitForURL(/\/login/);
    const notice = page.getByTestId('login-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('已超过 30 分钟未操作，请重新登录');
    // After signing in again the user is back where they were going.
    await page.getByPlaceholder('用户名').fill('officer');
    await page.getByPlaceholder('密码').fill('Test#2026pass');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.waitForURL(/\/people/);
    await logout(page);
  });

  it('shows each role only the menus it may use', async () => {
    const { page } = browser;
    const menuOf = async () => (await page.getByTestId('side-menu').locator('.ant-menu-title-content').allTextContents()).map((t) => t.trim());
    await login(page, server.url, 'audit');
    await page.waitForURL(/\/audit/);
    expect(await menuOf()).toEqual(['审计日志']);
    await page.goto(`${server.url}/people`);
    await page.getByTestId('result-forbidden').waitFor();
    await logout(page);

    await login(page, server.url, 'admin');
    expect(await menuOf()).toEqual(['单位管理', '系统管理']);

    // The system administrator maintains the unit tree.
    await page.getByTestId('unit-tree').locator('span[title="四川省 / 甘孜藏族自治州 / 理塘县"]').click();
    await page.getByTestId('unit-add-child').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('单位名称').fill('理塘县禾尼乡');
    await dialog.getByLabel('海拔（米）').fill('4300');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('已新增单位 理塘县禾尼乡').waitFor();
    const attrs = page.getByTestId('unit-attrs');
    await expect.poll(() => attrs.textContent(), { timeout: 10_000 }).toContain('4300 米');
    expect(await attrs.textContent()).toContain('四川省 / 甘孜藏族自治州 / 理塘县');
    await page.getByTestId('unit-edit').click();
    await dialog.getByLabel('单位名称').fill('');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.getByText('请填写单位名称').waitFor();
    await dialog.getByLabel('单位名称').fill('理塘县禾尼乡人民政府');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('已保存 理塘县禾尼乡人民政府').waitFor();
    await shot(page, 'units');
    await logout(page);

    await login(page, server.url, 'litanghr');
    expect(await menuOf()).toEqual(['首页', '人员信息', '单位管理', '选派项目', '资格审查', '人岗匹配', '统计分析']);
    await page.getByTestId('side-menu').getByText('选派项目').click();
    await page.getByText('选派项目 · 建设中').waitFor();
  });

  it('keeps a county HR account out of a person of another county, even by URL', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/people/${litangPerson}`);
    await page.getByTestId('person-name').waitFor();
    await page.goto(`${server.url}/people/${daochengPerson}`);
    const result = page.getByTestId('result-forbidden');
    await result.waitFor();
    expect(await result.textContent()).toContain('无权访问');
    expect(await result.textContent()).toContain('该人员不在您的数据范围内');
    await shot(page, 'out-of-scope');
    await page.goto(`${server.url}/people/${daochengPerson}/edit`);
    await page.getByTestId('result-forbidden').waitFor();
    await page.goto(`${server.url}/people/999999`);
    const missing = page.getByTestId('result-notfound');
    await missing.waitFor();
    expect(await missing.textContent()).toContain('不存在');
  });
});
