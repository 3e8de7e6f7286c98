import type { APIRoute, GetStaticPaths } from 'astro';
import { APP_ICONS, type AppIcon } from '../../share-image/layouts.ts';
import { renderIcon } from '../../share-image/render.ts';

/** The app icons the web app manifest and Apple's home screen name (/ikon/192.png, …). */
export const getStaticPaths = (() =>
  APP_ICONS.map((icon) => ({ params: { icon: icon.name }, props: { icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ icon: AppIcon }> = async ({ props }) =>
  new Response(new Uint8Array(await renderIcon(props.icon)), { headers: { 'Content-Type': 'image/png' } });
