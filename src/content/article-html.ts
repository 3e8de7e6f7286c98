import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DataStore } from 'astro/loaders';
import { BODY_FACTS_KEY } from '../markdown/body-facts.ts';
import { cacheRoot } from './paths.ts';

/**
 * Rendered article bodies live in files beside Astro's content store, not in it.
 *
 * Astro writes its whole store as one devalue string, and a V8 string cannot pass 2^29 − 24 characters
 * (about 512 MiB). Rendered HTML is most of the store: the generated 50,000-article corpus made a 643 MB
 * store and the build died with "Invalid string length" (bare Astro survived at 515 MB, just under). With
 * the HTML outside, an article costs the store about 1 KB, and pages read their body from one small file.
 *
 * The files sit in Astro's cache folder, so clearing it clears both; an entry whose file is missing is
 * rendered again. A file is named by the entry's id and content digest, so an edit can never show the old
 * body.
 */
export function articleHtmlDir(): string {
  return path.join(cacheRoot(), 'astro', 'article-html');
}

interface StoredEntry {
  id: string;
  digest?: number | string;
}

const htmlFile = (dir: string, entry: StoredEntry) =>
  path.join(dir, `${entry.id}-${String(entry.digest ?? 'none')}.html`);

/** The key under which an entry's render inputs from outside its own file are kept. */
const RENDER_INPUTS_KEY = 'wartaRenderInputs';

/**
 * The article collection's store as the glob loader sees it: rendered HTML goes to a file, and the entry
 * keeps everything else. Of the render's metadata only the body facts are kept (body-facts.ts):
 * the frontmatter it also carries is already the entry's data.
 *
 * The glob loader renders an entry again only when its file's digest changes, but a body also shows what
 * other files say (pull-quote captions carry the names of the article's experts). `renderInputs` gives
 * those for an entry's data; an entry whose inputs changed since it was rendered is reported missing, so
 * the loader renders it again.
 */
export function storeWithHtmlOutside(
  store: DataStore,
  dir = articleHtmlDir(),
  renderInputs: (data: Record<string, unknown>) => string = () => '',
): DataStore {
  mkdirSync(dir, { recursive: true });
  const get: DataStore['get'] = <TData extends Record<string, unknown>>(key: string) => {
    const entry = store.get<TData>(key);
    if (!entry?.rendered) return entry;
    if (existsSync(htmlFile(dir, entry)) && entry.rendered.metadata?.[RENDER_INPUTS_KEY] === renderInputs(entry.data))
      return entry;
    // To be rendered again. Astro's store ignores a new entry with the digest of the one it holds, which
    // would keep the old render's metadata (body facts, render inputs): the old entry goes first.
    store.delete(key);
    return undefined;
  };
  const set: DataStore['set'] = (entry) => {
    if (!entry.rendered) return store.set(entry);
    const file = htmlFile(dir, entry);
    const temporary = `${file}.${process.pid}.tmp`;
    // Sätteri ends the HTML with a newline where remark did not; without it the pages keep their bytes.
    writeFileSync(temporary, entry.rendered.html.replace(/\n$/, ''));
    renameSync(temporary, file);
    const frontmatter = entry.rendered.metadata?.frontmatter as Record<string, unknown> | undefined;
    return store.set({
      ...entry,
      rendered: {
        html: '',
        metadata: {
          ...entry.rendered.metadata,
          frontmatter: { [BODY_FACTS_KEY]: frontmatter?.[BODY_FACTS_KEY] },
          [RENDER_INPUTS_KEY]: renderInputs(entry.data),
        },
      },
    });
  };
  return new Proxy(store, {
    get(target, property) {
      if (property === 'get') return get;
      if (property === 'set') return set;
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** Deletes the files of entries that no longer exist or have changed since. */
export function pruneArticleHtml(store: DataStore, dir = articleHtmlDir()): void {
  const keep = new Set(store.values().map((entry) => path.basename(htmlFile(dir, entry))));
  for (const name of readdirSync(dir)) {
    if (!keep.has(name)) rmSync(path.join(dir, name), { force: true });
  }
}

/** An article entry with its rendered body put back, for `render()` from astro:content. */
export function withArticleHtml<T extends StoredEntry & { filePath?: string; rendered?: { html: string } }>(
  entry: T,
  dir = articleHtmlDir(),
): T {
  if (!entry.rendered) return entry;
  const file = htmlFile(dir, entry);
  let html: string;
  try {
    html = readFileSync(file, 'utf8');
  } catch {
    throw new Error(
      `${entry.filePath ?? entry.id}: its rendered body (${file}) is missing from the build cache; delete ${path.dirname(dir)} and build again`,
    );
  }
  return { ...entry, rendered: { ...entry.rendered, html } };
}
