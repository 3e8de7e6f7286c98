import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { keyImageCache } from '../../src/build/image-service.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'warta-image-cache-'));
const made = path.join(dir, 'assets', 'made.webp');
const put = () => {
  mkdirSync(path.dirname(made), { recursive: true });
  writeFileSync(made, 'bytes');
};
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("Astro's cache of made images", () => {
  it('is emptied when nothing says which encoder made it, and kept while the encoder stays', () => {
    put();
    keyImageCache(dir);
    expect(existsSync(made)).toBe(false);
    put();
    keyImageCache(dir);
    expect(existsSync(made)).toBe(true);
  });

  it('is emptied when the image service, sharp or Astro changes', () => {
    put();
    writeFileSync(path.join(dir, 'assets-key.txt'), `${readFileSync(path.join(dir, 'assets-key.txt'), 'utf8')}x`);
    keyImageCache(dir);
    expect(existsSync(made)).toBe(false);
  });
});
