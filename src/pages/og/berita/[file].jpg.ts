import type { APIRoute, GetStaticPaths } from 'astro';
import { articleShareImage, SHARE_IMAGE_CACHE } from '../../../lib/share-images.ts';
import { getSite } from '../../../lib/site.ts';
import { renderShareImageCached, type ShareImageInput } from '../../../share-image/render.ts';

/** One 1200×630 share image per article, drawn once per content (see lib/share-images.ts). */
export const getStaticPaths = (async () => {
  const site = await getSite();
  return Promise.all(
    site.stories.map(async (story) => {
      const image = await articleShareImage(story);
      return { params: { file: image.file }, props: { input: image.input } };
    }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { data } = await renderShareImageCached({ ...(props as { input: ShareImageInput }).input, cacheDir: SHARE_IMAGE_CACHE });
  return new Response(new Uint8Array(data), { headers: { 'Content-Type': 'image/jpeg' } });
};
