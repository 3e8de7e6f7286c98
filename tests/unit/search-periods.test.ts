/** How articles are split into period bundles, and periods into the tiers a search goes through. */
import { describe, expect, it } from 'vitest';
import { type PeriodBundleManifest, periodName, periodsOf } from '../../src/search/manifest.ts';
import { tiersOf } from '../../src/search/site.ts';

const counts = (entries: [string, number][]) => new Map(entries);

describe('periodsOf', () => {
  it('groups years, oldest first, until a period holds the given number of articles; newest first out', () => {
    const years = counts([
      ['2025', 14_643],
      ['2022', 1_814],
      ['2024', 16_875],
      ['2023', 16_668],
    ]);
    expect(periodsOf(years, 12_000)).toEqual([['2025'], ['2024'], ['2023', '2022']]);
    expect(periodsOf(years, 30_000)).toEqual([['2025'], ['2024', '2023', '2022']]);
  });

  it('lets the newest period grow until it fills, so old periods keep their years', () => {
    const before = periodsOf(
      counts([
        ['2023', 9_000],
        ['2024', 5_000],
        ['2025', 100],
      ]),
      12_000,
    );
    const later = periodsOf(
      counts([
        ['2023', 9_000],
        ['2024', 5_000],
        ['2025', 11_900],
        ['2026', 40],
      ]),
      12_000,
    );
    const full = periodsOf(
      counts([
        ['2023', 9_000],
        ['2024', 5_000],
        ['2025', 11_900],
        ['2026', 700],
      ]),
      12_000,
    );
    expect(before).toEqual([['2025'], ['2024', '2023']]);
    expect(later).toEqual([
      ['2026', '2025'],
      ['2024', '2023'],
    ]);
    expect(full).toEqual([
      ['2026', '2025'],
      ['2024', '2023'],
    ]);
    expect(
      periodsOf(
        counts([
          ['2023', 9_000],
          ['2024', 5_000],
          ['2025', 11_900],
          ['2026', 700],
          ['2027', 5],
        ]),
        12_000,
      ),
    ).toEqual([['2027'], ['2026', '2025'], ['2024', '2023']]);
  });

  it('names a period by its first year', () => {
    expect(periodName(['2023', '2022'])).toBe('2022');
    expect(periodName(['2025'])).toBe('2025');
    expect(periodsOf(new Map(), 12_000)).toEqual([]);
  });
});

describe('tiersOf', () => {
  const period = (years: string[], pages: number): PeriodBundleManifest => ({
    years,
    pages,
    path: `${periodName(years)}/`,
    prefix: '',
    meta: '',
    delta: { format: 1 },
  });

  it('takes the newest periods until they hold tierPages articles', () => {
    const periods = [
      period(['2026'], 40),
      period(['2025'], 11_960),
      period(['2024', '2023'], 14_000),
      period(['2022'], 300),
    ];
    expect(tiersOf(periods, 12_000).map((tier) => tier.map((p) => p.years.join('+')))).toEqual([
      ['2026', '2025'],
      ['2024+2023'],
      ['2022'],
    ]);
    expect(tiersOf(periods, 100_000)).toHaveLength(1);
    expect(tiersOf([], 12_000)).toEqual([]);
  });
});
