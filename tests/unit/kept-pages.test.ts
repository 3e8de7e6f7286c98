/** What the service worker keeps for reading offline, and what it lets go (src/browser/worker/kept-pages.ts). */
import { describe, expect, it } from 'vitest';
import {
  byteBudget,
  emptyIndex,
  type KeptIndex,
  keptBytes,
  LIMITS,
  listed,
  opened,
  plan,
  setSaved,
} from '../../src/browser/worker/kept-pages.ts';

const HOME = '/';
const CSS = '/_astro/BaseLayout.abc.css';
/** An ISO time `n` minutes after a fixed start: opening order. */
const at = (n: number) => new Date(Date.UTC(2025, 10, 21, 1, n)).toISOString();
const article = (n: number, bytes = 1000, assets = [CSS]) => ({
  path: `/berita/cerita-${n}/`,
  title: `Cerita ${n}`,
  fetched: at(n),
  bytes,
  assets,
});

/** Opens articles 1…count in order (plus the home page first), the stylesheet 10,000 bytes. */
function reading(count: number, bytes = 1000): KeptIndex {
  let index = opened(emptyIndex(), { ...article(0), path: HOME, title: 'Warta' }, at(0), { [CSS]: 10_000 });
  for (let n = 1; n <= count; n++) index = opened(index, article(n, bytes), at(n));
  return index;
}

const paths = (index: KeptIndex) => index.pages.map((p) => p.path).sort();

describe('kept pages', () => {
  it('counts an asset once however many pages need it', () => {
    const index = reading(3);
    expect(keptBytes(index)).toBe(4 * 1000 + 10_000);
  });

  it('keeps the home page and the last 30 articles opened, letting the oldest go', () => {
    const { index, drop } = plan(reading(LIMITS.read + 5), Number.POSITIVE_INFINITY, HOME);
    expect(index.pages).toHaveLength(LIMITS.read + 1);
    expect(drop.sort()).toEqual([1, 2, 3, 4, 5].map((n) => `/berita/cerita-${n}/`).sort());
    expect(index.pages.some((p) => p.path === HOME)).toBe(true);
  });

  it('opening a page again makes it the newest, and keeps its save', () => {
    let index = reading(LIMITS.read);
    index = setSaved(index, '/berita/cerita-1/', true, at(100)).index;
    index = opened(index, article(2), at(101));
    index = opened(index, article(LIMITS.read + 1), at(102));
    index = opened(index, article(LIMITS.read + 2), at(103));
    const { drop, index: kept } = plan(index, Number.POSITIVE_INFINITY, HOME);
    // 31 read articles (a saved one is not counted): the oldest opened (3) goes, as 2 was opened again.
    expect(drop).toEqual(['/berita/cerita-3/']);
    expect(kept.pages.find((p) => p.path === '/berita/cerita-1/')?.saved).toBe(at(100));
  });

  it('over the byte budget lets read pages go oldest first, then the home page, then saved ones', () => {
    let index = reading(5, 1000);
    index = setSaved(index, '/berita/cerita-1/', true, at(50)).index;
    // 6 pages of 1000 bytes and the stylesheet: 16,000. A budget of 13,500 keeps 3 pages.
    const tight = plan(index, 13_500, HOME);
    expect(paths(tight.index)).toEqual([HOME, '/berita/cerita-1/', '/berita/cerita-5/']);
    const tighter = plan(index, 11_000, HOME);
    expect(paths(tighter.index)).toEqual(['/berita/cerita-1/']);
    const none = plan(index, 100, HOME);
    expect(none.index.pages).toEqual([]);
    expect(none.unusedAssets).toEqual([CSS]);
    expect(none.index.sizes).toEqual({});
  });

  it('refuses a save past the limit instead of letting another saved page go', () => {
    let index = reading(LIMITS.saved + 1, 10);
    for (let n = 1; n <= LIMITS.saved; n++) index = setSaved(index, `/berita/cerita-${n}/`, true, at(200 + n)).index;
    const refused = setSaved(index, `/berita/cerita-${LIMITS.saved + 1}/`, true, at(999));
    expect(refused).toMatchObject({ saved: false, full: true });
    const unsaved = setSaved(index, '/berita/cerita-1/', false, at(999));
    expect(unsaved.saved).toBe(false);
    expect(unsaved.index.pages.find((p) => p.path === '/berita/cerita-1/')).not.toHaveProperty('saved');
    expect(setSaved(unsaved.index, `/berita/cerita-${LIMITS.saved + 1}/`, true, at(999)).saved).toBe(true);
  });

  it('lets go of the sizes of assets no kept page needs', () => {
    let index = reading(1);
    index = opened(index, article(2, 1000, ['/_astro/foto.jpg']), at(2), { '/_astro/foto.jpg': 50_000 });
    const { unusedAssets } = plan(index, 15_000, HOME);
    expect(unusedAssets).toEqual(['/_astro/foto.jpg']);
  });

  it('lists saved articles first (newest saved), then read ones (newest opened), never the home page', () => {
    let index = reading(4);
    index = setSaved(index, '/berita/cerita-1/', true, at(10)).index;
    index = setSaved(index, '/berita/cerita-3/', true, at(11)).index;
    expect(listed(index, HOME).map((p) => p.path)).toEqual([
      '/berita/cerita-3/',
      '/berita/cerita-1/',
      '/berita/cerita-4/',
      '/berita/cerita-2/',
    ]);
  });

  it('takes at most a tenth of the quota the browser grants, and never more than 50 MB', () => {
    expect(byteBudget(undefined)).toBe(LIMITS.bytes);
    expect(byteBudget(100 * 1024 * 1024)).toBe(10 * 1024 * 1024);
    expect(byteBudget(10 * 1024 * 1024 * 1024)).toBe(LIMITS.bytes);
  });
});
