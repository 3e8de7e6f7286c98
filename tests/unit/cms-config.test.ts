/**
 * The CMS's fields are generated from the content contract (src/cms/config.ts): every field of the
 * schemas is there with the schema's requiredness, and the checks the CMS runs before saving accept every
 * file of the default content and refuse what the build refuses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CmsField, collectionFields, contractSchemas } from '../../src/cms/config.ts';
import { splitArticle } from '../../src/cms/frontmatter.ts';
import { parseYaml } from '../../src/content/yaml.ts';

const fields = collectionFields();
const schemas = contractSchemas();

/** Every problem the CMS would show for a value of a field (required, pattern), by path. */
function problems(list: CmsField[], data: Record<string, unknown>, prefix = ''): string[] {
  return list.flatMap((field) => {
    const value = data[field.name];
    const at = `${prefix}${field.name}`;
    if (value === undefined || value === '') return field.required ? [`${at}: required`] : [];
    if (field.widget === 'object') return problems(field.fields ?? [], value as Record<string, unknown>, `${at}.`);
    if (field.widget === 'list' && Array.isArray(value)) {
      if (field.fields) return value.flatMap((item, i) => problems(field.fields!, item, `${at}[${i}].`));
      if (field.field)
        return value.flatMap((item, i) => problems([field.field!], { [field.field!.name]: item }, `${at}[${i}].`));
      return [];
    }
    if (field.pattern && !new RegExp(field.pattern[0]).test(String(value))) return [`${at}: ${field.pattern[1]}`];
    return [];
  });
}

const files = (folder: string, ext: string) =>
  readdirSync(path.join('content', folder), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(ext))
    .map((f) => path.join('content', folder, f));

describe('the CMS config, generated from the contract', () => {
  it.each(Object.keys(schemas) as (keyof typeof schemas)[])(
    '%s: one field per contract field, required as the contract says',
    (collection) => {
      const schema = schemas[collection];
      expect(fields[collection].map((f) => f.name)).toEqual(Object.keys(schema.properties ?? {}));
      for (const field of fields[collection])
        expect(field.required, `${collection}.${field.name}`).toBe((schema.required ?? []).includes(field.name));
    },
  );

  it('gives dates a picker that writes the offset (+07:00 in WIB)', () => {
    const article = Object.fromEntries(fields.articles.map((f) => [f.name, f]));
    const pickers = [
      article.published,
      article.updated,
      article.corrections?.fields?.[0],
      article.live?.fields?.[0],
      article.live?.fields?.[1],
    ];
    for (const field of pickers)
      expect(field).toMatchObject({
        widget: 'datetime',
        format: 'YYYY-MM-DDTHH:mm:ssZ',
      });
  });

  it('names the image field, the alt text required, and relations for the section and each expert', () => {
    const article = Object.fromEntries(fields.articles.map((f) => [f.name, f]));
    expect(article.image?.fields?.map((f) => [f.name, f.widget, f.required])).toEqual([
      ['src', 'image', true],
      ['alt', 'string', true],
      ['caption', 'string', false],
      ['credit', 'string', false],
    ]);
    expect(article.section).toMatchObject({ widget: 'relation', collection: 'sections' });
    expect(article.experts).toMatchObject({ widget: 'list', field: { widget: 'relation', collection: 'experts' } });
  });

  it.each(files('articles', '.md'))('accepts %s as it is', (file) => {
    expect(problems(fields.articles, splitArticle(readFileSync(file, 'utf8')).data)).toEqual([]);
  });

  it.each([...files('experts', '.yaml'), ...files('sections', '.yaml')])('accepts %s as it is', (file) => {
    const collection = file.includes('/experts/') ? 'experts' : 'sections';
    expect(problems(fields[collection], parseYaml(readFileSync(file, 'utf8')) as Record<string, unknown>)).toEqual([]);
  });

  it('refuses before saving what the build refuses, in Indonesian', () => {
    const article = {
      title: 'x'.repeat(201),
      description: ' ',
      published: '6 Oktober 2025',
      section: 'Internasional',
      source: { name: 'DW', url: 'www.dw.com' },
      corrections: [{ date: '2025-10-07', text: 'Salah.' }],
      live: { start: '2025-10-06T07:00:00' },
    };
    expect(problems(fields.articles, article)).toEqual([
      'title: Harus 1–200 karakter.',
      'description: Harus 1–400 karakter.',
      'source.url: Harus alamat web lengkap yang diawali https:// atau http://.',
    ]);
    expect(problems(fields.experts, { name: 'Yakov', role: '' })).toEqual(['role: required', 'affiliation: required']);
  });
});
