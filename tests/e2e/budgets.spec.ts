import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, type Page, test } from '@playwright/test';
import sharp from 'sharp';
import { inlineScript } from '../../src/browser/inline-scripts.ts';
import { cms } from '../../src/i18n/id.ts';
import { PAGE_TYPES, SEED, VIEWPORTS } from './pages.ts';

/**
 * Byte budgets of a first load (issue 5): what a reader on a cheap phone and a slow network downloads
 * before the page is usable. Bytes, not seconds: they hold on any machine. Images are not counted (they
 * are lazy, sized and responsive); everything else the page fetches is.
 */
const BUDGET = {
  /** HTML + CSS + JavaScript, gzip */
  firstLoad: 50 * 1024,
  /** JavaScript, gzip, inline scripts included */
  javascript: 5 * 1024,
  /** web fonts as transferred (WOFF2 is already compressed) */
  fonts: 60 * 1024,
  /** what reading offline adds to an article's first load (issue 29): registration, Simpan, links, styles */
  offlineCost: 1024,
  /** the service worker, gzip: fetched after the page has loaded, then only when it changes */
  worker: 6 * 1024,
};

const PAGES = {
  home: PAGE_TYPES.home!,
  'article (the seed, many quotes and pull-quotes)': PAGE_TYPES.article!,
  'article with a lead image': '/berita/harga-cabai-bawang-meroket-jelang-akhir-tahun/',
  'live page (eight updates, its polling script)': PAGE_TYPES.live!,
};

interface Load {
  html: number;
  css: number;
  js: number;
  fonts: number;
  /** anything else but images (the favicon), gzip: counted in the first load */
  other: number;
}

/** Loads a page cold and sums what it fetched by kind; the local server does not compress, so gzip here. */
async function firstLoad(page: Page, path: string): Promise<Load> {
  const load: Load = { html: 0, css: 0, js: 0, fonts: 0, other: 0 };
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    pending.push(
      response.body().then(
        (body) => {
          if (type === 'document') load.html += gzipSync(body).length;
          else if (type === 'stylesheet') load.css += gzipSync(body).length;
          else if (type === 'script') load.js += gzipSync(body).length;
          else if (type === 'font') load.fonts += body.length;
          else if (type !== 'image') load.other += gzipSync(body).length;
        },
        () => undefined,
      ),
    );
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  // Inline scripts are part of the HTML's bytes already; the JavaScript budget counts them too.
  const inline = await page
    .locator('script:not([src])')
    .evaluateAll((scripts) => scripts.map((s) => s.textContent ?? ''));
  load.js += inline
    .filter((s) => s.trim() !== '' && !s.trim().startsWith('{'))
    .reduce((sum, s) => sum + gzipSync(s).length, 0);
  return load;
}

for (const [name, path] of Object.entries(PAGES)) {
  test(`${name}: first load within the byte budgets`, async ({ page }) => {
    await page.setViewportSize(VIEWPORTS.phone);
    const load = await firstLoad(page, path);
    test.info().annotations.push({ type: 'bytes (gzip)', description: JSON.stringify(load) });
    expect(load.html).toBeGreaterThan(0);
    expect(load.css).toBeGreaterThan(0);
    expect(load.html + load.css + load.js + load.other, 'HTML + CSS + JS, gzip').toBeLessThanOrEqual(BUDGET.firstLoad);
    expect(load.js, 'JavaScript, gzip').toBeLessThanOrEqual(BUDGET.javascript);
    expect(load.fonts, 'fonts').toBeLessThanOrEqual(BUDGET.fonts);
  });
}

test('reading offline adds at most 1 KB gzip to an article first load, and its worker is at most 6 KB', async ({
  request,
}) => {
  const gz = (text: string) => gzipSync(text).length;
  const html = await (await request.get(SEED)).text();
  // The article as it was before: no registration script (which links the manifest), no icon link, no Simpan.
  const without = html
    .replace(`<script data-base="/">${inlineScript('offline')}</script>`, '')
    .replace(/<link rel="(?:manifest|apple-touch-icon)"[^>]*>/g, '')
    .replace(/<li>\s*<button type="button" data-needs-sw data-save[\s\S]*?<\/button>\s*<\/li>/g, '');
  expect(html.length - without.length).toBeGreaterThan(inlineScript('offline').length + 400);
  expect(without).not.toMatch(/data-save|rel="manifest"|navigator\.serviceWorker/);
  const stylesheet = /<link rel="stylesheet" href="([^"]+)"/.exec(html)?.[1] ?? '';
  const css = await (await request.get(stylesheet)).text();
  // Its rules: the saved-copy note, the pressed Simpan, the offline list's mark, the control's reveal.
  const cssWithout = css
    .replace(/[^{}]*(?:saved-copy|save-button|saved-mark)[^{}]*\{[^{}]*\}/g, '')
    .replace(/html:not\(\.can-save\) \[data-needs-sw\],?/g, '');
  expect(css.length - cssWithout.length).toBeGreaterThan(300);
  const cost = gz(html) - gz(without) + gz(css) - gz(cssWithout);
  test.info().annotations.push({ type: 'offline cost (gzip)', description: String(cost) });
  expect(cost).toBeLessThanOrEqual(BUDGET.offlineCost);
  const worker = (await (await request.get('/sw.js')).body()).toString('utf8');
  test.info().annotations.push({ type: 'worker (gzip)', description: String(gz(worker)) });
  expect(gz(worker)).toBeLessThanOrEqual(BUDGET.worker);
});

/** Layout shifts as the browser reports them (CLS's inputs), after load and after scrolling to the end. */
async function layoutShifts(page: Page): Promise<Array<{ value: number; sources: string[] }>> {
  return page.evaluate(async () => {
    const shifts: Array<{ value: number; sources: string[] }> = [];
    const observer = new PerformanceObserver((list) => {
      type Source = { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly };
      const rect = (r: DOMRectReadOnly) => `${r.x},${r.y} ${r.width}×${r.height}`;
      for (const entry of list.getEntries() as Array<
        PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: Source[] }
      >) {
        if (!entry.hadRecentInput)
          shifts.push({
            value: entry.value,
            // where each moved element was and went, to tell a sub-pixel rounding from a late image
            sources: (entry.sources ?? []).map(
              (s) =>
                `${s.node instanceof Element ? s.node.outerHTML.slice(0, 120) : String(s.node?.nodeName)} (${rect(s.previousRect)} → ${rect(s.currentRect)})`,
            ),
          });
      }
    });
    observer.observe({ type: 'layout-shift', buffered: true });
    // Lazy images arrive as the reader scrolls: walk down the page and wait for each screenful.
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 60)));
    }
    await Promise.all(
      [...document.images].map((img) => (img.complete ? undefined : img.decode().catch(() => undefined))),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    observer.disconnect();
    return shifts;
  });
}

for (const [name, path] of Object.entries(PAGES)) {
  for (const [viewport, size] of Object.entries(VIEWPORTS)) {
    test(`${name}: no layout shift from images or fonts (${viewport})`, async ({ page }) => {
      await page.setViewportSize(size);
      // A slow network makes late images and fonts likely to shift the page if they can.
      const client = await page.context().newCDPSession(page);
      await client.send('Network.enable');
      await client.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 150,
        downloadThroughput: (1.6 * 1024 * 1024) / 8,
        uploadThroughput: (750 * 1024) / 8,
      });
      await page.goto(path, { waitUntil: 'load' });
      expect(await layoutShifts(page)).toEqual([]);
    });
  }
}

test('the CMS costs the public site nothing: no public page links /admin/, no public script carries its words', () => {
  const files = readdirSync('dist', { recursive: true })
    .map(String)
    .filter((f) => /\.(html|js|css|json|xml)$/.test(f) && !f.startsWith('admin/'));
  // Words only the CMS says (src/i18n/id.ts `cms`, src/i18n/sveltia-cms.id.json), and its folder.
  const cmsWords = [cms.pageTitle, cms.errors.notEmpty, 'Bekerja dengan repositori lokal', 'sveltia'];
  const carrying = files.flatMap((f) => {
    const text = readFileSync(`dist/${f}`, 'utf8');
    const words = cmsWords.filter((word) => text.includes(word));
    if (/\.html$/.test(f) && /\bhref="[^"]*\/admin\//.test(text)) words.push('a link to /admin/');
    return words.length ? [`${f}: ${words.join(', ')}`] : [];
  });
  expect(files.length).toBeGreaterThan(50);
  expect(carrying).toEqual([]);
});

test('no image in dist/ is heavier than it needs to be: photos fall back to JPEG, none over 300 KB', () => {
  const images = readdirSync('dist', { recursive: true })
    .map(String)
    .filter((f) => /\.(png|jpe?g|webp|avif|gif)$/i.test(f));
  expect(images.length).toBeGreaterThan(50);
  const heavy = images.filter((f) => statSync(`dist/${f}`).size > 300 * 1024);
  expect(heavy).toEqual([]);
  // Lead images are photographs: their <img> fallback is a JPEG, never a PNG several times the original's size.
  expect(images.filter((f) => f.startsWith('_astro/') && f.endsWith('.png'))).toEqual([]);
});

test('no image made from a picture is larger than the picture itself at its size or above', async () => {
  // The sources, by the name Astro gives what it makes of them (`stadion-harjamukti.<hash>_<variant>.jpg`).
  const sources = new Map(
    readdirSync('content/articles', { recursive: true })
      .map(String)
      .filter((f) => /\.(png|jpe?g|webp)$/i.test(f))
      .map((f) => [path.basename(f).replace(/\.[^.]+$/, ''), path.join('content/articles', f)]),
  );
  const made = readdirSync('dist/_astro').filter((f) => /^[^.]+\.[^._]+_[^.]+\.(jpg|webp|avif)$/.test(f));
  expect(made.length).toBeGreaterThan(50);
  const larger: string[] = [];
  for (const file of made) {
    const source = sources.get(file.split('.')[0]!);
    if (!source) continue;
    const [{ width: madeWidth = 0 }, { width: sourceWidth = 0 }] = await Promise.all([
      sharp(`dist/_astro/${file}`).metadata(),
      sharp(source).metadata(),
    ]);
    // At the source's own width the source is what a reader needs; anything larger is waste.
    if (madeWidth >= sourceWidth && statSync(`dist/_astro/${file}`).size > statSync(source).size)
      larger.push(`${file} (${statSync(`dist/_astro/${file}`).size} bytes, ${madeWidth} px) > ${source}`);
  }
  expect(larger).toEqual([]);
});
