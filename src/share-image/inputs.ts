/**
 * What share images are drawn from, and the texts an article's card sets: shared by the renderer, the
 * site (src/site/share-images.ts), the build's pool (scripts/share-images.ts) and the content check,
 * which asks whether a headline is drawable without loading the renderer (no Takumi, no sharp).
 */
import path from 'node:path';
import { formatLongDate } from '../core/dates.ts';
import { ageNotice } from '../core/story-age.ts';
import { typesetPlain } from '../core/typography.ts';
import { t } from '../i18n/id.ts';
import { family, SANS, SERIF } from './fonts.ts';
import { prepareCard, type TextSpec } from './glyphs.ts';

export const WIDTH = 1200;
export const HEIGHT = 630;
export const ELLIPSIS = '…';

export interface ShareImageInput {
  /** the headline; up to about 200 characters fit, longer ones end in an ellipsis */
  title: string;
  /** the section's display name, e.g. "Ekonomi" */
  section: string;
  /** the publication instant; shown as its day in Jakarta, e.g. "Senin, 6 Oktober 2025" */
  date: Date;
  /** path of the lead image (PNG, JPEG or WebP), if the article has one */
  image?: string | undefined;
  /** the publication year, set only for an article older than the age-notice threshold: drawn large */
  archiveYear?: number | undefined;
  /** set while the article's live coverage runs on the build's day: a red "LANGSUNG" badge */
  live?: true | undefined;
}

/** A card input as it crosses to a worker thread or a file: the date as an ISO string. */
export type SentShareImageInput = Omit<ShareImageInput, 'date'> & { date: string };

export interface SiteImageInput {
  /** a page's name, e.g. a section "Ekonomi", a tag or an expert; without it, the site's own card */
  label?: string | undefined;
  /** a small word above the label, e.g. "Rubrik", "Topik", "Pakar" */
  kicker?: string | undefined;
}

/** An article's own fields, as the site model and the raw frontmatter both have them. */
export interface ArticleCardFields {
  /** the article's Markdown file: a lead image's path is relative to it */
  file: string;
  title: string;
  sectionName: string;
  published: Date;
  /** `image.src` as the frontmatter writes it */
  imageSrc?: string | undefined;
  /** a live page's coverage: its `live.end`, when set */
  live?: { end: Date | undefined } | undefined;
}

/**
 * The one derivation of an article card's input. The site links the card by the hash of this input and
 * the pool draws it ahead of the site; if the two computed it apart, a difference would make the pool
 * draw cards nobody links to and the build draw the linked ones again, one by one. `now` is the build's
 * clock (src/build/clock.ts): an article older than the age-notice threshold gets its year on the card.
 */
export function articleCardInput(article: ArticleCardFields, now: Date): ShareImageInput {
  return {
    // The pool passes the frontmatter's text, the site the schema's (already set): the same either way.
    title: typesetPlain(article.title.trim()),
    section: article.sectionName.trim(),
    date: article.published,
    image: article.imageSrc === undefined ? undefined : path.resolve(path.dirname(article.file), article.imageSrc),
    archiveYear: ageNotice(article.published, now)?.year,
    // The same rule as the page's (src/core/live.ts): the card of an ended coverage loses its badge.
    live: article.live && (!article.live.end || article.live.end > now) ? true : undefined,
  };
}

/** The texts of an article's card, in the fonts that set them. */
export function articleTexts(input: ShareImageInput): TextSpec[] {
  const serif = family(SERIF);
  const sans = family(SANS);
  return [
    { field: 'title', text: input.title, family: serif, weight: 700, extra: ELLIPSIS },
    { field: 'section', text: input.section.toLocaleUpperCase('id'), family: sans, weight: 700 },
    { field: 'date', text: formatLongDate(input.date), family: sans, weight: 400 },
    { field: 'brand', text: t.siteName, family: serif, weight: 700 },
    ...(input.live
      ? [{ field: 'live', text: t.live.mark.toLocaleUpperCase('id'), family: sans, weight: 700 } satisfies TextSpec]
      : []),
    ...(input.archiveYear === undefined
      ? []
      : [{ field: 'year', text: String(input.archiveYear), family: sans, weight: 700 } satisfies TextSpec]),
  ];
}

/**
 * Checks, without drawing, that an article's card can show its headline and section: throws
 * ShareImageError naming the first character nothing bundled can draw. The content validator calls it so
 * that the build stops before any page is written.
 */
export function assertDrawable(input: Pick<ShareImageInput, 'title' | 'section'>): void {
  prepareCard(articleTexts({ ...input, date: new Date(0) }));
}
