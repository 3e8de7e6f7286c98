import type { SearchResults } from './delta.ts';
import { META } from './fields.ts';
import type { PagefindResult, PagefindResultData } from './pagefind.ts';

/** Past this many merged results, counts and date order come from the largest search alone. */
export const EXACT_MERGE_LIMIT = 300;

export interface MergedSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}

/**
 * One result list from the searches of a query's variants (see indonesian.ts): each page once, with its
 * best score and the data (the excerpt) of the first variant that found it, the query as typed before its
 * restored forms; ordered by score, or by date when asked. Filter counts are recounted over the merged pages.
 *
 * Not the data of the variant that scored the page best: a delta page's scores are calibrated per search
 * (delta.ts), so which variant wins can differ from a cold build's when the two are close, and the excerpt
 * with it. Which variants find a page does not differ.
 */
export async function mergeSearches(searches: (SearchResults | null)[], byDate: boolean): Promise<MergedSearch> {
  const found = searches.filter((s): s is SearchResults => s !== null);
  const withHits = found.filter((s) => s.results.length > 0);
  if (withHits.length <= 1) {
    const only = withHits[0] ?? found[0];
    return { results: only?.results ?? [], filters: only?.filters ?? {} };
  }
  const best = new Map<string, PagefindResult>();
  for (const search of withHits) {
    for (const result of search.results) {
      const seen = best.get(result.id);
      if (!seen) best.set(result.id, result);
      else if (result.score > seen.score) best.set(result.id, { ...seen, score: result.score });
    }
  }
  const merged = [...best.values()].sort((a, b) => b.score - a.score);
  const largest = withHits.reduce((a, b) => (b.results.length > a.results.length ? b : a));
  if (merged.length > EXACT_MERGE_LIMIT) {
    if (!byDate) return { results: merged, filters: largest.filters };
    // Pagefind returned the largest search newest first; the pages only other variants found follow it by
    // score, since their dates are in page data this path does not load.
    const inLargest = new Set(largest.results.map((r) => r.id));
    const dated = largest.results.map((r) => best.get(r.id) ?? r);
    return { results: [...dated, ...merged.filter((r) => !inLargest.has(r.id))], filters: largest.filters };
  }

  const data = new Map<PagefindResult, PagefindResultData>();
  await Promise.all(merged.map(async (r) => data.set(r, await r.data())));
  const filters: Record<string, Record<string, number>> = {};
  for (const d of data.values()) {
    for (const [key, values] of Object.entries(d.filters)) {
      const counts = (filters[key] ??= {});
      for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
    }
  }
  if (byDate) {
    const date = (r: PagefindResult) => new Date(data.get(r)?.meta[META.date] ?? 0).getTime();
    merged.sort((a, b) => date(b) - date(a));
  }
  return { results: merged, filters };
}
