/**
 * The build's later steps, around a small generated corpus. First, the share-image pool draws exactly the
 * cards the pages link to. Then, a build that fails after Astro has written its pages still leaves the published site as it was: the
 * staging folder goes, nothing is swapped in. Content errors are covered by tests/unit/build-safety.test.ts;
 * here the failure comes later, from the share-image pool and from the search index, each made to fail by
 * a cache folder that cannot be written (a file where the folder should be).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateContent } from '../../scripts/generate-content/corpus.ts';
import { shareImageJobs } from '../../scripts/share-images.ts';
import { shareImageHash } from '../../src/share-image/cache.ts';
import { snapshot } from '../support/snapshot.ts';

const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(os.tmpdir(), 'warta-failures-'));
const content = path.join(work, 'content');
const outDir = path.join(work, 'dist');
afterAll(() => rmSync(work, { recursive: true, force: true, maxRetries: 20, retryDelay: 250 }), 5 * 60_000);

function build(cacheDir: string) {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts/build.ts')], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, WARTA_CONTENT_DIR: content, WARTA_OUT_DIR: outDir, WARTA_CACHE_DIR: cacheDir },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** A fresh cache in which `blocked` (a folder the build writes into) is a file. */
function cacheWithFileAt(name: string, blocked: string): string {
  const cache = path.join(work, name);
  mkdirSync(path.dirname(path.join(cache, blocked)), { recursive: true });
  writeFileSync(path.join(cache, blocked), 'not a folder');
  return cache;
}

beforeAll(async () => {
  await generateContent({ out: content, articles: 6, images: 2, experts: 3, seed: 'failures' });
  first = build(path.join(work, 'cache'));
  expect(first.status, first.output.slice(-4000)).toBe(0);
}, 10 * 60_000);

let first: { status: number | null; output: string };

describe('the share-image pool', () => {
  it('draws the cards the pages link to, so the build draws none after it', async () => {
    // Both sides derive a card's input with articleCardInput; a difference would show here.
    const jobs = shareImageJobs(content);
    const drawn = await Promise.all(
      jobs.map(({ file: _, ...job }) => shareImageHash({ ...job, date: new Date(job.date) })),
    );
    const linked = readdirSync(path.join(outDir, 'og/berita')).map((f) => /-([0-9a-f]{12})\.jpg$/.exec(f)?.[1]);
    expect(linked.length).toBe(6);
    expect(drawn.map((hash) => hash.slice(0, 12)).sort()).toEqual(linked.sort());
    expect(first.output).not.toMatch(/drawn after the pool/);
  });
});

describe('a build after one that was killed', () => {
  it('says the caches cannot be trusted and builds from scratch', () => {
    const cache = path.join(work, 'cache');
    // What a build killed half-way leaves: its mark in the cache (a clean failure removes it).
    writeFileSync(path.join(cache, 'build-running.json'), '{"pid":1}\n');
    const result = build(cache);
    expect(result.status, result.output.slice(-4000)).toBe(0);
    expect(result.output).toContain('did not finish: its caches cannot be trusted');
    expect(result.output).toMatch(/staging \(0 pages linked\)/);
    expect(existsSync(path.join(cache, 'build-running.json'))).toBe(false);
    // The next build trusts the cache again.
    expect(build(cache).output).toMatch(/staging \([1-9]\d* pages linked\)/);
  });
});

describe('a build that fails after the pages are written', () => {
  function expectFailedAt(
    step: string,
    result: { status: number | null; output: string },
    before: Record<string, string>,
  ) {
    expect(result.status, result.output.slice(-4000)).not.toBe(0);
    expect(result.output).toContain(`${step} failed; `);
    expect(result.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(snapshot(outDir)).toEqual(before);
    expect(existsSync(`${outDir}.staging`)).toBe(false);
    expect(existsSync(`${outDir}.previous`)).toBe(false);
  }

  it('fails loudly when the share-image pool cannot draw, naming the articles, and keeps dist/ as it was', () => {
    const before = snapshot(outDir);
    const result = build(cacheWithFileAt('cache-no-cards', 'share-images'));
    expectFailedAt('share images', result, before);
    // Each card that failed is named by its article file.
    expect(result.output).toMatch(/articles\/\S+\.md: share image: /);
  });

  it('keeps dist/ as it was when the search index cannot be written', () => {
    const before = snapshot(outDir);
    expectFailedAt('search index', build(cacheWithFileAt('cache-no-search', 'search')), before);
  });
});
