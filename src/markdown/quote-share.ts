import type { Element, ElementContent } from 'hast';
import { toText } from 'hast-util-to-text';
import { defineHastPlugin } from 'satteri';
import { t } from '../i18n/id.ts';
import { PASTED_ID_PREFIX } from './sanitize.ts';

export interface QuoteShareOptions {
  /** Printed name of an expert id, for the link's label. */
  expertName?: (id: string) => string | undefined;
}

const ICON: ElementContent = {
  type: 'element',
  tagName: 'svg',
  properties: {
    ariaHidden: 'true',
    width: '14',
    height: '14',
    viewBox: '0 0 24 24',
    fill: 'none',
    stroke: 'currentColor',
    strokeWidth: '2.2',
    strokeLinecap: 'round',
    strokeLinejoin: 'round',
  },
  children: [
    { type: 'element', tagName: 'path', properties: { d: 'M4 12v7a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-7' }, children: [] },
    { type: 'element', tagName: 'path', properties: { d: 'M12 3v12M7 8l5-5 5 5' }, children: [] },
  ],
};

/**
 * "Share this quote": a link to the quote's own anchor. Without JavaScript it jumps there, and the
 * address bar holds the deep link; with it, the share script offers the absolute link plus a text
 * fragment (`#kutipan-…:~:text=…`) to the system share sheet or the clipboard.
 */
function shareLink(anchor: string, quote: string, name: string | undefined, focusable: boolean): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      href: `#${anchor}`,
      className: ['quote-share'],
      dataShare: 'quote',
      dataShareText: quote,
      dataPagefindIgnore: 'all',
      // A label, not text: the paragraph's text stays exactly what the author wrote (copy, reader views).
      ariaLabel: t.share.quote(name ?? ''),
      ...(focusable ? {} : { tabIndex: -1 }),
    },
    children: [ICON],
  };
}

/**
 * "Share this update" (live-updates.ts): a link to the update's anchor; the share script offers the
 * page's URL with it to the system share sheet or the clipboard.
 */
function updateShare(anchor: string, time: string): Element {
  const link: Element = {
    type: 'element',
    tagName: 'a',
    properties: {
      href: `#${anchor}`,
      className: ['update-share'],
      dataShare: 'update',
      dataPagefindIgnore: 'all',
      ariaLabel: t.live.shareUpdate(time),
    },
    children: [
      ICON,
      {
        type: 'element',
        tagName: 'span',
        properties: { ariaHidden: 'true', dataShareLabel: '' },
        children: [{ type: 'text', value: t.live.share }],
      },
    ],
  };
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: ['live-update-share'], dataPagefindIgnore: 'all' },
    children: [link],
  };
}

/**
 * The punctuation that closes a quoted phrase and must stay with its last word: `,”`, `.”`, `!’`, `»`…
 * Opening marks and dashes are not in it.
 */
const CLOSING = /^[\p{Pe}\p{Pf}\p{Po}]+/u;

const hasClass = (node: Element, name: string) =>
  Array.isArray(node.properties.className) && node.properties.className.includes(name);

/**
 * Adds the share links of attributed quotes and pull-quotes (in the caption). An attributed quote's link
 * goes after the punctuation that closes it (`Timur,”⇪ katanya`), never between the last word and its
 * comma or closing mark: the sentence reads as typeset. Runs after the sanitiser: these are Warta's own
 * elements, not pasted HTML.
 */
export function quoteShare(options: QuoteShareOptions = {}) {
  return defineHastPlugin({
    name: 'warta-quote-share',
    element: {
      filter: ['q', 'figure', 'article'],
      visit(node, ctx) {
        if (node.tagName === 'article') {
          // A pasted <article> may copy the class and data-*: an update is known by its heading's own id,
          // which pasted HTML cannot carry (anchors.ts).
          const header = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'header');
          const heading = header?.children.find((c): c is Element => c.type === 'element' && c.tagName === 'h2');
          const anchor = heading?.properties.id;
          if (!hasClass(node, 'live-update') || typeof anchor !== 'string' || anchor.startsWith(PASTED_ID_PREFIX))
            return;
          // At the update's end, as the Guardian and the BBC place it: heard after the news, not before.
          const time = heading?.children.find((c): c is Element => c.type === 'element' && c.tagName === 'time');
          if (time) ctx.appendChild(node, updateShare(anchor, toText(time).trim()));
          return;
        }
        const id = node.properties.id;
        // A pasted copy of a quote (markup from another page) is text here, not a quote Warta attributes.
        if (typeof id !== 'string' || id.startsWith(PASTED_ID_PREFIX)) return;
        const expert = typeof node.properties.dataExpert === 'string' ? node.properties.dataExpert : undefined;
        const name = expert ? options.expertName?.(expert) : undefined;
        if (node.tagName === 'q' && hasClass(node, 'quote')) {
          const link = shareLink(id, toText(node).trim(), name, true);
          const parent = ctx.parent(node);
          const index = ctx.indexOf(node);
          const next = parent && index !== undefined ? parent.children[index + 1] : undefined;
          const closing = next?.type === 'text' ? CLOSING.exec(next.value)?.[0] : undefined;
          if (next?.type === 'text' && closing) {
            const rest = next.value.slice(closing.length);
            // Held together (white-space: nowrap): the icon never starts a line alone. The last word and its
            // closing marks already cannot part.
            const end: Element = {
              type: 'element',
              tagName: 'span',
              properties: { className: ['quote-end'] },
              children: [{ type: 'text', value: closing }, link],
            };
            ctx.replaceNode(next, [end, ...(rest ? [{ type: 'text' as const, value: rest }] : [])]);
          } else ctx.insertAfter(node, link);
        } else if (node.tagName === 'figure' && hasClass(node, 'pull-quote')) {
          const quote = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'blockquote');
          const caption = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'figcaption');
          // The figure is hidden from assistive technology, so its link is pointer-only (tabindex -1);
          // keyboard and screen-reader users share the same words from the attributed quote in the text.
          if (quote && caption) ctx.appendChild(caption, shareLink(id, toText(quote).trim(), name, false));
        }
      },
    },
  });
}
