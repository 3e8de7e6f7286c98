import { getImage } from 'astro:assets';
import type { Story } from './model.ts';

export interface SizedImage {
  /** path under the site's base, as getImage returns it */
  src: string;
  width: number;
  height: number;
}

/** Crops of the lead image that structured data asks for (Google: 16:9, 4:3 and 1:1, large). */
export const CROPS = [
  { width: 1200, height: 675 },
  { width: 1200, height: 900 },
  { width: 1200, height: 1200 },
] as const;

const cache = new Map<string, Promise<SizedImage[]>>();

/** The lead image in the three crops, or none when the article has no lead image. */
export function leadImageCrops(story: Story): Promise<SizedImage[]> {
  const image = story.data.image;
  if (!image) return Promise.resolve([]);
  let crops = cache.get(story.id);
  if (!crops) {
    crops = Promise.all(
      CROPS.map(async (size) => {
        const result = await getImage({ src: image.src, ...size, fit: 'cover', format: 'jpg', quality: 80 });
        // Astro may not enlarge a small original: report what was actually made.
        return {
          src: result.src,
          width: Number(result.attributes.width ?? size.width),
          height: Number(result.attributes.height ?? size.height),
        };
      }),
    );
    cache.set(story.id, crops);
  }
  return crops;
}
