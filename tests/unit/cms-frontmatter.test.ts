/** The CMS's frontmatter writer (src/cms/frontmatter.ts): house style, and edits that touch only their field. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Frontmatter,
  parseFrontmatter,
  splitArticle,
  writeArticle,
  writeFrontmatter,
} from '../../src/cms/frontmatter.ts';

const ORDER = [
  'title',
  'description',
  'published',
  'updated',
  'section',
  'tags',
  'experts',
  'source',
  'credit',
  'image',
  'draft',
  'corrections',
  'live',
];
const articles = readdirSync('content/articles', { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.md'))
  .map((f) => path.join('content/articles', f));

/** Lines of `after` that are not in `before`, and the other way round. */
function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  return [
    ...b.filter((l) => !a.includes(l)).map((l) => `+${l}`),
    ...a.filter((l) => !b.includes(l)).map((l) => `-${l}`),
  ];
}

describe('CMS frontmatter', () => {
  it.each(articles)('writes %s back byte for byte when nothing changed', (file) => {
    const source = readFileSync(file, 'utf8');
    const { data, body } = splitArticle(source);
    expect(writeArticle(data, body, source, ORDER)).toBe(source);
  });

  it('changes only the headline line when only the headline changed', () => {
    const file = 'content/articles/2025/10/kim-sambut-putin-di-pyongyang.md';
    const source = readFileSync(file, 'utf8');
    const { data, body } = splitArticle(source);
    const saved = writeArticle({ ...data, title: 'Kim Sambut Putin: "Apa Tujuannya?"' }, body, source, ORDER);
    expect(changedLines(source, saved)).toEqual([
      '+title: "Kim Sambut Putin: \\"Apa Tujuannya?\\""',
      '-title: "Kim Sambut Putin di Pyongyang, Apa Tujuan Pertemuan Ini?"',
    ]);
  });

  it('writes a new article in house style: quoted text, plain dates and ids, flow lists, block objects', () => {
    const data: Frontmatter = {
      title: 'Harga Cabai Naik',
      description: 'Pedagang: "stok menipis".',
      published: '2025-11-20T09:30:00+07:00',
      section: 'ekonomi',
      tags: ['Harga Pangan', 'Cabai'],
      experts: ['dewi-anggraini', 'bagus-hartono'],
      image: { src: './cabai.jpg', alt: 'Pedagang cabai di pasar' },
      corrections: [{ date: '2025-11-20T10:00:00+07:00', text: 'Versi sebelumnya keliru.' }],
      live: { start: '2025-11-20T07:00:00+07:00' },
      draft: true,
    };
    expect(writeFrontmatter(data, undefined, ORDER)).toBe(
      [
        'title: "Harga Cabai Naik"',
        'description: "Pedagang: \\"stok menipis\\"."',
        'published: 2025-11-20T09:30:00+07:00',
        'section: ekonomi',
        'tags: ["Harga Pangan", "Cabai"]',
        'experts: [dewi-anggraini, bagus-hartono]',
        'image:',
        '  src: ./cabai.jpg',
        '  alt: "Pedagang cabai di pasar"',
        'draft: true',
        'corrections:',
        '  - date: 2025-11-20T10:00:00+07:00',
        '    text: "Versi sebelumnya keliru."',
        'live:',
        '  start: 2025-11-20T07:00:00+07:00',
        '',
      ].join('\n'),
    );
  });

  it('puts a field added to an existing file where the contract orders it, and drops a removed one', () => {
    const source = 'title: "A"\npublished: 2025-01-02\n# the desk\nsection: ekonomi\ncredit: "kp"\n';
    const out = writeFrontmatter(
      { title: 'A', published: '2025-01-02', updated: '2025-01-03', section: 'ekonomi' },
      source,
      ORDER,
    );
    expect(out).toBe('title: "A"\npublished: 2025-01-02\n# the desk\nupdated: 2025-01-03\nsection: ekonomi\n');
  });

  // Values as the CMS gives them: text (any characters), ids, dates, lists of either, small objects.
  const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 });
  const id = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);
  const date = fc
    .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
    .map((d) => `${d.toISOString().slice(0, 19)}+07:00`);
  const value = fc.oneof(
    text,
    id,
    date,
    fc.boolean(),
    fc.array(fc.oneof(text, id), { maxLength: 4 }),
    fc.record({ name: text, url: fc.webUrl() }, { requiredKeys: ['name'] }),
    fc.array(fc.record({ date, text }), { minLength: 1, maxLength: 3 }),
  );
  const frontmatter = fc.dictionary(fc.constantFrom(...ORDER), value, { minKeys: 1 });

  it('reads back what it writes, whatever the values', () => {
    fc.assert(
      fc.property(frontmatter, (data) => {
        expect(parseFrontmatter(writeFrontmatter(data, undefined, ORDER))).toEqual(data);
      }),
    );
  });

  it('changes nothing but the lines of the one field that changed', () => {
    fc.assert(
      fc.property(frontmatter, fc.constantFrom(...ORDER), value, (data, key, next) => {
        const before = writeFrontmatter(data, undefined, ORDER);
        const edited = { ...data, [key]: next };
        const after = writeFrontmatter(edited, before, ORDER);
        expect(parseFrontmatter(after)).toEqual(edited);
        const others = (text: string) =>
          text
            .split(/\n(?=[A-Za-z_])/)
            .filter((block) => !block.startsWith(`${key}:`))
            .join('\n')
            .replace(/\n$/, '');
        expect(others(after)).toBe(others(before));
      }),
    );
  });
});
