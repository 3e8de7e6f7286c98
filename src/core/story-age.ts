import { jakartaDay, jakartaYear } from './dates.ts';

/**
 * An article published more than this many years before the build says so beside its dateline, and its
 * share card carries its year: old news shared as new misleads (the Guardian added the year to its share
 * images for this reason). One year is "more than 12 months", counted in Jakarta calendar days.
 */
export const AGE_NOTICE_AFTER_YEARS = 1;

/** What an old article shows: how many whole years have passed (at least the threshold), and its year. */
export interface AgeNotice {
  /** "more than `years` years ago" */
  years: number;
  /** the publication year in Jakarta, e.g. 2024 */
  year: number;
}

/**
 * Whole years between two instants' Jakarta days, where a year is complete only the day after its
 * anniversary ("more than a year"): 6 Oct 2024 → 6 Oct 2025 is 0, → 7 Oct 2025 is 1. A 29 February
 * completes its year on 1 March. Never negative (an article dated after the build is new).
 */
export function yearsSince(published: Date, now: Date): number {
  const from = jakartaDay(published);
  const to = jakartaDay(now);
  const anniversaryPassed = to.month > from.month || (to.month === from.month && to.day > from.day);
  return Math.max(0, to.year - from.year - (anniversaryPassed ? 0 : 1));
}

/** The age notice of an article published at `published`, for a build at `now`; undefined when it is recent. */
export function ageNotice(published: Date, now: Date): AgeNotice | undefined {
  const years = yearsSince(published, now);
  return years >= AGE_NOTICE_AFTER_YEARS ? { years, year: jakartaYear(published) } : undefined;
}
