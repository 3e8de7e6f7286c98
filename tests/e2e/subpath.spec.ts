/** The site built with WARTA_BASE=/warta/ (npm run build:subpath), served under /warta/. */
import { expect, test } from '@playwright/test';
import { expectListed, newestFirst, publishedArticles, walkList } from './lists.ts';

test('every link and asset stays under /warta/, and search works there', async ({ page }) => {
  const problems: string[] = [];
  const failed: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));

  await page.goto('./');
  const hrefs = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(10);
  for (const href of hrefs) expect(href).toMatch(/^\/warta\//);
  const assets = await page
    .locator('link[href^="/"], img[src^="/"], script[src^="/"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? e.getAttribute('src') ?? ''));
  for (const asset of assets) expect(asset).toMatch(/^\/warta\//);

  await page.locator('#cari-header').fill('Zinberg');
  await page.locator('#cari-header').press('Enter');
  await expect(page).toHaveURL(/\/warta\/cari\/\?q=Zinberg$/);
  await expect(page.locator('html')).toHaveAttribute('data-search-ready', 'done');
  const link = page.locator('#search-results a').first();
  await expect(link).toHaveAttribute('href', /^\/warta\/berita\/kim-sambut-putin-di-pyongyang\/\?sorot=zinberg/);
  await link.click();
  await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();

  await page.goto('./cari/?q=cabai');
  await expect(page.locator('html')).toHaveAttribute('data-search-ready', 'done');
  await expect(page.locator('#search-results img').first()).toHaveAttribute('src', /^\/warta\/_astro\/.+\.webp$/);
  await expect(page.locator('#search-results img').first()).toHaveJSProperty('complete', true);

  expect(failed).toEqual([]);
  expect(problems).toEqual([]);
});

test('the article rail fetches its JSON under /warta/ and links there, leaving out the article read', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (r) => r.url().endsWith('.json') && fetched.push(new URL(r.url()).pathname));
  await page.goto('berita/panel-surya-atap-wanareja/');
  const links = page.locator('#terkini-isi li h3 a');
  await expect(links).toHaveCount(5);
  expect(fetched).toEqual(['/warta/terkini.json']);
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  for (const href of hrefs) expect(href).toMatch(/^\/warta\/berita\/[^/]+\/$/);
  expect(hrefs).not.toContain('/warta/berita/panel-surya-atap-wanareja/');
  await expect(page.locator('section.latest-rail').getByRole('link', { name: 'Semua berita terkini' })).toHaveAttribute(
    'href',
    '/warta/terkini/',
  );
});

test('the pages of /warta/terkini/ link to each other under /warta/ and list every article once, newest first', async ({
  page,
  request,
  baseURL,
}) => {
  const walk = await walkList(page, 'terkini/');
  expect(walk.pages).toEqual(['/warta/terkini/', '/warta/terkini/2/']);
  expectListed(walk, newestFirst(await publishedArticles(request, baseURL!)), '/warta/terkini/');
});

test('the service worker lives under /warta/, keeps an article read there and opens it offline', async ({
  page,
  context,
}) => {
  const article = '/warta/berita/kim-sambut-putin-di-pyongyang/';
  await page.goto(article);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(new URL(scope).pathname).toBe('/warta/');
  await expect(page.locator('link[rel=manifest]')).toHaveAttribute('href', '/warta/manifest.webmanifest');
  const manifest = await (await page.request.get('/warta/manifest.webmanifest')).json();
  expect(manifest).toMatchObject({ start_url: '/warta/', scope: '/warta/', lang: 'id' });
  for (const icon of manifest.icons) expect(icon.src).toMatch(/^\/warta\/ikon\//);
  // Kept once the worker has read the page: asked as the offline page asks.
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const registration = await navigator.serviceWorker.ready;
        return new Promise<string[]>((resolve) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = (event) => resolve(event.data.map((p: { path: string }) => p.path));
          registration.active?.postMessage({ type: 'list' }, [channel.port2]);
        });
      }),
    )
    .toContain(article);
  await context.setOffline(true);
  await page.goto(article);
  await expect(page.locator('.saved-copy')).toBeVisible();
  await expect(page.locator('.saved-copy a')).toHaveAttribute('href', article);
  await page.goto('/warta/rubrik/ekonomi/');
  await expect(page.locator('h1')).toHaveText('Anda sedang luring');
  await expect(page.locator('[data-offline-list] a')).toHaveAttribute('href', article);
});
