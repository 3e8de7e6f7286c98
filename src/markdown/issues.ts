import type { Node } from 'unist';
import type { VFile } from 'vfile';

/** The `source` of every message Warta's Markdown plugins put on a file. */
export const MESSAGE_SOURCE = 'warta';

/**
 * Records a contract violation on the file. It is fatal: `rehypeReportIssues` fails the render with every
 * error of the file at once, and the content validator lists it before any page is built.
 */
export function reportError(file: VFile, node: Node | undefined, reason: string): void {
  const message = file.message(reason, { place: node?.position, source: MESSAGE_SOURCE });
  message.fatal = true;
}

/** Records something the editor should look at; the page is still built. */
export function reportWarning(file: VFile, node: Node | undefined, reason: string): void {
  const message = file.message(reason, { place: node?.position, source: MESSAGE_SOURCE });
  message.fatal = false;
}

/** The article's frontmatter as Astro hands it to plugins (`file.data.astro.frontmatter`). */
export function articleFrontmatter(file: VFile): { experts?: unknown } {
  const astro = file.data.astro as { frontmatter?: Record<string, unknown> } | undefined;
  return astro?.frontmatter ?? {};
}

/** The expert ids the article declares, or undefined when the frontmatter is not known. */
export function declaredExperts(file: VFile): string[] | undefined {
  const experts = articleFrontmatter(file).experts;
  if (experts === undefined) return [];
  return Array.isArray(experts) ? experts.map(String) : undefined;
}
