/**
 * Sitemaps as search engines read them: a urlset with lastmod, a sitemap index once the site outgrows
 * one file, and a Google News sitemap of the last 48 hours. Pure functions over absolute URLs.
 */
export interface SitemapEntry {
  loc: string;
  lastmod?: Date | undefined;
}

export interface NewsEntry {
  loc: string;
  title: string;
  published: Date;
}

/** Google reads up to 50,000 URLs a file; staying below leaves room for growth between builds. */
export const URLS_PER_SITEMAP = 45_000;
export const NEWS_WINDOW_HOURS = 48;

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const iso = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

export function urlset(entries: SitemapEntry[]): string {
  const urls = entries
    .map((e) => `<url><loc>${escapeXml(e.loc)}</loc>${e.lastmod ? `<lastmod>${iso(e.lastmod)}</lastmod>` : ''}</url>`)
    .join('\n');
  return `${XML_HEAD}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}

export function sitemapIndex(sitemaps: SitemapEntry[]): string {
  const items = sitemaps
    .map(
      (s) =>
        `<sitemap><loc>${escapeXml(s.loc)}</loc>${s.lastmod ? `<lastmod>${iso(s.lastmod)}</lastmod>` : ''}</sitemap>`,
    )
    .join('\n');
  return `${XML_HEAD}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items}\n</sitemapindex>\n`;
}

/** Splits entries into sitemap files; one file means /sitemap.xml is itself the urlset. */
export function chunkEntries(entries: SitemapEntry[], size = URLS_PER_SITEMAP): SitemapEntry[][] {
  const chunks: SitemapEntry[][] = [];
  for (let i = 0; i < entries.length; i += size) chunks.push(entries.slice(i, i + size));
  return chunks.length > 0 ? chunks : [[]];
}

export function newestDate(entries: SitemapEntry[]): Date | undefined {
  let newest: Date | undefined;
  for (const e of entries) if (e.lastmod && (!newest || e.lastmod > newest)) newest = e.lastmod;
  return newest;
}

/** Articles published within the news window before `now` (the build time). */
export function recentNews(entries: NewsEntry[], now: Date, hours = NEWS_WINDOW_HOURS): NewsEntry[] {
  const from = now.getTime() - hours * 3_600_000;
  return entries.filter((e) => e.published.getTime() >= from && e.published.getTime() <= now.getTime());
}

export function newsSitemap(entries: NewsEntry[], publication: { name: string; language: string }): string {
  const urls = entries
    .map(
      (e) =>
        `<url><loc>${escapeXml(e.loc)}</loc><news:news><news:publication><news:name>${escapeXml(publication.name)}</news:name><news:language>${publication.language}</news:language></news:publication><news:publication_date>${iso(e.published)}</news:publication_date><news:title>${escapeXml(e.title)}</news:title></news:news></url>`,
    )
    .join('\n');
  return `${XML_HEAD}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${urls}\n</urlset>\n`;
}
