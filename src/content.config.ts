/**
 * The content contract (../shared/spec/content-format.md, documented in docs/content-format.md) as types.
 * This file is the only source of an article's, expert's and section's type: the site gets it through
 * `astro:content`, the build-time validator (src/content/validate.ts) parses files with these same schemas.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defineCollection } from 'astro/content/config';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { pruneArticleHtml, storeWithHtmlOutside } from './content/article-html.ts';
import { storeAtCurrentPaths } from './content/entry-paths.ts';
import { readExpertNames } from './content/expert-names.ts';
import { shown } from './content/limits.ts';
import { CONTENT_FOLDERS, contentRoot, ID_PATTERN } from './content/paths.ts';
import { frontmatterOf } from './content/yaml.ts';
import { parseArticleDate } from './core/article-date.ts';
import { typesetPlain } from './core/typography.ts';
import { validHref } from './core/web-url.ts';

const id = () =>
  z
    .string({ error: 'expected an id: lower-case ASCII words joined by "-", e.g. "yakov-zinberg"' })
    .regex(ID_PATTERN, { error: 'expected an id: lower-case ASCII words joined by "-", e.g. "yakov-zinberg"' });
const text = (max?: number) => {
  const base = z.string({ error: 'expected text' }).trim().min(1, { error: 'must not be empty' });
  return max ? base.max(max, { error: `must be at most ${max} characters` }) : base;
};
/**
 * A headline or standfirst, set with the body's typography (“quotes”, em dashes, ellipses) wherever it is
 * shown: pages, cards, lists, share images, search results, and also <title>, og:title, feeds and
 * JSON-LD (docs/decisions/028-typographic-headlines.md). Editors type straight quotes.
 */
const display = (max: number) => text(max).transform(typesetPlain);
// Written back as a valid href (src/core/web-url.ts): spaces, braces and the like pasted into a link are
// percent-encoded, so the href is valid HTML and means exactly what a browser would have fetched.
const webUrl = () =>
  z
    .url({ protocol: /^https?$/, error: 'expected an absolute http(s) URL, e.g. "https://www.dw.com/id/"' })
    .transform(validHref);

const articleDate = () =>
  z
    .string({ error: 'expected a date like 2025-10-06 or a date-time with offset like 2025-10-06T09:30:00+07:00' })
    .transform((value, ctx) => {
      const parsed = parseArticleDate(value);
      if (!parsed) {
        ctx.issues.push({
          code: 'custom',
          input: value,
          message: `"${shown(value)}" is not a date like 2025-10-06 or a date-time with offset like 2025-10-06T09:30:00+07:00`,
        });
        return z.NEVER;
      }
      return parsed;
    });

/** A lead image: Astro's image() in the site (ImageMetadata), a plain path in the validator. */
export const articleSchema = <Image extends z.ZodType>(image: () => Image) =>
  z
    .strictObject({
      title: display(200),
      description: display(400),
      published: articleDate(),
      updated: articleDate().optional(),
      section: id(),
      tags: z.array(text(), { error: 'expected a list of tags, e.g. ["Korea Utara", "Rusia"]' }).default([]),
      experts: z.array(id(), { error: 'expected a list of expert ids, e.g. ["yakov-zinberg"]' }).default([]),
      source: z
        .strictObject(
          { name: text(), url: webUrl().optional() },
          { error: 'expected { name: "Deutsche Welle", url: "https://…" }' },
        )
        .optional(),
      credit: text().optional(),
      image: z
        .strictObject(
          { src: image(), alt: text(), caption: text().optional(), credit: text().optional() },
          { error: 'expected { src: ./file.jpg, alt: "what the picture shows" }' },
        )
        .optional(),
      draft: z.boolean({ error: 'expected true or false' }).default(false),
      corrections: z
        .array(
          z.strictObject(
            { date: articleDate(), text: display(500) },
            {
              error: 'expected { date: 2025-10-07T10:15:00+07:00, text: "Versi sebelumnya menyebut … Yang benar, …" }',
            },
          ),
          { error: 'expected a list of corrections, oldest first' },
        )
        .default([]),
      live: z
        .strictObject(
          { start: articleDate(), end: articleDate().optional() },
          { error: 'expected { start: 2025-10-06T07:00:00+07:00 } and, once the coverage is over, end: …' },
        )
        .optional(),
    })
    .superRefine((article, ctx) => {
      if (article.updated && article.updated.date < article.published.date) {
        ctx.addIssue({
          code: 'custom',
          path: ['updated'],
          message: `must not be before published (${article.published.iso})`,
        });
      }
      article.corrections.forEach((correction, i) => {
        if (!correction.date.hasTime)
          ctx.addIssue({
            code: 'custom',
            path: ['corrections', i, 'date'],
            message: `"${correction.date.iso}" has no time: a correction is dated to the minute, e.g. ${correction.date.iso}T10:15:00+07:00`,
          });
        else if (correction.date.date < article.published.date)
          ctx.addIssue({
            code: 'custom',
            path: ['corrections', i, 'date'],
            message: `must not be before published (${article.published.iso})`,
          });
        const before = article.corrections[i - 1];
        if (before && correction.date.date < before.date.date)
          ctx.addIssue({
            code: 'custom',
            path: ['corrections', i, 'date'],
            message: `is before corrections[${i - 1}] (${before.date.iso}): list corrections oldest first`,
          });
      });
      if (article.live) {
        const { start, end } = article.live;
        for (const [field, value] of [
          ['start', start],
          ['end', end],
        ] as const)
          if (value && !value.hasTime)
            ctx.addIssue({
              code: 'custom',
              path: ['live', field],
              message: `"${value.iso}" has no time: live coverage ${field === 'start' ? 'starts' : 'ends'} at a minute, e.g. ${value.iso}T07:00:00+07:00`,
            });
        if (end && end.date < start.date)
          ctx.addIssue({
            code: 'custom',
            path: ['live', 'end'],
            message: `must not be before live.start (${start.iso})`,
          });
      }
      const seen = new Set<string>();
      article.experts.forEach((expert, i) => {
        if (seen.has(expert))
          ctx.addIssue({ code: 'custom', path: ['experts', i], message: `"${expert}" is listed twice: keep one` });
        seen.add(expert);
      });
    });

export const expertSchema = z.strictObject({
  name: text(),
  role: text(),
  affiliation: text(),
  bio: text().optional(),
  url: webUrl().optional(),
});

export const sectionSchema = z.strictObject({
  name: text(),
  description: text().optional(),
});

const root = contentRoot();
const folder = (name: string) => path.join(root, name);

/**
 * Astro's glob loader, with two contract rules applied: the id is the file name (slugs are unique across
 * sub-folders, which the validator checks), and frontmatter is read by Warta's YAML reader so dates stay
 * as written (see src/content/yaml.ts). Rendered bodies are kept outside Astro's store, whose size would
 * otherwise cap the site at about 50,000 articles (src/content/article-html.ts).
 */
function articleLoader(): Loader {
  const inner = glob({
    base: folder(CONTENT_FOLDERS.articles),
    pattern: '**/*.md',
    generateId: ({ entry }) => path.basename(entry, '.md'),
    // Pages use the rendered HTML and the body facts stored beside it (body-facts.ts), never the
    // Markdown source: not keeping 10,000 bodies a second time saves memory and store size.
    retainBody: false,
  });
  return {
    name: 'warta-articles',
    load: async (context) => {
      // Pull-quote captions show the names of the article's experts (astro.config.mjs gives the pipeline
      // the same names): a renamed expert renders the articles that list them again.
      const names = readExpertNames(root);
      const store = storeWithHtmlOutside(storeAtCurrentPaths(context.store, root), undefined, (data) =>
        JSON.stringify((Array.isArray(data.experts) ? data.experts : []).map((id) => names.get(String(id)) ?? null)),
      );
      await inner.load({
        ...context,
        store,
        parseData: (props) =>
          context.parseData({
            ...props,
            data: props.filePath
              ? (frontmatterOf(readFileSync(props.filePath, 'utf8')) as typeof props.data)
              : props.data,
          }),
      });
      pruneArticleHtml(store);
    },
  };
}

/** Astro's glob loader for a folder of YAML files, reading again an entry whose file has moved. */
function yamlLoader(folderName: string): Loader {
  const inner = glob({ base: folder(folderName), pattern: '*.yaml' });
  return {
    name: `warta-${folderName}`,
    load: (context) => inner.load({ ...context, store: storeAtCurrentPaths(context.store, root) }),
  };
}

export const collections = {
  articles: defineCollection({ loader: articleLoader(), schema: ({ image }) => articleSchema(image) }),
  experts: defineCollection({
    loader: yamlLoader(CONTENT_FOLDERS.experts),
    schema: expertSchema,
  }),
  sections: defineCollection({
    loader: yamlLoader(CONTENT_FOLDERS.sections),
    schema: sectionSchema,
  }),
};
