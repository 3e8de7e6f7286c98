/**
 * What a card's text is drawn with, decided before the renderer (Takumi) sees it.
 *
 * A renderer draws a character that no font has as a "missing glyph" box, silently. So every character is
 * checked here first, the way the card's font stack will pick its font:
 *
 * - the text is split into grapheme clusters (what a reader sees as one character: `👩‍💻`, `🇮🇩`, `é`);
 * - an emoji cluster is set in Twemoji's colour font (emoji.ts); a ZWJ sequence the font lacks falls back
 *   to its parts, as phones show it (`🐦‍🔥` → `🐦🔥`);
 * - any other cluster needs a font: the text's own family first, then the fallbacks in order; only the
 *   subset files that are needed are loaded;
 * - then the choice is simulated: per cluster, the first font (the element's family, then every font in
 *   the card's order) with a glyph for the cluster's first code point shapes the whole cluster, so that
 *   font must also have the cluster's other visible code points. Characters beyond the BMP that share a
 *   high surrogate must be drawable by the same font (a rule of satori, the previous renderer, kept: it
 *   only refuses more, never less).
 *
 * Whatever fails throws a ShareImageError naming the character.
 */
import { hasEmoji } from './emoji.ts';
import { type FontFamily, fontFamilies, type LoadedFont } from './fonts.ts';

/** A character (grapheme cluster) that nothing bundled can draw. */
export class ShareImageError extends Error {
  /** the character as it was in the text (a whole cluster for an emoji sequence) */
  readonly character: string;
  /** its first code point (the one that is missing, for a character drawn with a font) */
  readonly codePoint: number;
  /** which text of the card: `title`, `section`, `label`, … */
  readonly field: string;

  constructor(
    field: string,
    character: string,
    codePoint: number,
    detail = 'cannot be drawn with the bundled fonts or emoji',
  ) {
    const codes = [...character].map(formatCodePoint).join(' ');
    super(`character "${character}" (${codes}) ${detail}`);
    this.name = 'ShareImageError';
    this.field = field;
    this.character = character;
    this.codePoint = codePoint;
  }
}

export function formatCodePoint(value: string | number): string {
  const cp = typeof value === 'number' ? value : (value.codePointAt(0) ?? 0);
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export function splitGraphemes(text: string): string[] {
  return Array.from(graphemes.segment(text), (s) => s.segment);
}

/**
 * The text as drawn: NFC (so `e` + combining acute is the one glyph `é`), line breaks and other control
 * characters as spaces, runs of spaces collapsed, and invisible format characters that only steer
 * line breaking or direction (soft hyphen, zero-width space, word joiner, bidi marks, BOM) removed.
 * ZWJ and ZWNJ stay: they belong to emoji sequences and to the shaping of some scripts.
 */
export function cleanText(text: string): string {
  return (
    text
      .normalize('NFC')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters become spaces
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
      .replace(/[\u00ad\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g, '')
      .replace(/ {2,}/g, ' ')
      .trim()
  );
}

const ZWJ = '\u200d';
const IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;
const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;
const EMOJI_PRESENTATION = /^\p{Emoji_Presentation}$/u;
const EMOJI_MARKERS = /[\ufe0f\u20e3\u{e0020}-\u{e007f}\p{Regional_Indicator}\p{Emoji_Modifier}]/u;

type EmojiKind = 'emoji' | 'maybe' | 'text';

/**
 * 'emoji': drawn with the emoji font (VS16, a keycap, a flag, a skin tone, a ZWJ sequence of pictographs, or a
 * character that is an emoji by default); 'maybe': a pictograph shown as text by default (©, ☀, ↔),
 * drawn with a text font when one has it and with the emoji font otherwise; 'text': a font.
 */
function emojiKind(cluster: string): EmojiKind {
  const first = String.fromCodePoint(cluster.codePointAt(0) ?? 0);
  if (cluster.includes('\ufe0e')) return 'text';
  if (EMOJI_MARKERS.test(cluster)) return 'emoji';
  if (cluster.includes(ZWJ) && PICTOGRAPHIC.test(first)) return 'emoji';
  if (EMOJI_PRESENTATION.test(first)) return 'emoji';
  if (PICTOGRAPHIC.test(first)) return 'maybe';
  return 'text';
}

/** The code points of a cluster that must have a glyph (invisible joiners and selectors need none). */
function visibleCodePoints(cluster: string): number[] {
  return [...cluster].filter((c) => !IGNORABLE.test(c)).map((c) => c.codePointAt(0) ?? 0);
}

export interface TextSpec {
  /** which text of the card, for error messages */
  field: string;
  text: string;
  /** the family the text is set in; the others follow as fallbacks */
  family: FontFamily;
  weight: number;
  /** extra characters the renderer may add to the text (the ellipsis of a clamped headline) */
  extra?: string;
}

export interface Cluster {
  text: string;
  /** true for an emoji, set in the emoji font */
  emoji?: boolean;
  /** the font a text cluster will be drawn with */
  font?: LoadedFont;
}

/** A stretch of a text set in its own fonts, or in the emoji font. */
export interface Run {
  text: string;
  emoji: boolean;
}

export interface PreparedText {
  field: string;
  /** the text to draw */
  text: string;
  /** the same text in runs: emoji apart from the rest */
  runs: Run[];
  /** the font names of the element (the subsets of its family that are loaded) */
  fontFamily: string[];
  weight: number;
  clusters: Cluster[];
}

/** A font file the card needs, under the name the card's styles use. */
export interface CardFont {
  name: string;
  data: Buffer;
  weight: number;
}

export interface PreparedCard {
  texts: PreparedText[];
  /** in fallback order */
  fonts: CardFont[];
  /** whether a text has an emoji (the emoji font is needed) */
  emoji: boolean;
}

/** The first font of the fallback order (from the text's family on) that has the code point. */
function findFont(order: FontFamily[], codePoint: number, weight: number): LoadedFont | undefined {
  for (const fam of order) {
    const font = fam.fontFor(codePoint, weight);
    if (font) return font;
  }
  return undefined;
}

function fallbackOrder(primary: FontFamily): FontFamily[] {
  return [primary, ...fontFamilies().filter((f) => f !== primary)];
}

interface Piece {
  text: string;
  emoji?: boolean;
}

/** Splits a text into emoji clusters and clusters drawn with text fonts; throws for an emoji the font lacks. */
function classify(spec: TextSpec, text: string): Piece[] {
  const order = fallbackOrder(spec.family);
  const drawable = (cluster: string): boolean => {
    const cp = cluster.codePointAt(0) ?? 0;
    return findFont(order, cp, spec.weight) !== undefined;
  };
  const pieces: Piece[] = [];
  const emoji = (cluster: string): void => {
    if (hasEmoji(cluster)) {
      pieces.push({ text: cluster, emoji: true });
    } else if (cluster.includes(ZWJ)) {
      // A sequence newer than the set: show its parts, as a phone without it would.
      for (const part of cluster.split(ZWJ).filter(Boolean)) {
        const kind = emojiKind(part);
        if (kind === 'text' || (kind === 'maybe' && drawable(part))) pieces.push({ text: part });
        else emoji(part);
      }
    } else if (
      cluster.includes('\ufe0f') &&
      drawable(cluster) &&
      emojiKind(cluster.replace(/\ufe0f/g, '')) !== 'emoji'
    ) {
      // VS16 on a character the emoji font lacks (`a️`, `↗️` in an older set): the plain character.
      pieces.push({ text: cluster });
    } else if (/\p{Regional_Indicator}/u.test(cluster) && drawable(cluster)) {
      // A pair of regional indicators that is no flag: the letters in boxes, as browsers show them.
      pieces.push({ text: cluster });
    } else {
      throw new ShareImageError(spec.field, cluster, cluster.codePointAt(0) ?? 0, 'is not in the bundled emoji font');
    }
  };
  for (const cluster of splitGraphemes(text)) {
    const kind = emojiKind(cluster);
    if (kind === 'text') pieces.push({ text: cluster });
    else if (kind === 'maybe') {
      if (drawable(cluster) || !hasEmoji(cluster)) pieces.push({ text: cluster });
      else emoji(cluster);
    } else emoji(cluster);
  }
  return pieces;
}

/**
 * Prepares the texts of one card: cleans them, sets emoji apart, picks and loads the font subsets, and
 * proves that every character will be drawn with a real glyph. Throws ShareImageError otherwise.
 */
export function prepareCard(specs: TextSpec[]): PreparedCard {
  const needed = new Set<LoadedFont>();
  let emoji = false;
  const staged = specs.map((spec) => {
    const pieces = classify(spec, cleanText(spec.text));
    const order = fallbackOrder(spec.family);
    // The family's basic subset is always there: it draws the spaces, and the ellipsis of a clamped line.
    for (const cp of [0x20, ...[...(spec.extra ?? '')].map((c) => c.codePointAt(0) ?? 0)]) {
      const font = findFont(order, cp, spec.weight);
      if (font) needed.add(font);
    }
    const extra: Piece[] = (spec.extra ?? '').length > 0 ? [{ text: spec.extra ?? '' }] : [];
    for (const piece of [...pieces, ...extra]) {
      if (piece.emoji) {
        emoji = true;
        continue;
      }
      const visible = visibleCodePoints(piece.text);
      const first = visible[0];
      if (first === undefined) continue;
      const font = findFont(order, first, spec.weight);
      if (!font) throw new ShareImageError(spec.field, String.fromCodePoint(first), first);
      needed.add(font);
    }
    return { spec, pieces };
  });

  // The fallback order is the order of the card's fonts: keep the global family order.
  const fonts = [...needed].sort((a, b) => a.rank - b.rank || a.weight - b.weight);
  const names: string[] = [];
  for (const font of fonts) if (!names.includes(font.name)) names.push(font.name);
  /** The font drawn for a name at a weight: the loaded weight nearest to it. */
  const byName = (name: string, weight: number): LoadedFont => {
    let best: LoadedFont | undefined;
    for (const font of fonts) {
      if (font.name !== name) continue;
      if (!best || Math.abs(font.weight - weight) < Math.abs(best.weight - weight)) best = font;
    }
    if (!best) throw new Error(`No font named ${name}`);
    return best;
  };

  const texts = staged.map(({ spec, pieces }): PreparedText => {
    const fontFamily = names.filter((name) => byName(name, spec.weight).family === spec.family);
    // the element's families, then every font in the card's order
    const candidates = [...fontFamily, ...names].map((name) => byName(name, spec.weight));
    const pick = (cp: number): LoadedFont | undefined => candidates.find((f) => f.has(cp));
    const clusters: Cluster[] = [];
    const byHighSurrogate = new Map<number, { texts: Cluster[]; fonts: Set<LoadedFont | undefined> }>();
    const extra: Piece[] = (spec.extra ?? '').length > 0 ? [{ text: spec.extra ?? '' }] : [];
    for (const piece of [...pieces, ...extra]) {
      const cluster: Cluster = { text: piece.text };
      const firstUnit = piece.text.charCodeAt(0);
      const astral = firstUnit >= 0xd800 && firstUnit <= 0xdbff;
      const firstCp = piece.text.codePointAt(0) ?? 0;
      // what satori remembered for this first unit (the last font when none has the glyph)
      const remembered = pick(firstCp) ?? candidates[candidates.length - 1];
      if (astral) {
        const group = byHighSurrogate.get(firstUnit) ?? { texts: [], fonts: new Set() };
        group.fonts.add(remembered);
        byHighSurrogate.set(firstUnit, group);
      }
      if (piece.emoji) {
        cluster.emoji = true;
      } else {
        const visible = visibleCodePoints(piece.text);
        if (visible.length > 0) {
          const font =
            pick(firstCp) ?? (IGNORABLE.test(String.fromCodePoint(firstCp)) ? pick(visible[0] ?? 0) : undefined);
          if (!font) throw new ShareImageError(spec.field, piece.text, firstCp);
          for (const cp of visible) {
            if (!font.has(cp)) {
              throw new ShareImageError(
                spec.field,
                String.fromCodePoint(cp),
                cp,
                `cannot be drawn together with "${String.fromCodePoint(visible[0] ?? 0)}" by one bundled font`,
              );
            }
          }
          cluster.font = font;
          if (astral) byHighSurrogate.get(firstUnit)?.texts.push(cluster);
        }
      }
      if (piece !== extra[0]) clusters.push(cluster);
    }
    for (const { texts: astralTexts, fonts: remembered } of byHighSurrogate.values()) {
      for (const cluster of astralTexts) {
        for (const font of remembered) {
          if (!font || visibleCodePoints(cluster.text).some((cp) => !font.has(cp))) {
            const cp = cluster.text.codePointAt(0) ?? 0;
            throw new ShareImageError(
              spec.field,
              cluster.text,
              cp,
              'cannot be drawn next to the other characters of this text that share its UTF-16 high surrogate',
            );
          }
        }
      }
    }
    const runs: Run[] = [];
    for (const piece of pieces) {
      const last = runs[runs.length - 1];
      if (last && last.emoji === Boolean(piece.emoji)) last.text += piece.text;
      else runs.push({ text: piece.text, emoji: Boolean(piece.emoji) });
    }
    return {
      field: spec.field,
      text: pieces.map((p) => p.text).join(''),
      runs,
      fontFamily,
      weight: spec.weight,
      clusters,
    };
  });

  return { texts, fonts: fonts.map((f) => ({ name: f.name, data: f.data, weight: f.weight })), emoji };
}

/**
 * The width of each space-separated word of a prepared text at font size 1, from the fonts' advance
 * widths (an emoji is 1em wide): enough to choose a headline size that fits. Kerning and
 * ligatures only make the real text narrower.
 */
export function wordWidths(text: PreparedText): { words: number[]; space: number } {
  const words: number[] = [];
  let current = 0;
  let space = 0.25;
  let open = false;
  for (const cluster of text.clusters) {
    if (cluster.text === ' ') {
      if (cluster.font) space = advance(cluster.font, 0x20);
      if (open) words.push(current);
      current = 0;
      open = false;
      continue;
    }
    open = true;
    if (cluster.emoji) current += 1;
    else if (cluster.font) {
      const font = cluster.font;
      current += visibleCodePoints(cluster.text).reduce((sum, cp) => sum + advance(font, cp), 0);
    }
  }
  if (open) words.push(current);
  return { words, space };
}

function advance(font: LoadedFont, codePoint: number): number {
  return font.font.glyphForCodePoint(codePoint).advanceWidth / font.font.unitsPerEm;
}
