/**
 * Text as the pull-quote check compares it: case, punctuation, symbols and spacing do not count, so that
 * curly and straight quotes, dashes and line breaks never make a faithful pull-quote look invented.
 */
export function normalizeForComparison(text: string): string {
  return text
    .normalize('NFKC')
    .toLocaleLowerCase('id')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}
