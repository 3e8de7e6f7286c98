import type { AstroIntegration } from 'astro';
import { contentRoot } from '../content/paths.ts';
import { validateContent } from '../content/validate.ts';

/**
 * Checks the content folder against the contract before Astro builds anything. A build with content
 * errors prints every error as `file: field: fix` and exits non-zero before a single page is written;
 * `astro dev` prints the same list and keeps serving so an editor can fix files one by one.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'warta:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const { errors, counts } = validateContent(contentRoot());
        if (errors.length === 0) {
          logger.info(`content ok: ${counts.articles} articles (${counts.drafts} drafts), ${counts.experts} experts, ${counts.sections} sections`);
          return;
        }
        const plural = errors.length === 1 ? 'error' : 'errors';
        const report = [`${errors.length} content ${plural}:`, ...errors.map((e) => `  ${e}`)].join('\n');
        if (command === 'dev') {
          logger.error(report);
          return;
        }
        console.error(`\n${report}\n\nThe site was not built; fix the files above and run the build again.\n`);
        process.exit(1);
      },
    },
  };
}
