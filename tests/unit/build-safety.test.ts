/**
 * A failed build never leaves a half-written site: scripts/build.mjs builds into a staging folder and only
 * swaps it in after every step succeeded. Here the "previous site" is a folder with a marker file.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(os.tmpdir(), 'warta-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function brokenContent(): string {
  const dir = path.join(work, 'content');
  cpSync(path.join(root, 'content/sections'), path.join(dir, 'sections'), { recursive: true });
  cpSync(path.join(root, 'content/experts'), path.join(dir, 'experts'), { recursive: true });
  mkdirSync(path.join(dir, 'articles/2025/10'), { recursive: true });
  writeFileSync(
    path.join(dir, 'articles/2025/10/rusak.md'),
    '---\ntitle: "Berita"\ndescription: "Ringkas."\npublished: 2025-10-06\nsection: internasional\nexperts: [lim-eun-jun]\n---\nIsi.\n',
  );
  return dir;
}

describe('npm run build with a bad article', () => {
  it('exits non-zero with the contract error and leaves the previous dist/ untouched', () => {
    const outDir = path.join(work, 'dist');
    mkdirSync(path.join(outDir, 'berita'), { recursive: true });
    writeFileSync(path.join(outDir, 'index.html'), '<p>previous site</p>');
    writeFileSync(path.join(outDir, 'berita/marker.txt'), 'still here');

    const result = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, WARTA_CONTENT_DIR: brokenContent(), WARTA_OUT_DIR: outDir },
    });
    const output = `${result.stdout}\n${result.stderr}`;

    expect(result.status).not.toBe(0);
    expect(output).toMatch(/articles\/2025\/10\/rusak\.md: experts\[0\]: no expert "lim-eun-jun" in .*experts\/ \(did you mean "lim-eun-jung"\?\)/);
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('<p>previous site</p>');
    expect(readFileSync(path.join(outDir, 'berita/marker.txt'), 'utf8')).toBe('still here');
    expect(readdirSync(outDir).sort()).toEqual(['berita', 'index.html']);
    expect(existsSync(`${outDir}.staging`)).toBe(false);
  }, 120_000);
});
