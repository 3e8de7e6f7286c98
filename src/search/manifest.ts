/**
 * The search index's table of contents, `pagefind/warta-search.json`: written by every build
 * (src/build/search-index.ts), read by the search page and the tests' Node helper (src/search/site.ts).
 *
 * The index is split so that a reader's first search downloads a bounded share of the archive
 * (docs/search.md, "Bundles"): articles are indexed in periods of consecutive years of publication, one
 * Pagefind bundle each; everything else that is searchable (expert and topic pages) is the `general` bundle. `pagefind/` itself
 * is a host bundle of one hidden page that carries pagefind.js and its WebAssembly for all of them. Each
 * bundle has its own archive and delta (src/search/delta.ts).
 */
import { FILTERS, KINDS } from './fields.ts';

/** The delta bundle's folder, inside the archive's. */
export const DELTA_DIR = 'delta';

export interface DeltaManifest {
  format: 1;
  /** the delta bundle, relative to the archive bundle's URL (`delta/`); absent when there is none */
  delta?: string;
  /**
   * Results to drop, page id → that page's filter values (to correct the counts): archive pages
   * superseded by the delta or deleted, and the delta's shadow pages (unchanged archive pages it holds
   * only so that its scores compare with the archive's; see src/build/search-index.ts).
   */
  drop?: Record<string, Record<string, string[]>>;
  /** the delta's page ids start with this (its language tag is not the archive's) */
  deltaPrefix?: string;
  /** the delta's shadow pages: delta page id → the same page's archive id */
  shadows?: Record<string, string>;
  /**
   * Per sort key: where each delta page falls in the archive's order. `at[id]` is the number of archive
   * pages (superseded ones included) that sort before it; `count` is the length of the delta's own list.
   */
  sorts?: Record<string, { count: number; at: Record<string, number> }>;
}

export const NO_DELTA: DeltaManifest = { format: 1 };

export const SEARCH_MANIFEST = 'warta-search.json';

/**
 * A period bundle holds consecutive years, the oldest first, until it has this many articles; the newest
 * one grows until it has them too. A reader's first search covers the newest periods until they hold this
 * many articles; older periods are searched when the reader asks for more results (or the newer ones have
 * none). About 10 bytes of Pagefind metadata per article must be downloaded before any result of a bundle
 * can be scored, so this bounds the first search (docs/performance.md has the measurements).
 */
export const DEFAULT_TIER_PAGES = 12_000;

export interface BundleManifest {
  /** the bundle's folder, relative to the host bundle's URL (`2025/`) */
  path: string;
  /** the page ids of the bundle's archive: `<prefix><hash>` (Pagefind's language tag and `_`) */
  prefix: string;
  /** pages in the archive: the page count Pagefind scores with */
  pages: number;
  /** the archive's metadata file, in its folder (fetched early: src/search/site.ts `firstSearchFiles`) */
  meta: string;
  /**
   * The archive's filter files, in its folder, where every article search loads them (a site of one
   * bundle filters its articles from its other pages): fetched early with the metadata.
   */
  filters?: string[];
  delta: DeltaManifest;
}

export interface PeriodBundleManifest extends BundleManifest {
  /** the years of publication it holds, newest first */
  years: string[];
}

export interface SearchManifest {
  format: 2;
  /** the host bundle's metadata and WebAssembly files, in `pagefind/` */
  host: { meta: string; wasm: string };
  /** expert and topic pages (every searchable page that is not an article); null when there are none */
  general: BundleManifest | null;
  /** articles, by periods of years of publication in Jakarta, newest first */
  periods: PeriodBundleManifest[];
  /** see DEFAULT_TIER_PAGES */
  tierPages: number;
}

/** An article's year of publication (which period bundle holds it); null for pages of the general bundle. */
export function yearOf(filters: Record<string, string[]>): string | null {
  if (!filters[FILTERS.kind]?.includes(KINDS.article)) return null;
  const years = filters[FILTERS.year] ?? [];
  return years.length === 1 && /^\d{4}$/.test(years[0]!) ? years[0]! : null;
}

/** Reads a manifest; null when it is missing or unreadable (the search page then says search failed). */
export function parseSearchManifest(text: string): SearchManifest | null {
  try {
    const value = JSON.parse(text) as Partial<SearchManifest> | null;
    if (value?.format !== 2 || value.general === undefined || !Array.isArray(value.periods)) return null;
    return value as SearchManifest;
  } catch {
    return null;
  }
}

/**
 * The periods of a site: its years (with their article counts), the oldest first, in runs of at least
 * `pages` articles; the newest run may hold fewer. Returned newest first, each period's years newest first.
 * A pure function of the counts, so a cold build and an incremental one agree; old periods keep their
 * years as new articles come (only a change in an old year's count can move a boundary).
 */
export function periodsOf(counts: Map<string, number>, pages: number): string[][] {
  return runsOf([...counts.keys()].sort(), (year) => counts.get(year)!, pages)
    .map((years) => years.reverse())
    .reverse();
}

/** Consecutive items in runs whose sizes add up to at least `min` (the last run may fall short). */
export function runsOf<T>(items: T[], size: (item: T) => number, min: number): T[][] {
  const runs: T[][] = [];
  let current: T[] = [];
  let total = 0;
  for (const item of items) {
    current.push(item);
    total += size(item);
    if (total >= min) {
      runs.push(current);
      current = [];
      total = 0;
    }
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

/**
 * A period's bundle name and folder: its first year (`2022` for 2022–2025). Not all its years: the newest
 * period takes in each new year, and a name that changed with it would make a new bundle of the whole
 * period (measured at 10,000 articles, one story of a new year: 10,289 files deleted and 11,399 uploaded)
 * instead of a delta. Periods are disjoint runs of years, so no two share a first year.
 */
export const periodName = (years: string[]) => [...years].sort()[0]!;
