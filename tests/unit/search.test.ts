import { describe, expect, it } from 'vitest';
import { parseExcerpt } from '../../src/search/excerpt.ts';
import { highlightTerms, withHighlight } from '../../src/search/highlight.ts';
import { queryVariants, restoredForms } from '../../src/search/indonesian.ts';
import { EXACT_MERGE_LIMIT, type MergedSearch, mergeSearches } from '../../src/search/merge.ts';
import type { PagefindResult, PagefindSearch } from '../../src/search/pagefind.ts';
import { EMPTY_STATE, parseState, serializeState } from '../../src/search/state.ts';

describe('search URL state', () => {
  it('round-trips through the URL, leaving out defaults', () => {
    const state = {
      q: 'kim putin',
      section: 'internasional',
      year: '2025',
      source: 'deutsche-welle',
      sort: 'terbaru' as const,
    };
    const query = serializeState(state);
    expect(query).toBe('?q=kim+putin&bagian=internasional&tahun=2025&sumber=deutsche-welle&urut=terbaru');
    expect(parseState(query)).toEqual(state);
    expect(serializeState(EMPTY_STATE)).toBe('');
    expect(serializeState({ ...EMPTY_STATE, q: 'a&b=c' })).toBe('?q=a%26b%3Dc');
  });

  it('tidies what it reads', () => {
    expect(parseState('?q=%20%20kim%20%20%20putin%20&urut=aneh')).toEqual({ ...EMPTY_STATE, q: 'kim putin' });
    expect(parseState(`?q=${'a'.repeat(500)}`).q).toHaveLength(200);
    expect(parseState('?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E').q).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('parseExcerpt', () => {
  it('splits marks from text and decodes entities into text', () => {
    expect(parseExcerpt('Kunjungan <mark>Putin</mark> &amp; Kim &lt;b&gt;')).toEqual([
      { text: 'Kunjungan ', marked: false },
      { text: 'Putin', marked: true },
      { text: ' & Kim <b>', marked: false },
    ]);
  });

  it('never passes other tags through', () => {
    expect(parseExcerpt('<img src=x onerror=alert(1)>teks <mark><script>x</script>kata</mark>')).toEqual([
      { text: 'teks ', marked: false },
      { text: 'xkata', marked: true },
    ]);
  });
});

describe('Indonesian query variants', () => {
  it.each([
    ['mengunjungi', ['kunjungi']],
    ['pengunjung', ['kunjung']],
    ['menyapu', ['sapu']],
    ['memukul', ['pukul']],
    ['menulis', ['tulis']],
    ['membaca', []],
    ['kunjungan', []],
    ['Mengunjungi', ['kunjungi']],
  ])('%s → %j', (word, forms) => expect(restoredForms(word)).toEqual(forms));

  it('keeps the query first and adds one variant per word, then all together', () => {
    expect(queryVariants('mengunjungi')).toEqual(['mengunjungi', 'kunjungi']);
    expect(queryVariants('putin mengunjungi pyongyang')).toEqual([
      'putin mengunjungi pyongyang',
      'putin kunjungi pyongyang',
    ]);
    expect(queryVariants('menulis mengunjungi')).toEqual([
      'menulis mengunjungi',
      'tulis mengunjungi',
      'menulis kunjungi',
      'tulis kunjungi',
    ]);
    expect(queryVariants('  zinberg  ')).toEqual(['zinberg']);
  });
});

describe('highlight links', () => {
  it('marks what was typed and what matched', () => {
    expect(highlightTerms('mengunjungi', 'Dengan <mark>kunjungan</mark> Putin, <mark>Kunjungan.</mark>')).toEqual([
      'mengunjungi',
      'kunjungan',
    ]);
  });

  it('adds the terms to the URL, before any fragment', () => {
    expect(withHighlight('/berita/a/', ['kim', 'putin & co'])).toBe('/berita/a/?sorot=kim&sorot=putin%20%26%20co');
    expect(withHighlight('/berita/a/#kutipan-x-1', ['kim'])).toBe('/berita/a/?sorot=kim#kutipan-x-1');
    expect(withHighlight('/berita/a/', [])).toBe('/berita/a/');
  });
});

describe('mergeSearches', () => {
  const result = (id: string, score: number, date: string, section: string): PagefindResult => ({
    id,
    score,
    data: async () => ({ url: `/${id}/`, excerpt: '', meta: { tanggal: date }, filters: { bagian: [section] } }),
  });
  const search = (results: PagefindResult[]): PagefindSearch => ({
    results,
    filters: { bagian: { X: results.length } },
    totalFilters: {},
    unfilteredResultCount: 0,
  });

  it('passes a single search through untouched', async () => {
    const only = search([result('a', 1, '2025-01-01', 'X')]);
    const merged = await mergeSearches([only, search([])], false);
    expect(merged.results).toBe(only.results);
    expect(merged.filters).toBe(only.filters);
  });

  it('keeps each page once with its best score and recounts filters', async () => {
    const merged = await mergeSearches(
      [
        search([result('a', 1, '2025-01-01', 'X'), result('b', 5, '2025-03-01', 'Y')]),
        search([result('a', 9, '2025-01-01', 'X'), result('c', 2, '2025-02-01', 'Y')]),
      ],
      false,
    );
    expect(merged.results.map((r) => [r.id, r.score])).toEqual([
      ['a', 9],
      ['b', 5],
      ['c', 2],
    ]);
    expect(merged.filters).toEqual({ bagian: { X: 1, Y: 2 } });
  });

  it("takes a page's data from the first search that found it, its score from the best", async () => {
    // The query as typed scores the page 1, a restored form 9: ranked by 9, shown with the typed excerpt.
    const typed: PagefindResult = {
      ...result('a', 1, '2025-01-01', 'X'),
      data: async () => ({ url: '/a/', excerpt: 'typed', meta: { tanggal: '2025-01-01' }, filters: { bagian: ['X'] } }),
    };
    const merged = await mergeSearches(
      [search([typed, result('b', 5, '2025-03-01', 'Y')]), search([result('a', 9, '2025-01-01', 'X')])],
      false,
    );
    expect(merged.results.map((r) => [r.id, r.score])).toEqual([
      ['a', 9],
      ['b', 5],
    ]);
    expect((await merged.results[0]!.data()).excerpt).toBe('typed');
  });

  it('orders by date when asked', async () => {
    const merged = await mergeSearches(
      [search([result('a', 9, '2025-01-01', 'X')]), search([result('b', 1, '2025-03-01', 'X')])],
      true,
    );
    expect(merged.results.map((r) => r.id)).toEqual(['b', 'a']);
  });

  /** `count` results `<prefix>0…`, each in section `section`, counting the loads of its data. */
  const many = (prefix: string, count: number, section: string, loads: { n: number }): PagefindResult[] =>
    Array.from({ length: count }, (_, i) => ({
      id: `${prefix}${i}`,
      score: count - i,
      data: async () => {
        loads.n++;
        return { url: `/${prefix}${i}/`, excerpt: '', meta: { tanggal: '2025-01-01' }, filters: { bagian: [section] } };
      },
    }));
  /** A search whose filter counts are given, not derived from its results: what a recount would change. */
  const counted = (results: PagefindResult[], filters: MergedSearch['filters']): PagefindSearch => ({
    results,
    filters,
    totalFilters: {},
    unfilteredResultCount: 0,
  });

  it('recounts filters over the merged pages: a few hundred of them, up to EXACT_MERGE_LIMIT', async () => {
    for (const total of [200, EXACT_MERGE_LIMIT]) {
      const loads = { n: 0 };
      const largest = counted(many('a', total - 1, 'X', loads), { bagian: { X: 999 } });
      const merged = await mergeSearches([largest, counted(many('b', 1, 'Y', loads), { bagian: { Y: 999 } })], false);
      expect(merged.results, `${total}`).toHaveLength(total);
      expect(merged.filters, `${total}`).toEqual({ bagian: { X: total - 1, Y: 1 } });
      expect(loads.n, `${total}`).toBe(total);
    }
  });

  it('past EXACT_MERGE_LIMIT merged pages, loads no page data and takes the counts of the largest search', async () => {
    const loads = { n: 0 };
    const largest = counted(many('a', EXACT_MERGE_LIMIT, 'X', loads), { bagian: { X: 999 } });
    const merged = await mergeSearches([counted(many('b', 1, 'Y', loads), { bagian: { Y: 7 } }), largest], false);
    expect(merged.results).toHaveLength(EXACT_MERGE_LIMIT + 1);
    expect(new Set(merged.results.map((r) => r.id)).size).toBe(EXACT_MERGE_LIMIT + 1);
    expect(merged.filters).toBe(largest.filters);
    expect(loads.n).toBe(0);
  });

  it('past EXACT_MERGE_LIMIT, sorted by date, keeps the date order Pagefind gave the largest search', async () => {
    const loads = { n: 0 };
    // Pagefind sorted this search newest first: its order is not its scores' order.
    const byDate = many('a', EXACT_MERGE_LIMIT, 'X', loads).reverse();
    const merged = await mergeSearches([counted(many('b', 1, 'Y', loads), {}), counted(byDate, {})], true);
    expect(merged.results.map((r) => r.id)).toEqual([...byDate.map((r) => r.id), 'b0']);
    expect(loads.n).toBe(0);
  });
});
