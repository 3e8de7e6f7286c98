/** The parts of Pagefind's browser API (pagefind.js, 1.6) that Warta uses. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  /** the page's indexed text */
  content?: string;
  /** the page's elements with an id, where they stand among its words */
  anchors?: PagefindAnchor[];
  /** the matched words split at the page's headings with an id, in the page's order (src/search/live-update.ts) */
  sub_results?: PagefindSubResult[];
}

export interface PagefindAnchor {
  element: string;
  id: string;
  text: string;
  /** the index of the word it starts at */
  location: number;
}

export interface PagefindSubResult {
  title: string;
  /** the page's URL with the heading's id as its fragment (none for the words before the first heading) */
  url: string;
  anchor?: PagefindAnchor;
  weighted_locations: { weight: number; balanced_score: number; location: number }[];
  excerpt: string;
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
