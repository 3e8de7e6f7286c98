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
  // Candidates by position; scores in a typed array that each lookup resets for the places it touched:
  // a lookup costs what the article shares, with no allocation per candidate (at 10,000 articles a Map
  // per lookup and a full sort of every scored candidate took ~2 ms an article, 19 s of every build).
  const time = Float64Array.from(candidates, (c) => c.published.getTime());
  const postings = (keys: (c: T) => readonly string[]) => {
    const map = new Map<string, number[]>();
    candidates.forEach((c, i) => {
      for (const key of new Set(keys(c))) {
        const list = map.get(key);
        if (list) list.push(i);
        else map.set(key, [i]);
      }
    });
    return map;
  };
  const byExpert = postings((c) => c.experts);
  const byTag = postings((c) => c.tags);
  const bySection = postings((c) => [c.section]);
  // newest first; equal times keep the candidates' order (a stable sort)
  for (const list of bySection.values()) list.sort((x, y) => time[y]! - time[x]! || x - y);
  const scores = new Int32Array(candidates.length);
  const touched: number[] = [];
  return (article, limit = 4) => {
    const add = (shared: readonly number[] | undefined, weight: number) => {
      for (const i of shared ?? []) {
        if (candidates[i]!.id === article.id) continue;
        if (scores[i] === 0) touched.push(i);
        scores[i]! += weight;
      }
    };
    for (const expert of article.experts) add(byExpert.get(expert), RELATED_WEIGHTS.expert);
    for (const tag of article.tags) add(byTag.get(tag), RELATED_WEIGHTS.tag);
    for (const i of touched) if (candidates[i]!.section === article.section) scores[i]! += RELATED_WEIGHTS.section;
    // The best `limit` by score, then the newer; among equals the first scored (as a stable sort would).
    const best: number[] = [];
    const better = (i: number, j: number) =>
      scores[i]! > scores[j]! || (scores[i] === scores[j] && time[i]! > time[j]!);
    for (const i of touched) {
      if (best.length === limit && !better(i, best[limit - 1]!)) continue;
      let at = best.length === limit ? limit - 1 : best.length;
      while (at > 0 && better(i, best[at - 1]!)) at--;
      best.splice(at, 0, i);
      if (best.length > limit) best.pop();
    }
    const ranked = best.map((i) => candidates[i]!);
    // Sharing only the section scores less than sharing anything else: those fill what is left, newest first.
    for (const i of bySection.get(article.section) ?? []) {
      if (ranked.length >= limit) break;
      if (candidates[i]!.id !== article.id && scores[i] === 0) ranked.push(candidates[i]!);
    }
    for (const i of touched) scores[i] = 0;
    touched.length = 0;
    return ranked;
  };
}

/** What relates an article to others, as kept between builds. */
type Relation = [section: string, tags: readonly string[], experts: readonly string[], time: number];

/** The related lists of the last build and what they were computed from (src/site/model.ts keeps it in the cache). */
export interface RelatedState {
  limit: number;
  relations: Record<string, Relation>;
  /** article id → related ids; `fill` when the section's newest filled the list (fewer than `limit` shared) */
  lists: Record<string, { ids: string[]; fill: boolean }>;
}

const relationOf = (c: Relatable): Relation => [c.section, c.tags, c.experts, c.published.getTime()];
const sameRelation = (x: Relation, y: Relation) => JSON.stringify(x) === JSON.stringify(y);

/**
 * Every candidate's related articles, computed again only where a change can have reached them: finding
 * them for all 10,000 articles costs seconds (each article touches every article sharing a topic or an
 * expert, ~1,200 on the generated corpus), and that cost grows with the square of the archive. An article
 * changed, added or removed can enter or leave the lists of the articles that share (or shared) an expert
 * or topic with it, and of the articles in its section (old or new) whose lists were filled with the
 * section's newest; every other list is kept. The result is the same as relatedFinder over all of them
 * (a unit test checks it against random edit sequences).
 */
export function relatedLists<T extends Relatable>(
  candidates: readonly T[],
  previous: RelatedState | undefined,
  limit = 4,
): { lists: Map<string, T[]>; state: RelatedState } {
  const find = relatedFinder(candidates);
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const relations: Record<string, Relation> = {};
  for (const c of candidates) relations[c.id] = relationOf(c);
  const reusable = previous && previous.limit === limit ? previous : undefined;

  let affected: Set<string> | undefined;
  if (reusable) {
    const changed: Relation[] = [];
    for (const [id, relation] of Object.entries(relations)) {
      const before = reusable.relations[id];
      if (!before || !sameRelation(before, relation)) changed.push(relation, ...(before ? [before] : []));
      if (!before || !sameRelation(before, relation) || !reusable.lists[id]) (affected ??= new Set()).add(id);
    }
    for (const [id, before] of Object.entries(reusable.relations)) if (!relations[id]) changed.push(before);
    affected ??= new Set();
    if (changed.length > 0) {
      const experts = new Set(changed.flatMap((r) => r[2]));
      const tags = new Set(changed.flatMap((r) => r[1]));
      const sections = new Set(changed.map((r) => r[0]));
      for (const c of candidates) {
        if (
          c.experts.some((e) => experts.has(e)) ||
          c.tags.some((t) => tags.has(t)) ||
          (sections.has(c.section) && reusable.lists[c.id]?.fill !== false)
        ) {
          affected.add(c.id);
        }
      }
    }
  }

  const lists = new Map<string, T[]>();
  const stored: RelatedState['lists'] = {};
  for (const c of candidates) {
    const kept = affected && !affected.has(c.id) ? reusable!.lists[c.id] : undefined;
    if (kept) {
      lists.set(
        c.id,
        kept.ids.map((id) => byId.get(id)!),
      );
      stored[c.id] = kept;
      continue;
    }
    const found = find(c, limit);
    lists.set(c.id, found);
    // filled: fewer than `limit` shared an expert or a topic, so the section's newest completed the list
    const shared = found.filter(
      (r) => r.experts.some((e) => c.experts.includes(e)) || r.tags.some((t) => c.tags.includes(t)),
    ).length;
    stored[c.id] = { ids: found.map((r) => r.id), fill: shared < limit };
  }
  return { lists, state: { limit, relations, lists: stored } };
}
