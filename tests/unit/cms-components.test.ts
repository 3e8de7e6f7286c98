/** The CMS's editor components read and write every block of the default content back as it was. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BLOCKS, PULLQUOTE, QUOTE, UPDATE } from '../../src/cms/components.ts';

const bodies = readdirSync('content/articles', { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.md'))
  .map((f) => readFileSync(path.join('content/articles', f), 'utf8'));

describe('editor components', () => {
  it.each(BLOCKS.map((b) => [b.id, b] as const))('%s: every block of the default content round-trips', (_, block) => {
    const found = bodies.flatMap((body) => [...body.matchAll(new RegExp(block.pattern, 'gm'))]);
    expect(found.length).toBeGreaterThan(0);
    for (const match of found) expect(block.toBlock(block.fromBlock(match))).toBe(match[0]);
  });

  it('writes new blocks in the contract syntax', () => {
    expect(QUOTE.toBlock({ text: 'Harga naik', expert: 'dewi-anggraini', said: 'kata Dewi.' })).toBe(
      '":quote[Harga naik]{expert="dewi-anggraini"}," kata Dewi.',
    );
    expect(QUOTE.toBlock({ text: 'Harga naik', expert: 'dewi-anggraini' })).toBe(
      '":quote[Harga naik]{expert="dewi-anggraini"}"',
    );
    expect(PULLQUOTE.toBlock({ text: 'Kalimat' })).toBe(':::pullquote\nKalimat\n:::');
    expect(UPDATE.toBlock({ time: '2025-11-21T09:30:00+07:00', key: true, pinned: true, text: 'Isi' })).toBe(
      ':::update{time="2025-11-21T09:30:00+07:00" key pinned}\nIsi\n:::',
    );
  });
});
