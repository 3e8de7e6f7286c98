/**
 * The CMS's configuration (issue 30), generated from the content contract: the schemas of
 * src/content.config.ts, read as JSON Schema of what an editor writes (`z.toJSONSchema`, input side), give
 * every field, whether it is required, its length limits and its pattern; `CHOICES` adds only what a schema
 * cannot say (the widget of a date or a relation, labels and hints from src/i18n/id.ts). A schema field
 * without a choice, or a choice without a field, fails the generation: the two cannot drift apart
 * (tests/unit/cms-config.test.ts).
 */
import { z } from 'astro/zod';
import { CONTENT_FOLDERS, ID_PATTERN } from '../content/paths.ts';
import { articleSchema, expertSchema, sectionSchema } from '../content.config.ts';
import { cms } from '../i18n/id.ts';

type Json = Record<string, unknown>;

interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  default?: unknown;
}

export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  pattern?: [string, string];
  default?: unknown;
  fields?: CmsField[];
  field?: CmsField;
  [option: string]: unknown;
}

type Label = keyof typeof cms.fields;

/** What the schema cannot say about a field: its label, and a widget with options where it is not text. */
interface Choice {
  label: Label;
  widget?: string;
  options?: Json;
}

/**
 * Dates: a date and time picker on the editor's own clock, written with its offset: `+07:00` in WIB, as
 * the contract writes it; an editor in WITA writes `+08:00`, the same instant, shown in WIB by the site.
 * (Sveltia's `input_timezone: Asia/Jakarta` would show WIB everywhere, but in another zone its picker
 * re-renders without end once a date is typed: measured with Playwright in Asia/Makassar.) A date
 * without a time (allowed for `published` and `updated`) is kept as written while the field is untouched.
 */
export const dateTime = (): Json => ({ widget: 'datetime', format: 'YYYY-MM-DDTHH:mm:ssZ' });

export const relation = (collection: string): Json => ({
  widget: 'relation',
  collection,
  value_field: '{{slug}}',
  search_fields: ['name'],
  display_fields: ['name'],
});

/** Keyed by the field's path in the collection ("image.alt", "corrections.*.date"). */
const CHOICES: Record<'articles' | 'experts' | 'sections', Record<string, Choice>> = {
  articles: {
    title: { label: 'title' },
    description: { label: 'description', widget: 'text' },
    published: { label: 'published', options: dateTime() },
    updated: { label: 'updated', options: dateTime() },
    section: { label: 'section', options: relation('sections') },
    tags: { label: 'tags' },
    experts: { label: 'experts' },
    'experts.*': { label: 'expert', options: relation('experts') },
    source: { label: 'source' },
    'source.name': { label: 'sourceName' },
    'source.url': { label: 'sourceUrl' },
    credit: { label: 'credit' },
    image: { label: 'image' },
    'image.src': { label: 'imageSrc', widget: 'image' },
    'image.alt': { label: 'imageAlt' },
    'image.caption': { label: 'imageCaption' },
    'image.credit': { label: 'imageCredit' },
    draft: { label: 'draft' },
    corrections: { label: 'corrections' },
    'corrections.*.date': { label: 'correctionDate', options: dateTime() },
    'corrections.*.text': { label: 'correctionText', widget: 'text' },
    live: { label: 'live' },
    'live.start': { label: 'liveStart', options: dateTime() },
    'live.end': { label: 'liveEnd', options: dateTime() },
  },
  experts: {
    name: { label: 'name' },
    role: { label: 'role' },
    affiliation: { label: 'affiliation' },
    bio: { label: 'bio', widget: 'text' },
    url: { label: 'url' },
  },
  sections: {
    name: { label: 'sectionName' },
    description: { label: 'sectionDescription', widget: 'text' },
  },
};

/** The schema's own checks of a text, as one pattern with an Indonesian message. */
function textPattern(schema: JsonSchema): [string, string] | undefined {
  if (schema.pattern === ID_PATTERN.source) return [schema.pattern, cms.errors.id];
  if (schema.format === 'uri') return ['^https?://\\S+$', cms.errors.url];
  // Counted as the contract counts: without the white space around the text (the schema trims it).
  if (schema.maxLength !== undefined)
    return [
      `^\\s*(?=\\S)[\\s\\S]{${schema.minLength ?? 1},${schema.maxLength}}?\\s*$`,
      cms.errors.length(schema.minLength ?? 1, schema.maxLength),
    ];
  if (schema.minLength) return ['\\S', cms.errors.notEmpty];
  return undefined;
}

function fieldsOf(collection: keyof typeof CHOICES, schema: JsonSchema, prefix: string, used: Set<string>): CmsField[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, property]) =>
    fieldOf(collection, `${prefix}${name}`, name, property, required.has(name), used),
  );
}

function fieldOf(
  collection: keyof typeof CHOICES,
  path: string,
  name: string,
  schema: JsonSchema,
  required: boolean,
  used: Set<string>,
): CmsField {
  const choice = CHOICES[collection][path];
  if (!choice) throw new Error(`src/cms/config.ts: no CMS field for ${collection}.${path}: add it to CHOICES`);
  used.add(path);
  const { label, hint } = cms.fields[choice.label];
  const field: CmsField = {
    name,
    label,
    widget: (choice.options?.widget as string | undefined) ?? choice.widget ?? 'string',
    required,
    ...(hint ? { hint } : {}),
    ...(schema.default !== undefined ? { default: schema.default } : {}),
  };
  if (schema.type === 'boolean') field.widget = 'boolean';
  else if (schema.type === 'object') {
    field.widget = 'object';
    field.fields = fieldsOf(collection, schema, `${path}.`, used);
  } else if (schema.type === 'array') {
    field.widget = 'list';
    const items = schema.items ?? {};
    if (items.type === 'object') field.fields = fieldsOf(collection, items, `${path}.*.`, used);
    else if (CHOICES[collection][`${path}.*`]) field.field = fieldOf(collection, `${path}.*`, name, items, true, used);
  } else if (field.widget === 'string' || field.widget === 'text') {
    const pattern = textPattern(schema);
    if (pattern) field.pattern = pattern;
  }
  return { ...field, ...choice.options };
}

/** The JSON Schema of what an editor writes in a collection's files. */
export function contractSchemas(): Record<keyof typeof CHOICES, JsonSchema> {
  const input = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return {
    articles: input(articleSchema(() => z.string())),
    experts: input(expertSchema),
    sections: input(sectionSchema),
  };
}

/** Every collection's fields, checked against CHOICES both ways. */
export function collectionFields(): Record<keyof typeof CHOICES, CmsField[]> {
  const schemas = contractSchemas();
  const out = {} as Record<keyof typeof CHOICES, CmsField[]>;
  for (const collection of Object.keys(CHOICES) as (keyof typeof CHOICES)[]) {
    const used = new Set<string>();
    out[collection] = fieldsOf(collection, schemas[collection], '', used);
    const stale = Object.keys(CHOICES[collection]).filter((path) => !used.has(path));
    if (stale.length)
      throw new Error(`src/cms/config.ts: CHOICES name fields the contract does not have: ${stale.join(', ')}`);
  }
  return out;
}

/** The format of article files in the CMS: Warta's own reader and writer (src/cms/admin.ts). */
// Named "-frontmatter": Sveltia accepts `.md` files only for formats named so.
export const ARTICLE_FORMAT = 'warta-frontmatter';
/** The format of expert and section files: Warta's YAML writer, for the same smallest edits. */
export const YAML_FORMAT = 'warta-yaml';

/** Where the CMS signs in and saves (docs/deploy.md, "Editors"): build settings, with local defaults. */
export interface CmsSettings {
  /** "owner/name" of the GitHub repository the site is built from */
  repo: string;
  branch: string;
  /** the OAuth helper's URL for GitHub sign-in (Sveltia's `base_url`); absent: GitHub's own flow */
  authUrl?: string | undefined;
}

export function cmsSettings(env: NodeJS.ProcessEnv = process.env): CmsSettings {
  return {
    repo: env.WARTA_CMS_REPO ?? 'redaksi/warta',
    branch: env.WARTA_CMS_BRANCH ?? 'main',
    authUrl: env.WARTA_CMS_AUTH_URL,
  };
}

/** The whole configuration Sveltia CMS is started with (`CMS.init`, no config.yml is fetched). */
export function cmsConfig(settings: CmsSettings, siteUrl: string): Record<string, unknown> {
  const fields = collectionFields();
  const body: CmsField = { name: 'body', label: cms.fields.body.label, widget: 'markdown', required: true };
  const yamlCollection = (name: 'experts' | 'sections', identifier: string) => ({
    name,
    label: cms.collections[name].label,
    label_singular: cms.collections[name].singular,
    folder: `content/${CONTENT_FOLDERS[name]}`,
    extension: 'yaml',
    format: YAML_FORMAT,
    create: true,
    identifier_field: identifier,
    slug: '{{slug}}',
    summary: `{{${identifier}}}`,
    fields: fields[name],
  });
  return {
    load_config_file: false,
    backend: {
      name: 'github',
      repo: settings.repo,
      branch: settings.branch,
      ...(settings.authUrl ? { base_url: settings.authUrl } : {}),
    },
    // The sign-in page's and the tab's title.
    app_title: cms.pageTitle,
    site_url: siteUrl,
    display_url: siteUrl,
    logo_url: new URL('ikon/192.png', siteUrl).pathname,
    // Pictures live beside the article that shows them (the contract's `image.src: ./file.jpg`).
    media_folder: '',
    public_folder: '',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    output: { omit_empty_optional_fields: true },
    collections: [
      {
        name: 'articles',
        label: cms.collections.articles.label,
        label_singular: cms.collections.articles.singular,
        folder: `content/${CONTENT_FOLDERS.articles}`,
        // content/articles/<year>/<month>/<slug>.md, as the default content is filed.
        path: '{{year}}/{{month}}/{{slug}}',
        extension: 'md',
        format: ARTICLE_FORMAT,
        create: true,
        slug: '{{slug}}',
        // Beside the article file: Sveltia takes an entry-relative folder from `<path>/`, one level down
        // (measured: '' and '.' put a picture in content/articles/2026/12/<slug>/); the file names it `./`.
        media_folder: '..',
        public_folder: '.',
        summary: '{{title}}',
        sortable_fields: ['published', 'title'],
        fields: [...fields.articles, body],
      },
      yamlCollection('experts', 'name'),
      yamlCollection('sections', 'name'),
    ],
  };
}

/** The contract's defaults of article fields (`draft: false`, `tags: []`). */
export function articleDefaults(): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(contractSchemas().articles.properties ?? {}).flatMap(([key, schema]) =>
      schema.default === undefined ? [] : [[key, schema.default]],
    ),
  );
}

/** The contract's order of fields, by collection: where a field added to an existing file goes. */
export function fieldOrders(): Record<keyof typeof CHOICES, string[]> {
  return Object.fromEntries(
    Object.entries(contractSchemas()).map(([collection, schema]) => [collection, Object.keys(schema.properties ?? {})]),
  ) as Record<keyof typeof CHOICES, string[]>;
}
