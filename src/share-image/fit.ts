/**
 * Headline fitting: the largest size whose greedy line count (from the fonts' advance widths) is within
 * that size's line limit; the smallest size with a clamp and an ellipsis as the last resort.
 */
import { type PreparedText, wordWidths } from './glyphs.ts';
import type { Style } from './tree.ts';

export interface Fit {
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

export function fitHeadline(
  prepared: PreparedText,
  width: number,
  steps: Array<[fontSize: number, maxLines: number]>,
): Fit {
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
export function wrapping(fit: Fit): Style {
  return fit.fits
    ? { lineClamp: fit.maxLines + 1, textWrap: 'balance', overflowWrap: 'break-word' }
    : { lineClamp: fit.maxLines, overflowWrap: 'break-word' };
}
