import { describe, expect, it } from 'vitest';
import { readingMinutes } from '../../src/core/reading-time.ts';
import {
  RELATED_WEIGHTS,
  type Relatable,
  type RelatedState,
  relatedFinder,
  relatedLists,
} from '../../src/core/related.ts';
import { slugify } from '../../src/core/slug.ts';

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

describe('relatedFinder', () => {
  const day = (d: number) => new Date(Date.UTC(2025, 9, d));
  const a = (id: string, section: string, tags: string[], experts: string[], d: number): Relatable => ({
    id,
    section,
    tags,
    experts,
    published: day(d),
  });
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
    expect(relatedFinder(all)(me, 10).map((x) => x.id)).toEqual([
      'two-tags',
      'same-expert',
      'one-tag-new',
      'one-tag-old',
      'section-only',
    ]);
  });

  it('respects the limit', () => {
    expect(relatedFinder(all)(me, 2).map((x) => x.id)).toEqual(['two-tags', 'same-expert']);
  });

  it('finds what comparing every pair finds, on a random corpus', () => {
    let seed = 7;
    const pick = (n: number) => (seed = (seed * 16807) % 2147483647) % n;
    const corpus = Array.from({ length: 400 }, (_, i) =>
      a(
        `a${i}`,
        `s${pick(5)}`,
        [...new Set(Array.from({ length: pick(4) }, () => `t${pick(40)}`))],
        [...new Set(Array.from({ length: pick(3) }, () => `e${pick(25)}`))],
        1 + pick(28),
      ),
    );
    const shared = (x: readonly string[], y: readonly string[]) => x.filter((v) => y.includes(v)).length;
    const score = (x: Relatable, y: Relatable) =>
      RELATED_WEIGHTS.expert * shared(x.experts, y.experts) +
      RELATED_WEIGHTS.tag * shared(x.tags, y.tags) +
      (x.section === y.section ? RELATED_WEIGHTS.section : 0);
    const find = relatedFinder(corpus);
    for (const article of corpus) {
      const expected = corpus
        .filter((c) => c !== article && score(article, c) > 0)
        .sort((x, y) => score(article, y) - score(article, x) || y.published.getTime() - x.published.getTime())
        .slice(0, 4);
      // Equal scores and equal days may come in either order: compare scores and days, in order.
      const key = (c: Relatable) => `${score(article, c)}@${c.published.getTime()}`;
      expect(find(article).map(key)).toEqual(expected.map(key));
    }
  });

  it('keeps between builds only the lists a change cannot reach: the same lists as finding them all again', () => {
    let seed = 11;
    const pick = (n: number) => (seed = (seed * 16807) % 2147483647) % n;
    const random = (id: string) =>
      a(
        id,
        `s${pick(4)}`,
        [...new Set(Array.from({ length: pick(3) }, () => `t${pick(30)}`))],
        [...new Set(Array.from({ length: pick(3) }, () => `e${pick(15)}`))],
        1 + pick(28),
      );
    // in the site model's order (newest first, then by id), on which ties between equals depend
    const order = (x: Relatable, y: Relatable) =>
      y.published.getTime() - x.published.getTime() || x.id.localeCompare(y.id);
    let corpus = Array.from({ length: 150 }, (_, i) => random(`a${i}`)).sort(order);
    let state: RelatedState | undefined;
    let next = corpus.length;
    let reused = 0;
    for (let round = 0; round < 60; round++) {
      const { lists, state: after } = relatedLists(corpus, state);
      const find = relatedFinder(corpus);
      for (const c of corpus)
        expect(
          lists.get(c.id)!.map((r) => r.id),
          `round ${round}, ${c.id}`,
        ).toEqual(find(c).map((r) => r.id));
      if (state) reused += corpus.filter((c) => state!.lists[c.id] === after.lists[c.id]).length;
      state = after;
      // one change a round: an edit of what relates the article, an addition, or a removal
      const i = pick(corpus.length);
      const kind = pick(5);
      if (kind === 0) corpus = [...corpus, random(`a${next++}`)];
      else if (kind === 1) corpus = corpus.filter((_, j) => j !== i);
      else if (kind === 2) corpus = corpus.map((c, j) => (j === i ? { ...c, tags: [`t${pick(30)}`] } : c));
      else if (kind === 3)
        corpus = corpus.map((c, j) => (j === i ? { ...c, section: `s${pick(4)}`, experts: [`e${pick(15)}`] } : c));
      else corpus = corpus.map((c, j) => (j === i ? { ...c, published: day(1 + pick(28)) } : c));
      corpus.sort(order);
    }
    // and it did keep most lists
    expect(reused).toBeGreaterThan(59 * 150 * 0.3);
  });
});
