/**
 * The header box of every page searches in place (decision 032): the search page opens on the page the
 * reader is on, without a navigation, with the URL of the search (`/cari/?q=…`) so it can be shared,
 * reloaded and walked with back and forward. The index starts loading when the box gets focus
 * (`warm`), and the index chunks of the words typed so far while the reader types, so that most
 * searches are answered from files already in memory when Enter is pressed.
 *
 * Nothing of it is repeated on every page. The header box's loader (SearchBox.astro, a few hundred
 * bytes) fetches `/cari/` on focus (HTML, revalidated like any page), imports the search page's own
 * script from it (this module, bundled into it: one file, no chunk to wait for on `/cari/`), and hands
 * it the page (`adopt`). On search, the page's `<main>` is shown in place of the reader's, which is kept
 * and put back, with its scroll position, when the reader goes back. Without JavaScript, or when the
 * search page or its script cannot load, the form goes to `/cari/?q=…` as a plain GET.
 */
import { showSearchFromUrl, siteLoader, startSearchPage } from './search-page.ts';

/**
 * The search page's script (SearchApp.astro): runs the search page when this is it, and leaves the
 * in-place search where the header box's loader finds it (on this page, or on a page that imported the
 * script to search in place).
 */
export function boot(options: Options): void {
  if (document.getElementById('search-form')) startSearchPage(options.pagefindUrl, options.baseUrl);
  const global = window as unknown as Record<string, InPlaceSearch | undefined>;
  global[IN_PLACE_SEARCH] ??= inPlaceSearch(options);
}

interface Options {
  /** `/cari/` under the site's base */
  searchUrl: string;
  pagefindUrl: string;
  baseUrl: string;
}

/**
 * What the search page brings: its `<main>`, and the header's main navigation, where the page's own
 * marks its section as the current one (`aria-current`), which the search is not.
 */
const PARTS = ['main', 'header nav'] as const;

/** What the search replaced: put back when the reader goes back. */
interface Page {
  parts: HTMLElement[];
  title: string;
  scrollY: number;
}

/** Where the search page's script leaves the in-place search for the header box's loader. */
export const IN_PLACE_SEARCH = '__wartaInPlaceSearch' as const;

export interface InPlaceSearch {
  /** the search page as fetched by the loader (its markup is shown in place) */
  adopt: (html: string) => void;
  /** the reader is about to search: the index, and the search page's markup, start loading */
  warm: (term?: string) => void;
  /** shows the search for the form's state in place; rejects when the search page cannot load */
  open: (form: HTMLFormElement) => Promise<void>;
}

/** The search page's PARTS, ready to be shown here. */
function fromPage(html: string): HTMLElement[] {
  const page = new DOMParser().parseFromString(html, 'text/html');
  const parts = PARTS.map((selector) => page.querySelector<HTMLElement>(selector));
  if (!parts[0]?.querySelector('#search-form') || parts.some((part) => !part))
    throw new Error('the search page has no search form');
  return parts.map((part) => {
    // Scripts of a parsed document never run; the search page's own is this module.
    for (const script of part!.querySelectorAll('script')) script.remove();
    return document.importNode(part!, true);
  });
}

export function inPlaceSearch({ searchUrl, pagefindUrl, baseUrl }: Options): InPlaceSearch {
  const loadSite = siteLoader(pagefindUrl, baseUrl);
  let markup: Promise<HTMLElement[]> | undefined;
  const loadMarkup = () =>
    (markup ??= fetch(searchUrl)
      .then(async (response) => {
        if (!response.ok) throw new Error(`no search page at ${searchUrl}`);
        return fromPage(await response.text());
      })
      .catch((error: unknown) => {
        markup = undefined;
        throw error;
      }));

  let search: HTMLElement[] | null = null;
  let page: Page | null = null;
  let started = false;
  const shown = () => search?.[0]?.isConnected === true;

  const showSearch = () => {
    const current = PARTS.map((selector) => document.querySelector<HTMLElement>(selector));
    if (!search || shown() || current.some((part) => !part)) return;
    page = { parts: current as HTMLElement[], title: document.title, scrollY: window.scrollY };
    for (const [i, part] of page.parts.entries()) part.replaceWith(search[i]!);
    window.scrollTo(0, 0);
  };
  const showPage = () => {
    if (!page || !search || !shown()) return;
    for (const [i, part] of search.entries()) part.replaceWith(page.parts[i]!);
    document.title = page.title;
    window.scrollTo(0, page.scrollY);
  };

  window.addEventListener('popstate', () => {
    const onSearch = location.pathname === new URL(searchUrl, location.href).pathname;
    if (onSearch) showSearch();
    else showPage();
  });

  return {
    adopt: (html) => {
      markup ??= Promise.resolve(html).then(fromPage);
    },
    warm: (term) => {
      if (!document.getElementById('search-form')) void loadMarkup().catch(() => undefined);
      void loadSite().then(
        (site) => site.preload(term),
        () => undefined,
      );
    },
    open: async (form) => {
      const params = new URLSearchParams();
      for (const [name, value] of new FormData(form)) if (typeof value === 'string') params.append(name, value);
      const url = `${searchUrl}?${params}`;
      // On the search page already (the real one, or opened here before): its search changes.
      if (!shown() && !document.getElementById('search-form')) {
        search ??= await loadMarkup();
        history.scrollRestoration = 'manual';
        history.pushState(null, '', url);
        showSearch();
        if (started) showSearchFromUrl();
        else {
          started = true;
          startSearchPage(pagefindUrl, baseUrl);
        }
        return;
      }
      history.pushState(null, '', url);
      showSearchFromUrl();
    },
  };
}
