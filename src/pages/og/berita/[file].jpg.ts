import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { shareImageCached } from '../../../share-image/cache.ts';
import type { ShareImageListEntry } from '../../../share-image/place.ts';
import { getSite } from '../../../site/model.ts';
import { SHARE_IMAGE_CACHE, shareImageList, shareImagesDrawnOutside } from '../../../site/share-images.ts';

/** One 1200×630 share image per article, drawn once per content (see src/site/share-images.ts). */
export const getStaticPaths = (async () => {
  // `npm run build` draws them in a worker pool and links them in (see ./[list].json.ts).
  if (shareImagesDrawnOutside()) return [];
  const site = await getSite();
  return (await shareImageList(site.stories)).map((entry) => ({
    params: { file: path.basename(entry.path, '.jpg') },
    props: { entry },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { input } = (props as { entry: ShareImageListEntry }).entry;
  const { data } = await shareImageCached({ ...input, date: new Date(input.date), cacheDir: SHARE_IMAGE_CACHE });
  return new Response(new Uint8Array(data), { headers: { 'Content-Type': 'image/jpeg' } });
};
