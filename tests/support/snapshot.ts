import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every file and folder under dir, a file with the hash of its bytes: to show a site was left as it was. */
export function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true })
      .map(String)
      .sort()
      .map((f) => {
        const file = path.join(dir, f);
        return [
          f,
          statSync(file).isDirectory() ? 'folder' : createHash('sha256').update(readFileSync(file)).digest('hex'),
        ];
      }),
  );
}
