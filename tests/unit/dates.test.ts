import { describe, expect, it } from 'vitest';
import { parseArticleDate } from '../../src/core/article-date.ts';
import {
  formatDateline,
  formatLongDate,
  formatShortDate,
  formatTime,
  jakartaYear,
  toJakartaIso,
} from '../../src/core/dates.ts';

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
