import { describe, expect, it } from 'vitest';
import { typesetAfter, typesetPlain } from '../../src/core/typography.ts';

describe('typesetPlain: headlines and standfirsts set like the bodies', () => {
  it.each([
    ['Harga Cabai & Bawang "Meroket" Jelang Akhir Tahun', 'Harga Cabai & Bawang “Meroket” Jelang Akhir Tahun'],
    ['"Kami siap," kata Kim', '“Kami siap,” kata Kim'],
    ["'Kemampuan Putin yang lihai'", '‘Kemampuan Putin yang lihai’'],
    ["Jum'at Keramat di Pasar Ikan", 'Jum’at Keramat di Pasar Ikan'],
    ["Juara '98 kembali ke lapangan", 'Juara ’98 kembali ke lapangan'],
    ['Kata "\'tidak\'" ditolak', 'Kata “‘tidak’” ditolak'],
    ['("Catatan") -- dan lainnya...', '(“Catatan”) — dan lainnya…'],
    ["``Gaya lama''", '“Gaya lama”'],
    // Plain text: what looks like markup is left to the page to escape.
    ['<b>Bukan</b> "Ya"', '<b>Bukan</b> “Ya”'],
  ])('%s → %s', (source, typeset) => {
    expect(typesetPlain(source)).toBe(typeset);
  });

  it('leaves text that is already set, and text without quotes, as it is', () => {
    for (const text of [
      'Harga Cabai & Bawang “Meroket” Jelang Akhir Tahun',
      'Jum’at — akhir…',
      'Banjir rob di Wanareja',
    ]) {
      expect(typesetPlain(text)).toBe(text);
    }
  });
});

describe('typesetAfter: text that follows other text', () => {
  it('sets each piece as the whole would be set', () => {
    // A paragraph's text nodes around an emphasis: `"Harga <em>naik</em>," kata Dewi`.
    const pieces = ['"Harga ', 'naik', '," kata Dewi. Ia \'', 'ragu', "'."];
    let before = '';
    const set = pieces.map((piece) => {
      const out = typesetAfter(piece, before);
      before += out;
      return out;
    });
    expect(set.join('')).toBe(typesetPlain(pieces.join('')));
    expect(set[2]).toBe(',” kata Dewi. Ia ‘');
  });
});
