import type { Root, RootContent } from 'mdast';
import { toString as plainText } from 'mdast-util-to-string';
import { type Data, defineMdastPlugin } from 'satteri';
import type { LiveUpdateFact } from '../core/live.ts';
import { ownId } from './anchors.ts';
import { liveUpdatesOf } from './live-updates.ts';
import { articleFrontmatter } from './messages.ts';

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
  /** a live page's updates in the order shown (pinned, then newest first); absent for other articles */
  updates?: LiveUpdateFact[];
}

/**
 * Where the facts ride: Astro stores `data.astro.frontmatter` with the rendered HTML in its content store
 * (`entry.rendered.metadata.frontmatter`), so they are worked out in the one parse that renders the page
 * and cached with it; a rebuild reads them back instead of parsing every body again.
 */
export const BODY_FACTS_KEY = 'wartaBody';

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell', 'code', 'listItem', 'blockquote', 'break']);

interface DirectiveLike {
  readonly name?: string;
  readonly attributes?: Readonly<Record<string, string | null | undefined>> | null;
  readonly data?: { readonly hProperties?: Readonly<Record<string, unknown>> };
}

/** The facts of one body's tree, after quote-attribution.ts has given every quote its anchor. */
export function bodyFacts(tree: Root, data: Data): BodyFacts {
  const quotes: BodyQuote[] = [];
  const words: string[] = [];
  const walk = (node: RootContent): void => {
    const directive = node as RootContent & DirectiveLike;
    if (node.type === 'containerDirective' && directive.name === 'pullquote') return;
    if (node.type === 'textDirective' && directive.name === 'quote') {
      const id = directive.data?.hProperties?.id;
      const anchor = typeof id === 'string' ? ownId(data, id) : undefined;
      if (anchor !== undefined) {
        quotes.push({ expert: directive.attributes?.expert ?? '', text: plainText(node).trim(), anchor });
      }
    }
    if ('children' in node) node.children.forEach(walk);
    else if ('value' in node && node.type !== 'html') words.push(node.value);
    // Inline siblings join without a gap (`10` + `:30` is one word); blocks are separated.
    if (BLOCKS.has(node.type)) words.push('\n');
  };
  tree.children.forEach(walk);
  const wordCount = words
    .join('')
    .split(/\s+/u)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const updates = liveUpdatesOf(data);
  return updates ? { quotes, wordCount, updates } : { quotes, wordCount };
}

/**
 * Runs after the contract's plugins, when quotes have their anchors and pull-quotes their final shape
 * (only unclosed-raw-text follows, and it touches raw HTML, which the facts leave out).
 */
export const recordBodyFacts = defineMdastPlugin({
  name: 'warta-body-facts',
  before(root, ctx) {
    const astro = ((ctx.data.astro as { frontmatter?: Record<string, unknown> } | undefined) ??= {});
    astro.frontmatter = { ...articleFrontmatter(ctx.data), [BODY_FACTS_KEY]: bodyFacts(root, ctx.data) };
  },
});

/** The facts of a rendered body, from what Astro stored; undefined when it was rendered without them. */
export function storedBodyFacts(frontmatter: unknown): BodyFacts | undefined {
  if (typeof frontmatter !== 'object' || frontmatter === null) return undefined;
  const facts = (frontmatter as Record<string, unknown>)[BODY_FACTS_KEY] as BodyFacts | undefined;
  return facts && Array.isArray(facts.quotes) && typeof facts.wordCount === 'number' ? facts : undefined;
}
