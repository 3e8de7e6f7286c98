/**
 * The search index's table of contents, `pagefind/warta-search.json`: written by every build
 * (src/build/search-index.ts), read by the search page and the tests' Node helper (src/search/site.ts).
 *
 * The index is split so that a reader's first search downloads a bounded share of the archive
 * (docs/search.md, "Bundles"): articles are indexed per year of publication, one Pagefind bundle each;
 * everything else that is searchable (expert and topic pages) is the `general` bundle. `pagefind/` itself
 * is a host bundle of one hidden page that carries pagefind.js and its WebAssembly for all of them. Each
 * bundle has its own archive and delta (src/search/delta.ts).
 */
import type { DeltaManifest } from './delta.ts';
import { FILTERS, KINDS } from './fields.ts';

export const SEARCH_MANIFEST = 'warta-search.json';

/**
 * A reader's first search covers the newest years until they hold this many articles; older years are
 * searched when the reader asks for more results (or the newer ones have none). About 10 bytes of
 * Pagefind metadata per article must be downloaded before any result of a bundle can be scored, so this
 * bounds the first search: ~120 KB of metadata (docs/performance.md has the measurements).
 */
export const DEFAULT_TIER_PAGES = 12_000;

export interface BundleManifest {
  /** the bundle's folder, relative to the host bundle's URL (`2025/`) */
  path: string;
  /** the page ids of the bundle's archive: `<prefix><hash>` (Pagefind's language tag and `_`) */
  prefix: string;
  /** pages in the archive: the page count Pagefind scores with */
  pages: number;
  delta: DeltaManifest;
}

export interface YearBundleManifest extends BundleManifest {
  year: string;
}

export interface SearchManifest {
  format: 2;
  /** expert and topic pages (every searchable page that is not an article); null when there are none */
  general: BundleManifest | null;
  /** articles, one bundle per year of publication in Jakarta, newest first */
  years: YearBundleManifest[];
  /** see DEFAULT_TIER_PAGES */
  tierPages: number;
}

/** The bundle a page belongs in: its year for an article, null for the general bundle. */
export function yearOf(filters: Record<string, string[]>): string | null {
  if (!filters[FILTERS.kind]?.includes(KINDS.article)) return null;
  const years = filters[FILTERS.year] ?? [];
  return years.length === 1 && /^\d{4}$/.test(years[0]!) ? years[0]! : null;
}

/** Reads a manifest; null when it is missing or unreadable (the search page then says search failed). */
export function parseSearchManifest(text: string): SearchManifest | null {
  try {
    const value = JSON.parse(text) as Partial<SearchManifest> | null;
    if (!value || value.format !== 2 || value.general === undefined || !Array.isArray(value.years)) return null;
    return value as SearchManifest;
  } catch {
    return null;
  }
}
