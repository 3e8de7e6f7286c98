/**
 * What Pagefind stores about each page, besides its text: the contract between the built pages
 * (SearchFields.astro writes these attributes) and the search page (which reads them back).
 */

/** Filter names; they double as the search page's URL parameters (`/cari/?q=…&bagian=…`). */
export const FILTERS = {
  section: 'bagian',
  year: 'tahun',
  source: 'sumber',
  /** berita (article), pakar (expert page), topik (tag page) */
  kind: 'jenis',
} as const;

export const KINDS = { article: 'berita', expert: 'pakar', tag: 'topik' } as const;
export type Kind = (typeof KINDS)[keyof typeof KINDS];

/** The `sumber` of an article without a syndication source: the newsroom's own story. */
export const OWN_SOURCE = 'Warta';

export interface SearchFields {
  filters: Record<string, string>;
  meta: Record<string, string>;
  sort: Record<string, string>;
}

/** Meta keys read back on the search page. */
export const META = {
  date: 'tanggal',
  dateLabel: 'tanggal_tampil',
  section: 'bagian',
  image: 'image',
  imageAlt: 'image_alt',
  kind: 'jenis',
} as const;
