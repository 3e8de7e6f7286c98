// What share images cost at scale: renders the card of every published article of a content folder
// into a cache folder with a pool of worker threads, as a build would, and reports images rendered,
// images found in the cache, wall time and the mean time per rendered image.
// Usage: npm run bench:share-images -- --content DIR [--cache DIR] [--workers N]
// Run it twice: the second run over unchanged content should render nothing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

if (isMainThread) {
  const { values } = parseArgs({
    options: {
      content: { type: 'string', default: 'content' },
      cache: { type: 'string', default: 'node_modules/.cache/warta/share-images-bench' },
      workers: { type: 'string', default: String(os.availableParallelism()) },
    },
  });
  const { parseArticleDate } = await import('../src/content/dates.ts');
  const { parseYaml, splitFrontmatter } = await import('../src/content/yaml.ts');
  const root = path.resolve(values.content);
  const sections = new Map(
    readdirSync(path.join(root, 'sections')).map((f) => [path.basename(f, '.yaml'), parseYaml(readFileSync(path.join(root, 'sections', f), 'utf8')).name]),
  );
  const jobs = [];
  for (const rel of readdirSync(path.join(root, 'articles'), { recursive: true }).map(String)) {
    if (!rel.endsWith('.md')) continue;
    const file = path.join(root, 'articles', rel);
    const fm = parseYaml(splitFrontmatter(readFileSync(file, 'utf8')).frontmatter ?? '');
    if (fm.draft === true) continue;
    const image = fm.image?.src ? path.resolve(path.dirname(file), fm.image.src) : undefined;
    jobs.push({ title: fm.title, section: sections.get(fm.section), date: parseArticleDate(String(fm.published)).date.toISOString(), image: image && existsSync(image) ? image : undefined });
  }
  const workers = Math.max(1, Number(values.workers));
  const started = performance.now();
  const results = await Promise.all(
    Array.from({ length: workers }, (_, w) => {
      const share = jobs.filter((_, i) => i % workers === w);
      return new Promise((resolve, reject) => {
        const worker = new Worker(new URL(import.meta.url), { workerData: { jobs: share, cache: path.resolve(values.cache) } });
        worker.once('message', resolve);
        worker.once('error', reject);
      });
    }),
  );
  const wall = (performance.now() - started) / 1000;
  const rendered = results.reduce((n, r) => n + r.rendered, 0);
  const renderMs = results.reduce((n, r) => n + r.renderMs, 0);
  console.log(
    JSON.stringify({
      articles: jobs.length,
      workers,
      rendered,
      cached: jobs.length - rendered,
      wallSeconds: Number(wall.toFixed(1)),
      msPerRenderedImage: rendered ? Math.round(renderMs / rendered) : 0,
      msPerArticleWall: Math.round((wall * 1000) / jobs.length),
    }),
  );
} else {
  const { renderShareImageCached } = await import('../src/share-image/render.ts');
  let rendered = 0;
  let renderMs = 0;
  for (const job of workerData.jobs) {
    const t0 = performance.now();
    const result = await renderShareImageCached({ ...job, date: new Date(job.date), cacheDir: workerData.cache });
    if (result.rendered) {
      rendered++;
      renderMs += performance.now() - t0;
    }
  }
  parentPort.postMessage({ rendered, renderMs });
}
