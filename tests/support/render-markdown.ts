/**
 * Renders a Markdown file's text through the pipeline Astro runs for the site (Astro's Sätteri processor
 * with Warta's plugins), with two known experts for pull-quote captions. Used by the fixture and the
 * contract-error tests.
 */
import { pathToFileURL } from 'node:url';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { parseYaml, splitFrontmatter } from '../../src/content/yaml.ts';
import { storedBodyFacts } from '../../src/markdown/body-facts.ts';
import { wartaMarkdown } from '../../src/markdown/pipeline.ts';

const names: Record<string, string> = { 'yakov-zinberg': 'Yakov Zinberg', 'lim-eun-jung': 'Lim Eun-jung' };

/** The body's HTML, the plugins' warnings (without the file prefix) and the body facts. */
export async function renderFixture(source: string, file: string) {
  const warnings: string[] = [];
  const processor = await createSatteriMarkdownProcessor({
    syntaxHighlight: false,
    ...wartaMarkdown({
      expertName: (id) => names[id],
      warn: (line) => warnings.push(line.replace(/^.*?\.md(:\d+)?: /, '')),
    }),
  });
  const { frontmatter, body } = splitFrontmatter(source);
  const data = (frontmatter ? parseYaml(frontmatter) : {}) as Record<string, unknown>;
  const result = await processor.render(body, { frontmatter: data, fileURL: pathToFileURL(file) });
  return { html: result.code.trim(), warnings, facts: storedBodyFacts(result.metadata.frontmatter) };
}
