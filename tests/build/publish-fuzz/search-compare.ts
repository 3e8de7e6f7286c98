/**
 * Compares what searches return on two built sites: `node search-compare.ts INCREMENTAL COLD` prints a
 * JSON list of differences (empty when they agree). A child process of its own for each comparison, so a
 * long fuzz run does not keep two Pagefind instances per step in memory.
 *
 * Results are compared as sets (URL, title, excerpt): the order among close scores may differ between an
 * archive plus deltas and one fresh index (docs/search.md). The null query lists every article, so a page
 * that was deleted, drafted or superseded and still found, or one that is missing, shows here.
 */
import { queryVariants } from '../../../src/search/indonesian.ts';
import { type SearchSiteOptions, type SiteResult, searchSite } from '../../support/pagefind-node.ts';

/** Marks a difference of the known kind (prefixFallback). */
export const KNOWN = 'known (Pagefind prefix fallback): ';

export const QUERIES: [string | null, SearchSiteOptions][] = [
  [null, { sort: 'terbaru' }],
  ['pembaruan', {}],
  ['pemerintah', {}],
  ['kutipan', {}],
  ['nama', { people: true }],
  ['topik', { people: true }],
  ['baru', { people: true }],
];

/**
 * The one difference between an archive plus a delta and one fresh index that is known and not yet
 * closed (docs/performance.md, "Never stale"): when no word of an index starts with a query's stem,
 * Pagefind falls back to the longest word of that index that is a start of the stem (pagefind_web
 * search.rs `find_word_extensions`), so a small delta answers "pemerintah" with a page that only has
 * "per", where the whole index, which has "pemerintahan", does not. Such a result marks only words that
 * are shorter starts of a form of the query. It is reported apart, not as a stale page.
 */
export function prefixFallback(query: string | null, excerpt: string): boolean {
  if (!query) return false;
  const marked = [...excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => m[1]!.toLocaleLowerCase());
  const forms = queryVariants(query).map((v) => v.toLocaleLowerCase());
  return (
    marked.length > 0 &&
    marked.every((word) => forms.some((form) => form.length > word.length && form.startsWith(word)))
  );
}

export async function searchDifferences(incremental: string, cold: string): Promise<string[]> {
  const found: string[] = [];
  const bySet = (results: SiteResult[]) => results.map((r) => JSON.stringify(r)).sort();
  for (const [query, options] of QUERIES) {
    const [a, b] = await Promise.all([searchSite(incremental, query, options), searchSite(cold, query, options)]);
    const [sa, sb] = [bySet(a), bySet(b)];
    const onlyA = sa.filter((r) => !sb.includes(r));
    const onlyB = sb.filter((r) => !sa.includes(r));
    const what = `search ${JSON.stringify(query)} ${JSON.stringify(options)}`;
    const known = (r: string) => prefixFallback(query, (JSON.parse(r) as SiteResult).excerpt);
    for (const r of onlyA) found.push(`${known(r) ? KNOWN : ''}${what}: only in the incremental index: ${r}`);
    for (const r of onlyB) found.push(`${known(r) ? KNOWN : ''}${what}: only in the cold index: ${r}`);
  }
  return found;
}

if (process.argv[1] === import.meta.filename) {
  const [incremental, cold] = process.argv.slice(2);
  if (!incremental || !cold) throw new Error('usage: search-compare.ts INCREMENTAL_DIST COLD_DIST');
  process.stdout.write(JSON.stringify(await searchDifferences(incremental, cold)));
}
