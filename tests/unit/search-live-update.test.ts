import { describe, expect, it } from 'vitest';
import { bestUpdate } from '../../src/search/live-update.ts';
import type { PagefindAnchor, PagefindResultData, PagefindSubResult } from '../../src/search/pagefind.ts';

const URL = '/berita/banjir-rob/';

/** A part of a page: text after a heading with an id (an update's time, a subhead), or before any heading. */
interface Section {
  id?: string;
  heading?: string;
  text: string;
}

const form = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * A result's data as Pagefind 1.6 gives it for a search of `query`'s words (matched as written, no
 * stemming): the content (a heading's text ends with the full stop Pagefind adds), its anchors, and the
 * sub-results split at the headings, each with its matched words (balanced_score 512, as for body text)
 * and an excerpt from its start, as when the region Pagefind picks starts at the heading.
 */
function result(sections: Section[], query: string, url = URL): PagefindResultData {
  const wanted = new Set(query.split(' ').map(form));
  const words: string[] = [];
  const anchors: PagefindAnchor[] = [];
  const sub_results: PagefindSubResult[] = [];
  for (const section of sections) {
    const anchor =
      section.id && section.heading
        ? { element: 'h2', id: section.id, text: section.heading, location: words.length }
        : undefined;
    const start = words.length;
    if (anchor) {
      anchors.push(anchor);
      words.push(...`${section.heading}.`.split(' '));
    }
    words.push(...section.text.split(' '));
    const mine = words.slice(start).map((word, i) => ({ word, location: start + i }));
    const matched = mine.filter((w) => wanted.has(form(w.word)));
    if (matched.length === 0) continue;
    sub_results.push({
      title: section.heading ?? 'Judul',
      url: anchor ? `${url}#${anchor.id}` : url,
      ...(anchor ? { anchor } : {}),
      weighted_locations: matched.map((w) => ({ weight: 1, balanced_score: 512, location: w.location })),
      excerpt: mine
        .slice(0, 12)
        .map((w) => (wanted.has(form(w.word)) ? `<mark>${w.word}</mark>` : w.word))
        .join(' '),
    });
  }
  return { url, excerpt: 'the page excerpt', meta: {}, filters: {}, content: words.join(' '), anchors, sub_results };
}

const update = (hhmm: string, text: string): Section => ({
  id: `pembaruan-20251121-${hhmm}`,
  heading: `${hhmm.slice(0, 2)}.${hhmm.slice(2)} WIB`,
  text,
});

// Shaped as the default live page: the summary, then the updates newest first.
const LIVE: Section[] = [
  { text: 'Banjir rob merendam enam kelurahan bertepatan dengan pasang tertinggi. Pasang berikutnya sore ini.' },
  update('0750', 'BMKG peringatkan pasang kedua sore ini. Pasang memuncak pukul 17.00 WIB.'),
  update('0730', 'Dinas Pendidikan meliburkan sementara 14 sekolah di kelurahan yang tergenang.'),
  update(
    '0715',
    'Peneliti menilai genangan kali ini lebih luas karena tanah di kawasan itu terus ambles dan sabuk mangrove di muara belum pulih. Pasang setinggi ini dulu hanya sampai di pinggir pantai. Sekarang air masuk sampai ke tengah kampung, katanya.',
  ),
  update('0545', 'Genangan mulai masuk ke permukiman sekitar pukul 02.30 WIB.'),
];

describe('bestUpdate: the live update a result leads to', () => {
  it('leads to the one update that holds the words, with its time and its own excerpt', () => {
    expect(bestUpdate(result(LIVE, 'Dinas Pendidikan meliburkan'))).toEqual({
      url: `${URL}#pembaruan-20251121-0730`,
      time: '07.30 WIB',
      excerpt:
        '<mark>Dinas</mark> <mark>Pendidikan</mark> <mark>meliburkan</mark> sementara 14 sekolah di kelurahan yang tergenang.',
    });
  });

  it('counts the different words matched, not how often: common words of the summary do not outweigh them', () => {
    // The summary has "pasang" three times; the 07.50 update has all three words.
    expect(bestUpdate(result(LIVE, 'BMKG peringatkan pasang'))?.url).toBe(`${URL}#pembaruan-20251121-0750`);
  });

  it('between parts with as many of the words, prefers the one where they stand closest together', () => {
    // 07.15 has "genangan", "masuk" and "ke" further apart than an excerpt is long; 05.45 side by side.
    expect(bestUpdate(result(LIVE, 'genangan masuk ke'))?.url).toBe(`${URL}#pembaruan-20251121-0545`);
  });

  it('leads to the page when its summary matches best, and on a tie the earlier part wins', () => {
    expect(bestUpdate(result(LIVE, 'banjir rob kelurahan'))).toBeNull();
    // "sore ini" stands in the summary and in the 07.50 update alike: the page comes first.
    expect(bestUpdate(result(LIVE, 'sore ini'))).toBeNull();
    // "kelurahan" in the summary and 07.30; "sekolah" only in 07.30.
    expect(bestUpdate(result(LIVE, 'kelurahan sekolah'))?.time).toBe('07.30 WIB');
  });

  it("counts a subhead inside an update for that update, and shows the update's own excerpt", () => {
    const sections = [
      LIVE[0]!,
      update('0750', 'Sekolah di pesisir tutup.'),
      { id: 'langkah-darurat', heading: 'Langkah darurat', text: 'Sekolah dan posko sekolah dibuka lagi.' },
      update('0730', 'Dinas meliburkan sekolah.'),
    ];
    const found = bestUpdate(result(sections, 'sekolah posko'));
    expect(found).toEqual({
      url: `${URL}#pembaruan-20251121-0750`,
      time: '07.50 WIB',
      excerpt: '<mark>Sekolah</mark> di pesisir tutup.',
    });
    // Only the subhead matched: its excerpt is the update's.
    expect(bestUpdate(result(sections, 'posko'))).toMatchObject({
      url: `${URL}#pembaruan-20251121-0750`,
      excerpt: 'Langkah darurat. Sekolah dan <mark>posko</mark> sekolah dibuka lagi.',
    });
  });

  it('drops the time, or the end of it, that an excerpt starts with, and nothing else', () => {
    const live = result(LIVE, 'Dinas');
    const sub = live.sub_results![0]!;
    const withExcerpt = (excerpt: string) => bestUpdate({ ...live, sub_results: [{ ...sub, excerpt }] })?.excerpt;
    expect(withExcerpt('WIB. <mark>Dinas</mark> Pendidikan')).toBe('<mark>Dinas</mark> Pendidikan');
    expect(withExcerpt('<mark>Dinas</mark> Pendidikan')).toBe('<mark>Dinas</mark> Pendidikan');
    expect(withExcerpt('07.30 WIB. <mark>Dinas</mark>')).toBe('<mark>Dinas</mark>');
    expect(withExcerpt('WIBOR <mark>Dinas</mark>')).toBe('WIBOR <mark>Dinas</mark>');
    expect(withExcerpt('WIB <mark>Dinas</mark>')).toBe('WIB <mark>Dinas</mark>');
  });

  it('keeps an update of another day, a second update of the same minute, and the base path', () => {
    const other: Section = {
      id: 'pembaruan-20251007-1005-2',
      heading: '7 Okt, 10.05 WIB',
      text: 'Kedua pemimpin menandatangani perjanjian.',
    };
    expect(bestUpdate(result([{ text: 'Ringkasan.' }, other], 'pemimpin', `/warta${URL}`))).toEqual({
      url: `/warta${URL}#pembaruan-20251007-1005-2`,
      time: '7 Okt, 10.05 WIB',
      excerpt: 'Kedua <mark>pemimpin</mark> menandatangani perjanjian.',
    });
    const started = result([{ text: 'Ringkasan.' }, other], 'pemimpin');
    started.sub_results![0]!.excerpt = 'Okt, 10.05 WIB. Kedua <mark>pemimpin</mark>';
    expect(bestUpdate(started)?.excerpt).toBe('Kedua <mark>pemimpin</mark>');
  });

  it('never leads into an ordinary article: subheads are sections, even one named "Pembaruan …"', () => {
    const article = result(
      [
        { text: 'Air laut pasang masuk ke jalan.' },
        { id: 'pasang-bulan-dan-angin', heading: 'Pasang, Bulan, dan angin', text: 'Pasang naik saat bulan purnama.' },
        { id: 'pembaruan-terakhir', heading: 'Pembaruan terakhir', text: 'Pasang surut lagi.' },
      ],
      'pasang bulan',
    );
    expect(article.sub_results).toHaveLength(3);
    expect(bestUpdate(article)).toBeNull();
    // Data without anchors or sub-results (older indexes, tests' stand-ins): the page.
    expect(bestUpdate({ url: URL, excerpt: '', meta: {}, filters: {} })).toBeNull();
    expect(bestUpdate(result(LIVE, 'zyxwarta'))).toBeNull();
  });
});
