/** The parts of Pagefind's browser API (pagefind.js, 1.6) that Warta uses. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}

export type PagefindFilters = Record<string, string | string[] | { any: string[] } | { all: string[] }>;

export interface PagefindSearch {
  results: PagefindResult[];
  /** remaining result counts per filter value, with the current filters applied */
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}

export interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (
    term: string | null,
    options?: { filters?: PagefindFilters; sort?: Record<string, 'asc' | 'desc'> },
  ) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}
