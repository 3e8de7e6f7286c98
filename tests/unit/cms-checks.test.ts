import { describe, expect, it } from 'vitest';
import { quotedExperts, unlistedExperts } from '../../src/cms/checks.ts';

describe('checks before the CMS saves', () => {
  const body = [
    '":quote[Ini ancaman]{expert="yakov-zinberg"}," katanya.',
    '',
    ':::pullquote{expert="lim-eun-jung"}',
    'Kalimat',
    ':::',
    '',
    '::::pullquote{expert="yakov-zinberg"}',
    'Dalam pembaruan',
    '::::',
    'skor 2:1, pukul 10:30 WIB, :quote tanpa kurung',
  ].join('\n');

  it('finds the experts quotes and pull-quotes name, once each, not text that only looks like a directive', () => {
    expect(quotedExperts(body)).toEqual(['yakov-zinberg', 'lim-eun-jung']);
  });

  it('names the quoted experts the article does not list', () => {
    expect(unlistedExperts(body, ['yakov-zinberg'])).toEqual(['lim-eun-jung']);
    expect(unlistedExperts(body, ['lim-eun-jung', 'yakov-zinberg'])).toEqual([]);
    // A quote whose expert was left empty (the admin says so in words of its own).
    expect(unlistedExperts('":quote[Harga naik]{expert=""}," katanya.', ['lim-eun-jung'])).toEqual(['']);
  });
});
