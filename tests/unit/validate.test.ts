/**
 * Every rule of the content contract (../shared/spec/content-format.md) against a small valid content
 * folder with one thing broken at a time. Messages must name the file, the field and the fix.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validateContent } from '../../src/content/validate.ts';

const ARTICLE = `---
title: "Kim Sambut Putin di Pyongyang"
description: "Standfirst."
published: 2025-10-06
section: internasional
experts: [yakov-zinberg]
---
"Ini :quote[ancaman]{expert="yakov-zinberg"}," katanya pukul 10:30.
`;

const BASE: Record<string, string> = {
  'sections/internasional.yaml': 'name: Internasional\ndescription: Dunia.\n',
  'sections/ekonomi.yaml': 'name: Ekonomi\n',
  'experts/yakov-zinberg.yaml': 'name: Yakov Zinberg\nrole: Profesor\naffiliation: Universitas Kokushikan\n',
  'experts/lim-eun-jung.yaml':
    'name: Lim Eun-jung\nrole: Profesor\naffiliation: Universitas Nasional Kongju\nurl: https://contoh.id/lim\n',
  'articles/2025/10/kim-putin.md': ARTICLE,
};

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

/** A content folder: BASE with some files replaced (a string), added, or removed (null). */
function content(changes: Record<string, string | Buffer | null> = {}) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'warta-content-'));
  dirs.push(root);
  const files: Record<string, string | Buffer | null> = { ...BASE, ...changes };
  for (const [rel, text] of Object.entries(files)) {
    if (text === null) continue;
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
  return validateContent(root, root);
}

const article = (frontmatter: string, body = 'Isi berita.\n') => `---\n${frontmatter}\n---\n${body}`;
const fields = (extra = '', omit: string[] = []) =>
  ['title: "Judul"', 'description: "Standfirst."', 'published: 2025-10-06', 'section: internasional']
    .filter((line) => !omit.some((o) => line.startsWith(`${o}:`)))
    .concat(extra ? [extra] : [])
    .join('\n');

function errorsFor(frontmatter: string, body?: string, extra: Record<string, string | Buffer | null> = {}) {
  return content({ 'articles/2025/11/uji.md': article(frontmatter, body), ...extra }).errors;
}

describe('validateContent', () => {
  it('accepts the valid folder and counts it', () => {
    const result = content();
    expect(result.errors).toEqual([]);
    expect(result.counts).toEqual({ articles: 1, drafts: 0, experts: 2, sections: 2 });
  });

  describe('article frontmatter', () => {
    it.each(['title', 'description', 'published', 'section'])('requires %s', (field) => {
      const errors = errorsFor(fields('', [field]));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(
        new RegExp(`^articles/2025/11/uji\\.md: ${field}: required field is missing: add ${field}: `),
      );
    });

    it('limits title to 200 and description to 400 characters, and refuses empty text', () => {
      expect(errorsFor(fields().replace('"Judul"', `"${'a'.repeat(201)}"`))).toEqual([
        'articles/2025/11/uji.md: title: must be at most 200 characters',
      ]);
      expect(errorsFor(fields().replace('"Standfirst."', `"${'a'.repeat(401)}"`))).toEqual([
        'articles/2025/11/uji.md: description: must be at most 400 characters',
      ]);
      expect(errorsFor(fields().replace('"Judul"', '"  "'))).toEqual([
        'articles/2025/11/uji.md: title: must not be empty',
      ]);
      expect(errorsFor(fields().replace('"Judul"', '123'))).toEqual(['articles/2025/11/uji.md: title: expected text']);
    });

    it('refuses unknown fields and suggests the right spelling', () => {
      const errors = errorsFor(fields('tittle: "x"'));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(
        /^articles\/2025\/11\/uji\.md: tittle: unknown field \(did you mean "title"\?\): fix the spelling; allowed fields are title, description/,
      );
      expect(errorsFor(fields('penulis: "x"'))[0]).toMatch(/penulis: unknown field: remove it; allowed fields are/);
      expect(errorsFor(fields('source: { name: DW, link: "https://dw.com" }'))[0]).toMatch(
        /source\.link: unknown field/,
      );
    });

    it.each([
      ['2025-10-06T09:30:00+07:00', []],
      ['"2025-10-06"', []],
      [
        '2025-10-06T09:30:00',
        [
          'published: "2025-10-06T09:30:00" is not a date like 2025-10-06 or a date-time with offset like 2025-10-06T09:30:00+07:00',
        ],
      ],
      [
        '2025-02-30',
        [
          'published: "2025-02-30" is not a date like 2025-10-06 or a date-time with offset like 2025-10-06T09:30:00+07:00',
        ],
      ],
      [
        '6 Oktober 2025',
        [
          'published: "6 Oktober 2025" is not a date like 2025-10-06 or a date-time with offset like 2025-10-06T09:30:00+07:00',
        ],
      ],
    ])('published %s', (value, expected) => {
      expect(errorsFor(fields().replace('published: 2025-10-06', `published: ${value}`))).toEqual(
        expected.map((e) => `articles/2025/11/uji.md: ${e}`),
      );
    });

    it('requires updated not before published', () => {
      expect(errorsFor(fields('updated: 2025-10-07T08:00:00+07:00'))).toEqual([]);
      expect(errorsFor(fields('updated: 2025-10-05'))).toEqual([
        'articles/2025/11/uji.md: updated: must not be before published (2025-10-06)',
      ]);
    });

    it('checks corrections: dated to the minute, not before published, oldest first, plain text of at most 500 characters', () => {
      const corrections = (...items: string[]) => `corrections:\n${items.join('\n')}`;
      const item = (date: string, text = 'Versi sebelumnya salah. Yang benar, begini.') =>
        `  - date: ${date}\n    text: "${text}"`;
      expect(
        errorsFor(fields(corrections(item('2025-10-06T10:00:00+07:00'), item('2025-10-07T08:00:00+07:00')))),
      ).toEqual([]);
      expect(errorsFor(fields(corrections(item('2025-10-07'))))).toEqual([
        'articles/2025/11/uji.md: corrections[0].date: "2025-10-07" has no time: a correction is dated to the minute, e.g. 2025-10-07T10:15:00+07:00',
      ]);
      expect(errorsFor(fields(corrections(item('2025-10-05T10:00:00+07:00'))))).toEqual([
        'articles/2025/11/uji.md: corrections[0].date: must not be before published (2025-10-06)',
      ]);
      expect(
        errorsFor(fields(corrections(item('2025-10-08T10:00:00+07:00'), item('2025-10-07T10:00:00+07:00')))),
      ).toEqual([
        'articles/2025/11/uji.md: corrections[1].date: is before corrections[0] (2025-10-08T10:00:00+07:00): list corrections oldest first',
      ]);
      expect(errorsFor(fields(corrections(item('2025-10-07T10:00:00+07:00', 'x'.repeat(501)))))).toEqual([
        'articles/2025/11/uji.md: corrections[0].text: must be at most 500 characters',
      ]);
      expect(errorsFor(fields(corrections(`${item('2025-10-07T10:00:00+07:00')}\n    teks: "x"`)))[0]).toMatch(
        /corrections\[0\]/,
      );
    });

    it('checks live: start and end dated to the minute, end not before start', () => {
      const live = (body: string) => `live:\n${body}`;
      expect(errorsFor(fields(live('  start: 2025-10-06T07:00:00+07:00')))).toEqual([]);
      expect(errorsFor(fields(live('  start: 2025-10-06T07:00:00+07:00\n  end: 2025-10-06T21:00:00+07:00')))).toEqual(
        [],
      );
      expect(errorsFor(fields(live('  start: 2025-10-06')))).toEqual([
        'articles/2025/11/uji.md: live.start: "2025-10-06" has no time: live coverage starts at a minute, e.g. 2025-10-06T07:00:00+07:00',
      ]);
      expect(errorsFor(fields(live('  start: 2025-10-06T07:00:00+07:00\n  end: 2025-10-06T06:00:00+07:00')))).toEqual([
        'articles/2025/11/uji.md: live.end: must not be before live.start (2025-10-06T07:00:00+07:00)',
      ]);
      expect(errorsFor(fields(live('  mulai: 2025-10-06T07:00:00+07:00')))[0]).toMatch(/live/);
      // The body's updates are checked with the frontmatter's live.start, naming the file's line.
      expect(
        errorsFor(
          fields(live('  start: 2025-10-06T07:00:00+07:00')),
          'Ringkasan.\n\n:::update{time="2025-10-06T06:00:00+07:00"}\nTerlalu awal.\n:::\n',
        ),
      ).toEqual([
        expect.stringMatching(
          /^articles\/2025\/11\/uji\.md:11: update time "2025-10-06T06:00:00\+07:00" is before live\.start \(2025-10-06T07:00:00\+07:00\)/,
        ),
      ]);
      expect(errorsFor(fields('live: true'))).toEqual([
        'articles/2025/11/uji.md: live: expected { start: 2025-10-06T07:00:00+07:00 } and, once the coverage is over, end: …',
      ]);
    });

    it('checks the section exists, with a suggestion', () => {
      expect(errorsFor(fields().replace('section: internasional', 'section: internasonal'))).toEqual([
        'articles/2025/11/uji.md: section: no section "internasonal" in sections/ (did you mean "internasional"?)',
      ]);
      expect(errorsFor(fields().replace('section: internasional', 'section: Internasional'))[0]).toMatch(
        /section: expected an id: lower-case ASCII words/,
      );
    });

    it('checks every expert exists, in order, with a suggestion', () => {
      expect(errorsFor(fields('experts: [yakov-zinberg, lim-eun-jun]'))).toEqual([
        'articles/2025/11/uji.md: experts[1]: no expert "lim-eun-jun" in experts/ (did you mean "lim-eun-jung"?)',
      ]);
      expect(errorsFor(fields('experts: [yakov-zinberg, yakov-zinberg]'))).toEqual([
        'articles/2025/11/uji.md: experts[1]: "yakov-zinberg" is listed twice: keep one',
      ]);
      expect(errorsFor(fields('experts: yakov-zinberg'))[0]).toMatch(/experts: expected a list of expert ids/);
    });

    it('accepts tags as free text and refuses a tag that is not text', () => {
      expect(errorsFor(fields('tags: ["Energi & Iklim", "Korea Utara", "북한"]'))).toEqual([]);
      expect(errorsFor(fields('tags: "Korea"'))[0]).toMatch(/tags: expected a list of tags/);
    });

    it('checks source', () => {
      expect(errorsFor(fields('source: { name: "Deutsche Welle", url: "https://www.dw.com/id/" }'))).toEqual([]);
      expect(errorsFor(fields('source: { name: "Deutsche Welle", url: "www.dw.com" }'))[0]).toMatch(
        /source\.url: expected an absolute http\(s\) URL/,
      );
      expect(errorsFor(fields('source: { name: "X", url: "javascript:alert(1)" }'))[0]).toMatch(
        /source\.url: expected an absolute http\(s\) URL/,
      );
      expect(errorsFor(fields('source: { url: "https://dw.com" }'))).toEqual([
        'articles/2025/11/uji.md: source.name: required field is missing: add name: "Deutsche Welle"',
      ]);
      expect(errorsFor(fields('source: Deutsche Welle'))[0]).toMatch(/source: expected \{ name: "Deutsche Welle"/);
    });

    it('checks the lead image: alt required, file next to the article', () => {
      const png = {
        'articles/2025/11/foto.png': Buffer.concat([
          Buffer.from([0x89]),
          Buffer.from('PNG\r\n\u001a\n'),
          Buffer.alloc(32),
        ]),
      };
      expect(errorsFor(fields('image: { src: ./foto.png, alt: "Foto" }'), undefined, png)).toEqual([]);
      expect(errorsFor(fields('image: { src: ./foto.png }'), undefined, png)).toEqual([
        'articles/2025/11/uji.md: image.alt: required field is missing: add alt: "what the picture shows"',
      ]);
      expect(errorsFor(fields('image: { src: ./hilang.png, alt: "x" }'))).toEqual([
        'articles/2025/11/uji.md: image.src: no file "./hilang.png" next to the article: add the image or fix the path',
      ]);
      expect(errorsFor(fields('image: { src: "https://contoh.id/a.png", alt: "x" }'))[0]).toMatch(
        /image\.src: "https:\/\/contoh\.id\/a\.png" must be a path relative to the article/,
      );
      expect(errorsFor(fields('image: { src: foto.png, alt: "x" }'), undefined, png)[0]).toMatch(
        /image\.src: "foto\.png" must start with \.\/ \(e\.g\. \.\/foto\.png\)/,
      );
      expect(errorsFor(fields('image: { src: ./a.pdf, alt: "x" }'))[0]).toMatch(/is not a supported image/);
      expect(
        errorsFor(fields('image: { src: ./rusak.jpg, alt: "x" }'), undefined, {
          'articles/2025/11/rusak.jpg': '<html>not an image</html>',
        }),
      ).toEqual([
        'articles/2025/11/uji.md: image.src: "./rusak.jpg" is not a readable JPEG, PNG, WebP, AVIF, GIF or TIFF file (damaged or renamed?): export the picture again',
      ]);
    });

    it('refuses a headline or section name with a character the share image cannot draw', () => {
      expect(errorsFor(fields().replace('"Judul"', '"Kim 박지연 🇮🇩 & <Putin> \\"ok\\""'))).toEqual([]);
      expect(errorsFor(fields().replace('"Judul"', '"Hieroglif 𓀀"'))).toEqual([
        'articles/2025/11/uji.md: title: character "𓀀" (U+13000) cannot be drawn with the bundled fonts or emoji on the share image: replace it (or ask the developers to bundle a font that has it)',
      ]);
      expect(content({ 'sections/ekonomi.yaml': 'name: "Ekonomi \uE000"\n' }).errors[0]).toMatch(
        /^sections\/ekonomi\.yaml: name: character "\uE000" \(U\+E000\) cannot be drawn/,
      );
    });

    it('checks draft is a boolean and counts drafts', () => {
      expect(errorsFor(fields('draft: "ya"'))).toEqual(['articles/2025/11/uji.md: draft: expected true or false']);
      expect(content({ 'articles/2025/11/uji.md': article(fields('draft: true')) }).counts.drafts).toBe(1);
    });

    it('explains broken YAML with its line', () => {
      expect(errorsFor('title: "Judul\ndescription: x')[0]).toMatch(
        /^articles\/2025\/11\/uji\.md: the YAML is invalid on line \d+: .*; check indentation/,
      );
    });

    it('explains a file without frontmatter, an empty file, and binary junk', () => {
      const noFm = content({ 'articles/2025/11/uji.md': 'Hanya teks.\n' }).errors;
      expect(noFm).toEqual([
        'articles/2025/11/uji.md: no frontmatter: start the file with a --- line, the fields (title, description, published, section), and another --- line',
      ]);
      expect(content({ 'articles/2025/11/uji.md': '' }).errors[0]).toMatch(/uji\.md: no frontmatter/);
      expect(content({ 'articles/2025/11/uji.md': '---\n---\n' }).errors[0]).toMatch(
        /uji\.md: the frontmatter has no fields/,
      );
      expect(content({ 'articles/2025/11/uji.md': Buffer.from([0, 1, 2, 255]) }).errors[0]).toMatch(
        /uji\.md: not a text file/,
      );
    });
  });

  describe('files and slugs', () => {
    it('refuses duplicate slugs across folders, naming both files', () => {
      expect(content({ 'articles/2024/kim-putin.md': ARTICLE }).errors).toEqual([
        'articles/2025/10/kim-putin.md: file name: slug "kim-putin" is already used by articles/2024/kim-putin.md: slugs are unique across all folders; rename one of them',
      ]);
    });

    it('refuses file names that are not slugs, suggesting one', () => {
      expect(content({ 'articles/2025/11/Berita_Baru.md': ARTICLE }).errors[0]).toBe(
        'articles/2025/11/Berita_Baru.md: file name: "Berita_Baru" is not a slug: rename the file to lower-case ASCII words joined by "-", e.g. berita-baru.md',
      );
    });

    it('asks for .md and .yaml endings', () => {
      expect(content({ 'articles/2025/11/x.markdown': ARTICLE }).errors).toEqual([
        'articles/2025/11/x.markdown: articles are .md files: rename to x.md',
      ]);
      expect(content({ 'experts/budi.yml': 'name: Budi\n' }).errors).toEqual(['experts/budi.yml: rename to budi.yaml']);
    });
  });

  describe('expert and section files', () => {
    it('requires name, role and affiliation of an expert', () => {
      expect(content({ 'experts/budi.yaml': 'name: Budi\n' }).errors).toEqual([
        'experts/budi.yaml: role: required field is missing: add role: "Profesor Hubungan Internasional"',
        'experts/budi.yaml: affiliation: required field is missing: add affiliation: "Universitas Kokushikan"',
      ]);
    });

    it('accepts any script in a name, checks url and unknown fields', () => {
      expect(
        content({
          'experts/park-ji-yeon.yaml':
            'name: 박지연 (Park Ji-yeon)\nrole: Peneliti\naffiliation: Institut\nbio: Satu kalimat.\n',
        }).errors,
      ).toEqual([]);
      expect(
        content({ 'experts/budi.yaml': 'name: Budi\nrole: R\naffiliation: A\nurl: contoh.id\n' }).errors[0],
      ).toMatch(/^experts\/budi\.yaml: url: expected an absolute http\(s\) URL/);
      expect(content({ 'experts/budi.yaml': 'name: Budi\nrole: R\naffiliation: A\njabatan: x\n' }).errors[0]).toMatch(
        /^experts\/budi\.yaml: jabatan: unknown field/,
      );
    });

    it('requires a section name and an id file name', () => {
      expect(content({ 'sections/olahraga.yaml': 'description: x\n' }).errors).toEqual([
        'sections/olahraga.yaml: name: required field is missing: add name: "Internasional"',
      ]);
      expect(content({ 'sections/Sains.yaml': 'name: Sains\n' }).errors[0]).toMatch(
        /^sections\/Sains\.yaml: file name: "Sains" is not an id/,
      );
      expect(content({ 'sections/kosong.yaml': '' }).errors).toEqual([
        'sections/kosong.yaml: expected fields such as name, found an empty file: write one field a line, e.g. name: "Internasional"',
      ]);
    });
  });

  describe('article body', () => {
    it('checks directives with the line in the file', () => {
      const errors = errorsFor(fields('experts: [yakov-zinberg]'), 'Satu.\n\n:quote[kata]{expert="lim-eun-jung"}\n');
      expect(errors).toEqual([
        'articles/2025/11/uji.md:10: :quote expert "lim-eun-jung" is not in this article\'s experts: add "lim-eun-jung" to experts in the frontmatter or fix the id',
      ]);
    });

    it('requires an expert on :quote and a listed expert on a pull-quote', () => {
      expect(errorsFor(fields(), ':quote[kata]\n')[0]).toMatch(/uji\.md:7: :quote needs an expert/);
      expect(errorsFor(fields(), 'Kata.\n\n:::pullquote{expert="yakov-zinberg"}\nKata.\n:::\n')[0]).toMatch(
        /uji\.md:9: pullquote expert "yakov-zinberg" is not in this article's experts/,
      );
    });

    it('leaves text that only looks like a directive alone', () => {
      expect(errorsFor(fields(), 'Pukul 10:30 WIB, (Jakarta:Reuters) skor 2:1, rasio a:b.\n')).toEqual([]);
    });
  });
});
