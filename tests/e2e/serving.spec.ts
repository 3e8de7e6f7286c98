/**
 * The built site served by Debian's nginx with deploy/nginx.conf as an operator includes it
 * (scripts/serve-nginx.ts): status codes, the headers each kind of file gets (from src/build/serving.ts),
 * and what a reader's browser does with them. csp.spec.ts runs against this server too, under the CSP
 * header it sends as well as the pages' <meta>.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { type APIResponse, expect, test } from '@playwright/test';
import { CACHE_CONTROL, SECURITY_HEADERS } from '../../src/build/serving.ts';
import { parseSearchManifest } from '../../src/search/manifest.ts';
import { NGINX_ACCESS_LOG } from './nginx.ts';
import { LIVE, SEED } from './pages.ts';
import { watch } from './watch.ts';

/** The folder of the newest search period, e.g. `2024/` (named by its first year: docs/search.md). */
const periodPath = () => parseSearchManifest(readFileSync('dist/pagefind/warta-search.json', 'utf8'))!.periods[0]!.path;
const first = (dir: string, pattern: RegExp) => {
  const found = readdirSync(`dist/${dir}`).find((f) => pattern.test(f));
  if (!found) throw new Error(`no ${pattern} in dist/${dir}`);
  return `/${dir}/${found}`;
};

function expectSecurityHeaders(response: APIResponse, url: string): void {
  for (const [name, value] of SECURITY_HEADERS)
    expect(response.headers()[name.toLowerCase()], `${url}: ${name}`).toBe(value);
}

test.describe('nginx with deploy/nginx.conf', () => {
  test('answers pages with 200, an unknown URL with the Indonesian 404 page, and a slug without its slash with a redirect', async ({
    request,
  }) => {
    expect((await request.get('/')).status()).toBe(200);
    expect((await request.get(SEED)).status()).toBe(200);
    const missing = await request.get('/halaman-yang-tidak-ada/');
    expect(missing.status()).toBe(404);
    expect(await missing.text()).toContain('Halaman tidak ditemukan');
    expectSecurityHeaders(missing, '404');
    for (const url of [SEED.replace(/\/$/, ''), '/rubrik/internasional', '/pakar']) {
      const redirect = await request.get(url, { maxRedirects: 0 });
      expect(redirect.status(), url).toBe(301);
      expect(redirect.headers().location, url).toBe(`${url}/`);
    }
    expect((await request.get('/_headers')).status()).toBe(404);
  });

  const KINDS: [kind: string, url: () => string, cacheControl: string, type: RegExp][] = [
    ['the home page', () => '/', CACHE_CONTROL.revalidate, /^text\/html; charset=utf-8$/],
    ['the article page', () => SEED, CACHE_CONTROL.revalidate, /^text\/html; charset=utf-8$/],
    ['the search page', () => '/cari/', CACHE_CONTROL.revalidate, /^text\/html; charset=utf-8$/],
    ['the stylesheet', () => first('_astro', /\.css$/), CACHE_CONTROL.immutable, /^text\/css/],
    ['the script bundle', () => first('_astro', /\.js$/), CACHE_CONTROL.immutable, /javascript/],
    ['the responsive image', () => first('_astro', /\.webp$/), CACHE_CONTROL.immutable, /^image\/webp$/],
    ['the article share card', () => first('og/berita', /\.jpg$/), CACHE_CONTROL.immutable, /^image\/jpeg$/],
    ['the site share card', () => '/og/situs.jpg', CACHE_CONTROL.day, /^image\/jpeg$/],
    ['the feed', () => '/rss.xml', CACHE_CONTROL.revalidate, /xml/],
    ['the sitemap', () => '/sitemap.xml', CACHE_CONTROL.revalidate, /xml/],
    ['the robots.txt', () => '/robots.txt', CACHE_CONTROL.revalidate, /^text\/plain/],
    ['the latest stories', () => '/terkini.json', CACHE_CONTROL.latest, /^application\/json/],
    ['the live page', () => LIVE, CACHE_CONTROL.revalidate, /^text\/html; charset=utf-8$/],
    ["the live page's feed", () => `${LIVE}pembaruan.json`, CACHE_CONTROL.live, /^application\/json/],
    ["Pagefind's entry file", () => '/pagefind/pagefind-entry.json', CACHE_CONTROL.revalidate, /^application\/json/],
    ['the service worker', () => '/sw.js', CACHE_CONTROL.worker, /^application\/javascript/],
    ['the web app manifest', () => '/manifest.webmanifest', CACHE_CONTROL.day, /^application\/manifest\+json$/],
    ['an app icon', () => '/ikon/maskable-512.png', CACHE_CONTROL.day, /^image\/png$/],
    ['the offline page', () => '/luring/', CACHE_CONTROL.revalidate, /^text\/html; charset=utf-8$/],
    ["Pagefind's script", () => '/pagefind/pagefind.js', CACHE_CONTROL.revalidate, /javascript/],
    [
      "Pagefind's WebAssembly",
      () => first('pagefind', /^wasm\..*\.pagefind$/),
      CACHE_CONTROL.revalidate,
      /^application\/octet-stream$/,
    ],
    [
      "Pagefind's fragment",
      () => first('pagefind/fragment', /\.pf_fragment$/),
      CACHE_CONTROL.immutable,
      /^application\/octet-stream$/,
    ],
    [
      "a period bundle's index",
      () => first(`pagefind/${periodPath()}index`, /\.pf_index$/),
      CACHE_CONTROL.immutable,
      /^application\/octet-stream$/,
    ],
  ];
  for (const [kind, url, cacheControl, type] of KINDS) {
    test(`sends ${kind} with its cache lifetime, type and the security headers`, async ({ request }) => {
      const response = await request.get(url());
      expect(response.status()).toBe(200);
      expect(response.headers()['cache-control']).toBe(cacheControl);
      expect(response.headers()['content-type']).toMatch(type);
      expectSecurityHeaders(response, kind);
    });
  }

  test("answers a live feed's conditional request with 304, as an open live page asks", async ({ request }) => {
    const feed = `${LIVE}pembaruan.json`;
    const first = await request.get(feed);
    const etag = first.headers().etag;
    expect(etag).toBeTruthy();
    const again = await request.get(feed, { headers: { 'if-none-match': etag! } });
    expect(again.status()).toBe(304);
    expect(await again.body()).toHaveLength(0);
  });

  test('compresses text for a browser that accepts gzip, and leaves images alone', async ({ request }) => {
    for (const url of ['/', SEED, first('_astro', /\.css$/), '/rss.xml', '/terkini.json']) {
      const response = await request.get(url, { headers: { 'accept-encoding': 'gzip' } });
      expect(response.headers()['content-encoding'], url).toBe('gzip');
      expect(response.headers().vary, url).toMatch(/Accept-Encoding/);
    }
    const card = await request.get('/og/situs.jpg', { headers: { 'accept-encoding': 'gzip' } });
    expect(card.headers()['content-encoding']).toBeUndefined();
  });

  test('a reader loads the seed article: its inline scripts run, nothing is blocked', async ({ page }) => {
    const problems = await watch(page);
    await page.goto(SEED, { waitUntil: 'networkidle' });
    await expect(page.locator('h1')).toContainText('Kim Sambut Putin');
    await expect(page.locator('html')).toHaveClass(/\bjs\b/);
    await expect(page.locator('#terkini-isi li')).toHaveCount(5);
    expect(problems).toEqual([]);
  });

  test('a second load of an article fetches nothing but the page, revalidated with a 304', async ({ browser }) => {
    // One reader, known to the access log by its user agent.
    const agent = `warta-second-load-${Date.now()}`;
    const context = await browser.newContext({ userAgent: agent });
    const page = await context.newPage();
    const logged = () =>
      existsSync(NGINX_ACCESS_LOG)
        ? readFileSync(NGINX_ACCESS_LOG, 'utf8')
            .split('\n')
            .filter((line) => line.includes(agent))
        : [];
    await page.goto(SEED, { waitUntil: 'networkidle' });
    await expect(page.locator('#terkini-isi li')).toHaveCount(5);
    const firstLoad = logged();
    expect(firstLoad.length).toBeGreaterThan(2);
    // A link to the page, followed: what a reader does, not a reload (which revalidates everything).
    await page.evaluate((url) => {
      const link = document.createElement('a');
      link.href = url;
      document.body.append(link);
      link.click();
    }, SEED);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('#terkini-isi li')).toHaveCount(5);
    const secondLoad = logged().slice(firstLoad.length);
    expect(secondLoad.map((line) => /"GET (\S+) [^"]*" (\d{3})/.exec(line)?.slice(1, 3).join(' '))).toEqual([
      `${SEED} 304`,
    ]);
    await context.close();
  });
});
