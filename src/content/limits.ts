import type { Node, Parent } from 'unist';

/**
 * Limits on what a file may be, so that junk gets a clear error instead of a crash deep in a parser.
 * Measured in docs/security.md (on the remark pipeline of the time): remark, rehype and the HTML serialiser recurse once per nesting level and
 * overflow Node's stack at about 1,000 nested lists or 3,000 nested quotes or HTML elements, and micromark
 * takes time quadratic in the indentation of nested lists (500 levels: 6 s, 1,000 levels: 35 s).
 * No news article nests a tenth as deep; browsers themselves flatten HTML deeper than 512 elements.
 */
export const MAX_NESTING = 100;
/** Deeper than MAX_NESTING lists need at least this much indentation; checked before the slow parse. */
export const MAX_INDENT = 4 * MAX_NESTING;

/** Longer values are cut in messages: an editor needs to recognise the value, not read a megabyte of it. */
export function shown(value: string, max = 60): string {
  const chars = [...value];
  return chars.length <= max ? value : `${chars.slice(0, max).join('')}…`;
}

export type TextFile = { text: string; problem?: undefined } | { text?: undefined; problem: string };

/**
 * Decodes a content file as strict UTF-8. A file in another encoding would otherwise be read with
 * replacement characters and published as mojibake.
 */
export function decodeText(bytes: Uint8Array, kind: string): TextFile {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: `saved as UTF-16: save the ${kind} as UTF-8` };
  }
  if (bytes.includes(0)) return { problem: `not a text file (it contains NUL bytes): save the ${kind} as UTF-8 text` };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const line = lineOfInvalidUtf8(bytes);
    return {
      problem: `not valid UTF-8 (first bad byte on line ${line}): save the ${kind} as UTF-8, e.g. "Save as… UTF-8" in the editor`,
    };
  }
}

function lineOfInvalidUtf8(bytes: Uint8Array): number {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return line;
}

/** Container markers at the start of a line (`- - > 1. x`): each opens one more level. */
const LEADING_MARKERS = /^(?:[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)))+/;
/** A run of one markup character: micromark's time grows with the square of such runs. */
const MARKUP_RUN = /([*_~`[\]])\1{999,}/;

/**
 * What makes a body too costly to parse, found with a cheap line scan before the parser sees it:
 * nesting by indentation or by markers on one line, and very long runs of emphasis or bracket characters.
 * Returns the 1-based line of the body and the reason.
 */
export function beforeParse(body: string): { line: number; reason: string } | undefined {
  let line = 0;
  for (const text of body.split('\n')) {
    line++;
    let columns = 0;
    for (const char of text) {
      if (char === ' ') columns++;
      else if (char === '\t') columns += 4 - (columns % 4);
      else break;
    }
    if (columns > MAX_INDENT) {
      return {
        line,
        reason: `the line is indented by ${columns} spaces (at most ${MAX_INDENT}): lists nest at most ${MAX_NESTING} levels; flatten the list or remove the indentation`,
      };
    }
    const markers = LEADING_MARKERS.exec(text)?.[0].match(/[-*+>]|\d{1,9}[.)]/g)?.length ?? 0;
    if (markers > MAX_NESTING) {
      return {
        line,
        reason: `the line opens ${markers} lists or quotes inside each other (at most ${MAX_NESTING}): flatten them`,
      };
    }
    const run = MARKUP_RUN.exec(text);
    if (run) {
      const length = /^(.)\1*/.exec(text.slice(run.index))![0].length;
      return {
        line,
        reason: `a run of ${length} "${run[1]}" characters (at most 999): remove it or put the text in a code block`,
      };
    }
  }
  return undefined;
}

/** Markdown nodes that hold their own kind: each is one level of nesting. */
const NESTING_NODES = new Set([
  'list',
  'blockquote',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'footnoteDefinition',
  'containerDirective',
  'leafDirective',
  'textDirective',
]);
const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
/** Elements a browser closes by itself (`<p>a<p>b`); counting them would call flat text deep. */
const SELF_CLOSING = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
  'option',
  'optgroup',
  'rp',
  'rt',
  'colgroup',
  'caption',
]);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>/g;

export interface TooDeep {
  depth: number;
  line: number | undefined;
}

/**
 * The first place where Markdown containers and raw HTML elements together nest deeper than MAX_NESTING.
 * Iterative on purpose: the tree it measures may be exactly the one that would overflow a recursive walk.
 * Raw HTML arrives as flat strings (`<div><div>…`), so its elements are counted with a tag scanner.
 */
export function tooDeep(tree: Node): TooDeep | undefined {
  let html = 0;
  const stack: [Node, number][] = [[tree, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    const own = depth + (NESTING_NODES.has(node.type) ? 1 : 0);
    if (node.type === 'html') {
      for (const [, close, name, selfClose] of String((node as Node & { value?: string }).value ?? '').matchAll(TAG)) {
        const tag = name!.toLowerCase();
        if (VOID_ELEMENTS.has(tag) || SELF_CLOSING.has(tag) || selfClose) continue;
        html = close ? Math.max(0, html - 1) : html + 1;
        if (own + html > MAX_NESTING) return { depth: own + html, line: node.position?.start.line };
      }
    }
    if (own > MAX_NESTING) return { depth: own, line: node.position?.start.line };
    const children = (node as Parent).children;
    // Reversed, so nodes are visited in document order and raw HTML is scanned in the order it opens.
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, own]);
  }
  return undefined;
}
