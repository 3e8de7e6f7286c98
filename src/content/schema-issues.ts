import { z } from 'astro/zod';
import { shown } from './limits.ts';
import { closest } from './suggest.ts';

/**
 * Zod's issues about a content file, said the way an editor can act on: `field: what to do`. The schemas
 * themselves live in src/content.config.ts.
 */

export type Examples = Readonly<Record<string, string>>;

/** What to write, per field, when a required field is missing. */
export const ARTICLE_EXAMPLES: Examples = {
  title: 'title: "Kim Sambut Putin di Pyongyang"',
  description: 'description: "One or two sentences under the headline."',
  published: 'published: 2025-10-06 (or 2025-10-06T09:30:00+07:00)',
  section: 'section: internasional',
  'source.name': 'name: "Deutsche Welle"',
  'image.src': 'src: ./photo.jpg',
  'image.alt': 'alt: "what the picture shows"',
};
export const EXPERT_EXAMPLES: Examples = {
  name: 'name: "Yakov Zinberg"',
  role: 'role: "Profesor Hubungan Internasional"',
  affiliation: 'affiliation: "Universitas Kokushikan"',
};
export const SECTION_EXAMPLES: Examples = { name: 'name: "Internasional"' };

function fieldPath(parts: readonly PropertyKey[]): string {
  return parts.reduce<string>(
    (out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)),
    '',
  );
}

interface JsonSchema {
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
}

const jsonSchemas = new WeakMap<z.ZodType, JsonSchema>();

/**
 * The fields an object in the schema allows, for "did you mean". Read from the schema's JSON Schema
 * (zod's public `toJSONSchema`), not from zod's internals, which change between versions; what JSON
 * Schema cannot express (Astro's image(), transforms) becomes "any", which has no fields to offer.
 */
function knownKeys(schema: z.ZodType, at: readonly PropertyKey[]): string[] {
  let json = jsonSchemas.get(schema);
  if (!json) {
    json = z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }) as JsonSchema;
    jsonSchemas.set(schema, json);
  }
  let node: JsonSchema | undefined = json;
  for (const part of at) node = typeof part === 'number' ? node?.items : node?.properties?.[String(part)];
  return Object.keys(node?.properties ?? {});
}

function valueAt(data: unknown, at: readonly PropertyKey[]): unknown {
  return at.reduce<unknown>(
    (value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined),
    data,
  );
}

/** Every way `data` breaks `schema`, as `field: what to do` lines (none when it is valid). */
export function describeIssues(schema: z.ZodType, data: unknown, examples: Examples): string[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.flatMap((issue) => {
    const field = fieldPath(issue.path);
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(schema, issue.path);
      return issue.keys.map((key) => {
        const where = shown(field ? `${field}.${key}` : key);
        const hint = closest(key, known);
        return `${where}: unknown field${hint ? ` (did you mean "${hint}"?)` : ''}: ${hint ? 'fix the spelling' : 'remove it'}; allowed fields are ${known.join(', ')}`;
      });
    }
    if (issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined) {
      const key = issue.path.filter((p) => typeof p === 'string').join('.');
      const example = examples[key];
      return [`${field}: required field is missing${example ? `: add ${example}` : ''}`];
    }
    return [`${field || '(frontmatter)'}: ${issue.message}`];
  });
}
