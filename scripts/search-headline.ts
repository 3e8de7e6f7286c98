// Should an article's headline be part of its indexed text? (issue 27: excerpts repeat the headline the
// result already shows.) Indexes the articles of a built site twice with Pagefind's CLI: as built (the
// <h1> inside data-pagefind-body) and with the <h1> left out of the indexed text (data-pagefind-ignore,
// kept as the `title` meta, which Pagefind 1.5+ still searches with its meta weight). Then, for both:
// - 20 everyday queries: how many of the top 10 the two share, and how many top-10 excerpts repeat the
//   headline (begin with it, as the result's title already shows it);
// - known-item searches: for every 10th article, three words of its headline, as a reader remembers a
//   story; where the story ranks (first place, top 10, mean reciprocal rank).
// Usage: node scripts/search-headline.ts --dist DIR [--title-weight N]
import { execFileSync } from 'node:child_process';
import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { PagefindLoader } from '../src/search/delta.ts';
import { parseExcerpt } from '../src/search/excerpt.ts';
import { FILTERS, KINDS } from '../src/search/fields.ts';
import type { PagefindResult } from '../src/search/pagefind.ts';
import { mount } from '../tests/support/pagefind-node.ts';
import { QUERIES } from './search-queries.ts';

const { values } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' }, 'title-weight': { type: 'string' } },
});
/** Pagefind's `ranking.metaWeights.title` for the index without the headline (Pagefind's default if absent). */
const titleWeight = values['title-weight'] === undefined ? undefined : Number(values['title-weight']);
const dist = path.resolve(values.dist);
const work = mkdtempSync(path.join(os.tmpdir(), 'warta-headline-'));
const ARTICLES = { filters: { [FILTERS.kind]: KINDS.article } };

/** The article's <h1> out of the indexed text, still its title. */
const withoutHeadline = (html: string) =>
  html.replace(/(data-pagefind-body[\s\S]*?)<h1(?=[\s>])/, '$1<h1 data-pagefind-ignore data-pagefind-meta="title"');

const words = (text: string) =>
  text
    .toLocaleLowerCase('id')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);

try {
  const articles = readdirSync(path.join(dist, 'berita'))
    .filter((slug) => !slug.includes('.'))
    .sort();
  const variants = { as_built: (html: string) => html, without_headline: withoutHeadline };
  const titles = new Map<string, string>();
  for (const [name, transform] of Object.entries(variants)) {
    const stage = path.join(work, `${name}-site`);
    for (const slug of articles) {
      const rel = path.join('berita', slug, 'index.html');
      mkdirSync(path.join(stage, 'berita', slug), { recursive: true });
      const html = readFileSync(path.join(dist, rel), 'utf8');
      if (name === 'as_built') {
        linkSync(path.join(dist, rel), path.join(stage, rel));
        titles.set(
          `/berita/${slug}/`,
          /<h1[^>]*>([\s\S]*?)<\/h1>/
            .exec(html)?.[1]
            ?.replace(/<[^>]+>/g, '')
            .trim() ?? '',
        );
      } else {
        const changed = transform(html);
        if (changed === html) throw new Error(`search-headline: no headline found in ${rel}`);
        writeFileSync(path.join(stage, rel), changed);
      }
    }
    execFileSync(
      process.execPath,
      [
        path.join(import.meta.dirname, '..', 'node_modules/pagefind/lib/runner/bin.cjs'),
        '--site',
        stage,
        '--output-path',
        path.join(work, name),
        '--force-language',
        'id',
        '--quiet',
      ],
      { stdio: 'inherit' },
    );
  }

  const prefix = mount(work);
  const open = async (name: string) => {
    const module = (await import(`${pathToFileURL(path.join(work, name, 'pagefind.js')).href}?v=${name}`)) as {
      createInstance: (options: Record<string, unknown>) => PagefindLoader;
    };
    const api = module.createInstance({ basePath: `${prefix}${name}/`, baseUrl: '/' });
    await api.options({
      excerptLength: 26,
      ...(name === 'without_headline' && titleWeight !== undefined
        ? { ranking: { metaWeights: { title: titleWeight } } }
        : {}),
    });
    await api.init();
    return api;
  };
  const indexes = { as_built: await open('as_built'), without_headline: await open('without_headline') };
  const top = async (api: PagefindLoader, query: string) => {
    const found = await api.search(query, ARTICLES);
    return Promise.all((found?.results ?? []).slice(0, 10).map((r: PagefindResult) => r.data()));
  };

  console.log(
    '| query | top 10 in common | excerpts repeating the headline (as built) | (without) |\n|---|---|---|---|',
  );
  let common = 0;
  const repeats = { as_built: 0, without_headline: 0 };
  let shown = 0;
  for (const query of QUERIES) {
    const [a, b] = await Promise.all([top(indexes.as_built, query), top(indexes.without_headline, query)]);
    const shared = a.filter((r) => b.some((s) => s.url === r.url)).length;
    common += shared;
    const repeating = (results: typeof a) =>
      results.filter((r) => {
        const excerpt = words(
          parseExcerpt(r.excerpt)
            .map((p) => p.text)
            .join(''),
        ).join(' ');
        const title = words(r.meta.title ?? '').join(' ');
        return title.length > 0 && excerpt.startsWith(title.split(' ').slice(0, 4).join(' '));
      }).length;
    const [ra, rb] = [repeating(a), repeating(b)];
    repeats.as_built += ra;
    repeats.without_headline += rb;
    shown += a.length;
    console.log(`| ${query} | ${shared}/${a.length} | ${ra} | ${rb} |`);
  }
  console.log(
    `\nall: ${common}/${shown} in common; excerpts that begin with the headline: ${repeats.as_built} as built, ${repeats.without_headline} without\n`,
  );

  // Known items: three words of a headline (its longest, in their order), the story searched for.
  const sample = [...titles].filter((_, i) => i % 10 === 0);
  const ranks = { as_built: [] as number[], without_headline: [] as number[] };
  for (const [url, title] of sample) {
    const picked = words(title)
      .map((word, i) => ({ word, i }))
      .sort((x, y) => y.word.length - x.word.length || x.i - y.i)
      .slice(0, 3)
      .sort((x, y) => x.i - y.i)
      .map((w) => w.word)
      .join(' ');
    for (const [name, api] of Object.entries(indexes) as [keyof typeof indexes, PagefindLoader][]) {
      const found = await api.search(picked, ARTICLES);
      const results = found?.results ?? [];
      let rank = 0;
      for (const [i, result] of results.slice(0, 50).entries())
        if ((await result.data()).url === url) {
          rank = i + 1;
          break;
        }
      ranks[name].push(rank);
    }
  }
  console.log('| index | known items | first | top 10 | MRR (top 50) |\n|---|---|---|---|---|');
  for (const [name, list] of Object.entries(ranks)) {
    const first = list.filter((r) => r === 1).length;
    const ten = list.filter((r) => r > 0 && r <= 10).length;
    const mrr = list.reduce((sum, r) => sum + (r > 0 ? 1 / r : 0), 0) / list.length;
    console.log(`| ${name} | ${list.length} | ${first} | ${ten} | ${mrr.toFixed(3)} |`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
