/**
 * The CMS at /admin/ (decision 035): Sveltia CMS from its npm build, configured by the config the build
 * generated from the content contract (src/cms/config.ts, injected as WARTA_CMS), writing articles in
 * Warta's own format (src/cms/frontmatter.ts): an edit changes only the lines of the fields edited.
 * Bundled by src/cms/build.ts; never loaded by a public page.
 */
import CMS from '@sveltia/cms';
import { type Frontmatter, splitArticle, withoutDefaults, writeArticle } from './frontmatter.ts';

declare const WARTA_CMS: {
  config: Record<string, unknown>;
  /** the article format's name, the contract's field order */
  format: string;
  order: string[];
  /** the contract's defaults (`draft: false`, `tags: []`): never written into a file that did not say them */
  defaults: Frontmatter;
};

/** The file as it was read, riding with the entry under a key no field has: what an edit is applied to. */
const ORIGINAL = '__warta_file';

CMS.registerCustomFormat(WARTA_CMS.format, 'md', {
  fromFile: (text: string) => {
    const { data, body } = splitArticle(text);
    return { ...data, body, [ORIGINAL]: text };
  },
  toFile: (value: Frontmatter) => {
    const { body, [ORIGINAL]: file, ...data } = value;
    const original = typeof file === 'string' ? file : undefined;
    const text = typeof body === 'string' ? body : '';
    return writeArticle(withoutDefaults(data, original, WARTA_CMS.defaults), text, original, WARTA_CMS.order);
  },
});

void CMS.init({ config: WARTA_CMS.config as never });
