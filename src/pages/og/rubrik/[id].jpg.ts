import type { APIRoute, GetStaticPaths } from 'astro';
import { t } from '../../../i18n/id.ts';
import { renderSiteImage } from '../../../share-image/render.ts';
import { getSite } from '../../../site/model.ts';
import { cacheKey } from '../../../site/page-keys.ts';

export const getStaticPaths = (async () =>
  (await getSite()).sections.map((s) => ({
    params: { id: s.id },
    props: { name: s.data.name },
    cacheKey: cacheKey(s.data.name),
  }))) satisfies GetStaticPaths;

/** A section page's preview picture: the site's card with the section's name. */
export const GET: APIRoute = async ({ props }) =>
  new Response(
    new Uint8Array(
      await renderSiteImage({ label: (props as { name: string }).name, kicker: t.structuredData.sectionKicker }),
    ),
    {
      headers: { 'Content-Type': 'image/jpeg' },
    },
  );
