import type { Element, ElementContent, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { t } from '../i18n/id.ts';
import { slugify } from '../lib/slug.ts';

const SUBHEADS = new Set(['h2', 'h3', 'h4']);

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
export function rehypeHeadingAnchors() {
  return (tree: Root): void => {
    const taken = new Map<string, number>();
    visit(tree, 'element', (node: Element) => {
      if (!SUBHEADS.has(node.tagName)) return;
      const text = toText(node).trim();
      const id = typeof node.properties.id === 'string' && node.properties.id ? node.properties.id : headingId(text, taken);
      node.properties.id = id;
      const anchor: ElementContent = {
        type: 'element',
        tagName: 'a',
        properties: { className: ['heading-anchor'], href: `#${id}`, dataPagefindIgnore: 'all' },
        children: [
          { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
          { type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: t.share.headingAnchor(text) }] },
        ],
      };
      node.children.push({ type: 'text', value: ' ' }, anchor);
    });
  };
}
