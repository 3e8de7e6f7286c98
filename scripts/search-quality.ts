// Search quality against one bundle: indexes every page of a built site into a single Pagefind bundle (the
// index as it was before bundles, docs/search.md "Bundles"), runs 20 queries on it and on the site's own
// bundles as the search page runs them (Indonesian variants merged; articles only), and prints, per query,
// how many of the top 10 the two share and how many are in the same place.
// Usage: node scripts/search-quality.ts --dist DIR [query …]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { PagefindLoader } from '../src/search/delta.ts';
import { queryVariants } from '../src/search/indonesian.ts';
import { mergeSearches } from '../src/search/merge.ts';
import type { PagefindResult } from '../src/search/pagefind.ts';
import { loadSite, mount } from '../tests/support/pagefind-node.ts';
import { QUERIES } from './search-queries.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { dist: { type: 'string', default: 'dist' } },
});
const dist = path.resolve(values.dist);
const queries = positionals.length > 0 ? positionals : QUERIES;

const single = mkdtempSync(path.join(os.tmpdir(), 'warta-one-bundle-'));
try {
  execFileSync(
    process.execPath,
    [
      path.join(import.meta.dirname, '..', 'node_modules/pagefind/lib/runner/bin.cjs'),
      '--site',
      dist,
      '--output-path',
      single,
      '--quiet',
    ],
    { stdio: 'inherit' },
  );
  // The single bundle is served from disk under a prefix of its own.
  const prefix = mount(single);
  // A module Pagefind has just written: its type is the part of Pagefind's API Warta uses (src/search/delta.ts).
  const module = (await import(pathToFileURL(path.join(single, 'pagefind.js')).href)) as {
    createInstance: (options: Record<string, unknown>) => PagefindLoader;
  };
  const one = module.createInstance({ basePath: prefix, baseUrl: '/' });
  await one.options({ excerptLength: 26 });
  await one.init();
  const site = await loadSite(dist);
  const urls = (results: readonly PagefindResult[]) =>
    Promise.all(results.slice(0, 10).map(async (r) => (await r.data()).url));
  let common = 0;
  let same = 0;
  console.log(
    '| query | results (one bundle) | results (bundles) | top 10 in common | in the same place |\n|---|---|---|---|---|',
  );
  for (const query of queries) {
    const a = await mergeSearches(
      await Promise.all(queryVariants(query).map((v) => one.search(v, { filters: { jenis: 'berita' } }))),
      false,
    );
    const b = await site.articles({ term: query });
    const [top, mine] = await Promise.all([urls(a.results), urls(b.results)]);
    const shared = top.filter((url) => mine.includes(url)).length;
    const placed = top.filter((url, i) => mine[i] === url).length;
    common += shared;
    same += placed;
    console.log(
      `| ${query} | ${a.results.length} | ${b.results.length}${b.next === null ? '' : ` (${b.years.join(', ')})`} | ${shared}/${top.length} | ${placed}/${top.length} |`,
    );
  }
  console.log(`\n${common} of ${queries.length * 10} places in common, ${same} in the same place`);
} finally {
  rmSync(single, { recursive: true, force: true });
}
