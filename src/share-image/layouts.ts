/**
 * The cards' designs, as element trees (tree.ts):
 *
 * - Article card with a lead image: the photo full-bleed, a dark gradient under the text, the section as
 *   a red label, the headline in white serif, and "Warta" with the date below a hairline.
 * - Article card without one: off-white paper, red top rule, red section kicker, near-black serif
 *   headline, brand and date on a black rule at the foot.
 * - An article older than the age-notice threshold (src/core/story-age.ts) adds its year, large, in a
 *   yellow badge: top left over a photo, top right on paper, so that old news is not shared as new.
 * - A live page, while its coverage runs, adds a red "LANGSUNG" badge in the same place.
 * - Site card: the wordmark and tagline, or a page label (a section, tag or expert) under a small brand.
 * - The publisher logo: the brand mark and name on white.
 */
import { t } from '../i18n/id.ts';
import { fitHeadline, wrapping } from './fit.ts';
import { family, SANS, SERIF } from './fonts.ts';
import { type PreparedCard, type PreparedText, prepareCard, type TextSpec } from './glyphs.ts';
import { articleTexts, ELLIPSIS, HEIGHT, type ShareImageInput, type SiteImageInput, WIDTH } from './inputs.ts';
import { ACCENT, ARCHIVE, INK, INK_MUTED, INK_SOFT, PAPER, RULE } from './palette.ts';
import { find, h, type Node, stack, text } from './tree.ts';

/** A card to draw: its tree, the prepared texts (fonts) it sets, and the photo under it, if any. */
export interface CardLayout {
  tree: Node;
  card: PreparedCard;
  photo?: string | undefined;
}

/** The off-white card with the red top rule, for articles without a picture and for site cards. */
function paperFrame(padding: string, children: Node[]): Node {
  return h(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      width: WIDTH,
      height: HEIGHT,
      backgroundColor: PAPER,
      borderTop: `${RULE}px solid ${ACCENT}`,
      padding,
      boxSizing: 'border-box',
    },
    children,
  );
}

/**
 * The brand mark: a white "W" on the accent square. Rounded as in the logo; `full` squares it off with the
 * letter smaller, inside the safe zone a launcher may cut a maskable icon to.
 */
function brandMark(brand: PreparedText, size: number, full = false): Node {
  return h(
    'div',
    {
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'center',
      width: size,
      height: size,
      borderRadius: full ? 0 : Math.round(size * 0.19),
      backgroundColor: ACCENT,
      color: '#ffffff',
      fontFamily: stack(brand.fontFamily),
      fontWeight: 700,
      fontSize: Math.round(size * (full ? 0.5 : 0.66)),
      lineHeight: 1,
    },
    'W',
  );
}

function logo(brand: PreparedText, size: number, dark: boolean): Node {
  return h('div', { display: 'flex', alignItems: 'center', gap: Math.round(size * 0.3) }, [
    brandMark(brand, size),
    text(brand, {
      fontSize: Math.round(size * 0.92),
      lineHeight: 1,
      letterSpacing: -0.5,
      color: dark ? '#ffffff' : INK,
    }),
  ]);
}

/** The year of an old article, as a badge. */
function yearBadge(year: PreparedText): Node {
  return text(year, {
    display: 'flex',
    backgroundColor: ARCHIVE,
    color: INK,
    fontSize: 60,
    lineHeight: 1,
    letterSpacing: -0.5,
    padding: '12px 20px 10px',
  });
}

/** "LANGSUNG" on the card of a page being covered live, as the page's own mark. */
function liveBadge(live: PreparedText): Node {
  return h(
    'div',
    { display: 'flex', alignItems: 'center', gap: 14, backgroundColor: ACCENT, padding: '14px 22px 12px' },
    [
      h('div', { width: 18, height: 18, borderRadius: 9, backgroundColor: '#ffffff' }),
      text(live, { color: '#ffffff', fontSize: 34, lineHeight: 1, letterSpacing: 3 }),
    ],
  );
}

/** The badges of a card, top left over a photo or beside the kicker on paper: live first, then the year. */
function badges(live: PreparedText | undefined, year: PreparedText | undefined): Node[] {
  return [...(live ? [liveBadge(live)] : []), ...(year ? [yearBadge(year)] : [])];
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

/** An article's card. Throws ShareImageError for a character nothing can draw. */
export function articleLayout(input: ShareImageInput): CardLayout {
  const card = prepareCard(articleTexts(input));
  const title = find(card, 'title');
  const section = find(card, 'section');
  const date = find(card, 'date');
  const brand = find(card, 'brand');
  const year = card.texts.find((x) => x.field === 'year');
  const live = card.texts.find((x) => x.field === 'live');
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
      ...(year || live
        ? [
            h(
              'div',
              { position: 'absolute', top: 10 + 40, left: padX, display: 'flex', alignItems: 'center', gap: 16 },
              [...badges(live, year)],
            ),
          ]
        : []),
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
    return { tree, card, photo: input.image };
  }

  const padX = PAPER_PAD;
  const fit = fitHeadline(title, WIDTH - 2 * padX, PAPER_STEPS);
  const kicker = text(section, { color: ACCENT, fontSize: 24, lineHeight: 1, letterSpacing: 2 });
  const tree = paperFrame(`${year || live ? 40 : 52}px ${padX}px 0`, [
    year || live
      ? h('div', { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 32 }, [
          kicker,
          h('div', { display: 'flex', alignItems: 'center', gap: 16 }, badges(live, year)),
        ])
      : kicker,
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
  return { tree, card };
}

/** The card of the site's other pages (home, sections, tags, experts). */
export function siteLayout(input: SiteImageInput = {}): CardLayout {
  const serif = family(SERIF);
  const sans = family(SANS);
  const label = input.label?.trim() ?? '';
  const specs: TextSpec[] = [
    { field: 'brand', text: t.siteName, family: serif, weight: 700 },
    { field: 'tagline', text: t.siteTagline, family: label ? sans : serif, weight: 400 },
  ];
  if (label) specs.push({ field: 'label', text: label, family: serif, weight: 700, extra: ELLIPSIS });
  if (label && input.kicker)
    specs.push({ field: 'kicker', text: input.kicker.toLocaleUpperCase('id'), family: sans, weight: 700 });
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
    return { tree, card };
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
      ...(kicker
        ? [text(kicker, { color: ACCENT, fontSize: 24, lineHeight: 1, letterSpacing: 2, marginBottom: 20 })]
        : []),
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
  return { tree, card };
}

/** The publisher logo for structured data: the brand mark and name on white, 600×160. */
export const LOGO_SIZE = { width: 600, height: 160 } as const;

export function logoLayout(): CardLayout {
  const card = prepareCard([{ field: 'brand', text: t.siteName, family: family(SERIF), weight: 700 }]);
  const tree = h(
    'div',
    { display: 'flex', alignItems: 'center', justifyContent: 'center', ...LOGO_SIZE, backgroundColor: '#ffffff' },
    [logo(find(card, 'brand'), 96, false)],
  );
  return { tree, card };
}

/**
 * The app icons of the web app manifest, from the logo's mark: "any" is the rounded mark on transparency;
 * "full" fills the square (maskable icons, which a launcher cuts to its own shape, and Apple's, which iOS
 * rounds), with the letter inside the maskable safe zone (the central 80%).
 */
export interface AppIcon {
  name: string;
  size: number;
  shape: 'any' | 'full';
}

export const APP_ICONS: readonly AppIcon[] = [
  { name: '192', size: 192, shape: 'any' },
  { name: '512', size: 512, shape: 'any' },
  { name: 'maskable-512', size: 512, shape: 'full' },
  { name: 'apple-touch-180', size: 180, shape: 'full' },
];

export function iconLayout(icon: AppIcon): CardLayout {
  const card = prepareCard([{ field: 'brand', text: 'W', family: family(SERIF), weight: 700 }]);
  return { tree: brandMark(find(card, 'brand'), icon.size, icon.shape === 'full'), card };
}
