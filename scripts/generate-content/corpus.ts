/**
 * Writes a synthetic Warta content folder (sections, experts, articles) for search tests and benchmarks:
 * 1,000 to 50,000 fictional Indonesian news articles in exactly the content format of
 * docs/content-format.md, so the folder passes the build-time validator and can be built with
 * WARTA_CONTENT_DIR=DIR. The command line is cli.ts next to this file.
 *
 * Deterministic: the same arguments give byte-identical files (seeded mulberry32 from scripts/random.ts;
 * no Math.random, no clock in the output). The folder is deleted first, but only when it does not exist or
 * holds the `.warta-generated` marker written here; any other folder is refused, so a real content folder
 * is never wiped.
 *
 * Everything is made up: people, institutions, places and events are combined from word lists.
 */
import { existsSync, lstatSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeArticle, type World } from './articles.ts';
import { renderImages } from './images.ts';
import { buildLexicon, PARTS_OF_SPEECH } from './lexicon.ts';
import { makeExperts } from './people.ts';
import { makeSlots } from './prose.ts';
import { stream, Zipf } from './sampling.ts';
import { makeTags, SECTION_WORLD, SECTIONS, type SectionId } from './sections.ts';
import { yamlString } from './text.ts';

/** The file that marks a folder as written by this generator (and therefore safe to delete). */
export const MARKER = '.warta-generated';
/**
 * The marker's first line. It still names the single script the generator used to be, so that folders
 * written before the split are recognised (and replaced) and the output stays byte for byte the same.
 */
const MARKER_HEADER = 'Written by scripts/generate-content.mjs.';

export interface GenerateOptions {
  /** the folder to write (replaced if it holds the marker, refused if it exists without it) */
  out: string;
  /** how many articles; a whole number ≥ 1 (the command line passes the digits it was given) */
  articles: number | string;
  /** any number or text; 1 by default */
  seed?: number | string;
  /** how many experts; max(20, round(articles / 60)) by default */
  experts?: number | string;
  /** how many articles get a lead image; 0 by default */
  images?: number | string;
}

/** What generateContent wrote. */
export interface GenerateSummary {
  /** the absolute path of the folder */
  out: string;
  articles: number;
  drafts: number;
  experts: number;
  sections: number;
  images: number;
  tags: number;
  files: number;
  bytes: number;
  ms: number;
}

function prepareOut(out: string): string {
  const dir = path.resolve(out);
  if (dir === path.parse(dir).root) throw new Error(`refusing to use ${dir} as the output folder`);
  if (existsSync(dir) || isSymlink(dir)) {
    const marker = path.join(dir, MARKER);
    const ours =
      lstatSync(dir).isDirectory() && existsSync(marker) && readFileSync(marker, 'utf8').startsWith(MARKER_HEADER);
    if (!ours) {
      throw new Error(
        `refusing to delete ${dir}: it exists and has no ${MARKER} marker, so it was not written by this generator; choose a new folder or remove it yourself`,
      );
    }
    rmSync(dir, { recursive: true, force: true });
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}

function isSymlink(p: string): boolean {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

function positiveInt(value: unknown, name: string, min: number): number {
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < min)
    throw new Error(`${name} must be a whole number ≥ ${min}, got ${JSON.stringify(value)}`);
  return n;
}

/** One value per section, made in the order of SECTIONS (which is the order they draw in). */
function bySection<T>(make: (id: SectionId) => T): Record<SectionId, T> {
  const entries = SECTIONS.map((s): [SectionId, T] => [s.id, make(s.id)]);
  return Object.fromEntries(entries) as Record<SectionId, T>;
}

/** Writes the corpus and returns what it wrote. */
export async function generateContent({
  out,
  articles,
  seed = 1,
  experts,
  images = 0,
}: GenerateOptions): Promise<GenerateSummary> {
  const started = performance.now();
  if (typeof out !== 'string' || out === '') throw new Error('out: the output folder is required');
  const n = positiveInt(articles, 'articles', 1);
  const k = positiveInt(images, 'images', 0);
  if (k > n) throw new Error(`images (${k}) cannot be more than articles (${n})`);
  const e = experts === undefined ? Math.max(20, Math.round(n / 60)) : positiveInt(experts, 'experts', 0);
  const seedText = String(seed);

  const dir = prepareOut(out);
  let files = 0;
  let bytes = 0;
  const write = (file: string, data: string | Buffer) => {
    writeFileSync(file, data);
    files++;
    bytes += typeof data === 'string' ? Buffer.byteLength(data) : data.length;
  };
  writeFileSync(
    path.join(dir, MARKER),
    `${MARKER_HEADER}\nThe generator deletes and rewrites this folder when it is given as --out again; do not keep edits here.\n` +
      `arguments: --articles ${n} --seed ${JSON.stringify(seedText)} --experts ${e} --images ${k}\n`,
  );

  mkdirSync(path.join(dir, 'sections'));
  for (const s of SECTIONS) {
    write(
      path.join(dir, 'sections', `${s.id}.yaml`),
      `name: ${yamlString(s.name)}\ndescription: ${yamlString(s.description)}\n`,
    );
  }

  const expertList = makeExperts(e, seedText);
  mkdirSync(path.join(dir, 'experts'));
  for (const x of expertList) {
    const lines = [
      `name: ${yamlString(x.name)}`,
      `role: ${yamlString(x.role)}`,
      `affiliation: ${yamlString(x.affiliation)}`,
    ];
    if (x.bio) lines.push(`bio: ${yamlString(x.bio)}`);
    if (x.url) lines.push(`url: ${x.url}`);
    write(path.join(dir, 'experts', `${x.id}.yaml`), `${lines.join('\n')}\n`);
  }

  const lex = buildLexicon();
  const shuffle = stream(seedText, 'vocabulary');
  for (const pos of PARTS_OF_SPEECH) lex[pos] = shuffle.shuffle(lex[pos]);
  const slots = makeSlots(lex);
  const tags = makeTags();
  const expertsBySection = bySection((id) => {
    const own = expertList.filter((x) => x.section === id);
    return { zipf: own.length ? new Zipf(own, 0.8) : undefined };
  });
  const topicZipfs = bySection((id) => new Zipf(shuffle.shuffle(SECTION_WORLD[id].topics), 0.8));
  const world: World = {
    seed: seedText,
    slots,
    experts: expertList,
    expertsBySection,
    expertZipf: expertList.length ? new Zipf(expertList, 0.8) : undefined,
    tagZipf: new Zipf(shuffle.shuffle(tags), 1, 2),
    topicZipfs,
    imageSet: new Set(
      stream(seedText, 'images')
        .shuffle(Array.from({ length: n }, (_, i) => i))
        .slice(0, k),
    ),
  };

  const madeDirs = new Set();
  const pending: { file: string; variant: number }[] = [];
  let drafts = 0;
  for (let i = 0; i < n; i++) {
    const article = makeArticle(i, world);
    const folder = path.join(dir, 'articles', article.dir);
    if (!madeDirs.has(folder)) {
      mkdirSync(folder, { recursive: true });
      madeDirs.add(folder);
    }
    write(path.join(folder, `${article.slug}.md`), article.text);
    if (article.draft) drafts++;
    if (article.image) pending.push({ file: path.join(folder, article.image.file), variant: article.image.variant });
  }
  if (pending.length) {
    const rendered = await renderImages([...new Set(pending.map((p) => p.variant))].sort((x, y) => x - y));
    for (const p of pending) {
      const png = rendered.get(p.variant);
      if (!png) throw new Error(`images: variant ${p.variant} was not rendered`);
      write(p.file, png);
    }
  }

  return {
    out: dir,
    articles: n,
    drafts,
    experts: expertList.length,
    sections: SECTIONS.length,
    images: pending.length,
    tags: tags.length,
    files,
    bytes,
    ms: Math.round(performance.now() - started),
  };
}
