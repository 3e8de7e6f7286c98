import type { BlockContent, Heading, List, ListItem, PhrasingContent, Root, RootContent } from 'mdast';
// Registers hName/hProperties on mdast nodes' data.
import type {} from 'mdast-util-to-hast';
import { toString as plainText } from 'mdast-util-to-string';
import { type Data, defineMdastPlugin, type MdastVisitorContext } from 'satteri';
import { parseArticleDate } from '../core/article-date.ts';
import { formatUpdateTime } from '../core/dates.ts';
import type { LiveUpdateFact } from '../core/live.ts';
import { t } from '../i18n/id.ts';
import { KEY_EVENTS_ID, liveUpdateAnchorId, markOwnId } from './anchors.ts';
import { articleFrontmatter, reportError } from './messages.ts';
import type { ContainerDirectiveNode } from './pull-quote.ts';

const LIVE_KEY = 'wartaLiveUpdates';

/** The updates the plugin found, in the order the page shows them (pinned first, then newest first). */
export function liveUpdatesOf(data: Data): LiveUpdateFact[] | undefined {
  return data[LIVE_KEY] as LiveUpdateFact[] | undefined;
}

const ATTRIBUTES = ['time', 'key', 'pinned'];

const isUpdate = (node: RootContent): node is RootContent & ContainerDirectiveNode =>
  node.type === 'containerDirective' && (node as ContainerDirectiveNode).name === 'update';

/** An update nested inside something else: its place in the stream would be a guess. */
function nestedUpdates(node: RootContent, found: ContainerDirectiveNode[]): void {
  if (!('children' in node)) return;
  for (const child of node.children as RootContent[]) {
    if (isUpdate(child)) found.push(child);
    nestedUpdates(child, found);
  }
}

/** A flag attribute (`key`, `pinned`): present means yes; `="false"` is refused rather than guessed. */
function flag(node: ContainerDirectiveNode, name: string, ctx: MdastVisitorContext): boolean {
  const value = node.attributes?.[name];
  if (value === undefined) return false;
  if (value === null || value === '' || value === 'true') return true;
  reportError(ctx, node, `update ${name}="${value}": write ${name} alone to set it, or leave it out`);
  return false;
}

/** The bold lead-in of an update's first paragraph (`**Putin tiba di Pyongyang.**`), else its first sentence. */
function titleOf(children: readonly RootContent[]): string {
  const first = children.find((c) => c.type === 'paragraph');
  const lead = first?.type === 'paragraph' ? first.children[0] : undefined;
  const source = lead?.type === 'strong' ? wordsOf([lead]) : first ? wordsOf([first]) : '';
  const sentence = source.replace(/^(.+?[.!?])\s.*$/u, '$1');
  const short = sentence.length > 100 ? `${sentence.slice(0, 99).replace(/\s+\S*$/u, '')}…` : sentence;
  return short.replace(/[.:]$/u, '');
}

const timeElement = (iso: string, label: string): PhrasingContent => ({
  type: 'emphasis',
  data: { hName: 'time', hProperties: { dateTime: iso } },
  children: [{ type: 'text', value: label }],
});

const label = (text: string, kind: string): BlockContent => ({
  type: 'paragraph',
  // Words of the page, not of the update: a search for "peristiwa penting" should not find every live page.
  // The heading's name says it already (updateHeading).
  data: {
    hProperties: {
      className: ['live-update-label', `live-update-label-${kind}`],
      dataPagefindIgnore: '',
      ariaHidden: 'true',
    },
  },
  children: [{ type: 'text', value: text }],
});

interface Found {
  node: ContainerDirectiveNode;
  fact: LiveUpdateFact;
  date: Date;
  order: number;
}

function updateElement(found: Found, data: Data, start: Date | undefined): RootContent {
  const { fact, node } = found;
  const time = formatUpdateTime(found.date, start);
  const heading: Heading = {
    type: 'heading',
    depth: 2,
    data: { hProperties: { id: markOwnId(data, fact.id), className: ['live-update-time'] } },
    // Heading navigation hears what each update is, not a list of times: its labels and lead-in follow
    // the time for screen readers only (indexed once, in the update's text).
    children: [
      timeElement(fact.time, time),
      {
        type: 'emphasis',
        data: { hName: 'span', hProperties: { className: ['sr-only'], dataPagefindIgnore: '' } },
        children: [{ type: 'text', value: t.live.updateHeadingRest(fact, fact.title) }],
      },
    ],
  };
  const labels = [
    ...(fact.pinned ? [label(t.live.pinned, 'pinned')] : []),
    ...(fact.key ? [label(t.live.keyEvent, 'key')] : []),
  ];
  return {
    type: 'liveUpdate',
    children: [
      {
        type: 'liveUpdateHeader',
        data: { hName: 'header', hProperties: { className: ['live-update-header'] } },
        children: [heading, ...labels],
      } as never,
      ...(node.children as RootContent[]),
    ],
    data: {
      hName: 'article',
      hProperties: {
        className: [
          'live-update',
          ...(fact.pinned ? ['live-update-pinned'] : []),
          ...(fact.key ? ['live-update-key'] : []),
        ],
        dataUpdate: fact.id,
        dataTime: fact.time,
        ariaLabelledby: fact.id,
      },
    },
  } as never;
}

/** "Peristiwa penting": the key events, newest first, each a link to its update. */
function keyEventsList(keys: readonly Found[], data: Data, start: Date | undefined): RootContent {
  const heading: Heading = {
    type: 'heading',
    depth: 2,
    data: { hProperties: { id: markOwnId(data, KEY_EVENTS_ID), className: ['live-key-events-title'] } },
    children: [{ type: 'text', value: t.live.keyEvents }],
  };
  const list: List = {
    type: 'list',
    ordered: false,
    spread: false,
    children: keys.map(
      ({ fact, date }): ListItem => ({
        type: 'listItem',
        spread: false,
        children: [
          {
            type: 'paragraph',
            children: [
              {
                type: 'link',
                url: `#${fact.id}`,
                children: [
                  timeElement(fact.time, formatUpdateTime(date, start)),
                  { type: 'text', value: ' ' },
                  {
                    type: 'emphasis',
                    data: { hName: 'span', hProperties: { className: ['live-key-event-title'] } },
                    children: [{ type: 'text', value: fact.title }],
                  },
                ],
              },
            ],
          },
        ],
      }),
    ),
  };
  return {
    type: 'liveKeyEvents',
    children: [heading, list],
    data: {
      hName: 'nav',
      hProperties: { className: ['live-key-events'], ariaLabelledby: KEY_EVENTS_ID, dataPagefindIgnore: 'all' },
    },
  } as never;
}

/**
 * Live coverage (content-format "Live coverage"). A live article's body is its summary followed by
 * `:::update{time="…" key pinned}` blocks in any order; the page shows the summary, the key events, the
 * pinned update and then the others newest first. Each update is an `<article>` whose heading carries its
 * WIB time and a stable anchor (`pembaruan-<yyyymmdd>-<hhmm>` in Jakarta time, `-2`… for a second update in
 * the same minute, counted in the file's order), so shared links and search results point at it.
 *
 * The checks: updates only in a live article, each at the top level, dated to the minute with an offset
 * and not before `live.start`, at most one pinned, none empty, and no text between updates (it would have
 * no time and no place in the stream).
 */
export const liveUpdates = defineMdastPlugin({
  name: 'warta-live-updates',
  options: { position: true },
  before(root: Root, ctx) {
    const live = articleFrontmatter(ctx.data).live;
    if (live === undefined && !ctx.source.includes('update')) return;
    const top = root.children.filter(isUpdate);
    const nested: ContainerDirectiveNode[] = [];
    for (const child of root.children) if (!isUpdate(child)) nestedUpdates(child, nested);
    for (const update of top) for (const child of update.children) nestedUpdates(child, nested);
    for (const node of [...top.flatMap((u) => u.children.filter(isUpdate)), ...nested])
      reportError(
        ctx,
        node,
        ':::update must stand on its own at the top level of the body, not inside a list, quote or other update (is the update before it closed with :::? after a table, leave a blank line before :::)',
      );
    if (live === undefined || live === null) {
      for (const node of top)
        reportError(
          ctx,
          node,
          ':::update is for live coverage: add live: { start: 2025-10-06T07:00:00+07:00 } to the frontmatter, or remove the update blocks',
        );
      return;
    }
    const start =
      typeof live === 'object' && 'start' in live
        ? parseArticleDate(String((live as { start: unknown }).start))
        : undefined;

    const summary: RootContent[] = [];
    const found: Found[] = [];
    const taken = new Map<string, number>();
    let pinned: Found | undefined;
    for (const child of root.children) {
      if (!isUpdate(child)) {
        // Link and footnote definitions show nothing where they stand: they may follow the updates.
        if (found.length === 0 || child.type === 'definition' || child.type === 'footnoteDefinition')
          summary.push(child);
        else
          reportError(
            ctx,
            child,
            'text between updates: put it inside an :::update block, or above the first update, where it is the summary',
          );
        continue;
      }
      const node = child;
      for (const name of Object.keys(node.attributes ?? {}))
        if (!ATTRIBUTES.includes(name))
          reportError(ctx, node, `update attribute "${name}" is unknown: use time="…", key and pinned`);
      const raw = node.attributes?.time ?? '';
      const time = parseArticleDate(raw);
      if (!time?.hasTime) {
        reportError(
          ctx,
          node,
          raw
            ? `update time "${raw}" is not a date-time with offset: write time="2025-10-06T09:30:00+07:00"`
            : 'update has no time: write :::update{time="2025-10-06T09:30:00+07:00"}',
        );
      } else if (start && time.date < start.date) {
        reportError(ctx, node, `update time "${raw}" is before live.start (${start.iso}): fix the time or live.start`);
      }
      // A subhead inside an update sits under the update's own h2.
      demoteHeadings(node.children as RootContent[], ctx);
      if (plainText({ type: 'root', children: node.children as RootContent[] }).trim() === '' && !hasMedia(node))
        reportError(ctx, node, 'update is empty: write what happened between :::update{…} and :::');
      const date = time?.hasTime ? time.date : new Date(0);
      const base = liveUpdateAnchorId(date);
      const n = (taken.get(base) ?? 0) + 1;
      taken.set(base, n);
      const item: Found = {
        node,
        date,
        order: found.length,
        fact: {
          id: n === 1 ? base : `${base}-${n}`,
          time: time?.hasTime ? raw : '',
          key: flag(node, 'key', ctx),
          pinned: flag(node, 'pinned', ctx),
          title: titleOf(node.children),
          text: wordsOf(node.children as RootContent[]),
        },
      };
      if (item.fact.pinned) {
        if (pinned)
          reportError(
            ctx,
            node,
            `a second pinned update (the first is at line ${pinned.node.position?.start.line ?? '?'}): pin at most one`,
          );
        else pinned = item;
      }
      found.push(item);
    }

    // Newest first; two updates of the same minute keep the file's order reversed, as if appended.
    const newestFirst = [...found].sort((a, b) => b.date.getTime() - a.date.getTime() || b.order - a.order);
    const shown = pinned ? [pinned, ...newestFirst.filter((f) => f !== pinned)] : newestFirst;
    const keys = newestFirst.filter((f) => f.fact.key);
    ctx.data[LIVE_KEY] = shown.map((f) => f.fact);

    const updates = {
      type: 'liveUpdates',
      children: shown.map((f) => updateElement(f, ctx.data, start?.date)),
      data: { hName: 'div', hProperties: { className: ['live-updates'], dataLiveUpdates: '' } },
    };
    const first = found[0];
    if (!first) return;
    ctx.replaceNode(
      first.node as never,
      [...(keys.length > 0 ? [keyEventsList(keys, ctx.data, start?.date)] : []), updates] as never,
    );
    for (const other of found.slice(1)) ctx.removeNode(other.node as never);
  },
});

function demoteHeadings(nodes: readonly RootContent[], ctx: MdastVisitorContext): void {
  for (const node of nodes) {
    if (node.type === 'heading' && node.depth < 3) ctx.setProperty(node, 'depth', 3);
    else if ('children' in node) demoteHeadings(node.children as RootContent[], ctx);
  }
}

/** An update's words as plain text: blocks apart, pull-quotes (which repeat words) left out. */
function wordsOf(nodes: readonly RootContent[]): string {
  const parts: string[] = [];
  const walk = (node: RootContent): void => {
    if (node.type === 'containerDirective' && (node as ContainerDirectiveNode).name === 'pullquote') return;
    if ('children' in node) {
      (node.children as RootContent[]).forEach(walk);
      if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'listItem' && node.type !== 'tableCell')
        return;
      parts.push(' ');
    } else if ('value' in node && node.type !== 'html') parts.push(node.value);
  };
  nodes.forEach(walk);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

function hasMedia(node: ContainerDirectiveNode): boolean {
  return (node.children as RootContent[]).some(
    (c) =>
      c.type === 'image' || c.type === 'html' || ('children' in c && hasMedia(c as unknown as ContainerDirectiveNode)),
  );
}
