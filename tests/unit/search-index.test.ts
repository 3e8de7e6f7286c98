/**
 * The incremental search index (src/build/search-index.ts) on a small hand-made site: what a build writes
 * into `pagefind/`, what it keeps in the cache, and what a search of the result returns, compared with a
 * plain `pagefind --site` run over the same pages.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateSearchIndex, type SearchIndexOptions } from '../../src/build/search-index.ts';
import { DELTA_MANIFEST, parseManifest } from '../../src/search/delta.ts';
import { forgetSite, loadPagefind, searchSite } from '../support/pagefind-node.ts';

const root = path.resolve(import.meta.dirname, '../..');
let tmp: string;
let site: string;
let cache: string;

interface Story {
  slug: string;
  title: string;
  body: string;
  section: string;
  date: string;
  related?: string;
}

function article(story: Story): string {
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${story.title}</title></head><body>
<nav><a href="/">Beranda</a></nav>
<article data-pagefind-body><h1>${story.title}</h1><p>${story.body}</p>
<span data-pagefind-filter="bagian[data-value]" data-value="${story.section}"></span>
<span data-pagefind-meta="tanggal[data-value]" data-value="${story.date.slice(0, 10)}"></span>
<span data-pagefind-sort="tanggal[data-value]" data-value="${story.date}"></span></article>
<aside>Rekomendasi: ${story.related ?? 'tidak ada'}</aside></body></html>`;
}

const WORDS = ['harga', 'beras', 'pasar', 'nelayan', 'sekolah', 'hujan', 'jalan', 'pemerintah', 'warga', 'kota', 'desa', 'panen'];
const SECTIONS = ['Ekonomi', 'Daerah', 'Pendidikan'];

function stories(): Story[] {
  return Array.from({ length: 24 }, (_, i) => ({
    // One slug outside ASCII: Pagefind percent-encodes its URL.
    slug: `berita-${String(i).padStart(2, '0')}${i === 5 ? '-مرحبا' : ''}`,
    title: `Kabar ${WORDS[i % WORDS.length]} nomor ${i}`,
    body: Array.from({ length: 30 }, (_, j) => WORDS[(i * 7 + j * 3) % WORDS.length]).join(' '),
    section: SECTIONS[i % SECTIONS.length]!,
    date: `2025-0${1 + (i % 9)}-${String(10 + (i % 17)).padStart(2, '0')}T0${i % 10}:00:00.000Z`,
  }));
}

function write(dir: string, rel: string, html: string): void {
  const file = path.join(dir, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  // A new file, as a build writes it: never through a hard link into the previous build.
  rmSync(file, { force: true });
  writeFileSync(file, html);
}

function writeSite(dir: string, list: Story[]): void {
  rmSync(dir, { recursive: true, force: true });
  for (const story of list) write(dir, `berita/${story.slug}/index.html`, article(story));
  // A list page: no data-pagefind-body, so not indexed.
  write(dir, 'index.html', `<!doctype html><html lang="id"><head><title>Warta</title></head><body><h1>Beranda</h1><ul>${list.map((s) => `<li>${s.title}</li>`).join('')}</ul></body></html>`);
}

/** What `pagefind --site` makes of a copy of the site: the reference a cold build must equal. */
function coldCopy(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  rmSync(path.join(to, 'pagefind'), { recursive: true, force: true });
  const run = spawnSync(process.execPath, [path.join(root, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', to, '--quiet'], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
}

function tree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(path.relative(dir, path.join(entry.parentPath, entry.name)), readFileSync(path.join(entry.parentPath, entry.name)));
  }
  return files;
}

const build = (extra: Partial<SearchIndexOptions> = {}) => updateSearchIndex({ site, cacheDir: cache, shadowPages: 8, maxDeltaShare: 1, ...extra });
const manifest = () => parseManifest(readFileSync(path.join(site, 'pagefind', DELTA_MANIFEST), 'utf8'));

async function expectSameResults(queries: (string | null)[]): Promise<void> {
  const cold = path.join(tmp, 'cold');
  coldCopy(site, cold);
  forgetSite(site);
  forgetSite(cold);
  for (const query of queries) {
    for (const sort of ['relevan', 'terbaru'] as const) {
      const mine = await searchSite(site, query, { sort });
      const reference = await searchSite(cold, query, { sort });
      expect(mine.map((r) => r.url).sort(), `${query} ${sort}`).toEqual(reference.map((r) => r.url).sort());
      expect([...mine].sort((a, b) => (a.url < b.url ? -1 : 1))).toEqual([...reference].sort((a, b) => (a.url < b.url ? -1 : 1)));
      if (sort === 'terbaru') expect(mine.map((r) => r.url), `${query} by date`).toEqual(reference.map((r) => r.url));
    }
  }
}

let list: Story[];

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'warta-search-index-'));
  site = path.join(tmp, 'site');
  cache = path.join(tmp, 'cache');
  list = stories();
  writeSite(site, list);
});

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('updateSearchIndex', { timeout: 60_000 }, () => {
  it('a cold run writes what pagefind --site writes, hard-linked from the cache, and no delta', async () => {
    const report = await build();
    expect(report).toMatchObject({ archive: 'rebuilt', reason: 'no archive in the cache', deltaPages: 0 });
    expect(manifest()).toEqual({ format: 1 });
    const cold = path.join(tmp, 'cold');
    coldCopy(site, cold);
    const mine = tree(path.join(site, 'pagefind'));
    const reference = tree(path.join(cold, 'pagefind'));
    expect(mine.get(DELTA_MANIFEST)?.toString()).toBe('{"format":1}\n');
    mine.delete(DELTA_MANIFEST);
    expect([...mine.keys()].sort()).toEqual([...reference.keys()].sort());
    for (const [file, bytes] of reference) expect(mine.get(file)?.equals(bytes), file).toBe(true);
    const entry = path.join('pagefind', 'pagefind-entry.json');
    expect(statSync(path.join(site, entry)).ino).toBe(statSync(path.join(cache, 'archive', entry)).ino);
  });

  it('an unchanged site keeps the archive and hashes nothing', async () => {
    const report = await build();
    expect(report).toMatchObject({ archive: 'kept', deltaPages: 0, superseded: 0, hashed: 0 });
    expect(manifest()).toEqual({ format: 1 });
  });

  it('an edited page lands in the delta and its archive copy is dropped', async () => {
    const oldId = (await (await loadPagefind(site)).search('zamrud'))!.results[0]?.id;
    list[5] = { ...list[5]!, body: `${list[5]!.body} zamrudbaru` };
    write(site, `berita/${list[5]!.slug}/index.html`, article(list[5]!));
    const report = await build();
    expect(report).toMatchObject({ archive: 'kept', deltaPages: 1, superseded: 1 });
    const delta = manifest();
    expect(delta.delta).toBe('delta/');
    expect(existsSync(path.join(site, 'pagefind', 'delta', 'pagefind-entry.json'))).toBe(true);
    const archiveIds = Object.keys(delta.drop ?? {}).filter((id) => !id.startsWith(delta.deltaPrefix!));
    expect(archiveIds).toHaveLength(1);
    expect(oldId).toBeUndefined();
    forgetSite(site);
    expect((await searchSite(site, 'zamrudbaru')).map((r) => r.url)).toEqual([encodeURI(`/berita/${list[5]!.slug}/`)]);
    await expectSameResults(['zamrudbaru', 'harga', 'pemerintah warga', 'panen', null]);
  });

  it('filter counts leave out the dropped pages', async () => {
    const mine = await loadPagefind(site);
    const cold = await loadPagefind(path.join(tmp, 'cold'));
    for (const query of ['harga', null]) {
      const a = await mine.search(query, {});
      const b = await cold.search(query, {});
      expect(a!.filters).toEqual(b!.filters);
      expect(a!.results).toHaveLength(b!.results.length);
    }
  });

  it('a page changed outside its indexed part stays with the archive', async () => {
    list[7] = { ...list[7]!, related: 'Kabar baru di rubrik lain' };
    write(site, `berita/${list[7]!.slug}/index.html`, article(list[7]!));
    const report = await build();
    expect(report).toMatchObject({ archive: 'kept', deltaPages: 1, superseded: 1 });
    // Known to be the same now: the next build does not index it again.
    const again = await build();
    expect(again).toMatchObject({ archive: 'kept', deltaPages: 1, hashed: 0 });
  });

  it('a deleted page is dropped from results; an added one is found, in date order', async () => {
    const gone = list.splice(3, 1)[0]!;
    rmSync(path.join(site, 'berita', gone.slug), { recursive: true });
    const added: Story = { slug: 'berita-baru', title: 'Kabar nelayan terbaru', body: 'nelayan pasar safirbaru harga', section: 'Ekonomi', date: '2025-05-15T09:30:00.000Z' };
    list.push(added);
    write(site, `berita/${added.slug}/index.html`, article(added));
    const report = await build();
    expect(report).toMatchObject({ archive: 'kept', deltaPages: 2, superseded: 2 });
    forgetSite(site);
    expect((await searchSite(site, gone.title)).map((r) => r.url)).not.toContain(`/berita/${gone.slug}/`);
    expect((await searchSite(site, 'safirbaru')).map((r) => r.url)).toEqual(['/berita/berita-baru/']);
    await expectSameResults(['nelayan', 'harga pasar', 'kabar', null]);
  });

  it('past the threshold the archive is rebuilt and the delta is empty', async () => {
    for (const i of [0, 1]) {
      list[i] = { ...list[i]!, body: `${list[i]!.body} tambahan` };
      write(site, `berita/${list[i]!.slug}/index.html`, article(list[i]!));
    }
    const report = await build({ maxDeltaPages: 3 });
    expect(report.archive).toBe('rebuilt');
    expect(report.reason).toMatch(/pages to index/);
    expect(manifest()).toEqual({ format: 1 });
    expect(await build()).toMatchObject({ archive: 'kept', deltaPages: 0, hashed: 0 });
  });

  it('other index options or another Pagefind binary invalidate the archive', async () => {
    expect(await build({ indexOptions: { excludeSelectors: ['aside'] } })).toMatchObject({ archive: 'rebuilt', reason: 'Pagefind, its options or this code changed' });
    expect(await build()).toMatchObject({ archive: 'rebuilt', reason: 'Pagefind, its options or this code changed' });
    const real = path.join(root, 'node_modules/@pagefind/linux-x64/bin/pagefind_extended');
    const wrapper = path.join(tmp, 'pagefind-wrapper');
    writeFileSync(wrapper, `#!/bin/sh\nexec "${real}" "$@"\n`);
    chmodSync(wrapper, 0o755);
    process.env.PAGEFIND_EXTENDED_BINARY_PATH = wrapper;
    try {
      expect(await build()).toMatchObject({ archive: 'rebuilt', reason: 'Pagefind, its options or this code changed' });
    } finally {
      delete process.env.PAGEFIND_EXTENDED_BINARY_PATH;
    }
    expect(await build()).toMatchObject({ archive: 'rebuilt' });
    expect(await build()).toMatchObject({ archive: 'kept', deltaPages: 0 });
  });

  it('a failed archive build leaves the cache as it was', async () => {
    const before = tree(cache);
    const broken = path.join(tmp, 'pagefind-broken');
    writeFileSync(broken, '#!/bin/sh\necho "broken Pagefind" >&2\nexit 3\n');
    chmodSync(broken, 0o755);
    process.env.PAGEFIND_EXTENDED_BINARY_PATH = broken;
    try {
      await expect(build()).rejects.toThrow(/pagefind exited with 3/);
    } finally {
      delete process.env.PAGEFIND_EXTENDED_BINARY_PATH;
    }
    const after = tree(cache);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [file, bytes] of before) expect(after.get(file)?.equals(bytes), file).toBe(true);
    expect(await build()).toMatchObject({ archive: 'kept' });
  });
});
