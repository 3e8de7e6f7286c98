/**
 * Paginated story lists (/terkini/, /rubrik/…/, /topik/…/: Astro's paginate() with PAGE_SIZE, and
 * src/components/Pagination.astro), walked the way a reader walks them, by the "Berikutnya" and
 * "Sebelumnya" links, and the articles a build published, to check the lists against.
 */
import { type APIRequestContext, expect, type Page } from '@playwright/test';
import { parseHTML } from 'linkedom';
import { PAGE_SIZE } from '../../src/site/paging.ts';

export interface PublishedArticle {
  /** the article page's path, e.g. /berita/kim-sambut-putin-di-pyongyang/ (with the base, if any) */
  path: string;
  published: number;
  /** the section's name and the topics, as the page's meta tags give them */
  section: string;
  tags: string[];
}

const pathOf = (loc: string) => new URL(loc.replaceAll('&amp;', '&')).pathname;

/** The paths of every page the sitemap lists. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const response = await request.get('sitemap.xml');
  expect(response.status()).toBe(200);
  return [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => pathOf(m[1]!));
}

const published = new Map<string, Promise<PublishedArticle[]>>();

/** Every article the sitemap lists, read from its own page (once a worker and site). */
export function publishedArticles(request: APIRequestContext, site: string): Promise<PublishedArticle[]> {
  let found = published.get(site);
  if (!found) {
    found = readPublished(request).catch((error: unknown) => {
      published.delete(site);
      throw error;
    });
    published.set(site, found);
  }
  return found;
}

async function readPublished(request: APIRequestContext): Promise<PublishedArticle[]> {
  const paths = (await sitemapPaths(request)).filter((p) => /\/berita\/[^/]+\/$/.test(p));
  return Promise.all(
    paths.map(async (path) => {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const { document } = parseHTML(await response.text());
      const meta = (property: string) =>
        [...document.querySelectorAll(`meta[property="${property}"]`)].map((m) => m.getAttribute('content') ?? '');
      const published = Date.parse(meta('article:published_time')[0] ?? '');
      expect(published, `${path} has a publication time`).not.toBeNaN();
      return { path, published, section: meta('article:section')[0] ?? '', tags: meta('article:tag') };
    }),
  );
}

/** Newest first; the same instant by id, as the site orders its stories (src/site/model.ts). */
export function newestFirst(articles: PublishedArticle[]): string[] {
  const id = (a: PublishedArticle) => /\/berita\/([^/]+)\/$/.exec(a.path)?.[1] ?? a.path;
  return [...articles].sort((a, b) => b.published - a.published || id(a).localeCompare(id(b))).map((a) => a.path);
}

export interface ListWalk {
  /** the path of each page, first to last */
  pages: string[];
  /** the article links of each page, in the order shown */
  stories: string[][];
  /** the page's heading */
  heading: string;
}

/** Page n of the list whose first page is `first` (a path ending in /): page 1 is `first` itself. */
const pagePath = (first: string, n: number) => (n === 1 ? first : `${first}${n}/`);

/** What one page of a list shows: read in one go (a busy machine makes each round trip count). */
interface ListPage {
  path: string;
  title: string;
  heading: string;
  /** the pagination's "Halaman k dari N", or null when the page has none */
  place: string | null;
  previous: { href: string | null; rel: string | null; text: string } | null;
  next: { href: string | null; rel: string | null; text: string } | null;
  /** per story card, its links to articles */
  stories: string[][];
}

function readListPage(): ListPage {
  const nav = document.querySelector('main nav[aria-label="Halaman"]');
  const link = (rel: string) => {
    const a = [...(nav?.querySelectorAll('a') ?? [])].find((l) => (l.textContent ?? '').includes(rel));
    return a ? { href: a.getAttribute('href'), rel: a.getAttribute('rel'), text: (a.textContent ?? '').trim() } : null;
  };
  return {
    path: location.pathname,
    title: document.title,
    heading: (document.querySelector('main h1')?.textContent ?? '').trim(),
    place: nav ? (nav.querySelector('p')?.textContent ?? '').trim() : null,
    previous: link('Sebelumnya'),
    next: link('Berikutnya'),
    stories: [...document.querySelectorAll('main article')].map((a) =>
      [...a.querySelectorAll('a[href*="/berita/"]')].map((l) => l.getAttribute('href') ?? ''),
    ),
  };
}

/**
 * Opens the list's first page and follows "Berikutnya" to the last page, then "Sebelumnya" back to the
 * first, checking on each page its place ("Halaman k dari N"), that the first page has no previous link
 * and the last no next link, the URLs of both links, each page's own title, and that every page but the
 * last is full. A list of one page has no pagination at all.
 */
export async function walkList(page: Page, first: string): Promise<ListWalk> {
  await page.goto(first, { waitUntil: 'domcontentloaded' });
  const start = new URL(page.url()).pathname;
  const nav = page.getByRole('navigation', { name: 'Halaman', exact: true });
  const follow = async (name: RegExp, n: number) => {
    await nav.getByRole('link', { name }).click();
    await page.waitForURL((url) => url.pathname === pagePath(start, n), { waitUntil: 'domcontentloaded' });
  };

  const pages: string[] = [];
  const stories: string[][] = [];
  let heading = '';
  let last: number | undefined;
  for (let n = 1; last === undefined || n <= last; n++) {
    const shown = await page.evaluate(readListPage);
    const path = shown.path;
    expect(path, `page ${n} of ${start}`).toBe(pagePath(start, n));
    pages.push(path);
    heading ||= shown.heading;
    expect(shown.heading, path).toBe(heading);
    for (const [i, links] of shown.stories.entries())
      expect(links, `${path}: story ${i + 1} has one link to its article`).toHaveLength(1);
    stories.push(shown.stories.map((links) => links[0]!));
    // Each page has its own title: "… (halaman 2)" from the second on.
    if (n > 1) expect(shown.title, path).toContain(`(halaman ${n})`);
    else expect(shown.title, path).not.toContain('(halaman');

    if (shown.place === null) {
      expect(n, `${path} has no pagination, so it is the only page`).toBe(1);
      expect([shown.previous, shown.next]).toEqual([null, null]);
      last = 1;
      break;
    }
    const place = /^Halaman (\d+) dari (\d+)$/.exec(shown.place);
    expect(place, `${path}: "${shown.place}" is "Halaman k dari N"`).not.toBeNull();
    last ??= Number(place![2]);
    expect([Number(place![1]), Number(place![2])], path).toEqual([n, last]);
    expect(last, `${start} has pagination, so more than one page`).toBeGreaterThan(1);
    expect(last, `${start}: a sane page count`).toBeLessThan(100);

    if (n === 1) expect(shown.previous, `${path} (first) has no previous link`).toBeNull();
    else expect(shown.previous, `${path}: previous`).toMatchObject({ href: pagePath(start, n - 1), rel: 'prev' });
    if (n === last) {
      expect(shown.next, `${path} (last) has no next link`).toBeNull();
      expect(stories[n - 1]!.length, `${path} (last) is not empty`).toBeGreaterThan(0);
      expect(stories[n - 1]!.length).toBeLessThanOrEqual(PAGE_SIZE);
    } else {
      expect(shown.next, `${path}: next`).toMatchObject({ href: pagePath(start, n + 1), rel: 'next' });
      expect(stories[n - 1], `${path} is full`).toHaveLength(PAGE_SIZE);
      await follow(/Berikutnya/, n + 1);
    }
  }

  // And back, page by page, to the first: the same pages, the same stories.
  for (let n = last - 1; n >= 1; n--) {
    await follow(/Sebelumnya/, n);
    expect(
      (await page.evaluate(readListPage)).stories.map((links) => links[0]),
      `${pagePath(start, n)} on the way back`,
    ).toEqual(stories[n - 1]);
  }
  return { pages, stories, heading };
}

/** The walk lists exactly `expected`, in order, in as many pages as PAGE_SIZE makes of them. */
export function expectListed(walk: ListWalk, expected: string[], what: string): void {
  expect(walk.pages, `${what}: page count`).toHaveLength(Math.max(1, Math.ceil(expected.length / PAGE_SIZE)));
  expect(walk.stories.flat(), `${what}: every story once, newest first`).toEqual(expected);
}
