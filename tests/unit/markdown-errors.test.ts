import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderFixture } from '../support/render-markdown.ts';

const file = path.resolve('content/articles/2025/10/contoh.md');
const withExperts = (experts: string[], body: string) => `---\nexperts: [${experts.join(', ')}]\n---\n${body}`;

describe('Markdown contract errors', () => {
  it('fails on :quote without an expert, naming file and line', async () => {
    await expect(
      renderFixture(withExperts(['yakov-zinberg'], 'Satu.\n\n":quote[Tanpa nama]," katanya.'), file),
    ).rejects.toThrow(
      'content/articles/2025/10/contoh.md:3: :quote needs an expert: write :quote[…]{expert="expert-id"}',
    );
  });

  it('fails on :quote whose expert is not in the article', async () => {
    await expect(
      renderFixture(withExperts(['yakov-zinberg'], ':quote[Kata]{expert="lim-eun-jung"}'), file),
    ).rejects.toThrow(
      ':quote expert "lim-eun-jung" is not in this article\'s experts: add "lim-eun-jung" to experts in the frontmatter or fix the id',
    );
  });

  it('fails on an empty :quote', async () => {
    await expect(
      renderFixture(withExperts(['yakov-zinberg'], ':quote[]{expert="yakov-zinberg"}'), file),
    ).rejects.toThrow(':quote has no text');
  });

  it('fails on a pull-quote whose expert is not in the article', async () => {
    await expect(
      renderFixture(withExperts([], 'Kata.\n\n:::pullquote{expert="yakov-zinberg"}\nKata.\n:::'), file),
    ).rejects.toThrow('pullquote expert "yakov-zinberg" is not in this article\'s experts');
  });

  it('fails on an empty pull-quote', async () => {
    await expect(renderFixture(withExperts([], 'Kata.\n\n:::pullquote\n:::'), file)).rejects.toThrow(
      'pullquote is empty',
    );
  });

  it('lists every error of a file at once', async () => {
    const body = ':quote[A]\n\n:quote[B]{expert="x"}';
    await expect(renderFixture(withExperts([], body), file)).rejects.toThrow(/needs an expert[\s\S]*expert "x" is not/);
  });
});

describe('body facts (remarkBodyFacts)', () => {
  const body = [
    '"Ini :quote[ancaman]{expert="yakov-zinberg"}," katanya. Lim setuju: ":quote[benar]{expert="lim-eun-jung"}".',
    '',
    ':::pullquote{expert="yakov-zinberg"}',
    'Ini ancaman besar sekali yang tidak dihitung',
    ':::',
    '',
    'Lalu ":quote[lagi]{expert="yakov-zinberg"}" pukul 10:30.',
  ].join('\n');

  const render = () => renderFixture(`---\nexperts: [yakov-zinberg, lim-eun-jung]\n---\n${body}`, file);

  it('finds quotes with the anchors the rendered page carries', async () => {
    const { html, facts } = await render();
    const quotes = facts?.quotes ?? [];
    expect(quotes).toEqual([
      { expert: 'yakov-zinberg', text: 'ancaman', anchor: 'kutipan-yakov-zinberg-1' },
      { expert: 'lim-eun-jung', text: 'benar', anchor: 'kutipan-lim-eun-jung-1' },
      { expert: 'yakov-zinberg', text: 'lagi', anchor: 'kutipan-yakov-zinberg-2' },
    ]);
    for (const q of quotes) expect(html).toContain(`id="${q.anchor}"`);
  });

  it('counts words without the pull-quote that repeats them', async () => {
    // "Ini ancaman , katanya. Lim setuju: benar ." = 6 words; "Lalu lagi pukul 10:30." = 4 words
    expect((await render()).facts?.wordCount).toBe(10);
  });

  it('leaves out a quote repeated inside a pull-quote: it has no anchor of its own', async () => {
    const source = [
      '---',
      'experts: [lim-eun-jung]',
      '---',
      'Ia berkata :quote[cukup]{expert="lim-eun-jung"}.',
      '',
      ':::pullquote',
      'Ia berkata :quote[cukup]{expert="lim-eun-jung"}.',
      ':::',
    ].join('\n');
    const { facts } = await renderFixture(source, file);
    expect(facts?.quotes.map((q) => q.anchor)).toEqual(['kutipan-lim-eun-jung-1']);
    expect(facts?.wordCount).toBe(3);
  });
});
