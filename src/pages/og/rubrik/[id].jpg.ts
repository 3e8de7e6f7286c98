import type { APIRoute, GetStaticPaths } from 'astro';
import { t } from '../../../i18n/id.ts';
import { renderSiteImage } from '../../../share-image/render.ts';
import { keyPaths } from '../../../site/input-values.ts';
import { getSite } from '../../../site/model.ts';

export const getStaticPaths = (async ({ routePattern }) =>
  keyPaths(
    routePattern,
    (await getSite()).sections.map((s) => ({ params: { id: s.id }, props: { name: s.data.name } })),
  )) satisfies GetStaticPaths;

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
