// Helpers to drive Sveltia's "Work with Local Repository" (File System Access API) headlessly:
// window.showDirectoryPicker is replaced by a function returning an OPFS directory that we pre-fill
// with the checkout's files. Saved files are read back from OPFS.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from '@playwright/test';

export function collectRepoFiles(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      if (name === '.git' || name === 'node_modules') continue;
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

export const pickerInitScript = () => {
  // Runs before any page script. Returns OPFS:/repo instead of opening the native picker.
  (window as any).showDirectoryPicker = async () => {
    const root = await navigator.storage.getDirectory();
    return root.getDirectoryHandle('repo', { create: true });
  };
};

export async function fillOpfs(page: Page, files: Record<string, string>) {
  await page.evaluate(async (files) => {
    const root = await navigator.storage.getDirectory();
    try { await root.removeEntry('repo', { recursive: true }); } catch {}
    const repo = await root.getDirectoryHandle('repo', { create: true });
    await repo.getDirectoryHandle('.git', { create: true }); // Sveltia checks for .git to accept the folder
    for (const [path, text] of Object.entries(files)) {
      const parts = path.split('/');
      let dir = repo;
      for (const p of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(p, { create: true });
      const fh = await dir.getFileHandle(parts.at(-1)!, { create: true });
      const w = await fh.createWritable();
      await w.write(text);
      await w.close();
    }
  }, files);
}

export async function readOpfs(page: Page, path: string): Promise<string | null> {
  return page.evaluate(async (path) => {
    const root = await navigator.storage.getDirectory();
    let dir = await root.getDirectoryHandle('repo');
    const parts = path.split('/');
    try {
      for (const p of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(p);
      const fh = await dir.getFileHandle(parts.at(-1)!);
      return await (await fh.getFile()).text();
    } catch { return null; }
  }, path);
}
