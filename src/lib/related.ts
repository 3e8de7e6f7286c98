/** The parts of an article that relate it to others. */
export interface Relatable {
  id: string;
  section: string;
  tags: readonly string[];
  experts: readonly string[];
  published: Date;
}

/** A shared expert says most about kinship, then a shared topic, then the section. */
export const RELATED_WEIGHTS = { expert: 3, tag: 2, section: 1 } as const;

/**
 * "Rekomendasi untuk Anda": a finder over a set of articles that returns, for one of them, the articles
 * sharing the most with it (never itself, never unrelated), the newer first among equals. Scores add up
 * per shared expert, topic and section (RELATED_WEIGHTS). Indexed by expert, topic and section once, so
 * each lookup touches only articles that share something: comparing every pair took about 11 ms an
 * article at 10,000 articles, nearly two minutes of a build.
 */
export function relatedFinder<T extends Relatable>(candidates: readonly T[]): (article: T, limit?: number) => T[] {
  const index = (keys: (c: T) => readonly string[]) => {
    const map = new Map<string, T[]>();
    for (const c of candidates)
      for (const key of new Set(keys(c))) {
        const list = map.get(key);
        if (list) list.push(c);
        else map.set(key, [c]);
      }
    return map;
  };
  const newestFirst = (x: T, y: T) => y.published.getTime() - x.published.getTime();
  const byExpert = index((c) => c.experts);
  const byTag = index((c) => c.tags);
  const bySection = index((c) => [c.section]);
  for (const list of bySection.values()) list.sort(newestFirst);
  return (article, limit = 4) => {
    const scores = new Map<T, number>();
    const add = (shared: readonly T[] | undefined, weight: number) => {
      for (const c of shared ?? []) if (c.id !== article.id) scores.set(c, (scores.get(c) ?? 0) + weight);
    };
    for (const expert of article.experts) add(byExpert.get(expert), RELATED_WEIGHTS.expert);
    for (const tag of article.tags) add(byTag.get(tag), RELATED_WEIGHTS.tag);
    for (const [c, score] of scores) if (c.section === article.section) scores.set(c, score + RELATED_WEIGHTS.section);
    const ranked = [...scores]
      .sort(([x, a], [y, b]) => b - a || newestFirst(x, y))
      .slice(0, limit)
      .map(([c]) => c);
    // Sharing only the section scores less than sharing anything else: those fill what is left, newest first.
    for (const c of bySection.get(article.section) ?? []) {
      if (ranked.length >= limit) break;
      if (c.id !== article.id && !scores.has(c)) ranked.push(c);
    }
    return ranked;
  };
}
