/**
 * The CMS at /admin/ (decision 035): Sveltia CMS from its npm build, configured by the config the build
 * generated from the content contract (src/cms/config.ts, injected as WARTA_CMS), writing articles in
 * Warta's own format (src/cms/frontmatter.ts): an edit changes only the lines of the fields edited. The
 * body's own syntax (quotes with attribution, pull-quotes, live updates) gets editor components, and the
 * preview is drawn with the site's stylesheet. Bundled by src/cms/build.ts; never loaded by a public page.
 */
import CMS from '@sveltia/cms';
import { parseArticleDate } from '../core/article-date.ts';
import { formatDateline, formatTime } from '../core/dates.ts';
import { escapeHtml } from '../core/html-text.ts';
import { typesetAfter, typesetPlain } from '../core/typography.ts';
import { unlistedExperts } from './checks.ts';
import { type BlockSyntax, PULLQUOTE, QUOTE, UPDATE } from './components.ts';
import {
  type Frontmatter,
  parseFrontmatter,
  splitArticle,
  withoutDefaults,
  writeArticle,
  writeFrontmatter,
} from './frontmatter.ts';

declare const WARTA_CMS: {
  config: Record<string, unknown>;
  /** the article format's name, the contract's field order */
  format: string;
  order: string[];
  /** the format of expert and section files, and their fields' order */
  yamlFormat: string;
  yamlOrder: string[];
  /** the contract's defaults (`draft: false`, `tags: []`): never written into a file that did not say them */
  defaults: Frontmatter;
  /** the site's stylesheets, for the preview */
  styles: string[];
  /** labels of the editor components and their fields, from src/i18n/id.ts */
  components: {
    quote: { label: string; text: string; expert: string; said: string };
    pullquote: { label: string; text: string; expert: string };
    update: { label: string; time: string; key: string; pinned: string; text: string };
  };
  /** the marks of a pinned update and a key event, as the live page shows them */
  liveLabels: { pinned: string; key: string };
  /** the expert picker's options, as the config's relation fields have them */
  expertRelation: Record<string, unknown>;
  /** a date field's options, as the config's date fields have them */
  dateTime: Record<string, unknown>;
  /** the error when a quote names an expert the article does not list: `{ids}` is replaced */
  unlistedExpert: string;
  /** the error when a quote or pull-quote has an empty expert */
  unnamedExpert: string;
};

/** The file as it was read, riding with the entry under a key no field has: what an edit is applied to. */
const ORIGINAL = '__warta_file';

/** The lead picture's path changed by `change`, as an `image` key to spread over the data (none without). */
function withImagePath(data: Frontmatter, change: (src: string) => string): Frontmatter {
  const image = data.image as Frontmatter | undefined;
  return image && typeof image.src === 'string' ? { image: { ...image, src: change(image.src) } } : {};
}

CMS.registerCustomFormat(WARTA_CMS.format, 'md', {
  fromFile: (text: string) => {
    const { data, body } = splitArticle(text);
    return { ...data, ...withImagePath(data, (src) => src.replace(/^\.\//, '')), body, [ORIGINAL]: text };
  },
  toFile: (value: Frontmatter) => {
    const { body, [ORIGINAL]: file, ...fields } = value;
    // The contract's picture beside the article is `./name.jpg`; the CMS's media field gives the name.
    const data = {
      ...fields,
      ...withImagePath(fields, (src) => (/^(?:\.{0,2}\/|[a-z]+:)/.test(src) ? src : `./${src}`)),
    };
    const original = typeof file === 'string' ? file : undefined;
    const text = typeof body === 'string' ? body : '';
    return writeArticle(withoutDefaults(data, original, WARTA_CMS.defaults), text, original, WARTA_CMS.order);
  },
});

// Experts and sections: YAML files, written by the same writer (only edited fields change).
CMS.registerCustomFormat(WARTA_CMS.yamlFormat, 'yaml', {
  fromFile: (text: string) => ({ ...parseFrontmatter(text), [ORIGINAL]: text }),
  toFile: (value: Frontmatter) => {
    const { [ORIGINAL]: file, ...data } = value;
    const original = typeof file === 'string' ? file : undefined;
    const kept = Object.fromEntries(
      Object.entries(data).filter(([, v]) => v !== undefined && v !== null && v !== ''),
    ) as Frontmatter;
    return writeFrontmatter(kept, original, WARTA_CMS.yamlOrder);
  },
});

/** Markdown inside a component's preview, by the CMS's own renderer and sanitiser (both on `window`). */
function renderMarkdown(markdown: string): string {
  const cms = window as unknown as {
    marked?: { parse: (text: string, options?: { async: false }) => string };
    DOMPurify?: { sanitize: (html: string) => string };
  };
  if (!cms.marked || !cms.DOMPurify) return `<p>${escapeHtml(markdown)}</p>`;
  return cms.DOMPurify.sanitize(cms.marked.parse(markdown, { async: false }));
}

/** Sveltia matches a component's pattern over the whole body: `^` and `$` are lines (the `m` flag). */
const block = (syntax: BlockSyntax) => ({
  id: syntax.id,
  pattern: new RegExp(syntax.pattern, 'm'),
  fromBlock: syntax.fromBlock,
  toBlock: syntax.toBlock,
});
const { components: words, expertRelation } = WARTA_CMS;
const expertField = (label: string, required: boolean) => ({ name: 'expert', label, required, ...expertRelation });

// A quotation said by an expert, as a paragraph: "…," katanya. (content-format "Quote attribution")
CMS.registerEditorComponent({
  ...block(QUOTE),
  label: words.quote.label,
  fields: [
    { name: 'text', label: words.quote.text, widget: 'text' },
    expertField(words.quote.expert, true),
    { name: 'said', label: words.quote.said, widget: 'string', required: false },
  ],
  toPreview: (d: Frontmatter) =>
    // As the block is written: the comma inside the closing quote ("…," kata Dewi).
    `<p>“<q class="quote" data-expert="${escapeHtml(d.expert)}">${escapeHtml(d.text)}</q>${d.said ? `,” ${escapeHtml(d.said)}` : '”'}</p>`,
} as never);

CMS.registerEditorComponent({
  ...block(PULLQUOTE),
  label: words.pullquote.label,
  fields: [{ name: 'text', label: words.pullquote.text, widget: 'text' }, expertField(words.pullquote.expert, false)],
  toPreview: (d: Frontmatter) =>
    `<figure class="pull-quote"><blockquote><p>${escapeHtml(d.text)}</p></blockquote></figure>`,
} as never);

CMS.registerEditorComponent({
  ...block(UPDATE),
  label: words.update.label,
  fields: [
    { name: 'time', label: words.update.time, ...WARTA_CMS.dateTime },
    { name: 'key', label: words.update.key, widget: 'boolean', required: false },
    { name: 'pinned', label: words.update.pinned, widget: 'boolean', required: false },
    { name: 'text', label: words.update.text, widget: 'markdown' },
  ],
  toPreview: (d: Frontmatter) => {
    // As the live page shows an update (src/markdown/live-updates.ts): its time in WIB, its marks, its text.
    const time = parseArticleDate(String(d.time ?? ''));
    const marks = [
      d.pinned ? ['pinned', WARTA_CMS.liveLabels.pinned] : null,
      d.key ? ['key', WARTA_CMS.liveLabels.key] : null,
    ]
      .filter((mark) => mark !== null)
      .map(([kind, text]) => `<p class="live-update-label live-update-label-${kind}">${escapeHtml(text)}</p>`)
      .join('');
    const classes = ['live-update', d.pinned ? 'live-update-pinned' : '', d.key ? 'live-update-key' : ''].join(' ');
    return `<article class="${classes.trim()}"><header class="live-update-header"><h2 class="live-update-time"><time>${
      time ? escapeHtml(formatTime(time.date)) : ''
    }</time></h2>${marks}</header>${renderMarkdown(String(d.text ?? ''))}</article>`;
  },
} as never);

// Before saving: a quote or pull-quote may name only an expert of the article's "Narasumber" list (the
// build refuses it too). Throwing stops the save, and the CMS says only that saving failed, in English:
// Warta says why, in Indonesian, in an alert of its own above the form until the next save.
type Immutable = { get: (key: string) => unknown; toJS?: () => unknown };

function sayProblem(message: string | undefined): void {
  let box = document.getElementById('warta-masalah');
  if (!message) {
    box?.remove();
    return;
  }
  if (!box) {
    box = document.createElement('div');
    box.id = 'warta-masalah';
    box.setAttribute('role', 'alert');
    box.style.cssText =
      'position:fixed;z-index:100000;left:50%;top:12px;transform:translateX(-50%);max-width:min(40rem,90vw);padding:12px 16px;border-radius:6px;background:#a3122a;color:#fff;font:600 15px/1.4 system-ui,sans-serif;box-shadow:0 4px 16px rgb(0 0 0/.3)';
    document.body.append(box);
  }
  box.textContent = message;
}
CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }: { entry: Immutable }) => {
    const data = entry.get('data') as Immutable | undefined;
    const body = data?.get('body');
    if (typeof body !== 'string') return;
    const listed = data?.get('experts') as Immutable | undefined;
    const experts = (listed?.toJS?.() as string[] | undefined) ?? [];
    const missing = unlistedExperts(body, experts);
    const message = missing.includes('')
      ? WARTA_CMS.unnamedExpert
      : missing.length
        ? WARTA_CMS.unlistedExpert.replace('{ids}', missing.join(', '))
        : undefined;
    sayProblem(message);
    if (message) throw new Error(message);
  },
} as never);

// The preview: the article's header as the site sets it, with the site's stylesheet.
for (const href of WARTA_CMS.styles) CMS.registerPreviewStyle(href);

/** A quotation mid-paragraph (`:quote[…]{expert="…"}`), which the CMS's Markdown shows as it is written. */
const INLINE_QUOTE = /:quote\[([^\]]*)\]\{[^}]*\}/g;
const NOT_TEXT = 'code, pre, kbd, samp, script, style';
const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, td, th, figcaption, dd, dt';

/** Text nodes of `root` in reading order, but for code. */
function textNodes(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (!node.parentElement?.closest(NOT_TEXT)) nodes.push(node as Text);
  return nodes;
}

/**
 * The body as the CMS rendered it, set as the site sets it: quotations mid-paragraph shown as quotations,
 * straight quotes made typographic across the paragraph's text nodes (src/core/typography.ts).
 */
function typesetBody(from: Element, into: Element): void {
  into.replaceChildren(...[...from.childNodes].map((node) => node.cloneNode(true)));
  for (const node of textNodes(into)) {
    const text = node.data;
    // Not INLINE_QUOTE.test: a global pattern's test carries its position over to the next text.
    if (!text.includes(':quote[')) continue;
    const parts: (string | Node)[] = [];
    let at = 0;
    for (const match of text.matchAll(INLINE_QUOTE)) {
      const quote = document.createElement('q');
      quote.className = 'quote';
      quote.textContent = match[1] ?? '';
      parts.push(text.slice(at, match.index), quote);
      at = match.index + match[0].length;
    }
    parts.push(text.slice(at));
    node.replaceWith(...parts);
  }
  let block: Element | null = null;
  let before = '';
  for (const node of textNodes(into)) {
    // Each block sets its quotes afresh, as each paragraph of the body is set.
    const parent = node.parentElement?.closest(BLOCKS) ?? null;
    if (parent !== block) [block, before] = [parent, ''];
    node.data = typesetAfter(node.data, before);
    before += node.data;
  }
}

type H = (tag: string, props: Record<string, unknown> | null, ...children: unknown[]) => unknown;
type Entry = { getIn: (path: string[]) => unknown };
interface PreviewProps {
  entry: Entry;
  widgetFor: (name: string) => unknown;
  /** what the CMS knows of the entries the relation fields name: `[field, collection, id, field]` */
  fieldsMetaData?: { getIn?: (path: string[]) => unknown };
}
interface Preview {
  props: PreviewProps;
  /** the body as the CMS renders it (hidden), and what the reader sees: its typeset copy */
  rendered?: HTMLElement | null;
  shown?: HTMLElement | null;
  observer?: MutationObserver;
}
const preview = window as unknown as {
  h: H;
  createClass: (spec: ThisType<Preview> & Record<string, unknown>) => unknown;
};
CMS.registerPreviewTemplate(
  'articles',
  preview.createClass({
    componentDidMount() {
      const { rendered, shown } = this;
      if (!rendered || !shown) return;
      // The CMS renders the body when it likes (its Markdown, then the components' previews): copied on each change.
      this.observer = new MutationObserver(() => typesetBody(rendered, shown));
      this.observer.observe(rendered, { childList: true, subtree: true, characterData: true });
      typesetBody(rendered, shown);
    },
    componentWillUnmount() {
      this.observer?.disconnect();
    },
    render() {
      const h = preview.h;
      const field = (name: string) => this.props.entry.getIn(['data', name]);
      const published = parseArticleDate(String(field('published') ?? ''));
      // The rubric's name, as the page shows it (its file's `name`), not its id.
      const sectionName = (id: string) => {
        const name = this.props.fieldsMetaData?.getIn?.(['section', 'sections', id, 'name']);
        return typeof name === 'string' && name ? name : id;
      };
      return h(
        'article',
        { className: 'mx-auto max-w-3xl px-4 pt-6' },
        h(
          'p',
          { className: 'm-0 text-xs font-bold tracking-wider text-accent uppercase', 'data-section': '' },
          sectionName(String(field('section') ?? '')),
        ),
        h(
          'h1',
          {
            className: 'mt-3 mb-0 font-serif text-[2rem] leading-[1.12] font-bold tracking-tight text-ink sm:text-5xl',
          },
          typesetPlain(String(field('title') ?? '')),
        ),
        h(
          'p',
          { className: 'standfirst mt-4 mb-0 text-lg leading-snug text-ink-soft sm:text-xl' },
          typesetPlain(String(field('description') ?? '')),
        ),
        h(
          'p',
          { className: 'dateline mt-5 border-t border-rule pt-3 text-sm text-ink-muted' },
          published ? formatDateline(published) : '',
        ),
        h(
          'div',
          {
            hidden: true,
            ref: (element: HTMLElement | null) => {
              this.rendered = element;
            },
          },
          this.props.widgetFor('body'),
        ),
        // Filled by typesetBody, never by React: it has no children of React's.
        h('div', {
          className: 'article-body prose prose-lg mt-6 max-w-[38rem]',
          ref: (element: HTMLElement | null) => {
            this.shown = element;
          },
        }),
      );
    },
  }) as never,
);

void CMS.init({ config: WARTA_CMS.config as never });
