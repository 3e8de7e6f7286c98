import { describe, expect, it } from 'vitest';
import { readingMinutes } from '../../src/lib/reading-time.ts';
import { relatedArticles, type Relatable } from '../../src/lib/related.ts';
import { slugify } from '../../src/lib/slug.ts';

describe('readingMinutes', () => {
  it('rounds at 200 words a minute, at least one minute', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(90)).toBe(1);
    expect(readingMinutes(700)).toBe(4);
    expect(readingMinutes(810)).toBe(4);
    expect(readingMinutes(900)).toBe(5);
  });
});

describe('slugify', () => {
  it.each([
    ['Korea Utara', 'korea-utara'],
    ['Energi & Iklim', 'energi-dan-iklim'],
    ['  Ekonomi   Digital!! ', 'ekonomi-digital'],
    ['Café Société', 'cafe-societe'],
    ['북한 (Korea Utara)', '북한-korea-utara'],
    ['COVID-19', 'covid-19'],
  ])('%j → %j', (text, slug) => expect(slugify(text)).toBe(slug));
});

describe('relatedArticles', () => {
  const day = (d: number) => new Date(Date.UTC(2025, 9, d));
  const a = (id: string, section: string, tags: string[], experts: string[], d: number): Relatable => ({ id, section, tags, experts, published: day(d) });
  const me = a('me', 'internasional', ['korea', 'rusia'], ['zinberg'], 10);
  const all = [
    me,
    a('same-expert', 'ekonomi', [], ['zinberg'], 1),
    a('two-tags', 'olahraga', ['korea', 'rusia'], [], 2),
    a('one-tag-new', 'sains', ['korea'], [], 9),
    a('one-tag-old', 'sains', ['rusia'], [], 3),
    a('section-only', 'internasional', [], [], 8),
    a('unrelated', 'sains', ['bola'], ['lain'], 11),
  ];

  it('ranks shared experts, then tags, then section; newer first among equals; never itself or unrelated', () => {
    expect(relatedArticles(me, all, 10).map((x) => x.id)).toEqual(['two-tags', 'same-expert', 'one-tag-new', 'one-tag-old', 'section-only']);
  });

  it('respects the limit', () => {
    expect(relatedArticles(me, all, 2).map((x) => x.id)).toEqual(['two-tags', 'same-expert']);
  });
});
