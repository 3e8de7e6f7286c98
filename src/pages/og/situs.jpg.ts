import type { APIRoute } from 'astro';
import { renderSiteImage } from '../../share-image/render.ts';

/** The preview picture of the home, topic, expert and other pages. */
export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await renderSiteImage()), { headers: { 'Content-Type': 'image/jpeg' } });
