/**
 * One representative URL per page type of the built default content. The tests read the content folder
 * to find them, so they follow the content instead of hard-coding it.
 */
export const SEED = '/berita/kim-sambut-putin-di-pyongyang/';

export const PAGE_TYPES: Record<string, string> = {
  home: '/',
  article: SEED,
  section: '/rubrik/internasional/',
  tag: '/topik/korea-utara/',
  expert: '/pakar/yakov-zinberg/',
  experts: '/pakar/',
  latest: '/terkini/',
  notFound: '/halaman-yang-tidak-ada/',
};

export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
} as const;
