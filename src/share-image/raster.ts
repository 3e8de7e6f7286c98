/**
 * From element tree to JPEG: Takumi lays a card out and draws its pixels, sharp puts them over the lead
 * photo and encodes the result.
 */
import { Renderer } from '@takumi-rs/core';
import { fromJsx } from '@takumi-rs/helpers/jsx';
import sharp, { type Sharp } from 'sharp';
import { EMOJI_FAMILY, emojiFont } from './emoji.ts';
import type { CardFont, PreparedCard } from './glyphs.ts';
import { HEIGHT, WIDTH } from './inputs.ts';
import { INK } from './palette.ts';
import type { Node } from './tree.ts';

const JPEG_QUALITY = 82;

/**
 * The lead image cropped to the card (the most salient part kept), as raw pixels: the card's text layer is
 * laid over it by sharp, so the photo is compressed once, in the final JPEG.
 */
async function leadImagePixels(file: string): Promise<Sharp> {
  const { data, info } = await sharp(file)
    .rotate()
    .resize(WIDTH, HEIGHT, { fit: 'cover', position: sharp.strategy.attention })
    .flatten({ background: INK })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });
}

/**
 * JPEG settings, measured with the share-image pool on 991 paper cards (docs/performance.md, "Issue 13"):
 * libjpeg-turbo with mozjpeg's quantisation table, colour at half resolution (4:2:0, as cameras and
 * WhatsApp's own re-encoding have it) and standard Huffman codes: ~17 ms of CPU a card, 57 KB. Full-
 * resolution colour with optimised codes (until issue 13): ~20.6 ms, 56 KB; its only gain is a little
 * crispness at the red section label's edges, invisible at the size a preview is shown (PSNR over the card
 * 41.2 against 40.3 dB). Optimised codes alone save 13 % of the bytes for ~2.5 ms a card; full mozjpeg
 * (trellis, scan optimisation) costs ~100 ms for some 25 % fewer bytes.
 */
const CARD_JPEG = {
  quality: JPEG_QUALITY,
  chromaSubsampling: '4:2:0',
  quantisationTable: 3,
  optimiseCoding: false,
} as const;

/**
 * One renderer a thread (the share-image pool's workers each have theirs): it keeps the fonts registered
 * and their glyph caches. Fonts are registered as cards first need them.
 */
let renderer: Renderer | undefined;
const registered = new Set<string>();

async function rendererFor(card: PreparedCard): Promise<Renderer> {
  renderer ??= new Renderer();
  const fonts: CardFont[] = card.emoji
    ? [...card.fonts, { name: EMOJI_FAMILY, data: emojiFont().data, weight: 400 }]
    : card.fonts;
  for (const font of fonts) {
    const key = `${font.name}\0${font.weight}`;
    if (registered.has(key)) continue;
    await renderer.registerFont({ name: font.name, data: font.data, weight: font.weight });
    registered.add(key);
  }
  return renderer;
}

/** Takumi lays the card out and draws it as RGBA pixels, over the photo (by sharp) when there is one. */
export async function rasterise(
  tree: Node,
  card: PreparedCard,
  photo?: string,
  size = { width: WIDTH, height: HEIGHT },
): Promise<Buffer> {
  const { node, css } = await fromJsx(tree as unknown as Parameters<typeof fromJsx>[0]);
  const names = [...new Set(card.fonts.map((font) => font.name))];
  // The fallback chain is the card's fonts in order, never the emoji font, and never whatever an earlier
  // card of this thread registered: the same input draws the same picture.
  const pixels = await (await rendererFor(card)).render(node, { ...size, format: 'raw', css, fontFamilies: names });
  if (pixels.length !== size.width * size.height * 4)
    throw new Error(`Unexpected card pixels: ${pixels.length} bytes for ${size.width}×${size.height}`);
  if (!photo) return pixels;
  return (await leadImagePixels(photo))
    .composite([{ input: pixels, raw: { width: size.width, height: size.height, channels: 4 }, top: 0, left: 0 }])
    .ensureAlpha()
    .raw()
    .toBuffer();
}

/**
 * An opaque card's RGBA pixels as the JPEG. The alpha channel (all opaque) is removed first: encoding
 * from four channels took 17 ms a card against 13 ms (measured).
 */
export const encode = (data: Buffer): Promise<Buffer> =>
  sharp(data, { raw: { width: WIDTH, height: HEIGHT, channels: 4 } })
    .removeAlpha()
    .jpeg(CARD_JPEG)
    .toBuffer();

export async function draw(tree: Node, card: PreparedCard, photo?: string): Promise<Buffer> {
  return encode(await rasterise(tree, card, photo));
}
