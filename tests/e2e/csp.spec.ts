/**
 * Every page type under the strict Content Security Policy, in the root build and under the sub-path:
 * no CSP violation, no console error or warning, no uncaught exception, including the two pages that load
 * Pagefind (a search, and an article reached from a result, which loads the highlighter).
 * URLs are relative so the same list runs against both builds.
 */
import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from './pages.ts';
import { watch } from './watch.ts';

const relative = (url: string) => url.replace(/^\//, '');
const PAGES: Record<string, string> = {
  ...Object.fromEntries(Object.entries(PAGE_TYPES).map(([type, url]) => [type, relative(url)])),
  latestPage2: 'terkini/2/',
  searchEmpty: 'cari/',
};

test('the CSP allows no inline script but its hashes, and WebAssembly for Pagefind', async ({ request }) => {
  const html = await (await request.get('')).text();
  const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1] ?? '';
  const scriptSrc =
    csp
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith('script-src')) ?? '';
  expect(scriptSrc).toMatch(/'sha256-/);
  expect(scriptSrc).toContain("'wasm-unsafe-eval'");
  expect(scriptSrc).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https?:/);
  expect(csp).toMatch(/object-src 'none'/);
});

for (const [type, url] of Object.entries(PAGES)) {
  test(`${type} page: no CSP violation, console error or warning`, async ({ page }) => {
    const problems = await watch(page);
    const response = await page.goto(url, { waitUntil: 'networkidle' });
    // A missing page is answered with the 404 page; the browser logs that status as a console error.
    expect(response?.status()).toBe(type === 'notFound' ? 404 : 200);
    await expect(page.locator('h1').first()).toBeVisible();
    // The article's "Berita Terkini" is fetched and filled by an inline script: under the CSP too.
    if (type === 'article') await expect(page.locator('#terkini-isi li')).toHaveCount(5);
    expect(problems.filter((p) => !(type === 'notFound' && /404/.test(p)))).toEqual([]);
  });
}

test('search runs under the CSP, and the highlighter loads on the article it leads to', async ({ page }) => {
  const problems = await watch(page);
  const pagefind: string[] = [];
  page.on('request', (r) => r.url().includes('/pagefind/') && pagefind.push(r.url()));
  await page.goto('cari/?q=putin');
  await expect(page.locator('html')).toHaveAttribute('data-search-ready', 'done');
  expect(await page.locator('#search-results > li').count()).toBeGreaterThan(0);
  expect(pagefind.some((u) => u.endsWith('.wasm') || u.includes('wasm'))).toBe(true);
  await page.locator('#search-results a').first().click();
  await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
  expect(problems).toEqual([]);
});
