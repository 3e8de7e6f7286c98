// What a reader's first search costs: serves a built site as a production server would (gzip for text,
// the cache lifetimes of src/build/serving.ts), opens /cari/ in headless Chromium with a cold cache, types a
// query, presses Enter, and measures the bytes downloaded and the time until the results are on screen.
// Usage: npm run bench:search -- [--dist dist] [--runs 3] [--typed] [--phone] [--filters] [query …]
//   --typed    the reader clicks the search box and types the query (150 ms a key, a fast typist) before Enter, as readers
//              do: the page loads the index while they type (src/search/search-page.ts). Bytes count from
//              the click, time from Enter. Without it the query is put in the box and submitted at once
//              (the worst case: nothing loaded before Enter).
//   --phone    a throttled phone: CPU 4× slower (DevTools' emulation) and slow 4G (150 ms per request,
//              1.6 Mbit/s down, shared by all responses), shaped by this server so that the requests of
//              Pagefind's web worker are slowed too
//   --filters  also each query with a section filter and with a year filter
//   --from     where the reader starts (issue 27's outside check; each timed from the navigation on):
//              `page` (default): /cari/ is loaded first, then the query is submitted (timed from the submit);
//              `link`: a shared /cari/?q=… link is opened, until the first result is visible;
//              `header`: an article page is opened, the query typed into the header box and Enter
//              pressed, until the first result is visible (timed from Enter);
//              `raw`: the baseline on a bare Astro build with Pagefind (`--dist` its output): a post page
//              is opened, /pagefind/pagefind.js imported, search(q) run and the first ten results' data
//              loaded, timed from the navigation
//   --returning  (with --from) a returning reader: the same browser context has searched once before (for
//              another word, "kabar"), so its HTTP cache is warm; bytes and time are those of the second search
// Prints one JSON line per query and filter (medians over the runs), then one with the medians over queries.
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { cacheControlFor } from '../src/build/serving.ts';

/** A search with a section or a year picked first. */
export type SearchFilter = 'section' | 'year';

/** The line printed per query and filter: medians over the runs. */
export interface SearchLine {
  query: string;
  filter: SearchFilter | null;
  /** from Enter to the results on screen */
  timeToResultsMs: number;
  /** every response's body and headers, from the click (--typed) or the submit */
  firstQueryKB: number;
  pagefindRequests: number;
  resultsShown: number;
  /** the search status line's text */
  status: string | null;
  runs: number;
  profile?: string;
  typed?: true;
  from?: string;
}

/** The last lines printed, one per filter: medians over the queries. */
export interface SearchMedianLine {
  median: true;
  filter: SearchFilter | null;
  queries: number;
  timeToResultsMs: number;
  firstQueryKB: number;
}

/** One first search. */
interface Sample {
  ms: number;
  bytes: number;
  requests: number;
  shown: number;
  status: string | null;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    dist: { type: 'string', default: 'dist' },
    runs: { type: 'string', default: '3' },
    base: { type: 'string', default: '/' },
    phone: { type: 'boolean', default: false },
    filters: { type: 'boolean', default: false },
    typed: { type: 'boolean', default: false },
    from: { type: 'string', default: 'page' },
    returning: { type: 'boolean', default: false },
  },
});
const dist = path.resolve(values.dist);
const runs = Number(values.runs);
const queries =
  positionals.length > 0 ? positionals : ['harga', 'pemerintah', 'banjir', 'pendidikan', 'harga beras', 'mengunjungi'];

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webp': 'image/webp',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml']);

// Slow 4G, shaped here: each response waits LATENCY_MS, then its bytes share one 1.6 Mbit/s link.
const LATENCY_MS = 150;
const BYTES_PER_MS = (1.6 * 1024 * 1024) / 8 / 1000;
let linkFreeAt = 0;
function shaped() {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      const start = Math.max(Date.now(), linkFreeAt);
      linkFreeAt = start + chunk.length / BYTES_PER_MS;
      setTimeout(() => done(null, chunk), Math.max(0, linkFreeAt - Date.now()));
    },
  });
}

/** Body bytes the server has sent (after gzip): what a returning reader downloads (--returning). */
const sent = { bytes: 0 };
const counted = () =>
  new Transform({
    transform(chunk: Buffer, _encoding, done) {
      sent.bytes += chunk.length;
      done(null, chunk);
    },
  });

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const urlPath = decodeURIComponent(url.pathname).slice(values.base.length - 1);
  let file = path.join(dist, urlPath);
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (values.phone) await new Promise((resolve) => setTimeout(resolve, LATENCY_MS));
  if (!file.startsWith(dist) || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  const extension = path.extname(file);
  const modified = statSync(file).mtime.toUTCString();
  const headers: Record<string, string> = {
    'content-type': TYPES[extension] ?? 'application/octet-stream',
    'last-modified': modified,
  };
  // The lifetimes the site ships (src/build/serving.ts).
  headers['cache-control'] = cacheControlFor(urlPath);
  // A revalidation is answered as nginx answers it: nothing changed, nothing sent.
  if (req.headers['if-modified-since'] === modified) {
    res.writeHead(304, headers).end();
    return;
  }
  const gzip = COMPRESSIBLE.has(extension) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  if (gzip) headers['content-encoding'] = 'gzip';
  res.writeHead(200, headers);
  const stages = [
    createReadStream(file),
    ...(gzip ? [createGzip()] : []),
    counted(),
    ...(values.phone ? [shaped()] : []),
    res,
  ];
  await pipeline(stages).catch(() => undefined);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const address = server.address();
// A TCP server's address is an AddressInfo (a string only for a pipe or socket file).
if (address === null || typeof address === 'string')
  throw new Error(`bench-search: unexpected server address ${address}`);
const origin = `http://127.0.0.1:${address.port}`;

/** The middle value, the upper of the two middle ones for an even count (bench.ts averages them). */
function median(xs: readonly number[]): number {
  const middle = [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  if (middle === undefined) throw new Error('bench-search: a median of nothing');
  return middle;
}
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });

const from = values.from;
if (!['page', 'link', 'header', 'raw'].includes(from)) throw new Error(`bench-search: --from ${from}?`);

/** A page of the built site to start from: the newest post (raw) or article (header). */
function firstPage(folder: string): string {
  const found = readdirSync(path.join(dist, folder), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('index.html'))
    .sort();
  const last = found.at(-1);
  if (!last) throw new Error(`bench-search: no page under ${folder}/ in ${dist}`);
  return `${values.base}${folder}/${last.slice(0, -'index.html'.length)}`;
}

/**
 * A fresh browser context (a cold cache; the phone's CPU with --phone) and what it downloads once
 * `count()` is called: context-wide, so the requests of Pagefind's web worker count too.
 */
async function freshContext() {
  const context = await browser.newContext();
  const page = await newPage(context);
  const traffic = { bytes: 0, requests: 0 };
  const count = () =>
    context.on('requestfinished', async (request) => {
      const sizes = await request.sizes().catch(() => undefined);
      if (sizes) traffic.bytes += sizes.responseBodySize + sizes.responseHeadersSize;
      if (request.url().includes('/pagefind/')) traffic.requests++;
    });
  return { context, page, traffic, count };
}

/** A page of the context, with the phone's CPU under --phone. */
async function newPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  if (values.phone) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  }
  return page;
}

/** What a returning reader searched for before (--returning). */
const EARLIER_QUERY = 'kabar';

/** A search from a page or a link (issue 27's outside check), timed from the navigation or Enter. */
async function searchFrom(query: string): Promise<Sample> {
  const { context, page: first, traffic, count } = await freshContext();
  let page = first;
  if (values.returning) {
    await searchOn(first, EARLIER_QUERY);
    await first.close();
    page = await newPage(context);
  }
  count();
  const before = sent.bytes;
  const { ms, shown } = await searchOn(page, query);
  // Chromium reports a cached response's full size: what the server sent is what a returning reader paid.
  const bytes = values.returning ? sent.bytes - before : traffic.bytes;
  await context.close();
  return { ms, bytes, requests: traffic.requests, shown, status: null };
}

async function searchOn(page: Page, query: string): Promise<{ ms: number; shown: number }> {
  let start = Date.now();
  let shown = 0;
  if (from === 'raw') {
    await page.goto(`${origin}${firstPage('blog')}`, { waitUntil: 'domcontentloaded' });
    shown = await page.evaluate(async (q) => {
      const entry = '/pagefind/pagefind.js';
      const pagefind = await import(entry);
      const search = await pagefind.search(q);
      const data = await Promise.all(
        search.results.slice(0, 10).map((r: { data: () => Promise<unknown> }) => r.data()),
      );
      return data.length;
    }, query);
  } else {
    if (from === 'link') await page.goto(`${origin}${values.base}cari/?q=${encodeURIComponent(query)}`);
    else {
      await page.goto(`${origin}${firstPage('berita')}`, { waitUntil: 'load' });
      await page.click('header input[name="q"]');
      await page.keyboard.type(query, { delay: 150 });
      start = Date.now();
      await page.keyboard.press('Enter');
    }
    // The first result on screen, or the page done without one (a query nothing matches).
    await page.waitForFunction(
      () => document.querySelector('#search-results > li') || document.documentElement.dataset.searchReady === 'done',
      null,
      { timeout: 120_000 },
    );
    shown = await page.locator('#search-results > li').count();
  }
  return { ms: Date.now() - start, shown };
}

/** One first search in a fresh browser context; `filter` picks a section or a year before searching. */
async function firstSearch(query: string, filter: SearchFilter | null): Promise<Sample> {
  if (from !== 'page') return searchFrom(query);
  const { context, page, traffic, count } = await freshContext();
  await page.goto(`${origin}${values.base}cari/`, { waitUntil: 'load' });
  count();
  // A section, or the newest year but one, chosen before the search (without searching yet).
  if (filter)
    await page.evaluate((filter) => {
      const select = document.getElementById(filter === 'section' ? 'search-bagian' : 'search-tahun');
      if (!(select instanceof HTMLSelectElement)) throw new Error(`no ${filter} list on the search page`);
      const option = select.options.item(filter === 'year' ? 2 : 1);
      if (!option) throw new Error(`no ${filter} to pick on the search page`);
      select.value = option.value;
    }, filter);
  let start: number;
  if (values.typed) {
    await page.click('#search-q');
    await page.keyboard.type(query, { delay: 150 });
    start = Date.now();
    await page.keyboard.press('Enter');
  } else {
    start = Date.now();
    await page.evaluate((q) => {
      const input = document.getElementById('search-q');
      const form = document.getElementById('search-form');
      if (!(input instanceof HTMLInputElement) || !(form instanceof HTMLFormElement))
        throw new Error('no search form on the search page');
      input.value = q;
      form.requestSubmit();
    }, query);
  }
  await page.waitForFunction(() => document.documentElement.dataset.searchReady === 'done', null, { timeout: 120_000 });
  const ms = Date.now() - start;
  // Thumbnails of the results shown are part of what the reader downloads.
  await page.waitForLoadState('networkidle').catch(() => undefined);
  const shown = await page.locator('#search-results > li').count();
  const status = await page.locator('#search-status').textContent();
  await context.close();
  return { ms, bytes: traffic.bytes, requests: traffic.requests, shown, status };
}

const FILTERS: (SearchFilter | null)[] = values.filters ? [null, 'section', 'year'] : [null];
const summary: SearchLine[] = [];
try {
  // A warm-up, not counted: the browser's and the server's first request of a run pay for starting up.
  await firstSearch(queries[0] ?? 'harga', null);
  for (const filter of FILTERS) {
    for (const query of queries) {
      const samples: Sample[] = [];
      for (let run = 0; run < runs; run++) samples.push(await firstSearch(query, filter));
      const first = samples[0];
      if (!first) throw new Error('bench-search: --runs must be at least 1');
      const line: SearchLine = {
        query,
        filter,
        timeToResultsMs: median(samples.map((s) => s.ms)),
        firstQueryKB: Math.round(median(samples.map((s) => s.bytes)) / 1024),
        pagefindRequests: median(samples.map((s) => s.requests)),
        resultsShown: first.shown,
        status: first.status,
        runs,
        ...(values.phone ? { profile: 'phone: CPU 4x, slow 4G' } : {}),
        ...(values.typed ? { typed: true } : {}),
        ...(from !== 'page' ? { from } : {}),
        ...(values.returning ? { returning: true } : {}),
      };
      summary.push(line);
      console.log(JSON.stringify(line));
    }
  }
  for (const filter of FILTERS) {
    const lines = summary.filter((l) => l.filter === filter);
    const medians: SearchMedianLine = {
      median: true,
      filter,
      queries: lines.length,
      timeToResultsMs: median(lines.map((l) => l.timeToResultsMs)),
      firstQueryKB: median(lines.map((l) => l.firstQueryKB)),
    };
    console.log(JSON.stringify(medians));
  }
} finally {
  await browser.close();
  server.close();
}
