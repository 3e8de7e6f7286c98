/// <reference lib="webworker" />
/**
 * Warta's service worker (`sw.js`, bundled by src/build/service-worker.ts; docs/offline.md says what it
 * keeps, for how long and why). Its rules:
 *
 * - pages: network first. Online, a reader always gets the page the server has now; only when the network
 *   fails, or has not answered in `PAGE_TIMEOUT_MS` and a kept copy exists, the kept copy is shown, with a
 *   note that says it is one and from when. A page never kept gives the offline page.
 * - hashed files (the serving table's immutable rules that are marked for it: Astro's CSS, scripts and
 *   images, Pagefind's index): cache first, since their URL changes with their bytes.
 * - everything else (feeds, a live page's updates, share cards) goes to the network untouched.
 *
 * The home page and the articles a reader opens are kept (with the stylesheet and images they showed), up
 * to the limits of ./kept-pages.ts; pages tell the worker what they showed, and ask it to save or list.
 */
import { formatShortDate, formatTime } from '../../core/dates.ts';
import { escapeHtml, linkedHrefs } from '../../core/html-text.ts';
import { byteBudget, emptyIndex, type KeptIndex, listed, opened, plan, setSaved } from './kept-pages.ts';

/** Filled in by the build (src/build/service-worker.ts). */
declare const WARTA: {
  /** the site's base path, "/" or "/warta/" */
  base: string;
  /** hash of this worker and of the offline page it keeps: a new value is a new worker and shell cache */
  version: string;
  /** the offline page and what it needs, kept when the worker installs */
  shell: string[];
  offlinePage: string;
  /** sources of regular expressions over URL paths: files named by hash, answered from the cache first */
  hashed: string[];
  strings: { savedCopy: string; reload: string };
};

declare const self: ServiceWorkerGlobalScope;

/** How long a page may take to start arriving before a kept copy is shown instead. */
const PAGE_TIMEOUT_MS = 4000;
/** Pagefind's files a search fetched, kept beyond what any page needs (oldest let go first). */
const SEARCH_FILES = 300;
/** A page's copy waits this long for the page to say it was opened before it is let go. */
const UNCLAIMED_MS = 10 * 60 * 1000;
/** Hashed files no kept page needs (scripts, other pages' images), kept for the next visits. */
const SPARE_ASSETS = 60;

// Read once: the build inlines the object wherever WARTA is named.
const config = WARTA;
const base = config.base;
// The base is part of every name: two Warta sites on one origin ("/" and "/warta/") never clean each other's.
const prefix = `warta:${base}:`;
const SHELL = `${prefix}shell-${config.version}`;
const PAGES = `${prefix}pages-1`;
const ASSETS = `${prefix}assets-1`;
const SEARCH = `${prefix}search-1`;
const CURRENT = [SHELL, PAGES, ASSETS, SEARCH];
/** The list of kept pages, stored as a response in the pages cache under a path no page has. */
const INDEX = `${base}__kept.json`;
const hashed = config.hashed.map((source) => new RegExp(source));
const article = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}berita/[^/]+/$`);

const isKept = (path: string): boolean => path === base || article.test(path);
const isSearchFile = (path: string): boolean => path.startsWith(`${base}pagefind/`);

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL)
      .then((cache) => cache.addAll(config.shell))
      // A new deploy's worker takes over at once: it answers the open pages' next requests, which it can,
      // since it keeps every file they may still ask for (hashed files by URL, pages by the network).
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names.filter((name) => name.startsWith(prefix) && !CURRENT.includes(name)).map((name) => caches.delete(name)),
        ),
      )
      .then(() => serial(() => tidy())),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(base)) return;
  if (request.mode === 'navigate') event.respondWith(page(event, url.pathname));
  else if (hashed.some((pattern) => pattern.test(url.pathname)))
    event.respondWith(cacheFirst(event, isSearchFile(url.pathname) ? SEARCH : ASSETS));
});

/** Pages being stored, by path: a message about a page waits for its copy. */
const storing = new Map<string, Promise<void>>();

async function page(event: FetchEvent, path: string): Promise<Response> {
  const network = fetch(event.request);
  // Answered by a kept copy, the page may still fail to arrive later: nobody waits for it then.
  network.catch(() => undefined);
  if (isKept(path)) {
    const stored = network
      .then((response) =>
        // Unpublished (a newsroom may have to take a story down): the kept copy goes too.
        response.status === 404 || response.status === 410
          ? serial(() => forget(path))
          : storePage(path, response.clone()),
      )
      .catch(() => undefined);
    storing.set(path, stored);
    event.waitUntil(stored.then(() => storing.get(path) === stored && storing.delete(path)));
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), PAGE_TIMEOUT_MS);
  });
  try {
    const first = await Promise.race([network, late]);
    if (first !== 'late') return first;
    return (await keptCopy(path)) ?? (await network);
  } catch {
    return (await keptCopy(path)) ?? (await offlinePage()) ?? Response.error();
  } finally {
    clearTimeout(timer);
  }
}

/** Only what a page is: a whole HTML answer of this site, stamped with when it was fetched. */
async function storePage(path: string, response: Response): Promise<void> {
  const type = response.headers.get('content-type') ?? '';
  if (response.status !== 200 || response.type !== 'basic' || !type.includes('text/html')) return;
  const body = await response.arrayBuffer();
  const headers = { 'content-type': type, 'x-warta-fetched': new Date().toISOString() };
  await (await caches.open(PAGES)).put(path, new Response(body, { headers }));
}

/** The kept copy of a page, with the note that says it is one, and from when. */
async function keptCopy(path: string): Promise<Response | undefined> {
  if (!isKept(path)) return undefined;
  const kept = await (await caches.open(PAGES)).match(path);
  if (!kept) return undefined;
  const fetched = new Date(kept.headers.get('x-warta-fetched') ?? Date.now());
  const when = `${formatShortDate(fetched)}, ${formatTime(fetched)}`;
  const note =
    `<p class="saved-copy" role="note"><span>${escapeHtml(config.strings.savedCopy.replace('{when}', when))}</span> ` +
    `<a href="${escapeHtml(path)}">${escapeHtml(config.strings.reload)}</a></p>`;
  const html = (await kept.text()).replace(/<main\b[^>]*>/, (main) => main + note);
  return new Response(html, { headers: { 'content-type': kept.headers.get('content-type') ?? 'text/html' } });
}

async function offlinePage(): Promise<Response | undefined> {
  return (await caches.open(SHELL)).match(config.offlinePage);
}

async function cacheFirst(event: FetchEvent, name: string): Promise<Response> {
  const hit = await caches.match(event.request);
  if (hit) return hit;
  const response = await fetch(event.request);
  if (response.ok && response.type === 'basic') {
    const copy = response.clone();
    event.waitUntil(caches.open(name).then((cache) => cache.put(event.request, copy)));
  }
  return response;
}

// Messages from pages: "keep" (a page was opened: the images it showed), "save" (Simpan), "list".
type Message =
  | { type: 'keep'; images?: string[] }
  | { type: 'save'; on: boolean; images?: string[] }
  | { type: 'list' };

self.addEventListener('message', (event) => {
  const message = event.data as Message;
  const port = event.ports[0];
  const source = event.source as Client | null;
  const path = source ? new URL(source.url).pathname : '';
  event.waitUntil(
    serial(() => answer(message, path)).then(
      (reply) => port?.postMessage(reply),
      () => port?.postMessage({ error: true }),
    ),
  );
});

/** Index changes one at a time: each reads the index, changes it and writes it back. */
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(task: () => Promise<T>): Promise<T> {
  const next = queue.then(task, task);
  queue = next.catch(() => undefined);
  return next;
}

async function readIndex(): Promise<KeptIndex> {
  const stored = await (await caches.open(PAGES)).match(INDEX);
  return stored ? ((await stored.json()) as KeptIndex) : emptyIndex();
}

async function writeIndex(index: KeptIndex): Promise<void> {
  await (await caches.open(PAGES)).put(INDEX, new Response(JSON.stringify(index)));
}

async function answer(message: Message, path: string): Promise<unknown> {
  if (message.type === 'list') {
    return listed(await readIndex(), base).map((p) => ({
      path: p.path,
      title: p.title,
      saved: Boolean(p.saved),
      when: `${formatShortDate(new Date(p.fetched))}, ${formatTime(new Date(p.fetched))}`,
    }));
  }
  if (!isKept(path)) return { saved: false };
  let index = await keep(path, Array.isArray(message.images) ? message.images.map(String) : []);
  if (!index) return { saved: false };
  let full = false;
  if (message.type === 'save') {
    const result = setSaved(index, path, message.on, new Date().toISOString());
    index = result.index;
    full = result.full;
  }
  await writeIndex(index);
  await tidy();
  const kept = (await readIndex()).pages.find((p) => p.path === path);
  return { saved: Boolean(kept?.saved), full };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text of an HTML attribute value as Astro escapes it. */
const unescapeHtml = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) =>
    name[0] === '#'
      ? String.fromCodePoint(Number.parseInt(name.slice(name[1] === 'x' ? 2 : 1), name[1] === 'x' ? 16 : 10))
      : (ENTITIES[name] ?? entity),
  );

/**
 * Adds an opened page to the index with what it needs (its stylesheets, read from the kept copy, and the
 * images the page showed), storing the page and the files not yet kept.
 */
async function keep(path: string, images: string[]): Promise<KeptIndex | undefined> {
  await storing.get(path);
  const pages = await caches.open(PAGES);
  let copy = await pages.match(path);
  if (!copy) {
    // The first page a reader opens is not the worker's (it was not installed yet): fetched once more,
    // which the browser's cache answers with a revalidation.
    await storePage(path, await fetch(path)).catch(() => undefined);
    copy = await pages.match(path);
    if (!copy) return undefined;
  }
  const body = await copy.arrayBuffer();
  const html = new TextDecoder().decode(body);
  const title = unescapeHtml(/<meta property="og:title" content="([^"]*)"/.exec(html)?.[1] ?? path);
  const styles = linkedHrefs(html, ['stylesheet']);
  const wanted = [
    ...new Set(
      [...styles, ...images]
        .filter(Boolean)
        .map((asset) => new URL(unescapeHtml(asset), self.location.href))
        .filter((url) => url.origin === self.location.origin && url.pathname.startsWith(base))
        .map((url) => url.pathname + url.search),
    ),
  ];
  let index = await readIndex();
  const store = await caches.open(ASSETS);
  const sizes: Record<string, number> = {};
  for (const asset of wanted) {
    if (index.sizes[asset] !== undefined && (await store.match(asset))) continue;
    const response = (await caches.match(asset)) ?? (await fetch(asset).catch(() => undefined));
    if (!response?.ok) continue;
    await store.put(asset, response.clone());
    sizes[asset] = (await response.blob()).size;
  }
  index = opened(
    index,
    {
      path,
      title: title.slice(0, 300),
      fetched: copy.headers.get('x-warta-fetched') ?? new Date().toISOString(),
      bytes: body.byteLength,
      assets: wanted.filter((asset) => asset in sizes || asset in index.sizes),
    },
    new Date().toISOString(),
    sizes,
  );
  return index;
}

/** Lets go of a page the site no longer has. */
async function forget(path: string): Promise<void> {
  const index = await readIndex();
  await writeIndex({ ...index, pages: index.pages.filter((p) => p.path !== path) });
  await (await caches.open(PAGES)).delete(path);
  await tidy();
}

/**
 * Lets go what the limits say (./kept-pages.ts) and what no kept page needs: pages not in the index,
 * assets beyond the spare ones, Pagefind files beyond the newest.
 */
async function tidy(): Promise<void> {
  const estimate = await self.navigator.storage?.estimate?.().catch(() => undefined);
  const { index, drop } = plan(await readIndex(), byteBudget(estimate?.quota), base);
  await writeIndex(index);
  const pages = await caches.open(PAGES);
  for (const path of drop) await pages.delete(path);
  // Copies whose page never said it was opened (the reader left before it loaded) go after a while.
  const kept = new Set([INDEX, ...index.pages.map((p) => p.path)]);
  const stale = new Date(Date.now() - UNCLAIMED_MS).toISOString();
  for (const request of await pages.keys()) {
    const path = new URL(request.url).pathname;
    if (kept.has(path) || storing.has(path)) continue;
    const copy = await pages.match(request);
    if ((copy?.headers.get('x-warta-fetched') ?? '') < stale) await pages.delete(request);
  }
  const used = new Set(index.pages.flatMap((p) => p.assets));
  const assets = await caches.open(ASSETS);
  const spare = (await assets.keys()).filter((request) => {
    const url = new URL(request.url);
    return !used.has(url.pathname + url.search);
  });
  for (const request of spare.slice(0, Math.max(0, spare.length - SPARE_ASSETS))) await assets.delete(request);
  const search = await caches.open(SEARCH);
  const files = await search.keys();
  for (const request of files.slice(0, Math.max(0, files.length - SEARCH_FILES))) await search.delete(request);
}
