/**
 * A generated set of broken and of merely unusual content files. Every case is a few files on top of a
 * small valid content folder (BASE); each case's files have their own names, so any number of cases can
 * share one folder (the failing build in malformed-content.test.ts puts them all in one).
 *
 * A broken case lists the errors the contract promises, as patterns; an unusual case (`expect: 'ok'`)
 * must pass the validator and build (tests/support/hostile-content.ts adds the unusual cases to the
 * fixture that `npm run build:hostile` builds).
 */
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Random } from '../../scripts/random.ts';

export type FileBody = string | Buffer | { symlinkTo: string };
export type Files = Record<string, FileBody>;

export interface ContentCase {
  name: string;
  /** what the case is, for the test title */
  what: string;
  files: Files;
  /** the errors (all of them, in any order) as patterns, or 'ok' */
  expect: RegExp[] | 'ok';
}

const root = path.resolve(import.meta.dirname, '../..');

/** The smallest valid content folder: one section, two experts, one article with a picture. */
export const BASE: Files = {
  'sections/internasional.yaml': 'name: Internasional\ndescription: Berita dari seluruh dunia.\n',
  'experts/yakov-zinberg.yaml':
    'name: Yakov Zinberg\nrole: Profesor Hubungan Internasional\naffiliation: Universitas Kokushikan\n',
  'experts/lim-eun-jung.yaml': 'name: Lim Eun-jung\nrole: Profesor\naffiliation: Universitas Nasional Kongju\n',
  'articles/dasar/kim-sambut-putin.md': [
    '---',
    'title: "Kim Sambut Putin di Pyongyang"',
    'description: "Baik Putin maupun Kim dikucilkan oleh sebagian besar komunitas internasional."',
    'published: 2025-10-06T09:30:00+07:00',
    'section: internasional',
    'tags: ["Korea Utara", "Rusia"]',
    'experts: [yakov-zinberg]',
    'image: { src: ./foto.png, alt: "Kim menyambut Putin di bandara" }',
    '---',
    '"Ini :quote[ancaman yang diperhitungkan]{expert="yakov-zinberg"}," katanya pukul 10:30.',
    '',
  ].join('\n'),
  'articles/dasar/foto.png': readFileSync(path.join(root, 'content/articles/2025/10/kopi-sagara.png')),
};

/** Frontmatter lines of a valid article; `change` replaces or adds fields (null removes one). */
export function frontmatter(change: Record<string, string | null> = {}): string {
  const fields: Record<string, string | null> = {
    title: '"Judul Berita"',
    description: '"Ringkasan berita."',
    published: '2025-10-07',
    section: 'internasional',
    ...change,
  };
  return Object.entries(fields)
    .filter(([, value]) => value !== null)
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n');
}

export const article = (fm: string, body = 'Isi berita.\n') => `---\n${fm}\n---\n${body}`;

/** Deterministic bytes (scripts/random.ts), so a failure can be reproduced. */
export function junk(length: number, seed: number, withNul: boolean): Buffer {
  const out = Buffer.alloc(length);
  const random = new Random(seed);
  for (let i = 0; i < length; i++) {
    const byte = random.uint32() & 0xff;
    // Without NULs: high bytes only, which are never valid UTF-8 on their own.
    out[i] = withNul ? byte : 0x80 | (byte & 0x3f) | (i % 2 ? 0x40 : 0);
  }
  if (withNul) out[length >> 1] = 0;
  return out;
}

const lol = [
  'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
  ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`),
];

const paragraph = 'Harga beras di Pasar Induk Cipinang naik lagi pada Senin pagi, kata para pedagang. ';
/** About 5 MB of ordinary paragraphs. */
export function fiveMegabytes(): string {
  const block = `${paragraph.repeat(10)}\n\n`;
  return block.repeat(Math.ceil((5 * 1024 * 1024) / block.length));
}

const nestedByIndent = (levels: number) =>
  `${Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}- tingkat ${i + 1}`).join('\n')}\n`;
const uji = (name: string) => `articles/uji/${name}.md`;
const at = (name: string) => `^articles/uji/${name}\\.md`;
const re = (source: string) => new RegExp(source);

export const BROKEN: ContentCase[] = [
  {
    name: 'yaml-kutip-terbuka',
    what: 'an unclosed quote',
    files: { [uji('yaml-kutip-terbuka')]: article('title: "Judul\ndescription: x') },
    expect: [re(`${at('yaml-kutip-terbuka')}: the YAML is invalid on line \\d+: .+; check indentation`)],
  },
  {
    name: 'yaml-tab',
    what: 'a tab as indentation',
    files: { [uji('yaml-tab')]: article(`${frontmatter()}\nsource:\n\tname: DW`) },
    expect: [re(`${at('yaml-tab')}: the YAML is invalid on line \\d+`)],
  },
  {
    name: 'yaml-kunci-ganda',
    what: 'a field given twice',
    files: { [uji('yaml-kunci-ganda')]: article(`${frontmatter()}\ntitle: "Lagi"`) },
    expect: [re(`${at('yaml-kunci-ganda')}: the YAML is invalid on line \\d+: duplicated mapping key`)],
  },
  {
    name: 'yaml-js-function',
    what: 'a !!js/function tag',
    files: {
      [uji('yaml-js-function')]: article(
        `${frontmatter()}\ncredit: !!js/function "function () { return process.exit(1) }"`,
      ),
    },
    expect: [re(`${at('yaml-js-function')}: the YAML is invalid on line \\d+: unknown .*tag`)],
  },
  {
    name: 'yaml-tag-python',
    what: 'a !!python/object tag',
    files: { [uji('yaml-tag-python')]: article(`${frontmatter()}\ncredit: !!python/object:os.system "id"`) },
    expect: [re(`${at('yaml-tag-python')}: the YAML is invalid on line \\d+: unknown .*tag`)],
  },
  {
    name: 'yaml-billion-laughs',
    what: 'a "billion laughs" alias bomb',
    files: { [uji('yaml-billion-laughs')]: article(`${lol.join('\n')}\n${frontmatter({ tags: '*h' })}`) },
    expect: [
      ...Array.from({ length: 9 }, (_, i) => re(`${at('yaml-billion-laughs')}: tags\\[${i}\\]: expected text$`)),
      ...'abcdefgh'.split('').map((k) => re(`${at('yaml-billion-laughs')}: ${k}: unknown field: remove it`)),
    ],
  },
  {
    name: 'frontmatter-daftar',
    what: 'frontmatter that is a list',
    files: { [uji('frontmatter-daftar')]: article('- title\n- description') },
    expect: [
      re(`${at('frontmatter-daftar')}: the frontmatter has no fields \\(found a list\\): write one field a line`),
    ],
  },
  {
    name: 'frontmatter-teks',
    what: 'frontmatter that is one line of text',
    files: { [uji('frontmatter-teks')]: article('Judul berita tanpa nama bidang') },
    expect: [
      re(
        `${at('frontmatter-teks')}: the frontmatter has no fields \\(found only the text "Judul berita tanpa nama bidang"\\)`,
      ),
    ],
  },
  {
    name: 'frontmatter-tak-ditutup',
    what: 'no closing ---',
    files: { [uji('frontmatter-tak-ditutup')]: `---\n${frontmatter()}\n\nIsi berita.\n` },
    expect: [
      re(`${at('frontmatter-tak-ditutup')}: the frontmatter is not closed: add a --- line after the last field`),
    ],
  },
  {
    name: 'tanpa-frontmatter',
    what: 'no frontmatter',
    files: { [uji('tanpa-frontmatter')]: 'Hanya teks berita.\n' },
    expect: [re(`${at('tanpa-frontmatter')}: no frontmatter: start the file with a --- line`)],
  },
  {
    name: 'berkas-kosong',
    what: 'an empty file',
    files: { [uji('berkas-kosong')]: '' },
    expect: [re(`${at('berkas-kosong')}: no frontmatter`)],
  },
  {
    name: 'hanya-pembatas',
    what: 'two --- lines and nothing else',
    files: { [uji('hanya-pembatas')]: '---\n---\n' },
    expect: [re(`${at('hanya-pembatas')}: the frontmatter has no fields \\(found an empty file\\)`)],
  },
  {
    name: 'hanya-komentar',
    what: 'frontmatter of comments only',
    files: { [uji('hanya-komentar')]: '---\n# judul nanti\n---\nIsi.\n' },
    expect: [re(`${at('hanya-komentar')}: the frontmatter has no fields`)],
  },
  {
    name: 'tipe-salah',
    what: 'every field of the wrong type',
    files: {
      [uji('tipe-salah')]: article(
        'title: 123\ndescription: [satu, dua]\npublished: kemarin\nsection: 7\ntags: "Korea"\nexperts: yakov-zinberg\nsource: DW\ncredit: { a: 1 }\nimage: foto.png\ndraft: "ya"',
      ),
    },
    expect: [
      re(`${at('tipe-salah')}: title: expected text$`),
      re(`${at('tipe-salah')}: description: expected text$`),
      re(`${at('tipe-salah')}: published: "kemarin" is not a date like 2025-10-06`),
      re(`${at('tipe-salah')}: section: expected an id`),
      re(`${at('tipe-salah')}: tags: expected a list of tags`),
      re(`${at('tipe-salah')}: experts: expected a list of expert ids`),
      re(`${at('tipe-salah')}: source: expected \\{ name: "Deutsche Welle"`),
      re(`${at('tipe-salah')}: credit: expected text$`),
      re(`${at('tipe-salah')}: image: expected \\{ src: \\./file\\.jpg`),
      re(`${at('tipe-salah')}: draft: expected true or false$`),
    ],
  },
  {
    name: 'nilai-kosong',
    what: 'null values',
    files: { [uji('nilai-kosong')]: article(frontmatter({ title: '~', tags: '[null]', experts: '[~]' })) },
    expect: [
      re(`${at('nilai-kosong')}: title: expected text$`),
      re(`${at('nilai-kosong')}: tags\\[0\\]: expected text$`),
      re(`${at('nilai-kosong')}: experts\\[0\\]: expected an id`),
    ],
  },
  {
    name: 'tanggal-mustahil',
    what: 'an impossible date and an update before publishing',
    files: { [uji('tanggal-mustahil')]: article(frontmatter({ published: '2025-02-30', updated: '2025-13-01' })) },
    expect: [
      re(`${at('tanggal-mustahil')}: published: "2025-02-30" is not a date`),
      re(`${at('tanggal-mustahil')}: updated: "2025-13-01" is not a date`),
    ],
  },
  {
    name: 'bagian-tak-dikenal',
    what: 'an unknown section id',
    files: { [uji('bagian-tak-dikenal')]: article(frontmatter({ section: 'internasonal' })) },
    expect: [
      re(
        `${at('bagian-tak-dikenal')}: section: no section "internasonal" in sections/ \\(did you mean "internasional"\\?\\)`,
      ),
    ],
  },
  {
    name: 'pakar-tak-dikenal',
    what: 'an unknown expert id',
    files: { [uji('pakar-tak-dikenal')]: article(frontmatter({ experts: '[yakov-zinbreg]' })) },
    expect: [
      re(
        `${at('pakar-tak-dikenal')}: experts\\[0\\]: no expert "yakov-zinbreg" in experts/ \\(did you mean "yakov-zinberg"\\?\\)`,
      ),
    ],
  },
  {
    name: 'bidang-tak-dikenal',
    what: 'a misspelt field',
    files: { [uji('bidang-tak-dikenal')]: article(frontmatter({ tittle: '"x"' })) },
    expect: [re(`${at('bidang-tak-dikenal')}: tittle: unknown field \\(did you mean "title"\\?\\): fix the spelling`)],
  },
  {
    name: 'judul-terlalu-panjang',
    what: 'a 201-character title',
    files: { [uji('judul-terlalu-panjang')]: article(frontmatter({ title: `"${'a'.repeat(201)}"` })) },
    expect: [re(`${at('judul-terlalu-panjang')}: title: must be at most 200 characters$`)],
  },
  {
    name: 'judul-tak-tergambar',
    what: 'a title the share image cannot draw',
    files: { [uji('judul-tak-tergambar')]: article(frontmatter({ title: '"Hieroglif 𓀀"' })) },
    expect: [re(`${at('judul-tak-tergambar')}: title: character "𓀀" \\(U\\+13000\\) cannot be drawn .*: replace it`)],
  },
  {
    name: 'topik-tanpa-huruf',
    what: 'tags with no letter or digit',
    files: { [uji('topik-tanpa-huruf')]: article(frontmatter({ tags: '["<>", "🔥"]' })) },
    expect: [
      re(`${at('topik-tanpa-huruf')}: tags\\[0\\]: "<>" has no letter or digit`),
      re(`${at('topik-tanpa-huruf')}: tags\\[1\\]: "🔥" has no letter or digit`),
    ],
  },
  {
    name: 'kunci-raksasa',
    what: 'a 100,000-character field name',
    files: { [uji('kunci-raksasa')]: article(`${frontmatter()}\n${'k'.repeat(100_000)}: 1`) },
    expect: [re(`${at('kunci-raksasa')}: k{60}…: unknown field: remove it`)],
  },
  {
    name: 'nilai-raksasa',
    what: 'a 100,000-character date',
    files: { [uji('nilai-raksasa')]: article(frontmatter({ published: '9'.repeat(100_000) })) },
    expect: [re(`${at('nilai-raksasa')}: published: "9{60}…" is not a date`)],
  },
  {
    name: 'url-javascript',
    what: 'javascript: and data: URLs in link fields',
    files: {
      [uji('url-javascript')]: article(frontmatter({ source: '{ name: "DW", url: "javascript:alert(1)" }' })),
      'experts/pakar-url-data.yaml':
        'name: X\nrole: Y\naffiliation: Z\nurl: "data:text/html,<script>alert(1)</script>"\n',
    },
    expect: [
      re(`${at('url-javascript')}: source\\.url: expected an absolute http\\(s\\) URL`),
      /^experts\/pakar-url-data\.yaml: url: expected an absolute http\(s\) URL/,
    ],
  },
  {
    name: 'slug-ganda',
    what: 'one slug in two folders',
    files: { 'articles/uji/a/kembar.md': article(frontmatter()), 'articles/uji/b/kembar.md': article(frontmatter()) },
    expect: [/^articles\/uji\/b\/kembar\.md: file name: slug "kembar" is already used by articles\/uji\/a\/kembar\.md/],
  },
  {
    name: 'nama-bukan-slug',
    what: 'a file name that is not a slug',
    files: { 'articles/uji/Berita Baru!.md': article(frontmatter()) },
    expect: [/^articles\/uji\/Berita Baru!\.md: file name: "Berita Baru!" is not a slug: .* e\.g\. berita-baru\.md/],
  },
  {
    name: 'ekstensi-markdown',
    what: 'a .markdown file',
    files: { 'articles/uji/ekstensi.markdown': article(frontmatter()) },
    expect: [/^articles\/uji\/ekstensi\.markdown: articles are \.md files: rename to ekstensi\.md/],
  },
  {
    name: 'biner-nul',
    what: 'binary junk with NUL bytes',
    files: { [uji('biner-nul')]: junk(4096, 1, true) },
    expect: [re(`${at('biner-nul')}: not a text file \\(it contains NUL bytes\\)`)],
  },
  {
    name: 'biner-tanpa-nul',
    what: 'binary junk without NUL bytes',
    files: { [uji('biner-tanpa-nul')]: junk(4096, 2, false) },
    expect: [re(`${at('biner-tanpa-nul')}: not valid UTF-8 \\(first bad byte on line 1\\)`)],
  },
  {
    name: 'latin-1',
    what: 'an article saved as Latin-1',
    files: { [uji('latin-1')]: Buffer.from(article(frontmatter(), 'Kafe di Bandung.\n\nCaf\u00e9 baru.\n'), 'latin1') },
    expect: [re(`${at('latin-1')}: not valid UTF-8 \\(first bad byte on line 9\\): save the article as UTF-8`)],
  },
  {
    name: 'utf-16',
    what: 'an article saved as UTF-16',
    files: { [uji('utf-16')]: Buffer.from(`\uFEFF${article(frontmatter())}`, 'utf16le') },
    expect: [re(`${at('utf-16')}: saved as UTF-16: save the article as UTF-8`)],
  },
  {
    name: 'daftar-bertingkat-2000',
    what: 'lists nested 2,000 levels by indentation',
    files: { [uji('daftar-bertingkat-2000')]: article(frontmatter(), nestedByIndent(2000)) },
    expect: [re(`${at('daftar-bertingkat-2000')}:\\d+: body: the line is indented by \\d+ spaces \\(at most 400\\)`)],
  },
  {
    name: 'daftar-satu-baris',
    what: 'lists nested 5,000 levels on one line',
    files: { [uji('daftar-satu-baris')]: article(frontmatter(), `${'- '.repeat(5000)}x\n`) },
    expect: [
      re(`${at('daftar-satu-baris')}:7: body: the line opens 5000 lists or quotes inside each other \\(at most 100\\)`),
    ],
  },
  {
    name: 'kutipan-bertingkat',
    what: 'block quotes nested 5,000 levels',
    files: { [uji('kutipan-bertingkat')]: article(frontmatter(), `Pembuka.\n\n${'>'.repeat(5000)} x\n`) },
    expect: [re(`${at('kutipan-bertingkat')}:9: body: the line opens 5000 lists or quotes`)],
  },
  {
    name: 'html-bertingkat',
    what: 'raw HTML nested 5,000 elements deep',
    files: { [uji('html-bertingkat')]: article(frontmatter(), `${'<div>'.repeat(5000)}x${'</div>'.repeat(5000)}\n`) },
    expect: [
      re(
        `${at('html-bertingkat')}:7: body: lists, quotes, emphasis and HTML elements are nested 101 levels deep here \\(at most 100\\)`,
      ),
    ],
  },
  {
    name: 'penekanan-panjang',
    what: '20,000 asterisks',
    files: { [uji('penekanan-panjang')]: article(frontmatter(), `${'*'.repeat(10_000)}x${'*'.repeat(10_000)}\n`) },
    expect: [re(`${at('penekanan-panjang')}:7: body: a run of 10000 "\\*" characters`)],
  },
  {
    name: 'kutip-tanpa-pakar',
    what: ':quote without an expert',
    files: { [uji('kutip-tanpa-pakar')]: article(frontmatter(), 'Satu.\n\n:quote[kata]\n') },
    expect: [re(`${at('kutip-tanpa-pakar')}:9: :quote needs an expert`)],
  },
  {
    name: 'sorotan-pakar-lain',
    what: 'a pull-quote by an expert the article does not list',
    files: {
      [uji('sorotan-pakar-lain')]: article(
        frontmatter({ experts: '[yakov-zinberg]' }),
        'Kata.\n\n:::pullquote{expert="lim-eun-jung"}\nKata.\n:::\n',
      ),
    },
    expect: [re(`${at('sorotan-pakar-lain')}:10: pullquote expert "lim-eun-jung" is not in this article's experts`)],
  },
  {
    name: 'kutip-tak-ditutup',
    what: 'an unclosed :quote bracket',
    files: { [uji('kutip-tak-ditutup')]: article(frontmatter(), 'Ia berkata :quote[tanpa penutup dan terus.\n') },
    expect: [
      re(`${at('kutip-tak-ditutup')}:7: :quote needs an expert`),
      re(`${at('kutip-tak-ditutup')}:7: :quote has no text`),
    ],
  },
  {
    name: 'gambar-hilang',
    what: 'a missing picture',
    files: { [uji('gambar-hilang')]: article(frontmatter({ image: '{ src: ./hilang.png, alt: "x" }' })) },
    expect: [re(`${at('gambar-hilang')}: image\\.src: no file "\\./hilang\\.png" next to the article`)],
  },
  {
    name: 'gambar-folder',
    what: 'a picture path that is a folder',
    files: {
      [uji('gambar-folder')]: article(frontmatter({ image: '{ src: ./folder.png, alt: "x" }' })),
      'articles/uji/folder.png/isi.txt': 'x',
    },
    expect: [re(`${at('gambar-folder')}: image\\.src: "\\./folder\\.png" is a folder, not a picture`)],
  },
  {
    name: 'gambar-rusak',
    what: 'a text file named .jpg',
    files: {
      [uji('gambar-rusak')]: article(frontmatter({ image: '{ src: ./rusak.jpg, alt: "x" }' })),
      'articles/uji/rusak.jpg': '<html>bukan gambar</html>',
    },
    expect: [re(`${at('gambar-rusak')}: image\\.src: "\\./rusak\\.jpg" is not a readable JPEG`)],
  },
  {
    name: 'gambar-di-luar',
    what: 'a picture outside the content folder',
    files: {
      [uji('gambar-di-luar')]: article(
        frontmatter({ image: '{ src: ../../../../../../../../etc/passwd.png, alt: "x" }' }),
      ),
    },
    expect: [re(`${at('gambar-di-luar')}: image\\.src: ".*passwd\\.png" is outside the content folder`)],
  },
  {
    name: 'tautan-rusak',
    what: 'a link to a missing file',
    files: { [uji('tautan-rusak')]: { symlinkTo: '/nonexistent/warta.md' } },
    expect: [re(`${at('tautan-rusak')}: a link to a file that does not exist`)],
  },
  {
    name: 'pakar-biner',
    what: 'an expert file of binary junk',
    files: { 'experts/pakar-biner.yaml': junk(512, 3, true) },
    expect: [/^experts\/pakar-biner\.yaml: not a text file \(it contains NUL bytes\): save the expert file as UTF-8/],
  },
  {
    name: 'pakar-daftar',
    what: 'an expert file that is a list',
    files: { 'experts/pakar-daftar.yaml': '- name: Budi\n' },
    expect: [
      /^experts\/pakar-daftar\.yaml: expected fields such as name, role and affiliation, found a list: write one field a line/,
    ],
  },
  {
    name: 'pakar-kosong',
    what: 'an empty expert file',
    files: { 'experts/pakar-kosong.yaml': '' },
    expect: [
      /^experts\/pakar-kosong\.yaml: expected fields such as name, role and affiliation, found an empty file: write one field a line/,
    ],
  },
  {
    name: 'pakar-yaml-rusak',
    what: 'an expert file with broken YAML',
    files: { 'experts/pakar-yaml-rusak.yaml': 'name: "Budi\nrole: x\n' },
    expect: [/^experts\/pakar-yaml-rusak\.yaml: the YAML is invalid on line \d+/],
  },
  {
    name: 'bagian-teks',
    what: 'a section file of plain text',
    files: { 'sections/bagian-teks.yaml': 'Ekonomi dan bisnis\n' },
    expect: [
      /^sections\/bagian-teks\.yaml: expected fields such as name, found only the text "Ekonomi dan bisnis": write one field a line/,
    ],
  },
  {
    name: 'bagian-latin-1',
    what: 'a section file saved as Latin-1',
    files: { 'sections/bagian-latin-1.yaml': Buffer.from('name: Caf\u00e9\n', 'latin1') },
    expect: [
      /^sections\/bagian-latin-1\.yaml: not valid UTF-8 \(first bad byte on line 1\): save the section file as UTF-8/,
    ],
  },
];

/** Inputs that are odd but within the contract: each must pass the validator and build. */
export const UNUSUAL: ContentCase[] = [
  {
    name: 'lima-megabita',
    what: 'a 5 MB article',
    files: { [uji('lima-megabita')]: article(frontmatter({ title: '"Artikel Lima Megabita"' }), fiveMegabytes()) },
    expect: 'ok',
  },
  {
    name: 'bom-crlf',
    what: 'a byte-order mark and Windows line ends',
    files: {
      [uji('bom-crlf')]:
        `\uFEFF${article(frontmatter({ title: '"Berkas dari Windows"' }), 'Baris satu.\n\nBaris dua.\n').replace(/\n/g, '\r\n')}`,
    },
    expect: 'ok',
  },
  {
    name: 'daftar-bertingkat-100',
    what: 'lists nested 100 levels (the limit)',
    files: {
      [uji('daftar-bertingkat-100')]: article(frontmatter({ title: '"Daftar Seratus Tingkat"' }), nestedByIndent(100)),
    },
    expect: 'ok',
  },
  {
    name: 'html-bertingkat-90',
    what: 'raw HTML nested 90 elements deep',
    files: {
      [uji('html-bertingkat-90')]: article(
        frontmatter({ title: '"HTML Sembilan Puluh Tingkat"' }),
        `${'<div>'.repeat(90)}isi${'</div>'.repeat(90)}\n`,
      ),
    },
    expect: 'ok',
  },
  {
    name: 'sorotan-tak-ditutup',
    what: 'a pull-quote that is never closed',
    files: {
      [uji('sorotan-tak-ditutup')]: article(
        frontmatter({ title: '"Sorotan Tanpa Penutup"', experts: '[yakov-zinberg]' }),
        'Kata yang diulang.\n\n:::pullquote{expert="yakov-zinberg"}\nKata yang diulang.\n',
      ),
    },
    expect: 'ok',
  },
  {
    name: 'tanpa-isi',
    what: 'an article with no body',
    files: { [uji('tanpa-isi')]: article(frontmatter({ title: '"Hanya Judul"' }), '') },
    expect: 'ok',
  },
  {
    name: 'unicode',
    what: 'right-to-left, combining, zero-width and emoji text',
    files: {
      [uji('unicode')]: article(
        frontmatter({
          title: '"Kim 박지연 مرحبا שלום 🇮🇩 e\u0301\u200d x"',
          description: '"Teks \u202ebalik\u202c, spasi\u00a0tak\u00a0putus, nol\u200blebar."',
          tags: '["박지연", "مرحبا", "Énergie & Iklim"]',
        }),
        `مرحبا بالعالم. שלום עולם. 🇮🇩👩‍👩‍👧 Z\u0351\u0352a\u0353l\u0354g\u0355o.\n\n${'k'.repeat(20_000)}\n`,
      ),
    },
    expect: 'ok',
  },
  {
    name: 'batas-panjang',
    what: 'a 200-character title and a 400-character description',
    files: {
      [uji('batas-panjang')]: article(
        frontmatter({ title: `"${'Judul panjang '.repeat(15).slice(0, 199)}x"`, description: `"${'r'.repeat(400)}"` }),
      ),
    },
    expect: 'ok',
  },
];

/** Writes BASE and the cases' files into `dir` (which should be empty). */
export function writeContent(dir: string, cases: readonly ContentCase[], base: Files = BASE): void {
  const files: Files = { ...base };
  for (const c of cases) Object.assign(files, c.files);
  for (const [rel, body] of Object.entries(files)) {
    const file = path.join(dir, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    if (typeof body === 'object' && 'symlinkTo' in body) symlinkSync(body.symlinkTo, file);
    else writeFileSync(file, body);
  }
}
