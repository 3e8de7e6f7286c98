import type { APIRoute } from 'astro';
import { renderLogo } from '../share-image/render.ts';

/** The publisher logo that structured data points to. */
export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await renderLogo()), { headers: { 'Content-Type': 'image/png' } });
