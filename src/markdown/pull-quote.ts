import type { BlockContent, Paragraph, Parent, Root, RootContent } from 'mdast';
// Registers hName/hProperties on mdast nodes' data.
import type {} from 'mdast-util-to-hast';
import { toString as plainText } from 'mdast-util-to-string';
import { defineMdastPlugin, type MdastVisitorContext } from 'satteri';
import { markOwnId, pullQuoteAnchorId } from './anchors.ts';
import { declaredExperts, reportError, reportWarning } from './messages.ts';
import { normalizeForComparison } from './text.ts';

export interface PullQuoteOptions {
  /** Printed name of an expert id, for the caption; undefined when unknown. */
  expertName?: (id: string) => string | undefined;
}

/** A `:::name{…}` block as Warta's plugins read it (pull-quotes here, live updates in live-updates.ts). */
export interface ContainerDirectiveNode {
  readonly type: 'containerDirective';
  readonly name: string;
  readonly attributes?: Readonly<Record<string, string | null | undefined>> | null | undefined;
  readonly children: readonly RootContent[];
  readonly position?: { readonly start: { readonly line: number } } | undefined;
}

function isPullQuote(node: RootContent | Root): node is RootContent & ContainerDirectiveNode {
  return node.type === 'containerDirective' && (node as ContainerDirectiveNode).name === 'pullquote';
}

function collectPullQuotes(parent: Parent | Root, found: ContainerDirectiveNode[]): void {
  for (const child of parent.children) {
    if (isPullQuote(child)) found.push(child);
    else if ('children' in child) collectPullQuotes(child, found);
  }
}

/** The article's own words: everything but the pull-quotes, which repeat them. */
function bodyText(tree: Root): string {
  const strip = (node: RootContent | Root): string => {
    if (isPullQuote(node)) return ' ';
    if ('children' in node) return node.children.map(strip).join(' ');
    return plainText(node);
  };
  return normalizeForComparison(strip(tree));
}

/** A `:quote` inside a pull-quote would give its anchor a second, hidden home: keep only its words. */
function unwrapQuotes(children: readonly RootContent[]): RootContent[] {
  return children.flatMap((child): RootContent[] => {
    if (child.type === 'textDirective' && child.name === 'quote') return unwrapQuotes(child.children);
    if ('children' in child) return [{ ...child, children: unwrapQuotes(child.children) } as RootContent];
    return [{ ...child }];
  });
}

function check(
  node: ContainerDirectiveNode,
  ctx: MdastVisitorContext,
  experts: string[] | undefined,
  body: string,
): void {
  const expert = node.attributes?.expert ?? undefined;
  const text = plainText(node).trim();
  if (expert !== undefined && (expert === '' || (experts && !experts.includes(expert)))) {
    reportError(
      ctx,
      node,
      `pullquote expert "${expert ?? ''}" is not in this article's experts: add it to experts in the frontmatter, fix the id, or leave expert out`,
    );
  }
  if (text === '') {
    reportError(ctx, node, 'pullquote is empty: put the sentence it repeats between :::pullquote and :::');
  } else if (!body.includes(normalizeForComparison(text))) {
    const short = text.length > 80 ? `${text.slice(0, 77)}…` : text;
    reportWarning(
      ctx,
      node,
      `pullquote "${short}" does not occur in the article text: a pull-quote repeats a sentence from the body; copy it exactly`,
    );
  }
}

/**
 * `:::pullquote{expert="id"}` becomes a decorative `<figure class="pull-quote">`. It repeats words already in
 * the article, so it is hidden from assistive technology and from the search index: heard and found once.
 */
export function pullQuote(options: PullQuoteOptions = {}) {
  return defineMdastPlugin({
    name: 'warta-pull-quote',
    options: { position: true },
    before(root, ctx) {
      // Walking the tree costs; most bodies have no pull-quote.
      if (!ctx.source.includes('pullquote')) return;
      const quotes: ContainerDirectiveNode[] = [];
      collectPullQuotes(root, quotes);
      if (quotes.length === 0) return;
      const experts = declaredExperts(ctx.data);
      const body = bodyText(root);

      for (const [i, node] of quotes.entries()) {
        check(node, ctx, experts, body);
        const expert = node.attributes?.expert ?? undefined;
        const name = expert ? options.expertName?.(expert) : undefined;
        const blockquote: BlockContent = {
          type: 'blockquote',
          children: unwrapQuotes(node.children) as BlockContent[],
        };
        // Always a caption: quote-share.ts puts the pull-quote's share link in it.
        const caption: Paragraph = {
          type: 'paragraph',
          data: { hName: 'figcaption' },
          children: name
            ? [
                {
                  type: 'emphasis',
                  data: { hName: 'span', hProperties: { className: ['pull-quote-name'] } },
                  children: [{ type: 'text', value: name }],
                },
              ]
            : [],
        };
        ctx.replaceNode(
          node as never,
          {
            type: 'containerDirective',
            name: 'pullquote',
            attributes: { ...node.attributes },
            children: [blockquote, caption],
            data: {
              hName: 'figure',
              hProperties: {
                id: markOwnId(ctx.data, pullQuoteAnchorId(i + 1)),
                className: ['pull-quote'],
                ariaHidden: 'true',
                dataPagefindIgnore: 'all',
                ...(expert ? { dataExpert: expert } : {}),
              },
            },
          } as never,
        );
      }
    },
  });
}
