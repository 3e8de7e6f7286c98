import { type ArticleDate, parseArticleDate } from './article-date.ts';

/** One update of a live page, as the Markdown pipeline records it beside the HTML (live-updates.ts). */
export interface LiveUpdateFact {
  /** the anchor id, `pembaruan-20251006-0930` (public: shared links point at it) */
  id: string;
  /** as the editor wrote it, with its offset */
  time: string;
  key: boolean;
  pinned: boolean;
  /** a short label: the update's bold lead-in, else its first sentence */
  title: string;
  /** the update's words as plain text (JSON-LD `articleBody`) */
  text: string;
}

/** A live page as the build sees it on its day (content-format "Live coverage"). */
export interface LiveCoverage {
  start: ArticleDate;
  end: ArticleDate | undefined;
  /** true while `end` is absent or after the build's "now": the page polls for updates */
  ongoing: boolean;
  /** in the order the page shows them: the pinned one, then newest first */
  updates: LiveUpdateFact[];
  /** the newest update's time, the page's last change */
  latest: ArticleDate | undefined;
}

/** How many updates the page's JSON carries (`pembaruan.json`): more than a reader misses in a break. */
export const LIVE_FEED_UPDATES = 20;

/** How often an open live page asks for updates, in milliseconds (the Guardian polls about as often). */
export const LIVE_POLL_MS = 30_000;

export function liveCoverage(
  live: { start: ArticleDate; end?: ArticleDate | undefined },
  updates: readonly LiveUpdateFact[],
  now: Date,
): LiveCoverage {
  const latest = updates
    .map((u) => parseArticleDate(u.time))
    .reduce<ArticleDate | undefined>((a, b) => (b && (!a || b.date > a.date) ? b : a), undefined);
  return {
    start: live.start,
    end: live.end,
    ongoing: !live.end || live.end.date > now,
    updates: [...updates],
    latest,
  };
}
