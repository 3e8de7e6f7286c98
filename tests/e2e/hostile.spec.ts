/**
 * The hostile fixture (tests/support/hostile-content.ts, built into dist-hostile/): every payload in every
 * text field is shown as text on every page that shows the field, runs nothing, and reads back exactly in
 * meta tags, JSON-LD, feeds and sitemaps.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { parseHTML } from 'linkedom';
import { LIVE_POLL_MS } from '../../src/core/live.ts';
import { slugify } from '../../src/core/slug.ts';
import { validHref } from '../../src/core/web-url.ts';
import { FIELDS_PER_PAYLOAD, HOSTILE_COUNT, HOSTILE_LIVE, hostileFields } from '../support/hostile-content.ts';
import { expectListed, newestFirst, publishedArticles, walkList } from './lists.ts';
import { injected, watch } from './watch.ts';

const DIST = 'dist-hostile';
const read = (file: string) => readFileSync(path.join(DIST, file), 'utf8');
const documentOf = (file: string) => parseHTML(read(file)).document;
/** How the page's text is compared: white space (including U+2028) folded, as a reader sees it. */
const fold = (text: string) => text.replace(/\s+/g, ' ').trim();
const payloads = Array.from({ length: HOSTILE_COUNT }, (_, i) => hostileFields(i));

async function visibleText(page: Page): Promise<string> {
  return fold(await page.locator('body').innerText());
}

test(`${HOSTILE_COUNT} payloads × ${FIELDS_PER_PAYLOAD} fields: the fixture has them all`, () => {
  const built = readdirSync(path.join(DIST, 'berita')).filter((d) => d.startsWith('xss-'));
  expect(built).toHaveLength(HOSTILE_COUNT);
  console.log(
    `hostile fixture: ${HOSTILE_COUNT} payloads × ${FIELDS_PER_PAYLOAD} fields = ${HOSTILE_COUNT * FIELDS_PER_PAYLOAD} placements`,
  );
});

for (const p of payloads) {
  test(`payload ${p.n} ${JSON.stringify(p.payload)} is text on every page and runs nothing`, async ({ page }) => {
    const problems = await watch(page, { warnings: false });
    const tagPage = `/topik/${slugify(p.article.tag)}/`;
    expect(tagPage).toMatch(/^\/topik\/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*\/$/u);

    await page.goto(`/berita/${p.slug}/`);
    const article = await visibleText(page);
    const a = p.article;
    for (const value of [
      a.title,
      a.description,
      a.tag,
      a.sourceName,
      a.credit,
      a.imageCaption,
      a.imageCredit,
      p.expert.name,
      p.expert.role,
      p.section.name,
    ]) {
      expect(article, value).toContain(fold(value));
    }
    await expect(page.locator('h1')).toHaveText(a.title);
    expect(await page.locator('main img').evaluateAll((imgs) => imgs.map((i) => i.getAttribute('alt')))).toContain(
      a.imageAlt,
    );
    expect(await injected(page)).toEqual([]);

    await page.goto(`/rubrik/${p.section.id}/`);
    const section = await visibleText(page);
    for (const value of [p.section.name, p.section.description, a.title]) expect(section, value).toContain(fold(value));
    expect(await injected(page)).toEqual([]);

    await page.goto(tagPage);
    const tag = await visibleText(page);
    for (const value of [a.tag, a.title]) expect(tag, value).toContain(fold(value));
    expect(await injected(page)).toEqual([]);

    await page.goto(`/pakar/${p.expert.id}/`);
    const expert = await visibleText(page);
    for (const value of [p.expert.name, p.expert.role, p.expert.affiliation, p.expert.bio, a.title])
      expect(expert, value).toContain(fold(value));
    expect(
      await page
        .locator('main a[href^="https://contoh.id/"]')
        .evaluateAll((links) => links.map((l) => l.getAttribute('href'))),
    ).toContain(validHref(p.expert.url));
    expect(await injected(page)).toEqual([]);

    await page.goto(`/cari/?q=${p.token}`);
    await expect(page.locator('html')).toHaveAttribute('data-search-ready', 'done');
    await expect(page.locator('#search-results h2').first()).toHaveText(a.title);
    expect(await injected(page)).toEqual([]);

    // The body's raw `<img src=x>` (kept without its onerror) fails to load: a broken picture, nothing more.
    expect(problems.filter((problem) => !(p.payload.includes('src=x') && /status of 404/.test(problem)))).toEqual([]);
  });
}

test('a live page inserts updates full of payloads from its feed as text, running nothing', async ({ page }) => {
  const problems = await watch(page);
  const url = `/berita/${HOSTILE_LIVE.slug}/`;
  const feed = JSON.parse(read(`berita/${HOSTILE_LIVE.slug}/pembaruan.json`)) as { updates: { id: string }[] };
  expect(feed.updates).toHaveLength(HOSTILE_COUNT);
  // Every update of the feed offered as new (renamed), so the open page inserts all of them.
  const renamed = { ...feed, updates: feed.updates.map((u) => ({ ...u, id: `baru-${u.id}` })) };
  await page.route(`**${url}pembaruan.json`, (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(renamed) }),
  );
  await page.clock.install({ time: new Date(process.env.WARTA_BUILD_DATE ?? '2025-11-21T08:00:00+07:00') });
  await page.goto(url);
  await page.clock.runFor(LIVE_POLL_MS + 1_000);
  await page.locator('[data-live-toast] button').click();
  await expect(page.locator('[data-live-updates] > article')).toHaveCount(2 * HOSTILE_COUNT);
  expect(await injected(page)).toEqual([]);
  expect(problems.filter((problem) => !/status of 404/.test(problem))).toEqual([]);
});

test('articles kept for reading offline are listed on the offline page with their payload headlines as text', async ({
  page,
  context,
}) => {
  const problems = await watch(page, { warnings: false });
  const kept = payloads.slice(0, 6);
  for (const p of kept) {
    await page.goto(`/berita/${p.slug}/`);
    // Kept once the worker has read the page (asked as the offline page asks).
    await expect
      .poll(() =>
        page.evaluate(async () => {
          const registration = await navigator.serviceWorker.ready;
          return new Promise<number>((resolve) => {
            const channel = new MessageChannel();
            channel.port1.onmessage = (event) => resolve(event.data.length);
            registration.active?.postMessage({ type: 'list' }, [channel.port2]);
          });
        }),
      )
      .toBe(kept.indexOf(p) + 1);
  }
  await context.setOffline(true);
  await page.goto('/rubrik/tidak-tersimpan/');
  await expect(page.locator('h1')).toHaveText('Anda sedang luring');
  const titles = await page.locator('[data-offline-list] [data-title]').allTextContents();
  expect(titles.map(fold)).toEqual(kept.map((p) => fold(p.article.title)).reverse());
  expect(await injected(page)).toEqual([]);
  // A kept copy offline: its note is the worker's, the page as it was.
  await page.goto(`/berita/${kept[0]!.slug}/`);
  await expect(page.locator('.saved-copy')).toBeVisible();
  expect(await injected(page)).toEqual([]);
  expect(problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(p))).toEqual([]);
});

test('home, latest and experts pages list the payloads as text and run nothing', async ({ page }) => {
  const problems = await watch(page, { warnings: false });
  for (const url of ['/', '/terkini/', '/pakar/', '/cari/?q=ujixss']) {
    await page.goto(url);
    if (url.startsWith('/cari/')) await expect(page.locator('html')).toHaveAttribute('data-search-ready', 'done');
    const text = await visibleText(page);
    const shown = payloads.filter((p) => text.includes(fold(url === '/pakar/' ? p.expert.name : p.article.title)));
    expect(shown.length, url).toBeGreaterThanOrEqual(url === '/' ? 3 : 10);
    expect(await injected(page)).toEqual([]);
  }
  expect(problems).toEqual([]);
});

test('the article rail shows the newest headlines from /terkini.json as text, within its reserved room', async ({
  page,
}) => {
  const problems = await watch(page, { warnings: false });
  const stories = (
    (await (await page.request.get('/terkini.json')).json()) as {
      stories: { section: string; title: string; url: string; date: string }[];
    }
  ).stories;
  expect(stories.length).toBe(6);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/berita/${payloads[0]!.slug}/`);
  const slot = page.locator('#terkini-isi');
  const reserved = await slot.boundingBox();
  const cards = slot.locator('li');
  await expect(cards).toHaveCount(5);
  const shown = await cards.evaluateAll((lis) =>
    lis.map((li) => ({
      section: li.querySelector('p')!.textContent,
      title: li.querySelector('h3 a')!.textContent,
      url: li.querySelector('h3 a')!.getAttribute('href'),
    })),
  );
  const expected = stories.filter((s) => s.url !== `/berita/${payloads[0]!.slug}/`).slice(0, 5);
  expect(shown).toEqual(expected.map(({ section, title, url }) => ({ section, title, url })));
  expect(await slot.boundingBox()).toEqual(reserved);
  expect((await slot.locator('ul').boundingBox())!.height).toBeLessThanOrEqual(reserved!.height);
  // Long unbroken headlines and section names neither widen the rail nor spill out of it.
  expect(
    await page
      .locator('section.latest-rail')
      .evaluate(
        (rail) => rail.scrollWidth <= rail.clientWidth && rail.getBoundingClientRect().right <= window.innerWidth,
      ),
  ).toBe(true);
  expect(await injected(page)).toEqual([]);
  expect(problems).toEqual([]);
});

test('meta tags and JSON-LD of every payload article read back exactly', () => {
  for (const p of payloads) {
    const document = documentOf(`berita/${p.slug}/index.html`);
    const meta = (key: string) =>
      [...document.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)].map((m) =>
        m.getAttribute('content'),
      );
    const a = p.article;
    expect(document.querySelector('title')?.textContent).toContain(a.title);
    expect(meta('description')).toEqual([a.description]);
    expect(meta('og:title')).toEqual([a.title]);
    expect(meta('og:description')).toEqual([a.description]);
    expect(meta('twitter:title')).toEqual([a.title]);
    // The preview image is the share card, which shows the headline.
    expect(meta('og:image:alt')).toEqual([a.title]);
    expect(meta('article:tag')).toEqual([a.tag]);
    expect(meta('article:section')).toEqual([p.section.name]);

    const blocks = [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? '');
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      expect(block).not.toMatch(/<\/?script|<!--|\u2028|\u2029/i);
    }
    const data = blocks.map((b) => JSON.parse(b) as Record<string, unknown>);
    const news = data.find((d) => d['@type'] === 'NewsArticle') as Record<string, unknown>;
    expect(news.headline).toBe(a.title);
    expect(news.description).toBe(a.description);
    expect(news.keywords).toEqual([a.tag]);
    expect(news.articleSection).toBe(p.section.name);
    expect(news.author).toEqual({ '@type': 'Organization', name: a.sourceName, url: validHref(a.sourceUrl) });
    expect(news.isBasedOn).toBe(validHref(a.sourceUrl));
    expect((news.mentions as unknown[])[0]).toMatchObject({
      name: p.expert.name,
      jobTitle: p.expert.role,
      affiliation: { name: p.expert.affiliation },
      sameAs: validHref(p.expert.url),
    });
    const crumbs = data.find((d) => d['@type'] === 'BreadcrumbList') as
      | { itemListElement: { name: string }[] }
      | undefined;
    if (crumbs) expect(crumbs.itemListElement.map((i) => i.name)).toContain(p.section.name);
  }
});

test('feeds and sitemaps are well-formed XML with every payload as text', async ({ page }) => {
  const parser = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => ['item', 'url', 'category'].includes(name),
  });
  const xmlFiles = readdirSync(DIST, { recursive: true })
    .map(String)
    .filter((f) => /\.xml$/.test(f));
  expect(xmlFiles.length).toBeGreaterThan(HOSTILE_COUNT);
  // Chromium's XML parser is strict: one unescaped < or & and it returns a <parsererror> document.
  const malformed = await page.evaluate(
    (files) =>
      files
        .filter(([, xml]) => new DOMParser().parseFromString(xml, 'application/xml').querySelector('parsererror'))
        .map(([file]) => file),
    xmlFiles.map((file) => [file, read(file)] as [string, string]),
  );
  expect(malformed).toEqual([]);

  const items = parser.parse(read('rss.xml')).rss.channel.item as {
    title: string;
    description: string;
    category: string[];
  }[];
  for (const p of payloads) {
    const item = items.find((i) => String(i.title) === p.article.title);
    expect(item, p.article.title).toBeDefined();
    expect(String(item!.description)).toBe(p.article.description);
    expect(item!.category.map(String)).toEqual([p.section.name, p.article.tag]);
    const sectionFeed = parser.parse(read(`rubrik/${p.section.id}/rss.xml`)).rss.channel;
    expect(String(sectionFeed.title)).toContain(p.section.name);
  }
  const news = parser.parse(read('sitemap-berita.xml')).urlset.url as { 'news:news': { 'news:title': string } }[];
  for (const p of payloads) expect(news.map((u) => String(u['news:news']['news:title']))).toContain(p.article.title);
});

test('share images of every payload article and section are drawn', () => {
  const images = readdirSync(path.join(DIST, 'og/berita'));
  for (const p of payloads) {
    const mine = images.filter((f) => f.startsWith(`${p.slug}-`) && f.endsWith('.jpg'));
    expect(mine.length, p.slug).toBeGreaterThan(0);
    for (const file of [...mine.map((f) => `og/berita/${f}`), `og/rubrik/${p.section.id}.jpg`]) {
      const bytes = readFileSync(path.join(DIST, file));
      expect(bytes.subarray(0, 3).toString('hex'), file).toBe('ffd8ff');
      expect(statSync(path.join(DIST, file)).size).toBeGreaterThan(10_000);
    }
  }
});

test('/terkini/ pages through every article once, newest first: three pages, the middle one linking both ways', async ({
  page,
  request,
  baseURL,
}) => {
  const walk = await walkList(page, '/terkini/');
  expect(walk.pages).toEqual(['/terkini/', '/terkini/2/', '/terkini/3/']);
  expectListed(walk, newestFirst(await publishedArticles(request, baseURL!)), '/terkini/');
});
