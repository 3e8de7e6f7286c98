import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toText } from 'hast-util-to-text';
import { defineHastPlugin } from 'satteri';
import { slugify } from '../core/slug.ts';
import { t } from '../i18n/id.ts';
import { PAGE_IDS } from './anchors.ts';

const LIVE_HEADINGS = ['live-update-time', 'live-key-events-title'];
const hasClass = (node: Element, name: string) =>
  Array.isArray(node.properties.className) && node.properties.className.includes(name);

/**
 * Anchor ids of subheads: the slug of their text, numbered when it is taken (by an earlier subhead with
 * the same text, or by another id of the page: a quote, a footnote, the template's own).
 */
export function headingId(text: string, taken: Map<string, number>): string {
  const base = slugify(text) || 'bagian';
  let seen = taken.get(base) ?? 0;
  let id = seen === 0 ? base : `${base}-${seen + 1}`;
  while (taken.has(id)) id = `${base}-${++seen + 1}`;
  taken.set(base, seen + 1);
  if (id !== base) taken.set(id, 1);
  return id;
}

/**
 * Every id in the body so far: quotes, pull-quotes, footnotes and their hidden heading, pasted HTML's
 * (prefixed) ones. A subhead that already has an id keeps it.
 */
function idsIn(nodes: readonly (RootContent | ElementContent)[], into: Map<string, number>): void {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    const { id } = (node as Element).properties;
    if (typeof id === 'string' && id) into.set(id, 1);
    idsIn((node as Element).children, into);
  }
}

/**
 * Gives every subhead a stable id (from its text, so links survive edits elsewhere in the article) and
 * a visible "#" link to itself, so a reader can share a link to that part of the story.
 */
export function headingAnchors() {
  // Ids are numbered per document.
  return () => {
    const taken = new Map<string, number>(PAGE_IDS.map((id) => [id, 1]));
    return defineHastPlugin({
      name: 'warta-heading-anchors',
      before(root: Root) {
        idsIn(root.children, taken);
      },
      element: {
        filter: ['h2', 'h3', 'h4'],
        visit(node, ctx) {
          // A live update's time and the key events' heading have their anchors already (live-updates.ts),
          // and an update shares itself with its own link (quote-share.ts).
          if (LIVE_HEADINGS.some((name) => hasClass(node, name))) return;
          const text = toText(node).trim();
          const given = node.properties.id;
          const id = typeof given === 'string' && given ? given : headingId(text, taken);
          ctx.setProperty(node, 'id', id);
          const anchor: ElementContent = {
            type: 'element',
            tagName: 'a',
            properties: { className: ['heading-anchor'], href: `#${id}`, dataPagefindIgnore: 'all' },
            children: [
              {
                type: 'element',
                tagName: 'span',
                properties: { ariaHidden: 'true' },
                children: [{ type: 'text', value: '#' }],
              },
              {
                type: 'element',
                tagName: 'span',
                properties: { className: ['sr-only'] },
                children: [{ type: 'text', value: t.share.headingAnchor(text) }],
              },
            ],
          };
          ctx.appendChild(node, [{ type: 'text', value: ' ' }, anchor]);
        },
      },
    });
  };
}
