import type { APIRoute, GetStaticPaths } from 'astro';
import { articleShareImage, SHARE_IMAGE_CACHE, shareImagesDrawnOutside } from '../../../lib/share-images.ts';
import { getSite } from '../../../lib/site.ts';
import { shareImageCached, type ShareImageInput, type VariantHeight } from '../../../share-image/render.ts';

/**
 * One 1200×630 share image per article, drawn once per content (see lib/share-images.ts), and for articles
 * without a lead image the same card in 16:9, 4:3 and 1:1 for structured data.
 */
export const getStaticPaths = (async () => {
  // `npm run build` draws them in a worker pool and links them in (see ./[list].json.ts).
  if (shareImagesDrawnOutside()) return [];
  const site = await getSite();
  const images = await Promise.all(site.stories.map(articleShareImage));
  return images.flatMap((image) => [
    { params: { file: image.file }, props: { input: image.input } },
    ...image.variants.map((v) => ({ params: { file: v.file }, props: { input: image.input, height: v.height } })),
  ]);
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { input, height } = props as { input: ShareImageInput; height?: VariantHeight };
  const { data } = await shareImageCached({ ...input, cacheDir: SHARE_IMAGE_CACHE }, height);
  return new Response(new Uint8Array(data), { headers: { 'Content-Type': 'image/jpeg' } });
};
