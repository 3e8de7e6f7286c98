import { type Data, defineMdastPlugin } from 'satteri';
import { markOwnId, quoteAnchorId } from './anchors.ts';
import { declaredExperts, reportError } from './messages.ts';

/**
 * `:quote[text]{expert="id"}` becomes `<q class="quote" id="kutipan-id-1" data-expert="id">text</q>`:
 * the quotation stays in the running text, gains a stable anchor, and names who said it.
 */
export function quoteAttribution() {
  // Numbers each expert's quotes in reading order; a fresh count for every document.
  return (factory: { data: Data }) => {
    const experts = declaredExperts(factory.data);
    const counts = new Map<string, number>();
    return defineMdastPlugin({
      name: 'warta-quote-attribution',
      options: { position: true },
      textDirective(node, ctx) {
        if (node.name !== 'quote') return;
        const expert = node.attributes?.expert ?? '';
        if (!expert) {
          reportError(
            ctx,
            node,
            ':quote needs an expert: write :quote[…]{expert="expert-id"} with an id from this article\'s experts',
          );
        } else if (experts && !experts.includes(expert)) {
          reportError(
            ctx,
            node,
            `:quote expert "${expert}" is not in this article's experts: add "${expert}" to experts in the frontmatter or fix the id`,
          );
        }
        if (ctx.textContent(node).trim() === '') {
          reportError(ctx, node, ':quote has no text: put the quoted words in the brackets, :quote[…]{expert="…"}');
        }
        const n = (counts.get(expert) ?? 0) + 1;
        counts.set(expert, n);
        const anchor = quoteAnchorId(expert || 'tanpa-nama', n);
        ctx.setProperty(node, 'data', {
          hName: 'q',
          hProperties: { className: ['quote'], id: markOwnId(ctx.data, anchor), dataExpert: expert },
        });
      },
    });
  };
}
