import type { APIRoute, GetStaticPaths } from 'astro';
import { SHARE_IMAGE_LIST } from '../../../share-image/place.ts';
import { getSite } from '../../../site/model.ts';
import { shareImageList, shareImagesDrawnOutside } from '../../../site/share-images.ts';

/**
 * In a pooled build (`npm run build`), the list of every article share image the pages link to, with the
 * inputs to draw each: scripts/build.ts links them in from the cache, draws any the pool missed, and
 * removes this file before the site is published. Nothing in other builds.
 */
export const getStaticPaths = (() =>
  shareImagesDrawnOutside()
    ? [{ params: { list: SHARE_IMAGE_LIST.slice(SHARE_IMAGE_LIST.lastIndexOf('/') + 1, -'.json'.length) } }]
    : []) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const site = await getSite();
  return new Response(JSON.stringify(await shareImageList(site.stories)), {
    headers: { 'Content-Type': 'application/json' },
  });
};
