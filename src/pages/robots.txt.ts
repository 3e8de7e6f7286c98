import type { APIRoute } from 'astro';
import { absoluteUrl } from '../site/site-config.ts';
import { href } from '../site/urls.ts';

export const GET: APIRoute = ({ site }) => {
  const body = [
    'User-agent: *',
    'Allow: /',
    // Result URLs (/cari/?q=…) are an endless space of near-duplicate pages; the search page itself may be found.
    `Disallow: ${href('cari/')}?`,
    // The offline page is for readers whose network failed, never for a search engine's results.
    `Disallow: ${href('luring/')}`,
    // The CMS (docs/editors.md) is for the newsroom.
    `Disallow: ${href('admin/')}`,
    '',
    `Sitemap: ${absoluteUrl(href('sitemap.xml'), site)}`,
    `Sitemap: ${absoluteUrl(href('sitemap-berita.xml'), site)}`,
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
