/**
 * Share images (Open Graph / WhatsApp / X previews): one 1200×630 JPEG per article, and one for the site's
 * other pages. Pure functions of their inputs, drawn with Takumi (layout and pixels, native, on its own
 * threads) and encoded with sharp, with fonts and emoji bundled from npm: nothing is fetched.
 *
 * - Article card with a lead image: the photo full-bleed, a dark gradient under the text, the section as
 *   a red label, the headline in white serif, and "Warta" with the date below a hairline.
 * - Article card without one: off-white paper, red top rule, red section kicker, near-black serif
 *   headline, brand and date on a black rule at the foot.
 * - Site card: the wordmark and tagline, or a page label (a section, tag or expert) under a small brand.
 *
 * A character that no bundled font or emoji picture can draw throws ShareImageError (see glyphs.ts), so
 * the build can name it instead of publishing a card with boxes in it.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Renderer } from '@takumi-rs/core';
import { fromJsx } from '@takumi-rs/helpers/jsx';
import sharp, { type Sharp } from 'sharp';
import { moduleGraphDigest } from '../content/source-digest.ts';
import { t } from '../i18n/id.ts';
import { formatLongDate } from '../lib/dates.ts';
import { EMOJI_FAMILY, emojiFont, emojiVersion } from './emoji.ts';
import { family, fontVersions, packageVersion, SANS, SERIF } from './fonts.ts';
import { prepareCard, wordWidths, type CardFont, type PreparedCard, type PreparedText, type TextSpec } from './glyphs.ts';

export { ShareImageError } from './glyphs.ts';


export const WIDTH = 1200;
export const HEIGHT = 630;
const JPEG_QUALITY = 82;
/** Height of the red rule at the top of paper cards. */
const RULE = 12;

const ACCENT = '#a3122a';
const PAPER = '#fbfaf7';
const INK = '#161616';
const INK_SOFT = '#3a3a3a';
const INK_MUTED = '#5b5b5b';
const ELLIPSIS = '…';

export interface ShareImageInput {
  /** the headline; up to about 200 characters fit, longer ones end in an ellipsis */
  title: string;
  /** the section's display name, e.g. "Ekonomi" */
  section: string;
  /** the publication instant; shown as its day in Jakarta, e.g. "Senin, 6 Oktober 2025" */
  date: Date;
  /** path of the lead image (PNG, JPEG or WebP), if the article has one */
  image?: string | undefined;
}

export interface SiteImageInput {
  /** a page's name, e.g. a section "Ekonomi", a tag or an expert; without it, the site's own card */
  label?: string | undefined;
  /** a small word above the label, e.g. "Rubrik", "Topik", "Pakar" */
  kicker?: string | undefined;
}

// ---------------------------------------------------------------------------------------------------------
// A minimal element tree, React-like objects that Takumi's `fromJsx` reads (no JSX runtime needed). Every
// container says `display: flex` where it lays out children: the cards were designed with satori, whose
// default that is.

type Style = Record<string, string | number>;
type Child = Node | string;
interface Node {
  type: string;
  props: { style: Style; children?: Child | Child[]; [attribute: string]: unknown };
}

function h(type: string, style: Style, children?: Child | Child[], attributes: Record<string, unknown> = {}): Node {
  return { type, props: children === undefined ? { style, ...attributes } : { style, children, ...attributes } };
}

/** A CSS font stack of the card's font names (they hold spaces and digits: quoted). */
const stack = (names: string[]) => names.map((name) => JSON.stringify(name)).join(', ');

/** A text of the card: its own fonts, its emoji in the emoji font. */
function text(prepared: PreparedText, style: Style): Node {
  const children = prepared.runs.map((run) => (run.emoji ? h('span', { fontFamily: stack([EMOJI_FAMILY]) }, run.text) : run.text));
  return h('div', { fontFamily: stack(prepared.fontFamily), fontWeight: prepared.weight, ...style }, children.length === 1 && typeof children[0] === 'string' ? children[0] : children);
}

function find(card: PreparedCard, field: string): PreparedText {
  const found = card.texts.find((x) => x.field === field);
  if (!found) throw new Error(`No text ${field}`);
  return found;
}

// ---------------------------------------------------------------------------------------------------------
// Headline fitting: the largest size whose greedy line count (from the fonts' advance widths) is within
// that size's line limit; the smallest size with a clamp and an ellipsis as the last resort.

interface Fit {
  fontSize: number;
  lines: number;
  /** false when even the smallest size needs more lines than allowed: then the text is clamped */
  fits: boolean;
  maxLines: number;
}

function countLines(words: number[], space: number, fontSize: number, width: number): number {
  let lines = 0;
  let used = 0;
  for (const word of words) {
    const w = word * fontSize;
    if (lines === 0) {
      lines = Math.max(1, Math.ceil(w / width));
      used = w - (lines - 1) * width;
    } else if (used + space * fontSize + w <= width) {
      used += space * fontSize + w;
    } else {
      const more = Math.max(1, Math.ceil(w / width));
      lines += more;
      used = w - (more - 1) * width;
    }
  }
  return lines;
}

function fitHeadline(prepared: PreparedText, width: number, steps: Array<[fontSize: number, maxLines: number]>): Fit {
  const { words, space } = wordWidths(prepared);
  for (const [fontSize, maxLines] of steps) {
    const lines = countLines(words, space, fontSize, width);
    if (lines <= maxLines) return { fontSize, lines, fits: true, maxLines };
  }
  const [fontSize, maxLines] = steps[steps.length - 1] ?? [40, 5];
  return { fontSize, lines: maxLines, fits: false, maxLines };
}

/**
 * The wrapping of a fitted headline. Balanced lines when it fits; balancing (`text-wrap: balance`) looks
 * for the narrowest width that keeps the height, and a clamped text keeps its height at any width, so the
 * clamp is then one line more than the estimate allows (never reached: the estimate is conservative). A
 * text that doesn't fit at the smallest size is clamped to its line limit with an ellipsis, unbalanced.
 */
function wrapping(fit: Fit): Style {
  return fit.fits
    ? { lineClamp: fit.maxLines + 1, textWrap: 'balance', overflowWrap: 'break-word' }
    : { lineClamp: fit.maxLines, overflowWrap: 'break-word' };
}

// ---------------------------------------------------------------------------------------------------------

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

/** The off-white card with the red top rule, for articles without a picture and for site cards. */
function paperFrame(padding: string, children: Node[]): Node {
  return h(
    'div',
    { display: 'flex', flexDirection: 'column', width: WIDTH, height: HEIGHT, backgroundColor: PAPER, borderTop: `${RULE}px solid ${ACCENT}`, padding, boxSizing: 'border-box' },
    children,
  );
}

function logo(brand: PreparedText, size: number, dark: boolean): Node {
  return h('div', { display: 'flex', alignItems: 'center', gap: Math.round(size * 0.3) }, [
    h(
      'div',
      {
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        width: size,
        height: size,
        borderRadius: Math.round(size * 0.19),
        backgroundColor: ACCENT,
        color: '#ffffff',
        fontFamily: stack(brand.fontFamily),
        fontWeight: 700,
        fontSize: Math.round(size * 0.66),
        lineHeight: 1,
      },
      'W',
    ),
    text(brand, { fontSize: Math.round(size * 0.92), lineHeight: 1, letterSpacing: -0.5, color: dark ? '#ffffff' : INK }),
  ]);
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
const CARD_JPEG = { quality: JPEG_QUALITY, chromaSubsampling: '4:2:0', quantisationTable: 3, optimiseCoding: false } as const;

/**
 * One renderer a thread (the share-image pool's workers each have theirs): it keeps the fonts registered
 * and their glyph caches. Fonts are registered as cards first need them.
 */
let renderer: Renderer | undefined;
const registered = new Set<string>();

async function rendererFor(card: PreparedCard): Promise<Renderer> {
  renderer ??= new Renderer();
  const fonts: CardFont[] = card.emoji ? [...card.fonts, { name: EMOJI_FAMILY, data: emojiFont().data, weight: 400 }] : card.fonts;
  for (const font of fonts) {
    const key = `${font.name}\0${font.weight}`;
    if (registered.has(key)) continue;
    await renderer.registerFont({ name: font.name, data: font.data, weight: font.weight });
    registered.add(key);
  }
  return renderer;
}

/** Takumi lays the card out and draws it as RGBA pixels, over the photo (by sharp) when there is one. */
async function rasterise(tree: Node, card: PreparedCard, photo?: string, size = { width: WIDTH, height: HEIGHT }): Promise<Buffer> {
  const { node, css } = await fromJsx(tree as unknown as Parameters<typeof fromJsx>[0]);
  const names = [...new Set(card.fonts.map((font) => font.name))];
  // The fallback chain is the card's fonts in order, never the emoji font, and never whatever an earlier
  // card of this thread registered: the same input draws the same picture.
  const pixels = await (await rendererFor(card)).render(node, { ...size, format: 'raw', css, fontFamilies: names });
  if (pixels.length !== size.width * size.height * 4) throw new Error(`Unexpected card pixels: ${pixels.length} bytes for ${size.width}×${size.height}`);
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
const encode = (data: Buffer): Promise<Buffer> => sharp(data, { raw: { width: WIDTH, height: HEIGHT, channels: 4 } }).removeAlpha().jpeg(CARD_JPEG).toBuffer();

async function draw(tree: Node, card: PreparedCard, photo?: string): Promise<Buffer> {
  return encode(await rasterise(tree, card, photo));
}

function articleTexts(input: ShareImageInput): TextSpec[] {
  const serif = family(SERIF);
  const sans = family(SANS);
  return [
    { field: 'title', text: input.title, family: serif, weight: 700, extra: ELLIPSIS },
    { field: 'section', text: input.section.toLocaleUpperCase('id'), family: sans, weight: 700 },
    { field: 'date', text: formatLongDate(input.date), family: sans, weight: 400 },
    { field: 'brand', text: t.siteName, family: serif, weight: 700 },
  ];
}

const PHOTO_PAD = 64;
const PHOTO_STEPS: Array<[number, number]> = [
  [64, 3],
  [58, 3],
  [54, 4],
  [50, 4],
  [46, 5],
  [42, 5],
  [38, 5],
];
const PAPER_PAD = 72;
const PAPER_STEPS: Array<[number, number]> = [
  [80, 3],
  [68, 3],
  [62, 4],
  [56, 4],
  [50, 5],
  [46, 5],
  [42, 5],
  [38, 5],
];

/**
 * How a headline will be set (for tests and build reports): its size, its estimated line count, and
 * whether it is too long even at the smallest size, so that it ends in an ellipsis.
 */
export function titleLayout(title: string, withImage: boolean): { fontSize: number; lines: number; clamped: boolean } {
  const card = prepareCard([articleTexts({ title, section: '', date: new Date(0) })[0]!]);
  const pad = withImage ? PHOTO_PAD : PAPER_PAD;
  const fit = fitHeadline(find(card, 'title'), WIDTH - 2 * pad, withImage ? PHOTO_STEPS : PAPER_STEPS);
  return { fontSize: fit.fontSize, lines: fit.lines, clamped: !fit.fits };
}

/** The share image of an article: a 1200×630 JPEG. Throws ShareImageError for a character nothing can draw. */
export async function renderShareImage(input: ShareImageInput): Promise<Buffer> {
  return encode(await articlePixels(input));
}

/** A card's pixels before encoding: RGBA, WIDTH × HEIGHT, opaque. */
async function articlePixels(input: ShareImageInput): Promise<Buffer> {
  const card = prepareCard(articleTexts(input));
  const title = find(card, 'title');
  const section = find(card, 'section');
  const date = find(card, 'date');
  const brand = find(card, 'brand');
  if (title.text === '') throw new Error('A share image needs a title');

  if (input.image) {
    const padX = PHOTO_PAD;
    const fit = fitHeadline(title, WIDTH - 2 * padX, PHOTO_STEPS);
    const lineHeight = 1.14;
    // The gradient reaches full strength a little above the text block, whatever its height.
    const block = 40 + 20 + fit.lines * fit.fontSize * lineHeight + 28 + 1 + 20 + 40 + 40;
    const solid = Math.max(0, HEIGHT - block - 30);
    const fade = Math.max(0, solid - 220);
    // transparent: the photo goes under it (see draw)
    const tree = h('div', { display: 'flex', position: 'relative', width: WIDTH, height: HEIGHT }, [
      h('div', {
        position: 'absolute',
        top: 0,
        left: 0,
        width: WIDTH,
        height: HEIGHT,
        backgroundImage: `linear-gradient(180deg, rgba(10,10,10,0) ${fade}px, rgba(10,10,10,0.55) ${Math.round((fade + solid) / 2)}px, rgba(10,10,10,0.9) ${solid}px, rgba(10,10,10,0.98) ${HEIGHT}px)`,
      }),
      h('div', { position: 'absolute', top: 0, left: 0, width: WIDTH, height: 10, backgroundColor: ACCENT }),
      h(
        'div',
        {
          position: 'absolute',
          left: padX,
          right: padX,
          bottom: 0,
          display: 'flex',
          flexDirection: 'column',
          alignItems: 'flex-start',
          boxSizing: 'border-box',
          paddingBottom: 40,
        },
        [
          text(section, {
            display: 'flex',
            backgroundColor: ACCENT,
            color: '#ffffff',
            fontSize: 21,
            lineHeight: 1,
            letterSpacing: 1.6,
            padding: '9px 14px 8px',
            maxWidth: WIDTH - 2 * padX,
          }),
          text(title, {
            display: 'block',
            width: WIDTH - 2 * padX,
            marginTop: 20,
            color: '#ffffff',
            fontSize: fit.fontSize,
            lineHeight,
            letterSpacing: -0.3,
            ...wrapping(fit),
          }),
          h(
            'div',
            {
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'space-between',
              width: WIDTH - 2 * padX,
              marginTop: 28,
              paddingTop: 20,
              borderTop: '1px solid rgba(255,255,255,0.35)',
              boxSizing: 'border-box',
            },
            [logo(brand, 40, true), text(date, { fontSize: 22, lineHeight: 1, color: 'rgba(255,255,255,0.85)' })],
          ),
        ],
      ),
    ]);
    return rasterise(tree, card, input.image);
  }

  const padX = PAPER_PAD;
  const fit = fitHeadline(title, WIDTH - 2 * padX, PAPER_STEPS);
  const tree = paperFrame(`52px ${padX}px 0`, [
      text(section, { color: ACCENT, fontSize: 24, lineHeight: 1, letterSpacing: 2 }),
      h('div', { display: 'flex', flexGrow: 1, alignItems: 'center', paddingBottom: 8 }, [
        text(title, {
          display: 'block',
          width: WIDTH - 2 * padX,
          color: INK,
          fontSize: fit.fontSize,
          lineHeight: 1.12,
          letterSpacing: -0.4,
          ...wrapping(fit),
        }),
      ]),
      h(
        'div',
        {
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          borderTop: `3px solid ${INK}`,
          padding: '22px 0 40px',
          boxSizing: 'border-box',
        },
        [logo(brand, 44, false), text(date, { fontSize: 24, lineHeight: 1, color: INK_MUTED })],
      ),
  ]);
  return rasterise(tree, card);
}

/** The share image of the site's other pages (home, sections, tags, experts): a 1200×630 JPEG. */
export async function renderSiteImage(input: SiteImageInput = {}): Promise<Buffer> {
  const serif = family(SERIF);
  const sans = family(SANS);
  const label = input.label?.trim() ?? '';
  const specs: TextSpec[] = [
    { field: 'brand', text: t.siteName, family: serif, weight: 700 },
    { field: 'tagline', text: t.siteTagline, family: label ? sans : serif, weight: 400 },
  ];
  if (label) specs.push({ field: 'label', text: label, family: serif, weight: 700, extra: ELLIPSIS });
  if (label && input.kicker) specs.push({ field: 'kicker', text: input.kicker.toLocaleUpperCase('id'), family: sans, weight: 700 });
  const card = prepareCard(specs);
  const brand = find(card, 'brand');
  const tagline = find(card, 'tagline');

  const frame = (children: Node[]): Node => paperFrame('56px 72px 0', children);

  if (!label) {
    const tree = frame([
      h('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center', paddingBottom: 40 }, [
        logo(brand, 132, false),
        h('div', { display: 'flex', width: 96, height: 6, backgroundColor: ACCENT, marginTop: 44 }),
        text(tagline, { marginTop: 28, fontSize: 44, lineHeight: 1.2, color: INK_SOFT }),
      ]),
    ]);
    return draw(tree, card);
  }

  const labelText = find(card, 'label');
  const fit = fitHeadline(labelText, WIDTH - 144, [
    [104, 1],
    [88, 2],
    [72, 2],
    [60, 3],
    [50, 3],
  ]);
  const kicker = card.texts.find((x) => x.field === 'kicker');
  const tree = frame([
    logo(brand, 52, false),
    h('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center', paddingBottom: 12 }, [
      ...(kicker ? [text(kicker, { color: ACCENT, fontSize: 24, lineHeight: 1, letterSpacing: 2, marginBottom: 20 })] : []),
      text(labelText, {
        display: 'block',
        width: WIDTH - 144,
        color: INK,
        fontSize: fit.fontSize,
        lineHeight: 1.08,
        letterSpacing: -0.8,
        ...wrapping(fit),
      }),
    ]),
    h('div', { display: 'flex', borderTop: `3px solid ${INK}`, padding: '22px 0 40px', boxSizing: 'border-box' }, [
      text(tagline, { fontSize: 26, lineHeight: 1, color: INK_MUTED }),
    ]),
  ]);
  return draw(tree, card);
}

// ---------------------------------------------------------------------------------------------------------
// Cache by content

let dependencies: string[] | undefined;

/** Everything besides the inputs that changes the picture: this code, Takumi, sharp, fonts and emoji. */
function dependencyVersions(): string[] {
  return (dependencies ??= [
    // this module and everything it imports (by path from the project: Vite bundles this file into the
    // build, where import.meta.url is a chunk): a changed design draws every card again
    `code@${moduleGraphDigest(['src/share-image/render.ts'])}`,
    `@takumi-rs/core@${packageVersion('@takumi-rs/core')}`,
    `fontkit@${packageVersion('fontkit')}`,
    `sharp@${sharp.versions.sharp ?? ''}`,
    `vips@${sharp.versions.vips}`,
    emojiVersion(),
    ...fontVersions(),
    `site=${t.siteName}`,
  ]);
}

/**
 * The content hash of an article's share image: the inputs, the lead image's bytes (not its path or
 * time), the renderer's code and the versions of Takumi, sharp, fonts and emoji. 32 hex digits.
 */
export async function shareImageHash(input: ShareImageInput): Promise<string> {
  const hash = createHash('sha256');
  hash.update(
    JSON.stringify({
      deps: dependencyVersions(),
      title: input.title,
      section: input.section,
      day: formatLongDate(input.date),
    }),
  );
  hash.update('\0');
  if (input.image) hash.update(await readFile(input.image));
  return hash.digest('hex').slice(0, 32);
}

export interface CachedShareImage {
  hash: string;
  /** `<cacheDir>/<hash>.jpg` */
  file: string;
  /** true when it was drawn now, false when it came from the cache */
  rendered: boolean;
  data: Buffer;
}

/**
 * An article's 1200×630 card from the cache, drawn when missing and written atomically, so a build stopped
 * half-way leaves no broken file. One card an article, with or without a photo: no taller versions for
 * structured data (docs/sharing.md, "One card, not four").
 */
export async function shareImageCached(input: ShareImageInput & { cacheDir: string }): Promise<CachedShareImage> {
  const { cacheDir, ...article } = input;
  const hash = await shareImageHash(article);
  const file = path.join(cacheDir, `${hash}.jpg`);
  const found = await readIfPresent(file);
  if (found) return { hash, file, rendered: false, data: found };

  const data = await renderShareImage(article);
  await mkdir(cacheDir, { recursive: true });
  await writeAtomically(file, data);
  return { hash, file, rendered: true, data };
}

async function readIfPresent(file: string): Promise<Buffer | undefined> {
  try {
    const data = await readFile(file);
    return data.length > 0 ? data : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return undefined;
  }
}

async function writeAtomically(file: string, data: Buffer): Promise<void> {
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, data);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * Checks, without drawing, that an article's card can show its headline and section: throws
 * ShareImageError naming the first character nothing bundled can draw. The content validator calls it so
 * that the build stops before any page is written.
 */
export function assertDrawable(input: Pick<ShareImageInput, 'title' | 'section'>): void {
  prepareCard(articleTexts({ ...input, date: new Date(0) }));
}

/** The publisher logo for structured data: the brand mark and name on white, 600×160 PNG. */
export async function renderLogo(): Promise<Buffer> {
  const card = prepareCard([{ field: 'brand', text: t.siteName, family: family(SERIF), weight: 700 }]);
  const tree = h('div', { display: 'flex', alignItems: 'center', justifyContent: 'center', width: 600, height: 160, backgroundColor: '#ffffff' }, [
    logo(find(card, 'brand'), 96, false),
  ]);
  const size = { width: 600, height: 160 };
  const pixels = await rasterise(tree, card, undefined, size);
  return sharp(pixels, { raw: { ...size, channels: 4 } }).flatten({ background: '#ffffff' }).png({ compressionLevel: 9 }).toBuffer();
}
