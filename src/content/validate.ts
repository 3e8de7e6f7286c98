import { closeSync, existsSync, lstatSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { articleSchema, expertSchema, sectionSchema } from '../content.config.ts';
import { defineMdastPlugin, markdownToHtml } from 'satteri';
import { messagesOf, type MarkdownMessage } from '../markdown/messages.ts';
import { CHECK_FEATURES, contractPlugins, type PipelineOptions } from '../markdown/pipeline.ts';
import { ShareImageError } from '../share-image/glyphs.ts';
import { assertDrawable } from '../share-image/inputs.ts';
import { slugify } from '../lib/slug.ts';
import { fileStamp, type ArticleFindings, type CheckCache } from './check-cache.ts';
import { beforeParse, decodeText, MAX_NESTING, shown, tooDeep, type TooDeep } from './limits.ts';
import { CONTENT_FOLDERS, ID_PATTERN } from './paths.ts';
import { closest, didYouMean } from './suggest.ts';
import { parseYaml, splitFrontmatter, yaml } from './yaml.ts';

/**
 * Checks a content folder against the contract before anything is built, and says what is wrong the way
 * an editor can act on: `file: field: what is expected (the fix)`. Every error of every file is listed.
 */
export interface ValidationResult {
  errors: string[];
  counts: { articles: number; drafts: number; experts: number; sections: number };
}

const IMAGE_EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.tiff']);

type Examples = Readonly<Record<string, string>>;

/** What to write, per field, when a required field is missing. */
const ARTICLE_EXAMPLES: Examples = {
  title: 'title: "Kim Sambut Putin di Pyongyang"',
  description: 'description: "One or two sentences under the headline."',
  published: 'published: 2025-10-06 (or 2025-10-06T09:30:00+07:00)',
  section: 'section: internasional',
  'source.name': 'name: "Deutsche Welle"',
  'image.src': 'src: ./photo.jpg',
  'image.alt': 'alt: "what the picture shows"',
};
const EXPERT_EXAMPLES: Examples = {
  name: 'name: "Yakov Zinberg"',
  role: 'role: "Profesor Hubungan Internasional"',
  affiliation: 'affiliation: "Universitas Kokushikan"',
};
const SECTION_EXAMPLES: Examples = { name: 'name: "Internasional"' };

function fieldPath(parts: readonly PropertyKey[]): string {
  return parts.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)), '');
}

function knownKeys(schema: z.ZodType, at: readonly PropertyKey[]): string[] {
  let node: unknown = schema;
  const unwrap = (s: unknown): unknown => {
    let cur = s as { def?: { type?: string; innerType?: unknown; in?: unknown; schema?: unknown }; shape?: Record<string, unknown> };
    for (let i = 0; i < 8 && cur && !cur.shape; i++) cur = (cur.def?.innerType ?? cur.def?.in ?? cur.def?.schema) as typeof cur;
    return cur;
  };
  for (const part of [...at, null]) {
    const obj = unwrap(node) as { shape?: Record<string, unknown> } | undefined;
    if (part === null) return Object.keys(obj?.shape ?? {});
    node = obj?.shape?.[String(part)];
  }
  return [];
}

function describeIssues(schema: z.ZodType, data: unknown, examples: Examples): string[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.flatMap((issue) => {
    const field = fieldPath(issue.path);
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(schema, issue.path);
      return issue.keys.map((key) => {
        const where = shown(field ? `${field}.${key}` : key);
        const hint = closest(key, known);
        return `${where}: unknown field${hint ? ` (did you mean "${hint}"?)` : ''}: ${hint ? 'fix the spelling' : 'remove it'}; allowed fields are ${known.join(', ')}`;
      });
    }
    if (issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined) {
      const key = issue.path.filter((p) => typeof p === 'string').join('.');
      const example = examples[key];
      return [`${field}: required field is missing${example ? `: add ${example}` : ''}`];
    }
    return [`${field || '(frontmatter)'}: ${issue.message}`];
  });
}

function valueAt(data: unknown, at: readonly PropertyKey[]): unknown {
  return at.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

/** Regular files, and links that point nowhere (the validator names them instead of crashing on them). */
function listFiles(dir: string, recursive: boolean): { files: string[]; broken: string[] } {
  if (!existsSync(dir)) return { files: [], broken: [] };
  const entries = readdirSync(dir, { recursive, withFileTypes: false })
    .map((entry) => path.join(dir, String(entry)))
    .sort();
  const broken = entries.filter((file) => !statSync(file, { throwIfNoEntry: false }) && lstatSync(file).isSymbolicLink());
  return { files: entries.filter((file) => statSync(file, { throwIfNoEntry: false })?.isFile()), broken };
}

/**
 * The last line of defence: an input nobody thought of still gets `file: what went wrong`, never a stack
 * trace, and the other files are still checked.
 */
function unexpected(error: unknown): string {
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    return `body: nested too deeply to read: flatten lists, quotes and HTML to at most ${MAX_NESTING} levels`;
  }
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return `the file could not be checked (${shown(reason ?? '', 200)}): fix or remove the file, and tell the developers if it looks fine`;
}

function yamlError(error: unknown): string {
  if (error instanceof yaml.YAMLException) {
    const line = error.mark ? ` on line ${error.mark.line + 1}` : '';
    return `the YAML is invalid${line}: ${error.reason}; check indentation, and quote text that contains ": " or starts with a quote`;
  }
  return `the file could not be read: ${shown(String(error), 200)}`;
}

interface DataFile {
  id: string;
  data: Record<string, unknown>;
}

/** `cache` lets a rebuild skip the checks of unchanged articles (see check-cache.ts). */
export function validateContent(root: string, cwd = process.cwd(), cache?: CheckCache): ValidationResult {
  const errors: string[] = [];
  const rel = (file: string) => path.relative(cwd, file).split(path.sep).join('/');
  const fail = (file: string, message: string) => errors.push(`${rel(file)}: ${message}`);

  function readDataFolder(folder: string, schema: z.ZodType, noun: string, examples: Examples): Map<string, DataFile> {
    const found = new Map<string, DataFile>();
    const { files, broken } = listFiles(path.join(root, folder), false);
    for (const file of broken) fail(file, 'a link to a file that does not exist: replace it with the file itself or remove it');
    for (const file of files) {
      try {
        readDataFile(file);
      } catch (error) {
        fail(file, unexpected(error));
      }
    }
    return found;

    function readDataFile(file: string): void {
      const ext = path.extname(file);
      if (ext !== '.yaml') {
        fail(file, `${ext === '.yml' ? `rename to ${path.basename(file, ext)}.yaml` : `not a ${noun} file: ${noun} files are <id>.yaml; move or remove it`}`);
        return;
      }
      const id = path.basename(file, ext);
      if (!ID_PATTERN.test(id)) fail(file, `file name: "${id}" is not an id: rename the file to lower-case ASCII words joined by "-", e.g. ${suggestId(id)}.yaml`);
      const { text, problem } = decodeText(readFileSync(file), `${noun} file`);
      if (problem !== undefined) {
        fail(file, problem);
        return;
      }
      let data: unknown;
      try {
        data = parseYaml(text);
      } catch (error) {
        fail(file, yamlError(error));
        return;
      }
      if (!data || typeof data !== 'object' || Array.isArray(data)) {
        fail(file, `expected fields such as ${noun === 'expert' ? 'name, role and affiliation' : 'name'}, found ${describeShape(data)}: write one field a line, e.g. ${(noun === 'expert' ? EXPERT_EXAMPLES : SECTION_EXAMPLES).name}`);
        return;
      }
      for (const problem of describeIssues(schema, data, examples)) fail(file, problem);
      found.set(id, { id, data: data as Record<string, unknown> });
    }
  }

  const sections = readDataFolder(CONTENT_FOLDERS.sections, sectionSchema, 'section', SECTION_EXAMPLES);
  for (const section of sections.values()) {
    const problem = typeof section.data.name === 'string' ? undrawable({ title: 'Warta', section: section.data.name }) : undefined;
    if (problem) fail(path.join(root, CONTENT_FOLDERS.sections, `${section.id}.yaml`), `name: ${problem}`);
  }
  const experts = readDataFolder(CONTENT_FOLDERS.experts, expertSchema, 'expert', EXPERT_EXAMPLES);
  const expertNames = (id: string) => {
    const name = experts.get(id)?.data.name;
    return typeof name === 'string' ? name : undefined;
  };
  // What an article's findings depend on besides its own bytes: which experts and sections exist, and the
  // experts' names (the pipeline's quotes read them). A bio or a section's description changes nothing here.
  cache?.setContext(JSON.stringify([[...experts.keys()].map((id) => [id, expertNames(id) ?? null]), [...sections.keys()]]));

  const articlesDir = path.join(root, CONTENT_FOLDERS.articles);
  if (!existsSync(articlesDir)) errors.push(`${rel(articlesDir)}/: the articles folder is missing: create it and put one .md file per article in it`);
  const slugs = new Map<string, string>();
  let articleCount = 0;
  let draftCount = 0;
  const schema = articleSchema(() => z.string({ error: 'expected a relative path, e.g. ./photo.jpg' }));

  const articleFiles = listFiles(articlesDir, true);
  for (const file of articleFiles.broken) fail(file, 'a link to a file that does not exist: replace it with the file itself or remove it');
  for (const file of articleFiles.files) {
    const ext = path.extname(file).toLowerCase();
    if (ext === '.markdown' || ext === '.mdx') {
      fail(file, `articles are .md files: rename to ${path.basename(file, path.extname(file))}.md`);
      continue;
    }
    if (ext !== '.md') continue;
    articleCount++;
    const slug = path.basename(file, '.md');
    if (!ID_PATTERN.test(slug)) fail(file, `file name: "${slug}" is not a slug: rename the file to lower-case ASCII words joined by "-", e.g. ${suggestId(slug)}.md`);
    const twin = slugs.get(slug);
    if (twin) fail(file, `file name: slug "${slug}" is already used by ${rel(twin)}: slugs are unique across all folders; rename one of them`);
    else slugs.set(slug, file);

    try {
      if (checkArticle(file)) draftCount++;
    } catch (error) {
      fail(file, unexpected(error));
    }
  }

  /** Checks one article file; true when it is a draft. */
  function checkArticle(file: string): boolean {
    const stamp = cache ? fileStamp(statSync(file)) : '';
    const findings = cache?.unchanged(rel(file), stamp) ?? findingsOf(file, stamp);
    if (!findings) return false;
    const found = [...findings.errors];
    // The picture can change without the article changing: its file is checked every time.
    if (findings.image) {
      const problem = checkImagePath(findings.image.src, path.dirname(file), root);
      if (problem) found.splice(findings.image.at, 0, `${rel(file)}: image.src: ${problem}`);
    }
    errors.push(...found);
    return findings.draft;
  }

  /** The findings of a file read afresh: from the cache when its bytes are known, else checked. */
  function findingsOf(file: string, stamp: string): ArticleFindings | undefined {
    const { text: source, problem } = decodeText(readFileSync(file), 'article');
    if (problem !== undefined) {
      fail(file, problem);
      return undefined;
    }
    const known = cache?.get(rel(file), source, stamp);
    const findings = known ?? checkArticleText(file, source);
    if (!known) cache?.set(rel(file), source, stamp, findings);
    return findings;
  }

  /** Everything about an article that its own bytes (and the experts and sections) decide. */
  function checkArticleText(file: string, source: string): ArticleFindings {
    const found: string[] = [];
    const fail = (file: string, message: string) => found.push(`${rel(file)}: ${message}`);
    const { frontmatter, body, bodyLine } = splitFrontmatter(source);
    if (frontmatter === undefined) {
      fail(
        file,
        /^\uFEFF?---[ \t]*\r?\n/.test(source)
          ? 'the frontmatter is not closed: add a --- line after the last field, before the article text'
          : 'no frontmatter: start the file with a --- line, the fields (title, description, published, section), and another --- line',
      );
      return { errors: found, draft: false };
    }
    let data: unknown;
    try {
      data = parseYaml(frontmatter);
    } catch (error) {
      fail(file, yamlError(error));
      return { errors: found, draft: false };
    }
    if (!data || typeof data !== 'object' || Array.isArray(data)) {
      fail(file, `the frontmatter has no fields (found ${describeShape(data)}): write one field a line, e.g. title: "…", description: "…", published: 2025-10-06, section: internasional`);
      return { errors: found, draft: false };
    }
    const fm = data as Record<string, unknown>;
    for (const problem of describeIssues(schema, fm, ARTICLE_EXAMPLES)) fail(file, problem);

    if (typeof fm.title === 'string' && fm.title.trim()) {
      const problem = undrawable({ title: fm.title, section: '' });
      if (problem) fail(file, `title: ${problem}`);
    }
    if (Array.isArray(fm.tags)) {
      fm.tags.forEach((tag, i) => {
        if (typeof tag === 'string' && tag.trim() && !slugify(tag)) {
          fail(file, `tags[${i}]: "${shown(tag)}" has no letter or digit to name its page /topik/…/: write the topic in words, e.g. "Korea Utara"`);
        }
      });
    }
    if (typeof fm.section === 'string' && ID_PATTERN.test(fm.section) && !sections.has(fm.section)) {
      fail(file, `section: no section "${shown(fm.section)}" in ${rel(path.join(root, CONTENT_FOLDERS.sections))}/${didYouMean(fm.section, sections.keys())}`);
    }
    if (Array.isArray(fm.experts)) {
      fm.experts.forEach((expert, i) => {
        if (typeof expert === 'string' && ID_PATTERN.test(expert) && !experts.has(expert)) {
          fail(file, `experts[${i}]: no expert "${shown(expert)}" in ${rel(path.join(root, CONTENT_FOLDERS.experts))}/${didYouMean(expert, experts.keys())}`);
        }
      });
    }
    const image = fm.image as { src?: unknown } | undefined;
    const imageCheck = image && typeof image === 'object' && typeof image.src === 'string' ? { src: image.src, at: found.length } : undefined;
    found.push(...checkBody(file, fm, body, bodyLine));
    return { errors: found, draft: fm.draft === true, ...(imageCheck ? { image: imageCheck } : {}) };
  }

  /** The article's body through the Markdown plugins: directives, quotes, pull-quotes, limits. */
  function checkBody(file: string, fm: Record<string, unknown>, body: string, bodyLine: number): string[] {
    const found: string[] = [];
    const costly = beforeParse(body);
    if (costly) {
      found.push(`${rel(file)}:${costly.line + bodyLine - 1}: body: ${costly.reason}`);
      return found;
    }
    const checked = checkMarkdown(body, fm, { expertName: expertNames });
    if (checked.tooDeep) {
      const deep = checked.tooDeep;
      const line = deep.line ? `:${deep.line + bodyLine - 1}` : '';
      found.push(`${rel(file)}${line}: body: lists, quotes, emphasis and HTML elements are nested ${deep.depth} levels deep here (at most ${MAX_NESTING}): flatten them`);
      return found;
    }
    for (const message of checked.messages) {
      if (!message.fatal) continue;
      const line = message.line ? `:${message.line + bodyLine - 1}` : '';
      found.push(`${rel(file)}${line}: ${message.reason}`);
    }
    return found;
  }

  return {
    errors,
    counts: { articles: articleCount, drafts: draftCount, experts: experts.size, sections: sections.size },
  };
}

type BodyCheck = { tooDeep: TooDeep; messages?: undefined } | { tooDeep?: undefined; messages: MarkdownMessage[] };

const TOO_DEEP_KEY = 'wartaTooDeep';

/** Stops before any plugin walks a tree nested deeper than the contract allows. */
const nestingLimit = defineMdastPlugin({
  name: 'warta-nesting-limit',
  options: { position: true },
  before(root, ctx) {
    const deep = tooDeep(root);
    if (!deep) return;
    ctx.data[TOO_DEEP_KEY] = deep;
    throw new Error('nested too deeply');
  },
});

/** A body through the contract's plugins, as the render will read it, without rendering it. */
function checkMarkdown(body: string, frontmatter: Record<string, unknown>, options: PipelineOptions): BodyCheck {
  const data: Record<string, unknown> = { astro: { frontmatter } };
  try {
    markdownToHtml(body, { features: CHECK_FEATURES, mdastPlugins: [nestingLimit, ...contractPlugins(options)], data });
  } catch (error) {
    const deep = data[TOO_DEEP_KEY] as TooDeep | undefined;
    if (deep) return { tooDeep: deep };
    throw error;
  }
  return { messages: messagesOf(data) };
}

/** Why a headline or section name cannot go on the article's share image, if it cannot. */
function undrawable(text: { title: string; section: string }): string | undefined {
  try {
    assertDrawable(text);
    return undefined;
  } catch (error) {
    if (!(error instanceof ShareImageError)) throw error;
    return `${error.message} on the share image: replace it (or ask the developers to bundle a font that has it)`;
  }
}

function checkImagePath(value: string, articleDir: string, root: string): string | undefined {
  const src = shown(value);
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('/')) {
    return `"${src}" must be a path relative to the article, e.g. ./photo.jpg, with the file next to the article`;
  }
  if (!value.startsWith('./') && !value.startsWith('../')) return `"${src}" must start with ./ (e.g. ./${src})`;
  const ext = path.extname(value).toLowerCase();
  if (!IMAGE_EXTENSIONS.has(ext)) return `"${src}" is not a supported image: use .jpg, .png, .webp or .avif`;
  const file = path.resolve(articleDir, value);
  // The build copies the picture into the public site: nothing outside the content folder may be reached.
  if (path.relative(path.resolve(root), file).startsWith('..')) return `"${src}" is outside the content folder: put the picture next to the article`;
  if (!existsSync(file)) return `no file "${src}" next to the article: add the image or fix the path`;
  if (!statSync(file).isFile()) return `"${src}" is a folder, not a picture: point to the image file`;
  if (!looksLikeImage(file)) return `"${src}" is not a readable JPEG, PNG, WebP, AVIF, GIF or TIFF file (damaged or renamed?): export the picture again`;
  return undefined;
}

function describeShape(data: unknown): string {
  if (data === undefined || data === null) return 'an empty file';
  if (Array.isArray(data)) return 'a list';
  return typeof data === 'object' ? 'no fields' : `only the text "${shown(String(data))}"`;
}

/** The file's first bytes, so a damaged upload is named here instead of failing deep in image processing. */
function looksLikeImage(file: string): boolean {
  const head = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  const ascii = (from: number, to: number) => head.toString('latin1', from, to);
  return (
    (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) || // JPEG
    ascii(1, 4) === 'PNG' ||
    (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') ||
    (ascii(4, 8) === 'ftyp' && /^avi[fs]$/.test(ascii(8, 12))) ||
    ascii(0, 4) === 'GIF8' ||
    ascii(0, 4) === 'II*\u0000' ||
    ascii(0, 4) === 'MM\u0000*'
  );
}

function suggestId(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'artikel-baru'
  );
}
