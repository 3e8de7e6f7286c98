import type { Root } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
// Registers hName/hProperties on mdast nodes' data.
import type {} from 'mdast-util-to-hast';
import type { VFile } from 'vfile';
import { quoteAnchorId } from './anchors.ts';
import { declaredExperts, reportError } from './issues.ts';

function isQuote(node: unknown): node is TextDirective {
  const n = node as TextDirective;
  return n.type === 'textDirective' && n.name === 'quote';
}

/**
 * `:quote[text]{expert="id"}` becomes `<q class="quote" id="kutipan-id-1" data-expert="id">text</q>`:
 * the quotation stays in the running text, gains a stable anchor, and names who said it.
 */
export function remarkQuoteAttribution() {
  return (tree: Root, file: VFile): void => {
    const experts = declaredExperts(file);
    const counts = new Map<string, number>();
    visit(tree, (node) => {
      if (!isQuote(node)) return;
      const expert = node.attributes?.expert ?? '';
      if (!expert) {
        reportError(file, node, ':quote needs an expert: write :quote[…]{expert="expert-id"} with an id from this article\'s experts');
      } else if (experts && !experts.includes(expert)) {
        reportError(file, node, `:quote expert "${expert}" is not in this article's experts: add "${expert}" to experts in the frontmatter or fix the id`);
      }
      if (toString(node).trim() === '') {
        reportError(file, node, ':quote has no text: put the quoted words in the brackets, :quote[…]{expert="…"}');
      }
      const n = (counts.get(expert) ?? 0) + 1;
      counts.set(expert, n);
      const anchor = quoteAnchorId(expert || 'tanpa-nama', n);
      node.data = { hName: 'q', hProperties: { className: ['quote'], id: anchor, dataExpert: expert } };
    });
  };
}
