// Renders the share card of every published article into the share-image cache with a pool of worker
// threads, newest first.
// `npm run build` runs it beside `astro build`, then links the images in (src/share-image/place.ts).
// `npm run bench:share-images` runs it alone and reports the cost.
//
// Usage: node scripts/share-images.mjs [--content DIR] [--cache DIR] [--workers N] [--nice N] [--quiet]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

/**
 * glibc's malloc settings for the process that draws cards. Each card allocates and frees a few buffers of
 * 2–3 MB (RGBA pixels, their RGB copy); by default glibc serves those with fresh mmaps or trims them off
 * the heap's top, so every card page-faults its buffers in again. Keeping them in the heap: 991 cards with
 * two workers took 19 CPU-s instead of 23.6 (docs/performance.md, "Issue 13"), for ~40 MB more memory;
 * two arenas keep that memory near the default's. Other C libraries ignore the variables.
 */
export const POOL_MALLOC_ENV = { MALLOC_MMAP_THRESHOLD_: String(32 * 2 ** 20), MALLOC_TRIM_THRESHOLD_: String(256 * 2 ** 20), MALLOC_ARENA_MAX: '2' };

/** The same inputs the site computes in src/lib/share-images.ts, read straight from the content files. */
export async function shareImageJobs(contentRoot) {
  const { parseArticleDate } = await import('../src/content/dates.ts');
  const { parseYaml, splitFrontmatter } = await import('../src/content/yaml.ts');
  const sectionsDir = path.join(contentRoot, 'sections');
  const sections = new Map();
  for (const f of existsSync(sectionsDir) ? readdirSync(sectionsDir) : []) {
    try {
      sections.set(path.basename(f, '.yaml'), String(parseYaml(readFileSync(path.join(sectionsDir, f), 'utf8'))?.name ?? '').trim());
    } catch {
      // The content check reports broken files; a missing card is drawn by the build itself.
    }
  }
  const jobs = [];
  const articlesDir = path.join(contentRoot, 'articles');
  for (const rel of existsSync(articlesDir) ? readdirSync(articlesDir, { recursive: true }).map(String) : []) {
    if (!rel.endsWith('.md')) continue;
    try {
      const file = path.join(articlesDir, rel);
      const fm = parseYaml(splitFrontmatter(readFileSync(file, 'utf8')).frontmatter ?? '');
      const published = parseArticleDate(String(fm.published));
      const section = sections.get(fm.section);
      if (fm.draft === true || !published || !section || typeof fm.title !== 'string') continue;
      const image = typeof fm.image?.src === 'string' ? path.resolve(path.dirname(file), fm.image.src) : undefined;
      jobs.push({ id: path.basename(rel, '.md'), title: fm.title.trim(), section, date: published.date.toISOString(), image: image && existsSync(image) ? image : undefined });
    } catch {
      // As above: invalid files are the content check's to report.
    }
  }
  // The site's order (src/lib/site.ts): newest first, then by id.
  return jobs.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

/** Draws the jobs with `workers` threads taking them from one queue, newest first. */
export async function renderShareImages({ jobs, cacheDir, workers }) {
  const started = performance.now();
  let next = 0;
  // A few jobs a message: a card takes tens of milliseconds, a message a few microseconds.
  const BATCH = 4;
  const take = () => {
    const batch = jobs.slice(next, next + BATCH);
    next += batch.length;
    return batch;
  };
  const results = [];
  const start = () => {
    const done = new Promise((resolve, reject) => {
      const worker = new Worker(new URL(import.meta.url), { workerData: { cacheDir } });
      worker.on('message', (message) => {
        if (message.type === 'next') worker.postMessage(take());
        else resolve(message);
      });
      worker.once('error', reject);
    });
    results.push(done);
  };
  for (let i = 0; i < workers; i++) start();
  const all = await Promise.all(results);
  const rendered = all.reduce((n, r) => n + r.rendered, 0);
  const renderMs = all.reduce((n, r) => n + r.renderMs, 0);
  return {
    articles: jobs.length,
    workers,
    rendered,
    cached: jobs.length - rendered,
    wallSeconds: Number(((performance.now() - started) / 1000).toFixed(1)),
    msPerRenderedImage: rendered ? Math.round(renderMs / rendered) : 0,
  };
}

if (!isMainThread) {
  const { default: sharp } = await import('sharp');
  // Every image is drawn once: libvips' operation cache would only hold memory (measured: see docs/performance.md).
  sharp.cache(false);
  const { shareImageCached } = await import('../src/share-image/render.ts');
  let rendered = 0;
  let renderMs = 0;
  const ask = () =>
    new Promise((resolve) => {
      parentPort.once('message', resolve);
      parentPort.postMessage({ type: 'next' });
    });
  for (let batch = await ask(); batch.length > 0; batch = await ask()) {
    for (const job of batch) {
      const t0 = performance.now();
      try {
        // Draws the article's card (src/lib/share-images.ts).
        const result = await shareImageCached({ ...job, date: new Date(job.date), cacheDir: workerData.cacheDir });
        if (result.rendered) {
          rendered++;
          renderMs += performance.now() - t0;
        }
      } catch {
        // An undrawable character is reported by the content check; the build fails there, not here.
      }
    }
  }
  parentPort.postMessage({ type: 'done', rendered, renderMs });
} else if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      content: { type: 'string', default: process.env.WARTA_CONTENT_DIR ?? 'content' },
      cache: { type: 'string', default: path.join((await import('../src/content/paths.ts')).cacheRoot(), 'share-images') },
      workers: { type: 'string', default: String(os.availableParallelism()) },
      quiet: { type: 'boolean', default: false },
      // a lower scheduling priority (a nice value, 0-19) for the pool and every thread it starts
      nice: { type: 'string', default: '0' },
    },
  });
  // Threads inherit the nice value of the thread that creates them, so set before any worker starts.
  if (Number(values.nice) > 0) os.setPriority(Number(values.nice));
  const jobs = await shareImageJobs(path.resolve(values.content));
  const report = await renderShareImages({ jobs, cacheDir: path.resolve(values.cache), workers: Math.max(1, Number(values.workers)) });
  if (!values.quiet) console.log(JSON.stringify(report));
}
