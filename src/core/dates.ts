import type { ArticleDate } from './article-date.ts';

/** Every date on the site is shown in Jakarta time, whatever the build machine's zone. */
export const TIME_ZONE = 'Asia/Jakarta';
const LOCALE = 'id-ID';

const fullDate = new Intl.DateTimeFormat(LOCALE, {
  timeZone: TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const shortDate = new Intl.DateTimeFormat(LOCALE, {
  timeZone: TIME_ZONE,
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const clock = new Intl.DateTimeFormat(LOCALE, {
  timeZone: TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const zoneName = new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, timeZoneName: 'short' });
const yearOnly = new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, year: 'numeric' });

function zone(date: Date): string {
  return zoneName.formatToParts(date).find((part) => part.type === 'timeZoneName')?.value ?? 'WIB';
}

/** "Senin, 6 Oktober 2025" */
export function formatLongDate(date: Date): string {
  return fullDate.format(date);
}

/** "6 Okt 2025", for lists */
export function formatShortDate(date: Date): string {
  return shortDate.format(date);
}

/** "09.30 WIB" */
export function formatTime(date: Date): string {
  return `${clock.format(date)} ${zone(date)}`;
}

const dayAndMonth = new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, day: 'numeric', month: 'short' });

/**
 * The time of a live update: "09.30 WIB" on the coverage's first day (Jakarta), "7 Okt, 09.30 WIB" on a
 * later one. It depends only on the update and `live.start`, so an update's heading never changes when
 * others are added.
 */
export function formatUpdateTime(date: Date, start: Date | undefined): string {
  if (!start) return formatTime(date);
  const a = jakartaDay(date);
  const b = jakartaDay(start);
  const sameDay = a.year === b.year && a.month === b.month && a.day === b.day;
  return sameDay ? formatTime(date) : `${dayAndMonth.format(date)}, ${formatTime(date)}`;
}

/** The dateline: the date, and the time when the editor gave one ("Senin, 6 Oktober 2025, 09.30 WIB"). */
export function formatDateline(value: ArticleDate): string {
  return value.hasTime ? `${formatLongDate(value.date)}, ${formatTime(value.date)}` : formatLongDate(value.date);
}

/** The year of a date in Jakarta (an article of 1 January 01:30 WIB belongs to the new year). */
export function jakartaYear(date: Date): number {
  return Number(yearOnly.format(date));
}

const isoParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

const jakartaParts = (date: Date): Record<string, string> =>
  Object.fromEntries(isoParts.formatToParts(date).map((part) => [part.type, part.value]));

/** "2025-10-06T09:30:00+07:00": an instant as ISO 8601 with Jakarta's offset (WIB has no DST). */
export function toJakartaIso(date: Date): string {
  const p = jakartaParts(date);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}+07:00`;
}

/** The calendar day of an instant in Jakarta. */
export function jakartaDay(date: Date): { year: number; month: number; day: number } {
  const p = jakartaParts(date);
  return { year: Number(p.year), month: Number(p.month), day: Number(p.day) };
}

/**
 * The year of the build, in Jakarta, for copyright lines (footer, feeds). Pages get `now` from the build
 * clock (src/build/clock.ts) as `Site.year`, a recorded input (src/build/recorded-reads.ts), so a new year
 * renders every page again.
 */
export const copyrightYear = (now: Date): number => jakartaYear(now);
