/** Link previews, structured data, share images, the share bar, deep links and reader views. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { expect, test } from '@playwright/test';
import { parseHTML } from 'linkedom';
import sharp from 'sharp';
import { parseYaml, splitFrontmatter } from '../../src/content/yaml.ts';
import { typesetPlain } from '../../src/core/typography.ts';
import { SEED } from './pages.ts';

const SITE = 'https://warta.example';
const distFile = (url: string) => {
  const { pathname } = new URL(url, SITE);
  return path.join('dist', decodeURIComponent(pathname), pathname.endsWith('/') ? 'index.html' : '');
};
const articleSlugs = readdirSync('dist/berita').filter((d) => existsSync(path.join('dist/berita', d, 'index.html')));

/** An article's frontmatter, its headline and standfirst set as the site shows them (decision 028). */
function frontmatterOf(slug: string): Record<string, unknown> {
  const file = readdirSync('content/articles', { recursive: true })
    .map(String)
    .find((f) => path.basename(f, '.md') === slug);
  if (!file) throw new Error(slug);
  const fm = parseYaml(
    splitFrontmatter(readFileSync(path.join('content/articles', file), 'utf8')).frontmatter ?? '',
  ) as Record<string, unknown>;
  return { ...fm, title: typesetPlain(String(fm.title)), description: typesetPlain(String(fm.description)) };
}

function head(slug: string) {
  const html = readFileSync(`dist/berita/${slug}/index.html`, 'utf8');
  const { document } = parseHTML(html);
  const meta = (key: string) =>
    document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? undefined;
  const all = (key: string) =>
    [...document.querySelectorAll(`meta[property="${key}"]`)].map((m) => m.getAttribute('content'));
  return { html, document, meta, all };
}

test('every article page has complete preview tags early in <head>', async () => {
  expect(articleSlugs.length).toBeGreaterThan(10);
  for (const slug of articleSlugs) {
    const fm = frontmatterOf(slug);
    const { html, document, meta, all } = head(slug);
    const canonical = `${SITE}/berita/${slug}/`;
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), slug).toBe(canonical);
    expect(meta('description')).toBe(fm.description);
    expect(meta('og:type')).toBe('article');
    expect(meta('og:title')).toBe(fm.title);
    expect(meta('og:description')).toBe(fm.description);
    expect(meta('og:url')).toBe(canonical);
    expect(meta('og:site_name')).toBe('Warta');
    expect(meta('og:locale')).toBe('id_ID');
    expect(meta('og:image')).toMatch(new RegExp(`^${SITE}/og/berita/${slug}-[0-9a-f]{12}\\.jpg$`));
    expect(meta('og:image:width')).toBe('1200');
    expect(meta('og:image:height')).toBe('630');
    expect(meta('og:image:alt')).toBe(fm.title);
    expect(meta('article:published_time')).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
    if (fm.updated) expect(meta('article:modified_time')).toMatch(/\+07:00$/);
    expect(meta('article:section')).toBeTruthy();
    expect(all('article:tag')).toEqual(fm.tags ?? []);
    expect(meta('twitter:card')).toBe('summary_large_image');
    expect(meta('twitter:image')).toBe(meta('og:image'));
    // WhatsApp reads only the first 300 KB of the page.
    expect(html.indexOf('og:image:alt')).toBeLessThan(300_000);
    expect(html.indexOf('og:image')).toBeLessThan(html.indexOf('<body'));
  }
});

test('other pages carry the site card, sections their own', () => {
  const home = parseHTML(readFileSync('dist/index.html', 'utf8')).document;
  expect(home.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('website');
  expect(home.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(`${SITE}/og/situs.jpg`);
  const section = parseHTML(readFileSync('dist/rubrik/ekonomi/index.html', 'utf8')).document;
  expect(section.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(
    `${SITE}/og/rubrik/ekonomi.jpg`,
  );
  expect(section.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe('Ekonomi');
});

test('share images are 1200×630 JPEGs under 300 KB', async () => {
  const files = [
    'dist/og/situs.jpg',
    ...readdirSync('dist/og/rubrik').map((f) => `dist/og/rubrik/${f}`),
    ...readdirSync('dist/og/berita').map((f) => `dist/og/berita/${f}`),
  ];
  expect(files.length).toBeGreaterThan(articleSlugs.length);
  // One card an article: no taller versions of it (docs/sharing.md, "One card, not four").
  expect(readdirSync('dist/og/berita')).toHaveLength(articleSlugs.length);
  for (const slug of articleSlugs) expect(existsSync(distFile(head(slug).meta('og:image')!))).toBe(true);
  for (const file of files) {
    const info = await sharp(file).metadata();
    expect([info.format, info.width, info.height], file).toEqual(['jpeg', 1200, 630]);
    expect(statSync(file).size).toBeLessThan(300 * 1024);
  }
});

test('JSON-LD: a NewsArticle (a live page: LiveBlogPosting) and a BreadcrumbList of the schema.org types used', () => {
  for (const slug of articleSlugs) {
    const { document } = head(slug);
    const blocks = [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) =>
      JSON.parse(s.textContent ?? ''),
    );
    const fm = frontmatterOf(slug);
    const article = blocks.find((b) => b['@type'] === (fm.live ? 'LiveBlogPosting' : 'NewsArticle'));
    const crumbs = blocks.find((b) => b['@type'] === 'BreadcrumbList');
    expect(article['@context']).toBe('https://schema.org');
    expect(article.headline).toBe(fm.title);
    expect(article.description).toBe(fm.description);
    expect(article.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
    expect(article.dateModified).toMatch(/\+07:00$/);
    expect(article.inLanguage).toBe('id');
    expect(article.mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': `${SITE}/berita/${slug}/` });
    expect(article.author['@type']).toBe('Organization');
    expect(article.publisher).toMatchObject({
      '@type': 'NewsMediaOrganization',
      name: 'Warta',
      logo: { '@type': 'ImageObject' },
    });
    expect(existsSync(distFile(article.publisher.logo.url))).toBe(true);
    expect(Array.isArray(article.image) && article.image.length).toBeTruthy();
    for (const url of article.image) expect(existsSync(distFile(url)), url).toBe(true);
    // The lead photo in 16:9, 4:3 and 1:1; without one, the share card alone.
    if (fm.image) expect(article.image).toHaveLength(3);
    else expect(article.image).toEqual([head(slug).meta('og:image')]);
    expect(article.keywords).toEqual(fm.tags ?? []);
    expect(typeof article.articleSection).toBe('string');
    for (const person of article.mentions ?? []) {
      expect(person).toMatchObject({
        '@type': 'Person',
        name: expect.any(String),
        jobTitle: expect.any(String),
        affiliation: { '@type': 'Organization', name: expect.any(String) },
      });
    }
    expect((article.mentions ?? []).length).toBe(((fm.experts as string[] | undefined) ?? []).length);
    expect(crumbs.itemListElement.map((i: { position: number; '@type': string }) => [i['@type'], i.position])).toEqual([
      ['ListItem', 1],
      ['ListItem', 2],
      ['ListItem', 3],
    ]);
  }
  const seed = [
    ...head('kim-sambut-putin-di-pyongyang').document.querySelectorAll('script[type="application/ld+json"]'),
  ].map((s) => JSON.parse(s.textContent ?? ''))[0];
  expect(seed.isBasedOn).toBe('https://www.dw.com/id/');
  expect(seed.sourceOrganization).toEqual({
    '@type': 'Organization',
    name: 'Deutsche Welle',
    url: 'https://www.dw.com/id/',
  });
  expect(seed.mentions[0]).toMatchObject({
    name: 'Yakov Zinberg',
    jobTitle: 'Profesor Hubungan Internasional',
    affiliation: { name: 'Universitas Kokushikan' },
  });
});

test('reader views get headline, byline and the whole body, without the sidebar or repeated pull-quotes', () => {
  const { document } = parseHTML(readFileSync(`dist${SEED}index.html`, 'utf8'));
  const article = new Readability(document as unknown as Document).parse();
  expect(article?.title).toBe('Kim Sambut Putin di Pyongyang, Apa Tujuan Pertemuan Ini?');
  expect(article?.byline).toContain('Deutsche Welle');
  const text = article?.textContent ?? '';
  expect(text).toContain('Putin juga menyampaikan rasa terima kasihnya');
  expect(text).toContain('visi hubungan internasional Putin-Kim ini gagal');
  expect(text).not.toContain('Narasumber dalam berita ini');
  expect(text).not.toContain('Rekomendasi untuk Anda');
  expect(text.split('Ini adalah ancaman yang diperhitungkan').length - 1).toBe(1);
});

test('share links go to each network with the canonical URL, correctly encoded', async ({ page }) => {
  await page.goto('/berita/harga-cabai-bawang-meroket-jelang-akhir-tahun/');
  const canonical = `${SITE}/berita/harga-cabai-bawang-meroket-jelang-akhir-tahun/`;
  const title = 'Harga Cabai & Bawang “Meroket” Jelang Akhir Tahun';
  const bar = page.getByRole('group', { name: 'Bagikan berita ini' }).first();
  const href = async (network: string) =>
    new URL((await bar.locator(`a[data-network="${network}"]`).getAttribute('href'))!);
  expect((await href('whatsapp')).searchParams.get('text')).toBe(`${title} ${canonical}`);
  expect((await href('whatsapp')).origin).toBe('https://wa.me');
  expect(Object.fromEntries((await href('telegram')).searchParams)).toEqual({ url: canonical, text: title });
  expect(Object.fromEntries((await href('x')).searchParams)).toEqual({ url: canonical, text: title });
  expect((await href('facebook')).searchParams.get('u')).toBe(canonical);
  expect((await href('linkedin')).searchParams.get('url')).toBe(canonical);
  const mail = await bar.locator('a[data-network="email"]').getAttribute('href');
  expect(mail).toMatch(/^mailto:\?subject=/);
  expect(decodeURIComponent(mail!.split('subject=')[1]!.split('&')[0]!)).toBe(title);
  expect(decodeURIComponent(mail!.split('body=')[1]!)).toContain(canonical);
  for (const network of ['whatsapp', 'telegram', 'x', 'facebook', 'linkedin']) {
    await expect(bar.locator(`a[data-network="${network}"]`)).toHaveAttribute('rel', 'noopener noreferrer');
  }
});

test('"Salin tautan" copies the canonical URL and says so to screen readers', async ({ browser }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(SEED);
  const bar = page.getByRole('group', { name: 'Bagikan berita ini' }).first();
  await bar.getByRole('button', { name: 'Salin tautan' }).click();
  await expect(bar.getByRole('status')).toHaveText('Tautan disalin');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE}${SEED}`);
  await context.close();
});

test("a quote's share link leads to the article scrolled to that quote", async ({ browser }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(SEED);
  await page.getByRole('link', { name: 'Bagikan kutipan Lim Eun-jung' }).first().click();
  const shared = await page.evaluate(() => navigator.clipboard.readText());
  expect(shared).toMatch(new RegExp(`^${SITE}${SEED}#kutipan-lim-eun-jung-1:~:text=`));
  // Open the shared link on this test server: same path and fragment.
  const url = new URL(shared);
  const reader = await context.newPage();
  await reader.goto(`${url.pathname}${url.hash}`);
  await expect(reader.locator('#kutipan-lim-eun-jung-1')).toBeInViewport();
  await context.close();
});

test('subheads have stable ids and visible anchor links', async ({ page }) => {
  await page.goto(SEED);
  const anchor = page.locator('.article-body h2 .heading-anchor').first();
  await expect(anchor).toBeVisible();
  await expect(anchor).toHaveAttribute('href', '#kemampuan-putin-yang-lihai-dan-kemauan-yang-kuat');
  await anchor.click();
  await expect(page.locator('#kemampuan-putin-yang-lihai-dan-kemauan-yang-kuat')).toBeInViewport();
});
