import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PagefindApi } from '../../src/search/pagefind.ts';

/**
 * Pagefind's browser API over a built site on disk: pagefind.js fetches its index files, so fetch is
 * answered from the dist folder. Used to test the index itself, without a browser.
 */
export async function loadPagefind(distDir: string, base = '/'): Promise<PagefindApi> {
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, 'http://localhost');
    const relative = decodeURIComponent(url.pathname).slice(base.length);
    try {
      return new Response(await readFile(path.join(distDir, relative)));
    } catch {
      return realFetch(input);
    }
  }) as typeof fetch;
  const api = (await import(pathToFileURL(path.join(distDir, 'pagefind/pagefind.js')).href)) as PagefindApi;
  await api.options({ basePath: `${base}pagefind/`, baseUrl: base });
  await api.init();
  return api;
}
