/** The Pagefind index of the built site, queried from Node the way the search page queries it. */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { bestUpdate } from '../../src/search/live-update.ts';
import { parseSearchManifest } from '../../src/search/manifest.ts';
import { type SearchSiteOptions, searchData } from '../support/pagefind-node.ts';
import { LIVE, OLD_ARTICLE, SEED } from './pages.ts';

const DIST = 'dist';
/** Content as indexed (Pagefind's fragment has it; the API's type does not). */
type Indexed = Awaited<ReturnType<typeof searchData>>[number] & { content: string };

async function urls(query: string | null, options: SearchSiteOptions = {}): Promise<string[]> {
  return (await searchData(DIST, query, options)).map((data) => data.url);
}

test('the seed article is the first article for "Zinberg"', async () => {
  expect((await urls('Zinberg'))[0]).toBe(SEED);
});

test('Indonesian stemming: "mengunjungi" finds the article that says kunjungan and berkunjung', async () => {
  const content = (await searchData(DIST, 'Zinberg'))[0] as Indexed;
  expect(content.content).toMatch(/\bkunjungan\b/);
  expect(content.content).toMatch(/\bberkunjung\b/);
  expect(content.content).not.toMatch(/mengunjungi/);
  expect(await urls('mengunjungi')).toContain(SEED);
  expect(await urls('berkunjung')).toContain(SEED);
  expect(await urls('kunjungan')).toContain(SEED);
});

test("a draft's unique word finds nothing", async () => {
  expect(await urls('zyxwarta')).toEqual([]);
  expect(await urls('zyxwarta', { people: true })).toEqual([]);
});

test('articles are indexed by periods of years; experts and topics apart', () => {
  const manifest = parseSearchManifest(readFileSync(`${DIST}/pagefind/warta-search.json`, 'utf8'))!;
  // 16 articles of 2025 and 2024: one period, named by its first year (docs/search.md)
  expect(manifest.periods.map((p) => p.years)).toEqual([['2025', '2024']]);
  expect(manifest.general?.pages).toBeGreaterThan(0);
});

test('each filter narrows the results to its value', async () => {
  const all = await searchData(DIST, null);
  const total = all.length;
  expect(total).toBeGreaterThan(10);
  for (const result of all) expect(result.filters.jenis).toEqual(['berita']);
  for (const [key, value] of [
    ['bagian', 'Ekonomi'],
    ['sumber', 'Deutsche Welle'],
    ['sumber', 'Warta'],
  ] as const) {
    const results = await searchData(DIST, null, { filters: { [key]: value } });
    expect(results.length, `${key}=${value}`).toBeGreaterThan(0);
    for (const result of results) expect(result.filters[key]).toEqual([value]);
    expect(results.length).toBeLessThan(total);
  }
  const year = await searchData(DIST, null, { year: '2025' });
  expect(year).toHaveLength(total - 1);
  for (const result of year) expect(result.filters.tahun).toEqual(['2025']);
  expect(await urls(null, { year: '2024' })).toEqual([OLD_ARTICLE]);
  expect(await urls(null, { year: '2019' })).toEqual([]);
  expect(await urls(null, { filters: { sumber: 'Deutsche Welle' } })).toEqual([SEED]);
});

test('only article text is indexed: the pull-quote copy, sidebar, related lists and credits are not', async () => {
  const seed = (await searchData(DIST, 'Zinberg'))[0] as Indexed;
  const sentence = 'Ini adalah ancaman yang diperhitungkan terhadap aliansi keamanan AS-Korea Selatan-Jepang';
  expect(seed.content.split(sentence).length - 1).toBe(1);
  for (const outside of [
    'Narasumber dalam berita ini',
    'Rekomendasi untuk Anda',
    'Berita Terkini',
    'Lihat kutipan',
    'kp/rs',
    'menit baca',
    'Beranda',
  ]) {
    expect(seed.content).not.toContain(outside);
  }
  // The headline is the result's title, searched as Pagefind's title meta, not indexed text: an excerpt
  // would show it again under itself.
  expect(seed.content).not.toContain('Kim Sambut Putin di Pyongyang');
  expect(await urls('Kim Sambut Putin Pyongyang')).toContain(SEED);
  expect(seed.content).toContain('Baik Putin maupun Kim dikucilkan');
  expect(seed.meta).toMatchObject({
    title: 'Kim Sambut Putin di Pyongyang, Apa Tujuan Pertemuan Ini?',
    bagian: 'Internasional',
    tanggal: '2025-10-06',
    tanggal_tampil: '6 Okt 2025',
    image: '',
  });
  // An old article's age notice is about the day of the build, not its text.
  const old = (await searchData(DIST, 'Sukamulya')).find((r) => r.url === OLD_ARTICLE) as Indexed;
  expect(old.content).toContain('Hujan belum juga turun');
  expect(old.meta.title).toContain('Kemarau Panjang');
  expect(old.content).not.toContain('terbit lebih dari');
});

test('results carry a thumbnail when the article has a lead image', async () => {
  const [first] = await searchData(DIST, 'cabai');
  if (!first) throw new Error('no result for "cabai"');
  expect(first.meta.image).toMatch(/^\/_astro\/.+\.webp$/);
  expect(first.meta.image_alt).toContain('Grafik');
});

test('pages do not match words that only stand in a picture file name on them', async () => {
  // "wanareja" is in the file name of a lead image shown in lists on expert and topic pages.
  for (const url of await urls('wanareja', { people: true })) expect(url).toBe('/topik/wanareja/');
});

test('experts and topics are found as their own pages', async () => {
  expect(await urls('Zinberg', { people: true })).toEqual(['/pakar/yakov-zinberg/']);
  expect(await urls('Korea Utara', { people: true })).toContain('/topik/korea-utara/');
});

test('sorting by date puts the newest first', async () => {
  const instant = (iso: string) => new Date(iso.length === 10 ? `${iso}T00:00:00+07:00` : iso).getTime();
  const dates = (await searchData(DIST, null, { sort: 'terbaru' })).map((data) => instant(data.meta.tanggal ?? ''));
  expect([...dates].sort((a, b) => b - a)).toEqual(dates);
});

test('a live page: every update is indexed as a part of its own, without its labels or share links', async () => {
  const html = readFileSync(`${DIST}${LIVE}index.html`, 'utf8');
  const updates = [...html.matchAll(/<h2 id="(pembaruan-[^"]+)" class="live-update-time"/g)].map((m) => m[1]);
  expect(updates).toHaveLength(8);
  const [live] = (await searchData(DIST, 'BMKG')) as Indexed[];
  expect(live?.url).toBe(LIVE);
  // Each update's heading is an anchor Pagefind splits the page at, in the page's order.
  expect(live!.anchors!.filter((a) => a.id.startsWith('pembaruan-')).map((a) => a.id)).toEqual(updates);
  for (const word of ['Disematkan', 'Peristiwa penting', 'Bagikan', 'Langsung'])
    expect(live!.content).not.toContain(word);
  expect(live!.content).toContain('07.30 WIB. Dinas Pendidikan meliburkan sementara 14 sekolah');
});

test('a search for words of one update leads to that update, with its time and its own excerpt', async () => {
  for (const [query, id, time, excerpt] of [
    [
      'Dinas Pendidikan meliburkan',
      'pembaruan-20251121-0730',
      '07.30 WIB',
      /^<mark>Dinas<\/mark> <mark>Pendidikan<\/mark>/,
    ],
    ['BMKG', 'pembaruan-20251121-0750', '07.50 WIB', /^<mark>BMKG<\/mark> peringatkan pasang kedua/],
  ] as const) {
    const results = await searchData(DIST, query);
    expect(
      results.map((r) => r.url),
      query,
    ).toEqual([LIVE]);
    const update = bestUpdate(results[0]!);
    expect(update, query).toMatchObject({ url: `${LIVE}#${id}`, time });
    expect(update?.excerpt).toMatch(excerpt);
  }
  // Every update, by the first words a reader might remember of it.
  const html = readFileSync(`${DIST}${LIVE}index.html`, 'utf8');
  for (const [, id, body] of html.matchAll(
    /<article class="live-update[^"]*" data-update="([^"]+)".*?<\/header>(.*?)<\/article>/gs,
  )) {
    const words = body!
      .replace(/<[^>]+>/g, ' ')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
      .split(' ')
      .slice(0, 4)
      .join(' ');
    const live = (await searchData(DIST, words)).find((r) => r.url === LIVE);
    expect(live && bestUpdate(live)?.url, words).toBe(`${LIVE}#${id}`);
  }
  // Words of the summary lead to the page itself.
  const summary = (await searchData(DIST, 'Penanggulangan Bencana Daerah')).find((r) => r.url === LIVE);
  expect(summary && bestUpdate(summary)).toBeNull();
});

test('an ordinary article whose words match under a subhead still leads to the article', async () => {
  // "mangrove" stands mostly under the subhead "Hilangnya pelindung alami", which has an id.
  const article = (await searchData(DIST, 'mangrove')).find(
    (r) => r.url === '/berita/mengapa-banjir-rob-makin-sering/',
  );
  expect(article?.sub_results?.some((s) => s.url.endsWith('#hilangnya-pelindung-alami'))).toBe(true);
  expect(bestUpdate(article!)).toBeNull();
});
