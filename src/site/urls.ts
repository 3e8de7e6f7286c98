/**
 * Every internal URL of the site, in one place (docs/urls.md lists them). Article URLs hold only the slug,
 * so a new headline or a move to another section never breaks a shared link.
 */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** A path under the site's base (`/warta/` when deployed under a sub-path). */
export function href(path = ''): string {
  return base + path.replace(/^\//, '');
}

const paged = (path: string, page = 1) => href(page > 1 ? `${path}${page}/` : path);

export const urls = {
  home: () => href(),
  article: (slug: string) => href(`berita/${slug}/`),
  /** a live page's newest updates as JSON, polled by the open page (src/site/live-feed.ts) */
  liveFeed: (slug: string) => href(`berita/${slug}/pembaruan.json`),
  /** one update of a live page */
  liveUpdate: (slug: string, id: string) => `${href(`berita/${slug}/`)}#${id}`,
  section: (id: string, page = 1) => paged(`rubrik/${id}/`, page),
  tag: (slug: string, page = 1) => paged(`topik/${slug}/`, page),
  expert: (id: string) => href(`pakar/${id}/`),
  experts: () => href('pakar/'),
  latest: (page = 1) => paged('terkini/', page),
  /** the newest stories as JSON, for the article pages' "Berita Terkini" rail */
  latestFeed: () => href('terkini.json'),
  corrections: (page = 1) => paged('koreksi/', page),
  correctionsFeed: () => href('koreksi/rss.xml'),
  /** an article's corrections (CorrectionNotice) */
  articleCorrections: (slug: string) => `${href(`berita/${slug}/`)}#koreksi`,
  search: () => href('cari/'),
  feed: () => href('rss.xml'),
  sectionFeed: (id: string) => href(`rubrik/${id}/rss.xml`),
  pagefind: () => href('pagefind/'),
  /** the page the service worker shows for a page it has not kept, when the network fails (docs/offline.md) */
  offline: () => href('luring/'),
  icon: (name: string) => href(`ikon/${name}.png`),
  quote: (slug: string, anchor: string) => `${href(`berita/${slug}/`)}#${anchor}`,
};
