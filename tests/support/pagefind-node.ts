import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { instanceOptions, openBundle, type PagefindLoader, type Searcher } from '../../src/search/delta.ts';
import { parseSearchManifest, periodName, SEARCH_MANIFEST } from '../../src/search/manifest.ts';
import type { PagefindFilters, PagefindResult, PagefindResultData } from '../../src/search/pagefind.ts';
import { openSite, type SiteSearch } from '../../src/search/site.ts';

/**
 * Pagefind's browser API over built sites on disk, opened the way the search page opens it (bundles,
 * their deltas merged, superseded pages dropped: src/search/site.ts, src/search/delta.ts). pagefind.js
 * fetches its files, so fetch is answered from disk: each loaded site gets a URL prefix of its own
 * (`/__site-N/`), so several sites, or one site folder rebuilt in between, can be searched in one process.
 */
const mounts = new Map<string, string>();
let realFetch: typeof fetch | undefined;

/** Answers pagefind.js's fetches under the returned URL prefix (`/__site-N/`) from the folder, on disk. */
export function mount(distDir: string): string {
  const prefix = `/__site-${mounts.size + 1}/`;
  mounts.set(prefix, distDir);
  if (!realFetch) {
    const original = globalThis.fetch;
    realFetch = original;
    globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
      const url = new URL(
        typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
        'http://localhost',
      );
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

interface Opened {
  hostUrl: string;
  instance: (options: Record<string, unknown>) => PagefindLoader;
  manifest: NonNullable<ReturnType<typeof parseSearchManifest>>;
}

/** A site's pagefind.js (a new instance of the module per call, so a rebuilt folder is read afresh). */
async function openFiles(distDir: string): Promise<Opened> {
  const dir = path.resolve(distDir);
  const prefix = mount(dir);
  const host = path.join(dir, 'pagefind');
  const module = (await import(
    `${pathToFileURL(path.join(host, 'pagefind.js')).href}?site=${encodeURIComponent(prefix)}`
  )) as {
    createInstance: (options: Record<string, unknown>) => PagefindLoader;
  };
  const manifest = parseSearchManifest(await readFile(path.join(host, SEARCH_MANIFEST), 'utf8'));
  if (!manifest) throw new Error(`${distDir}: no readable ${SEARCH_MANIFEST}`);
  const hostUrl = `${prefix}pagefind/`;
  return { hostUrl, manifest, instance: (options) => module.createInstance(options) };
}

/** Opens the search index of a built site. `base` is the site's base path (`/warta/` for sub-path builds). */
export async function loadSite(distDir: string, base = '/'): Promise<SiteSearch> {
  const { hostUrl, manifest, instance } = await openFiles(distDir);
  return openSite(manifest, instance, hostUrl, base);
}

/** One bundle of a built site, `general` or a period (`2025`, `2022-2023`), as the site search opens it. */
export async function loadBundle(distDir: string, name: string, base = '/'): Promise<Searcher> {
  const { hostUrl, manifest, instance } = await openFiles(distDir);
  const bundle = name === 'general' ? manifest.general : manifest.periods.find((p) => periodName(p.years) === name);
  if (!bundle) throw new Error(`${distDir}: no search bundle "${name}"`);
  return openBundle(instance(instanceOptions(hostUrl, base)), bundle, hostUrl, base);
}

export interface SiteResult {
  url: string;
  title: string;
  excerpt: string;
}

export interface SearchSiteOptions {
  /** section and source filters, e.g. `{ bagian: 'Ekonomi' }` */
  filters?: PagefindFilters;
  /** only this year's articles */
  year?: string;
  /** `terbaru`: newest first, as the search page's "Terbaru" (and any search without words) */
  sort?: 'relevan' | 'terbaru';
  /** expert and topic pages instead of articles */
  people?: boolean;
  /** the site's base path */
  base?: string;
}

const opened = new Map<string, Promise<SiteSearch>>();

/**
 * A search as the search page runs it, over every year (all tiers, as a reader asking for more until
 * there is no more): the query and its Indonesian variants, merged. Returns every result's data, in the
 * page's order. A folder's index is opened once and kept: call `forgetSite(distDir)` after building into
 * the same folder again.
 */
export async function searchData(
  distDir: string,
  query: string | null,
  options: SearchSiteOptions = {},
): Promise<PagefindResultData[]> {
  const key = `${path.resolve(distDir)}\n${options.base ?? '/'}`;
  let index = opened.get(key);
  if (!index) opened.set(key, (index = loadSite(distDir, options.base)));
  const site = await index;
  const results: PagefindResult[] = [];
  if (options.people) {
    results.push(...((query ? await site.people(query) : null)?.results ?? []));
  } else {
    const article = {
      term: query,
      filters: options.filters ?? {},
      byDate: options.sort === 'terbaru',
      ...(options.year ? { year: options.year } : {}),
    };
    for (let from: number | null = 0; from !== null; ) {
      const found = await site.articles(article, from);
      results.push(...found.results);
      from = found.next;
    }
  }
  return Promise.all(results.map((result) => result.data()));
}

/** searchData's results as URL, title and excerpt. */
export async function searchSite(
  distDir: string,
  query: string | null,
  options: SearchSiteOptions = {},
): Promise<SiteResult[]> {
  return (await searchData(distDir, query, options)).map((data) => ({
    url: data.url,
    title: data.meta.title ?? '',
    excerpt: data.excerpt,
  }));
}

/** Drops the index `searchSite` keeps for a folder, so the next search reads the rebuilt site. */
export function forgetSite(distDir: string): void {
  for (const key of opened.keys()) if (key.startsWith(`${path.resolve(distDir)}\n`)) opened.delete(key);
}
