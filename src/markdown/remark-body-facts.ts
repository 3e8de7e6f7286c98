import type { Root, RootContent } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';

/** An attributed quotation as it stands in one article. */
export interface BodyQuote {
  expert: string;
  /** the quoted words, as plain text */
  text: string;
  /** the anchor id the rendered quote carries */
  anchor: string;
}

/** What the site needs to know about a body besides its HTML. */
export interface BodyFacts {
  /** for the expert pages and the sidebar, in reading order */
  quotes: BodyQuote[];
  /** words a reader reads: the body without the pull-quotes that repeat it */
  wordCount: number;
}

/**
 * Where the facts ride: Astro stores `file.data.astro.frontmatter` with the rendered HTML in its content
 * store (`entry.rendered.metadata.frontmatter`), so they are worked out in the one parse that renders the
 * page and cached with it; a rebuild reads them back instead of parsing every body again.
 */
export const BODY_FACTS_KEY = 'wartaBody';

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell', 'code', 'listItem', 'blockquote', 'break']);

/**
 * Runs last among the remark plugins: by then `remarkQuoteAttribution` has given every quote the anchor
 * it renders with, and `remarkPullQuote` has taken the quotes out of pull-quotes.
 */
export function remarkBodyFacts() {
  return (tree: Root, file: VFile): void => {
    const quotes: BodyQuote[] = [];
    const words: string[] = [];
    const walk = (node: RootContent): void => {
      if (node.type === 'containerDirective' && node.name === 'pullquote') return;
      if (node.type === 'textDirective' && node.name === 'quote') {
        const anchor = (node as TextDirective).data?.hProperties?.id;
        if (typeof anchor === 'string') {
          quotes.push({ expert: node.attributes?.expert ?? '', text: toString(node).trim(), anchor });
        }
      }
      if ('children' in node) node.children.forEach(walk);
      else if ('value' in node && node.type !== 'html') words.push(node.value);
      // Inline siblings join without a gap (`10` + `:30` is one word); blocks are separated.
      if (BLOCKS.has(node.type)) words.push('\n');
    };
    tree.children.forEach(walk);

    const wordCount = words.join('').split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    const facts: BodyFacts = { quotes, wordCount };
    const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
    astro.frontmatter = { ...astro.frontmatter, [BODY_FACTS_KEY]: facts };
  };
}

/** The facts of a rendered body, from what Astro stored; undefined when it was rendered without them. */
export function storedBodyFacts(frontmatter: unknown): BodyFacts | undefined {
  if (typeof frontmatter !== 'object' || frontmatter === null) return undefined;
  const facts = (frontmatter as Record<string, unknown>)[BODY_FACTS_KEY] as BodyFacts | undefined;
  return facts && Array.isArray(facts.quotes) && typeof facts.wordCount === 'number' ? facts : undefined;
}
