import type { Root, RootContent } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { quoteAnchorId } from './anchors.ts';
import { remarkRestoreDirectives } from './remark-restore-directives.ts';

/** An attributed quotation as it stands in one article. */
export interface BodyQuote {
  expert: string;
  /** the quoted words, as plain text */
  text: string;
  /** the anchor id the rendered quote carries (same numbering as remarkQuoteAttribution) */
  anchor: string;
}

export interface BodyAnalysis {
  quotes: BodyQuote[];
  /** words a reader reads: the body without the pull-quotes that repeat it */
  wordCount: number;
}

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell', 'code', 'listItem', 'blockquote', 'break']);

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).use(remarkRestoreDirectives);

/**
 * What the site needs to know about a body without rendering it: the quotes for the expert pages and the
 * sidebar, and the length for the reading time. Parsed with the same plugins as the page.
 */
export function analyzeBody(body: string): BodyAnalysis {
  const file = new VFile({ value: body });
  const tree = parser.runSync(parser.parse(file), file) as Root;
  const quotes: BodyQuote[] = [];
  const counts = new Map<string, number>();
  const words: string[] = [];

  const walk = (node: RootContent): void => {
    if (node.type === 'containerDirective' && node.name === 'pullquote') return;
    if (node.type === 'textDirective' && node.name === 'quote') {
      const expert = (node as TextDirective).attributes?.expert ?? '';
      const n = (counts.get(expert) ?? 0) + 1;
      counts.set(expert, n);
      quotes.push({ expert, text: toString(node).trim(), anchor: quoteAnchorId(expert || 'tanpa-nama', n) });
    }
    if ('children' in node) node.children.forEach(walk);
    else if ('value' in node && node.type !== 'html') words.push(node.value);
    // Inline siblings join without a gap (`10` + `:30` is one word); blocks are separated.
    if (BLOCKS.has(node.type)) words.push('\n');
  };
  tree.children.forEach(walk);

  const wordCount = words.join('').split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return { quotes, wordCount };
}
