/**
 * The default content as the next publish of the live page: a copy of `content/` with one more update
 * appended to the live article (tests/e2e/pages.ts, LIVE). `npm run build:live-next` writes it to
 * .cache/live-next-content and builds it into dist-live-next/; tests/e2e/live.spec.ts serves that build's
 * `pembaruan.json` to a page of the current build, as a reader who kept the page open would get it.
 *
 *   node tests/support/live-next-content.ts DIR
 */
import { appendFileSync, cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(import.meta.dirname, '../..');

export const LIVE_FILE = 'articles/2025/11/banjir-rob-pesisir-tanjung-karang-langsung.md';

/** The update the next publish adds: newer than every update of the default content. */
export const NEXT_UPDATE = {
  id: 'pembaruan-20251121-0758',
  time: '2025-11-21T07:58:00+07:00',
  lead: 'Pompa bergerak tiba di Karang Asri.',
  body: [
    ':::update{time="2025-11-21T07:58:00+07:00" key}',
    '**Pompa bergerak tiba di Karang Asri.** Empat unit pompa bergerak dari dinas pekerjaan umum mulai menyedot genangan di jalan utama kelurahan. Siti Rahmawati mengingatkan bahwa pompa hanya membantu selama air laut surut: ":quote[Selama pasang belum turun, air yang dipompa keluar akan kembali masuk]{expert="siti-rahmawati"}," katanya.',
    '',
    // A picture in the update: the feed carries the page's own markup of it, pictures resolved.
    '![Perahu karet petugas di jalan yang tergenang](./banjir-rob-tanjung-karang.png)',
    ':::',
  ].join('\n'),
};

export function writeLiveNextContent(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  cpSync(path.join(root, 'content'), dir, { recursive: true });
  appendFileSync(path.join(dir, LIVE_FILE), `\n${NEXT_UPDATE.body}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: node tests/support/live-next-content.ts DIR');
  writeLiveNextContent(path.resolve(dir));
}
