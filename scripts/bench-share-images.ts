// What share images cost at scale: renders the card of every published article of a content folder into
// a cache folder with one worker thread per core, as the build's helper does, and reports images rendered,
// images found in the cache, wall time and the mean time per rendered image.
// Usage: npm run bench:share-images -- --content DIR [--cache DIR] [--workers N]
// Run it twice: the second run over unchanged content renders nothing.
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { POOL_MALLOC_ENV, renderShareImages, shareImageJobs } from './share-images.ts';

// The build starts its pool with these malloc settings; they act only from a process's start.
if (Object.entries(POOL_MALLOC_ENV).some(([key, value]) => process.env[key] !== value)) {
  const child = spawnSync(process.execPath, process.argv.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, ...POOL_MALLOC_ENV },
  });
  process.exit(child.status ?? 1);
}

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: 'content' },
    cache: { type: 'string', default: 'node_modules/.cache/warta/share-images-bench' },
    workers: { type: 'string', default: String(os.availableParallelism()) },
  },
});
const jobs = shareImageJobs(path.resolve(values.content));
const report = await renderShareImages({
  jobs,
  cacheDir: path.resolve(values.cache),
  workers: Math.max(1, Number(values.workers)),
});
console.log(JSON.stringify(report));
if (report.failures.length > 0) process.exitCode = 1;
