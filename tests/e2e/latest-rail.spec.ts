/**
 * "Berita Terkini" beside an article (LatestRail.astro): only its frame is in the page's HTML, and the list
 * is filled in the browser from /terkini.json, so a publish does not change every article page.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { SEED, VIEWPORTS } from './pages.ts';
import { watch } from './watch.ts';

interface Item {
  section: string;
  title: string;
  url: string;
  iso: string;
  date: string;
}

const NEWEST = '/berita/banjir-rob-pesisir-tanjung-karang-langsung/';
const rail = (page: Page) => page.locator('section.latest-rail');
const items = (page: Page) => page.locator('#terkini-isi li');

async function feed(request: APIRequestContext): Promise<Item[]> {
  const response = await request.get('/terkini.json');
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { stories: Item[] }).stories;
}

/** What a card shows and links to, read from the live page. */
async function cards(page: Page, list: string): Promise<Item[]> {
  return page.locator(`${list} > li`).evaluateAll((lis) =>
    lis.map((li) => ({
      section: li.querySelector('p')?.textContent?.trim() ?? '',
      title: li.querySelector('h3 a')?.textContent?.trim() ?? '',
      url: li.querySelector('h3 a')?.getAttribute('href') ?? '',
      iso: li.querySelector('time')?.getAttribute('datetime') ?? '',
      date: li.querySelector('time')?.textContent?.trim() ?? '',
    })),
  );
}

/** The markup of a list without its text: tags, classes and which attributes are set. */
async function shape(page: Page, list: string): Promise<string[]> {
  return page
    .locator(list)
    .first()
    .evaluate((ul) =>
      [ul, ...ul.querySelectorAll('*')].map(
        (el) =>
          `${el.localName}.${[...el.classList].join('.')}[${[...el.attributes]
            .map((a) => a.name)
            .filter((n) => n !== 'class')
            .sort()
            .join(',')}]`,
      ),
    );
}

test('the JSON holds the six newest stories, ready to show', async ({ page }) => {
  const stories = await feed(page.request);
  expect(stories).toHaveLength(6);
  expect(stories[0]).toEqual({
    section: 'Lingkungan',
    title: 'Banjir Rob Rendam Pesisir Tanjung Karang: Perkembangan Terkini',
    url: NEWEST,
    iso: '2025-11-21T05:30:00+07:00',
    date: '21 Nov 2025',
  });
  const response = await page.request.get('/terkini.json');
  expect(response.headers()['content-type']).toMatch(/^application\/json/);
  expect((await response.body()).length).toBeLessThan(2048);
});

test('hosts that read _headers let browsers reuse it for a minute', () => {
  expect(readFileSync('dist/_headers', 'utf8')).toMatch(/^\/terkini\.json\n {2}Cache-Control: public, max-age=60\b/m);
});

test('filled in the browser with the five newest, as the compact cards of the static lists', async ({ page }) => {
  const problems = await watch(page);
  const stories = await feed(page.request);
  await page.goto(SEED);
  await expect(items(page)).toHaveCount(5);
  expect(await cards(page, '#terkini-isi ul')).toEqual(stories.slice(0, 5));
  await expect(rail(page).getByRole('heading', { level: 2 })).toHaveText('Berita Terkini');
  await expect(rail(page).getByRole('list')).toHaveCount(1);
  await expect(rail(page).getByRole('heading', { level: 3 })).toHaveCount(5);
  await expect(rail(page).getByRole('link', { name: 'Semua berita terkini' })).toHaveAttribute('href', '/terkini/');
  // The 404 page lists the same five newest stories with StoryList's compact cards, rendered statically.
  const mine = await shape(page, '#terkini-isi ul');
  await page.goto('/halaman-yang-tidak-ada/');
  expect(await cards(page, 'section[aria-labelledby="terkini-judul"] ul')).toEqual(stories.slice(0, 5));
  expect(mine).toEqual(await shape(page, 'section[aria-labelledby="terkini-judul"] ul'));
  expect(problems.filter((p) => !/404/.test(p))).toEqual([]);
});

test('leaves out the article being read', async ({ page }) => {
  const stories = await feed(page.request);
  await page.goto(NEWEST);
  await expect(items(page)).toHaveCount(5);
  expect((await cards(page, '#terkini-isi ul')).map((c) => c.url)).toEqual(stories.slice(1, 6).map((s) => s.url));
});

test('the page itself holds no other story: only the frame and the link to /terkini/', async ({ request }) => {
  const html = await (await request.get(SEED)).text();
  const section = /<section aria-labelledby="terkini-judul"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
  expect(section).toContain('href="/terkini/"');
  expect(section).not.toMatch(/href="\/berita\//);
  for (const story of await feed(request)) expect(section).not.toContain(story.title);
});

test('without JavaScript: the heading and a link to all the latest stories, no empty slot', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: VIEWPORTS.phone });
  const page = await context.newPage();
  await page.goto(SEED);
  await expect(rail(page).getByRole('heading', { name: 'Berita Terkini' })).toBeVisible();
  await expect(page.locator('#terkini-isi')).toBeHidden();
  await expect(rail(page).getByRole('list')).toHaveCount(0);
  const link = rail(page).getByRole('link', { name: 'Semua berita terkini' });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL('/terkini/');
  await context.close();
});

test('a failed fetch leaves the link and no empty room', async ({ page }) => {
  const problems = await watch(page);
  await page.route('**/terkini.json', (route) => route.abort());
  await page.goto(SEED);
  await expect(page.locator('#terkini-isi')).toBeHidden();
  await expect(rail(page).getByRole('list')).toHaveCount(0);
  await expect(rail(page).getByRole('link', { name: 'Semua berita terkini' })).toBeVisible();
  expect(problems.filter((p) => !/ERR_FAILED|Failed to load/.test(p))).toEqual([]);
});

for (const [device, viewport] of Object.entries(VIEWPORTS)) {
  test(`the room is reserved before the list arrives and the list fits it (${device})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/terkini.json', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(SEED);
    const slot = page.locator('#terkini-isi');
    const before = await slot.boundingBox();
    const footerBefore = await page.locator('footer').last().boundingBox();
    expect(before?.height).toBeGreaterThan(300);
    // Nothing to announce yet: no empty list in the accessibility tree.
    expect(await rail(page).ariaSnapshot()).not.toMatch(/list/);
    release();
    await expect(items(page)).toHaveCount(5);
    expect(await slot.boundingBox()).toEqual(before);
    expect(await page.locator('footer').last().boundingBox()).toEqual(footerBefore);
    const list = await page.locator('#terkini-isi ul').boundingBox();
    expect(list!.height).toBeLessThanOrEqual(before!.height);
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a filled rail passes axe (${colorScheme})`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone, colorScheme });
    const page = await context.newPage();
    await page.goto(SEED);
    await expect(items(page)).toHaveCount(5);
    const results = await new AxeBuilder({ page })
      .include('section.latest-rail')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await context.close();
  });
}
