/**
 * Frontmatter as editors and the CMS write it (issue 30), in Warta's house style and with the smallest
 * change: a file saved after one field was edited differs from the file before in that field's lines only.
 * Every other key keeps its lines byte for byte (quotes, flow or block style, comments), because the
 * block of an unchanged key is copied, not re-serialised. What must be written is written as the default
 * content is: text in double quotes, dates, ids and relative paths plain, lists of words in flow style
 * (`tags: ["Korea Utara", "Rusia"]`), objects and lists of objects in block style.
 *
 * Values are read with the core schema (src/content/yaml.ts): dates stay the strings the editor wrote.
 */
import { parseMapping, splitFrontmatter, yaml } from '../content/yaml.ts';

export type Frontmatter = Record<string, unknown>;

/** A top-level key's lines: the key line and what belongs to it (indented lines, blank lines, comments). */
interface Block {
  key: string | undefined;
  text: string;
}

const KEY_LINE = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]|$)/;

function blocks(frontmatter: string): Block[] {
  const lines = frontmatter.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const out: Block[] = [];
  for (const line of lines) {
    const key = KEY_LINE.exec(line)?.[1];
    const last = out.at(-1);
    if (key !== undefined || !last) out.push({ key, text: `${line}\n` });
    else last.text += `${line}\n`;
  }
  return out;
}

export const parseFrontmatter: (frontmatter: string) => Frontmatter = parseMapping;

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => deepEqual((a as Frontmatter)[k], (b as Frontmatter)[k]));
  }
  return false;
}

/** Dates, ids and relative paths are written plain, as editors write them; other text in double quotes. */
const PLAIN =
  /^(?:\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?|[a-z0-9]+(?:-[a-z0-9]+)*|\.\/[\w./-]+)$/;

function scalar(value: unknown): string {
  if (typeof value === 'string') {
    // Plain only when the core schema reads it back as this very string (not "true", "null" or 12).
    if (PLAIN.test(value) && yaml.load(value, { schema: yaml.CORE_SCHEMA }) === value) return value;
    // JSON's escapes are YAML's double-quoted escapes.
    return JSON.stringify(value);
  }
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  if (value === null) return 'null';
  throw new Error(`not a scalar: ${JSON.stringify(value)}`);
}

const isScalar = (value: unknown) => value === null || typeof value !== 'object';

function entries(value: Frontmatter, indent: string): string {
  return Object.entries(value)
    .map(([key, v]) => emit(key, v, indent))
    .join('');
}

/** One key and its value in house style, at an indent. */
function emit(key: string, value: unknown, indent = ''): string {
  if (isScalar(value)) return `${indent}${key}: ${scalar(value)}\n`;
  if (Array.isArray(value)) {
    if (value.every(isScalar)) return `${indent}${key}: [${value.map(scalar).join(', ')}]\n`;
    return `${indent}${key}:\n${value
      .map((item) => {
        if (isScalar(item)) return `${indent}  - ${scalar(item)}\n`;
        const inner = entries(item as Frontmatter, `${indent}    `);
        return `${indent}  - ${inner.slice(indent.length + 4)}`;
      })
      .join('')}`;
  }
  return `${indent}${key}:\n${entries(value as Frontmatter, `${indent}  `)}`;
}

/**
 * The frontmatter for `data`: `original`'s lines for every key whose value did not change, house style
 * for the rest; keys not in `data` are left out, new keys go where `order` (the contract's field order)
 * puts them among the others.
 */
export function writeFrontmatter(data: Frontmatter, original?: string, order: readonly string[] = []): string {
  const before = original === undefined ? {} : parseFrontmatter(original);
  const out: Block[] = [];
  for (const block of original === undefined ? [] : blocks(original)) {
    if (block.key === undefined) out.push(block);
    else if (!(block.key in data)) continue;
    else if (block.key in before && deepEqual(before[block.key], data[block.key])) out.push(block);
    else out.push({ key: block.key, text: emit(block.key, data[block.key]) });
  }
  const rank = (key: string) => {
    const i = order.indexOf(key);
    return i === -1 ? order.length : i;
  };
  for (const key of Object.keys(data)) {
    if (out.some((b) => b.key === key)) continue;
    const block = { key, text: emit(key, data[key]) };
    const next = out.findIndex((b) => b.key !== undefined && rank(b.key) > rank(key));
    if (next === -1) out.push(block);
    else out.splice(next, 0, block);
  }
  return out.map((b) => b.text).join('');
}

const isEmpty = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && !Array.isArray(value) && Object.values(value as Frontmatter).every(isEmpty));

/**
 * What a form gives, as the file should say it: a key the file did not have is left out when the form
 * holds nothing for it or only the contract's default (`draft: false`, `tags: []`), so opening and saving
 * a file adds nothing to it. Empty values inside objects go too.
 */
export function withoutDefaults(data: Frontmatter, original: string | undefined, defaults: Frontmatter): Frontmatter {
  const before = original === undefined ? {} : splitArticle(original).data;
  const out: Frontmatter = {};
  for (const [key, value] of Object.entries(data)) {
    if (!(key in before) && (isEmpty(value) || deepEqual(value, defaults[key]))) continue;
    out[key] =
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value as Frontmatter).filter(([, v]) => !isEmpty(v)))
        : value;
  }
  return out;
}

/** A Markdown file's frontmatter (its text and values) and body. */
export function splitArticle(source: string): { frontmatter: string; data: Frontmatter; body: string } {
  const split = splitFrontmatter(source);
  if (split.frontmatter === undefined) return { frontmatter: '', data: {}, body: source };
  const frontmatter = split.frontmatter.replace(/\r\n/g, '\n');
  return { frontmatter, data: parseMapping(frontmatter), body: split.body };
}

/** The article file: `---`, the frontmatter (see writeFrontmatter), `---`, a blank line, the body. */
export function writeArticle(data: Frontmatter, body: string, original?: string, order?: readonly string[]): string {
  const before = original === undefined ? undefined : splitArticle(original);
  const head = writeFrontmatter(data, before?.frontmatter, order);
  // The body as the original had it after the closing line when it did not change (its blank line too).
  const unchanged = before && before.body.replace(/^\r?\n/, '') === body.replace(/^\r?\n/, '');
  // A file ends with a line break, as editors' files do.
  const rest = unchanged ? before.body : `\n${body.endsWith('\n') ? body : `${body}\n`}`;
  return `---\n${head}---\n${rest}`;
}
