import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// imageTwins indexes the content folder once per process, so the folder is set before it is imported.
const root = mkdtempSync(path.join(os.tmpdir(), 'warta-twins-'));
const previous = process.env.WARTA_CONTENT_DIR;
let imageTwins: typeof import('../../src/site/image-twins.ts').imageTwins;
/** What the articles import (Site.images): not catatan.md, not sisa.jpg. */
const imported = new Set(
  [
    'articles/2025/01/panen.jpg',
    'articles/2025/02/banjir.jpg',
    'articles/2025/02/pasar.jpg',
    'articles/2025/02/tunggal.png',
  ].map((f) => path.join(root, f)),
);

beforeAll(async () => {
  mkdirSync(path.join(root, 'articles/2025/01'), { recursive: true });
  mkdirSync(path.join(root, 'articles/2025/02'), { recursive: true });
  writeFileSync(path.join(root, 'articles/2025/01/panen.jpg'), 'photo A');
  writeFileSync(path.join(root, 'articles/2025/02/banjir.jpg'), 'photo A');
  writeFileSync(path.join(root, 'articles/2025/02/pasar.jpg'), 'photo B'); // same size, other bytes
  writeFileSync(path.join(root, 'articles/2025/02/tunggal.png'), 'a photo of its own');
  writeFileSync(path.join(root, 'articles/2025/02/catatan.md'), 'photo A'); // not an image
  writeFileSync(path.join(root, 'articles/2025/02/sisa.jpg'), 'photo A'); // a twin no article imports
  process.env.WARTA_CONTENT_DIR = root;
  ({ imageTwins } = await import('../../src/site/image-twins.ts'));
});
afterAll(() => {
  if (previous === undefined) delete process.env.WARTA_CONTENT_DIR;
  else process.env.WARTA_CONTENT_DIR = previous;
});

describe('imageTwins', () => {
  it('lists every imported picture with the same bytes, the file itself included, sorted', () => {
    const twins = ['articles/2025/01/panen.jpg', 'articles/2025/02/banjir.jpg'];
    expect(imageTwins(path.join(root, twins[1]!), imported)).toEqual(twins);
    expect(imageTwins(path.join(root, twins[0]!), imported)).toEqual(twins);
  });

  it('leaves out files of the same size with other bytes, and files no article imports', () => {
    expect(imageTwins(path.join(root, 'articles/2025/02/pasar.jpg'), imported)).toEqual(['articles/2025/02/pasar.jpg']);
    expect(imageTwins(path.join(root, 'articles/2025/02/tunggal.png'), imported)).toEqual([
      'articles/2025/02/tunggal.png',
    ]);
    // sisa.jpg has panen.jpg's bytes but names nothing: the bundler never sees it.
    expect(imageTwins(path.join(root, 'articles/2025/01/panen.jpg'), imported)).not.toContain(
      'articles/2025/02/sisa.jpg',
    );
  });
});
