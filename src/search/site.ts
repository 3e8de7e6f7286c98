/**
 * Searching the whole site: the `general` bundle (experts, topics) and the period bundles of articles
 * (src/search/manifest.ts, docs/search.md "Bundles"). Used by the search page and, the same way, by the
 * tests' Node helper.
 *
 * - Articles are searched in TIERS: the newest periods until they hold `tierPages` articles, then the
 *   next ones the same way. A search shows the first tier that has results; the reader asks for older
 *   ones ("more"). A year filter searches the period that holds the year. So a first search downloads
 *   the metadata of about `tierPages` articles, whatever the size of the archive.
 * - A tier of several bundles (a young period and the one before it): each bundle scores with its own
 *   statistics (page count, pages per word). Relevance scores are put on the tier's scale: Pagefind's
 *   score of a word is its BM25 idf times a term-frequency part, so each bundle's scores are multiplied
 *   by the ratio of the query's idf over the whole tier to its idf in the bundle (from the words' page
 *   counts). Measured with one bundle per year at 10,000 articles, 20 queries: the top 10 is then that of
 *   one bundle of all pages in 198 of 200 places (98 without the correction): docs/search.md.
 * - Pagefind leaves out of a query the words its bundle does not know. A tier in which one of the words is
 *   in no page has no page with all of them: it has no results (the next tier is searched). Words that no
 *   tier has are left out, as one bundle of the whole site would leave them out.
 */
import {
  instanceOptions,
  loaded,
  openBundle,
  type PagefindLoader,
  queryWords,
  type Searcher,
  type SearchResults,
  type SortOption,
} from './delta.ts';
import { FILTERS, KINDS, META } from './fields.ts';
import { queryVariants } from './indonesian.ts';
import { type BundleManifest, type PeriodBundleManifest, runsOf, type SearchManifest } from './manifest.ts';
import { type MergedSearch, mergeSearches } from './merge.ts';
import type { PagefindFilters } from './pagefind.ts';

export interface ArticleQuery {
  /** null: every article (with filters), newest first */
  term: string | null;
  /** section and source filters (Pagefind filters) */
  filters?: PagefindFilters;
  /** a year: only the period that holds it is searched */
  year?: string;
  /** newest first instead of by relevance */
  byDate?: boolean;
}

export interface ArticleResults extends MergedSearch {
  /** the years searched so far for this query, newest first (the results come from them) */
  years: string[];
  /** the tier to search for older results, or null when every year has been searched */
  next: number | null;
  /** the years the next tier holds */
  nextYears: string[];
}

export interface SiteSearch {
  /** expert and topic pages for a query */
  people: (term: string) => Promise<SearchResults | null>;
  /** the first tier from `from` on that has results for the query (all of them when none has) */
  articles: (query: ArticleQuery, from?: number) => Promise<ArticleResults>;
  /**
   * Opens the bundles a search will need (the first tier's, or the year's period) ahead of the search (the
   * reader is about to search) and, given the words typed so far, loads the index chunks they will need.
   */
  preload: (term?: string, year?: string) => Promise<void>;
}

/** The general bundle's pages shown as people and topics. */
const PEOPLE = { [FILTERS.kind]: { any: [KINDS.expert, KINDS.tag] } };

/** Pagefind's idf (pagefind_web search.rs `calculate_idf`). */
function idf(pages: number, containing: number): number {
  return Math.log((pages - containing + 0.5) / (containing + 0.5) + 1);
}

/** Newest first, in runs of at least `tierPages` articles (the last one may hold fewer). */
export function tiersOf(periods: PeriodBundleManifest[], tierPages: number): PeriodBundleManifest[][] {
  return runsOf(periods, (period) => period.pages, tierPages);
}

/** The periods a first search opens: the one that holds `year`, or the first tier. */
function firstPeriods(manifest: SearchManifest, year?: string): PeriodBundleManifest[] {
  return year
    ? manifest.periods.filter((p) => p.years.includes(year))
    : (tiersOf(manifest.periods, manifest.tierPages)[0] ?? []);
}

/**
 * The files a first search (of `year`, if given) waits for, relative to the host's URL, in the order
 * Pagefind would ask for them one after another (the host's metadata and WebAssembly, then each bundle's
 * metadata): fetched at once, as soon as the manifest is read, they are in the browser's cache when
 * Pagefind asks (the site serves them cacheable).
 */
export function firstSearchFiles(manifest: SearchManifest, year?: string): string[] {
  const bundles: BundleManifest[] = [...firstPeriods(manifest, year), ...(manifest.general ? [manifest.general] : [])];
  return [
    ...new Set([
      manifest.host.meta,
      manifest.host.wasm,
      ...bundles.flatMap((bundle) => [bundle.meta, ...(bundle.filters ?? [])].map((file) => `${bundle.path}${file}`)),
    ]),
  ];
}

/**
 * `instance(options)` makes a Pagefind instance on the host bundle (pagefind.js's `createInstance`, given
 * `instanceOptions`); one is made per bundle, when the bundle is first searched.
 */
export function openSite(
  manifest: SearchManifest,
  instance: (options: Record<string, unknown>) => PagefindLoader,
  hostUrl: string,
  baseUrl: string,
): SiteSearch {
  // Pagefind's instances share one WebAssembly module, set up by the first instance that loads it; two
  // instances loading it at once each set it up, and the indexes of the first then point into a memory
  // that is no longer used (a wasm trap, "unreachable", seen at 5 bundles). So the first instance is
  // made and waited for before any other (a site of one bundle has no other: nothing waits).
  let wasmReady: Promise<unknown> | undefined;
  const newInstance = async (): Promise<PagefindLoader> => {
    if (wasmReady) {
      await wasmReady;
      return instance(instanceOptions(hostUrl, baseUrl));
    }
    const api = instance(instanceOptions(hostUrl, baseUrl));
    wasmReady = loaded(api);
    return api;
  };
  // By folder: a site of one bundle lists it as its general bundle and as its one period.
  const opened = new Map<string, Promise<Searcher>>();
  const open = (bundle: BundleManifest) => {
    let searcher = opened.get(bundle.path);
    if (!searcher)
      opened.set(bundle.path, (searcher = newInstance().then((api) => openBundle(api, bundle, hostUrl, baseUrl))));
    return searcher;
  };
  /** Articles only, where a bundle holds other pages too (a site of one bundle). */
  const articleFilter: PagefindFilters =
    manifest.general && manifest.periods.some((p) => p.path === manifest.general!.path)
      ? { [FILTERS.kind]: KINDS.article }
      : {};
  const tiers = tiersOf(manifest.periods, manifest.tierPages);

  /**
   * One term over one tier: merged over its bundles, or null when a word of the term is in none of them.
   * `unknown`: words no page of the site has; each bundle leaves them out, as one bundle of all pages would.
   */
  async function searchTier(
    tier: PeriodBundleManifest[],
    term: string | null,
    filters: PagefindFilters,
    byDate: boolean,
    unknown: Set<string>,
  ): Promise<SearchResults | null> {
    const searchers = await Promise.all(tier.map(open));
    const words = term === null ? [] : queryWords(term).filter((word) => !unknown.has(word));
    const sort: SortOption | undefined = byDate ? { [META.date]: 'desc' } : undefined;
    // One bundle and one word: nothing to plan or to put on a common scale.
    if (searchers.length === 1 && words.length < 2)
      return searchers[0]!.search(term, { filters, ...(sort ? { sort } : {}) });
    // Pages per word per bundle: archive pages score with the archive's statistics, delta pages are put on
    // the archive's scale by their shadows (delta.ts), so the archive's counts are the bundle's.
    const counts = await Promise.all(searchers.map((s) => Promise.all(words.map((word) => s.counts(word)))));
    const total = (i: number, j: number) => counts[i]![j]!.archive + counts[i]![j]!.delta;
    if (words.some((_, j) => searchers.every((_, i) => total(i, j) === 0))) return null;
    const found = await Promise.all(
      searchers.map(async (searcher, i) => {
        // A bundle without a page for one of the words has no page with all of them.
        if (words.length > 1 && words.some((_, j) => total(i, j) === 0)) return null;
        return searcher.search(term, { filters, ...(sort ? { sort } : {}) });
      }),
    );
    const tierPages = tier.reduce((sum, period) => sum + period.pages, 0);
    const tierIdf = words.reduce(
      (sum, _, j) =>
        sum +
        idf(
          tierPages,
          counts.reduce((n, bundle) => n + bundle[j]!.archive, 0),
        ),
      0,
    );
    const results: SearchResults = { results: [], filters: {} };
    found.forEach((search, i) => {
      if (!search) return;
      const bundleIdf = words.reduce((sum, _, j) => sum + idf(tier[i]!.pages, counts[i]![j]!.archive), 0);
      const factor = byDate || searchers.length === 1 || bundleIdf <= 0 ? 1 : tierIdf / bundleIdf;
      results.results.push(
        ...(factor === 1 ? search.results : search.results.map((r) => ({ ...r, score: r.score * factor }))),
      );
      for (const [key, values] of Object.entries(search.filters)) {
        const merged = (results.filters[key] ??= {});
        for (const [value, count] of Object.entries(values)) merged[value] = (merged[value] ?? 0) + count;
      }
    });
    // Years are newest first and hold disjoint dates: by date, their lists follow one another.
    if (!byDate) results.results.sort((a, b) => b.score - a.score);
    return results;
  }

  async function articles(query: ArticleQuery, from = 0): Promise<ArticleResults> {
    const period = query.year ? manifest.periods.find((p) => p.years.includes(query.year!)) : undefined;
    const list = query.year ? (period ? [[period]] : []) : tiers;
    const byDate = query.byDate === true || query.term === null;
    // A period of several years is narrowed to the year with Pagefind's filter.
    const filters = {
      ...articleFilter,
      ...query.filters,
      ...(period && period.years.length > 1 ? { [FILTERS.year]: query.year! } : {}),
    };
    const yearsOf = (tier: PeriodBundleManifest[]) => (query.year ? [query.year] : tier.flatMap((p) => p.years));
    const run = async (terms: (string | null)[], unknown: Set<string>): Promise<ArticleResults> => {
      const years: string[] = list.slice(0, from).flatMap(yearsOf);
      for (let t = from; t < list.length; t++) {
        const searches = await Promise.all(terms.map((term) => searchTier(list[t]!, term, filters, byDate, unknown)));
        years.push(...yearsOf(list[t]!));
        const merged = await mergeSearches(searches, byDate);
        if (merged.results.length > 0 || t === list.length - 1) {
          const next = t + 1 < list.length ? t + 1 : null;
          return { ...merged, years, next, nextYears: next === null ? [] : yearsOf(list[next]!) };
        }
      }
      return { results: [], filters: {}, years, next: null, nextYears: [] };
    };
    const terms = query.term === null ? [null] : queryVariants(query.term);
    const found = await run(terms, new Set());
    if (found.results.length > 0 || from > 0 || query.term === null) return found;
    // Nothing anywhere: words that no year has are left out, as one bundle of the whole site would.
    const unknown = await unknownWords(query.term, manifest.periods);
    return unknown.size > 0 ? run(terms, unknown) : found;
  }

  /** The words of a term that no page of these bundles has (when some have; with none known, nothing is left out). */
  async function unknownWords(term: string, periods: PeriodBundleManifest[]): Promise<Set<string>> {
    const words = queryWords(term);
    if (words.length < 2) return new Set();
    const searchers = await Promise.all(periods.map(open));
    const known = await Promise.all(
      words.map(async (word) =>
        (await Promise.all(searchers.map((s) => s.counts(word)))).some((c) => c.archive + c.delta > 0),
      ),
    );
    if (!known.some(Boolean)) return new Set();
    return new Set(words.filter((_, j) => !known[j]));
  }

  return {
    people: async (term) =>
      manifest.general ? (await open(manifest.general)).search(term, { filters: PEOPLE }) : null,
    articles,
    preload: async (term, year) => {
      const [general, ...articles] = await Promise.all([
        manifest.general ? open(manifest.general) : null,
        ...firstPeriods(manifest, year).map(open),
      ]);
      // Words of four letters or more, in the variants too ("pema" has "pa"): a shorter start of a word
      // can span many of Pagefind's chunks.
      const long = (text: string) => text.split(/\s+/).filter((word) => word.length >= 4);
      const words = long(term ?? '');
      if (words.length === 0) return;
      const terms = [...new Set(queryVariants(words.join(' ')).map((variant) => long(variant).join(' ')))].filter(
        Boolean,
      );
      await Promise.all([
        ...articles.flatMap((searcher) => terms.map((variant) => searcher.preload(variant))),
        general?.preload(words.join(' '), { filters: PEOPLE }),
      ]);
    },
  };
}
