import { defineMdastPlugin } from 'satteri';
import { reportWarning } from './messages.ts';

/**
 * Elements whose content the HTML parser reads as plain text up to their end tag. Pasted without that end
 * tag (`<iframe src=…>` on its own), one of them swallows everything after it, quotes and their anchors
 * included, and the sanitiser then drops it with all it swallowed: the rest of the article vanishes.
 */
const RAW_TEXT = [
  'script',
  'style',
  'iframe',
  'textarea',
  'title',
  'noscript',
  'xmp',
  'noembed',
  'noframes',
  'plaintext',
];
const OPEN = new RegExp(`<(${RAW_TEXT.join('|')})(?=[\\s/>])`, 'gi');
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;

/** Cuts raw HTML at an unclosed raw-text element, so the article after it is still parsed as such. */
export const unclosedRawText = defineMdastPlugin({
  name: 'warta-unclosed-raw-text',
  options: { position: true },
  html(node, ctx) {
    // A tag inside a comment is not a tag (`<!--<script>…-->`): cutting there would open a comment instead.
    const scanned = node.value.replace(COMMENT, (comment) => ' '.repeat(comment.length));
    for (const match of scanned.matchAll(OPEN)) {
      const name = match[1]!.toLowerCase();
      const rest = scanned.slice(match.index);
      if (name !== 'plaintext' && new RegExp(`</${name}[\\s>]`, 'i').test(rest)) continue;
      reportWarning(
        ctx,
        node,
        `removed an unclosed <${name}> from raw HTML (it would have hidden the rest of the article)`,
      );
      return { type: 'html', value: node.value.slice(0, match.index) };
    }
    return undefined;
  },
});
