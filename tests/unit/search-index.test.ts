/**
 * The search index (src/build/search-index.ts) on a small hand-made site: the bundles a build writes into
 * `pagefind/` (host, general, periods of years), what it keeps in the cache, and what a search of the
 * result returns, compared with a cold build of the same pages and, bundle by bundle, with Pagefind's CLI.
 * Periods of 5 articles (`tierPages`), so that each year of the little site is a period of its own.
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BundleReport, type SearchIndexOptions, updateSearchIndex } from '../../src/build/search-index.ts';
import { parseSearchManifest, periodName, SEARCH_MANIFEST, type SearchManifest } from '../../src/search/manifest.ts';
import { forgetSite, loadBundle, loadSite, searchSite } from '../support/pagefind-node.ts';
import { articlePage, expertPage, type TestArticle, writePage } from '../support/search-pages.ts';

const root = path.resolve(import.meta.dirname, '../..');
let tmp: string;
let site: string;
let cache: string;

interface Story extends TestArticle {
  slug: string;
}

const WORDS = [
  'harga',
  'beras',
  'pasar',
  'nelayan',
  'sekolah',
  'hujan',
  'jalan',
  'pemerintah',
  'warga',
  'kota',
  'desa',
  'panen',
];
const SECTIONS = ['Ekonomi', 'Daerah', 'Pendidikan'];

/** 24 stories: every fourth one published in 2024, the others in 2025. */
function stories(): Story[] {
  return Array.from({ length: 24 }, (_, i) => ({
    // One slug outside ASCII: Pagefind percent-encodes its URL.
    slug: `berita-${String(i).padStart(2, '0')}${i === 5 ? '-مرحبا' : ''}`,
    title: `Kabar ${WORDS[i % WORDS.length]} nomor ${i}`,
    body: Array.from({ length: 30 }, (_, j) => WORDS[(i * 7 + j * 3) % WORDS.length]).join(' '),
    section: SECTIONS[i % SECTIONS.length]!,
    date: `${i % 4 === 0 ? 2024 : 2025}-0${1 + (i % 9)}-${String(10 + (i % 17)).padStart(2, '0')}T0${i % 10}:00:00.000Z`,
  }));
}

const writeStory = (dir: string, story: Story) => writePage(dir, `berita/${story.slug}/index.html`, articlePage(story));

function writeSite(dir: string, list: Story[]): void {
  rmSync(dir, { recursive: true, force: true });
  for (const story of list) writeStory(dir, story);
  writePage(
    dir,
    'pakar/sari-wulandari/index.html',
    expertPage('Sari Wulandari', 'Peneliti harga pangan dan nelayan pesisir.'),
  );
  // A list page: no data-pagefind-body, so not indexed.
  writePage(
    dir,
    'index.html',
    `<!doctype html><html lang="id"><head><title>Warta</title></head><body><h1>Beranda</h1><ul>${list.map((s) => `<li>${s.title}</li>`).join('')}</ul></body></html>`,
  );
}

/** A cold build of a copy of the site (its own, empty cache): the reference an incremental build must equal. */
async function coldCopy(from: string, to: string): Promise<void> {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  rmSync(`${to}-cache`, { recursive: true, force: true });
  await updateSearchIndex({ site: to, cacheDir: `${to}-cache`, tierPages: TIER });
}

function tree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      files.set(
        path.relative(dir, path.join(entry.parentPath, entry.name)),
        readFileSync(path.join(entry.parentPath, entry.name)),
      );
  }
  return files;
}

const TIER = 5;
const build = (extra: Partial<SearchIndexOptions> = {}) =>
  updateSearchIndex({ site, cacheDir: cache, shadowPages: 8, maxDeltaShare: 1, tierPages: TIER, ...extra });
const manifest = (dir = site): SearchManifest =>
  parseSearchManifest(readFileSync(path.join(dir, 'pagefind', SEARCH_MANIFEST), 'utf8'))!;
const year = (name: string, dir = site) => manifest(dir).periods.find((p) => periodName(p.years) === name)!;
const every = (bundles: Record<string, BundleReport>, expected: Partial<BundleReport>) => {
  for (const b of Object.values(bundles)) expect(b).toMatchObject(expected);
};

async function expectSameResults(queries: (string | null)[]): Promise<void> {
  const cold = path.join(tmp, 'cold');
  await coldCopy(site, cold);
  forgetSite(site);
  forgetSite(cold);
  for (const query of queries) {
    for (const sort of ['relevan', 'terbaru'] as const) {
      const mine = await searchSite(site, query, { sort });
      const reference = await searchSite(cold, query, { sort });
      expect(mine.map((r) => r.url).sort(), `${query} ${sort}`).toEqual(reference.map((r) => r.url).sort());
      expect([...mine].sort((a, b) => (a.url < b.url ? -1 : 1))).toEqual(
        [...reference].sort((a, b) => (a.url < b.url ? -1 : 1)),
      );
      if (sort === 'terbaru')
        expect(
          mine.map((r) => r.url),
          `${query} by date`,
        ).toEqual(reference.map((r) => r.url));
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
  it('a cold run writes a host bundle, the general bundle and a bundle per period, each as Pagefind writes it', async () => {
    const report = await build();
    expect(Object.keys(report.bundles).sort()).toEqual(['2024', '2025', 'general']);
    every(report.bundles, { archive: 'rebuilt', reason: 'no archive in the cache', deltaPages: 0 });
    expect(manifest()).toMatchObject({
      format: 2,
      general: { path: 'general/', prefix: 'id-x-general_', pages: 1, delta: { format: 1 } },
      periods: [
        { years: ['2025'], path: '2025/', prefix: 'id-x-y2025_', pages: 18, delta: { format: 1 } },
        { years: ['2024'], path: '2024/', prefix: 'id-x-y2024_', pages: 6, delta: { format: 1 } },
      ],
      tierPages: TIER,
    });
    // The host bundle carries Pagefind's scripts; the others only their index.
    for (const file of ['pagefind.js', 'pagefind-worker.js', 'pagefind-highlight.js', 'wasm.id.pagefind'])
      expect(existsSync(path.join(site, 'pagefind', file)), file).toBe(true);
    expect(readdirSync(path.join(site, 'pagefind', '2025')).sort()).toEqual(
      expect.arrayContaining(['fragment', 'index', 'pagefind-entry.json']),
    );
    expect(readdirSync(path.join(site, 'pagefind', '2025')).filter((f) => f.endsWith('.js'))).toEqual([]);

    // Bundle 2025 is what Pagefind's CLI makes of the 2025 stories alone, in its language.
    const stage = path.join(tmp, 'stage-2025');
    for (const story of list.filter((s) => s.date.startsWith('2025'))) {
      const rel = `berita/${story.slug}/index.html`;
      mkdirSync(path.dirname(path.join(stage, rel)), { recursive: true });
      linkSync(path.join(site, rel), path.join(stage, rel));
    }
    const out = path.join(tmp, 'cli-2025');
    const run = spawnSync(
      process.execPath,
      [
        path.join(root, 'node_modules/pagefind/lib/runner/bin.cjs'),
        '--site',
        stage,
        '--output-path',
        out,
        '--force-language',
        'id-x-y2025',
        '--quiet',
      ],
      { encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(0);
    const mine = tree(path.join(site, 'pagefind', '2025'));
    const reference = [...tree(out)].filter(([file]) => !/\.(js|css)$|^wasm\./.test(file));
    expect([...mine.keys()].sort()).toEqual(reference.map(([file]) => file).sort());
    for (const [file, bytes] of reference) expect(mine.get(file)?.equals(bytes), file).toBe(true);
    const entry = path.join('pagefind', 'pagefind-entry.json');
    expect(statSync(path.join(site, 'pagefind', '2025', 'pagefind-entry.json')).ino).toBe(
      statSync(path.join(cache, 'bundles', '2025', 'archive', entry)).ino,
    );
  });

  it('searches go through every year and find experts apart', async () => {
    forgetSite(site);
    expect((await searchSite(site, 'nomor 4')).map((r) => r.title)).toEqual(['Kabar sekolah nomor 4']);
    const byDate = await searchSite(site, 'kabar', { sort: 'terbaru' });
    expect(byDate).toHaveLength(24);
    const dates = byDate.map((r) => list.find((s) => encodeURI(`/berita/${s.slug}/`) === r.url)!.date);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect((await searchSite(site, 'kabar', { year: '2024' })).map((r) => r.url).sort()).toEqual(
      list
        .filter((s) => s.date.startsWith('2024'))
        .map((s) => encodeURI(`/berita/${s.slug}/`))
        .sort(),
    );
    expect((await searchSite(site, 'nelayan', { people: true })).map((r) => r.url)).toEqual(['/pakar/sari-wulandari/']);
    expect((await searchSite(site, 'wulandari')).map((r) => r.url)).toEqual([]);
  });

  it('an unchanged site keeps every archive and hashes nothing', async () => {
    const report = await build();
    every(report.bundles, { archive: 'kept', deltaPages: 0, superseded: 0, hashed: 0 });
    expect(year('2025').delta).toEqual({ format: 1 });
  });

  it("an edited page lands in its year's delta and its archive copy is dropped", async () => {
    list[5] = { ...list[5]!, body: `${list[5]!.body} zamrudbaru` };
    writeStory(site, list[5]!);
    const report = await build();
    expect(report.bundles['2025']).toMatchObject({ archive: 'kept', deltaPages: 1, superseded: 1 });
    expect(report.bundles['2024']).toMatchObject({ archive: 'kept', deltaPages: 0, superseded: 0 });
    const delta = year('2025').delta;
    expect(delta.delta).toBe('delta/');
    expect(existsSync(path.join(site, 'pagefind', '2025', 'delta', 'pagefind-entry.json'))).toBe(true);
    const archiveIds = Object.keys(delta.drop ?? {}).filter((id) => !id.startsWith(delta.deltaPrefix!));
    expect(archiveIds).toHaveLength(1);
    expect(delta.deltaPrefix).toBe('id-x-y2025-delta_');
    forgetSite(site);
    expect((await searchSite(site, 'zamrudbaru')).map((r) => r.url)).toEqual([encodeURI(`/berita/${list[5]!.slug}/`)]);
    await expectSameResults(['zamrudbaru', 'harga', 'pemerintah warga', 'panen', null]);
  });

  it('filter counts leave out the dropped pages', async () => {
    const mine = await loadBundle(site, '2025');
    const cold = await loadBundle(path.join(tmp, 'cold'), '2025');
    for (const query of ['harga', null]) {
      const a = await mine.search(query, {});
      const b = await cold.search(query, {});
      expect(a!.filters).toEqual(b!.filters);
      expect(a!.results).toHaveLength(b!.results.length);
    }
  });

  it('a page changed outside its indexed part stays with the archive', async () => {
    list[7] = { ...list[7]!, related: 'Kabar baru di rubrik lain' };
    writeStory(site, list[7]!);
    const report = await build();
    expect(report.bundles['2025']).toMatchObject({ archive: 'kept', deltaPages: 1, superseded: 1 });
    // Known to be the same now: the next build does not index it again.
    const again = await build();
    expect(again.bundles['2025']).toMatchObject({ archive: 'kept', deltaPages: 1, hashed: 0 });
  });

  it('a deleted page is dropped from results; an added one is found, in date order', async () => {
    const gone = list.splice(3, 1)[0]!;
    rmSync(path.join(site, 'berita', gone.slug), { recursive: true });
    const added: Story = {
      slug: 'berita-baru',
      title: 'Kabar nelayan terbaru',
      body: 'nelayan pasar safirbaru harga',
      section: 'Ekonomi',
      date: '2025-05-15T09:30:00.000Z',
    };
    list.push(added);
    writeStory(site, added);
    const report = await build();
    expect(report.bundles['2025']).toMatchObject({ archive: 'kept', deltaPages: 2, superseded: 2 });
    forgetSite(site);
    expect((await searchSite(site, gone.title)).map((r) => r.url)).not.toContain(`/berita/${gone.slug}/`);
    expect((await searchSite(site, 'safirbaru')).map((r) => r.url)).toEqual(['/berita/berita-baru/']);
    await expectSameResults(['nelayan', 'harga pasar', 'kabar', null]);
  });

  it('a story whose date moves to another year leaves its old bundle for the new one', async () => {
    const moved = list.findIndex((s) => s.slug === 'berita-06');
    list[moved] = { ...list[moved]!, date: '2024-12-31T16:59:00.000Z' };
    writeStory(site, list[moved]!);
    const report = await build();
    expect(report.bundles['2024']).toMatchObject({ archive: 'kept', deltaPages: 1, superseded: 0 });
    expect(report.bundles['2025']).toMatchObject({ archive: 'kept', superseded: 3 });
    forgetSite(site);
    expect((await searchSite(site, 'nomor 6', { year: '2024' })).map((r) => r.url)).toEqual(['/berita/berita-06/']);
    expect((await searchSite(site, 'nomor 6', { year: '2025' })).map((r) => r.url)).toEqual([]);
    await expectSameResults(['nomor 6', 'kabar', null]);
  });

  it('a new year is a new bundle; the first tier holds the newest years, older ones come on request', async () => {
    const old = list.findIndex((s) => s.date.startsWith('2024'));
    list[old] = { ...list[old]!, body: `${list[old]!.body} tembagalama` };
    writeStory(site, list[old]!);
    const added: Story = {
      slug: 'tahun-baru',
      title: 'Kabar panen tahun baru',
      body: 'panen raya kota',
      section: 'Daerah',
      date: '2026-01-02T03:00:00.000Z',
    };
    list.push(added);
    writeStory(site, added);
    const report = await build();
    expect(report.bundles['2026']).toMatchObject({
      archive: 'rebuilt',
      reason: 'no archive in the cache',
      archivePages: 1,
    });
    expect(manifest().periods.map((p) => p.years)).toEqual([['2026'], ['2025'], ['2024']]);
    const tiered = await loadSite(site);
    // 2026 (1 page) and 2025 (17) make the first tier (at least 5 articles); 2024 the second.
    const first = await tiered.articles({ term: 'kabar', byDate: true });
    expect(first).toMatchObject({ years: ['2026', '2025'], next: 1, nextYears: ['2024'] });
    expect(first.results).toHaveLength(18);
    const second = await tiered.articles({ term: 'kabar', byDate: true }, 1);
    expect(second).toMatchObject({ years: ['2026', '2025', '2024'], next: null });
    expect(second.results).toHaveLength(7);
    // A word only 2024 has: the first tier has no page with it, so the search goes on to the next.
    const only = await tiered.articles({ term: 'kabar tembagalama' });
    expect(only.years).toEqual(['2026', '2025', '2024']);
    expect(only.results).toHaveLength(1);
    // A word no page has is left out, as one bundle of all pages would leave it out.
    expect((await searchSite(site, 'safirbaru qwertyzzz')).map((r) => r.url)).toEqual(['/berita/berita-baru/']);
  });

  it('periods group the years, oldest first, until they hold tierPages articles; a year filter narrows one', async () => {
    const report = await build({ tierPages: 20 });
    // 2024 (7) + 2025 (17) reach 20; 2026 (1) starts the next period.
    expect(Object.keys(report.bundles).sort()).toEqual(['2024', '2026', 'general']);
    expect(manifest().periods.map((p) => p.years)).toEqual([['2026'], ['2025', '2024']]);
    forgetSite(site);
    const in2024 = list.filter((s) => s.date.startsWith('2024')).map((s) => encodeURI(`/berita/${s.slug}/`));
    expect((await searchSite(site, 'kabar', { year: '2024' })).map((r) => r.url).sort()).toEqual(in2024.sort());
    expect((await searchSite(site, null, { year: '2024' })).map((r) => r.url).sort()).toEqual(in2024.sort());
    await expectSameResults(['kabar', 'nelayan pasar', null]);
    await build();
    forgetSite(site);
  });

  it('a site whose articles fit one period is one bundle at pagefind/, with pagefind.js, no host and no general', async () => {
    const wide = { tierPages: 1000 };
    const report = await build(wide);
    expect(Object.keys(report.bundles)).toEqual(['site']);
    const single = manifest();
    const pages = list.length + 1; // and the expert
    const years = [...new Set(list.map((s) => s.date.slice(0, 4)))].sort().reverse();
    expect(single.general).toMatchObject({ path: '', prefix: 'id-x-site_', pages });
    expect(single.periods).toMatchObject([{ years, path: '', prefix: 'id-x-site_', pages }]);
    expect(single.host.meta).toBe(single.general!.meta);
    expect(readdirSync(path.join(site, 'pagefind')).sort()).toEqual(
      expect.arrayContaining(['fragment', 'index', 'pagefind-entry.json', 'pagefind.js', 'pagefind-worker.js']),
    );
    expect(readdirSync(path.join(site, 'pagefind')).filter((f) => /^(general|20\d\d)$/.test(f))).toEqual([]);
    expect(single.host.wasm).toMatch(/^wasm\.id-x-site\.pagefind$/);
    expect(existsSync(path.join(site, 'pagefind', single.host.wasm))).toBe(true);
    // Articles and experts still come apart: the article search filters the one bundle by kind.
    forgetSite(site);
    const search = await loadSite(site);
    const people = await search.people('Wulandari');
    expect(people?.results.length).toBeGreaterThan(0);
    const articles = await search.articles({ term: 'kabar' });
    const urls = await Promise.all(articles.results.map(async (r) => (await r.data()).url));
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.every((url) => url.startsWith('/berita/'))).toBe(true);
    await expectSameResults(['kabar', 'nelayan pasar', null]);
    // Past oneBundlePages articles, one period has the bundles of a large site.
    expect(Object.keys((await build({ ...wide, oneBundlePages: 10 })).bundles).sort()).toEqual(['2024', 'general']);
    expect(manifest().periods).toMatchObject([{ path: '2024/', prefix: 'id-x-y2024_' }]);
    forgetSite(site);
    await expectSameResults(['kabar', 'nelayan pasar', null]);
  });

  it('a new year joins the newest period as a delta: the bundle keeps its name and its archive', async () => {
    const wide = { tierPages: 1000 };
    await build(wide);
    expect(manifest().periods.map((p) => periodName(p.years))).toEqual(['2024']);
    const added: Story = {
      slug: 'tahun-depan',
      title: 'Kabar tahun depan',
      body: 'panen raya lusa',
      section: 'Daerah',
      date: '2027-01-03T03:00:00.000Z',
    };
    list.push(added);
    writeStory(site, added);
    const report = await build(wide);
    every(report.bundles, { archive: 'kept' });
    expect(report.bundles.site!.deltaPages).toBeGreaterThan(0);
    expect(manifest().periods.map((p) => p.years)).toEqual([['2027', '2026', '2025', '2024']]);
    forgetSite(site);
    expect((await searchSite(site, 'lusa')).map((r) => r.url)).toEqual(['/berita/tahun-depan/']);
    await expectSameResults(['kabar', 'panen', null]);
    list.pop();
    rmSync(path.join(site, 'berita', added.slug), { recursive: true });
    await build();
    forgetSite(site);
  });

  it('past the threshold the archive is rebuilt and the delta is empty', async () => {
    for (const i of [1, 2]) {
      list[i] = { ...list[i]!, body: `${list[i]!.body} tambahan` };
      writeStory(site, list[i]!);
    }
    const report = await build({ maxDeltaPages: 1 });
    expect(report.bundles['2025']!.archive).toBe('rebuilt');
    expect(report.bundles['2025']!.reason).toMatch(/pages to index/);
    expect(year('2025').delta).toEqual({ format: 1 });
    every((await build()).bundles, { archive: 'kept', hashed: 0 });
  });

  it('other index options or another Pagefind binary invalidate every archive', async () => {
    every((await build({ indexOptions: { excludeSelectors: ['aside'] } })).bundles, {
      archive: 'rebuilt',
      reason: 'Pagefind, its options or this code changed',
    });
    every((await build()).bundles, { archive: 'rebuilt', reason: 'Pagefind, its options or this code changed' });
    const real = path.join(root, 'node_modules/@pagefind/linux-x64/bin/pagefind_extended');
    const wrapper = path.join(tmp, 'pagefind-wrapper');
    writeFileSync(wrapper, `#!/bin/sh\nexec "${real}" "$@"\n`);
    chmodSync(wrapper, 0o755);
    process.env.PAGEFIND_EXTENDED_BINARY_PATH = wrapper;
    try {
      every((await build()).bundles, { archive: 'rebuilt', reason: 'Pagefind, its options or this code changed' });
    } finally {
      delete process.env.PAGEFIND_EXTENDED_BINARY_PATH;
    }
    every((await build()).bundles, { archive: 'rebuilt' });
    every((await build()).bundles, { archive: 'kept', deltaPages: 0 });
  });

  it('a failed archive build leaves the cache as it was', async () => {
    const before = tree(cache);
    const broken = path.join(tmp, 'pagefind-broken');
    writeFileSync(broken, '#!/bin/sh\necho "broken Pagefind" >&2\nexit 3\n');
    chmodSync(broken, 0o755);
    process.env.PAGEFIND_EXTENDED_BINARY_PATH = broken;
    try {
      await expect(build()).rejects.toThrow(/pagefind exited with 3|Pagefind/);
    } finally {
      delete process.env.PAGEFIND_EXTENDED_BINARY_PATH;
    }
    const after = tree(cache);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [file, bytes] of before) expect(after.get(file)?.equals(bytes), file).toBe(true);
    every((await build()).bundles, { archive: 'kept' });
  });
});
