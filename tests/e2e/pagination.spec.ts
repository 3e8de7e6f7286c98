/**
 * Pagination of the story lists, on the default content (15 articles: /terkini/ has two pages, each
 * section and topic one): every published article appears exactly once, newest first, following the
 * "Berikutnya" links from the first page to the last; page numbers out of range are not pages. The same
 * walk runs under the sub-path (subpath.spec.ts) and over the three pages of the hostile fixture's
 * /terkini/ (hostile.spec.ts), where a middle page has both links.
 */
import { expect, test } from '@playwright/test';
import { slugify } from '../../src/core/slug.ts';
import { PAGE_SIZE } from '../../src/site/paging.ts';
import { expectListed, newestFirst, publishedArticles, sitemapPaths, walkList } from './lists.ts';

test('/terkini/: every published article once, newest first, page by page to the last and back', async ({
  page,
  request,
  baseURL,
}) => {
  const articles = await publishedArticles(request, baseURL!);
  expect(articles.length, 'the default content fills more than one page').toBeGreaterThan(PAGE_SIZE);
  const walk = await walkList(page, '/terkini/');
  expectListed(walk, newestFirst(articles), '/terkini/');
  expect(walk.pages).toEqual(['/terkini/', '/terkini/2/']);
});

test('each section page lists its own articles once, newest first, and together they list every article once', async ({
  page,
  request,
  baseURL,
}) => {
  test.slow(); // a page load a list: seconds on a busy machine
  const articles = await publishedArticles(request, baseURL!);
  const sections = (await sitemapPaths(request)).filter((p) => /^\/rubrik\/[^/]+\/$/.test(p));
  expect(sections.length).toBeGreaterThan(1);
  const listed: string[] = [];
  for (const section of sections) {
    const walk = await walkList(page, section);
    expectListed(walk, newestFirst(articles.filter((a) => a.section === walk.heading)), section);
    listed.push(...walk.stories.flat());
  }
  expect([...listed].sort()).toEqual(articles.map((a) => a.path).sort());
});

test('each topic page lists the articles with that topic once, newest first', async ({ page, request, baseURL }) => {
  test.slow(); // some 30 lists
  const articles = await publishedArticles(request, baseURL!);
  const topics = (await sitemapPaths(request)).filter((p) => /^\/topik\/[^/]+\/$/.test(p));
  expect(topics.length).toBeGreaterThan(1);
  for (const topic of topics) {
    const slug = decodeURIComponent(topic.split('/')[2]!);
    const walk = await walkList(page, topic);
    expectListed(walk, newestFirst(articles.filter((a) => a.tags.some((tag) => slugify(tag) === slug))), topic);
  }
});

test('a page number out of range, or page 1 under a number, is not a page', async ({ request, baseURL }) => {
  const pages = Math.ceil((await publishedArticles(request, baseURL!)).length / PAGE_SIZE);
  expect((await request.get(`/terkini/${pages}/`)).status()).toBe(200);
  for (const path of [
    `/terkini/${pages + 1}/`,
    '/terkini/1/',
    '/terkini/0/',
    '/rubrik/ekonomi/2/',
    '/topik/korea-utara/2/',
  ]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});
