import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { type InputValues, keyPaths as keyPathsBy } from '../build/recorded-reads.ts';
import { cacheRoot } from '../content/paths.ts';
import { contentDigest, imageTwins } from './image-twins.ts';
import { type ArticleEntry, getUnrecordedSite, importedPictures, type Site, type Story } from './model.ts';
import { articleShareImage } from './share-images.ts';

/**
 * The values of what pages read (src/build/recorded-reads.ts): what a page that read a story, an entry or a list
 * of the site model would show differently if it changed. Values are deep: a story stands for its file,
 * its pictures, its share card, its age notice and its section, and a list stands for the
 * values of what is in it. Nothing here names a field: a field added to a template is covered by the
 * entry's digest, which Astro computes over the whole file.
 *
 * Forgetting an input here is the one way to publish a stale page. The guard is the differential publish
 * fuzzer (tests/build/publish-fuzz/, decision 30): after every change of a random sequence, the
 * incremental build must give the same files as a cold build.
 */

const hash = (text: string) => createHash('sha256').update(text).digest('base64url');

interface Entry {
  id: string;
  collection: string;
  digest?: string | number;
  filePath?: string;
}

const isEntry = (value: object): value is Entry =>
  typeof (value as Entry).collection === 'string' && typeof (value as Entry).id === 'string' && 'data' in value;

/**
 * An article's file as its page shows it: its bytes, where it is (relative pictures are found from
 * there) and every picture it imports, in the frontmatter or the body, by the picture's bytes and the
 * other files with the same bytes (image-twins.ts). Astro names a picture's files after its bytes, so a
 * picture replaced in place changes the page although the Markdown did not change.
 */
function articleValue(entry: ArticleEntry, imported: ReadonlySet<string>): unknown {
  const pictures = importedPictures(entry).map(({ src, file }) =>
    existsSync(file) ? [src, imageTwins(file, imported), contentDigest(file)] : [src, 'missing'],
  );
  return [entry.id, String(entry.digest), entry.filePath ?? null, pictures];
}

/** Any other entry (a section, an expert): Astro's digest of its file covers every field. */
const entryValue = (entry: Entry) => `${entry.collection}:${entry.id}@${String(entry.digest)}`;

/**
 * Everything the site can show about a story: its file, its share card (whose hash covers the lead
 * image's bytes), the other pictures with the lead image's bytes, its age notice and its live state on the
 * build's day (a story crossing a year or a coverage's end renders again although no file changed) and its
 * section. Not its experts: a page
 * that shows them records reading them (`Story.expertEntries`).
 */
async function storyValue(story: Story, site: Site): Promise<string> {
  const share = await articleShareImage(story);
  return hash(
    JSON.stringify([
      articleValue(story.entry, site.images),
      share.hash,
      share.input.image ? imageTwins(share.input.image, site.images) : [],
      story.age ?? null,
      // A live page ends on the build's clock: the day `live.end` passes, its page renders again.
      story.live?.ongoing ?? null,
      entryValue(story.sectionEntry),
    ]),
  );
}

/** A JSON-able stand-in for a value of the site model, with stories and entries by their values. */
function identity(value: unknown, stories: ReadonlyMap<Story, string>, site: Site, depth = 0): unknown {
  if (depth > 32) throw new Error('input-values: a value nested deeper than the site model goes (a cycle?)');
  if (value === undefined) return { undefined: true };
  if (typeof value === 'function') return { function: value.name };
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return { date: value.toISOString() };
  const story = stories.get(value as Story);
  if (story !== undefined) return { story: (value as Story).id, value: story };
  if (isEntry(value))
    return value.collection === 'articles'
      ? { article: articleValue(value as ArticleEntry, site.images) }
      : { entry: entryValue(value) };
  const inner = (item: unknown) => identity(item, stories, site, depth + 1);
  if (Array.isArray(value)) return value.map(inner);
  if (value instanceof Map) return { map: [...value].map(([key, item]) => [inner(key), inner(item)]) };
  if (value instanceof Set) return { set: [...value].map(inner) };
  if (value instanceof URL) return { url: value.href };
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, inner((value as Record<string, unknown>)[key])]),
  );
}

async function siteValues(site: Site): Promise<InputValues> {
  const stories = new Map(await Promise.all(site.stories.map(async (s) => [s, await storyValue(s, site)] as const)));
  const digest = (value: unknown) => hash(JSON.stringify(identity(value, stories, site)));
  const inputs = new Map<string, string>();
  return {
    digest,
    input(name) {
      let value = inputs.get(name);
      if (value === undefined) {
        const colon = name.indexOf(':');
        const property = (colon < 0 ? name : name.slice(0, colon)) as keyof Site;
        const read = site[property] as unknown;
        value = digest(colon < 0 ? read : read instanceof Map ? read.get(name.slice(colon + 1)) : undefined);
        inputs.set(name, value);
      }
      return value;
    },
  };
}

let values: Promise<InputValues> | undefined;

/** The current build's input values, worked out once. */
export const siteInputValues = (): Promise<InputValues> => (values ??= getUnrecordedSite().then(siteValues));

/**
 * Keys the paths of a route by what their pages read last time (src/build/recorded-reads.ts); every page route
 * that Astro may take from the last build returns its paths through this.
 */
export async function keyPaths<P extends { params: Record<string, string | number | undefined>; props?: unknown }>(
  routePattern: string,
  paths: P[] | Promise<P[]>,
): Promise<(P & { cacheKey: string })[]> {
  return keyPathsBy(routePattern, await paths, await siteInputValues(), path.join(cacheRoot(), 'astro'));
}
