/**
 * One bundle of the search index (docs/search.md, "Incremental index"): its archive, and, when pages
 * changed since the archive was built, a small bundle of them in `<bundle>/delta/` that is merged into the
 * search. The bundle's entry in `pagefind/warta-search.json` (src/search/manifest.ts) says whether there is
 * one and which archive pages it replaces (edited or deleted since); their results are dropped here before
 * anything is shown or counted. Both are searched through a Pagefind instance whose primary bundle is the
 * host (`pagefind/`, one hidden page): its results are dropped too. Used by src/search/site.ts.
 *
 * Pagefind leaves out of a query the words its bundle does not know (pagefind_web's `search_term`
 * intersects only the words it finds), so each bundle would answer a query with a word only the other
 * knows as if the word were not there. Queries of several words are therefore checked word by word first
 * (`planQuery`), and a bundle that cannot hold a page with all of them is left out of the search.
 */
import type { BundleManifest, DeltaManifest } from './manifest.ts';
import type { PagefindResult, PagefindSearch } from './pagefind.ts';

/** Excerpt length of every search (the search page's; the tests search the same way). */
export const EXCERPT_LENGTH = 26;
/**
 * An article's headline is not in its indexed text (so excerpts do not repeat it) but its `title` meta,
 * which Pagefind searches with this weight (its default is 5). Measured with scripts/search-headline.ts at
 * 10,000 articles, 990 known-item searches (three words of a headline): at 10, the story ranks first as
 * often as with the headline indexed (699 and 698 times), in the top 10 more often (930 and 923); at 5,
 * first 680 times (docs/search.md, "The headline").
 */
const TITLE_WEIGHT = 10;
const RANKING = { metaWeights: { title: TITLE_WEIGHT } };

/**
 * What a Pagefind instance of the site is created with (`createInstance`). Given at creation, not through
 * `options()` afterwards: Pagefind applies a ranking given to `options()` only once its index has loaded,
 * polling for it every 50 ms.
 */
export function instanceOptions(hostUrl: string, baseUrl: string): Record<string, unknown> {
  return { basePath: hostUrl, baseUrl, excerptLength: EXCERPT_LENGTH, ranking: RANKING };
}

/**
 * Resolves once the instance has set up its WebAssembly and metadata, and does nothing else: a ranking
 * given to `options()` waits for them (and is the one it has). `filters()` would wait too, but loads every
 * filter file and counts every page's values first (at 10,000 articles in one bundle, a tenth of a second
 * and ~100 KB before the first search could start).
 */
export function loaded(api: PagefindLoader): Promise<void> {
  return api.options({ ranking: RANKING });
}
/**
 * A filter Pagefind gives every page of the delta bundle (mergeIndex's `mergeFilter`): it tells the two
 * bundles apart in counts and restricts a search to one of them. Never shown: taken out of the counts.
 */
export const BUNDLE_FILTER = 'warta_bundle';
const IN_DELTA = 'delta';
/** The host bundle's page carries BUNDLE_FILTER with this value. */
const IN_HOST = 'host';
/** A value no page has: a search with it returns no results, only counts (a cheap probe). */
const NO_PAGE = '';

/** What a search returns once the delta is applied: results and the filter counts over them. */
export interface SearchResults {
  results: PagefindResult[];
  /** result counts per filter value, with the current filters applied */
  filters: Record<string, Record<string, number>>;
}

export type SortOption = Record<string, 'asc' | 'desc'>;

/**
 * A merged search (archive + delta, as Pagefind returns it) with the delta applied: superseded archive
 * pages dropped and taken out of the filter counts; with a sort, the delta's pages put in their place in
 * the archive's order (Pagefind scores a sorted result by its position in its own bundle, so without this
 * the two bundles' results would interleave by position, not by value).
 */
export function applyDelta(
  search: PagefindSearch | null,
  manifest: DeltaManifest,
  sort?: SortOption,
  own: (id: string) => boolean = () => true,
): SearchResults | null {
  if (!search) return null;
  const drop = manifest.drop ?? {};
  const filters: SearchResults['filters'] = {};
  for (const [key, counts] of Object.entries(search.filters)) if (key !== BUNDLE_FILTER) filters[key] = { ...counts };
  const results: PagefindResult[] = [];
  for (const result of search.results) {
    // The host's page has no filters but BUNDLE_FILTER: nothing to take out of the counts.
    if (!own(result.id)) continue;
    const gone = drop[result.id];
    if (!gone) {
      results.push(result);
      continue;
    }
    for (const [key, values] of Object.entries(gone)) {
      const counts = filters[key];
      if (!counts) continue;
      for (const value of values) if (counts[value] !== undefined) counts[value] = Math.max(0, counts[value] - 1);
    }
  }
  const [sortKey, direction] = Object.entries(sort ?? {})[0] ?? [];
  if (!sortKey || !direction) return { results: calibrate(search.results, results, manifest), filters };
  const placement = manifest.sorts?.[sortKey];
  if (!placement) return { results, filters };
  // Pagefind's sorted score is the page's position in its bundle's ascending list (negated for asc).
  // A delta page at position p of the delta's n falls between archive positions at-1 and at.
  const sign = direction === 'asc' ? -1 : 1;
  const placed = results.map((result, order) => {
    const at = placement.at[result.id];
    if (at === undefined) return { result, order };
    const position = sign * result.score;
    return { result: { ...result, score: sign * (at - 1 + (position + 1) / (placement.count + 1)) }, order };
  });
  // The scores stay on the result: merge.ts orders merged searches by them.
  placed.sort((a, b) => b.result.score - a.result.score || a.order - b.order);
  return { results: placed.map((p) => p.result), filters };
}

/**
 * Relevance scores: the delta's shadow pages are archive pages scored a second time, by the delta's
 * statistics; the median ratio of their two scores in this search puts the delta's pages on the archive's
 * scale. Without a shadow among the results, the delta's scores are used as they are.
 */
function calibrate(all: PagefindResult[], kept: PagefindResult[], manifest: DeltaManifest): PagefindResult[] {
  const prefix = manifest.deltaPrefix;
  const shadows = manifest.shadows;
  if (!prefix || !shadows) return kept;
  const scores = new Map(all.map((r) => [r.id, r.score]));
  const ratios: number[] = [];
  for (const [shadow, twin] of Object.entries(shadows)) {
    const a = scores.get(twin);
    const d = scores.get(shadow);
    if (a !== undefined && d !== undefined && d > 0) ratios.push(a / d);
  }
  if (ratios.length === 0) return kept;
  ratios.sort((a, b) => a - b);
  const mid = ratios.length >> 1;
  const factor = ratios.length % 2 ? ratios[mid]! : (ratios[mid - 1]! + ratios[mid]!) / 2;
  return kept
    .map((result, order) => ({
      result: result.id.startsWith(prefix) ? { ...result, score: result.score * factor } : result,
      order,
    }))
    .sort((a, b) => b.result.score - a.result.score || a.order - b.order)
    .map((r) => r.result);
}

/** The part of Pagefind's API (module or `createInstance`) that opening the index needs. */
export interface PagefindLoader {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  mergeIndex: (indexPath: string, options?: Record<string, unknown>) => Promise<void>;
  search: (term: string | null, options?: Record<string, unknown>) => Promise<PagefindSearch | null>;
  /** every filter's counts; resolves once the instance has loaded its index */
  filters: () => Promise<Record<string, Record<string, number>>>;
  /** loads the index chunks a search for the term needs, without searching */
  preload: (term: string, options?: Record<string, unknown>) => Promise<void>;
}

/** One bundle, opened. */
export interface Searcher {
  bundle: BundleManifest;
  /** how many pages the word matches on its own, in the archive (not superseded) and in the delta */
  counts: (word: string) => Promise<WordCounts>;
  /** loads what a search for the term will need (the reader is typing it) */
  preload: (term: string, options?: { filters?: Record<string, unknown> }) => Promise<void>;
  search: (
    term: string | null,
    options?: { filters?: Record<string, unknown>; sort?: SortOption },
  ) => Promise<SearchResults | null>;
}

/** How many pages of the archive and of the delta a word matches on its own (archive: not superseded). */
export interface WordCounts {
  archive: number;
  delta: number;
}

/**
 * The words of a query as Pagefind takes them apart: it drops punctuation, folds case, turns runs of
 * white space into one space and splits at spaces (coupled_search.ts `search`, search.rs
 * `stems_from_term`); a word that is all punctuation vanishes, here as in Pagefind (its probe finds
 * nothing). A quoted phrase is one unit: Pagefind's exact search already finds nothing in a bundle that
 * lacks one of its words.
 */
export function queryWords(term: string): string[] {
  if (/^\s*".+"\s*$/.test(term)) return [];
  return term
    .replace(/\s{2,}/g, ' ')
    .trim()
    .toLocaleLowerCase()
    .split(' ')
    .filter(Boolean);
}

/**
 * How to run a query of several words over archive + delta so that it finds what one bundle of all pages
 * would. Pagefind intersects the pages of the words its bundle knows and leaves out the others (a word is
 * known when a word of the bundle starts with it, or failing that is a start of it: search.rs
 * `find_word_extensions`); a word that no bundle knows is left out, and with all of them unknown nothing
 * is found. So, per word, the pages each bundle has for it (`probe`):
 * - a word no page of the site has (none in the delta, none or only superseded ones in the archive) is
 *   taken out of the query, as a single bundle would leave it out (a superseded page's word would
 *   otherwise still narrow the archive's answer down to pages that are dropped);
 * - a bundle without a page for one of the remaining words has no page with all of them: the search is
 *   restricted to the other bundle (or finds nothing). Restricted by a filter, so that Pagefind's counts
 *   are those of the pages that remain.
 * Returns the query to run and the filter to add, or null to run the query as it is.
 */
async function planQuery(
  term: string,
  probe: (word: string) => Promise<WordCounts>,
): Promise<{ term: string; only?: 'archive' | 'delta' | 'none' } | null> {
  const words = queryWords(term);
  if (words.length < 2) return null;
  const counts = await Promise.all(words.map(probe));
  const known = words.map((word, i) => ({ word, ...counts[i]! })).filter((w) => w.archive + w.delta > 0);
  if (known.length === 0) return null;
  const inArchive = known.every((w) => w.archive > 0);
  const inDelta = known.every((w) => w.delta > 0);
  const query = known.length === words.length ? term : known.map((w) => w.word).join(' ');
  if (inArchive && inDelta) return query === term ? null : { term: query };
  return { term: query, only: inArchive ? 'archive' : inDelta ? 'delta' : 'none' };
}

/**
 * Opens a bundle through `api`, a Pagefind instance on the host bundle (`hostUrl`, `/pagefind/`): the
 * host's one page is marked with BUNDLE_FILTER `host`; the bundle's archive is merged, and its delta when
 * there is one (same base URL and excerpt length, so its results look the same; its pages carry
 * BUNDLE_FILTER `delta`). Results of other bundles (the host's page) are dropped.
 */
export async function openBundle(
  api: PagefindLoader,
  bundle: BundleManifest,
  hostUrl: string,
  baseUrl: string,
): Promise<Searcher> {
  const manifest = bundle.delta;
  // Merged indexes are created with these (the primary was, by `instanceOptions`).
  const options = { baseUrl, excerptLength: EXCERPT_LENGTH, ranking: RANKING };
  // A site of one bundle (`path` ''): the bundle is the primary itself, with no host page beside it.
  const primary = bundle.path === '';
  if (!primary) await api.options({ mergeFilter: { [BUNDLE_FILTER]: IN_HOST } });
  await api.init();
  const bundleUrl = `${hostUrl}${bundle.path}`;
  if (!primary) await api.mergeIndex(bundleUrl, options);
  if (manifest.delta)
    await api.mergeIndex(`${bundleUrl}${manifest.delta}`, { ...options, mergeFilter: { [BUNDLE_FILTER]: IN_DELTA } });
  const deltaPrefix = manifest.deltaPrefix;
  const own = (id: string) => id.startsWith(bundle.prefix) || (deltaPrefix !== undefined && id.startsWith(deltaPrefix));
  const drop = manifest.drop ?? {};
  const superseded = Object.keys(drop).filter((id) => !deltaPrefix || !id.startsWith(deltaPrefix)).length;
  // A search for the word alone with a filter no page has: no results to score, only the counts of
  // the pages the word matches, per bundle through BUNDLE_FILTER. When the archive's could all be
  // superseded pages, they are looked at one by one (there are few). Kept for the searcher's life.
  const probes = new Map<string, Promise<WordCounts>>();
  const probe = (word: string) => {
    let counts = probes.get(word);
    if (!counts) {
      counts = (async () => {
        const found = await api.search(word, { filters: { [BUNDLE_FILTER]: NO_PAGE } });
        if (!found) return { archive: 0, delta: 0 };
        const tagged = found.totalFilters[BUNDLE_FILTER] ?? {};
        const delta = tagged[IN_DELTA] ?? 0;
        let archive = found.unfilteredResultCount - delta - (tagged[IN_HOST] ?? 0);
        if (manifest.delta && archive > 0 && archive <= superseded) {
          const pages = await api.search(word, { filters: { [BUNDLE_FILTER]: { none: [IN_DELTA, IN_HOST] } } });
          archive = pages?.results.filter((r) => own(r.id) && !drop[r.id]).length ?? 0;
        }
        return { archive, delta };
      })();
      probes.set(word, counts);
    }
    return counts;
  };
  return {
    bundle,
    counts: probe,
    preload: (term, options) => api.preload(term, options),
    search: async (term, searchOptions = {}) => {
      const plan = term === null || !manifest.delta ? null : await planQuery(term, probe);
      if (!plan) return applyDelta(await api.search(term, searchOptions), manifest, searchOptions.sort, own);
      const restrict = { archive: { not: IN_DELTA }, delta: IN_DELTA, none: NO_PAGE };
      const filters = plan.only
        ? { ...searchOptions.filters, [BUNDLE_FILTER]: restrict[plan.only] }
        : searchOptions.filters;
      return applyDelta(await api.search(plan.term, { ...searchOptions, filters }), manifest, searchOptions.sort, own);
    },
  };
}
