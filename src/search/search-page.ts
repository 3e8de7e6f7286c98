/**
 * The search page (/cari/). Reads the search from the URL, runs it with Pagefind's JS API, renders
 * results with plain DOM calls (text only: nothing from the index becomes markup), and keeps the URL
 * in step so a search can be shared, reloaded, and walked with back and forward.
 */
import { t } from '../i18n/id.ts';
import type { PagefindLoader } from './delta.ts';
import { parseExcerpt } from './excerpt.ts';
import { FILTERS, KINDS, META } from './fields.ts';
import { highlightTerms, withHighlight } from './highlight.ts';
import { bestUpdate } from './live-update.ts';
import { parseSearchManifest, SEARCH_MANIFEST } from './manifest.ts';
import type { MergedSearch } from './merge.ts';
import type { PagefindFilters, PagefindResult, PagefindResultData } from './pagefind.ts';
import { type ArticleQuery, firstSearchFiles, openSite, type SiteSearch } from './site.ts';
import { EMPTY_STATE, hasFilters, parseState, type SearchState, sameState, serializeState } from './state.ts';

const PAGE_SIZE = 10;
const PEOPLE_AND_TOPICS = 6;
const TYPING_DELAY_MS = 250;

interface Elements {
  form: HTMLFormElement;
  query: HTMLInputElement;
  section: HTMLSelectElement;
  year: HTMLSelectElement;
  source: HTMLSelectElement;
  sort: HTMLSelectElement;
  reset: HTMLButtonElement;
  status: HTMLElement;
  retry: HTMLButtonElement;
  intro: HTMLElement;
  noResults: HTMLElement;
  people: HTMLElement;
  peopleList: HTMLElement;
  results: HTMLOListElement;
  more: HTMLButtonElement;
  /** held, not looked up when results come: opened in place, the search page may be off the document by then */
  result: HTMLTemplateElement;
}

type PagefindModule = { createInstance: (options: Record<string, unknown>) => PagefindLoader };

/** One loader per page: the search page and the header box (opened in place) share what it has loaded. */
const loaders = new Map<string, SiteLoader>();

/** Loads the site's search once; `forget` drops it after a search failed, so the next one starts afresh. */
export type SiteLoader = (() => Promise<SiteSearch>) & { forget: () => void };

/**
 * Loads the search index (src/search/site.ts): `pagefind.js` and the manifest that lists the bundles (a few
 * hundred bytes, revalidated so a new build is never missed), then, as soon as the manifest is read, the
 * files the first search waits for, into the browser's cache (Pagefind would ask for them one after
 * another). A failed load is not kept: a retry, or the next search, loads the index again.
 */
export function siteLoader(
  pagefindUrl: string,
  baseUrl: string,
  year: () => string | undefined = () => undefined,
): SiteLoader {
  const known = loaders.get(pagefindUrl);
  if (known) return known;
  const hostUrl = pagefindUrl.replace(/[^/]*$/, '');
  let site: Promise<SiteSearch> | undefined;
  let failures = 0;
  const load = (): Promise<SiteSearch> =>
    (site ??= Promise.all([
      // A module that failed to load (offline) stays failed under its URL for the page's life: a retry
      // asks for it under another (Pagefind finds its files from the path, whatever the query).
      import(/* @vite-ignore */ failures ? `${pagefindUrl}?retry=${failures}` : pagefindUrl) as Promise<PagefindModule>,
      fetch(`${hostUrl}${SEARCH_MANIFEST}`, { cache: 'no-cache' }).then(async (response) => {
        const manifest = response.ok ? parseSearchManifest(await response.text()) : null;
        if (!manifest) throw new Error(`no search manifest at ${hostUrl}${SEARCH_MANIFEST}`);
        for (const file of firstSearchFiles(manifest, year()))
          void fetch(`${hostUrl}${file}`).then(
            (r) => r.arrayBuffer(),
            () => undefined,
          );
        return manifest;
      }),
    ])
      .then(([pagefind, manifest]) =>
        openSite(manifest, (options) => pagefind.createInstance(options), hostUrl, baseUrl),
      )
      .catch((error: unknown) => {
        forget();
        throw error;
      }));
  // Pagefind that failed once (its files did not come: offline) keeps failing: a fresh copy of its module.
  const forget = () => {
    site = undefined;
    failures++;
  };
  const loader = Object.assign(load, { forget });
  loaders.set(pagefindUrl, loader);
  return loader;
}

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`search page is missing #${id}`);
  return element as T;
}

/** The Pagefind filter value behind a select's option (section names, source names). */
function filterValue(select: HTMLSelectElement): string | undefined {
  const option = select.selectedOptions[0];
  return option?.value ? (option.dataset.filter ?? option.value) : undefined;
}

function selectValue(select: HTMLSelectElement, value: string): void {
  select.value = [...select.options].some((o) => o.value === value) ? value : '';
}

function readForm(el: Elements): SearchState {
  return {
    q: el.query.value.trim().replace(/\s+/g, ' '),
    section: el.section.value,
    year: el.year.value,
    source: el.source.value,
    sort: el.sort.value === 'terbaru' ? 'terbaru' : 'relevan',
  };
}

function writeForm(el: Elements, state: SearchState): void {
  el.query.value = state.q;
  selectValue(el.section, state.section);
  selectValue(el.year, state.year);
  selectValue(el.source, state.source);
  el.sort.value = state.sort;
  el.reset.hidden = !hasFilters(state);
  const header = document.getElementById('cari-header') as HTMLInputElement | null;
  if (header) header.value = state.q;
}

/** Section and source are Pagefind filters; the year picks the bundle to search (src/search/site.ts). */
function articleQuery(el: Elements, state: SearchState): ArticleQuery {
  const filters: PagefindFilters = {};
  const section = filterValue(el.section);
  const source = filterValue(el.source);
  if (section) filters[FILTERS.section] = section;
  if (source) filters[FILTERS.source] = source;
  const year = filterValue(el.year);
  return { term: state.q || null, filters, ...(year ? { year } : {}), byDate: state.sort === 'terbaru' || !state.q };
}

/** Option labels carry the number of results each choice would leave. */
function showCounts(el: Elements, search: MergedSearch | null): void {
  const pairs: [HTMLSelectElement, string][] = [
    [el.section, FILTERS.section],
    [el.year, FILTERS.year],
    [el.source, FILTERS.source],
  ];
  for (const [select, key] of pairs) {
    const counts = select.value === '' ? search?.filters[key] : undefined;
    for (const option of select.options) {
      const label = option.dataset.label ?? option.textContent ?? '';
      option.dataset.label = label;
      if (!option.value || !counts) {
        option.textContent = label;
        continue;
      }
      option.textContent = `${label} (${counts[option.dataset.filter ?? option.value] ?? 0})`;
    }
  }
}

function renderExcerpt(target: HTMLElement, html: string): void {
  for (const part of parseExcerpt(html)) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      target.append(mark);
    } else {
      target.append(part.text);
    }
  }
}

function renderResult(template: HTMLTemplateElement, data: PagefindResultData, query: string): HTMLLIElement {
  const item = template.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
  const link = item.querySelector<HTMLAnchorElement>('[data-slot="link"]')!;
  // A live page's result leads to the update its words matched best, with that update's time and excerpt.
  const update = bestUpdate(data);
  const excerpt = update?.excerpt ?? data.excerpt;
  link.href = withHighlight(update?.url ?? data.url, highlightTerms(query, excerpt));
  link.textContent = data.meta.title ?? data.url;
  item.querySelector('[data-slot="section"]')!.textContent = data.meta[META.section] ?? '';
  const updateLine = item.querySelector<HTMLElement>('[data-slot="update"]')!;
  if (update) updateLine.textContent = `${t.search.update} ${update.time}`;
  else updateLine.remove();
  renderExcerpt(item.querySelector<HTMLElement>('[data-slot="excerpt"]')!, excerpt);
  // The <time> is made here, not kept empty in the template: an empty <time> is invalid HTML.
  const date = item.querySelector<HTMLElement>('[data-slot="date"]')!;
  const iso = data.meta[META.date];
  if (iso) {
    const time = document.createElement('time');
    time.dateTime = iso;
    time.textContent = data.meta[META.dateLabel] ?? '';
    date.append(time);
  } else date.remove();
  const frame = item.querySelector<HTMLElement>('[data-slot="image"]')!;
  if (data.meta[META.image]) {
    const image = document.createElement('img');
    Object.assign(image, {
      src: data.meta[META.image]!,
      alt: '',
      width: 256,
      height: 144,
      loading: 'lazy',
      decoding: 'async',
    });
    image.className = 'block aspect-[16/9] h-auto w-full bg-paper-sunk object-cover';
    frame.append(image);
  } else {
    frame.remove();
  }
  return item;
}

function renderPerson(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = data.url;
  link.className = 'search-chip';
  const kind = document.createElement('span');
  kind.className = 'search-chip-kind';
  kind.textContent = data.meta[META.kind] === KINDS.expert ? t.search.expert : t.search.topic;
  const name = document.createElement('span');
  name.textContent = data.meta.title ?? '';
  link.append(kind, ' ', name);
  item.append(link);
  return item;
}

/** The search page running on this page, if any: the header box shows its searches there (search-in-place.ts). */
let running: { form: HTMLFormElement; refresh: () => void } | undefined;

/** Shows the search in the URL on the search page, when one runs on this page; false when none does. */
export function showSearchFromUrl(): boolean {
  if (!running?.form.isConnected) return false;
  running.refresh();
  return true;
}

export function startSearchPage(pagefindUrl: string, baseUrl: string): void {
  const el: Elements = {
    form: byId('search-form'),
    query: byId('search-q'),
    section: byId('search-bagian'),
    year: byId('search-tahun'),
    source: byId('search-sumber'),
    sort: byId('search-urut'),
    reset: byId('search-reset'),
    status: byId('search-status'),
    retry: byId('search-retry'),
    intro: byId('search-intro'),
    noResults: byId('search-none'),
    people: byId('search-people'),
    peopleList: byId('search-people-list'),
    results: byId('search-results'),
    more: byId('search-more'),
    result: byId('search-result'),
  };
  document.documentElement.dataset.searchReady = 'loading';

  const loadSite = siteLoader(pagefindUrl, baseUrl, () => filterValue(el.year));
  // The reader is about to search: the newest periods' bundles load while they type, and the index chunks
  // of the words typed so far.
  const preload = (term?: string) =>
    void loadSite().then(
      (s) => s.preload(term, filterValue(el.year)),
      () => undefined,
    );
  el.query.addEventListener('focus', () => preload(), { once: true });

  let pending: PagefindResult[] = [];
  let generation = 0;
  let current: SearchState = EMPTY_STATE;
  /** The search shown: what to ask for older results, and how many have been found so far. */
  let shown: { query: ArticleQuery; next: number | null; nextYears: string[]; years: string[]; total: number } | null =
    null;

  function showStatus(state: SearchState): void {
    if (!shown) return;
    const since = shown.next === null ? null : shown.years[shown.years.length - 1]!;
    if (state.q)
      el.status.textContent =
        since && shown.total > 0
          ? t.search.countSince(shown.total, state.q, since)
          : t.search.count(shown.total, state.q);
    else
      el.status.textContent = since
        ? t.search.countFilteredOnlySince(shown.total, since)
        : t.search.countFilteredOnly(shown.total);
  }

  function showMoreButton(): void {
    const older = pending.length === 0 && shown?.next !== null && shown?.next !== undefined;
    el.more.hidden = pending.length === 0 && !older;
    el.more.textContent = older ? t.search.older(shown!.nextYears) : t.search.more;
  }

  /**
   * A search, or a page of its results, could not be loaded (offline, a file missing after a deploy): the
   * reader is told, with a button that tries the same search again. Nothing is left saying "Mencari…".
   */
  function showFailure(error: unknown, run: number): void {
    console.error('Warta search:', error);
    if (run !== generation) return;
    // Offline (the browser knows it): search needs the network; what the reader opened before does not.
    el.status.textContent = navigator.onLine === false ? t.offline.searchNeedsConnection : t.search.failed;
    el.retry.hidden = false;
    el.more.hidden = true;
    document.documentElement.dataset.searchReady = 'error';
  }

  /** Loads the next page of results; `beforeShow` runs in the same frame as they appear. */
  async function showMore(focusFirst: boolean, run: number, beforeShow?: () => void): Promise<void> {
    if (pending.length === 0 && shown && shown.next !== null) {
      // Older years: searched now, their results follow the ones shown.
      el.more.disabled = true;
      let older: Awaited<ReturnType<SiteSearch['articles']>>;
      try {
        older = await (await loadSite()).articles(shown.query, shown.next);
      } catch (error) {
        showFailure(error, run);
        return;
      } finally {
        el.more.disabled = false;
      }
      if (run !== generation) return;
      pending = older.results;
      shown = {
        ...shown,
        next: older.next,
        nextYears: older.nextYears,
        years: older.years,
        total: shown.total + older.results.length,
      };
      showStatus(current);
    }
    const batch = pending.slice(0, PAGE_SIZE);
    pending = pending.slice(PAGE_SIZE);
    let items: PagefindResultData[];
    try {
      items = await Promise.all(batch.map((r) => r.data()));
    } catch (error) {
      // Kept for the retry, which asks for this page again.
      pending = [...batch, ...pending];
      showFailure(error, run);
      return;
    }
    if (run !== generation) return;
    beforeShow?.();
    const nodes = items.map((data) => renderResult(el.result, data, current.q));
    el.results.append(...nodes);
    showMoreButton();
    if (focusFirst) nodes[0]?.querySelector('a')?.focus();
  }

  async function run(state: SearchState): Promise<void> {
    const mine = ++generation;
    current = state;
    writeForm(el, state);
    document.title = state.q
      ? `${t.search.pageTitleFor(state.q)} | ${t.siteName}`
      : `${t.search.pageTitle} | ${t.siteName}`;
    shown = null;
    el.results.replaceChildren();
    el.peopleList.replaceChildren();
    el.people.hidden = true;
    el.more.hidden = true;
    el.retry.hidden = true;
    el.noResults.hidden = true;

    if (!state.q && !hasFilters(state)) {
      el.intro.hidden = false;
      el.status.textContent = '';
      showCounts(el, null);
      document.documentElement.dataset.searchReady = 'idle';
      return;
    }
    el.intro.hidden = true;
    el.status.textContent = t.search.loading;
    document.documentElement.dataset.searchReady = 'loading';

    const query = articleQuery(el, state);
    let articles: Awaited<ReturnType<SiteSearch['articles']>>;
    let people: PagefindResultData[];
    try {
      const api = await loadSite();
      // The first results' fragments load as soon as the articles are found, beside the people search
      // (Pagefind keeps them for showMore; a failure among them is met there).
      const found = api.articles(query).then((articles) => {
        for (const result of articles.results.slice(0, PAGE_SIZE)) result.data().catch(() => undefined);
        return articles;
      });
      // Asked after the articles' fragments: Pagefind's worker answers in order, and the articles come first.
      const others = state.q && !hasFilters(state) ? found.then(() => api.people(state.q)) : null;
      [articles, people] = await Promise.all([
        found,
        Promise.resolve(others).then((o) =>
          Promise.all((o?.results ?? []).slice(0, PEOPLE_AND_TOPICS).map((r) => r.data())),
        ),
      ]);
    } catch (error) {
      loadSite.forget();
      showFailure(error, mine);
      return;
    }
    if (mine !== generation) return;

    const results = articles.results;
    pending = results;
    shown = { query, next: articles.next, nextYears: articles.nextYears, years: articles.years, total: results.length };
    // Everything the search found appears in one frame: nothing on screen is pushed down afterwards.
    await showMore(false, mine, () => {
      showStatus(state);
      el.noResults.hidden = results.length > 0;
      showCounts(el, articles);
      if (people.length > 0) {
        el.peopleList.replaceChildren(...people.map(renderPerson));
        el.people.hidden = false;
      }
    });
    if (mine === generation && el.retry.hidden) document.documentElement.dataset.searchReady = 'done';
  }

  function commit(push: boolean): void {
    const state = readForm(el);
    if (sameState(state, current)) return;
    const url = `${location.pathname}${serializeState(state)}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    void run(state);
  }

  el.form.addEventListener('submit', (event) => {
    event.preventDefault();
    commit(true);
  });
  for (const select of [el.section, el.year, el.source, el.sort]) select.addEventListener('change', () => commit(true));
  let typing: ReturnType<typeof setTimeout> | undefined;
  el.query.addEventListener('input', () => {
    preload(el.query.value);
    clearTimeout(typing);
    typing = setTimeout(() => commit(false), TYPING_DELAY_MS);
  });
  el.reset.addEventListener('click', () => {
    el.section.value = '';
    el.year.value = '';
    el.source.value = '';
    commit(true);
    el.query.focus();
  });
  el.more.addEventListener('click', () => void showMore(true, generation));
  el.retry.addEventListener('click', () => {
    // What failed was either the search itself (asked again whole) or a later page of its results.
    if (shown && el.results.childElementCount > 0) {
      el.retry.hidden = true;
      showStatus(current);
      document.documentElement.dataset.searchReady = 'loading';
      void showMore(true, generation).then(() => {
        if (el.retry.hidden) document.documentElement.dataset.searchReady = 'done';
      });
    } else void run(current);
  });
  window.addEventListener('popstate', () => {
    // Opened in place (search-in-place.ts), the search page is taken off when the reader goes back to the
    // page they searched from: that entry is not a search.
    if (el.form.isConnected) void run(parseState(location.search));
  });

  byId('search-needs-js').hidden = true;
  running = { form: el.form, refresh: () => void run(parseState(location.search)) };
  void run(parseState(location.search));
}
