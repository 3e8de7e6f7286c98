import { describe, expect, it } from 'vitest';
import { validHref } from '../../src/core/web-url.ts';

describe('validHref', () => {
  it('leaves an everyday link as the URL parser writes it', () => {
    for (const url of [
      'https://www.dw.com/id/',
      'https://contoh.id/a/b?x=1&y=2#bagian',
      'https://example.org/wiki/Pok%C3%A9mon',
      'https://example.org/p?q=a+b&r=%20',
    ])
      expect(validHref(url)).toBe(new URL(url).href);
  });

  it('percent-encodes what the parser leaves but HTML does not allow, and nothing twice', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a hostile payload, not a template
    expect(validHref('https://contoh.id/x?q=${alert(1)}')).toBe('https://contoh.id/x?q=$%7Balert(1)%7D');
    expect(validHref('https://contoh.id/x?q=\\"; alert(1); //')).toBe('https://contoh.id/x?q=%5C%22;%20alert(1);%20//');
    expect(validHref('https://contoh.id/x?q=]]><b>')).toBe('https://contoh.id/x?q=%5D%5D%3E%3Cb%3E');
    expect(validHref('https://contoh.id/a|b^c`d')).toBe('https://contoh.id/a%7Cb%5Ec%60d');
    expect(validHref('https://contoh.id/x#a#b')).toBe('https://contoh.id/x#a%23b');
    expect(validHref('https://contoh.id/100%')).toBe('https://contoh.id/100%25');
    expect(validHref('https://Contoh.ID/ünï cödé')).toBe('https://contoh.id/%C3%BCn%C3%AF%20c%C3%B6d%C3%A9');
  });

  it('is stable: an href it wrote is written again unchanged', () => {
    for (const url of ['https://contoh.id/x?q={{a}}#[b]', 'https://contoh.id/%7B%zz']) {
      const once = validHref(url);
      expect(validHref(once)).toBe(once);
    }
  });
});
