// Builds the site into a staging folder and swaps it in only when every step succeeded, so a failed
// build (bad content, a crash) always leaves the previously built site untouched. Only what changed is
// rendered and indexed again (docs/performance.md, "Incremental builds"); `--force` empties every cache
// first and builds everything from scratch.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.resolve(root, process.env.WARTA_OUT_DIR ?? 'dist');
const staging = `${outDir}.staging`;
const previous = `${outDir}.previous`;
const force = process.argv.includes('--force');
// Benchmarks only (`npm run bench -- --no-share-images`): article share images are neither drawn nor
// placed, so a 50,000-article corpus (220,000 cards, hours of drawing on two cores) can be measured.
// The site it writes lacks its article cards: never for publishing.
const withShareImages = process.env.WARTA_BENCH_NO_SHARE_IMAGES !== '1';
const { lockCheckout } = await import('../src/build/checkout-lock.ts');
lockCheckout(root);
const { cacheRoot } = await import('../src/content/paths.ts');
const { POOL_MALLOC_ENV } = await import('./share-images.ts');
const incremental = await import('../src/build/incremental.ts');
const { BUILD_DATE_ENV, buildNow } = await import('../src/build/clock.ts');
const { keyImageCache } = await import('../src/build/image-service.ts');
const cache = cacheRoot();
const incrementalPaths = {
  outDir,
  staging,
  astroCacheDir: path.join(cache, 'astro'),
  recordDir: path.join(cache, 'incremental'),
};

/** Seconds each step took, printed at the end: where a publish spends its time. */
const steps: string[] = [];
let stepStarted = performance.now();
function done(label: string): void {
  const now = performance.now();
  steps.push(`${label} ${((now - stepStarted) / 1000).toFixed(1)} s`);
  stepStarted = now;
}

/** Renames a folder out of the way and removes it in a detached process that outlives the build. */
function removeLater(dir: string, rename = true): void {
  if (!existsSync(dir)) return;
  let target = dir;
  if (rename) {
    target = `${outDir}.old-${process.pid}-${Date.now()}`;
    renameSync(dir, target);
  }
  const child = spawn(
    process.execPath,
    ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true, maxRetries: 3 })', target],
    {
      detached: true,
      stdio: 'ignore',
    },
  );
  child.unref();
}

/** Processes to stop when a step fails (process.exit skips `finally` blocks). */
const stopOnFailure: ChildProcess[] = [];

function fail(label: string, reason?: unknown, status = 1, cachesUsable = true): never {
  for (const child of stopOnFailure) child.kill();
  rmSync(staging, { recursive: true, force: true });
  // Warta's cache writes are atomic and keyed by their inputs: a build that fails cleanly leaves them
  // usable. One whose Astro was killed by a signal (out of memory) keeps the mark: Astro's own caches
  // may be half-written, and the next build starts cold.
  if (cachesUsable) rmSync(path.join(cache, 'build-running.json'), { force: true });
  if (reason) console.error(reason instanceof Error ? reason.message : String(reason));
  console.error(`\n${label} failed; ${path.relative(root, outDir)}/ was left as it was.`);
  process.exit(status);
}

function run(label: string, command: string, args: string[], env: Record<string, string> = {}): void {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', ...env },
  });
  if (result.status !== 0)
    fail(
      label,
      result.signal ? `${label} was killed (${result.signal})` : undefined,
      result.status ?? 1,
      !result.signal,
    );
}

// One clock for the whole build (src/build/clock.ts): Astro and the share-image pool read this instant.
try {
  process.env[BUILD_DATE_ENV] ||= new Date().toISOString();
  buildNow();
} catch (error) {
  fail('build date', error);
}

rmSync(staging, { recursive: true, force: true });
// Previous sites whose removal was cut short (the machine stopped): removed now, in the background.
const oldPrefix = `${path.basename(outDir)}.old-`;
mkdirSync(path.dirname(outDir), { recursive: true });
for (const name of readdirSync(path.dirname(outDir))) {
  const started = Number(name.startsWith(oldPrefix) ? name.split('-').at(-1) : Number.NaN);
  if (Date.now() - started > 10 * 60_000) removeLater(path.join(path.dirname(outDir), name), false);
}
// A build that was killed (the machine stopped, out of memory) may have left caches half-written: they
// cannot be trusted, so this build says so and starts cold. A build that fails cleanly removes the mark.
const running = path.join(cache, 'build-running.json');
if (!force && existsSync(running)) {
  console.log(
    `The last build with this cache (${path.relative(root, cache) || cache}) did not finish: its caches cannot be trusted, so this build starts from scratch.`,
  );
}
if (force || existsSync(running)) rmSync(cache, { recursive: true, force: true });
mkdirSync(cache, { recursive: true });
mkdirSync(path.join(cache, 'astro'), { recursive: true });
keyImageCache(path.join(cache, 'astro'));
writeFileSync(running, `${JSON.stringify({ pid: process.pid, started: new Date().toISOString() })}\n`);
// Unchanged pages of the published build, linked into the staging folder for Astro to keep.
const prepared = incremental.prepareStaging(incrementalPaths);
done(`staging (${prepared.linked} pages linked)`);
// Article share images are the build's heaviest work: a pool of worker threads draws them into the cache
// while `astro build` writes the pages. The pool has a thread per core at a lower priority (nice 10):
// Astro, mostly one thread, keeps its core, and the pool takes every cycle Astro leaves. Measured at
// 10,000 articles against one thread beside Astro and a second when it is done: 338 → 264 s, Astro's
// part 200 → 163 s (docs/performance.md). Astro skips the images (WARTA_SHARE_IMAGES=pool) and lists what
// its pages link to; they are then linked in from the cache, and anything the pool missed is drawn.
// A card that fails or a worker that dies fails the build here, naming the articles (scripts/share-images.ts).
const pool = withShareImages
  ? spawn(
      process.execPath,
      [
        path.join(root, 'scripts/share-images.ts'),
        '--quiet',
        '--workers',
        String(os.availableParallelism()),
        '--nice',
        '10',
      ],
      {
        cwd: root,
        stdio: ['ignore', 'ignore', 'pipe'],
        env: { ...process.env, ...POOL_MALLOC_ENV },
      },
    )
  : undefined;
let poolErrors = '';
pool?.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
  poolErrors += chunk;
});
const poolDone = new Promise<number | null>((resolve) => {
  if (!pool) return resolve(0);
  pool.once('close', (code) => resolve(code));
  pool.once('error', (error) => {
    poolErrors += `${error.message}\n`;
    resolve(null);
  });
});
if (pool) stopOnFailure.push(pool);
// process.execPath is the Node that runs this script: under `npm run` that is the project's Node 24.
run(
  'astro build',
  process.execPath,
  [
    ...(process.env.WARTA_ASTRO_NODE_ARGS ?? '').split(' ').filter(Boolean),
    '--import',
    path.join(root, 'src/build/write-guard.ts'),
    path.join(root, 'node_modules/astro/bin/astro.mjs'),
    'build',
  ],
  {
    WARTA_OUT_DIR: staging,
    WARTA_SHARE_IMAGES: 'pool',
    WARTA_STAGING: '1',
    WARTA_DROP_WRITES_UNDER: path.join(incrementalPaths.astroCacheDir, 'dist'),
  },
);
incremental.removeDroppedPages(incrementalPaths, prepared);
done('astro build');
const poolStatus = await poolDone;
if (poolStatus !== 0)
  fail('share images', `${poolErrors.trim() || `the share-image pool stopped (exit code ${poolStatus})`}`);
try {
  const { placeShareImages, SHARE_IMAGE_LIST } = await import('../src/share-image/place.ts');
  if (withShareImages) {
    const placed = await placeShareImages(staging, path.join(cache, 'share-images'));
    if (placed.drawn > 0) console.log(`share images: ${placed.drawn} drawn after the pool`);
  } else rmSync(path.join(staging, SHARE_IMAGE_LIST));
} catch (error) {
  fail('share images', error);
}
done('share images');
// The service worker, from its code and the offline page Astro just wrote (docs/offline.md).
try {
  const { writeServiceWorker } = await import('../src/build/service-worker.ts');
  await writeServiceWorker(staging, process.env.WARTA_BASE ?? '/');
} catch (error) {
  fail('service worker', error);
}
done('service worker');
// The CMS at /admin/, its config generated from the content contract (decision 035).
try {
  const { writeAdmin } = await import('../src/cms/build.ts');
  const site = process.env.WARTA_SITE_URL ?? 'https://warta.example';
  await writeAdmin(staging, process.env.WARTA_BASE ?? '/', site, path.join(cache, 'admin'));
} catch (error) {
  fail('CMS', error);
}
done('cms');
// The search index: bundles of periods of years and of experts and topics, each an archive kept in the
// cache plus a small bundle of the pages changed since (src/build/search-index.ts, docs/search.md).
// Pagefind's Node API never answers once its service has crashed (a Rust panic, printed above): Node then
// exits with 13 ("unsettled top-level await"); say what happened.
const pagefindSilence = (code: number): void => {
  if (code === 13)
    console.error(
      '\nBuild failed at search index: Pagefind stopped answering (see its error above); dist/ is unchanged.',
    );
};
process.on('exit', pagefindSilence);
try {
  const { describeSearchIndex, updateSearchIndex } = await import('../src/build/search-index.ts');
  // One archive per output folder: dist/, dist-subpath/ and dist-hostile/ index different sites.
  console.log(
    describeSearchIndex(
      await updateSearchIndex({
        site: staging,
        cacheDir: path.join(cache, 'search', path.basename(outDir)),
        force,
        // The share of a bundle's pages past which its archive is rebuilt instead of taking a delta
        // (docs/search.md); the publish fuzzer moves it so that both paths are compared with cold builds.
        ...(process.env.WARTA_SEARCH_DELTA_SHARE
          ? { maxDeltaShare: Number(process.env.WARTA_SEARCH_DELTA_SHARE) }
          : {}),
        // Benchmarks only: a small site's search in the bundles of a large one (docs/performance.md).
        ...(process.env.WARTA_BENCH_SEARCH_BUNDLES === 'periods' ? { oneBundlePages: 0 } : {}),
      }),
    ),
  );
} catch (error) {
  fail('search index', error);
}
done('search index');
process.off('exit', pagefindSilence);

// What a deploy must send to a host that holds the site published before (docs/deploy.md): written to
// the cache, as a list a sync or a CDN purge can take.
const { publishChanges } = await import('../src/build/publish-report.ts');
const changes = publishChanges(outDir, staging);
done('changes');

rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
incremental.recordPublished(incrementalPaths, prepared);
done('swap');
const changesFile = path.join(cache, 'published', `${path.basename(outDir)}.json`);
mkdirSync(path.dirname(changesFile), { recursive: true });
writeFileSync(changesFile, `${JSON.stringify({ built: new Date().toISOString(), ...changes }, null, 1)}\n`);
console.log(
  `To publish: ${changes.changed.length} file${changes.changed.length === 1 ? '' : 's'} new or changed (${(changes.bytes / 1e6).toFixed(1)} MB), ${changes.deleted.length} deleted; listed in ${path.relative(root, changesFile)}`,
);
// The published site is in place. Removing the previous one (tens of thousands of links: seconds at
// 10,000 articles) is no part of publishing: a detached process does it.
removeLater(previous);
rmSync(running, { force: true });
console.log(`Built ${path.relative(root, outDir)}/ (${steps.join(', ')})`);
