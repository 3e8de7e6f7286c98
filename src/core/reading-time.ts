/**
 * Minutes to read a body of `words` words. 200 words a minute is the common figure for reading Indonesian
 * news text on a phone; a very short piece still takes a minute.
 */
export const WORDS_PER_MINUTE = 200;

export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
