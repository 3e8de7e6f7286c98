/**
 * Each Markdown extension on input/output pairs, through the same pipeline Astro runs for the site
 * (Astro's Sätteri processor with Warta's plugins). A fixture is `name.md` (frontmatter + body) with the
 * expected `name.html`, and `name.warnings.txt` when the plugins must warn. UPDATE_FIXTURES=1 rewrites the
 * expected files; review the diff before committing.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderFixture } from '../support/render-markdown.ts';

const dir = path.resolve(import.meta.dirname, '../fixtures/markdown');
const update = process.env.UPDATE_FIXTURES === '1';

describe('Markdown fixtures', () => {
  const fixtures = readdirSync(dir).filter((f) => f.endsWith('.md'));
  it('has fixtures', () => expect(fixtures.length).toBeGreaterThan(5));

  for (const name of fixtures) {
    it(name, async () => {
      const file = path.join(dir, name);
      const htmlFile = file.replace(/\.md$/, '.html');
      const warningsFile = file.replace(/\.md$/, '.warnings.txt');
      const { html, warnings } = await renderFixture(readFileSync(file, 'utf8'), file);
      if (update) {
        writeFileSync(htmlFile, `${html}\n`);
        if (warnings.length) writeFileSync(warningsFile, `${warnings.join('\n')}\n`);
      }
      expect(html).toBe(readFileSync(htmlFile, 'utf8').trim());
      const expectedWarnings = existsSync(warningsFile) ? readFileSync(warningsFile, 'utf8').trim().split('\n') : [];
      expect(warnings).toEqual(expectedWarnings);
    });
  }
});
