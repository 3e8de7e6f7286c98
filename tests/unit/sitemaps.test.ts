import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { chunkEntries, newsSitemap, recentNews, sitemapIndex, urlset } from '../../src/core/sitemaps.ts';

const parser = new XMLParser({ ignoreAttributes: false });

describe('sitemaps', () => {
  it('writes a urlset with escaped locations and UTC lastmod', () => {
    const xml = urlset([
      { loc: 'https://warta.example/topik/energi-dan-iklim/?a=1&b=2', lastmod: new Date('2025-11-12T01:30:00+07:00') },
      { loc: 'https://warta.example/pakar/' },
    ]);
    const doc = parser.parse(xml);
    expect(doc.urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(doc.urlset.url[0]).toEqual({
      loc: 'https://warta.example/topik/energi-dan-iklim/?a=1&b=2',
      lastmod: '2025-11-11T18:30:00Z',
    });
    expect(doc.urlset.url[1]).toEqual({ loc: 'https://warta.example/pakar/' });
    expect(xml).toContain('?a=1&amp;b=2');
  });

  it('splits large sites into an index of sitemaps', () => {
    const entries = Array.from({ length: 5 }, (_, i) => ({ loc: `https://w.example/${i}/` }));
    expect(chunkEntries(entries, 2).map((c) => c.length)).toEqual([2, 2, 1]);
    expect(chunkEntries([], 2)).toEqual([[]]);
    const doc = parser.parse(
      sitemapIndex([{ loc: 'https://w.example/sitemap-1.xml', lastmod: new Date('2025-01-01T00:00:00Z') }]),
    );
    expect(doc.sitemapindex.sitemap).toEqual({
      loc: 'https://w.example/sitemap-1.xml',
      lastmod: '2025-01-01T00:00:00Z',
    });
  });

  it('keeps only the last 48 hours in the news sitemap', () => {
    const now = new Date('2025-11-20T12:00:00+07:00');
    const at = (iso: string) => ({
      loc: `https://w.example/${iso}/`,
      title: `Judul & "kutipan" ${iso}`,
      published: new Date(iso),
    });
    const recent = recentNews(
      [
        at('2025-11-20T11:00:00+07:00'),
        at('2025-11-18T12:00:00+07:00'),
        at('2025-11-18T11:59:00+07:00'),
        at('2025-11-21T00:00:00+07:00'),
      ],
      now,
    );
    expect(recent.map((r) => r.loc)).toEqual([
      'https://w.example/2025-11-20T11:00:00+07:00/',
      'https://w.example/2025-11-18T12:00:00+07:00/',
    ]);
    const doc = parser.parse(newsSitemap(recent, { name: 'Warta', language: 'id' }));
    expect(doc.urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    expect(doc.urlset.url[0]['news:news']).toEqual({
      'news:publication': { 'news:name': 'Warta', 'news:language': 'id' },
      'news:publication_date': '2025-11-20T04:00:00Z',
      'news:title': 'Judul & "kutipan" 2025-11-20T11:00:00+07:00',
    });
  });
});
