import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { moduleGraphDigest } from '../build/source-digest.ts';
import { openCheckCache } from '../content/check-cache.ts';
import { cacheRoot, contentRoot } from '../content/paths.ts';
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
        let result: ReturnType<typeof validateContent>;
        try {
          const cache = openCheckCache(
            path.join(cacheRoot(), 'content-check.json'),
            // The checker and the cache's own code (its stamps and layout).
            moduleGraphDigest(['src/content/validate.ts', 'src/content/check-cache.ts']),
          );
          result = validateContent(contentRoot(), process.cwd(), cache);
          cache.save();
        } catch (error) {
          // The validator names each broken file itself; this is for a folder it could not read at all.
          const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
          result = {
            errors: [
              `${contentRoot()}: the content folder could not be read (${reason}): check that it exists and is readable`,
            ],
            counts: { articles: 0, drafts: 0, experts: 0, sections: 0 },
          };
        }
        const { errors, counts } = result;
        if (errors.length === 0) {
          logger.info(
            `content ok: ${counts.articles} articles (${counts.drafts} drafts), ${counts.experts} experts, ${counts.sections} sections`,
          );
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
