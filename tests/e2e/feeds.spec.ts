/** Feeds, sitemaps and robots.txt of the built default site, read from dist/ like a crawler would. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { parseYaml, splitFrontmatter } from '../../src/content/yaml.ts';

const SITE = 'https://warta.example';
const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['item', 'url', 'category'].includes(name),
});
const read = (file: string) => readFileSync(path.join('dist', file), 'utf8');

/** The default content's articles, from the files: slug, section and whether it is a draft. */
function contentArticles() {
  const root = 'content/articles';
  return readdirSync(root, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const data = parseYaml(splitFrontmatter(readFileSync(path.join(root, f), 'utf8')).frontmatter ?? '') as {
        section: string;
        draft?: boolean;
      };
      return { slug: path.basename(f, '.md'), section: data.section, draft: data.draft === true };
    });
}
const published = contentArticles().filter((a) => !a.draft);
const drafts = contentArticles().filter((a) => a.draft);
const articleUrl = (slug: string) => `${SITE}/berita/${slug}/`;

test('the site feed is RSS 2.0 listing every published article, with absolute links, summary and image', () => {
  const rss = parser.parse(read('rss.xml')).rss;
  expect(rss['@_version']).toBe('2.0');
  const items = rss.channel.item as {
    link: string;
    description: string;
    pubDate: string;
    'media:content'?: { '@_url': string };
  }[];
  expect(items.map((i) => i.link).sort()).toEqual(published.map((a) => articleUrl(a.slug)).sort());
  for (const draft of drafts) expect(read('rss.xml')).not.toContain(draft.slug);
  for (const item of items) {
    expect(item.description.length).toBeGreaterThan(20);
    expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
    if (item['media:content'])
      expect(item['media:content']['@_url']).toMatch(/^https:\/\/warta\.example\/_astro\/.+\.jpg$/);
  }
  expect(items.some((i) => i['media:content'])).toBe(true);
  expect(rss.channel['atom:link']['@_href']).toBe(`${SITE}/rss.xml`);
});

test('each section has its own feed with only its articles', () => {
  for (const section of new Set(published.map((a) => a.section))) {
    const items = parser.parse(read(`rubrik/${section}/rss.xml`)).rss.channel.item as { link: string }[];
    expect(items.map((i) => i.link).sort()).toEqual(
      published
        .filter((a) => a.section === section)
        .map((a) => articleUrl(a.slug))
        .sort(),
    );
  }
});

test('feeds are advertised in <head>', () => {
  expect(read('index.html')).toContain(
    `<link rel="alternate" type="application/rss+xml" title="Warta: Berita Terkini" href="${SITE}/rss.xml">`,
  );
  expect(read('rubrik/ekonomi/index.html')).toContain(`href="${SITE}/rubrik/ekonomi/rss.xml"`);
});

test('sitemap.xml lists every published article with lastmod, and no draft', () => {
  const urls = parser.parse(read('sitemap.xml')).urlset.url as { loc: string; lastmod?: string }[];
  const locs = urls.map((u) => u.loc);
  for (const article of published) expect(locs).toContain(articleUrl(article.slug));
  for (const draft of drafts) expect(locs).not.toContain(articleUrl(draft.slug));
  for (const loc of locs) expect(loc).toMatch(/^https:\/\/warta\.example\//);
  expect(urls.find((u) => u.loc === articleUrl('kim-sambut-putin-di-pyongyang'))?.lastmod).toBe('2025-10-05T17:00:00Z');
  expect(locs).toContain(`${SITE}/rubrik/ekonomi/`);
  expect(locs).toContain(`${SITE}/pakar/yakov-zinberg/`);
});

test('the news sitemap lists the published articles of the 48 hours before the build, and no draft', () => {
  // Built as of 2025-11-21 08:00 WIB (WARTA_BUILD_DATE in `npm test`): the window opens on 19 November at
  // 08:00. In it: the live page of 21 November 05:30, a story of 20 November 10:00 and a draft of
  // 19 November 09:00; the story of 18 November 09:15 is just outside.
  const doc = parser.parse(read('sitemap-berita.xml'));
  expect(doc.urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
  const urls = (doc.urlset.url ?? []) as { loc: string; 'news:news': Record<string, unknown> }[];
  expect(urls.map((u) => u.loc)).toEqual([
    articleUrl('banjir-rob-pesisir-tanjung-karang-langsung'),
    articleUrl('panel-surya-atap-wanareja'),
  ]);
  expect(urls[0]!['news:news']['news:publication_date']).toBe('2025-11-20T22:30:00Z');
  expect(urls[1]!['news:news']['news:publication_date']).toBe('2025-11-20T03:00:00Z');
});

test('robots.txt keeps crawlers out of search results but not off the search page', () => {
  const lines = read('robots.txt').split('\n');
  expect(lines).toContain('Disallow: /cari/?');
  expect(lines).not.toContain('Disallow: /cari/');
});

test('robots.txt names both sitemaps', () => {
  expect(read('robots.txt')).toContain(`Sitemap: ${SITE}/sitemap.xml`);
  expect(read('robots.txt')).toContain(`Sitemap: ${SITE}/sitemap-berita.xml`);
});

test('the host headers file sets what a <meta> CSP cannot, and keeps Web Share allowed', () => {
  const headers = read('_headers');
  expect(headers).toMatch(/Content-Security-Policy: frame-ancestors 'none'/);
  expect(headers).toMatch(/X-Content-Type-Options: nosniff/);
  expect(headers).toMatch(/Referrer-Policy: strict-origin-when-cross-origin/);
  expect(headers).toMatch(/Permissions-Policy: camera=\(\)/);
  // Web Share keeps its default (this origin): the share sheet must not be switched off.
  expect(headers).not.toMatch(/web-share=\(\)/);
  expect(headers).toMatch(/Strict-Transport-Security: max-age=\d+/);
});
