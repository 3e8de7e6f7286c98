/**
 * Emoji are drawn as pictures, not with a font: satori can't draw colour fonts. The pictures are
 * Twemoji's SVGs from the `@twemoji/svg` package (graphics CC-BY 4.0, by Twitter and the jdecked/twemoji
 * contributors), indexed once by their code points.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { packagePath, packageVersion } from './fonts.ts';

export const EMOJI_PACKAGE = '@twemoji/svg';

const VS16 = 0xfe0f;

let index: Map<string, string> | undefined;
const uris = new Map<string, string | null>();

/** A sequence's lookup key: its code points in hex, without VS16, which Twemoji's file names use inconsistently. */
function keyOf(codePoints: number[]): string {
  return codePoints
    .filter((cp) => cp !== VS16)
    .map((cp) => cp.toString(16))
    .join('-');
}

function emojiIndex(): Map<string, string> {
  if (index) return index;
  const dir = packagePath(EMOJI_PACKAGE);
  index = new Map();
  for (const file of readdirSync(dir)) {
    if (!file.endsWith('.svg')) continue;
    const codePoints = file
      .slice(0, -4)
      .split('-')
      .map((hex) => Number.parseInt(hex, 16));
    if (codePoints.some((cp) => !Number.isFinite(cp))) continue;
    index.set(keyOf(codePoints), path.join(dir, file));
  }
  return index;
}

/** The picture of an emoji grapheme as a data URI, or undefined when the set has none for it. */
export function emojiDataUri(grapheme: string): string | undefined {
  const cached = uris.get(grapheme);
  if (cached !== undefined) return cached ?? undefined;
  const file = emojiIndex().get(keyOf([...grapheme].map((c) => c.codePointAt(0) ?? 0)));
  const uri = file ? `data:image/svg+xml;base64,${readFileSync(file).toString('base64')}` : null;
  uris.set(grapheme, uri);
  return uri ?? undefined;
}

export function emojiVersion(): string {
  return `${EMOJI_PACKAGE}@${packageVersion(EMOJI_PACKAGE)}`;
}
