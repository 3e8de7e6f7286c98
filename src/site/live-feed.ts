import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { formatDateline, toJakartaIso } from '../core/dates.ts';
import { LIVE_FEED_UPDATES } from '../core/live.ts';
import type { Story } from './model.ts';

/** One update as an open page inserts it: its anchor, its time and the page's own HTML of it. */
export interface LiveFeedUpdate {
  id: string;
  time: string;
  key: boolean;
  pinned: boolean;
  html: string;
  /** a key event's item of "Peristiwa penting", as the page shows it */
  keyEvent?: string;
}

/**
 * `pembaruan.json` beside a live page: whether it is still live, and its newest updates as the page shows
 * them, newest first (the pinned one only when it is among the newest). An open page polls it and inserts
 * the updates it has not seen (src/browser/inline/live-updates.ts).
 */
export interface LiveFeed {
  live: boolean;
  /** `live.end`, when the editor has set it */
  end: string | null;
  /** the newest update's time: the page's last change */
  updated: string | null;
  /** the same as the dateline shows it: "Jumat, 21 November 2025, 07.50 WIB" */
  updatedText: string | null;
  updates: LiveFeedUpdate[];
}

const isElement = (node: unknown): node is Element => (node as Element | undefined)?.type === 'element';

function find(node: Root | Element, test: (el: Element) => boolean): Element | undefined {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    if (test(child)) return child;
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
}

const hasClass = (el: Element, name: string) =>
  Array.isArray(el.properties.className) && el.properties.className.includes(name);

/**
 * The feed of a live story from its rendered body (the HTML the page shows, pictures resolved). Each
 * update is cut from that HTML by its source position, so the JSON carries exactly the page's markup.
 */
export function liveFeed(story: Story, bodyHtml: string): LiveFeed {
  const live = story.live;
  if (!live) throw new Error(`${story.id}: not a live page`);
  const tree = fromHtml(bodyHtml, { fragment: true });
  const source = (node: Element) => bodyHtml.slice(node.position!.start.offset, node.position!.end.offset);
  const html = new Map<string, string>();
  const stream = find(tree, (el) => el.properties.dataLiveUpdates !== undefined);
  for (const child of stream?.children ?? []) {
    const id = isElement(child) ? child.properties.dataUpdate : undefined;
    if (typeof id === 'string' && isElement(child)) html.set(id, source(child));
  }
  const keyEvents = new Map<string, string>();
  const nav = find(tree, (el) => el.tagName === 'nav' && hasClass(el, 'live-key-events'));
  for (const item of nav ? (find(nav, (el) => el.tagName === 'ul')?.children ?? []) : []) {
    const link = isElement(item) ? find(item, (el) => el.tagName === 'a') : undefined;
    const href = link?.properties.href;
    if (isElement(item) && typeof href === 'string') keyEvents.set(href.slice(1), source(item));
  }
  const newest = live.updates
    .filter((u) => u.time !== '')
    .sort((a, b) => Date.parse(b.time) - Date.parse(a.time))
    .slice(0, LIVE_FEED_UPDATES);
  return {
    live: live.ongoing,
    end: live.end ? toJakartaIso(live.end.date) : null,
    updated: live.latest ? toJakartaIso(live.latest.date) : null,
    updatedText: live.latest ? formatDateline(live.latest) : null,
    updates: newest.map((u) => {
      const markup = html.get(u.id);
      if (markup === undefined) throw new Error(`${story.id}: update ${u.id} is not in the rendered body`);
      const keyEvent = keyEvents.get(u.id);
      return {
        id: u.id,
        time: u.time,
        key: u.key,
        pinned: u.pinned,
        html: markup,
        ...(keyEvent === undefined ? {} : { keyEvent }),
      };
    }),
  };
}
