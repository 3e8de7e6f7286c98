import { afterEach, describe, expect, it } from 'vitest';
import { BUILD_DATE_ENV, buildNow } from '../../src/build/clock.ts';
import { parseArticleDate } from '../../src/core/article-date.ts';
import {
  formatDateline,
  formatLongDate,
  formatShortDate,
  formatTime,
  jakartaYear,
  toJakartaIso,
} from '../../src/core/dates.ts';
import { AGE_NOTICE_AFTER_YEARS, ageNotice, yearsSince } from '../../src/core/story-age.ts';
import { t } from '../../src/i18n/id.ts';

const parse = (value: string) => {
  const parsed = parseArticleDate(value);
  if (!parsed) throw new Error(`unparsed ${value}`);
  return parsed;
};

describe('parseArticleDate', () => {
  it('reads a date without a time as midnight in Jakarta, with no time to show', () => {
    const d = parse('2025-10-06');
    expect(d.hasTime).toBe(false);
    expect(d.date.toISOString()).toBe('2025-10-05T17:00:00.000Z');
  });

  it('reads a date-time with offset', () => {
    const d = parse('2025-10-06T09:30:00+07:00');
    expect(d.hasTime).toBe(true);
    expect(d.date.toISOString()).toBe('2025-10-06T02:30:00.000Z');
    expect(parse('2025-10-06T02:30Z').date.toISOString()).toBe('2025-10-06T02:30:00.000Z');
  });

  it.each([
    '2025-10-06T09:30:00',
    '2025-10-06 09:30',
    '06-10-2025',
    '2025-02-30',
    '2025-13-01',
    '2025-10-06T24:00:00+07:00',
    'kemarin',
    '',
  ])('refuses %j', (value) => expect(parseArticleDate(value)).toBeUndefined());
});

describe('Indonesian dates in Asia/Jakarta', () => {
  it('prints the seed article dateline', () => {
    expect(formatDateline(parse('2025-10-06'))).toBe('Senin, 6 Oktober 2025');
  });

  it('prints a time with a period and WIB', () => {
    expect(formatDateline(parse('2025-10-06T09:30:00+07:00'))).toBe('Senin, 6 Oktober 2025, 09.30 WIB');
    expect(formatTime(parse('2025-10-06T14:05:00+07:00').date)).toBe('14.05 WIB');
  });

  it('keeps an article of 01:30 WIB on its Jakarta day, the previous day in UTC', () => {
    const d = parse('2025-11-12T01:30:00+07:00');
    expect(d.date.getUTCDate()).toBe(11);
    expect(formatDateline(d)).toBe('Rabu, 12 November 2025, 01.30 WIB');
    expect(formatShortDate(d.date)).toBe('12 Nov 2025');
  });

  it('converts other offsets to Jakarta time', () => {
    expect(formatDateline(parse('2025-10-06T20:00:00Z'))).toBe('Selasa, 7 Oktober 2025, 03.00 WIB');
  });

  it('counts the year in Jakarta', () => {
    expect(jakartaYear(parse('2026-01-01T01:30:00+07:00').date)).toBe(2026);
    expect(formatLongDate(parse('2026-01-01T01:30:00+07:00').date)).toBe('Kamis, 1 Januari 2026');
  });
});

describe('toJakartaIso', () => {
  it('writes instants with the +07:00 offset', () => {
    expect(toJakartaIso(parse('2025-10-06').date)).toBe('2025-10-06T00:00:00+07:00');
    expect(toJakartaIso(parse('2025-11-12T01:30:00+07:00').date)).toBe('2025-11-12T01:30:00+07:00');
    expect(toJakartaIso(parse('2025-10-06T20:00:00Z').date)).toBe('2025-10-07T03:00:00+07:00');
  });
});

describe('the age notice of old articles', () => {
  const at = (value: string) => parse(value).date;

  it('counts whole years in Jakarta days: a year is complete the day after its anniversary', () => {
    expect(yearsSince(at('2024-10-06'), at('2025-10-06T23:59:00+07:00'))).toBe(0);
    expect(yearsSince(at('2024-10-06'), at('2025-10-07'))).toBe(1);
    expect(yearsSince(at('2024-10-06T09:30:00+07:00'), at('2025-10-05T23:59:00+07:00'))).toBe(0);
    expect(yearsSince(at('2022-03-15'), at('2025-03-15'))).toBe(2);
    expect(yearsSince(at('2022-03-15'), at('2025-03-16'))).toBe(3);
    // a month later in the calendar, whatever the day
    expect(yearsSince(at('2024-01-31'), at('2025-02-01'))).toBe(1);
  });

  it('reads both instants as Jakarta days, whatever the machine zone', () => {
    // 31 Dec 2023 18:00 UTC is already 1 January 2024 in Jakarta
    expect(yearsSince(new Date('2023-12-31T18:00:00Z'), at('2025-01-01'))).toBe(0);
    expect(yearsSince(new Date('2023-12-31T18:00:00Z'), at('2025-01-02'))).toBe(1);
    // 1 January 2025 06:00 in Jakarta is still 31 December 2024 in UTC
    expect(yearsSince(at('2023-12-31'), at('2025-01-01T06:00:00+07:00'))).toBe(1);
  });

  it('completes the year of a 29 February on 1 March', () => {
    expect(yearsSince(at('2024-02-29'), at('2025-02-28'))).toBe(0);
    expect(yearsSince(at('2024-02-29'), at('2025-03-01'))).toBe(1);
  });

  it('never counts an article dated after the build as old', () => {
    expect(yearsSince(at('2026-01-01'), at('2025-01-01'))).toBe(0);
    expect(ageNotice(at('2026-01-01'), at('2025-01-01'))).toBeUndefined();
  });

  it('gives a notice only past the threshold, with the years and the Jakarta year of publication', () => {
    expect(AGE_NOTICE_AFTER_YEARS).toBe(1);
    const now = at('2025-11-21T08:00:00+07:00');
    expect(ageNotice(at('2025-10-06'), now)).toBeUndefined();
    expect(ageNotice(at('2024-11-21'), now)).toBeUndefined();
    expect(ageNotice(at('2024-11-20T23:00:00+07:00'), now)).toEqual({ years: 1, year: 2024 });
    expect(ageNotice(at('2021-01-01T00:30:00+07:00'), now)).toEqual({ years: 4, year: 2021 });
  });

  it('words the notice in Indonesian: "setahun" for one year, the number beyond', () => {
    expect(t.ageNotice(1)).toBe('Artikel ini terbit lebih dari setahun lalu');
    expect(t.ageNotice(2)).toBe('Artikel ini terbit lebih dari 2 tahun lalu');
    expect(t.ageNotice(12)).toBe('Artikel ini terbit lebih dari 12 tahun lalu');
  });
});

describe('the build clock', () => {
  const saved = process.env[BUILD_DATE_ENV];
  afterEach(() => {
    if (saved === undefined) delete process.env[BUILD_DATE_ENV];
    else process.env[BUILD_DATE_ENV] = saved;
  });

  it('reads WARTA_BUILD_DATE as a date or a date and time, else the current time', () => {
    process.env[BUILD_DATE_ENV] = '2025-11-21';
    expect(buildNow().toISOString()).toBe('2025-11-20T17:00:00.000Z');
    process.env[BUILD_DATE_ENV] = '2025-11-21T08:00:00+07:00';
    expect(buildNow().toISOString()).toBe('2025-11-21T01:00:00.000Z');
    delete process.env[BUILD_DATE_ENV];
    expect(Math.abs(buildNow().getTime() - Date.now())).toBeLessThan(60_000);
  });

  it('refuses anything else, naming the variable and the forms it takes', () => {
    process.env[BUILD_DATE_ENV] = '21/11/2025';
    expect(() => buildNow()).toThrow(/WARTA_BUILD_DATE="21\/11\/2025" is not a date\. Write a date such as 2025-11-21/);
  });
});
