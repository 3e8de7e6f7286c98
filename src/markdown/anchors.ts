import { randomUUID } from 'node:crypto';
import type { Data } from 'satteri';

/**
 * Anchor ids for attributed quotes. The expert sidebar, expert pages and shared links all point at these,
 * so the scheme is part of the public URL contract: `#kutipan-<expert-id>-<n>`, n counting that expert's
 * quotes in the article from 1.
 */
export function quoteAnchorId(expertId: string, n: number): string {
  return `kutipan-${expertId}-${n}`;
}

/**
 * The ids an article page's template gives outside the body (the skip link's target, landmarks' headings,
 * the share bars' status lines). A subhead must not take one: "## Konten" would capture the skip link.
 * tests/e2e/article.spec.ts fails when the page has an id outside the body that is missing here.
 */
export const PAGE_IDS: readonly string[] = [
  'konten',
  'cari-header',
  'theme-toggle',
  'share-status-atas',
  'share-status-bawah',
  'topik-judul',
  'narasumber-judul',
  'rekomendasi-judul',
  'terkini-judul',
  'terkini-isi',
  'terkini-kartu',
];

/** The "Peristiwa penting" list of a live page. */
export const KEY_EVENTS_ID = 'peristiwa-penting';

const jakartaMinute = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Jakarta',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * The anchor of a live update, from its minute in Jakarta: `pembaruan-20251006-0930`. Public (shared links
 * and search results point at it), and stable while the update's time stays the same.
 */
export function liveUpdateAnchorId(date: Date): string {
  const p = Object.fromEntries(jakartaMinute.formatToParts(date).map((part) => [part.type, part.value]));
  return `pembaruan-${p.year}${p.month}${p.day}-${p.hour}${p.minute}`;
}

/** Anchor ids of pull-quotes, numbered in reading order. */
export function pullQuoteAnchorId(n: number): string {
  return `sorotan-${n}`;
}

const OWN_ID_MARK_KEY = 'wartaOwnIdMark';

/**
 * Pasted HTML may carry any id, including a copy of a quote's anchor (markup copied from another Warta
 * page) or of the page's own ids, and by the time `sanitize.ts` sees the tree an element made from
 * Markdown looks the same as one pasted. So the plugins that give ids write them with a mark that is
 * random for each render: it is in no source file, so no pasted id can carry it. `sanitize.ts` takes the
 * mark off again; nothing after it sees one.
 */
function ownIdMark(data: Data): string {
  return ((data[OWN_ID_MARK_KEY] as string | undefined) ??= `warta-${randomUUID()}:`);
}

/** An id as a Warta Markdown plugin writes it into the tree (see `ownIdMark`). */
export function markOwnId(data: Data, id: string): string {
  return ownIdMark(data) + id;
}

/** The id without its mark when Warta gave it; undefined when it came from pasted HTML. */
export function ownId(data: Data, id: string): string | undefined {
  const mark = data[OWN_ID_MARK_KEY];
  return typeof mark === 'string' && id.startsWith(mark) ? id.slice(mark.length) : undefined;
}
