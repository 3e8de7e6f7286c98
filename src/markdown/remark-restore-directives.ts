import type { Paragraph, Parent, Root, RootContent, Text } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';

type Directive = ContainerDirective | LeafDirective | TextDirective;

/** The directives Warta understands, by node type. Everything else is ordinary text. */
export const KNOWN_DIRECTIVES: Readonly<Record<Directive['type'], readonly string[]>> = {
  containerDirective: ['pullquote'],
  leafDirective: [],
  textDirective: ['quote'],
};

function isDirective(node: RootContent): node is Directive {
  return node.type === 'containerDirective' || node.type === 'leafDirective' || node.type === 'textDirective';
}

function isKnown(node: Directive): boolean {
  return KNOWN_DIRECTIVES[node.type].includes(node.name);
}

/**
 * The exact characters the editor typed for a node. remark-directive reads `pukul 10:30` as the text
 * directive `:30`, so anything that is not one of ours must be put back from the source, not re-serialised.
 */
function sourceOf(node: Directive, source: string): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return `:${node.name}`;
  return source.slice(start, end);
}

function restore(node: Directive, source: string): RootContent {
  const text: Text = { type: 'text', value: sourceOf(node, source), position: node.position };
  if (node.type === 'textDirective') return text;
  const paragraph: Paragraph = { type: 'paragraph', children: [text], position: node.position };
  return paragraph;
}

function walk(parent: Parent, source: string): void {
  parent.children = parent.children.map((child) => {
    if (isDirective(child) && !isKnown(child)) return restore(child, source);
    if ('children' in child) walk(child, source);
    return child;
  }) as typeof parent.children;
}

/**
 * Turns every directive that is not a Warta directive back into the text it was written as
 * (`Jakarta:Reuters`, `skor 2:1`, `rasio a:b`). Runs right after remark-directive.
 */
export function remarkRestoreDirectives() {
  return (tree: Root, file: VFile): void => {
    walk(tree, String(file.value));
  };
}
