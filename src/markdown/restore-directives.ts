import type { Paragraph, Text } from 'mdast';
import { defineMdastPlugin, type MdastNode, type MdastVisitorContext } from 'satteri';

type Directive = Readonly<Extract<MdastNode, { type: 'containerDirective' | 'leafDirective' | 'textDirective' }>>;

/** The directives Warta understands, by node type. Everything else is ordinary text. */
export const KNOWN_DIRECTIVES: Readonly<Record<Directive['type'], readonly string[]>> = {
  containerDirective: ['pullquote', 'update'],
  leafDirective: [],
  textDirective: ['quote'],
};

/**
 * The exact characters the editor typed for a node. The directive syntax reads `pukul 10:30` as the text
 * directive `:30`, so anything that is not one of ours must be put back from the source, not re-serialised.
 */
function sourceOf(node: Directive, source: string): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return `:${node.name}`;
  return source.slice(start, end);
}

function restore(node: Directive, ctx: MdastVisitorContext): Text | Paragraph | undefined {
  if (KNOWN_DIRECTIVES[node.type].includes(node.name)) return undefined;
  const text: Text = { type: 'text', value: sourceOf(node, ctx.source) };
  return node.type === 'textDirective' ? text : { type: 'paragraph', children: [text] };
}

/**
 * Turns every directive that is not a Warta directive back into the text it was written as
 * (`Jakarta:Reuters`, `skor 2:1`, `rasio a:b`). Runs before the contract's plugins, so they see only Warta's directives (after smart-punctuation: the
 * restored text is not typeset again).
 */
export const restoreDirectives = defineMdastPlugin({
  name: 'warta-restore-directives',
  options: { position: true },
  containerDirective: restore,
  leafDirective: restore,
  textDirective: restore,
});
