/**
 * The hostile fixture: a content folder where every text field of an article, an expert and a section
 * holds one of the XSS payloads (one article, expert and section per payload), next to the merely unusual
 * files of the malformed-content set. `npm run build:hostile` writes it to .cache/hostile-content and builds
 * it into dist-hostile/, which tests/e2e/hostile.spec.ts reads and serves.
 *
 *   node tests/support/hostile-content.ts DIR
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildNow } from '../../src/build/clock.ts';
import { typesetPlain } from '../../src/core/typography.ts';
import { BASE, type Files, UNUSUAL, writeContent } from './malformed.ts';
import { XSS_PAYLOADS } from './payloads.ts';

/** YAML double-quoted text: JSON's escapes are YAML's, and line separators are escaped too. */
const yamlText = (value: string) =>
  JSON.stringify(value).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);

/** Every text field of the hostile article, expert and section of payload `index`, as it should be shown. */
export function hostileFields(index: number) {
  const payload = XSS_PAYLOADS[index]!;
  const n = String(index + 1).padStart(2, '0');
  // The field's name after the payload tells the fields apart on a page; the payload comes first so that
  // whatever it opens is not closed by text of ours.
  const field = (name: string) => `${payload} (${name} ${n})`;
  return {
    n,
    payload,
    slug: `xss-${n}`,
    token: `ujixss${n}`,
    article: {
      /** as written in the file; the site sets quotes and dashes in headlines and standfirsts */
      titleSource: field('judul'),
      descriptionSource: field('ringkasan'),
      title: typesetPlain(field('judul')),
      description: typesetPlain(field('ringkasan')),
      tag: field('topik'),
      sourceName: field('sumber'),
      sourceUrl: `https://contoh.id/xss-${n}?q=${payload}`,
      credit: field('kredit'),
      imageAlt: field('alt'),
      imageCaption: field('keterangan'),
      imageCredit: field('foto'),
    },
    expert: {
      id: `pakar-xss-${n}`,
      name: field('pakar'),
      role: field('jabatan'),
      affiliation: field('lembaga'),
      bio: field('bio'),
      url: `https://contoh.id/pakar-${n}?q=${payload}`,
    },
    section: { id: `xss-${n}`, name: field('rubrik'), description: field('deskripsi') },
  };
}

export const HOSTILE_COUNT = XSS_PAYLOADS.length;
/** Text fields a payload goes into: 9 of an article, 5 of an expert, 2 of a section. */
export const FIELDS_PER_PAYLOAD = 9 + 5 + 2;

export function hostileFiles(): Files {
  const files: Files = { ...BASE };
  for (const c of UNUSUAL) Object.assign(files, c.files);
  for (let i = 0; i < HOSTILE_COUNT; i++) {
    const { n, payload, slug, token, article: a, expert: e, section: s } = hostileFields(i);
    files[`sections/${s.id}.yaml`] = `name: ${yamlText(s.name)}\ndescription: ${yamlText(s.description)}\n`;
    files[`experts/${e.id}.yaml`] = [
      `name: ${yamlText(e.name)}`,
      `role: ${yamlText(e.role)}`,
      `affiliation: ${yamlText(e.affiliation)}`,
      `bio: ${yamlText(e.bio)}`,
      `url: ${yamlText(e.url)}`,
      '',
    ].join('\n');
    files[`articles/xss/${slug}.md`] = [
      '---',
      `title: ${yamlText(a.titleSource)}`,
      `description: ${yamlText(a.descriptionSource)}`,
      // Hours before the build's day (WARTA_BUILD_DATE when set): recent enough for the news sitemap, which
      // lists the last 48 hours.
      `published: ${new Date(Math.floor(buildNow().getTime() / 3_600_000 - i - 1) * 3_600_000).toISOString().replace('.000Z', '+00:00')}`,
      `section: ${s.id}`,
      `tags: [${yamlText(a.tag)}]`,
      `experts: [${e.id}]`,
      `source: { name: ${yamlText(a.sourceName)}, url: ${yamlText(a.sourceUrl)} }`,
      `credit: ${yamlText(a.credit)}`,
      `image: { src: ../dasar/foto.png, alt: ${yamlText(a.imageAlt)}, caption: ${yamlText(a.imageCaption)}, credit: ${yamlText(a.imageCredit)} }`,
      '---',
      `Kata kunci pencarian ${token}.`,
      '',
      // The body's raw HTML is the sanitiser's business (tests/fixtures/markdown); here it rides along.
      payload,
      '',
      `"Ini :quote[kata pakar nomor ${n}]{expert="${e.id}"}," katanya.`,
      '',
      `:::pullquote{expert="${e.id}"}`,
      `Kata pakar nomor ${n}`,
      ':::',
      '',
    ].join('\n');
  }
  files['articles/xss/langsung-berbahaya.md'] = hostileLive();
  return files;
}

export const HOSTILE_LIVE = { slug: 'langsung-berbahaya', token: 'ujilangsung' };

/**
 * A live page whose every update holds a payload (raw HTML, the sanitiser's business) and an attributed
 * quote: its `pembaruan.json` carries the updates' markup, which an open page inserts
 * (tests/e2e/hostile.spec.ts serves it as new).
 */
function hostileLive(): string {
  const hour = Math.floor(buildNow().getTime() / 3_600_000) * 3_600_000;
  const at = (minutes: number) =>
    new Date(hour - 3_600_000 + minutes * 60_000).toISOString().replace('.000Z', '+00:00');
  const first = hostileFields(0);
  return [
    '---',
    `title: "Liputan langsung ${HOSTILE_LIVE.token}"`,
    'description: "Pembaruan berisi muatan XSS."',
    `published: ${at(0)}`,
    `section: ${first.section.id}`,
    `experts: [${first.expert.id}]`,
    `live: { start: ${at(0)} }`,
    '---',
    `Ringkasan ${HOSTILE_LIVE.token}.`,
    '',
    ...XSS_PAYLOADS.flatMap((payload, i) => [
      `:::update{time="${at(i + 1)}"${i === 0 ? ' pinned' : i % 4 === 1 ? ' key' : ''}}`,
      `**Pembaruan ${i + 1}.** ${payload}`,
      '',
      `"Ini :quote[kata pakar ${i + 1}]{expert="${first.expert.id}"}," katanya.`,
      ':::',
      '',
    ]),
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = path.resolve(process.argv[2] ?? '.cache/hostile-content');
  rmSync(dir, { recursive: true, force: true });
  writeContent(dir, [], hostileFiles());
  console.log(
    `Hostile content: ${HOSTILE_COUNT} payloads × ${FIELDS_PER_PAYLOAD} fields and ${UNUSUAL.length} unusual articles in ${path.relative(process.cwd(), dir)}/`,
  );
}
