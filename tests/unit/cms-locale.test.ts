/**
 * Sveltia CMS in Indonesian (src/cms/sveltia-locale.ts): Warta's messages cover every message of the
 * installed Sveltia's English, each keeping its placeholders and plural forms (a message that lost one
 * would show a raw `{$name}` or fail to format), and the patch fits the installed build exactly once.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CMS_LOCALE, withIndonesian } from '../../src/cms/sveltia-locale.ts';
import indonesian from '../../src/i18n/sveltia-cms.id.json' with { type: 'json' };

const SVELTIA = 'node_modules/@sveltia/cms/npm/index.js';
const english: unknown = JSON.parse(readFileSync('node_modules/@sveltia/cms/locales/en-US.json', 'utf8'));

function flatten(messages: unknown, prefix = ''): [string, string][] {
  return Object.entries(messages as Record<string, unknown>).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : flatten(value, `${prefix}${key}.`),
  );
}

const en = new Map(flatten(english));
const id = new Map(flatten(indonesian));

/** What a translation must keep of a message: its placeholders, its declarations, its variants' keys. */
function shape(message: string): { placeholders: string[]; declarations: string[]; variants: string[] } {
  const declarations = [...message.matchAll(/^\.input \{[^}]*\}|\.match \$\w+/g)].map((m) => m[0]);
  // A variant is its keys before a `{{…}}` body: `one {{…}}`, `* {{…}}`, `0 {{…}}`.
  const variants = [...message.matchAll(/(?:^|\}\}|\s)([\w*][\w*-]*)\s*\{\{/g)].map((m) => m[1] ?? '');
  const placeholders = [...new Set([...message.matchAll(/\{\$(\w+)[^}]*\}/g)].map((m) => m[1] ?? ''))].sort();
  return { placeholders, declarations, variants };
}

describe('Sveltia CMS in Indonesian', () => {
  it('has every message of the installed English, and nothing it no longer has', () => {
    expect([...en.keys()].filter((key) => !id.has(key))).toEqual([]);
    expect([...id.keys()].filter((key) => !en.has(key))).toEqual([]);
  });

  it('keeps each message’s placeholders and plural forms', () => {
    const broken = [...en].filter(([key, message]) => {
      const translated = id.get(key);
      return translated === undefined || JSON.stringify(shape(translated)) !== JSON.stringify(shape(message));
    });
    expect(broken.map(([key]) => `${key}: ${id.get(key)}`)).toEqual([]);
  });

  it('is translated, not copied: English is left only where a name or a unit is the same', () => {
    const same = [...en].filter(([key, message]) => id.get(key) === message && /\b[a-z]{3,}\b/.test(message));
    // A few words are the same in both languages (“Folder”, “Markdown”, product names): a handful, no more.
    expect(same.length, same.map(([key, message]) => `${key}: ${message}`).join('\n')).toBeLessThan(40);
    expect(id.get('validation.value_missing')).not.toBe(en.get('validation.value_missing'));
  });

  it('is put into the installed Sveltia build exactly once, and the automatic language is Indonesian', () => {
    const patched = withIndonesian(readFileSync(SVELTIA, 'utf8'));
    expect(patched).toContain(JSON.stringify(indonesian).slice(0, 200));
    expect(patched).toMatch(/`[a-zA-Z,-]*,hr,id,it,[a-zA-Z,-]*`\.split\(`,`\)/);
    expect(patched).toMatch(new RegExp(`\\w+=\\(\\)=>"${CMS_LOCALE}"`));
  });

  it('refuses a build it does not fit, saying what to update', () => {
    expect(() => withIndonesian('export default {}')).toThrow(/src\/cms\/sveltia-locale\.ts: the list of languages/);
  });
});
