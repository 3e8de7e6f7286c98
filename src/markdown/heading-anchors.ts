import type { ElementContent } from 'hast';
import { toText } from 'hast-util-to-text';
import { defineHastPlugin } from 'satteri';
import { slugify } from '../core/slug.ts';
import { t } from '../i18n/id.ts';

/** Anchor ids of subheads: the slug of their text, numbered when a text repeats. */
export function headingId(text: string, taken: Map<string, number>): string {
  const base = slugify(text) || 'bagian';
  const seen = taken.get(base) ?? 0;
  taken.set(base, seen + 1);
  return seen === 0 ? base : `${base}-${seen + 1}`;
}

/**
 * Gives every subhead a stable id (from its text, so links survive edits elsewhere in the article) and
 * a visible "#" link to itself, so a reader can share a link to that part of the story.
 */
export function headingAnchors() {
  // Ids are numbered per document.
  return () => {
    const taken = new Map<string, number>();
    return defineHastPlugin({
      name: 'warta-heading-anchors',
      element: {
        filter: ['h2', 'h3', 'h4'],
        visit(node, ctx) {
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
