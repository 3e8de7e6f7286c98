/**
 * Queries of several words over archive + delta (src/search/delta.ts, `planQuery`): Pagefind leaves out
 * of a query the words its bundle does not know, so without care the archive answers "ralat lembaga" as
 * "lembaga" when only the delta knows "ralat", and the delta answers as if an archive-only word were not
 * there. A tiny site is indexed (archive), one page is edited (delta), and searches are compared with a
 * cold build of the same pages (one bundle of them all: Pagefind's own answer): the same pages and the
 * same filter counts.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateSearchIndex } from '../../src/build/search-index.ts';
import { forgetSite, loadBundle, searchSite } from '../support/pagefind-node.ts';
import { articlePage, writePage } from '../support/search-pages.ts';

let tmp: string;
let site: string;
let cold: string;
let cache: string;

const SECTIONS = ['Ekonomi', 'Daerah', 'Pendidikan'];

/** Twelve stories about "lembaga"; story 3 alone has "kambing", story 7 alone "usang". */
function body(i: number, edited: boolean): string {
  const words = ['lembaga', 'pemerintah', 'warga', i % 2 ? 'pasar' : 'sekolah', 'kota'];
  if (i === 3) words.push('kambing');
  if (i === 7) words.push(edited ? 'Ralat: nama lembaga diperbaiki.' : 'usang');
  return words.join(' ');
}

function writeSite(edited: boolean): void {
  for (let i = 0; i < 12; i++) {
    writePage(
      site,
      `berita/kabar-${i}/index.html`,
      articlePage({
        title: `Kabar nomor ${i}`,
        body: body(i, edited),
        section: SECTIONS[i % 3]!,
        date: `2025-03-${String(10 + i)}T08:00:00.000Z`,
      }),
    );
  }
}

const nonZero = (filters: Record<string, Record<string, number>>) =>
  Object.fromEntries(
    Object.entries(filters).map(([key, counts]) => [
      key,
      Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0)),
    ]),
  );

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'warta-delta-words-'));
  site = path.join(tmp, 'site');
  cold = path.join(tmp, 'cold');
  cache = path.join(tmp, 'cache');
  writeSite(false);
  await updateSearchIndex({ site, cacheDir: cache, shadowPages: 0, maxDeltaShare: 1 });
  writeSite(true);
  const report = await updateSearchIndex({ site, cacheDir: cache, shadowPages: 0, maxDeltaShare: 1 });
  // One period: the site is one bundle (articles and other pages), at pagefind/ itself.
  expect(report.bundles.site).toMatchObject({ archive: 'kept', deltaPages: 1, superseded: 1 });
  cpSync(site, cold, { recursive: true });
  await updateSearchIndex({ site: cold, cacheDir: path.join(tmp, 'cold-cache') });
  forgetSite(site);
  forgetSite(cold);
}, 60_000);

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('a query of several words over archive and delta', { timeout: 60_000 }, () => {
  const cases: [string, string, number][] = [
    ['a word only the delta has', 'Ralat lembaga', 1],
    ['a word only the archive has', 'kambing lembaga', 1],
    ['one word of each', 'ralat kambing', 0],
    ['a word only a superseded page had (left out, as by one bundle)', 'usang lembaga', 12],
    ['a word no page has (left out)', 'lembaga zzzxq', 12],
    ['words both bundles have', 'lembaga pasar', 6],
  ];
  for (const [what, query, count] of cases) {
    it(`${what}: "${query}" finds what one bundle finds`, async () => {
      for (const sort of ['relevan', 'terbaru'] as const) {
        const mine = (await searchSite(site, query, { sort })).map((r) => r.url);
        const reference = (await searchSite(cold, query, { sort })).map((r) => r.url);
        expect(reference, 'the case is what it says').toHaveLength(count);
        if (sort === 'terbaru') expect(mine, `${query} by date`).toEqual(reference);
        else expect(mine.sort(), query).toEqual(reference.sort());
      }
      for (const filters of [{}, { bagian: 'Daerah' }]) {
        const [mine, reference] = await Promise.all([loadBundle(site, '2025'), loadBundle(cold, '2025')]);
        const a = await mine.search(query, { filters });
        const b = await reference.search(query, { filters });
        expect(a?.results.length, `${query} ${JSON.stringify(filters)}`).toBe(b?.results.length);
        expect(nonZero(a!.filters), `${query} ${JSON.stringify(filters)} counts`).toEqual(nonZero(b!.filters));
      }
    });
  }
});
