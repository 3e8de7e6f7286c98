// Pure (no file access): the CMS bundles it into the browser (src/cms/frontmatter.ts).
import * as yaml from 'js-yaml';

/**
 * Warta reads YAML with the core schema: `published: 2025-10-06` stays the string the editor wrote instead
 * of becoming a UTC Date, so "date without a time" is still known, and the offset of a time is kept.
 */
export function parseYaml(text: string): unknown {
  // An empty document is "no fields", which the validator explains better than a YAML error.
  if (/^(?:[ \t]*(?:#.*)?(?:\r?\n|$))*$/.test(text)) return undefined;
  return yaml.load(text, { schema: yaml.CORE_SCHEMA });
}

export { yaml };

const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/;

export interface SplitArticle {
  /** undefined when the file does not start with a `---` block */
  frontmatter: string | undefined;
  body: string;
  /** the line of the file on which the body starts (1-based) */
  bodyLine: number;
}

export function splitFrontmatter(source: string): SplitArticle {
  const match = FRONTMATTER.exec(source);
  if (!match) return { frontmatter: undefined, body: source, bodyLine: 1 };
  const head = match[0];
  return { frontmatter: match[1] ?? '', body: source.slice(head.length), bodyLine: head.split('\n').length };
}

/** The values of a YAML mapping as Warta reads them (see parseYaml); anything else reads as no values. */
export function parseMapping(text: string): Record<string, unknown> {
  const data = parseYaml(text);
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

/** The frontmatter of an article's text as Warta reads it (see parseYaml). */
export function frontmatterOf(source: string): Record<string, unknown> {
  const { frontmatter } = splitFrontmatter(source);
  return frontmatter === undefined ? {} : parseMapping(frontmatter);
}
