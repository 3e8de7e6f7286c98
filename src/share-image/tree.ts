/**
 * A minimal element tree, React-like objects that Takumi's `fromJsx` reads (no JSX runtime needed). Every
 * container says `display: flex` where it lays out children: the cards were designed with satori, whose
 * default that is.
 */
import { EMOJI_FAMILY } from './emoji.ts';
import type { PreparedCard, PreparedText } from './glyphs.ts';

export type Style = Record<string, string | number>;
type Child = Node | string;
export interface Node {
  type: string;
  props: { style: Style; children?: Child | Child[]; [attribute: string]: unknown };
}

export function h(
  type: string,
  style: Style,
  children?: Child | Child[],
  attributes: Record<string, unknown> = {},
): Node {
  return { type, props: children === undefined ? { style, ...attributes } : { style, children, ...attributes } };
}

/** A CSS font stack of the card's font names (they hold spaces and digits: quoted). */
export const stack = (names: string[]) => names.map((name) => JSON.stringify(name)).join(', ');

/** A text of the card: its own fonts, its emoji in the emoji font. */
export function text(prepared: PreparedText, style: Style): Node {
  const children = prepared.runs.map((run) =>
    run.emoji ? h('span', { fontFamily: stack([EMOJI_FAMILY]) }, run.text) : run.text,
  );
  return h(
    'div',
    { fontFamily: stack(prepared.fontFamily), fontWeight: prepared.weight, ...style },
    children.length === 1 && typeof children[0] === 'string' ? children[0] : children,
  );
}

export function find(card: PreparedCard, field: string): PreparedText {
  const found = card.texts.find((x) => x.field === field);
  if (!found) throw new Error(`No text ${field}`);
  return found;
}
