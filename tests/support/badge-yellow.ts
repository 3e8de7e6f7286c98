import { ARCHIVE } from '../../src/share-image/palette.ts';

const [RED, GREEN, BLUE] = [1, 3, 5].map((at) => Number.parseInt(ARCHIVE.slice(at, at + 2), 16)) as [
  number,
  number,
  number,
];

/**
 * Whether the pixel at byte offset `i` of raw RGB data is the year badge's yellow (`ARCHIVE`), within JPEG
 * noise: how the tests find an old article's year on its share card.
 */
export const isBadgeYellow = (data: Buffer, i: number): boolean =>
  Math.abs(data[i]! - RED) < 24 && Math.abs(data[i + 1]! - GREEN) < 24 && Math.abs(data[i + 2]! - BLUE) < 0x43;
