import path from 'node:path';

/**
 * The content folder the site is built from: `content/` by default, any other folder through
 * WARTA_CONTENT_DIR (generated corpora for search tests and benchmarks).
 */
export function contentRoot(): string {
  return path.resolve(process.env.WARTA_CONTENT_DIR ?? 'content');
}

/**
 * Where builds keep what they can reuse (Astro's content store, share images): `node_modules/.cache/warta`
 * by default, which build machines usually keep between runs; WARTA_CACHE_DIR moves it (benchmarks empty
 * their own for cold builds).
 */
export function cacheRoot(): string {
  return path.resolve(process.env.WARTA_CACHE_DIR ?? 'node_modules/.cache/warta');
}

export const CONTENT_FOLDERS = { articles: 'articles', experts: 'experts', sections: 'sections' } as const;

/** Ids and slugs: lower-case ASCII words joined by `-`. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
