import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toJakartaIso } from '../core/dates.ts';
import { LIVE_FEED_UPDATES } from '../core/live.ts';
import type { Story } from './model.ts';

/** One update as an open page inserts it: its anchor, its time and the page's own HTML of it. */
export interface LiveFeedUpdate {
  id: string;
  time: string;
  key: boolean;
  pinned: boolean;
  html: string;
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
  updates: LiveFeedUpdate[];
}

const isElement = (node: unknown): node is Element => (node as Element | undefined)?.type === 'element';

function findStream(node: Root | Element): Element | undefined {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    if (child.properties.dataLiveUpdates !== undefined) return child;
    const found = findStream(child);
    if (found) return found;
  }
  return undefined;
}

/**
 * The feed of a live story from its rendered body (the HTML the page shows, pictures resolved). Each
 * update is cut from that HTML by its source position, so the JSON carries exactly the page's markup.
 */
export function liveFeed(story: Story, bodyHtml: string): LiveFeed {
  const live = story.live;
  if (!live) throw new Error(`${story.id}: not a live page`);
  const stream = findStream(fromHtml(bodyHtml, { fragment: true }));
  const html = new Map<string, string>();
  for (const child of stream?.children ?? []) {
    const id = isElement(child) ? child.properties.dataUpdate : undefined;
    const start = child.position?.start.offset;
    const end = child.position?.end.offset;
    if (typeof id === 'string' && start !== undefined && end !== undefined) html.set(id, bodyHtml.slice(start, end));
  }
  const newest = live.updates
    .filter((u) => u.time !== '')
    .sort((a, b) => Date.parse(b.time) - Date.parse(a.time))
    .slice(0, LIVE_FEED_UPDATES);
  return {
    live: live.ongoing,
    end: live.end ? toJakartaIso(live.end.date) : null,
    updated: live.latest ? toJakartaIso(live.latest.date) : null,
    updates: newest.map((u) => {
      const markup = html.get(u.id);
      if (markup === undefined) throw new Error(`${story.id}: update ${u.id} is not in the rendered body`);
      return { id: u.id, time: u.time, key: u.key, pinned: u.pinned, html: markup };
    }),
  };
}
