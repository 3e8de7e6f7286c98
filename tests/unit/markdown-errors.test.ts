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

describe('live coverage errors (live-updates.ts)', () => {
  const live = (body: string, start = '2025-10-06T07:00:00+07:00') => `---\nlive:\n  start: ${start}\n---\n${body}`;
  const update = (attrs: string, text = 'Terjadi sesuatu.') => `:::update{${attrs}}\n${text}\n:::\n`;

  it('fails on an update in an article that is not live', async () => {
    await expect(renderFixture(withExperts([], update('time="2025-10-06T09:30:00+07:00"')), file)).rejects.toThrow(
      'content/articles/2025/10/contoh.md:1: :::update is for live coverage: add live: { start: 2025-10-06T07:00:00+07:00 } to the frontmatter',
    );
  });

  it('fails on an update without a time, or with a date only', async () => {
    await expect(renderFixture(live(update('key')), file)).rejects.toThrow(
      'update has no time: write :::update{time="2025-10-06T09:30:00+07:00"}',
    );
    await expect(renderFixture(live(update('time="2025-10-06"')), file)).rejects.toThrow(
      'update time "2025-10-06" is not a date-time with offset',
    );
  });

  it('fails on an update before live.start', async () => {
    await expect(renderFixture(live(update('time="2025-10-06T06:59:00+07:00"')), file)).rejects.toThrow(
      'update time "2025-10-06T06:59:00+07:00" is before live.start (2025-10-06T07:00:00+07:00)',
    );
  });

  it('fails on a second pinned update, naming the first', async () => {
    const body = `${update('time="2025-10-06T08:00:00+07:00" pinned')}\n${update('time="2025-10-06T09:00:00+07:00" pinned')}`;
    await expect(renderFixture(live(body), file)).rejects.toThrow(
      'contoh.md:5: a second pinned update (the first is at line 1): pin at most one',
    );
  });

  it('fails on text between updates, an empty update, an unknown attribute and a nested update', async () => {
    const body = [
      update('time="2025-10-06T08:00:00+07:00" pin'),
      'Paragraf yatim.',
      '',
      update('time="2025-10-06T09:00:00+07:00"', ''),
      '> :::update{time="2025-10-06T10:00:00+07:00"}\n> Kutipan.\n> :::',
    ].join('\n');
    await expect(renderFixture(live(body), file)).rejects.toThrow(
      /must stand on its own at the top level[\s\S]*update attribute "pin" is unknown[\s\S]*text between updates[\s\S]*update is empty/,
    );
  });

  it('takes link and footnote definitions after the last update, and hints at an update left open by a table', async () => {
    const notes = `Ringkasan.\n\n${update('time="2025-10-06T08:00:00+07:00"', 'Angka[^1] dan [tautan][t].')}\n[^1]: Sumber BPS.\n\n[t]: https://contoh.id/\n`;
    const { html } = await renderFixture(live(notes), file);
    expect(html).toContain('Sumber BPS');
    const table = `:::update{time="2025-10-06T08:00:00+07:00"}\n| a | b |\n|---|---|\n| 1 | 2 |\n:::\n\n${update('time="2025-10-06T09:00:00+07:00"')}`;
    await expect(renderFixture(live(table), file)).rejects.toThrow('after a table, leave a blank line before :::');
  });

  it('records each update, the pinned one first, then newest first', async () => {
    const body = [
      'Ringkasan.',
      '',
      update('time="2025-10-06T08:00:00+07:00"', 'Pertama.'),
      update('time="2025-10-06T10:00:00+07:00" key', '**Ketiga.** Lalu.'),
      update('time="2025-10-06T09:00:00+07:00" pinned', 'Kedua.'),
    ].join('\n');
    const { facts } = await renderFixture(live(body), file);
    expect(facts?.updates?.map((u) => [u.id, u.key, u.pinned, u.title])).toEqual([
      ['pembaruan-20251006-0900', false, true, 'Kedua'],
      ['pembaruan-20251006-1000', true, false, 'Ketiga'],
      ['pembaruan-20251006-0800', false, false, 'Pertama'],
    ]);
  });
});
