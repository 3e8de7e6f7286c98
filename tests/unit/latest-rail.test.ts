import { describe, expect, it } from 'vitest';
import { LATEST_FEED_SIZE, LATEST_RAIL_SIZE, type LatestSource, latestFeed } from '../../src/site/latest-rail.ts';

const story = (id: string, iso: string, section = 'Ekonomi', title = `Judul ${id}`): LatestSource => ({
  id,
  published: new Date(iso.length === 10 ? `${iso}T00:00:00+07:00` : iso),
  data: { title, published: { iso } },
  sectionEntry: { data: { name: section } },
});

describe('latestFeed (/terkini.json)', () => {
  const stories = Array.from({ length: 9 }, (_, i) => story(`s${i}`, `2025-10-${String(20 - i).padStart(2, '0')}`));

  it('holds one story more than the rail shows, newest first as given', () => {
    expect(LATEST_FEED_SIZE).toBe(LATEST_RAIL_SIZE + 1);
    expect(latestFeed(stories).stories.map((s) => s.url)).toEqual(
      ['s0', 's1', 's2', 's3', 's4', 's5'].map((id) => `/berita/${id}/`),
    );
    expect(latestFeed(stories.slice(0, 2)).stories).toHaveLength(2);
    expect(latestFeed([]).stories).toEqual([]);
  });

  it('gives what a compact card shows, the dates already formatted in Jakarta time', () => {
    const [first] = latestFeed([story('kim', '2025-10-05T20:30:00Z', 'Internasional', 'Kim & "Putin" <b>')]).stories;
    expect(first).toEqual({
      section: 'Internasional',
      title: 'Kim & "Putin" <b>',
      url: '/berita/kim/',
      iso: '2025-10-05T20:30:00Z',
      date: '6 Okt 2025',
    });
  });

  it('is small: six stories in well under 2 KB of JSON', () => {
    const long = Array.from({ length: 9 }, (_, i) =>
      story(`artikel-dengan-slug-yang-panjang-${i}`, '2025-10-06', 'Sains & Teknologi', 'x'.repeat(110)),
    );
    expect(JSON.stringify(latestFeed(long)).length).toBeLessThan(2048);
  });
});
