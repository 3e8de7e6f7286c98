/**
 * Reading offline (issue 29, docs/offline.md): the service worker keeps the pages a reader opened and
 * answers with them when the network fails, shows the offline page for the rest, and never answers with
 * a kept copy while the network answers. Offline is Playwright's (`context.setOffline`), which cuts the
 * worker's network too.
 */
import { expect, type Page, test } from '@playwright/test';
import { deployServer } from './deploy-server.ts';
import { LIVE, OLD_ARTICLE, SEED } from './pages.ts';
import { watch } from './watch.ts';

/** What the worker lists as kept (saved first), asked the way the offline page asks. */
async function kept(page: Page): Promise<Array<{ path: string; title: string; saved: boolean }>> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = (event) => resolve(event.data);
      registration.active?.postMessage({ type: 'list' }, [channel.port2]);
    });
  });
}

const keptPaths = async (page: Page) => (await kept(page)).map((p) => p.path);

/** Empties the browser's HTTP cache: what then comes offline can only come from the worker's caches. */
async function forgetHttpCache(page: Page): Promise<void> {
  await (await page.context().newCDPSession(page)).send('Network.clearBrowserCache');
}

/** Opens a page and waits until the worker has kept it. */
async function read(page: Page, url: string, path = url): Promise<void> {
  await page.goto(url);
  await expect.poll(() => keptPaths(page)).toContain(path);
}

test('an article read once opens offline as it was, with a note that it is a saved copy and from when', async ({
  page,
  context,
}) => {
  const problems = await watch(page);
  await read(page, SEED);
  const headline = await page.locator('h1').first().textContent();
  await forgetHttpCache(page);
  await context.setOffline(true);
  await page.goto(SEED);
  await expect(page.locator('h1').first()).toHaveText(headline ?? '');
  const note = page.locator('.saved-copy');
  await expect(note).toBeVisible();
  await expect(note).toContainText(/Anda membaca salinan tersimpan dari \d{1,2} \w{3} \d{4}, \d{2}\.\d{2} WIB\./);
  // As it was: its stylesheet and lead picture come from the worker's cache.
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/system-ui|sans/);
  await expect(page.locator('.article-body p').first()).toBeVisible();
  // Back online, the same link comes from the network: no note.
  await context.setOffline(false);
  await page.goto(SEED);
  await expect(page.locator('h1').first()).toHaveText(headline ?? '');
  await expect(page.locator('.saved-copy')).toHaveCount(0);
  expect(problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(p))).toEqual([]);
});

test('an article with a lead picture opens offline with the picture at the size it was shown', async ({
  page,
  context,
}) => {
  const article = '/berita/harga-cabai-bawang-meroket-jelang-akhir-tahun/';
  await page.setViewportSize({ width: 390, height: 844 });
  await read(page, article);
  const lead = page.locator('main img').first();
  const shown = await lead.evaluate((img: HTMLImageElement) => img.currentSrc);
  expect(shown).toMatch(/\/_astro\/.+\.(webp|avif|jpg)$/);
  await forgetHttpCache(page);
  await context.setOffline(true);
  await page.goto(article);
  await expect(page.locator('.saved-copy')).toBeVisible();
  await expect(lead).toHaveJSProperty('complete', true);
  expect(await lead.evaluate((img: HTMLImageElement) => [img.currentSrc, img.naturalWidth > 0])).toEqual([shown, true]);
});

test('an unread article gives the offline page, which lists the saved and the read ones; a search says it needs a connection', async ({
  page,
  context,
}) => {
  await read(page, LIVE);
  await read(page, SEED);
  await page.locator('[data-save]').first().click();
  await expect(page.locator('[data-save]').first()).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-save]').last()).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-share-status]').first()).toHaveText(/Berita disimpan/);
  await context.setOffline(true);
  await page.goto(OLD_ARTICLE);
  await expect(page.locator('h1')).toHaveText('Anda sedang luring');
  // The address the reader asked for stays: "Coba lagi" asks for it again.
  expect(new URL(page.url()).pathname).toBe(OLD_ARTICLE);
  const items = page.locator('[data-offline-list] li');
  await expect(items).toHaveCount(2);
  await expect(items.first().locator('a')).toHaveAttribute('href', SEED);
  await expect(items.first()).toContainText('Disimpan');
  await expect(items.nth(1).locator('a')).toHaveAttribute('href', LIVE);
  await expect(items.nth(1).locator('[data-saved]')).toBeHidden();
  await expect(page.locator('[data-offline-empty]')).toBeHidden();
  await expect(page.locator('[data-offline-search]')).toBeHidden();
  // From the list, the saved article opens.
  await items.first().locator('a').click();
  await expect(page.locator('.saved-copy')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${SEED}$`));
  // A search from the header box of the kept article: the search page cannot come, the offline page says why.
  await page.locator('#cari-header').fill('banjir');
  await page.locator('#cari-header').press('Enter');
  await expect(page).toHaveURL(/\/cari\/\?q=banjir$/);
  await expect(page.locator('h1')).toHaveText('Anda sedang luring');
  await expect(page.locator('[data-offline-search]')).toBeVisible();
  await expect(page.locator('[data-offline-search]')).toHaveText(/Pencarian membutuhkan sambungan internet/);
  // Unsaved, the article is still kept as read.
  await context.setOffline(false);
  await page.goto(SEED);
  await page.locator('[data-save]').first().click();
  await expect(page.locator('[data-save]').first()).toHaveAttribute('aria-pressed', 'false');
  expect((await kept(page)).find((p) => p.path === SEED)?.saved).toBe(false);
});

test('a changed page on the server is never answered with the old copy while online', async ({ page, context }) => {
  const server = await deployServer();
  const at = (path: string) => `${server.origin}${path}`;
  await read(page, at(SEED), SEED);
  const original = await (await page.request.get(at(SEED))).text();
  // The next publish changes the headline.
  server.deploy(SEED, original.replace(/(<h1\b[^>]*>)/, '$1Diperbarui: '));
  await page.goto(at(SEED));
  await expect(page.locator('h1').first()).toContainText('Diperbarui: ');
  await expect(page.locator('.saved-copy')).toHaveCount(0);
  // And the copy kept for offline is the new one.
  await context.setOffline(true);
  await page.goto(at(SEED));
  await expect(page.locator('.saved-copy')).toBeVisible();
  await expect(page.locator('h1').first()).toContainText('Diperbarui: ');
  await server.close();
});

test('an article the newsroom took down is no longer kept once the site says so', async ({ page, context }) => {
  const server = await deployServer();
  const at = (path: string) => `${server.origin}${path}`;
  await read(page, at(LIVE), LIVE);
  await read(page, at(SEED), SEED);
  server.deploy(SEED, null);
  const response = await page.goto(at(SEED));
  expect(response?.status()).toBe(404);
  await expect.poll(() => keptPaths(page)).toEqual([LIVE]);
  await context.setOffline(true);
  await page.goto(at(SEED));
  await expect(page.locator('h1')).toHaveText('Anda sedang luring');
  await expect(page.locator('[data-offline-list] a')).toHaveAttribute('href', LIVE);
  await server.close();
});

test("a new deploy's worker takes over without breaking an open page", async ({ page, context }) => {
  const problems = await watch(page);
  const server = await deployServer();
  const at = (path: string) => `${server.origin}${path}`;
  await read(page, at(SEED), SEED);
  await page.goto(at(LIVE));
  await expect.poll(() => keptPaths(page)).toContain(LIVE);
  const shell = (names: string[]) => names.filter((name) => name.includes(':shell-'));
  const before = shell(await page.evaluate(() => caches.keys()));
  expect(before).toHaveLength(1);
  // The next deploy's worker: the same code with a new version (what a changed stylesheet or offline page makes).
  const worker = await (await page.request.get(at('/sw.js'))).text();
  const version = /version:"([0-9a-f]{12})"/.exec(worker)?.[1];
  expect(version).toBeTruthy();
  server.deploy('/sw.js', worker.replaceAll(version!, 'feedfacecafe'));
  const changed = page.evaluate(
    () => new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve())),
  );
  await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
  await changed;
  // The old shell is gone; the kept pages and their files are not.
  await expect
    .poll(async () => shell(await page.evaluate(() => caches.keys())))
    .toEqual([before[0]!.replace(version!, 'feedfacecafe')]);
  expect(await keptPaths(page)).toEqual(expect.arrayContaining([SEED, LIVE]));
  // The open page still works under the new worker: its controls answer, its links lead on.
  await page.locator('[data-save]').first().click();
  await expect(page.locator('[data-save]').first()).toHaveAttribute('aria-pressed', 'true');
  await page.locator('header a[href="/"]').first().click();
  await expect(page).toHaveURL(at('/'));
  await expect(page.locator('.saved-copy')).toHaveCount(0);
  await context.setOffline(true);
  await page.goto(at(LIVE));
  await expect(page.locator('.saved-copy')).toBeVisible();
  await page.goto(at(OLD_ARTICLE));
  await expect(page.locator('h1')).toHaveText('Anda sedang luring');
  expect(problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(p))).toEqual([]);
  await server.close();
});

test('a search typed offline on the search page says it needs a connection, and searches once back online', async ({
  page,
  context,
}) => {
  await page.goto('/cari/');
  await context.setOffline(true);
  await page.locator('#search-results').waitFor({ state: 'attached' });
  await page.getByRole('searchbox').last().fill('putin');
  await page.getByRole('searchbox').last().press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-search-ready', 'error');
  await expect(page.getByRole('status')).toHaveText(
    'Pencarian membutuhkan sambungan internet. Berita yang tersimpan tetap bisa dibaca.',
  );
  await context.setOffline(false);
  await page.getByRole('button', { name: 'Coba lagi' }).click();
  await expect(page.getByRole('status')).toHaveText(/\d+ hasil untuk “putin”/);
});

test('the site is installable: Chromium finds its manifest, icons and worker without an error', async ({ page }) => {
  await read(page, SEED);
  await expect(page.locator('link[rel=manifest]')).toHaveAttribute('href', '/manifest.webmanifest');
  const cdp = await page.context().newCDPSession(page);
  const manifest = await cdp.send('Page.getAppManifest');
  expect(manifest.errors).toEqual([]);
  expect(JSON.parse(manifest.data ?? '{}')).toMatchObject({ lang: 'id', short_name: 'Warta', display: 'standalone' });
  // Playwright's contexts are incognito, where Chromium installs nothing: the one error that is not the site's.
  await expect
    .poll(async () =>
      (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors
        .map((e) => e.errorId)
        .filter((id) => id !== 'in-incognito'),
    )
    .toEqual([]);
});
