import { FILTERS } from './fields.ts';

/** Everything that defines a search, as it stands in the URL: `/cari/?q=putin&bagian=internasional`. */
export interface SearchState {
  q: string;
  /** section id */
  section: string;
  year: string;
  /** slug of the source name */
  source: string;
  sort: SortOrder;
}

export type SortOrder = 'relevan' | 'terbaru';

export const SORT_PARAM = 'urut';
export const QUERY_PARAM = 'q';
/** The URL parameter that carries searched words to an article, for highlighting them there. */
export const HIGHLIGHT_PARAM = 'sorot';
/** Longest query we act on: long pastes are cut, not refused. */
export const MAX_QUERY_LENGTH = 200;

export const EMPTY_STATE: SearchState = { q: '', section: '', year: '', source: '', sort: 'relevan' };

const clean = (value: string | null) => (value ?? '').trim();

export function parseState(search: string): SearchState {
  const params = new URLSearchParams(search);
  return {
    q: clean(params.get(QUERY_PARAM)).replace(/\s+/g, ' ').slice(0, MAX_QUERY_LENGTH),
    section: clean(params.get(FILTERS.section)),
    year: clean(params.get(FILTERS.year)),
    source: clean(params.get(FILTERS.source)),
    sort: params.get(SORT_PARAM) === 'terbaru' ? 'terbaru' : 'relevan',
  };
}

/** The query string for a state; empty and default values are left out so shared URLs stay short. */
export function serializeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set(QUERY_PARAM, state.q);
  if (state.section) params.set(FILTERS.section, state.section);
  if (state.year) params.set(FILTERS.year, state.year);
  if (state.source) params.set(FILTERS.source, state.source);
  if (state.sort !== 'relevan') params.set(SORT_PARAM, state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function hasFilters(state: SearchState): boolean {
  return Boolean(state.section || state.year || state.source);
}

export function sameState(a: SearchState, b: SearchState): boolean {
  return serializeState(a) === serializeState(b);
}
