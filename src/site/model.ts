import { type CollectionEntry, getCollection, render } from 'astro:content';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildNow } from '../build/clock.ts';
import { recordingReads, recordRead, unrecorded } from '../build/recorded-reads.ts';
import { moduleGraphDigest } from '../build/source-digest.ts';
import { withArticleHtml } from '../content/article-html.ts';
import { cacheRoot } from '../content/paths.ts';
import { type ArticleDate, lastUpdate } from '../core/article-date.ts';
import { copyrightYear } from '../core/dates.ts';
import { type LiveCoverage, liveCoverage } from '../core/live.ts';
import { readingMinutes } from '../core/reading-time.ts';
import { type RelatedState, relatedLists } from '../core/related.ts';
import { slugify } from '../core/slug.ts';
import { type AgeNotice, ageNotice } from '../core/story-age.ts';
import { type BodyQuote, storedBodyFacts } from '../markdown/body-facts.ts';

export type ArticleEntry = CollectionEntry<'articles'>;
export type ExpertEntry = CollectionEntry<'experts'>;
export type SectionEntry = CollectionEntry<'sections'>;

export interface Tag {
  label: string;
  slug: string;
}

/** A published article with everything its pages and lists need, worked out once per build. */
export interface Story {
  id: string;
  entry: ArticleEntry;
  data: ArticleEntry['data'];
  sectionEntry: SectionEntry;
  /**
   * the experts it quotes, in the editor's order. Reading them is recorded (`expertsById:<id>`) for the
   * page being rendered: a story's value leaves its experts out, so that an expert's edit renders the
   * pages that show the expert, not every list that carries one of its stories.
   */
  readonly expertEntries: ExpertEntry[];
  tagList: Tag[];
  quotes: BodyQuote[];
  readingMinutes: number;
  /** for relatedFinder: ids and slugs only */
  section: string;
  tags: string[];
  experts: string[];
  published: Date;
  /** set when the story is older than the age-notice threshold on the build's day (src/core/story-age.ts) */
  age: AgeNotice | undefined;
  /** a live page: its coverage on the build's day (src/core/live.ts) */
  live: LiveCoverage | undefined;
  /** its last change for readers: `updated`, the newest correction or live update (lastUpdate) */
  modified: ArticleDate | undefined;
}

export interface ExpertQuote {
  story: Story;
  quote: BodyQuote;
}

export interface Site {
  /**
   * the build's "now" (src/build/clock.ts): the day pages are built as of. A page that reads it depends
   * on the instant and is rendered by every build; the footer's year is `year`.
   */
  builtAt: Date;
  /** the year of `builtAt` in Jakarta: the copyright line */
  year: number;
  /** published articles, newest first; drafts never get here */
  stories: Story[];
  sections: SectionEntry[];
  storiesBySection: Map<string, Story[]>;
  tags: Map<string, { tag: Tag; stories: Story[] }>;
  experts: ExpertEntry[];
  expertsById: Map<string, ExpertEntry>;
  quotesByExpert: Map<string, ExpertQuote[]>;
  storiesByExpert: Map<string, Story[]>;
  /** "Rekomendasi" of every story (relatedLists) */
  related: Map<string, Story[]>;
  /** every picture an article imports, drafts too (absolute paths): what image twins are among */
  images: ReadonlySet<string>;
}

/**
 * Alphabetical by printed name, then by id: two experts (or sections) may share a name, and the order
 * Astro's store gives them depends on the order their files were first seen, so a cold build and an
 * incremental one would list them differently.
 */
const byName = (a: ExpertEntry | SectionEntry, b: ExpertEntry | SectionEntry) =>
  a.data.name.localeCompare(b.data.name, 'id') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

async function buildSite(): Promise<Site> {
  const [allArticles, expertList, sectionList] = await Promise.all([
    getCollection('articles'),
    getCollection('experts'),
    getCollection('sections'),
  ]);
  const articles = allArticles.filter(({ data }) => !data.draft);
  const sections = new Map(sectionList.map((s) => [s.id, s]));
  const experts = new Map(expertList.map((e) => [e.id, e]));

  const now = buildNow();
  const stories = articles
    .map((entry): Story => {
      const facts = storedBodyFacts(entry.rendered?.metadata?.frontmatter);
      if (!facts)
        throw new Error(
          `${entry.filePath}: rendered without Warta's Markdown pipeline (no body facts): check markdown.processor in astro.config.mjs`,
        );
      const { quotes, wordCount } = facts;
      const live = entry.data.live ? liveCoverage(entry.data.live, facts.updates ?? [], now) : undefined;
      const tagList = entry.data.tags.map((label) => ({ label, slug: slugify(label) }));
      const expertEntries = entry.data.experts.map((id) => experts.get(id)!);
      return {
        id: entry.id,
        entry,
        data: entry.data,
        // The validator has checked every reference before the build started.
        sectionEntry: sections.get(entry.data.section)!,
        get expertEntries() {
          for (const id of entry.data.experts) recordRead(`expertsById:${id}`);
          return expertEntries;
        },
        tagList,
        quotes,
        readingMinutes: readingMinutes(wordCount),
        section: entry.data.section,
        tags: tagList.map((t) => t.slug),
        experts: entry.data.experts,
        published: entry.data.published.date,
        age: ageNotice(entry.data.published.date, now),
        live,
        modified: lastUpdate(entry.data.updated, entry.data.corrections, live?.latest),
      };
    })
    .sort((a, b) => b.published.getTime() - a.published.getTime() || a.id.localeCompare(b.id));

  const storiesBySection = new Map<string, Story[]>();
  const tags = new Map<string, { tag: Tag; stories: Story[] }>();
  const quotesByExpert = new Map<string, ExpertQuote[]>();
  const storiesByExpert = new Map<string, Story[]>();
  for (const story of stories) {
    push(storiesBySection, story.section, story);
    for (const tag of story.tagList) {
      const group = tags.get(tag.slug) ?? { tag, stories: [] };
      if (!group.stories.includes(story)) group.stories.push(story);
      tags.set(tag.slug, group);
    }
    for (const expert of story.experts) push(storiesByExpert, expert, story);
    for (const quote of story.quotes) push(quotesByExpert, quote.expert, { story, quote });
  }

  return {
    builtAt: now,
    year: copyrightYear(now),
    images: importedImages(allArticles),
    stories,
    related: cachedRelatedLists(stories),
    sections: [...sectionList].sort(byName),
    storiesBySection,
    tags,
    experts: [...expertList].sort(byName),
    expertsById: experts,
    quotesByExpert,
    storiesByExpert,
  };
}

/**
 * The pictures Astro's store imports for the articles (lead and body, drafts too: the store holds every
 * entry), resolved from each article's file.
 */
function importedImages(entries: readonly ArticleEntry[]): Set<string> {
  return new Set(entries.flatMap((entry) => importedPictures(entry).map(({ file }) => file)));
}

/**
 * The pictures an article imports, lead and body: `src` as written, `file` resolved from the article's
 * file. Astro's store keeps them on every entry (DataEntry.assetImports); its public type leaves them out.
 */
export function importedPictures(entry: ArticleEntry): { src: string; file: string }[] {
  const dir = path.dirname(path.resolve(entry.filePath ?? entry.id));
  return ((entry as ArticleEntry & { assetImports?: string[] }).assetImports ?? []).map((src) => ({
    src,
    file: path.resolve(dir, src),
  }));
}

let site: Promise<Site> | undefined;
let recorded: Promise<Site> | undefined;

/** The site's model without recording: what the keys of pages are computed from (input-values.ts). */
export function getUnrecordedSite(): Promise<Site> {
  // Built outside any page's recording: the first page to ask must not be charged with every read.
  return (site ??= unrecorded(buildSite));
}

/**
 * The whole site's model; computed once per build and shared by every page. Each property a page reads,
 * and each map entry by its key, is recorded for it (src/build/recorded-reads.ts).
 */
export function getSite(): Promise<Site> {
  return (recorded ??= getUnrecordedSite().then(recordingReads));
}

/**
 * Related lists are kept between builds with what they were computed from (relatedLists recomputes only
 * those a change can reach), keyed by the code that computes them.
 */
function cachedRelatedLists(stories: Story[]): Map<string, Story[]> {
  const file = path.join(cacheRoot(), 'related.json');
  const code = moduleGraphDigest(['src/core/related.ts']);
  let previous: RelatedState | undefined;
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { code: string; state: RelatedState };
    if (stored.code === code) previous = stored.state;
  } catch {
    // none yet, or unreadable: every list is computed
  }
  const { lists, state } = relatedLists(stories, previous);
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify({ code, state }));
  renameSync(temporary, file);
  return lists;
}

export function relatedStories(site: Site, story: Story): Story[] {
  return site.related.get(story.id) ?? [];
}

export function latestStories(site: Site, exclude?: Story, limit = 5): Story[] {
  // the newest limit + 1 are enough: at most one of them is excluded
  return site.stories
    .slice(0, limit + 1)
    .filter((s) => s !== exclude)
    .slice(0, limit);
}

/** The first attributed quote of an expert in a story: where the sidebar's "Lihat kutipan" jumps to. */
export function firstQuote(story: Story, expertId: string): BodyQuote | undefined {
  return story.quotes.find((q) => q.expert === expertId);
}

/**
 * A story's rendered body, as the component pages place. Where bodies are kept (beside Astro's content
 * store, not in it: src/content/article-html.ts) is the model's business, not the page's.
 */
export async function storyBody(story: Story) {
  return (await render(withArticleHtml(story.entry))).Content;
}
