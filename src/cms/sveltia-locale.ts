/**
 * Sveltia CMS in Indonesian (decision 035). Sveltia ships 29 languages, not Indonesian, and has no API to
 * add one (`registerLocale` is among the Decap calls it does not implement). Its messages for Indonesian
 * are Warta's own (src/i18n/sveltia-cms.id.json, every key of its en-US file: tests/unit/cms-locale.test.ts)
 * and are put into its npm build as it is bundled: the language list gains `id`, the loaders gain one
 * that returns these messages, and the "automatic" language (the one an editor has not changed in
 * Sveltia's settings) is Indonesian whatever the browser's. English stays the fallback for a message
 * a newer Sveltia adds. The patch is written for the pinned version: a version it does not fit fails the
 * build with what to update, never a CMS silently in English.
 */
import messages from '../i18n/sveltia-cms.id.json' with { type: 'json' };

export const CMS_LOCALE = 'id';

/** Sveltia's module as the bundler loads it: its path ends with this. */
export const SVELTIA_MODULE = /@sveltia[\\/]cms[\\/]npm[\\/]index\.js$/;

interface Patch {
  what: string;
  find: RegExp;
  replace: (match: string, ...groups: string[]) => string;
}

const PATCHES: readonly Patch[] = [
  {
    what: 'the list of languages (`ar,bg,…,zh-TW`.split(`,`))',
    find: /`((?:[a-z]{2}(?:-[A-Z]{2})?,)+en-US,(?:[a-z]{2}(?:-[A-Z]{2})?,)*zh-TW)`\.split\(`,`\)/g,
    replace: (_match, list = '') => `\`${[...list.split(','), CMS_LOCALE].sort().join(',')}\`.split(\`,\`)`,
  },
  {
    what: 'the loaders of the languages ("zh-TW":()=>…import(`../locales/zh-TW.json`)…)',
    find: /("zh-TW":\(\)=>\w+\(\(\)=>import\(`\.\.\/locales\/zh-TW\.json`\),\[\],import\.meta\.url\))\}/g,
    replace: (_match, last = '') => `${last},${CMS_LOCALE}:()=>Promise.resolve({default:${JSON.stringify(messages)}})}`,
  },
  {
    what: 'the automatic language (()=>{let e=browserLanguage();return e&&languages.includes(e)?e:`en-US`})',
    find: /(\w+)=\(\)=>\{let (\w+)=\w+\(\);return \2&&\w+\.includes\(\2\)\?\2:\w+\}/g,
    replace: (_match, name = '') => `${name}=()=>${JSON.stringify(CMS_LOCALE)}`,
  },
];

/** Sveltia's npm build with Indonesian added; throws, naming what no longer fits, for another version. */
export function withIndonesian(code: string): string {
  let patched = code;
  for (const patch of PATCHES) {
    const found = [...patched.matchAll(patch.find)].length;
    if (found !== 1)
      throw new Error(
        `src/cms/sveltia-locale.ts: ${patch.what} was found ${found} times in @sveltia/cms/npm/index.js, not once. ` +
          'The Indonesian patch fits @sveltia/cms 0.221.1: update its pattern for the version installed, or pin that version again.',
      );
    patched = patched.replace(patch.find, patch.replace);
  }
  return patched;
}
