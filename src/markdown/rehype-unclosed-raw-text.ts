import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { reportWarning } from './issues.ts';

/**
 * Elements whose content the HTML parser reads as plain text up to their end tag. Pasted without that end
 * tag (`<iframe src=…>` on its own), one of them swallows everything after it, quotes and their anchors
 * included, and the sanitiser then drops it with all it swallowed: the rest of the article vanishes.
 */
const RAW_TEXT = ['script', 'style', 'iframe', 'textarea', 'title', 'noscript', 'xmp', 'noembed', 'noframes', 'plaintext'];
const OPEN = new RegExp(`<(${RAW_TEXT.join('|')})(?=[\\s/>])`, 'gi');

/** Cuts the raw HTML at an unclosed raw-text element, so the article after it is still parsed as such. */
export function rehypeUnclosedRawText() {
  return (tree: Root, file: VFile): void => {
    visit(tree, 'raw', (node) => {
      for (const match of node.value.matchAll(OPEN)) {
        const name = match[1]!.toLowerCase();
        const rest = node.value.slice(match.index);
        if (name !== 'plaintext' && new RegExp(`</${name}[\\s>]`, 'i').test(rest)) continue;
        reportWarning(file, node, `removed an unclosed <${name}> from raw HTML (it would have hidden the rest of the article)`);
        node.value = node.value.slice(0, match.index);
        return;
      }
    });
  };
}
