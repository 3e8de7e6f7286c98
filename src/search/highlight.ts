import { parseExcerpt } from './excerpt.ts';
import { HIGHLIGHT_PARAM } from './state.ts';

/**
 * The words to mark on the article a result leads to: what the reader typed, and the forms Pagefind
 * actually matched (from the excerpt's marks), so "mengunjungi" also lights up "kunjungan" there.
 */
export function highlightTerms(query: string, excerpt: string): string[] {
  const words = [
    ...query.split(/\s+/),
    ...parseExcerpt(excerpt)
      .filter((part) => part.marked)
      .map((part) => part.text),
  ]
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLocaleLowerCase('id'))
    .filter((w) => w.length > 1);
  return [...new Set(words)];
}

export function withHighlight(url: string, terms: string[]): string {
  if (terms.length === 0) return url;
  const [path, hash] = url.split('#', 2) as [string, string | undefined];
  const separator = path.includes('?') ? '&' : '?';
  const query = terms.map((term) => `${HIGHLIGHT_PARAM}=${encodeURIComponent(term)}`).join('&');
  return `${path}${separator}${query}${hash ? `#${hash}` : ''}`;
}
