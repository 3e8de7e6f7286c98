// What share images cost at scale: renders the card of every published article of a content folder into
// a cache folder with one worker thread per core, as the build's helper does, and reports images rendered,
// images found in the cache, wall time and the mean time per rendered image.
// Usage: npm run bench:share-images -- --content DIR [--cache DIR] [--workers N]
// Run it twice: the second run over unchanged content renders nothing.
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { renderShareImages, shareImageJobs } from './share-images.mjs';

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: 'content' },
    cache: { type: 'string', default: 'node_modules/.cache/warta/share-images-bench' },
    workers: { type: 'string', default: String(os.availableParallelism()) },
  },
});
const jobs = await shareImageJobs(path.resolve(values.content));
console.log(JSON.stringify(await renderShareImages({ jobs, cacheDir: path.resolve(values.cache), workers: Math.max(1, Number(values.workers)) })));
