import path from 'node:path';

/**
 * The content folder the site is built from: `content/` by default, any other folder through
 * WARTA_CONTENT_DIR (generated corpora for search tests and benchmarks).
 */
export function contentRoot(): string {
  return path.resolve(process.env.WARTA_CONTENT_DIR ?? 'content');
}

export const CONTENT_FOLDERS = { articles: 'articles', experts: 'experts', sections: 'sections' } as const;

/** Ids and slugs: lower-case ASCII words joined by `-`. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
