import type { BlockContent, Paragraph, Parent, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
// Registers hName/hProperties on mdast nodes' data.
import type {} from 'mdast-util-to-hast';
import type { VFile } from 'vfile';
import { declaredExperts, reportError, reportWarning } from './issues.ts';
import { normalizeForComparison } from './text.ts';

export interface PullQuoteOptions {
  /** Printed name of an expert id, for the caption; undefined when unknown. */
  expertName?: (id: string) => string | undefined;
}

function isPullQuote(node: RootContent): node is ContainerDirective {
  return node.type === 'containerDirective' && node.name === 'pullquote';
}

function collectPullQuotes(parent: Parent, found: ContainerDirective[]): void {
  for (const child of parent.children) {
    if (isPullQuote(child)) found.push(child);
    else if ('children' in child) collectPullQuotes(child, found);
  }
}

/** The article's own words: everything but the pull-quotes, which repeat them. */
function bodyText(tree: Root): string {
  const strip = (node: RootContent | Root): string => {
    if (node.type !== 'root' && isPullQuote(node)) return ' ';
    if ('children' in node) return node.children.map(strip).join(' ');
    return toString(node);
  };
  return normalizeForComparison(strip(tree));
}

/** A `:quote` inside a pull-quote would give its anchor a second, hidden home: keep only its words. */
function unwrapQuotes(parent: Parent): void {
  parent.children = parent.children.flatMap((child) => {
    if (child.type === 'textDirective' && child.name === 'quote') return child.children;
    if ('children' in child) unwrapQuotes(child);
    return [child];
  }) as typeof parent.children;
}

/**
 * `:::pullquote{expert="id"}` becomes a decorative `<figure class="pull-quote">`. It repeats words already in
 * the article, so it is hidden from assistive technology and from the search index: heard and found once.
 */
export function remarkPullQuote(options: PullQuoteOptions = {}) {
  return (tree: Root, file: VFile): void => {
    const quotes: ContainerDirective[] = [];
    collectPullQuotes(tree, quotes);
    if (quotes.length === 0) return;
    const experts = declaredExperts(file);
    const body = bodyText(tree);

    for (const [i, node] of quotes.entries()) {
      const position = i + 1;
      const expert = node.attributes?.expert ?? undefined;
      const text = toString(node).trim();
      if (expert !== undefined && (expert === '' || (experts && !experts.includes(expert)))) {
        reportError(file, node, `pullquote expert "${expert ?? ''}" is not in this article's experts: add it to experts in the frontmatter, fix the id, or leave expert out`);
      }
      if (text === '') {
        reportError(file, node, 'pullquote is empty: put the sentence it repeats between :::pullquote and :::');
      } else if (!body.includes(normalizeForComparison(text))) {
        const short = text.length > 80 ? `${text.slice(0, 77)}…` : text;
        reportWarning(file, node, `pullquote "${short}" does not occur in the article text: a pull-quote repeats a sentence from the body; copy it exactly`);
      }
      unwrapQuotes(node);

      const blockquote: BlockContent = { type: 'blockquote', children: node.children as BlockContent[] };
      const children: RootContent[] = [blockquote];
      const name = expert ? options.expertName?.(expert) : undefined;
      // Always a caption: rehypeQuoteShare puts the pull-quote's share link in it.
      const caption: Paragraph = {
        type: 'paragraph',
        data: { hName: 'figcaption' },
        children: name ? [{ type: 'emphasis', data: { hName: 'span', hProperties: { className: ['pull-quote-name'] } }, children: [{ type: 'text', value: name }] }] : [],
      };
      children.push(caption);
      node.children = children as ContainerDirective['children'];
      node.data = {
        hName: 'figure',
        hProperties: {
          id: `sorotan-${position}`,
          className: ['pull-quote'],
          ariaHidden: 'true',
          dataPagefindIgnore: 'all',
          ...(expert ? { dataExpert: expert } : {}),
        },
      };
    }
  };
}
