/** The Pagefind index of the built site, queried from Node the way the search page queries it. */
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { mergeSearches } from '../../src/search/merge.ts';
import { queryVariants } from '../../src/search/indonesian.ts';
import type { Searcher } from '../../src/search/delta.ts';
import type { PagefindFilters } from '../../src/search/pagefind.ts';
import { loadPagefind } from '../support/pagefind-node.ts';
import { SEED } from './pages.ts';

let pagefind: Searcher;
test.beforeAll(async () => {
  pagefind = await loadPagefind(path.resolve('dist'));
});

const articles = { jenis: 'berita' };

async function urls(query: string | null, filters: PagefindFilters = articles): Promise<string[]> {
  const variants = query ? queryVariants(query) : [null];
  const merged = await mergeSearches(await Promise.all(variants.map((v) => pagefind.search(v, { filters }))), false);
  return Promise.all(merged.results.map(async (r) => (await r.data()).url));
}

test('the seed article is the first article for "Zinberg"', async () => {
  expect((await urls('Zinberg'))[0]).toBe(SEED);
});

test('Indonesian stemming: "mengunjungi" finds the article that says kunjungan and berkunjung', async () => {
  const seed = await pagefind.search('Zinberg', { filters: articles });
  const content = (await seed!.results[0]!.data()) as unknown as { content: string };
  expect(content.content).toMatch(/\bkunjungan\b/);
  expect(content.content).toMatch(/\bberkunjung\b/);
  expect(content.content).not.toMatch(/mengunjungi/);
  expect(await urls('mengunjungi')).toContain(SEED);
  expect(await urls('berkunjung')).toContain(SEED);
  expect(await urls('kunjungan')).toContain(SEED);
});

test("a draft's unique word finds nothing", async () => {
  expect(await urls('zyxwarta', {})).toEqual([]);
});

test('each filter narrows the results to its value', async () => {
  const all = await pagefind.search(null, { filters: articles });
  const total = all!.results.length;
  expect(total).toBeGreaterThan(10);
  for (const [key, value] of [['bagian', 'Ekonomi'], ['tahun', '2025'], ['sumber', 'Deutsche Welle'], ['sumber', 'Warta']] as const) {
    const search = await pagefind.search(null, { filters: { ...articles, [key]: value } });
    const results = await Promise.all(search!.results.map((r) => r.data()));
    expect(results.length, `${key}=${value}`).toBeGreaterThan(0);
    for (const result of results) expect(result.filters[key]).toEqual([value]);
    if (value !== '2025') expect(results.length).toBeLessThan(total);
  }
  const dw = await pagefind.search(null, { filters: { ...articles, sumber: 'Deutsche Welle' } });
  expect(await Promise.all(dw!.results.map(async (r) => (await r.data()).url))).toEqual([SEED]);
});

test('only article text is indexed: the pull-quote copy, sidebar, related lists and credits are not', async () => {
  const search = await pagefind.search('Zinberg', { filters: articles });
  const seed = (await search!.results[0]!.data()) as unknown as { content: string; meta: Record<string, string> };
  const sentence = 'Ini adalah ancaman yang diperhitungkan terhadap aliansi keamanan AS-Korea Selatan-Jepang';
  expect(seed.content.split(sentence).length - 1).toBe(1);
  for (const outside of ['Narasumber dalam berita ini', 'Rekomendasi untuk Anda', 'Berita Terkini', 'Lihat kutipan', 'kp/rs', 'menit baca', 'Beranda']) {
    expect(seed.content).not.toContain(outside);
  }
  expect(seed.content).toContain('Kim Sambut Putin di Pyongyang');
  expect(seed.content).toContain('Baik Putin maupun Kim dikucilkan');
  expect(seed.meta).toMatchObject({ title: 'Kim Sambut Putin di Pyongyang, Apa Tujuan Pertemuan Ini?', bagian: 'Internasional', tanggal: '2025-10-06', tanggal_tampil: '6 Okt 2025', image: '' });
});

test('results carry a thumbnail when the article has a lead image', async () => {
  const search = await pagefind.search('cabai', { filters: articles });
  const first = await search!.results[0]!.data();
  expect(first.meta.image).toMatch(/^\/_astro\/.+\.webp$/);
  expect(first.meta.image_alt).toContain('Grafik');
});

test('pages do not match words that only stand in a picture file name on them', async () => {
  // "wanareja" is in the file name of a lead image shown in lists on expert and topic pages.
  for (const url of await urls('wanareja', { jenis: { any: ['pakar', 'topik'] } })) expect(url).toBe('/topik/wanareja/');
});

test('experts and topics are found as their own pages', async () => {
  expect(await urls('Zinberg', { jenis: 'pakar' })).toEqual(['/pakar/yakov-zinberg/']);
  expect(await urls('Korea Utara', { jenis: 'topik' })).toContain('/topik/korea-utara/');
});

test('sorting by date puts the newest first', async () => {
  const search = await pagefind.search(null, { filters: articles, sort: { tanggal: 'desc' } });
  const instant = (iso: string) => new Date(iso.length === 10 ? `${iso}T00:00:00+07:00` : iso).getTime();
  const dates = await Promise.all(search!.results.map(async (r) => instant((await r.data()).meta.tanggal ?? '')));
  expect([...dates].sort((a, b) => b - a)).toEqual(dates);
});
