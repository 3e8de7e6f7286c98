import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';

// The starter's `blog` collection, read from the benchmark corpus (BENCH_CONTENT_DIR/articles).
const blog = defineCollection({
  loader: glob({ base: `${process.env.BENCH_CONTENT_DIR ?? '../../content'}/articles`, pattern: '**/*.md' }),
  schema: z.object({
    title: z.string(),
    description: z.string(),
    published: z.coerce.date(),
    updated: z.coerce.date().optional(),
  }),
});

export const collections = { blog };
