// Renders the share card of every published article into the share-image cache with a pool of worker
// threads, newest first.
// `npm run build` runs it beside `astro build`, then links the images in (src/share-image/place.ts).
// `npm run bench:share-images` runs it alone and reports the cost.
//
// Usage: node scripts/share-images.ts [--content DIR] [--cache DIR] [--workers N] [--nice N] [--quiet]
//
// A card that fails to draw, or a worker that dies, fails the run (exit 1, each article named on
// stderr): the build would otherwise draw the missing cards again one by one, only slower.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { buildNow } from '../src/build/clock.ts';
import { cacheRoot } from '../src/content/paths.ts';
import { parseYaml, splitFrontmatter } from '../src/content/yaml.ts';
import { parseArticleDate } from '../src/core/article-date.ts';
import { articleCardInput, type SentShareImageInput } from '../src/share-image/inputs.ts';

/**
 * glibc's malloc settings for the process that draws cards. Each card allocates and frees a few buffers of
 * 2–3 MB (RGBA pixels, their RGB copy); by default glibc serves those with fresh mmaps or trims them off
 * the heap's top, so every card page-faults its buffers in again. Keeping them in the heap: 991 cards with
 * two workers took 19 CPU-s instead of 23.6 (docs/performance.md, "Issue 13"), for ~40 MB more memory;
 * two arenas keep that memory near the default's. Other C libraries ignore the variables.
 */
export const POOL_MALLOC_ENV = {
  MALLOC_MMAP_THRESHOLD_: String(32 * 2 ** 20),
  MALLOC_TRIM_THRESHOLD_: String(256 * 2 ** 20),
  MALLOC_ARENA_MAX: '2',
};

/** One card to draw: an article's card input, with the date as a string to cross to a worker thread. */
export interface ShareImageJob extends SentShareImageInput {
  /** the article's file, relative to the content folder: how a failure names it */
  file: string;
}

export interface ShareImageFailure {
  file: string;
  reason: string;
}

export interface ShareImageReport {
  articles: number;
  workers: number;
  rendered: number;
  cached: number;
  wallSeconds: number;
  msPerRenderedImage: number;
  failures: ShareImageFailure[];
}

type FromWorker =
  | { type: 'next' }
  | { type: 'failed'; failure: ShareImageFailure }
  | { type: 'done'; rendered: number; renderMs: number };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The cards of the published articles of a content folder, read straight from the files: the pool starts
 * beside Astro, before the site model exists. Each input comes from `articleCardInput`, as the site's do.
 * Files the content check will refuse are skipped: the check names them and stops the build.
 */
export function shareImageJobs(contentRoot: string, now: Date = buildNow()): ShareImageJob[] {
  const sectionsDir = path.join(contentRoot, 'sections');
  const sections = new Map<string, string>();
  for (const f of existsSync(sectionsDir) ? readdirSync(sectionsDir) : []) {
    try {
      const data = parseYaml(readFileSync(path.join(sectionsDir, f), 'utf8'));
      if (isRecord(data) && typeof data.name === 'string') sections.set(path.basename(f, '.yaml'), data.name);
    } catch {
      // as above
    }
  }
  const jobs: ShareImageJob[] = [];
  const articlesDir = path.join(contentRoot, 'articles');
  for (const rel of existsSync(articlesDir) ? readdirSync(articlesDir, { recursive: true }).map(String) : []) {
    if (!rel.endsWith('.md')) continue;
    try {
      const file = path.join(articlesDir, rel);
      const fm = parseYaml(splitFrontmatter(readFileSync(file, 'utf8')).frontmatter ?? '');
      if (!isRecord(fm) || fm.draft === true || typeof fm.title !== 'string' || typeof fm.section !== 'string')
        continue;
      const published = parseArticleDate(String(fm.published));
      const sectionName = sections.get(fm.section);
      if (!published || sectionName === undefined) continue;
      const imageSrc = isRecord(fm.image) && typeof fm.image.src === 'string' ? fm.image.src : undefined;
      const live = isRecord(fm.live)
        ? { end: fm.live.end === undefined ? undefined : parseArticleDate(String(fm.live.end))?.date }
        : undefined;
      const input = articleCardInput(
        { file, title: fm.title, sectionName, published: published.date, imageSrc, live },
        now,
      );
      if (input.image !== undefined && !existsSync(input.image)) continue;
      jobs.push({ ...input, file: path.relative(contentRoot, file), date: input.date.toISOString() });
    } catch {
      // as above
    }
  }
  // The site's order (src/site/model.ts): newest first, then by file.
  return jobs.sort((a, b) => b.date.localeCompare(a.date) || a.file.localeCompare(b.file));
}

export interface PoolOptions {
  jobs: ShareImageJob[];
  cacheDir: string;
  workers: number;
}

/** Draws the jobs with `workers` threads taking them from one queue, newest first. */
export async function renderShareImages({ jobs, cacheDir, workers }: PoolOptions): Promise<ShareImageReport> {
  const started = performance.now();
  let next = 0;
  // A few jobs a message: a card takes tens of milliseconds, a message a few microseconds.
  const BATCH = 4;
  const take = (): ShareImageJob[] => {
    const batch = jobs.slice(next, next + BATCH);
    next += batch.length;
    return batch;
  };
  const failures: ShareImageFailure[] = [];
  const start = () =>
    new Promise<{ rendered: number; renderMs: number }>((resolve, reject) => {
      const worker = new Worker(new URL(import.meta.url), { workerData: { cacheDir } });
      let finished = false;
      worker.on('message', (message: FromWorker) => {
        if (message.type === 'next') worker.postMessage(take());
        else if (message.type === 'failed') failures.push(message.failure);
        else {
          finished = true;
          resolve(message);
        }
      });
      worker.once('error', reject);
      // A thread that ends without saying it is done died (an exit in native code, process.exit): its
      // batch was never drawn.
      worker.once('exit', (code) => {
        if (!finished)
          reject(new Error(`a share-image worker stopped with exit code ${code} before its work was done`));
      });
    });
  const all = await Promise.all(Array.from({ length: workers }, start));
  const rendered = all.reduce((n, r) => n + r.rendered, 0);
  const renderMs = all.reduce((n, r) => n + r.renderMs, 0);
  return {
    articles: jobs.length,
    workers,
    rendered,
    cached: jobs.length - rendered - failures.length,
    wallSeconds: Number(((performance.now() - started) / 1000).toFixed(1)),
    msPerRenderedImage: rendered ? Math.round(renderMs / rendered) : 0,
    failures,
  };
}

async function workerMain(port: NonNullable<typeof parentPort>, cacheDir: string): Promise<void> {
  const { default: sharp } = await import('sharp');
  // Every image is drawn once: libvips' operation cache would only hold memory (measured: see docs/performance.md).
  sharp.cache(false);
  const { shareImageCached } = await import('../src/share-image/cache.ts');
  let rendered = 0;
  let renderMs = 0;
  const send = (message: FromWorker) => port.postMessage(message);
  const ask = () =>
    new Promise<ShareImageJob[]>((resolve) => {
      port.once('message', resolve);
      send({ type: 'next' });
    });
  for (let batch = await ask(); batch.length > 0; batch = await ask()) {
    for (const { file, ...job } of batch) {
      const t0 = performance.now();
      try {
        const result = await shareImageCached({ ...job, date: new Date(job.date), cacheDir });
        if (result.rendered) {
          rendered++;
          renderMs += performance.now() - t0;
        }
      } catch (error) {
        send({ type: 'failed', failure: { file, reason: error instanceof Error ? error.message : String(error) } });
      }
    }
  }
  send({ type: 'done', rendered, renderMs });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      content: { type: 'string', default: process.env.WARTA_CONTENT_DIR ?? 'content' },
      cache: { type: 'string', default: path.join(cacheRoot(), 'share-images') },
      workers: { type: 'string', default: String(os.availableParallelism()) },
      quiet: { type: 'boolean', default: false },
      // a lower scheduling priority (a nice value, 0-19) for the pool and every thread it starts
      nice: { type: 'string', default: '0' },
    },
  });
  // Threads inherit the nice value of the thread that creates them, so set before any worker starts.
  if (Number(values.nice) > 0) os.setPriority(Number(values.nice));
  const content = path.resolve(values.content);
  const report = await renderShareImages({
    jobs: shareImageJobs(content),
    cacheDir: path.resolve(values.cache),
    workers: Math.max(1, Number(values.workers)),
  });
  if (!values.quiet) console.log(JSON.stringify(report));
  if (report.failures.length > 0) {
    for (const { file, reason } of report.failures)
      console.error(`${path.join(path.relative(process.cwd(), content), file)}: share image: ${reason}`);
    process.exitCode = 1;
  }
}

if (!isMainThread && parentPort) await workerMain(parentPort, (workerData as { cacheDir: string }).cacheDir);
else if (import.meta.main) {
  try {
    await main();
  } catch (error) {
    console.error(`share images: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
