import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { defineMdastPlugin, markdownToHtml } from 'satteri';
import { articleSchema, expertSchema, sectionSchema } from '../content.config.ts';
import { slugify } from '../core/slug.ts';
import { type MarkdownMessage, messagesOf } from '../markdown/messages.ts';
import { CHECK_FEATURES, contractPlugins, type PipelineOptions } from '../markdown/pipeline.ts';
import { ShareImageError } from '../share-image/glyphs.ts';
import { assertDrawable } from '../share-image/inputs.ts';
import type { ArticleFindings, CheckCache } from './check-cache.ts';
import { checkImagePath } from './image-file.ts';
import { beforeParse, decodeText, MAX_NESTING, shown, type TooDeep, tooDeep } from './limits.ts';
import { CONTENT_FOLDERS, ID_PATTERN } from './paths.ts';
import { ARTICLE_EXAMPLES, describeIssues, EXPERT_EXAMPLES, type Examples, SECTION_EXAMPLES } from './schema-issues.ts';
import { didYouMean } from './suggest.ts';
import { parseYaml, splitFrontmatter, yaml } from './yaml.ts';

/**
 * Checks a content folder against the contract before anything is built, and says what is wrong the way
 * an editor can act on: `file: field: what is expected (the fix)`. Every error of every file is listed.
 */
export interface ValidationResult {
  errors: string[];
  counts: { articles: number; drafts: number; experts: number; sections: number };
}

/** Regular files, and links that point nowhere (the validator names them instead of crashing on them). */
function listFiles(dir: string, recursive: boolean): { files: string[]; broken: string[] } {
  if (!existsSync(dir)) return { files: [], broken: [] };
  const entries = readdirSync(dir, { recursive, withFileTypes: false })
    .map((entry) => path.join(dir, String(entry)))
    .sort();
  const broken = entries.filter(
    (file) => !statSync(file, { throwIfNoEntry: false }) && lstatSync(file).isSymbolicLink(),
  );
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

/** One run of the check: where the content is, how a file is named in a message, the errors so far. */
interface Run {
  root: string;
  rel: (file: string) => string;
  errors: string[];
  cache?: CheckCache | undefined;
}

function fail(run: Run, file: string, message: string): void {
  run.errors.push(`${run.rel(file)}: ${message}`);
}

/** What an article is checked against besides its own bytes. */
interface References {
  sections: ReadonlyMap<string, DataFile>;
  experts: ReadonlyMap<string, DataFile>;
  expertName: (id: string) => string | undefined;
  schema: z.ZodType;
}

/** A folder of YAML files, one entity a file: experts or sections. */
interface DataKind {
  folder: string;
  schema: z.ZodType;
  noun: 'expert' | 'section';
  examples: Examples;
}

const SECTIONS: DataKind = {
  folder: CONTENT_FOLDERS.sections,
  schema: sectionSchema,
  noun: 'section',
  examples: SECTION_EXAMPLES,
};
const EXPERTS: DataKind = {
  folder: CONTENT_FOLDERS.experts,
  schema: expertSchema,
  noun: 'expert',
  examples: EXPERT_EXAMPLES,
};

/** `cache` lets a rebuild skip the checks of unchanged articles (see check-cache.ts). */
export function validateContent(root: string, cwd = process.cwd(), cache?: CheckCache): ValidationResult {
  const run: Run = { root, rel: (file) => path.relative(cwd, file).split(path.sep).join('/'), errors: [], cache };
  const sections = readDataFolder(run, SECTIONS);
  for (const section of sections.values()) {
    const problem =
      typeof section.data.name === 'string' ? undrawable({ title: 'Warta', section: section.data.name }) : undefined;
    if (problem) fail(run, path.join(root, CONTENT_FOLDERS.sections, `${section.id}.yaml`), `name: ${problem}`);
  }
  const experts = readDataFolder(run, EXPERTS);
  const expertName = (id: string) => {
    const name = experts.get(id)?.data.name;
    return typeof name === 'string' ? name : undefined;
  };
  // What an article's findings depend on besides its own bytes: which experts and sections exist, and the
  // experts' names (the pipeline's quotes read them). A bio or a section's description changes nothing here.
  cache?.setContext(
    JSON.stringify([[...experts.keys()].map((id) => [id, expertName(id) ?? null]), [...sections.keys()]]),
  );
  const schema = articleSchema(() => z.string({ error: 'expected a relative path, e.g. ./photo.jpg' }));
  const { articles, drafts } = checkArticles(run, { sections, experts, expertName, schema });
  return { errors: run.errors, counts: { articles, drafts, experts: experts.size, sections: sections.size } };
}

function readDataFolder(run: Run, kind: DataKind): Map<string, DataFile> {
  const found = new Map<string, DataFile>();
  const { files, broken } = listFiles(path.join(run.root, kind.folder), false);
  for (const file of broken)
    fail(run, file, 'a link to a file that does not exist: replace it with the file itself or remove it');
  for (const file of files) {
    try {
      const entry = readDataFile(run, file, kind);
      if (entry) found.set(entry.id, entry);
    } catch (error) {
      fail(run, file, unexpected(error));
    }
  }
  return found;
}

function readDataFile(run: Run, file: string, { schema, noun, examples }: DataKind): DataFile | undefined {
  const ext = path.extname(file);
  if (ext !== '.yaml') {
    fail(
      run,
      file,
      `${ext === '.yml' ? `rename to ${path.basename(file, ext)}.yaml` : `not a ${noun} file: ${noun} files are <id>.yaml; move or remove it`}`,
    );
    return undefined;
  }
  const id = path.basename(file, ext);
  if (!ID_PATTERN.test(id))
    fail(
      run,
      file,
      `file name: "${id}" is not an id: rename the file to lower-case ASCII words joined by "-", e.g. ${suggestId(id)}.yaml`,
    );
  const { text, problem } = decodeText(readFileSync(file), `${noun} file`);
  if (problem !== undefined) {
    fail(run, file, problem);
    return undefined;
  }
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    fail(run, file, yamlError(error));
    return undefined;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    fail(
      run,
      file,
      `expected fields such as ${noun === 'expert' ? 'name, role and affiliation' : 'name'}, found ${describeShape(data)}: write one field a line, e.g. ${examples.name}`,
    );
    return undefined;
  }
  for (const issue of describeIssues(schema, data, examples)) fail(run, file, issue);
  return { id, data: data as Record<string, unknown> };
}

function checkArticles(run: Run, refs: References): { articles: number; drafts: number } {
  const articlesDir = path.join(run.root, CONTENT_FOLDERS.articles);
  if (!existsSync(articlesDir))
    run.errors.push(
      `${run.rel(articlesDir)}/: the articles folder is missing: create it and put one .md file per article in it`,
    );
  const slugs = new Map<string, string>();
  let articles = 0;
  let drafts = 0;
  const { files, broken } = listFiles(articlesDir, true);
  for (const file of broken)
    fail(run, file, 'a link to a file that does not exist: replace it with the file itself or remove it');
  for (const file of files) {
    const ext = path.extname(file).toLowerCase();
    if (ext === '.markdown' || ext === '.mdx') {
      fail(run, file, `articles are .md files: rename to ${path.basename(file, path.extname(file))}.md`);
      continue;
    }
    if (ext !== '.md') continue;
    articles++;
    const slug = path.basename(file, '.md');
    if (!ID_PATTERN.test(slug))
      fail(
        run,
        file,
        `file name: "${slug}" is not a slug: rename the file to lower-case ASCII words joined by "-", e.g. ${suggestId(slug)}.md`,
      );
    const twin = slugs.get(slug);
    if (twin)
      fail(
        run,
        file,
        `file name: slug "${slug}" is already used by ${run.rel(twin)}: slugs are unique across all folders; rename one of them`,
      );
    else slugs.set(slug, file);
    try {
      if (checkArticle(run, refs, file)) drafts++;
    } catch (error) {
      fail(run, file, unexpected(error));
    }
  }
  return { articles, drafts };
}

/** Checks one article file; true when it is a draft. */
function checkArticle(run: Run, refs: References, file: string): boolean {
  const stamp = run.cache?.stamp(statSync(file));
  const findings = run.cache?.unchanged(run.rel(file), stamp) ?? findingsOf(run, refs, file, stamp);
  if (!findings) return false;
  const found = [...findings.errors];
  // The picture can change without the article changing: its file is checked every time.
  if (findings.image) {
    const problem = checkImagePath(findings.image.src, path.dirname(file), run.root);
    if (problem) found.splice(findings.image.at, 0, `${run.rel(file)}: image.src: ${problem}`);
  }
  run.errors.push(...found);
  return findings.draft;
}

/** The findings of a file read afresh: from the cache when its bytes are known, else checked. */
function findingsOf(run: Run, refs: References, file: string, stamp: string | undefined): ArticleFindings | undefined {
  const { text: source, problem } = decodeText(readFileSync(file), 'article');
  if (problem !== undefined) {
    fail(run, file, problem);
    return undefined;
  }
  const known = run.cache?.get(run.rel(file), source, stamp);
  const findings = known ?? checkArticleText(run, refs, file, source);
  if (!known) run.cache?.set(run.rel(file), source, stamp, findings);
  return findings;
}

/** Everything about an article that its own bytes (and the experts and sections) decide. */
function checkArticleText(run: Run, refs: References, file: string, source: string): ArticleFindings {
  const at = run.rel(file);
  const found: string[] = [];
  const { frontmatter, body, bodyLine } = splitFrontmatter(source);
  if (frontmatter === undefined) {
    found.push(
      `${at}: ${
        /^\uFEFF?---[ \t]*\r?\n/.test(source)
          ? 'the frontmatter is not closed: add a --- line after the last field, before the article text'
          : 'no frontmatter: start the file with a --- line, the fields (title, description, published, section), and another --- line'
      }`,
    );
    return { errors: found, draft: false };
  }
  let data: unknown;
  try {
    data = parseYaml(frontmatter);
  } catch (error) {
    found.push(`${at}: ${yamlError(error)}`);
    return { errors: found, draft: false };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    found.push(
      `${at}: the frontmatter has no fields (found ${describeShape(data)}): write one field a line, e.g. title: "…", description: "…", published: 2025-10-06, section: internasional`,
    );
    return { errors: found, draft: false };
  }
  const fm = data as Record<string, unknown>;
  for (const issue of describeIssues(refs.schema, fm, ARTICLE_EXAMPLES)) found.push(`${at}: ${issue}`);
  for (const problem of frontmatterProblems(run, refs, fm)) found.push(`${at}: ${problem}`);
  const image = fm.image as { src?: unknown } | undefined;
  const imageCheck =
    image && typeof image === 'object' && typeof image.src === 'string'
      ? { src: image.src, at: found.length }
      : undefined;
  found.push(...checkBody(at, refs, fm, body, bodyLine));
  return { errors: found, draft: fm.draft === true, ...(imageCheck ? { image: imageCheck } : {}) };
}

/** What the schema cannot see: a drawable headline, tags that name a page, sections and experts that exist. */
function frontmatterProblems(run: Run, refs: References, fm: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (typeof fm.title === 'string' && fm.title.trim()) {
    const problem = undrawable({ title: fm.title, section: '' });
    if (problem) problems.push(`title: ${problem}`);
  }
  if (Array.isArray(fm.tags)) {
    fm.tags.forEach((tag, i) => {
      if (typeof tag === 'string' && tag.trim() && !slugify(tag)) {
        problems.push(
          `tags[${i}]: "${shown(tag)}" has no letter or digit to name its page /topik/…/: write the topic in words, e.g. "Korea Utara"`,
        );
      }
    });
  }
  if (typeof fm.section === 'string' && ID_PATTERN.test(fm.section) && !refs.sections.has(fm.section)) {
    problems.push(
      `section: no section "${shown(fm.section)}" in ${run.rel(path.join(run.root, CONTENT_FOLDERS.sections))}/${didYouMean(fm.section, refs.sections.keys())}`,
    );
  }
  if (Array.isArray(fm.experts)) {
    fm.experts.forEach((expert, i) => {
      if (typeof expert === 'string' && ID_PATTERN.test(expert) && !refs.experts.has(expert)) {
        problems.push(
          `experts[${i}]: no expert "${shown(expert)}" in ${run.rel(path.join(run.root, CONTENT_FOLDERS.experts))}/${didYouMean(expert, refs.experts.keys())}`,
        );
      }
    });
  }
  return problems;
}

/** The article's body through the Markdown plugins: directives, quotes, pull-quotes, limits. */
function checkBody(
  at: string,
  refs: References,
  fm: Record<string, unknown>,
  body: string,
  bodyLine: number,
): string[] {
  const costly = beforeParse(body);
  if (costly) return [`${at}:${costly.line + bodyLine - 1}: body: ${costly.reason}`];
  const checked = checkMarkdown(body, fm, { expertName: refs.expertName });
  if (checked.tooDeep) {
    const deep = checked.tooDeep;
    const line = deep.line ? `:${deep.line + bodyLine - 1}` : '';
    return [
      `${at}${line}: body: lists, quotes, emphasis and HTML elements are nested ${deep.depth} levels deep here (at most ${MAX_NESTING}): flatten them`,
    ];
  }
  return checked.messages
    .filter((message) => message.fatal)
    .map((message) => `${at}${message.line ? `:${message.line + bodyLine - 1}` : ''}: ${message.reason}`);
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

function describeShape(data: unknown): string {
  if (data === undefined || data === null) return 'an empty file';
  if (Array.isArray(data)) return 'a list';
  return typeof data === 'object' ? 'no fields' : `only the text "${shown(String(data))}"`;
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
