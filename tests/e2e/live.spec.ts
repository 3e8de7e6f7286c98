/**
 * Live coverage (issue 28, content-format "Live coverage"): the live page of the default content, built as
 * of 08.00 WIB on its day, and the next publish of it with one more update (`npm run build:live-next`,
 * tests/support/live-next-content.ts), whose `pembaruan.json` is served to the open page as the server
 * would after that publish. The page's clock is Playwright's: it is moved past the polling interval
 * instead of waiting for it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type Route, test } from '@playwright/test';
import { LIVE_POLL_MS } from '../../src/core/live.ts';
import { NEXT_UPDATE } from '../support/live-next-content.ts';
import { LIVE } from './pages.ts';
import { watch } from './watch.ts';

const root = path.resolve(import.meta.dirname, '../..');
const FEED = `${LIVE}pembaruan.json`;
const feedOf = (dist: string) => readFileSync(path.join(root, dist, FEED), 'utf8');
/** The build's day and time (package.json's WARTA_BUILD_DATE): the coverage runs 05.30–22.00 WIB. */
const BUILT_AT = new Date('2025-11-21T08:00:00+07:00');
const END = new Date('2025-11-21T22:00:00+07:00');

const STREAM = '[data-live-updates] > article';
const toast = (page: Page) => page.locator('[data-live-toast] button');

/** Serves the feed from `body` (a function of the request count), counting requests and what they carried. */
async function serveFeed(page: Page, body: (n: number, route: Route) => Promise<void> | void) {
  const requests: Record<string, string>[] = [];
  await page.route(`**${FEED}`, async (route) => {
    requests.push(route.request().headers());
    await body(requests.length, route);
  });
  return requests;
}

const json = (text: string, etag: string) => ({
  status: 200,
  contentType: 'application/json; charset=utf-8',
  headers: { ETag: etag, 'Cache-Control': 'public, max-age=10, must-revalidate' },
  body: text,
});

/**
 * Moves the page's clock on, an interval at a time, until the page has asked `n` times. The page sets its
 * next timer only once the last answer is in (a real fetch, outside the fake clock): an interval run
 * before that would pass without a timer to fire.
 */
async function pollUntil(page: Page, requests: unknown[], n: number) {
  await expect
    .poll(async () => {
      if (requests.length < n) await page.clock.runFor(LIVE_POLL_MS);
      return requests.length;
    })
    .toBe(n);
}

/** Makes the page hidden or visible, as switching tabs does. */
async function setHidden(page: Page, hidden: boolean) {
  await page.evaluate((h) => {
    Object.defineProperty(document, 'visibilityState', { value: h ? 'hidden' : 'visible', configurable: true });
    Object.defineProperty(document, 'hidden', { value: h, configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
}

test.describe('a live page', () => {
  test('is complete without JavaScript: mark, summary, key events, the pinned update, then newest first', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(LIVE);
    await expect(page.locator('.live-mark')).toBeVisible();
    await expect(page.locator('.live-mark')).toContainText('Langsung');
    await expect(page.locator('.live-toast')).toBeHidden();
    const body = page.locator('.article-body');
    await expect(body.locator('> p').first()).toContainText('Banjir rob merendam enam kelurahan');

    const keyEvents = body.locator('nav.live-key-events');
    await expect(keyEvents.getByRole('heading')).toHaveText('Peristiwa penting');
    await expect(keyEvents.locator('a')).toHaveText([
      /07\.50 WIB\s*BMKG peringatkan pasang kedua sore ini/,
      /06\.10 WIB\s*BPBD tetapkan status tanggap darurat tujuh hari/,
    ]);
    expect(await keyEvents.locator('a').evaluateAll((a) => a.map((l) => l.getAttribute('href')))).toEqual([
      '#pembaruan-20251121-0750',
      '#pembaruan-20251121-0610',
    ]);

    const updates = page.locator(STREAM);
    await expect(updates).toHaveCount(8);
    expect(await updates.evaluateAll((all) => all.map((u) => u.getAttribute('data-update')))).toEqual([
      'pembaruan-20251121-0540',
      'pembaruan-20251121-0750',
      'pembaruan-20251121-0730',
      'pembaruan-20251121-0715',
      'pembaruan-20251121-0655',
      'pembaruan-20251121-0635',
      'pembaruan-20251121-0610',
      'pembaruan-20251121-0545',
    ]);
    await expect(updates.first()).toHaveClass(/live-update-pinned/);
    await expect(updates.first().locator('.live-update-label')).toHaveText('Disematkan');
    // Each update is headed by its WIB time, which is its anchor.
    await expect(page.locator('#pembaruan-20251121-0730 time')).toHaveText('07.30 WIB');
    // Heading navigation hears what each update is: its time, its labels and its lead (Chromium puts a
    // space between the time and the hidden words; a screen reader pauses at the comma either way).
    await expect(
      page.getByRole('heading', {
        name: /^07\.50 WIB ?, peristiwa penting: BMKG peringatkan pasang kedua sore ini$/,
        level: 2,
      }),
    ).toBeVisible();
    await expect(
      page.getByRole('heading', { name: /^05\.40 WIB ?, disematkan: Posko dan nomor darurat$/ }),
    ).toBeVisible();
    await expect(page.getByRole('article', { name: /^07\.30 WIB ?: Dinas Pendidikan meliburkan/ })).toBeVisible();
    // A quote from an expert inside an update feeds the sidebar.
    await expect(
      page.locator('#pembaruan-20251121-0715').locator('xpath=ancestor::article[1]').locator('q.quote'),
    ).toHaveCount(1);
    await expect(page.locator('.expert-sidebar, [aria-labelledby="narasumber-judul"]').first()).toContainText(
      'Siti Rahmawati',
    );
    // The dateline's update is the newest update.
    await expect(page.locator('header time[datetime="2025-11-21T07:50:00+07:00"]').first()).toBeVisible();
    await context.close();
  });

  test('says what search engines read: LiveBlogPosting with its coverage and updates', async ({ page }) => {
    await page.goto(LIVE);
    const blocks = await page
      .locator('script[type="application/ld+json"]')
      .evaluateAll((scripts) => scripts.map((s) => JSON.parse(s.textContent ?? '')));
    const blog = blocks.flat().find((b) => b['@type'] === 'LiveBlogPosting');
    expect(blog).toBeDefined();
    expect(blog.coverageStartTime).toBe('2025-11-21T05:30:00+07:00');
    expect(blog.coverageEndTime).toBe('2025-11-21T22:00:00+07:00');
    expect(blog.dateModified).toBe('2025-11-21T07:50:00+07:00');
    expect(blog.liveBlogUpdate).toHaveLength(8);
    expect(blog.liveBlogUpdate[1]).toMatchObject({
      '@type': 'BlogPosting',
      headline: 'BMKG peringatkan pasang kedua sore ini',
      datePublished: '2025-11-21T07:50:00+07:00',
      url: expect.stringMatching(/\/berita\/banjir-rob-pesisir-tanjung-karang-langsung\/#pembaruan-20251121-0750$/),
    });
    expect(blog.liveBlogUpdate[1].articleBody).toMatch(/^BMKG peringatkan pasang kedua sore ini\. Badan Meteorologi/);
  });

  test("shows a next publish's update only when asked, and the reader's place holds", async ({ page }) => {
    const problems = await watch(page);
    const next = feedOf('dist-live-next');
    expect(JSON.parse(next).updates[0].id, 'the next publish adds one update').toBe(NEXT_UPDATE.id);
    await page.clock.install({ time: BUILT_AT });
    const requests = await serveFeed(page, (_, route) => route.fulfill(json(next, '"next"')));
    // The next publish's pictures, as its deploy would serve them beside this build's.
    await page.route('**/_astro/**', (route) => {
      const file = path.join(root, 'dist-live-next', new URL(route.request().url()).pathname);
      return existsSync(file) ? route.fulfill({ path: file }) : route.continue();
    });
    await page.goto(LIVE);
    const title = await page.title();

    // The reader is reading the 06.35 update, half-way down the page.
    const reading = page.locator('#pembaruan-20251121-0635');
    await reading.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -120));
    const before = await page.evaluate(() => ({
      y: window.scrollY,
      top: document.getElementById('pembaruan-20251121-0635')!.getBoundingClientRect().top,
    }));
    expect(requests).toHaveLength(0);

    await page.clock.runFor(LIVE_POLL_MS + 1_000);
    await expect(toast(page)).toBeVisible();
    expect(requests).toHaveLength(1);
    await expect(toast(page)).toHaveText('1 pembaruan baru');
    await expect(page).toHaveTitle(`(1) ${title}`);
    // Nothing was put into the page: what the reader reads has not moved.
    await expect(page.locator(STREAM)).toHaveCount(8);
    const after = await page.evaluate(() => ({
      y: window.scrollY,
      top: document.getElementById('pembaruan-20251121-0635')!.getBoundingClientRect().top,
    }));
    expect(after).toEqual(before);

    // The button is reachable and the page stays accessible while it shows.
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);

    await toast(page).click();
    const updates = page.locator(STREAM);
    await expect(updates).toHaveCount(9);
    // Below the pinned update, above the rest: the newest first.
    await expect(updates.nth(1)).toHaveAttribute('data-update', NEXT_UPDATE.id);
    await expect(page.locator(`#${NEXT_UPDATE.id}`)).toBeFocused();
    await expect(page.locator(`#${NEXT_UPDATE.id}`)).toBeInViewport();
    await expect(page.locator('[data-live-toast]')).toBeHidden();
    await expect(page).toHaveTitle(title);
    await expect(page.locator('[data-live-status]')).toHaveText('1 pembaruan baru ditampilkan');
    // The rest of the page catches up: the new key event heads "Peristiwa penting", the dateline moves on.
    await expect(page.locator('nav.live-key-events a').first()).toHaveAttribute('href', `#${NEXT_UPDATE.id}`);
    await expect(page.locator('nav.live-key-events a').first()).toContainText('Pompa bergerak tiba di Karang Asri');
    await expect(page.locator('time[data-updated]')).toHaveAttribute('datetime', '2025-11-21T07:58:00+07:00');
    await expect(page.locator('time[data-updated]')).toHaveText('Jumat, 21 November 2025, 07.58 WIB');

    // The inserted update is the next publish's own markup of it: same text, quote, anchor and share link.
    // (less the tabindex that lets the script focus its heading)
    const inserted = (await updates.nth(1).evaluate((el) => el.outerHTML)).replace(' tabindex="-1"', '');
    const nextPage = readFileSync(path.join(root, 'dist-live-next', LIVE, 'index.html'), 'utf8');
    const other = await page.context().newPage();
    await other.setContent(nextPage.replace(/<script[\s\S]*?<\/script>/g, ''));
    expect(inserted).toBe(
      await other.locator(`article[data-update="${NEXT_UPDATE.id}"]`).evaluate((el) => el.outerHTML),
    );
    await other.close();
    await expect(updates.nth(1).locator('q.quote')).toHaveCount(1);
    // Its picture is the build's, resolved (not the Markdown's relative path), and it loads.
    const picture = updates.nth(1).locator('img');
    await expect(picture).toHaveAttribute('src', /^\/_astro\//);
    await picture.scrollIntoViewIfNeeded();
    await expect
      .poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);

    // The next poll brings nothing new: no button.
    await pollUntil(page, requests, 2);
    await expect(page.locator('[data-live-toast]')).toBeHidden();
    expect(problems).toEqual([]);
  });

  test('at rest, the button waits in its own room above the stream, covering no update', async ({ page }) => {
    await page.clock.install({ time: BUILT_AT });
    await serveFeed(page, (_, route) => route.fulfill(json(feedOf('dist-live-next'), '"next"')));
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto(LIVE);
    await page.locator('nav.live-key-events').scrollIntoViewIfNeeded();
    await page.clock.runFor(LIVE_POLL_MS + 1_000);
    await expect(toast(page)).toBeVisible();
    const button = (await toast(page).boundingBox())!;
    const pinned = (await page.locator(STREAM).first().boundingBox())!;
    expect(button.y + button.height).toBeLessThanOrEqual(pinned.y);
  });

  test('asks conditionally, and a 304 changes nothing', async ({ page }) => {
    const current = feedOf('dist');
    await page.clock.install({ time: BUILT_AT });
    const requests = await serveFeed(page, (n, route) =>
      n === 1 ? route.fulfill(json(current, '"v1"')) : route.fulfill({ status: 304, headers: { ETag: '"v1"' } }),
    );
    await page.goto(LIVE);
    await page.clock.runFor(LIVE_POLL_MS + 1_000);
    await expect.poll(() => requests.length).toBe(1);
    expect(requests[0]!['if-none-match']).toBeUndefined();
    await pollUntil(page, requests, 2);
    expect(requests[1]!['if-none-match']).toBe('"v1"');
    await expect(page.locator('[data-live-toast]')).toBeHidden();
    await expect(page.locator(STREAM)).toHaveCount(8);
  });

  test('does not poll while hidden, and asks at once when shown again', async ({ page }) => {
    await page.clock.install({ time: BUILT_AT });
    const requests = await serveFeed(page, (_, route) => route.fulfill(json(feedOf('dist'), '"v1"')));
    await page.goto(LIVE);
    await setHidden(page, true);
    await page.clock.runFor(5 * LIVE_POLL_MS);
    expect(requests).toHaveLength(0);
    await setHidden(page, false);
    await page.clock.runFor(100);
    await expect.poll(() => requests.length).toBe(1);
  });

  test('stops polling when its coverage ends while open', async ({ page }) => {
    await page.clock.install({ time: new Date(END.getTime() - 10_000) });
    const requests = await serveFeed(page, (_, route) => route.fulfill(json(feedOf('dist'), '"v1"')));
    await page.goto(LIVE);
    await page.clock.runFor(5 * LIVE_POLL_MS);
    expect(requests).toHaveLength(0);
    await expect(page.locator('[data-live-mark]')).toBeHidden();
    await expect(page.locator('[data-live-ended]')).toHaveText('Liputan langsung ini telah berakhir.');
  });

  test('stops polling when the feed says the coverage has ended', async ({ page }) => {
    const ended = JSON.stringify({ ...JSON.parse(feedOf('dist')), live: false });
    await page.clock.install({ time: BUILT_AT });
    const requests = await serveFeed(page, (_, route) => route.fulfill(json(ended, '"ended"')));
    await page.goto(LIVE);
    await page.clock.runFor(LIVE_POLL_MS + 1_000);
    await expect(page.locator('[data-live-ended]')).toBeVisible();
    await page.clock.runFor(5 * LIVE_POLL_MS);
    expect(requests).toHaveLength(1);
  });

  test('stops polling when its feed is gone (the page is no longer live coverage)', async ({ page }) => {
    await page.clock.install({ time: BUILT_AT });
    const requests = await serveFeed(page, (_, route) => route.fulfill({ status: 404, body: '' }));
    await page.goto(LIVE);
    await page.clock.runFor(LIVE_POLL_MS + 1_000);
    await expect.poll(() => requests.length).toBe(1);
    await page.clock.runFor(5 * LIVE_POLL_MS);
    expect(requests).toHaveLength(1);
    await expect(page.locator('[data-live-toast]')).toBeHidden();
  });

  test('shares one update as the page URL with its anchor', async ({ browser }) => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.addInitScript(() => {
      (navigator as { share?: unknown }).share = undefined;
    });
    await page.goto(LIVE);
    const link = page.getByRole('link', { name: 'Bagikan pembaruan 07.30 WIB' });
    await expect(link).toHaveAttribute('href', '#pembaruan-20251121-0730');
    await link.click();
    // Said on the link itself for a moment (and to screen readers by the share bar's status line).
    await expect(link).toContainText('Tautan pembaruan disalin');
    const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${canonical}#pembaruan-20251121-0730`);
    await context.close();
  });
});
