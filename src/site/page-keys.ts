import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { copyrightYear } from '../core/dates.ts';
import { contentDigest, imageTwins } from './image-twins.ts';
import {
  type ArticleEntry,
  type ExpertEntry,
  getSite,
  importedPictures,
  type SectionEntry,
  type Site,
  type Story,
} from './model.ts';
import { articleShareImage } from './share-images.ts';

/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`, docs/performance.md): a page
 * whose key is unchanged, and whose code is unchanged (Astro hashes each route's import graph itself), is
 * taken from the previous build instead of rendered. A key must therefore cover every piece of content the
 * page shows; the keys below are built from content digests, never from a hand-picked list of fields, so
 * a field added to a template is covered without touching this file.
 *
 * Forgetting an input here is the one way to publish a stale page. The guard is the differential
 * publish fuzzer (tests/build/publish-fuzz/, decision 30): after every change of a random sequence, the
 * incremental build must give the same files as a cold build.
 */
export function cacheKey(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
}

/** A content entry as the page shows it: Astro's digest of its file covers every field. */
const entryKey = (entry: { id: string; digest?: string | number }) => `${entry.id}@${String(entry.digest)}`;

/**
 * An article's file as its page shows it: its bytes, where it is (relative pictures are found from
 * there) and every picture it imports, in the frontmatter or the body, by the picture's bytes and the
 * other files with the same bytes (image-twins.ts). Astro names a picture's files after its bytes, so a
 * picture replaced in place changes the page although the Markdown did not change.
 */
function articleEntryKey(entry: ArticleEntry, imported: ReadonlySet<string>): string {
  const file = path.resolve(entry.filePath ?? entry.id);
  const pictures = importedPictures(entry).map((src) => {
    const picture = path.resolve(path.dirname(file), src);
    return existsSync(picture) ? [src, imageTwins(picture, imported), contentDigest(picture)] : [src, 'missing'];
  });
  return cacheKey(entryKey(entry), entry.filePath ?? null, pictures);
}

const cardKeys = new WeakMap<Story, Promise<string>>();

/**
 * Everything a story's card, list item, feed item or page shows about the story itself: its file, its
 * section (the name is on every card), the bytes of its lead image, which the share image's hash
 * already covers (a replaced photo under the same file name gives new image URLs), the other images
 * with the same bytes, whose names can name the photo's files (image-twins.ts), and its age notice on
 * the build's day, so that a story crossing a year renders again although no file changed.
 */
export function storyKey(story: Story): Promise<string> {
  let key = cardKeys.get(story);
  if (!key) {
    key = Promise.all([articleShareImage(story), getSite()]).then(([share, site]) =>
      cacheKey(
        articleEntryKey(story.entry, site.images),
        entryKey(story.sectionEntry),
        share.hash,
        share.input.image ? imageTwins(share.input.image, site.images) : [],
        story.age ?? null,
      ),
    );
    cardKeys.set(story, key);
  }
  return key;
}

export const storiesKey = (stories: readonly Story[]): Promise<string[]> => Promise.all(stories.map(storyKey));

/** What the layout shows on every page: the sections in the header and footer, and the footer's year. */
export function layoutKey(site: Site): string {
  return cacheKey(site.sections.map(entryKey), copyrightYear(site.builtAt));
}

export const sectionKey = (section: SectionEntry) => entryKey(section);
export const expertKey = (expert: ExpertEntry) => entryKey(expert);

/**
 * Keys the pages of a paginated list (`paginate()`'s output): each page shows its own stories, its
 * number and the number of pages (the pagination links), plus whatever the caller adds.
 */
export async function withPageKeys<
  P extends { props: { page: { data: Story[]; currentPage: number; lastPage: number } } },
>(paths: P[], ...shared: unknown[]): Promise<(P & { cacheKey: string })[]> {
  return Promise.all(
    paths.map(async (path) => {
      const { page } = path.props;
      return { ...path, cacheKey: cacheKey(shared, page.currentPage, page.lastPage, await storiesKey(page.data)) };
    }),
  );
}
