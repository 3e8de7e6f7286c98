/** A publication moment as the editor wrote it. */
export interface ArticleDate {
  /** what the frontmatter says, e.g. `2025-10-06` or `2025-10-06T09:30:00+07:00` */
  iso: string;
  /** the instant; a date without a time is midnight in Jakarta */
  date: Date;
  /** false for a date without a time: such a date shows no time */
  hasTime: boolean;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function validCalendarDate(y: number, m: number, d: number): boolean {
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

/**
 * When an article last changed for its readers: the latest of its `updated`, its newest correction (a
 * correction counts as an update: content-format "Corrections") and, on a live page, its newest update;
 * undefined when none is given.
 */
export function lastUpdate(
  updated: ArticleDate | undefined,
  corrections: readonly { date: ArticleDate }[],
  liveUpdate?: ArticleDate,
): ArticleDate | undefined {
  return [updated, ...corrections.map((c) => c.date), liveUpdate].reduce<ArticleDate | undefined>(
    (latest, date) => (date && (!latest || date.date > latest.date) ? date : latest),
    undefined,
  );
}

/** Parses the contract's date forms; undefined for anything else (a time without offset included). */
export function parseArticleDate(value: string): ArticleDate | undefined {
  const dateOnly = DATE.exec(value);
  if (dateOnly) {
    const [, y, m, d] = dateOnly.map(Number) as [number, number, number, number];
    if (!validCalendarDate(y, m, d)) return undefined;
    return { iso: value, date: new Date(`${value}T00:00:00+07:00`), hasTime: false };
  }
  const full = DATE_TIME.exec(value);
  if (!full) return undefined;
  const [y, m, d, hh, mm, ss] = full.slice(1, 7).map((part) => Number(part ?? 0)) as number[];
  if (!validCalendarDate(y!, m!, d!) || hh! > 23 || mm! > 59 || ss! > 59) return undefined;
  const offset = full[7]!;
  if (offset !== 'Z' && (Number(offset.slice(1, 3)) > 14 || Number(offset.slice(4)) > 59)) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return undefined;
  return { iso: value, date, hasTime: true };
}
