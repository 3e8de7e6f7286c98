import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
export const root = new URL('..', import.meta.url).pathname;
export const site = join(root, 'site');
export const git = (...args: string[]) => execFileSync('git', args, { cwd: site, encoding: 'utf8' });
/** Put site/ back to the committed fixtures. */
export const resetSite = () => { git('checkout', '--', '.'); git('clean', '-fdq', 'content', 'public'); };
export const readSite = (p: string) => readFileSync(join(site, p), 'utf8');
export const saveEvidence = (name: string, text: string) => {
  mkdirSync(join(root, 'evidence'), { recursive: true });
  writeFileSync(join(root, 'evidence', name), text);
};
import { execFileSync as _exec } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
/** Unified diff between the committed fixture and a saved text (git diff --no-index). */
export const diffAgainstFixture = (path: string, saved: string) => {
  const d = mkdtempSync(join(tmpdir(), 'cmsdiff-'));
  mkdirSync(join(d, 'a'), { recursive: true }); mkdirSync(join(d, 'b'), { recursive: true });
  writeFileSync(join(d, 'a', 'file.md'), readSite(path)); writeFileSync(join(d, 'b', 'file.md'), saved);
  try { _exec('git', ['diff', '--no-index', '--', 'a/file.md', 'b/file.md'], { cwd: d, encoding: 'utf8' }); return ''; }
  catch (e: any) { return String(e.stdout).replaceAll('a/file.md', `a/${path}`).replaceAll('b/file.md', `b/${path}`); }
};
