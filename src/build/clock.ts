import { parseArticleDate } from '../core/article-date.ts';

/**
 * The build's one clock. Everything a page derives from "now" (the footer's year, the age notice of old
 * articles, the news sitemap's window) reads this instant, so that a page and its cache key agree and
 * the processes of one build (Astro, the share-image pool) agree with each other: scripts/build.ts sets
 * the variable once at its start for all of them. Tests set it to build a site as of a fixed day.
 */
export const BUILD_DATE_ENV = 'WARTA_BUILD_DATE';

let parsed: { value: string; date: Date } | undefined;

/**
 * The build's "now": WARTA_BUILD_DATE when set (a date or a date and time), else the time of the first
 * call in this process (`astro dev` keeps the day it started on).
 */
export function buildNow(): Date {
  const value = process.env[BUILD_DATE_ENV] || '';
  if (parsed?.value !== value) {
    if (value === '') {
      parsed = { value, date: new Date() };
      return parsed.date;
    }
    const date = parseArticleDate(value)?.date;
    if (!date)
      throw new Error(
        `${BUILD_DATE_ENV}="${value}" is not a date. Write a date such as 2025-11-21 (midnight in Jakarta) or a ` +
          'date and time with its offset such as 2025-11-21T08:00:00+07:00, or leave it unset to build as of now.',
      );
    parsed = { value, date };
  }
  return parsed.date;
}
