import type { APIRoute } from 'astro';
import { t } from '../i18n/id.ts';
import { APP_ICONS } from '../share-image/layouts.ts';
import { PAPER } from '../share-image/palette.ts';
import { urls } from '../site/urls.ts';

/**
 * The web app manifest: the site installed on a phone's home screen opens as an app, in Indonesian, on the
 * home page. Its colours are the light theme's paper; BaseLayout's theme-color metas give the browser
 * and the installed app the light and the dark one as the reader's system asks.
 */
export const GET: APIRoute = () => {
  const manifest = {
    name: `${t.siteName}: ${t.siteTagline}`,
    short_name: t.siteName,
    description: t.offline.appDescription,
    lang: 'id',
    dir: 'ltr',
    start_url: urls.home(),
    scope: urls.home(),
    id: urls.home(),
    display: 'standalone',
    background_color: PAPER,
    theme_color: PAPER,
    categories: ['news'],
    icons: APP_ICONS.filter((icon) => !icon.name.startsWith('apple')).map((icon) => ({
      src: urls.icon(icon.name),
      sizes: `${icon.size}x${icon.size}`,
      type: 'image/png',
      purpose: icon.shape === 'full' ? 'maskable' : 'any',
    })),
  };
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
};
