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

export function relatedness(a: Relatable, b: Relatable): number {
  const shared = (x: readonly string[], y: readonly string[]) => x.filter((v) => y.includes(v)).length;
  return (
    RELATED_WEIGHTS.expert * shared(a.experts, b.experts) +
    RELATED_WEIGHTS.tag * shared(a.tags, b.tags) +
    (a.section === b.section ? RELATED_WEIGHTS.section : 0)
  );
}

/**
 * "Rekomendasi untuk Anda": the articles sharing the most with this one (never itself, never unrelated),
 * the newer first among equals.
 */
export function relatedArticles<T extends Relatable>(article: T, candidates: readonly T[], limit = 4): T[] {
  return candidates
    .filter((c) => c.id !== article.id)
    .map((c) => ({ c, score: relatedness(article, c) }))
    .filter(({ score }) => score > 0)
    .sort((x, y) => y.score - x.score || y.c.published.getTime() - x.c.published.getTime())
    .slice(0, limit)
    .map(({ c }) => c);
}
