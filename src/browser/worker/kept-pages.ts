/**
 * What the service worker keeps for reading offline, and what it lets go: pure functions over the list
 * of kept pages, so the rules are tested without a browser (tests/unit/kept-pages.test.ts).
 *
 * A page is kept when a reader opens it (the home page and articles), with the stylesheet and the images
 * it showed. Read pages are let go oldest-opened first beyond `LIMITS.read`, or when the kept bytes pass
 * the budget; pages saved with "Simpan" go only when saved pages alone pass it, oldest-saved first, and a
 * save beyond `LIMITS.saved` is refused rather than pushing another saved page out.
 */

export interface KeptPage {
  /** the URL path, as the site links it ("/berita/slug/", or the base for the home page) */
  path: string;
  /** the page's headline (og:title), for the offline page's list */
  title: string;
  /** when the kept copy was fetched, ISO */
  fetched: string;
  /** when the reader last opened it, ISO: read pages are let go in this order */
  opened: string;
  /** when the reader saved it, ISO; absent for a page only read */
  saved?: string | undefined;
  /** the page's HTML, bytes */
  bytes: number;
  /** same-origin URLs of what the copy needs: its stylesheet, the images it showed */
  assets: string[];
}

export interface KeptIndex {
  pages: KeptPage[];
  /** bytes of each kept asset, measured once when it was stored */
  sizes: Record<string, number>;
}

export const LIMITS = {
  /** articles kept because they were read (the home page is not counted) */
  read: 30,
  /** articles saved with "Simpan" */
  saved: 100,
  /** at most this many bytes, and at most `quotaShare` of what the browser grants the site */
  bytes: 50 * 1024 * 1024,
  quotaShare: 0.1,
} as const;

export const emptyIndex = (): KeptIndex => ({ pages: [], sizes: {} });

/** The byte budget for a quota from `navigator.storage.estimate()` (undefined when the browser gives none). */
export function byteBudget(quota: number | undefined): number {
  return quota && quota > 0 ? Math.min(LIMITS.bytes, Math.floor(quota * LIMITS.quotaShare)) : LIMITS.bytes;
}

/** Bytes the pages take with their assets, each asset counted once however many pages share it. */
export function keptBytes(index: KeptIndex, pages: readonly KeptPage[] = index.pages): number {
  const assets = new Set(pages.flatMap((p) => p.assets));
  let total = pages.reduce((sum, p) => sum + p.bytes, 0);
  for (const asset of assets) total += index.sizes[asset] ?? 0;
  return total;
}

/** The index with a page opened now: added, or refreshed (its save is kept). */
export function opened(
  index: KeptIndex,
  page: Omit<KeptPage, 'opened' | 'saved'>,
  now: string,
  sizes: Record<string, number> = {},
): KeptIndex {
  const before = index.pages.find((p) => p.path === page.path);
  const entry: KeptPage = { ...page, opened: now, ...(before?.saved ? { saved: before.saved } : {}) };
  return {
    pages: [entry, ...index.pages.filter((p) => p.path !== page.path)],
    sizes: { ...index.sizes, ...sizes },
  };
}

export type SaveResult = { index: KeptIndex; saved: boolean; full: boolean };

/** Saves a kept page, or unsaves it; a save past `LIMITS.saved` is refused (`full`). */
export function setSaved(index: KeptIndex, path: string, on: boolean, now: string): SaveResult {
  const page = index.pages.find((p) => p.path === path);
  if (!page) return { index, saved: false, full: false };
  if (on && !page.saved && index.pages.filter((p) => p.saved).length >= LIMITS.saved)
    return { index, saved: false, full: true };
  const { saved: _was, ...rest } = page;
  const entry: KeptPage = on ? { ...rest, saved: page.saved ?? now } : rest;
  return { index: { ...index, pages: index.pages.map((p) => (p.path === path ? entry : p)) }, saved: on, full: false };
}

/**
 * Which pages to let go so the rest fit: `keep` in the index's order, `drop` the paths to delete, and the
 * sizes of assets no kept page needs any more left out. `home` is the home page's path: kept while
 * anything is, and not counted among the read articles.
 */
export function plan(
  index: KeptIndex,
  budget: number,
  home: string,
): { index: KeptIndex; drop: string[]; unusedAssets: string[] } {
  const byOpened = (a: KeptPage, b: KeptPage) => (a.opened < b.opened ? 1 : a.opened > b.opened ? -1 : 0);
  const homePage = index.pages.filter((p) => p.path === home);
  const saved = index.pages
    .filter((p) => p.path !== home && p.saved)
    .sort((a, b) => ((a.saved ?? '') < (b.saved ?? '') ? 1 : -1));
  const read = index.pages.filter((p) => p.path !== home && !p.saved).sort(byOpened);
  const keep = [...saved.slice(0, LIMITS.saved), ...homePage, ...read.slice(0, LIMITS.read)];
  // Over the budget: read pages go first (oldest opened), then the home page, then saved ones (oldest saved).
  const order = [...read.slice(0, LIMITS.read).reverse(), ...homePage, ...saved.slice(0, LIMITS.saved).reverse()];
  for (const page of order) {
    if (keptBytes(index, keep) <= budget) break;
    keep.splice(keep.indexOf(page), 1);
  }
  const kept = new Set(keep.map((p) => p.path));
  const pages = index.pages.filter((p) => kept.has(p.path));
  const used = new Set(pages.flatMap((p) => p.assets));
  const sizes = Object.fromEntries(Object.entries(index.sizes).filter(([url]) => used.has(url)));
  return {
    index: { pages, sizes },
    drop: index.pages.filter((p) => !kept.has(p.path)).map((p) => p.path),
    unusedAssets: Object.keys(index.sizes).filter((url) => !used.has(url)),
  };
}

/** The saved and read articles for the offline page: saved first (newest saved), then read (newest opened). */
export function listed(index: KeptIndex, home: string): KeptPage[] {
  const articles = index.pages.filter((p) => p.path !== home);
  return [
    ...articles.filter((p) => p.saved).sort((a, b) => ((a.saved ?? '') < (b.saved ?? '') ? 1 : -1)),
    ...articles.filter((p) => !p.saved).sort((a, b) => (a.opened < b.opened ? 1 : -1)),
  ];
}
