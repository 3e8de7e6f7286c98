import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildNow } from '../build/clock.ts';
import { cacheRoot } from '../content/paths.ts';
import { frontmatterOf } from '../content/yaml.ts';
import { shareImageHash } from '../share-image/cache.ts';
import { articleCardInput, HEIGHT, type ShareImageInput, WIDTH } from '../share-image/inputs.ts';
import type { ShareImageListEntry } from '../share-image/place.ts';
import type { Story } from './model.ts';
import { href } from './urls.ts';

/**
 * Share images of articles are cached across builds by content (see cacheRoot: it survives on a build
 * machine; a fresh clone renders them all once). Their URL carries the content hash, so a changed
 * headline is a new URL and link-preview caches (WhatsApp keeps one per URL) pick it up.
 */
export const SHARE_IMAGE_CACHE = path.join(cacheRoot(), 'share-images');
export const SHARE_IMAGE_SIZE = { width: WIDTH, height: HEIGHT } as const;

export interface ArticleShareImage {
  /** the card's URL path, under the base */
  path: string;
  /** the last part of that path, without .jpg */
  file: string;
  /** the content hash (the cache's file name; its first 12 digits are in the URL) */
  hash: string;
  input: ShareImageInput;
}

/** The lead image's `src` as the frontmatter writes it (the collection holds Astro's processed image). */
function leadImageSrc(story: Story): string | undefined {
  const filePath = story.entry.filePath;
  if (!story.data.image || !filePath) return undefined;
  const raw = frontmatterOf(readFileSync(path.resolve(filePath), 'utf8')).image as { src?: unknown } | undefined;
  return typeof raw?.src === 'string' ? raw.src : undefined;
}

const cache = new Map<string, Promise<ArticleShareImage>>();

export function articleShareImage(story: Story): Promise<ArticleShareImage> {
  let found = cache.get(story.id);
  if (!found) {
    const input = articleCardInput(
      {
        file: path.resolve(story.entry.filePath ?? ''),
        title: story.data.title,
        sectionName: story.sectionEntry.data.name,
        published: story.published,
        imageSrc: leadImageSrc(story),
        live: story.data.live ? { end: story.data.live.end?.date } : undefined,
      },
      buildNow(),
    );
    found = shareImageHash(input).then((hash) => {
      const file = `${story.id}-${hash.slice(0, 12)}`;
      return { path: href(`og/berita/${file}.jpg`), file, hash, input };
    });
    cache.set(story.id, found);
  }
  return found;
}

/**
 * True in `npm run build` (scripts/build.ts): a pool of worker threads draws the article share images
 * beside `astro build`, and the build links them into the output from the cache afterwards, so Astro's
 * single thread neither draws nor copies them. Plain `astro build` and `astro dev` draw them as endpoints.
 */
export const shareImagesDrawnOutside = () => process.env.WARTA_SHARE_IMAGES === 'pool';

/** Every article share image the pages link to: the endpoints' paths, and a pooled build's list to place. */
export async function shareImageList(stories: Story[]): Promise<ShareImageListEntry[]> {
  const images = await Promise.all(stories.map(articleShareImage));
  return images.map((image) => ({
    path: `og/berita/${image.file}.jpg`,
    cacheFile: `${image.hash}.jpg`,
    input: { ...image.input, date: image.input.date.toISOString() },
  }));
}

export const siteImagePath = () => href('og/situs.jpg');
export const sectionImagePath = (id: string) => href(`og/rubrik/${id}.jpg`);
export const logoPath = () => href('logo.png');
export const LOGO_SIZE = { width: 600, height: 160 } as const;
