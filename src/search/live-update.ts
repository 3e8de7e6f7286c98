import { EXCERPT_LENGTH } from './delta.ts';
import type { PagefindAnchor, PagefindResultData, PagefindSubResult } from './pagefind.ts';

/**
 * A live update's anchor (src/markdown/anchors.ts, `liveUpdateAnchorId`): `pembaruan-20251121-0750`, with
 * `-2`… for a second update in the same minute. A subhead's slug never has this form (a subhead
 * "Pembaruan" gets `pembaruan`, "Pembaruan terakhir" `pembaruan-terakhir`).
 */
const UPDATE_ID = /^pembaruan-\d{8}-\d{4}(-\d+)?$/;

/** The update of a live page that a search result leads to. */
export interface UpdateMatch {
  /** the page's URL with the update's anchor */
  url: string;
  /** the update's time as its heading shows it: "07.50 WIB", "7 Okt, 10.05 WIB" */
  time: string;
  /** the update's own excerpt (Pagefind's HTML: text and `<mark>`), without the time it starts with */
  excerpt: string;
}

type Location = PagefindSubResult['weighted_locations'][number];

/** The most `balanced_score` that a window of an excerpt's length holds (locations in the page's order). */
function densest(locations: readonly Location[]): number {
  let best = 0;
  for (let i = 0, j = 0, sum = 0; j < locations.length; j++) {
    sum += locations[j]!.balanced_score;
    while (locations[j]!.location - locations[i]!.location >= EXCERPT_LENGTH) sum -= locations[i++]!.balanced_score;
    best = Math.max(best, sum);
  }
  return best;
}

/** The words before the first update (the summary), or one update, with what the search matched there. */
interface Part {
  update: PagefindAnchor | undefined;
  /** the matched words as written (lower case, without punctuation): how many of the query's it holds */
  forms: Set<string>;
  locations: Location[];
  /** its first sub-result (the update's own heading's, unless only a subhead in it matched): its excerpt is shown */
  sub: PagefindSubResult;
}

/**
 * The live update where a result's words matched best, or null: the result then leads to its page, as
 * for every ordinary article (their subheads are sections, never a result's target).
 *
 * Pagefind's `sub_results` (1.6, sub_results.ts) split the page's matched words at its headings with an
 * id, in the page's order, each with an excerpt of its own; they carry no score. Here each counts for the
 * update it stands in (the last update heading at or before its own: a subhead inside an update is still
 * that update; the words before the first update, the summary, are the page's). The part that holds the
 * most different matched words wins (most of what the reader typed), then the one whose matched words
 * lie closest together, then the earlier (the page, the pinned update, the newest). Summing the words'
 * scores instead let the summary's common words ("pasang" four times) outweigh "BMKG peringatkan
 * pasang": searching every run of 3 words of each update of the default live page, 293 of 312 searches
 * lead to that update this way (the others are words found in several parts), 246 by summed scores.
 */
export function bestUpdate(data: PagefindResultData): UpdateMatch | null {
  const updates = (data.anchors ?? []).filter((a) => UPDATE_ID.test(a.id)).sort((a, b) => a.location - b.location);
  if (updates.length === 0) return null;
  // Pagefind's word locations count the content's words split at white space (excerpt.ts).
  const words = (data.content ?? '').split(/[^\S\uFEFF]+/);
  const parts: Part[] = [];
  let owner = -1;
  for (const sub of data.sub_results ?? []) {
    const at = sub.anchor?.location ?? -1;
    while (owner + 1 < updates.length && updates[owner + 1]!.location <= at) owner++;
    const part = (parts[owner + 1] ??= { update: updates[owner], forms: new Set(), locations: [], sub });
    for (const l of sub.weighted_locations) {
      part.forms.add((words[l.location] ?? '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''));
      part.locations.push(l);
    }
  }
  let best: Part | undefined;
  let bestDensity = 0;
  for (const part of parts) {
    if (!part) continue;
    const density = densest(part.locations);
    const more = best ? part.forms.size - best.forms.size : 1;
    if (more > 0 || (more === 0 && density > bestDensity)) [best, bestDensity] = [part, density];
  }
  const update = best?.update;
  if (!update) return null;
  // An excerpt that starts at the update's heading starts with its time (or the end of it: "WIB.") and
  // the full stop Pagefind adds after a heading.
  let excerpt = best!.sub.excerpt;
  for (let time = update.text; time; time = time.replace(/^\S+ ?/, ''))
    if (excerpt.startsWith(`${time}. `)) {
      excerpt = excerpt.slice(time.length + 2);
      break;
    }
  return { url: `${data.url.replace(/#.*/, '')}#${update.id}`, time: update.text, excerpt };
}
