import { defineHastPlugin } from 'satteri';
import { t } from '../i18n/id.ts';

/** GFM's footnote section heading: hidden, but the name screen readers announce for the section. */
const LABEL_ID = 'footnote-label';
/** GFM's name of a back link: "Back to reference 1", or "1-2" for a note's second reference. */
const BACK_REFERENCE = /^Back to reference (\d+(?:-\d+)?)$/;

/**
 * GFM footnotes come with English words for screen readers (the section heading "Footnotes" and each
 * back link's "Back to reference 1"); this puts the Indonesian ones of src/i18n in their place. Runs before
 * the heading anchors, so the section's anchor carries the Indonesian name too. Pasted HTML cannot aim at
 * these: its ids are prefixed (decision 27), and a back link is only renamed when it has GFM's own name.
 */
export const footnoteLabels = defineHastPlugin({
  name: 'warta-footnote-labels',
  element: {
    filter: ['h2', 'a'],
    visit(node, ctx) {
      if (node.tagName === 'h2') {
        if (node.properties.id === LABEL_ID)
          ctx.replaceNode(node, { ...node, children: [{ type: 'text', value: t.footnotes.heading }] });
        return;
      }
      if (node.properties.dataFootnoteBackref === undefined) return;
      const number = BACK_REFERENCE.exec(String(node.properties.ariaLabel ?? ''))?.[1];
      if (number !== undefined) ctx.setProperty(node, 'ariaLabel', t.footnotes.backTo(number));
    },
  },
});
