/**
 * One representative URL per page type of the built default content, written out: the seed article
 * (content/articles/2025/10/kim-sambut-putin-di-pyongyang.md), its section, one of its topics and one of
 * its experts. A change to those files of the default content must update these URLs.
 */
export const SEED = '/berita/kim-sambut-putin-di-pyongyang/';

/**
 * The default content's article from 2024 (content/articles/2024/08/…): more than a year old on the day
 * `npm test` builds the site as of (WARTA_BUILD_DATE=2025-11-21T08:00:00+07:00 in package.json), while
 * every other article is younger than that.
 */
export const OLD_ARTICLE = '/berita/kemarau-panjang-petani-wanareja-mundurkan-tanam/';

/**
 * The default content's live page (content/articles/2025/11/banjir-rob-…-langsung.md): live on the day
 * `npm test` builds as of (its coverage runs from 05.30 to 22.00 WIB on 21 November 2025; the build is as
 * of 08.00), with eight updates, one pinned and two key events.
 */
export const LIVE = '/berita/banjir-rob-pesisir-tanjung-karang-langsung/';

export const PAGE_TYPES: Record<string, string> = {
  home: '/',
  article: SEED,
  oldArticle: OLD_ARTICLE,
  live: LIVE,
  section: '/rubrik/internasional/',
  tag: '/topik/korea-utara/',
  expert: '/pakar/yakov-zinberg/',
  experts: '/pakar/',
  latest: '/terkini/',
  corrections: '/koreksi/',
  /** the offline page (issue 29), as the service worker shows it for a page it has not kept */
  offline: '/luring/',
  notFound: '/halaman-yang-tidak-ada/',
};

export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
} as const;
