/**
 * Compares what searches return on two built sites: `node search-compare.ts INCREMENTAL COLD` prints a
 * JSON list of differences (empty when they agree). A child process of its own for each comparison, so a
 * long fuzz run does not keep two Pagefind instances per step in memory.
 *
 * Results are compared as sets (URL, title, excerpt): the order among close scores may differ between an
 * archive plus deltas and one fresh index (docs/search.md). The null query lists every article, so a page
 * that was deleted, drafted or superseded and still found, or one that is missing, shows here.
 */
import { type SearchSiteOptions, type SiteResult, searchSite } from '../../support/pagefind-node.ts';

export const QUERIES: [string | null, SearchSiteOptions][] = [
  [null, { sort: 'terbaru' }],
  ['pembaruan', {}],
  ['pemerintah', {}],
  ['kutipan', {}],
  ['nama', { people: true }],
  ['topik', { people: true }],
  ['baru', { people: true }],
];

export async function searchDifferences(incremental: string, cold: string): Promise<string[]> {
  const found: string[] = [];
  const bySet = (results: SiteResult[]) => results.map((r) => JSON.stringify(r)).sort();
  for (const [query, options] of QUERIES) {
    const [a, b] = await Promise.all([searchSite(incremental, query, options), searchSite(cold, query, options)]);
    const [sa, sb] = [bySet(a), bySet(b)];
    const onlyA = sa.filter((r) => !sb.includes(r));
    const onlyB = sb.filter((r) => !sa.includes(r));
    const what = `search ${JSON.stringify(query)} ${JSON.stringify(options)}`;
    for (const r of onlyA) found.push(`${what}: only in the incremental index: ${r}`);
    for (const r of onlyB) found.push(`${what}: only in the cold index: ${r}`);
  }
  return found;
}

if (process.argv[1] === import.meta.filename) {
  const [incremental, cold] = process.argv.slice(2);
  if (!incremental || !cold) throw new Error('usage: search-compare.ts INCREMENTAL_DIST COLD_DIST');
  process.stdout.write(JSON.stringify(await searchDifferences(incremental, cold)));
}
