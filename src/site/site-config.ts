import { t } from '../i18n/id.ts';

/**
 * The public site's identity. Its URL is Astro's `site` (astro.config.mjs: WARTA_SITE_URL, or the
 * default), so every canonical, preview, feed and sitemap URL is absolute and built from one setting.
 */
export const SITE = {
  name: t.siteName,
  locale: 'id_ID',
  language: 'id',
  /** the newsroom as publisher in structured data */
  publisher: 'Warta',
} as const;

/** An absolute URL on the public site for a path that already carries the base (from urls.ts). */
export function absoluteUrl(path: string, site: URL | undefined): string {
  if (!site) throw new Error('astro.config.mjs must set `site` (WARTA_SITE_URL) for absolute URLs');
  return new URL(path, site).href;
}
