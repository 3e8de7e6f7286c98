import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_FOLDERS } from './paths.ts';
import { parseYaml } from './yaml.ts';

/**
 * Printed expert names by id, read straight from the expert files. The Markdown pipeline runs outside
 * Astro's content store and needs them for pull-quote captions.
 */
export function readExpertNames(root: string): Map<string, string> {
  const dir = path.join(root, CONTENT_FOLDERS.experts);
  const names = new Map<string, string>();
  if (!existsSync(dir)) return names;
  for (const file of readdirSync(dir)) {
    if (!file.endsWith('.yaml')) continue;
    try {
      const data = parseYaml(readFileSync(path.join(dir, file), 'utf8')) as { name?: unknown } | null;
      if (typeof data?.name === 'string') names.set(path.basename(file, '.yaml'), data.name);
    } catch {
      // The validator reports broken expert files; a caption is not the place to fail.
    }
  }
  return names;
}
