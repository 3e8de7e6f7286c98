import type { BreadcrumbList, LiveBlogPosting, NewsArticle, Organization, Thing, WithContext } from 'schema-dts';
import { toJakartaIso } from '../core/dates.ts';
import { t } from '../i18n/id.ts';
import type { Story } from './model.ts';
import { SITE } from './site-config.ts';

/** schema.org as JSON-LD: what search engines and aggregators read about a story; schema-dts checks the types. */
export type JsonLd = WithContext<Thing>;

export interface StructuredDataUrls {
  canonical: string;
  home: string;
  logo: { url: string; width: number; height: number };
  /** the article's pictures in 16:9, 4:3 and 1:1 */
  images: string[];
  expertPage: (id: string) => string;
  /** the corrections page: the publisher's corrections policy */
  correctionsPolicy: string;
}

/**
 * A live page is a `LiveBlogPosting` (Google's live-blog markup): the coverage's start and end, and every
 * update as a `BlogPosting` with its own URL (the update's anchor), newest first as the page shows them.
 */
function liveBlog(story: Story, canonical: string): Omit<LiveBlogPosting, '@type'> | undefined {
  const live = story.live;
  if (!live) return undefined;
  return {
    coverageStartTime: toJakartaIso(live.start.date),
    ...(live.end ? { coverageEndTime: toJakartaIso(live.end.date) } : {}),
    liveBlogUpdate: live.updates
      .filter((update) => update.time !== '')
      .map((update) => ({
        '@type': 'BlogPosting',
        headline: update.title || story.data.title,
        datePublished: toJakartaIso(new Date(update.time)),
        articleBody: update.text,
        url: `${canonical}#${update.id}`,
      })),
  };
}

export function newsArticle(story: Story, urls: StructuredDataUrls): WithContext<NewsArticle | LiveBlogPosting> {
  const { data } = story;
  const publisher: Organization = {
    '@type': 'NewsMediaOrganization',
    name: SITE.publisher,
    url: urls.home,
    correctionsPolicy: urls.correctionsPolicy,
    logo: {
      '@type': 'ImageObject',
      url: urls.logo.url,
      width: String(urls.logo.width),
      height: String(urls.logo.height),
    },
  };
  const source: Organization | undefined = data.source
    ? { '@type': 'Organization', name: data.source.name, ...(data.source.url ? { url: data.source.url } : {}) }
    : undefined;
  const live = liveBlog(story, urls.canonical);
  return {
    '@context': 'https://schema.org',
    ...(live ? { '@type': 'LiveBlogPosting' as const, ...live } : { '@type': 'NewsArticle' as const }),
    headline: data.title,
    description: data.description,
    url: urls.canonical,
    mainEntityOfPage: { '@type': 'WebPage', '@id': urls.canonical },
    datePublished: toJakartaIso(data.published.date),
    dateModified: toJakartaIso((story.modified ?? data.published).date),
    ...(data.corrections.length > 0
      ? {
          correction: data.corrections.map((correction) => ({
            '@type': 'CorrectionComment',
            text: correction.text,
            datePublished: toJakartaIso(correction.date.date),
          })),
        }
      : {}),
    // The desk writes Warta's stories; a syndicated story is by its original publisher.
    author: source ?? { '@type': 'Organization', name: t.structuredData.desk, url: urls.home },
    publisher,
    image: urls.images,
    articleSection: story.sectionEntry.data.name,
    keywords: data.tags,
    inLanguage: SITE.language,
    isAccessibleForFree: true,
    ...(source ? { sourceOrganization: source } : {}),
    ...(data.source?.url ? { isBasedOn: data.source.url } : {}),
    ...(story.expertEntries.length > 0
      ? {
          mentions: story.expertEntries.map((expert) => ({
            '@type': 'Person',
            name: expert.data.name,
            jobTitle: expert.data.role,
            affiliation: { '@type': 'Organization', name: expert.data.affiliation },
            url: urls.expertPage(expert.id),
            ...(expert.data.url ? { sameAs: expert.data.url } : {}),
          })),
        }
      : {}),
  };
}

export function breadcrumbs(items: { name: string; url: string }[]): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

/** JSON for a <script> element: `<` escaped so no text can close the element early. */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
