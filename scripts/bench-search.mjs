// What a reader's first search costs: serves a built site, opens /cari/?q=… in headless Chromium with a
// cold cache, and measures the bytes Pagefind downloads and the time until the results are shown.
// Usage: npm run bench:search -- [--dist dist] [--runs 3] query [query …]
// Prints one JSON line per query (medians over the runs).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { dist: { type: 'string', default: 'dist' }, runs: { type: 'string', default: '3' }, base: { type: 'string', default: '/' } },
});
const dist = path.resolve(values.dist);
const runs = Number(values.runs);
const queries = positionals.length > 0 ? positionals : ['putin', 'harga', 'mengunjungi'];

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.webp': 'image/webp', '.png': 'image/png', '.jpg': 'image/jpeg', '.svg': 'image/svg+xml', '.wasm': 'application/wasm' };
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let file = path.join(dist, decodeURIComponent(url.pathname).slice(values.base.length - 1));
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!file.startsWith(dist) || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  for (const query of queries) {
    const bytes = [];
    const times = [];
    const requests = [];
    let results = 0;
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      let transferred = 0;
      let count = 0;
      // Context-wide, so the requests of Pagefind's web worker count too.
      context.on('requestfinished', async (request) => {
        const sizes = await request.sizes().catch(() => undefined);
        if (sizes) transferred += sizes.responseBodySize + sizes.responseHeadersSize;
        if (request.url().includes('/pagefind/')) count++;
      });
      // Time from the search page being ready to search (its HTML parsed) to results on screen.
      await page.goto(`${origin}${values.base}cari/`, { waitUntil: 'load' });
      transferred = 0;
      count = 0;
      const start = Date.now();
      await page.evaluate((q) => {
        const input = document.getElementById('search-q');
        input.value = q;
        document.getElementById('search-form').requestSubmit();
      }, query);
      await page.waitForFunction(() => document.documentElement.dataset.searchReady === 'done', null, { timeout: 60_000 });
      times.push(Date.now() - start);
      bytes.push(transferred);
      requests.push(count);
      results = await page.locator('#search-results > li').count();
      await context.close();
    }
    console.log(JSON.stringify({ query, firstQueryBytes: median(bytes), firstQueryKB: Math.round(median(bytes) / 1024), pagefindRequests: median(requests), timeToResultsMs: median(times), resultsShown: results, runs }));
  }
} finally {
  await browser.close();
  server.close();
}
