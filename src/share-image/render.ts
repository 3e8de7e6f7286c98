/**
 * Share images (Open Graph / WhatsApp / X previews): one 1200×630 JPEG per article, and one for the site's
 * other pages. Pure functions of their inputs: the designs are in layouts.ts, drawn with Takumi (layout and
 * pixels, native, on its own threads) and encoded with sharp (raster.ts), with fonts and emoji bundled
 * from npm: nothing is fetched.
 *
 * A character that no bundled font or emoji picture can draw throws ShareImageError (see glyphs.ts), so
 * the build can name it instead of publishing a card with boxes in it.
 */
import sharp from 'sharp';
import type { ShareImageInput, SiteImageInput } from './inputs.ts';
import { type AppIcon, articleLayout, iconLayout, LOGO_SIZE, logoLayout, siteLayout } from './layouts.ts';
import { draw, rasterise } from './raster.ts';

/** The share image of an article: a 1200×630 JPEG. Throws ShareImageError for a character nothing can draw. */
export async function renderShareImage(input: ShareImageInput): Promise<Buffer> {
  const { tree, card, photo } = articleLayout(input);
  return draw(tree, card, photo);
}

/** The share image of the site's other pages (home, sections, tags, experts): a 1200×630 JPEG. */
export async function renderSiteImage(input: SiteImageInput = {}): Promise<Buffer> {
  const { tree, card } = siteLayout(input);
  return draw(tree, card);
}

/** The publisher logo for structured data: the brand mark and name on white, 600×160 PNG. */
export async function renderLogo(): Promise<Buffer> {
  const { tree, card } = logoLayout();
  const pixels = await rasterise(tree, card, undefined, LOGO_SIZE);
  return sharp(pixels, { raw: { ...LOGO_SIZE, channels: 4 } })
    .flatten({ background: '#ffffff' })
    .png({ compressionLevel: 9 })
    .toBuffer();
}

/** An app icon of the web app manifest (layouts.ts, APP_ICONS): a PNG, transparent around the "any" mark. */
export async function renderIcon(icon: AppIcon): Promise<Buffer> {
  const { tree, card } = iconLayout(icon);
  const size = { width: icon.size, height: icon.size };
  const pixels = await rasterise(tree, card, undefined, size);
  return sharp(pixels, { raw: { ...size, channels: 4 } })
    .png({ compressionLevel: 9, palette: true })
    .toBuffer();
}
