/**
 * A failed build never leaves a half-written site: scripts/build.ts builds into a staging folder and only
 * swaps it in after every step succeeded. Here the "previous site" is a folder of marker files, and the
 * content is the whole malformed-content set (tests/support/malformed.ts) in one folder: the real build
 * must name every broken file the way the validator does, print no stack trace, and touch nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectClearError } from '../support/clear-error.ts';
import { BROKEN, writeContent } from '../support/malformed.ts';
import { snapshot } from '../support/snapshot.ts';

const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(os.tmpdir(), 'warta-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run build with the malformed-content set', () => {
  it('exits non-zero listing every broken file with its contract error, no stack trace, and leaves the previous dist/ untouched', () => {
    const content = path.join(work, 'content');
    writeContent(content, BROKEN);
    const outDir = path.join(work, 'dist');
    mkdirSync(path.join(outDir, 'berita'), { recursive: true });
    writeFileSync(path.join(outDir, 'index.html'), '<p>previous site</p>');
    writeFileSync(path.join(outDir, 'berita/marker.txt'), 'still here');
    writeFileSync(path.join(outDir, 'og.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x01]));
    const before = snapshot(outDir);

    const result = spawnSync(process.execPath, [path.join(root, 'scripts/build.ts')], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, WARTA_CONTENT_DIR: content, WARTA_OUT_DIR: outDir },
    });
    const output = `${result.stdout}\n${result.stderr}`;

    expect(result.status).not.toBe(0);
    // The build reports paths from the project folder; the cases' patterns start at the content folder.
    const prefix = `${path.relative(root, content).split(path.sep).join('/')}/`;
    const lines = output
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.startsWith(prefix))
      .map((l) => l.split(prefix).join(''));
    for (const c of BROKEN) {
      for (const pattern of c.expect as RegExp[])
        expect(
          lines.some((l) => pattern.test(l)),
          `${c.name}: ${pattern}`,
        ).toBe(true);
    }
    const files = BROKEN.flatMap((c) => Object.keys(c.files));
    for (const line of lines) expectClearError(line, files);
    expect(lines.length).toBe(BROKEN.reduce((n, c) => n + (c.expect as RegExp[]).length, 0));
    expect(output).toMatch(/content errors:/);
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(output).not.toMatch(/\b(TypeError|RangeError|SyntaxError|ReferenceError)\b/);
    expect(snapshot(outDir)).toEqual(before);
    expect(existsSync(`${outDir}.staging`)).toBe(false);
    expect(existsSync(`${outDir}.previous`)).toBe(false);
  }, 180_000);
});
