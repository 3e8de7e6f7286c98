/**
 * The changes a newsroom makes, as the fuzzer applies them to a workspace's content folder. Each kind
 * takes a few random numbers and reads the folder to choose what to change, so the same numbers on the
 * same folder make the same change (fast-check replays and shrinks sequences of them). A change that
 * finds nothing to act on returns undefined and is not built.
 *
 * The kinds cover issue 26's list: articles added, edited (each frontmatter field; body paragraphs,
 * quotes, pull-quotes, footnotes, raw HTML, headings), deleted, renamed, moved, drafted and published
 * again; lead and body images added, removed, replaced in place, twinned under a second name; experts
 * and sections added, edited, deleted, renamed, two experts with one printed name; tags appearing and
 * disappearing; the build date moving by days and years; files touched without a change and rewritten
 * in the same instant as before; invalid files (the build fails) and their fix. Issue 28 adds live
 * coverage: an article made live, updates appended (key, pinned, the pin moved), edited and re-timed, the
 * coverage ended before or after the build's day (a clock change then ends it with no file changed),
 * resumed, and the article made normal again.
 */
import {
  copyFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { parseArticleDate } from '../../../src/core/article-date.ts';
import { toJakartaIso } from '../../../src/core/dates.ts';
import type { Workspace } from './workspace.ts';

export interface ChangeKind {
  name: string;
  /** applies the change; returns what it did, or undefined when there was nothing to change */
  apply(ws: Workspace, args: readonly number[]): string | undefined;
}

// ---------------------------------------------------------------------------------------------------
// Reading and writing the content folder

interface ArticleFile {
  file: string;
  slug: string;
  text: string;
}

const read = (file: string) => readFileSync(file, 'utf8');

function articleFiles(ws: Workspace): ArticleFile[] {
  const dir = path.join(ws.content, 'articles');
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => ({ file: path.join(dir, f), slug: path.basename(f, '.md'), text: read(path.join(dir, f)) }));
}

const ids = (ws: Workspace, folder: 'experts' | 'sections') =>
  readdirSync(path.join(ws.content, folder))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => f.slice(0, -'.yaml'.length));

const pick = <T>(list: readonly T[], n: number): T | undefined =>
  list.length === 0 ? undefined : list[n % list.length];

const rel = (ws: Workspace, file: string) => path.relative(ws.content, file);

function split(text: string): { head: string; body: string } {
  const end = text.indexOf('\n---\n', 4);
  return { head: text.slice(0, end + 1), body: text.slice(end + 5) };
}

const FIELD = (name: string) => new RegExp(`^${name}: (.*)$`, 'm');
const field = (text: string, name: string) => FIELD(name).exec(split(text).head)?.[1];

function setField(text: string, name: string, value: string): string {
  const { head, body } = split(text);
  const next = FIELD(name).test(head)
    ? head.replace(FIELD(name), `${name}: ${value}`)
    : head.replace(/^---\n/, `---\n${name}: ${value}\n`);
  return `${next}---\n${body}`;
}

function removeField(text: string, name: string): string {
  const { head, body } = split(text);
  return `${head.replace(new RegExp(`^${name}: .*\\n`, 'm'), '')}---\n${body}`;
}

const list = (value: string | undefined) =>
  (value ?? '[]')
    .replace(/^\[|\]$/g, '')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

const yamlText = (value: string) => JSON.stringify(value);

/** The lead image block (`image:` and its indented lines), if any. */
const IMAGE_BLOCK = /^image:\n(?: {2}.*\n)*/m;
const imageSrc = (text: string) => /^ {2}src: "?([^"\n]+)"?$/m.exec(split(text).head)?.[1];

function setImageField(text: string, name: string, value: string | undefined): string {
  const { head, body } = split(text);
  const block = IMAGE_BLOCK.exec(head)?.[0];
  if (!block) return text;
  const without = block.replace(new RegExp(`^ {2}${name}: .*\\n`, 'm'), '');
  const next = value === undefined ? without : `${without}  ${name}: ${value}\n`;
  return `${head.replace(block, next)}---\n${body}`;
}

function write(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** Published (not drafted) articles, or all of them. */
const published = (all: ArticleFile[]) => all.filter((a) => field(a.text, 'draft') !== 'true');

const paragraphs = (body: string) => body.split('\n\n');

/** A body paragraph of running text (not a heading, directive, table or image). */
const isProse = (p: string) => /^[A-Z"“]/.test(p) && !p.includes(':::') && !p.includes('|');

function editProse(text: string, n: number, edit: (p: string) => string): string | undefined {
  const { head, body } = split(text);
  const parts = paragraphs(body);
  const candidates = parts.map((p, i) => (isProse(p) ? i : -1)).filter((i) => i >= 0);
  const at = pick(candidates, n);
  if (at === undefined) return undefined;
  parts[at] = edit(parts[at]!);
  return `${head}---\n${parts.join('\n\n')}`;
}

/**
 * Whether the last block of `text` would take a closing `:::` right below it as its own: an HTML block
 * runs on to the next blank line, and a table takes the line as one more row.
 */
const runsOn = (text: string) => /^[<|]/.test(text.slice(text.lastIndexOf('\n\n') + 1).trimStart());

/** A block nested in a live update: its directive fences one colon longer (`::::pullquote`). */
const deeper = (block: string) => block.replace(/^:::(?=[a-z])/, '::::').replace(/\n:::$/, '\n::::');

function insertBlock(text: string, n: number, block: string): string {
  const { head, body } = split(text);
  const parts = paragraphs(body);
  const at = 1 + (n % parts.length);
  // In a live article nothing may stand between updates: past the first one, the block goes into the
  // update it would follow, before its closing fence.
  const first = parts.findIndex((p) => p.startsWith(':::update{'));
  const before = parts[at - 1]!;
  const closing = /\n:::\s*$/.exec(before);
  if (first < 0 || at <= first) parts.splice(at, 0, block);
  else if (before.trim() === ':::') parts.splice(at - 1, 0, deeper(block));
  else if (closing)
    parts.splice(
      at - 1,
      1,
      before.slice(0, closing.index),
      `${deeper(block)}${runsOn(block) ? '\n' : ''}${before.slice(closing.index)}`,
    );
  else parts.splice(at, 0, deeper(block));
  return `${head}---\n${parts.join('\n\n')}`;
}

// ---------------------------------------------------------------------------------------------------
// Words the changes write, so searches can find what they did

const HEADLINES = ['Pembaruan Kebijakan Pangan', 'Pembaruan Data Cuaca', 'Pemerintah Umumkan Pembaruan'];
const SENTENCES = [
  'Pembaruan: angka ini dikoreksi pada siang hari.',
  'Pemerintah daerah menyatakan akan menindaklanjuti laporan warga.',
  'Kutipan lengkap tersedia dalam dokumen resmi.',
];

// ---------------------------------------------------------------------------------------------------
// Article changes

function withArticle(
  ws: Workspace,
  n: number,
  change: (a: ArticleFile) => string | undefined,
  from: (all: ArticleFile[]) => ArticleFile[] = published,
): string | undefined {
  const article = pick(from(articleFiles(ws)), n);
  return article ? change(article) : undefined;
}

/** Rewrites an article and says so; undefined when the text did not change. */
function rewrite(ws: Workspace, article: ArticleFile, text: string | undefined, what: string): string | undefined {
  if (text === undefined || text === article.text) return undefined;
  write(article.file, text);
  return `${what}: ${rel(ws, article.file)}`;
}

const DATES = [
  '2025-11-21T07:30:00+07:00',
  '2025-11-20',
  '2025-06-01T10:00:00+07:00',
  '2024-11-25T09:00:00+07:00',
  '2023-01-02',
  '2022-12-31T23:30:00+07:00',
];

const articleAdd: ChangeKind = {
  name: 'article.add',
  apply(ws, [n = 0, d = 0, s = 0]) {
    const model = pick(published(articleFiles(ws)), n);
    if (!model) return undefined;
    const k = ws.next();
    const slug = `berita-baru-${k}`;
    const date = DATES[d % DATES.length]!;
    let text = setField(model.text, 'title', yamlText(`${pick(HEADLINES, k)} ${k}`));
    text = setField(text, 'published', date);
    text = removeField(text, 'updated');
    const section = pick(ids(ws, 'sections'), s);
    if (section && s % 3 === 0) text = setField(text, 'section', section);
    // The model's lead image stays where it is: the new article points at the same file.
    const file = path.join(ws.content, 'articles', date.slice(0, 4), date.slice(5, 7), `${slug}.md`);
    text = relocate(text, model.file, file);
    write(file, text);
    return `add an article ${slug} (${date}) modelled on ${model.slug}`;
  },
};

const FIELD_EDITS: ((ws: Workspace, a: ArticleFile, v: number) => [string | undefined, string])[] = [
  (ws, a, v) => [setField(a.text, 'title', yamlText(`${pick(HEADLINES, v)} ${ws.next()}`)), 'headline'],
  (_ws, a, v) => [setField(a.text, 'description', yamlText(`${pick(SENTENCES, v)} Ringkasan baru.`)), 'standfirst'],
  (_ws, a, v) => [setField(a.text, 'published', DATES[v % DATES.length]!), 'published'],
  (_ws, a, v) => {
    if (field(a.text, 'updated') && v % 2 === 0) return [removeField(a.text, 'updated'), 'remove updated'];
    return [setField(a.text, 'updated', '2025-11-21T07:45:00+07:00'), 'set updated'];
  },
  (ws, a, v) => {
    const other = ids(ws, 'sections').filter((s) => s !== field(a.text, 'section'));
    const to = pick(other, v);
    return [to ? setField(a.text, 'section', to) : undefined, `section → ${to}`];
  },
  (ws, a) => {
    // A tag no other article carries: its page appears, and goes again when the tag is removed.
    const tags = list(field(a.text, 'tags'));
    return [setField(a.text, 'tags', `[${[...tags, yamlText(`Topik Baru ${ws.next()}`)].join(', ')}]`), 'new tag'];
  },
  (_ws, a, v) => {
    const tags = list(field(a.text, 'tags'));
    if (tags.length === 0) return [undefined, ''];
    tags.splice(v % tags.length, 1);
    return [tags.length ? setField(a.text, 'tags', `[${tags.join(', ')}]`) : removeField(a.text, 'tags'), 'drop a tag'];
  },
  (ws, a, v) => {
    // A tag another article already carries.
    const others = articleFiles(ws).flatMap((o) => list(field(o.text, 'tags')));
    const tag = pick(others, v);
    const tags = list(field(a.text, 'tags'));
    if (!tag || tags.includes(tag)) return [undefined, ''];
    return [setField(a.text, 'tags', `[${[...tags, tag].join(', ')}]`), `tag ${tag}`];
  },
  (ws, a, v) => {
    const experts = list(field(a.text, 'experts'));
    const add = pick(
      ids(ws, 'experts').filter((e) => !experts.includes(e)),
      v,
    );
    if (!add) return [undefined, ''];
    return [setField(a.text, 'experts', `[${[...experts, add].join(', ')}]`), `expert + ${add}`];
  },
  (_ws, a, v) => {
    // Only an expert the body does not quote can go; the order of the rest is the sidebar's.
    const experts = list(field(a.text, 'experts'));
    const free = experts.filter((e) => !a.text.includes(`expert="${e}"`));
    const drop = pick(free, v);
    if (drop) {
      const rest = experts.filter((e) => e !== drop);
      return [
        rest.length ? setField(a.text, 'experts', `[${rest.join(', ')}]`) : removeField(a.text, 'experts'),
        `expert - ${drop}`,
      ];
    }
    if (experts.length < 2) return [undefined, ''];
    return [setField(a.text, 'experts', `[${[...experts].reverse().join(', ')}]`), 'experts reordered'];
  },
  (_ws, a, v) => {
    if (field(a.text, 'source') && v % 2 === 0) return [removeField(a.text, 'source'), 'remove source'];
    return [
      setField(a.text, 'source', `{ name: "Kantor Berita ${v % 5}", url: "https://kantor.example/${v}" }`),
      'source',
    ];
  },
  (_ws, a, v) => {
    if (field(a.text, 'credit') && v % 2 === 0) return [removeField(a.text, 'credit'), 'remove credit'];
    return [setField(a.text, 'credit', yamlText(`ab/cd (Agensi ${v % 4})`)), 'credit'];
  },
  (_ws, a, v) => {
    // Corrections made, added to or dropped: the article's update, /koreksi/, its feed and the sitemap change.
    const published = parseArticleDate((field(a.text, 'published') ?? '').replace(/^"|"$/g, ''));
    if (!published) return [undefined, ''];
    if (field(a.text, 'corrections') && v % 3 === 0) return [removeField(a.text, 'corrections'), 'remove corrections'];
    const at = (hours: number) => toJakartaIso(new Date(published.date.getTime() + hours * 3_600_000));
    const items = [
      `{ date: "${at(1 + (v % 5))}", text: ${yamlText(`Versi sebelumnya keliru ${v}. Yang benar, begini.`)} }`,
    ];
    if (v % 2 === 1) items.push(`{ date: "${at(10 + (v % 7))}", text: ${yamlText(`Koreksi kedua ${v}.`)} }`);
    return [setField(a.text, 'corrections', `[${items.join(', ')}]`), `corrections x${items.length}`];
  },
  (_ws, a, v) => {
    if (!imageSrc(a.text)) return [undefined, ''];
    const which = ['alt', 'caption', 'credit'][v % 3]!;
    const value =
      which === 'alt'
        ? yamlText(`Ilustrasi yang diperbarui nomor ${v}`)
        : v % 2 === 0
          ? undefined
          : yamlText(`Keterangan foto ${v}`);
    return [setImageField(a.text, which, value), `image ${which}`];
  },
];

const articleField: ChangeKind = {
  name: 'article.field',
  apply: (ws, [n = 0, f = 0, v = 0]) =>
    withArticle(ws, n, (a) => {
      const [text, what] = FIELD_EDITS[f % FIELD_EDITS.length]!(ws, a, v);
      return rewrite(ws, a, text, `edit ${what}`);
    }),
};

const BODY_EDITS: ((ws: Workspace, a: ArticleFile, v: number) => [string | undefined, string])[] = [
  (_ws, a, v) => [editProse(a.text, v, (p) => `${p} ${pick(SENTENCES, v)}`), 'paragraph'],
  (_ws, a, v) => {
    const expert = pick(list(field(a.text, 'experts')), v);
    if (!expert) return [undefined, ''];
    return [
      insertBlock(
        a.text,
        v,
        `"Kutipan baru ${v}: :quote[Kami akan memeriksa data ini lagi ${v}]{expert="${expert}"}," katanya.`,
      ),
      `quote of ${expert}`,
    ];
  },
  (_ws, a, v) => {
    // A quote loses its attribution: the sidebar's "Lihat kutipan" and the expert page change.
    const { head, body } = split(a.text);
    const quotes = [...body.matchAll(/:quote\[([^\]]*)\]\{expert="[^"]*"\}/g)];
    const q = pick(quotes, v);
    if (!q) return [undefined, ''];
    return [`${head}---\n${body.replace(q[0], q[1]!)}`, 'quote unattributed'];
  },
  (_ws, a, v) => {
    const expert = pick(list(field(a.text, 'experts')), v);
    const attribute = expert && v % 2 === 0 ? `{expert="${expert}"}` : '';
    return [
      insertBlock(
        a.text,
        v,
        `:::pullquote${attribute}\nPemerintah daerah menyatakan akan menindaklanjuti laporan warga\n:::`,
      ),
      'pull-quote',
    ];
  },
  (_ws, a, v) => {
    const { head, body } = split(a.text);
    if (body.includes('[^catatan]'))
      return [
        `${head}---\n${body.replace(/\[\^catatan\](?!:)/, '').replace(/\n\[\^catatan\]: .*\n?/, '\n')}`,
        'footnote removed',
      ];
    const edited = editProse(a.text, v, (p) => `${p}[^catatan]`);
    if (!edited) return [undefined, ''];
    const note = `[^catatan]: Catatan redaksi ${v}.`;
    // A live article's notes stand above its first update: nothing may follow the updates.
    const first = edited.search(/^:::update\{/m);
    return [
      first < 0 ? `${edited.trimEnd()}\n\n${note}\n` : `${edited.slice(0, first)}${note}\n\n${edited.slice(first)}`,
      'footnote',
    ];
  },
  (_ws, a, v) => {
    const html = [
      '<p>Teks <em>tempelan</em> dari kantor berita.</p>',
      '<table><tr><td>Angka</td><td>12</td></tr></table>',
      '<script>alert(1)</script><p onclick="x()">Sisa tempelan</p>',
      '<div id="tabel">Data <strong>resmi</strong></div>',
    ][v % 4]!;
    return [insertBlock(a.text, v, html), 'raw HTML'];
  },
  (_ws, a, v) => {
    const { head, body } = split(a.text);
    const headings = [...body.matchAll(/^## .*$/gm)];
    if (headings.length > 0 && v % 2 === 0) {
      const h = pick(headings, v)!;
      return [`${head}---\n${body.replace(`${h[0]}\n\n`, '')}`, 'heading removed'];
    }
    return [insertBlock(a.text, v, `## Subjudul Baru ${v % 3}`), 'heading'];
  },
];

const articleBody: ChangeKind = {
  name: 'article.body',
  apply: (ws, [n = 0, b = 0, v = 0]) =>
    withArticle(ws, n, (a) => {
      const [text, what] = BODY_EDITS[b % BODY_EDITS.length]!(ws, a, v);
      return rewrite(ws, a, text, `body: ${what}`);
    }),
};

const articleDelete: ChangeKind = {
  name: 'article.delete',
  apply: (ws, [n = 0]) =>
    withArticle(
      ws,
      n,
      (a) => {
        rmSync(a.file);
        return `delete ${rel(ws, a.file)}`;
      },
      (all) => all,
    ),
};

/** Keeps a relative lead image path pointing at the same picture from the article's new folder. */
function relocate(text: string, from: string, to: string): string {
  const src = imageSrc(text);
  if (!src) return text;
  const picture = path.resolve(path.dirname(from), src);
  const relative = path.relative(path.dirname(to), picture);
  return setImageField(text, 'src', `"${relative.startsWith('..') ? relative : `./${relative}`}"`);
}

const articleRename: ChangeKind = {
  name: 'article.rename',
  apply: (ws, [n = 0]) =>
    withArticle(
      ws,
      n,
      (a) => {
        const to = path.join(path.dirname(a.file), `${a.slug}-${ws.next()}.md`);
        renameSync(a.file, to);
        return `rename ${rel(ws, a.file)} → ${path.basename(to)}`;
      },
      (all) => all,
    ),
};

const articleMove: ChangeKind = {
  name: 'article.move',
  apply: (ws, [n = 0, d = 0]) =>
    withArticle(
      ws,
      n,
      (a) => {
        const folder = ['2020/01', 'lama', 'arsip/2025'][d % 3]!;
        const to = path.join(ws.content, 'articles', folder, path.basename(a.file));
        if (to === a.file) return undefined;
        write(to, relocate(a.text, a.file, to));
        rmSync(a.file);
        return `move ${rel(ws, a.file)} → ${rel(ws, to)}`;
      },
      (all) => all,
    ),
};

const articleDraft: ChangeKind = {
  name: 'article.draft',
  apply(ws, [n = 0]) {
    const all = articleFiles(ws);
    const drafts = all.filter((a) => field(a.text, 'draft') === 'true');
    // Publish a draft again when there is one and n is odd; otherwise draft a published article.
    const draft = n % 2 === 1 ? pick(drafts, n >> 1) : undefined;
    if (draft) return rewrite(ws, draft, removeField(draft.text, 'draft'), 'publish again');
    const article = pick(published(all), n >> 1);
    return article ? rewrite(ws, article, setField(article.text, 'draft', 'true'), 'draft') : undefined;
  },
};

// ---------------------------------------------------------------------------------------------------
// Live coverage (issue 28; content-format "Live coverage")

const MINUTE = 60_000;

const dateOf = (value: string | undefined) => parseArticleDate((value ?? '').replace(/^"|"$/g, ''));

/** `live:` as these changes write it, on one line: `{ start: …, end: … }`; the times as written. */
function liveOf(text: string): { start: string; end: string | undefined } | undefined {
  const value = field(text, 'live');
  const start = value && /start: "?([^",}\s]+)/.exec(value)?.[1];
  if (!start) return undefined;
  return { start, end: /end: "?([^",}\s]+)/.exec(value)?.[1] };
}

/** `live:` set; a new one goes last in the frontmatter, where an editor writes it. */
function setLive(text: string, start: string, end?: string): string {
  const value = `{ start: ${start}${end ? `, end: ${end}` : ''} }`;
  if (liveOf(text)) return setField(text, 'live', value);
  const { head, body } = split(text);
  return `${head}live: ${value}\n---\n${body}`;
}

/** Mostly in Jakarta time; now and then in Makassar time (+08:00), the same instant: anchors are in WIB. */
const timeAt = (date: Date, v: number) =>
  v % 7 === 3 ? `${new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00` : toJakartaIso(date);

/** One `:::update{…}` block of a body, where it stands and what it says. */
interface Update {
  index: number;
  time: string;
  key: boolean;
  pinned: boolean;
  inner: string;
}

const UPDATE = /^:::update\{([^}\n]*)\}\n([\s\S]*?)\n:::$/gm;

function parseUpdate(attributes: string, inner: string, index: number): Update {
  const flags = attributes.split(/\s+/);
  return {
    index,
    time: /time="([^"]*)"/.exec(attributes)?.[1] ?? '',
    key: flags.includes('key'),
    pinned: flags.includes('pinned'),
    inner: inner.trimEnd(),
  };
}

const updatesOf = (body: string): Update[] => [...body.matchAll(UPDATE)].map((m) => parseUpdate(m[1]!, m[2]!, m.index));

function renderUpdate(u: Pick<Update, 'time' | 'key' | 'pinned' | 'inner'>): string {
  const flags = `${u.key ? ' key' : ''}${u.pinned ? ' pinned' : ''}`;
  return `:::update{time="${u.time}"${flags}}\n${u.inner}\n${runsOn(u.inner) ? '\n' : ''}:::`;
}

/** The body with each update as `change` makes it; an update it returns unchanged keeps its bytes. */
const mapUpdates = (body: string, change: (u: Update) => Update) =>
  body.replace(UPDATE, (whole: string, attributes: string, inner: string, index: number) => {
    const u = parseUpdate(attributes, inner, index);
    const next = change(u);
    return next === u ? whole : renderUpdate(next);
  });

/** The body with one update changed. */
const changeUpdate = (body: string, u: Update, next: Partial<Update>) =>
  mapUpdates(body, (x) => (x.index === u.index ? { ...x, ...next } : x));

const unpinned = (body: string) => mapUpdates(body, (u) => (u.pinned ? { ...u, pinned: false } : u));

const shallower = (inner: string) => inner.replace(/^::::(?=[a-z])/gm, ':::').replace(/^::::$/gm, ':::');

const LEADS = ['Posko pengungsian ditambah', 'Jalan utama dibuka kembali', 'Air mulai surut', 'Bantuan logistik tiba'];

/**
 * An article goes live: `live.start` at or after its published time, its first paragraph the summary and
 * the rest of its body in updates of one to three blocks, a few minutes apart; sometimes one pinned, one
 * a key event. Footnote definitions stay in the summary (nothing may stand between updates).
 */
function makeLive(a: ArticleFile, v: number): [string | undefined, string] {
  const published = dateOf(field(a.text, 'published'));
  if (!published || liveOf(a.text)) return [undefined, ''];
  const start = new Date(published.date.getTime() + (v % 4) * 15 * MINUTE);
  const parts = paragraphs(split(a.text).body.trimEnd());
  const notes = parts.filter((p) => p.startsWith('[^'));
  const [summary = '', ...rest] = parts.filter((p) => !p.startsWith('[^'));
  const size = 1 + (v % 3);
  const gap = 5 + (v % 20);
  const count = Math.ceil(rest.length / size);
  if (count === 0) return [undefined, ''];
  const updates = Array.from({ length: count }, (_, i) =>
    renderUpdate({
      time: timeAt(new Date(start.getTime() + (i + 1) * gap * MINUTE), v + i),
      key: v % 2 === 0 && i === count >> 1,
      pinned: v % 3 === 0 && i === 0,
      inner: rest
        .slice(i * size, (i + 1) * size)
        .map(deeper)
        .join('\n\n'),
    }),
  );
  const { head } = split(a.text);
  const text = `${head}---\n${[summary, ...notes, ...updates].join('\n\n')}\n`;
  return [setLive(text, toJakartaIso(start)), `live from ${toJakartaIso(start)}, ${count} updates`];
}

type LiveEdit = (
  ws: Workspace,
  a: ArticleFile,
  v: number,
  live: { start: string; end: string | undefined },
) => [string | undefined, string];

const LIVE_EDITS: LiveEdit[] = [
  (ws, a, v, live) => {
    // A new update at the end of the file: usually the newest, sometimes in the same minute as the newest
    // (its anchor gets -2) or late, between older ones. Pinning it unpins the one pinned before.
    const { head, body } = split(a.text);
    const start = dateOf(live.start)!.date.getTime();
    const latest = Math.max(start, ...updatesOf(body).map((u) => dateOf(u.time)?.date.getTime() ?? start));
    const at =
      v % 5 === 0
        ? latest
        : v % 5 === 1
          ? start + Math.floor((latest - start) / 2 / MINUTE) * MINUTE
          : latest + (1 + (v % 4)) * 10 * MINUTE;
    const k = ws.next();
    const pinned = v % 4 === 2;
    const update = renderUpdate({
      time: timeAt(new Date(at), v),
      key: v % 3 === 1,
      pinned,
      inner: `**Pembaruan ${k}: ${pick(LEADS, v)}.** ${pick(SENTENCES, v)}`,
    });
    const before = pinned ? unpinned(body) : body;
    return [
      `${head}---\n${before.trimEnd()}\n\n${update}\n`,
      `new update ${k} at ${toJakartaIso(new Date(at))}${v % 3 === 1 ? ' key' : ''}${pinned ? ' pinned' : ''}`,
    ];
  },
  (_ws, a, v, live) => {
    // An update's text edited: a sentence added, its lead-in rewritten, or its time corrected (its anchor
    // and place in the stream move).
    const { head, body } = split(a.text);
    const u = pick(updatesOf(body), v);
    if (!u) return [undefined, ''];
    const blocks = u.inner.split('\n\n');
    let { inner, time } = u;
    let what: string;
    if (v % 3 === 0) {
      const at = blocks.findIndex((p) => /^(\*\*|[A-Z"“])/.test(p) && !p.includes(':::') && !p.includes('|'));
      if (at < 0) blocks.unshift(pick(SENTENCES, v)!);
      else blocks[at] = `${blocks[at]} ${pick(SENTENCES, v)}`;
      inner = blocks.join('\n\n');
      what = 'text';
    } else if (v % 3 === 1) {
      const lead = `**Kabar terbaru ${v}.**`;
      inner = /^\*\*[^*\n]+\*\*/.test(inner) ? inner.replace(/^\*\*[^*\n]+\*\*/, lead) : `${lead} ${inner}`;
      what = 'lead-in';
    } else {
      const start = dateOf(live.start)!.date.getTime();
      const was = dateOf(u.time)?.date.getTime() ?? start;
      time = timeAt(new Date(Math.max(start, was + (v % 2 === 0 ? 1 : -1) * (1 + (v % 30)) * MINUTE)), v);
      what = `time ${u.time} → ${time}`;
    }
    return [`${head}---\n${changeUpdate(body, u, { inner, time })}`, `update ${what}`];
  },
  (_ws, a, v) => {
    // An update made a key event or no longer one; the pin moved to it, or taken off.
    const { head, body } = split(a.text);
    const u = pick(updatesOf(body), v >> 1);
    if (!u) return [undefined, ''];
    if (v % 2 === 0) return [`${head}---\n${changeUpdate(body, u, { key: !u.key })}`, `key ${!u.key}`];
    if (u.pinned) return [`${head}---\n${changeUpdate(body, u, { pinned: false })}`, 'unpinned'];
    const moved = mapUpdates(body, (x) =>
      x.index === u.index ? { ...x, pinned: true } : x.pinned ? { ...x, pinned: false } : x,
    );
    return [`${head}---\n${moved}`, 'pin moved'];
  },
  (ws, a, v, live) => {
    // The coverage ends: a few hours before the build's day (ended), or after it (still live, until a
    // clock change passes it: no file changes then).
    const start = dateOf(live.start)!.date.getTime();
    const now = dateOf(ws.buildDate)!.date.getTime();
    const hours = [2, 6, 20][v % 3]!;
    const end = Math.max(start, now + (v % 2 === 0 ? -hours : hours) * 3_600_000);
    const iso = timeAt(new Date(end), v);
    return [setLive(a.text, live.start, iso), `end ${iso} (${end > now ? 'still live' : 'ended'} on ${ws.buildDate})`];
  },
  (_ws, a, _v, live) => [live.end ? setLive(a.text, live.start) : undefined, 'end removed: live again'],
  (_ws, a) => {
    // Back to a normal article: the updates' words stay, as paragraphs, in the file's order.
    const { head, body } = split(a.text);
    const plain = body.replace(UPDATE, (_all, _attrs, inner: string) => shallower(inner.trimEnd()));
    return [removeField(`${head}---\n${plain}`, 'live'), 'no longer live'];
  },
];

/**
 * Live coverage: an article made live (edit 0, also what any edit does while no article is live), then
 * its updates appended, edited, flagged, its coverage ended, resumed, and the article made normal again.
 */
const live: ChangeKind = {
  name: 'live',
  apply(ws, [n = 0, e = 0, v = 0]) {
    const all = published(articleFiles(ws));
    const lives = all.filter((a) => liveOf(a.text));
    const which = e % (LIVE_EDITS.length + 1);
    if (which === 0 || lives.length === 0) {
      const a = pick(
        all.filter((x) => !liveOf(x.text)),
        n,
      );
      if (!a) return undefined;
      const [text, what] = makeLive(a, v);
      return rewrite(ws, a, text, `live: ${what}`);
    }
    const a = pick(lives, n)!;
    const [text, what] = LIVE_EDITS[which - 1]!(ws, a, v, liveOf(a.text)!);
    return rewrite(ws, a, text, `live: ${what}`);
  },
};

// ---------------------------------------------------------------------------------------------------
// Images

const pictureFiles = (ws: Workspace) =>
  readdirSync(path.join(ws.content, 'articles'), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.png'))
    .sort()
    .map((f) => path.join(ws.content, 'articles', f));

const imageLead: ChangeKind = {
  name: 'image.lead',
  apply: (ws, [n = 0, p = 0]) =>
    withArticle(ws, n, (a) => {
      if (imageSrc(a.text)) {
        // Remove the lead image (the file stays: another article may use it).
        return rewrite(ws, a, a.text.replace(IMAGE_BLOCK, ''), 'remove lead image');
      }
      const name = `foto-${ws.next()}.png`;
      writeFileSync(path.join(path.dirname(a.file), name), ws.pictures[p % ws.pictures.length]!);
      const block = `image:\n  src: "./${name}"\n  alt: "Ilustrasi berita nomor ${p}"\n`;
      const { head, body } = split(a.text);
      return rewrite(ws, a, `${head}${block}---\n${body}`, `add lead image ${name}`);
    }),
};

const imageReplace: ChangeKind = {
  name: 'image.replace',
  apply(ws, [n = 0, p = 0]) {
    const file = pick(pictureFiles(ws), n);
    if (!file) return undefined;
    const bytes = ws.pictures[p % ws.pictures.length]!;
    if (readFileSync(file).equals(bytes)) return undefined;
    writeFileSync(file, bytes);
    return `replace the bytes of ${rel(ws, file)} with picture ${p % ws.pictures.length}`;
  },
};

const imageTwin: ChangeKind = {
  name: 'image.twin',
  apply(ws, [n = 0, m = 0]) {
    // The same bytes under a second name, used by another article.
    const source = pick(pictureFiles(ws), n);
    if (!source) return undefined;
    return withArticle(ws, m, (a) => {
      const name = `kembar-${ws.next()}.png`;
      copyFileSync(source, path.join(path.dirname(a.file), name));
      const text = imageSrc(a.text)
        ? setImageField(a.text, 'src', `"./${name}"`)
        : (() => {
            const { head, body } = split(a.text);
            return `${head}image:\n  src: "./${name}"\n  alt: "Ilustrasi kembar"\n---\n${body}`;
          })();
      return rewrite(ws, a, text, `twin of ${rel(ws, source)} as ${name}`);
    });
  },
};

const imageBody: ChangeKind = {
  name: 'image.body',
  apply: (ws, [n = 0, p = 0]) =>
    withArticle(ws, n, (a) => {
      const { head, body } = split(a.text);
      const existing = /\n!\[[^\]]*\]\(\.\/([^)]+)\)\n/.exec(body);
      if (existing) return rewrite(ws, a, `${head}---\n${body.replace(existing[0], '\n')}`, 'remove body image');
      const name = `badan-${ws.next()}.png`;
      writeFileSync(path.join(path.dirname(a.file), name), ws.pictures[p % ws.pictures.length]!);
      return rewrite(ws, a, insertBlock(a.text, p, `![Gambar di badan berita ${p}](./${name})`), `body image ${name}`);
    }),
};

// ---------------------------------------------------------------------------------------------------
// Experts and sections

const yamlFile = (ws: Workspace, folder: string, id: string) => path.join(ws.content, folder, `${id}.yaml`);

function setYaml(text: string, name: string, value: string | undefined): string {
  const re = new RegExp(`^${name}: .*\\n?`, 'm');
  const without = text.replace(re, '');
  return value === undefined ? without : `${without.trimEnd()}\n${name}: ${value}\n`;
}

/** Every article's references to an id, rewritten (`to`) or removed (undefined). */
function rewriteReferences(ws: Workspace, kind: 'experts' | 'sections', from: string, to: string | undefined): void {
  for (const a of articleFiles(ws)) {
    let text = a.text;
    if (kind === 'sections') {
      if (field(text, 'section') !== from) continue;
      text = setField(text, 'section', to!);
    } else {
      const experts = list(field(text, 'experts'));
      if (!experts.includes(from)) continue;
      const next = to ? experts.map((e) => (e === from ? to : e)) : experts.filter((e) => e !== from);
      text = next.length ? setField(text, 'experts', `[${next.join(', ')}]`) : removeField(text, 'experts');
      const { head, body } = split(text);
      const attribute = `{expert="${from}"}`;
      text = `${head}---\n${
        to
          ? body.replaceAll(attribute, `{expert="${to}"}`)
          : body
              .replace(/:quote\[([^\]]*)\]\{expert="([^"]*)"\}/g, (all, q, e) => (e === from ? q : all))
              .replaceAll(attribute, '')
      }`;
    }
    write(a.file, text);
  }
}

const expertAdd: ChangeKind = {
  name: 'expert.add',
  apply(ws, [n = 0]) {
    const id = `pakar-baru-${ws.next()}`;
    write(
      yamlFile(ws, 'experts', id),
      `name: "Nama Baru ${n % 7}"\nrole: "Peneliti"\naffiliation: "Lembaga Kajian ${n % 3}"\n`,
    );
    // Quoted at once by an article, or not yet anywhere.
    if (n % 2 === 0)
      withArticle(ws, n >> 1, (a) => {
        const experts = list(field(a.text, 'experts'));
        return rewrite(ws, a, setField(a.text, 'experts', `[${[...experts, id].join(', ')}]`), 'quote');
      });
    return `add expert ${id}`;
  },
};

const expertEdit: ChangeKind = {
  name: 'expert.edit',
  apply(ws, [n = 0, f = 0, v = 0]) {
    const id = pick(ids(ws, 'experts'), n);
    if (!id) return undefined;
    const file = yamlFile(ws, 'experts', id);
    const text = read(file);
    const which = ['name', 'role', 'affiliation', 'bio', 'url', 'same-name'][f % 6]!;
    let next: string;
    if (which === 'same-name') {
      // Two experts with the same printed name.
      const other = pick(
        ids(ws, 'experts').filter((e) => e !== id),
        v,
      );
      if (!other) return undefined;
      next = setYaml(text, 'name', /^name: (.*)$/m.exec(read(yamlFile(ws, 'experts', other)))![1]!);
    } else if ((which === 'bio' || which === 'url') && v % 2 === 0) next = setYaml(text, which, undefined);
    else
      next = setYaml(
        text,
        which,
        which === 'url'
          ? `https://pakar.example/${id}/${v}`
          : yamlText(`${which === 'name' ? 'Nama Baru' : 'Isian Baru'} ${ws.next()}`),
      );
    if (next === text) return undefined;
    write(file, next);
    return `expert ${id}: ${which}`;
  },
};

const expertDelete: ChangeKind = {
  name: 'expert.delete',
  apply(ws, [n = 0]) {
    const id = pick(ids(ws, 'experts'), n);
    if (!id) return undefined;
    rewriteReferences(ws, 'experts', id, undefined);
    rmSync(yamlFile(ws, 'experts', id));
    return `delete expert ${id} and its mentions`;
  },
};

const expertRename: ChangeKind = {
  name: 'expert.rename',
  apply(ws, [n = 0]) {
    const id = pick(ids(ws, 'experts'), n);
    if (!id) return undefined;
    const to = `${id}-${ws.next()}`;
    renameSync(yamlFile(ws, 'experts', id), yamlFile(ws, 'experts', to));
    rewriteReferences(ws, 'experts', id, to);
    return `rename expert ${id} → ${to}`;
  },
};

const sectionChange: ChangeKind = {
  name: 'section.change',
  apply(ws, [n = 0, k = 0, v = 0]) {
    const sections = ids(ws, 'sections');
    const id = pick(sections, n);
    if (!id) return undefined;
    const file = yamlFile(ws, 'sections', id);
    switch (k % 5) {
      case 0: {
        const added = `rubrik-${ws.next()}`;
        write(yamlFile(ws, 'sections', added), `name: "Rubrik Baru ${v % 4}"\n`);
        if (v % 2 === 0)
          withArticle(ws, v, (a) => rewrite(ws, a, setField(a.text, 'section', added), 'into the new section'));
        return `add section ${added}`;
      }
      case 1:
        write(file, setYaml(read(file), 'name', yamlText(`Rubrik ${ws.next()}`)));
        return `section ${id}: name`;
      case 2: {
        const text = read(file);
        const next =
          /^description:/m.test(text) && v % 2 === 0
            ? setYaml(text, 'description', undefined)
            : setYaml(text, 'description', yamlText(`Deskripsi rubrik ${v}`));
        write(file, next);
        return `section ${id}: description`;
      }
      case 3: {
        if (sections.length < 2) return undefined;
        const into = sections.find((s) => s !== id)!;
        rewriteReferences(ws, 'sections', id, into);
        rmSync(file);
        return `delete section ${id}, its articles into ${into}`;
      }
      default: {
        const to = `${id}-${ws.next()}`;
        renameSync(file, yamlFile(ws, 'sections', to));
        rewriteReferences(ws, 'sections', id, to);
        return `rename section ${id} → ${to}`;
      }
    }
  },
};

// ---------------------------------------------------------------------------------------------------
// The clock, touches, racy rewrites, broken files

const clock: ChangeKind = {
  name: 'clock',
  apply(ws, [n = 0]) {
    const date = new Date(ws.buildDate);
    const steps = [1, 3, 30, 365, -1];
    const days = steps[n % steps.length]!;
    if (days === 365) date.setUTCFullYear(date.getUTCFullYear() + 1);
    else date.setTime(date.getTime() + days * 86_400_000);
    // Kept in Jakarta time, as a newsroom's scheduler would write it.
    ws.buildDate = `${new Date(date.getTime() + 7 * 3_600_000).toISOString().slice(0, 19)}+07:00`;
    return `build date → ${ws.buildDate}`;
  },
};

const anyFile = (ws: Workspace) =>
  readdirSync(ws.content, { recursive: true })
    .map(String)
    .filter((f) => /\.(md|yaml|png)$/.test(f))
    .sort()
    .map((f) => path.join(ws.content, f));

const touch: ChangeKind = {
  name: 'touch',
  apply(ws, [n = 0, how = 0]) {
    const file = pick(anyFile(ws), n);
    if (!file) return undefined;
    if (how % 2 === 0) {
      const now = new Date();
      utimesSync(file, now, now);
      return `touch ${rel(ws, file)}`;
    }
    // Rewritten with the same bytes.
    writeFileSync(file, readFileSync(file));
    return `rewrite ${rel(ws, file)} unchanged`;
  },
};

/**
 * An article rewritten right after the build, in place, with other bytes of the same size, and its
 * modification time set back to what it was: only the change time and the bytes tell (git's racy clean).
 */
const racyRewrite: ChangeKind = {
  name: 'racy',
  apply: (ws, [n = 0]) =>
    withArticle(ws, n, (a) => {
      const before = statSync(a.file);
      const text = a.text.replace(/([a-z])([a-z])([a-z])/, (_, x, y, z) => `${z}${y}${x}`);
      if (text === a.text || Buffer.byteLength(text) !== Buffer.byteLength(a.text)) return undefined;
      writeFileSync(a.file, text);
      utimesSync(a.file, before.atime, before.mtime);
      return `racy rewrite of ${rel(ws, a.file)} (same size, same modification time)`;
    }),
};

/** A broken file; the next build of the sequence fails, and `fixPending` puts it right afterwards. */
const BREAKS: ((ws: Workspace, v: number) => [string, () => void] | undefined)[] = [
  (ws) => {
    const file = path.join(ws.content, 'articles', 'rusak.md');
    write(file, '---\ntitle: "Tanpa tanggal"\n---\n\nIsi.\n');
    return ['an article without a date', () => rmSync(file)];
  },
  (ws, v) => {
    const a = pick(published(articleFiles(ws)), v);
    if (!a) return undefined;
    write(a.file, setField(a.text, 'experts', `[${[...list(field(a.text, 'experts')), 'tidak-ada'].join(', ')}]`));
    return [`${a.slug} names an expert that does not exist`, () => write(a.file, a.text)];
  },
  (ws, v) => {
    const a = pick(published(articleFiles(ws)), v);
    if (!a) return undefined;
    write(a.file, setField(a.text, 'tittle', '"Salah ketik"'));
    return [`${a.slug} has an unknown field`, () => write(a.file, a.text)];
  },
  (ws, v) => {
    // Past the content check, which does not open pictures in the body: the build fails half-way, in
    // Astro, after the content store and the check's cache were updated.
    const a = pick(published(articleFiles(ws)), v);
    if (!a) return undefined;
    write(a.file, insertBlock(a.text, v, '![Gambar yang hilang](./tidak-ada.png)'));
    return [`${a.slug} shows a picture that does not exist`, () => write(a.file, a.text)];
  },
  (ws, v) => {
    const id = pick(ids(ws, 'sections'), v);
    if (!id) return undefined;
    const file = yamlFile(ws, 'sections', id);
    const text = read(file);
    write(file, 'name: [tidak, valid\n');
    return [`section ${id} is not YAML`, () => write(file, text)];
  },
];

export const breakFile: ChangeKind = {
  name: 'break',
  apply(ws, [k = 0, v = 0]) {
    const broken = BREAKS[k % BREAKS.length]!(ws, v);
    if (!broken) return undefined;
    ws.pendingFix = broken[1];
    return `break: ${broken[0]}`;
  },
};

export const fixPending: ChangeKind = {
  name: 'fix',
  apply(ws) {
    if (!ws.pendingFix) return undefined;
    ws.pendingFix();
    ws.pendingFix = undefined;
    return 'fix the broken file';
  },
};

export const CHANGE_KINDS: readonly ChangeKind[] = [
  articleAdd,
  articleField,
  articleField,
  articleBody,
  articleBody,
  articleDelete,
  articleRename,
  articleMove,
  articleDraft,
  imageLead,
  imageReplace,
  imageTwin,
  imageBody,
  expertAdd,
  expertEdit,
  expertDelete,
  expertRename,
  sectionChange,
  clock,
  touch,
  racyRewrite,
  breakFile,
  // Last, so that the kinds before keep their places in the list fast-check draws from.
  live,
];

export const CHANGES_BY_NAME = new Map([...CHANGE_KINDS, fixPending].map((k) => [k.name, k]));
