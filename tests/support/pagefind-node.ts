import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DELTA_MANIFEST, NO_DELTA, openIndex, parseManifest, type PagefindLoader, type Searcher, type SortOption } from '../../src/search/delta.ts';
import { META } from '../../src/search/fields.ts';
import { queryVariants } from '../../src/search/indonesian.ts';
import { mergeSearches } from '../../src/search/merge.ts';
import type { PagefindFilters } from '../../src/search/pagefind.ts';

/**
 * Pagefind's browser API over built sites on disk, opened the way the search page opens it (archive,
 * delta merged when there is one, superseded pages dropped: src/search/delta.ts). pagefind.js fetches its
 * files, so fetch is answered from disk: each loaded site gets a URL prefix of its own (`/__site-N/`),
 * so several sites, or one site folder rebuilt in between, can be searched in one process.
 */
const mounts = new Map<string, string>();
let realFetch: typeof fetch | undefined;

function mount(distDir: string): string {
  const prefix = `/__site-${mounts.size + 1}/`;
  mounts.set(prefix, distDir);
  if (!realFetch) {
    const original = globalThis.fetch;
    realFetch = original;
    globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
      const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, 'http://localhost');
      const pathname = decodeURIComponent(url.pathname);
      for (const [root, dir] of mounts) {
        if (!pathname.startsWith(root)) continue;
        try {
          return new Response(await readFile(path.join(dir, pathname.slice(root.length))));
        } catch {
          return new Response(null, { status: 404 });
        }
      }
      return original(input, init);
    }) as typeof fetch;
  }
  return prefix;
}

/**
 * Opens the search index of a built site. `base` is the site's base path (`/warta/` for sub-path builds);
 * result URLs carry it, as in the browser. Each call reads the files afresh (a new pagefind.js instance).
 */
export async function loadPagefind(distDir: string, base = '/'): Promise<Searcher> {
  const dir = path.resolve(distDir);
  const prefix = mount(dir);
  const bundle = path.join(dir, 'pagefind');
  const module = (await import(`${pathToFileURL(path.join(bundle, 'pagefind.js')).href}?site=${encodeURIComponent(prefix)}`)) as {
    createInstance: (options: Record<string, unknown>) => PagefindLoader;
  };
  const manifest = await readFile(path.join(bundle, DELTA_MANIFEST), 'utf8').then(parseManifest, () => NO_DELTA);
  const bundleUrl = `${prefix}pagefind/`;
  const api = module.createInstance({ basePath: bundleUrl, baseUrl: base });
  return openIndex(api, manifest, bundleUrl, base);
}

export interface SiteResult {
  url: string;
  title: string;
  excerpt: string;
}

export interface SearchSiteOptions {
  /** Pagefind filters, e.g. `{ jenis: 'berita' }`; none by default (every indexed page) */
  filters?: PagefindFilters;
  /** `terbaru`: newest first, as the search page's "Terbaru" (and any search without words) */
  sort?: 'relevan' | 'terbaru';
  /** the site's base path */
  base?: string;
}

const opened = new Map<string, Promise<Searcher>>();

/**
 * A search as the search page runs it: the query and its Indonesian variants (src/search/indonesian.ts),
 * merged (src/search/merge.ts), over archive and delta. Returns every result, in the page's order:
 * by score, or newest first with `sort: 'terbaru'` or a null query. A folder's index is opened once and
 * kept: call `forgetSite(distDir)` after building into the same folder again.
 */
export async function searchSite(distDir: string, query: string | null, options: SearchSiteOptions = {}): Promise<SiteResult[]> {
  const key = `${path.resolve(distDir)}\n${options.base ?? '/'}`;
  let index = opened.get(key);
  if (!index) opened.set(key, (index = loadPagefind(distDir, options.base)));
  const searcher = await index;
  const byDate = options.sort === 'terbaru' || !query;
  const sort: SortOption | undefined = byDate ? { [META.date]: 'desc' } : undefined;
  const searchOptions = { filters: options.filters ?? {}, ...(sort ? { sort } : {}) };
  const variants = query ? queryVariants(query) : [null];
  const merged = await mergeSearches(await Promise.all(variants.map((v) => searcher.search(v, searchOptions))), byDate);
  return Promise.all(
    merged.results.map(async (result) => {
      const data = await result.data();
      return { url: data.url, title: data.meta.title ?? '', excerpt: data.excerpt };
    }),
  );
}

/** Drops the index `searchSite` keeps for a folder, so the next search reads the rebuilt site. */
export function forgetSite(distDir: string): void {
  for (const key of opened.keys()) if (key.startsWith(`${path.resolve(distDir)}\n`)) opened.delete(key);
}
