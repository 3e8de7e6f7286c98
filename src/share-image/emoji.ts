/**
 * Emoji are drawn with Twemoji's colour font (`twemoji-colr-font`: Mozilla's COLR build of Twemoji; font
 * OFL-1.1, graphics CC-BY 4.0 by Twitter and the jdecked/twemoji contributors), which Takumi draws in
 * colour. Whether the font draws a cluster as one emoji is read from the font itself, with fontkit:
 * the cluster's glyphs have no missing one, and a ZWJ sequence becomes one glyph (a sequence the font
 * lacks falls back to its parts, as a phone shows it).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { packagePath, packageVersion } from './fonts.ts';

export const EMOJI_PACKAGE = 'twemoji-colr-font';
/** The family name the cards give the emoji font. */
export const EMOJI_FAMILY = 'Twemoji';

const ZWJ = '\u200d';

let loaded: { data: Buffer; font: fontkit.Font } | undefined;

/** The font file's bytes and its fontkit reading, loaded once. */
export function emojiFont(): { data: Buffer; font: fontkit.Font } {
  if (loaded) return loaded;
  const data = readFileSync(path.join(packagePath(EMOJI_PACKAGE), 'twemoji.woff2'));
  loaded = { data, font: fontkit.create(data) as fontkit.Font };
  return loaded;
}

const known = new Map<string, boolean>();

/** True when the emoji font draws the grapheme: every glyph present, a ZWJ sequence as one glyph. */
export function hasEmoji(grapheme: string): boolean {
  let found = known.get(grapheme);
  if (found === undefined) {
    const glyphs = emojiFont().font.layout(grapheme).glyphs;
    found = glyphs.length > 0 && glyphs.every((g) => g.id !== 0) && (!grapheme.includes(ZWJ) || glyphs.length === 1);
    known.set(grapheme, found);
  }
  return found;
}

export function emojiVersion(): string {
  return `${EMOJI_PACKAGE}@${packageVersion(EMOJI_PACKAGE)}`;
}
