import type { Element, ElementContent, Parent, Properties, Root } from 'hast';
import { find, html } from 'property-information';
import type { VFile } from 'vfile';
import { reportWarning } from './issues.ts';

/**
 * Raw HTML in an article body is untrusted: wire copy gets pasted in. Everything that is not on these
 * allow-lists is removed, and each removal is a warning naming the file, so the desk can clean the source.
 */

/** Elements removed together with their content: what they hold is code or embedded documents, not text. */
const DROP_WITH_CONTENT = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'noscript', 'template',
  'link', 'meta', 'base', 'svg', 'math', 'form', 'textarea', 'select', 'button', 'audio', 'video', 'canvas',
  'portal', 'title', 'head',
]);

const ALLOWED_ELEMENTS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup', 'dd',
  'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'hr', 'i', 'img', 'input', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'picture', 'pre', 'q', 'rp', 'rt',
  'ruby', 's', 'samp', 'section', 'small', 'source', 'span', 'strong', 'sub', 'summary', 'sup', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var', 'wbr',
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
    return scheme === 'data:' && tag === 'img' && name === 'src' && /^data:image\/(png|jpe?g|gif|webp|avif);/i.test(url.trim());
  });
}

function attributeName(name: string): string {
  return find(html, name).attribute;
}

/**
 * GFM writes column alignment as the obsolete `align` attribute, and inline styles would break the CSP:
 * alignment becomes a class (`align-right`) that the stylesheet knows.
 */
function alignmentToClass(node: Element): void {
  const align = node.properties.align;
  if ((node.tagName !== 'td' && node.tagName !== 'th') || typeof align !== 'string') return;
  delete node.properties.align;
  if (['left', 'center', 'right'].includes(align)) {
    const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
    node.properties.className = [...classes, `align-${align}`];
  }
}

function cleanProperties(node: Element, file: VFile): void {
  alignmentToClass(node);
  const kept: Properties = {};
  for (const [name, value] of Object.entries(node.properties ?? {})) {
    if (!isAllowedProperty(node.tagName, name)) {
      const what = /^on/i.test(name) ? 'event handler' : 'attribute';
      reportWarning(file, node, `removed ${what} ${attributeName(name)} from <${node.tagName}> in raw HTML`);
      continue;
    }
    if (URL_PROPERTIES.has(name) && value != null) {
      const text = Array.isArray(value) ? value.join(' ') : String(value);
      if (!isSafeUrl(node.tagName, name, text)) {
        reportWarning(file, node, `removed unsafe URL ${attributeName(name)}="${text.slice(0, 40)}" from <${node.tagName}> in raw HTML`);
        continue;
      }
    }
    kept[name] = value;
  }
  if (node.tagName === 'input' && kept.type !== 'checkbox') {
    // Only GFM task-list checkboxes are content; any other input is a form control.
    reportWarning(file, node, 'removed <input> from raw HTML (only task-list checkboxes are kept)');
    node.properties = {};
    return;
  }
  if (node.tagName === 'img' && kept.alt == null) {
    // An image without alt is read out as its file name; pasted copy rarely says what it shows.
    reportWarning(file, node, 'added alt="" to an <img> without alt text in raw HTML: describe the picture in alt="…" if it says something');
    kept.alt = '';
  }
  node.properties = kept;
}

function clean(parent: Parent, file: VFile): void {
  parent.children = parent.children.flatMap((child): ElementContent[] => {
    if (child.type === 'comment') return [];
    if (child.type === 'doctype') return [];
    if (child.type !== 'element') return [child as ElementContent];
    const tag = child.tagName.toLowerCase();
    if (DROP_WITH_CONTENT.has(tag) || (tag === 'input' && child.properties?.type !== 'checkbox')) {
      reportWarning(file, child, `removed <${tag}> from raw HTML`);
      return [];
    }
    if (!ALLOWED_ELEMENTS.has(tag)) {
      reportWarning(file, child, `removed <${tag}> tag from raw HTML (its text is kept)`);
      clean(child, file);
      return child.children;
    }
    cleanProperties(child, file);
    clean(child, file);
    return [child];
  }) as typeof parent.children;
}

/** Runs on the whole rendered body, so Markdown links (`[x](javascript:…)`) are held to the same rules. */
export function rehypeSanitize() {
  return (tree: Root, file: VFile): void => {
    clean(tree, file);
  };
}
