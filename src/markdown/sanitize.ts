import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { find, html } from 'property-information';
import { type Data, defineHastPlugin, type HastVisitorContext } from 'satteri';
import { ownId } from './anchors.ts';
import { reportWarning } from './messages.ts';

/**
 * Raw HTML in an article body is untrusted: wire copy gets pasted in. Everything that is not on these
 * allow-lists is removed, and each removal is a warning naming the file, so the desk can clean the source.
 */

/** Elements removed together with their content: what they hold is code or embedded documents, not text. */
const DROP_WITH_CONTENT = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'noscript',
  'template',
  'link',
  'meta',
  'base',
  'svg',
  'math',
  'form',
  'textarea',
  'select',
  'button',
  'audio',
  'video',
  'canvas',
  'portal',
  'title',
  'head',
]);

const ALLOWED_ELEMENTS = new Set([
  'a',
  'abbr',
  'article',
  'b',
  'bdi',
  'bdo',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'col',
  'colgroup',
  'dd',
  'del',
  'details',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'i',
  'img',
  'input',
  'ins',
  'kbd',
  'li',
  'mark',
  'nav',
  'ol',
  'p',
  'picture',
  'pre',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'samp',
  'section',
  'small',
  'source',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
  'var',
  'wbr',
]);

/** hast property names allowed on every element (data-* and aria-* are checked by prefix). */
const GLOBAL_PROPERTIES = new Set(['id', 'className', 'title', 'lang', 'dir', 'hidden']);

const ELEMENT_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'rel', 'hrefLang'],
  blockquote: ['cite'],
  q: ['cite'],
  del: ['cite', 'dateTime'],
  ins: ['cite', 'dateTime'],
  time: ['dateTime'],
  img: ['src', 'alt', 'width', 'height', 'loading', 'decoding', 'srcSet', 'sizes'],
  source: ['srcSet', 'sizes', 'type', 'media', 'width', 'height'],
  td: ['colSpan', 'rowSpan', 'headers'],
  th: ['colSpan', 'rowSpan', 'scope', 'headers', 'abbr'],
  col: ['span'],
  colgroup: ['span'],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  details: ['open'],
  input: ['type', 'checked', 'disabled'],
};

const URL_PROPERTIES = new Set(['href', 'src', 'cite', 'srcSet']);
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

function isAllowedProperty(tag: string, name: string): boolean {
  if (GLOBAL_PROPERTIES.has(name)) return true;
  if (/^(aria|data)[A-Z]/.test(name)) return true;
  return ELEMENT_PROPERTIES[tag]?.includes(name) ?? false;
}

/** Browsers ignore control characters and spaces inside a scheme (`java\tscript:`), so we do too. */
function urlScheme(value: string): string | undefined {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what it removes
  const compact = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(compact);
  return match ? `${match[1]!.toLowerCase()}:` : undefined;
}

function isSafeUrl(tag: string, name: string, value: string): boolean {
  const urls = name === 'srcSet' ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value];
  return urls.every((url) => {
    const scheme = urlScheme(url);
    if (scheme === undefined) return true;
    if (SAFE_PROTOCOLS.has(scheme)) return true;
    // Inline images are common in pasted copy and cannot run script from an <img>; SVG can elsewhere.
    return (
      scheme === 'data:' &&
      tag === 'img' &&
      name === 'src' &&
      /^data:image\/(png|jpe?g|gif|webp|avif);/i.test(url.trim())
    );
  });
}

function attributeName(name: string): string {
  return find(html, name).attribute;
}

/**
 * Table cells say their column's alignment in an inline style (`style="text-align: right"`, as the parser
 * writes GFM alignment) or in the obsolete `align` attribute (pasted tables). Inline styles would break the
 * CSP: alignment becomes a class (`align-right`) that the stylesheet knows, and any other style is removed.
 */
const ALIGN_STYLE = /^text-align: (left|center|right)$/;

function alignmentToClass(node: Element): Properties {
  if (node.tagName !== 'td' && node.tagName !== 'th') return node.properties;
  const { align, style, ...rest } = node.properties;
  const styled = typeof style === 'string' ? ALIGN_STYLE.exec(style)?.[1] : undefined;
  const value = styled ?? (typeof align === 'string' ? align : undefined);
  if (value === undefined) return node.properties;
  const kept: Properties = styled || style === undefined ? rest : { ...rest, style };
  if (!['left', 'center', 'right'].includes(value)) return kept;
  const classes = Array.isArray(kept.className) ? kept.className : [];
  return { ...kept, className: [...classes, `align-${value}`] };
}

/**
 * Where pasted ids go. The page around a body has ids of its own (`konten`, `narasumber-judul`…), quotes and
 * pull-quotes have theirs (`kutipan-…`, `sorotan-…`) and subheads get slugs of their text: an id in wire
 * copy could be any of these, and a duplicate id breaks the anchor a shared link points at. Slugs and
 * Warta's ids never contain `_`, so prefixed ids cannot meet them; links and references inside the pasted
 * copy (`href="#catatan-1"`, `headers`, `aria-labelledby`) are prefixed with them, so they still work.
 */
export const PASTED_ID_PREFIX = 'html_';

const ID_REFERENCES = new Set([
  'headers',
  'ariaActiveDescendant',
  'ariaControls',
  'ariaDescribedBy',
  'ariaDetails',
  'ariaErrorMessage',
  'ariaFlowTo',
  'ariaLabelledBy',
  'ariaOwns',
]);

/** The ids of one body with raw HTML in it: which were pasted, and which are taken. */
class BodyIds {
  readonly #data: Data;
  readonly #own = new Set<string>();
  readonly #pasted = new Set<string>();
  readonly #taken = new Set<string>();

  constructor(root: Root, data: Data) {
    this.#data = data;
    const collect = (node: Root | ElementContent): void => {
      if (node.type === 'element' && typeof node.properties.id === 'string') {
        const own = ownId(data, node.properties.id);
        if (own === undefined) this.#pasted.add(node.properties.id);
        else this.#own.add(own);
      }
      if ('children' in node) for (const child of node.children) collect(child as ElementContent);
    };
    collect(root);
  }

  /** The id an element gets: Warta's own without its mark, a pasted one prefixed; undefined when taken. */
  claim(id: string): string | undefined {
    const final = ownId(this.#data, id) ?? `${PASTED_ID_PREFIX}${id}`;
    if (id === '' || this.#taken.has(final)) return undefined;
    this.#taken.add(final);
    return final;
  }

  /** An id reference as it must read once pasted ids are prefixed; Warta's own ids win a tie. */
  reference(id: string): string {
    return this.#pasted.has(id) && !this.#own.has(id) ? `${PASTED_ID_PREFIX}${id}` : id;
  }

  /** A link's target: a fragment naming a pasted id follows the id. */
  href(value: string): string {
    if (!value.startsWith('#')) return value;
    const target = this.reference(safeDecode(value.slice(1)));
    return target === safeDecode(value.slice(1)) ? value : `#${encodeURI(target)}`;
  }
}

function safeDecode(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** A property's value once the pasted ids it names are prefixed; the value itself when none are. */
function withIds(name: string, value: Properties[string], ids: BodyIds): Properties[string] {
  if (name === 'href' && typeof value === 'string') return ids.href(value);
  if (!ID_REFERENCES.has(name)) return value;
  if (Array.isArray(value)) {
    const mapped = value.map((token) => ids.reference(String(token)));
    return mapped.every((token, i) => token === value[i]) ? value : mapped;
  }
  return typeof value === 'string'
    ? value
        .split(/\s+/)
        .map((token) => ids.reference(token))
        .join(' ')
    : value;
}

/**
 * The properties an element keeps; undefined when it keeps them all. `ids` is given where raw HTML may
 * occur (a body without it has no pasted ids).
 */
function cleanProperties(node: Element, ctx: HastVisitorContext, ids?: BodyIds): Properties | undefined {
  const aligned = alignmentToClass(node);
  const kept: Properties = {};
  let changed = aligned !== node.properties;
  for (const [name, raw] of Object.entries(aligned)) {
    if (!isAllowedProperty(node.tagName, name)) {
      const what = /^on/i.test(name) ? 'event handler' : 'attribute';
      reportWarning(ctx, node, `removed ${what} ${attributeName(name)} from <${node.tagName}> in raw HTML`);
      changed = true;
      continue;
    }
    const value = ids ? withIds(name, raw, ids) : raw;
    if (value !== raw) changed = true;
    if (URL_PROPERTIES.has(name) && value != null) {
      const text = Array.isArray(value) ? value.join(' ') : String(value);
      if (!isSafeUrl(node.tagName, name, text)) {
        reportWarning(
          ctx,
          node,
          `removed unsafe URL ${attributeName(name)}="${text.slice(0, 40)}" from <${node.tagName}> in raw HTML`,
        );
        changed = true;
        continue;
      }
    }
    if (name === 'id' && ids) {
      const id = ids.claim(String(value));
      if (id === undefined) {
        reportWarning(
          ctx,
          node,
          `removed id="${String(value).slice(0, 40)}" from <${node.tagName}> in raw HTML: an element before it has the same id`,
        );
        changed = true;
        continue;
      }
      if (id !== value) changed = true;
      kept.id = id;
      continue;
    }
    kept[name] = value;
  }
  if (node.tagName === 'img' && kept.alt == null) {
    // An image without alt is read out as its file name; pasted copy rarely says what it shows.
    reportWarning(
      ctx,
      node,
      'added alt="" to an <img> without alt text in raw HTML: describe the picture in alt="…" if it says something',
    );
    kept.alt = '';
    changed = true;
  }
  return changed ? kept : undefined;
}

/** A detached copy of a node the sanitiser keeps as it is, for a parent it rebuilds. */
function copy(node: ElementContent): ElementContent {
  if (node.type !== 'element') return { ...node } as ElementContent;
  return {
    type: 'element',
    tagName: node.tagName,
    properties: { ...node.properties },
    children: node.children.map(copy),
  };
}

/**
 * What a node becomes: undefined when it stays as it is, else the nodes that replace it (none, its
 * cleaned children, or a cleaned copy). Warnings come in reading order, parents before their children.
 */
function clean(child: RootContent, ctx: HastVisitorContext, ids: BodyIds): ElementContent[] | undefined {
  if (child.type === 'comment' || child.type === 'doctype') return [];
  if (child.type !== 'element') return undefined;
  const tag = child.tagName.toLowerCase();
  // Of inputs, only GFM task-list checkboxes are content; any other is a form control.
  if (DROP_WITH_CONTENT.has(tag) || (tag === 'input' && child.properties?.type !== 'checkbox')) {
    reportWarning(ctx, child, `removed <${tag}> from raw HTML`);
    return [];
  }
  if (!ALLOWED_ELEMENTS.has(tag)) {
    reportWarning(ctx, child, `removed <${tag}> tag from raw HTML (its text is kept)`);
    return cleanChildren(child.children, ctx, ids) ?? child.children.map(copy);
  }
  const properties = cleanProperties(child, ctx, ids);
  const children = cleanChildren(child.children, ctx, ids);
  if (!properties && !children) return undefined;
  return [
    {
      type: 'element',
      tagName: child.tagName,
      properties: properties ?? { ...child.properties },
      children: children ?? child.children.map(copy),
    },
  ];
}

/** The cleaned children of a parent; undefined when none changed. */
function cleanChildren(
  children: readonly ElementContent[],
  ctx: HastVisitorContext,
  ids: BodyIds,
): ElementContent[] | undefined {
  let changed = false;
  const out = children.flatMap((child) => {
    const replaced = clean(child, ctx, ids);
    if (replaced) changed = true;
    return replaced ?? [child];
  });
  return changed ? out.map(copy) : undefined;
}

/** Sets a node's properties to `kept` in place: removed ones unset, changed ones set. */
function applyProperties(node: Element, kept: Properties, ctx: HastVisitorContext): void {
  for (const name of Object.keys(node.properties)) if (!(name in kept)) ctx.setProperty(node, name, null);
  for (const [name, value] of Object.entries(kept))
    if (node.properties[name] !== value) ctx.setProperty(node, name, value);
}

/**
 * Without a `<` in the source there is no raw HTML, and Markdown makes only elements and properties the
 * allow-lists accept, except for what the editor writes into them: link and image URLs
 * (`[x](javascript:…)`), and table alignment. Only those elements are looked at, and the quotes and
 * pull-quotes whose ids carry Warta's mark (`anchors.ts`).
 */
const MARKDOWN_ONLY = ['a', 'img', 'td', 'th'];
const MARKED_IDS = ['q', 'figure', 'h2'];

/**
 * Runs on the whole rendered body, so Markdown links (`[x](javascript:…)`) are held to the same rules.
 * Where raw HTML may occur, each top-level block that changes is replaced by its cleaned copy.
 */
export const sanitize = (factory: { source: string }) =>
  factory.source.includes('<')
    ? defineHastPlugin({
        name: 'warta-sanitize',
        before(root: Root, ctx) {
          const ids = new BodyIds(root, ctx.data);
          for (const child of root.children) {
            const replaced = clean(child, ctx, ids);
            if (replaced) ctx.replaceNode(child, replaced);
          }
        },
      })
    : defineHastPlugin({
        name: 'warta-sanitize-markdown',
        element: {
          filter: [...MARKDOWN_ONLY, ...MARKED_IDS],
          visit(node, ctx) {
            if (MARKED_IDS.includes(node.tagName)) {
              const id = typeof node.properties.id === 'string' ? ownId(ctx.data, node.properties.id) : undefined;
              if (id !== undefined) ctx.setProperty(node, 'id', id);
              return;
            }
            const kept = cleanProperties(node, ctx);
            if (kept) applyProperties(node, kept, ctx);
          },
        },
      });
