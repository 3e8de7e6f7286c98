/**
 * One article: frontmatter and Markdown body in the content format of docs/content-format.md, with
 * quoted experts, subheads, sometimes a pull-quote, a table or a lead image. Each article draws from its
 * own random stream, so article i is the same whatever the corpus size.
 */
import { slugify } from '../../src/core/slug.ts';
import { IMAGE_VARIANTS } from './images.ts';
import type { Expert } from './people.ts';
import {
  type ArticleContext,
  CITIZEN_QUOTES,
  CLAUSES,
  COLON_SENTENCES,
  fill,
  HEADLINES,
  LEADS,
  NARRATIVE,
  paragraph,
  QUOTES,
  type Slots,
  SUBHEADS,
  sentence,
  table,
} from './prose.ts';
import { stream, type Zipf } from './sampling.ts';
import { pickSection, SECTION_WORLD, type SectionId } from './sections.ts';
import { asciiSlug, cap, countWords, pad2, titleCase, yamlString } from './text.ts';
import { AGENCIES, type Agency, COUNTRIES, DAY_NAMES, DESK_INITIALS, PLACES, SAID, SAY } from './vocabulary.ts';

/** The newest publication day (Jakarta); articles spread over the ~3 years before it. */
export const END_UTC = Date.UTC(2025, 10, 20);
export const SPAN_DAYS = 3 * 365;
const DAY_MS = 86_400_000;

/** Everything the articles of one corpus share. */
export interface World {
  seed: string;
  slots: Slots;
  experts: readonly Expert[];
  /** each section's own experts, if it has any */
  expertsBySection: Record<SectionId, { zipf: Zipf<Expert> | undefined }>;
  /** all experts; undefined when there are none */
  expertZipf: Zipf<Expert> | undefined;
  tagZipf: Zipf<string>;
  topicZipfs: Record<SectionId, Zipf<string>>;
  /** the indexes of the articles that get a lead image */
  imageSet: ReadonlySet<number>;
}

/** A lead image to be written next to the article: its file name and IMAGE_VARIANTS index. */
export interface ArticleImage {
  file: string;
  variant: number;
}

export interface GeneratedArticle {
  /** YYYY/MM under articles/ */
  dir: string;
  slug: string;
  /** the whole .md file */
  text: string;
  draft: boolean;
  image: ArticleImage | undefined;
}

/** A pull-quote repeats an expert's quote (from group `group`) or a sentence of filler paragraph `filler`. */
interface PullQuote {
  text: string;
  expert?: string | undefined;
  group?: number;
  filler?: number;
}

/** A Jakarta wall-clock time kept in a UTC Date: the date, or the date and time with +07:00. */
export function formatLocal(ms: number, withTime: boolean): string {
  const d = new Date(ms);
  const date = `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
  return withTime ? `${date}T${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:00+07:00` : date;
}

/** Article i (0-based) of the corpus. */
export function makeArticle(i: number, world: World): GeneratedArticle {
  const { seed, slots, experts, expertsBySection, expertZipf, tagZipf, topicZipfs, imageSet } = world;
  const r = stream(seed, `article-${i}`);
  const section = pickSection(r);
  const sw = SECTION_WORLD[section.id];
  const topicZipf = topicZipfs[section.id];
  const topic = topicZipf.sample(r);
  let topic2 = topicZipf.sample(r);
  if (topic2 === topic) topic2 = r.pick(sw.topics.filter((t) => t !== topic));
  const places = section.id === 'internasional' ? COUNTRIES : PLACES;

  // Dates: all in Jakarta time; the local clock is kept in a UTC Date so the machine's zone never matters.
  const dayMs = END_UTC - r.int(SPAN_DAYS + 1) * DAY_MS;
  const hasTime = r.chance(0.65);
  const pubMs = dayMs + (hasTime ? (r.between(5, 22) * 60 + r.int(12) * 5) * 60_000 : 0);
  const published = formatLocal(pubMs, hasTime);
  let updated: string | undefined;
  if (r.chance(0.1)) {
    const endOfLastDay = END_UTC + DAY_MS - 60_000;
    const upMs = Math.min(pubMs + r.between(6, 72 * 12) * 5 * 60_000, Math.max(endOfLastDay, pubMs + 30 * 60_000));
    updated = formatLocal(upMs, true);
  }
  const day = new Date(dayMs);
  const a: ArticleContext = {
    r,
    section: section.id,
    topic,
    topic2,
    places,
    place: r.pick(places),
    yyyy: String(day.getUTCFullYear()),
    mm: pad2(day.getUTCMonth() + 1),
    dayLabel: `${DAY_NAMES[day.getUTCDay()]} (${day.getUTCDate()}/${day.getUTCMonth() + 1}/${day.getUTCFullYear()})`,
  };

  // Headline, slug, standfirst.
  let title: string;
  if (section.id === 'ekonomi' && r.chance(0.25)) {
    title = `Harga ${r.pick(SECTION_WORLD.ekonomi.commodities)} ${r.pick(['Naik', 'Turun', 'Melonjak', 'Merosot'])} ${slots.PCT(a)} Persen di ${a.place}`;
  } else if (section.id === 'olahraga' && r.chance(0.25)) {
    const [home, away] = r.shuffle(SECTION_WORLD.olahraga.teams);
    title = `${home} ${r.pick(['Tundukkan', 'Kalahkan', 'Tahan Imbang'])} ${away} ${r.between(0, 4)}-${r.between(0, 3)}`;
  } else {
    title = titleCase(fill(r.pick(HEADLINES), a, slots).replace(/\s+/g, ' ').trim());
  }
  title = cap(title);
  const slug = `${asciiSlug(title).split('-').slice(0, 8).join('-') || 'artikel'}-${i + 1}`;
  let description = `${sentence(r.pick(LEADS), a, slots)} ${sentence(r.pick(NARRATIVE), a, slots)}`;
  if (description.length > 400) description = sentence(r.pick(LEADS), a, slots);
  if (description.length > 400) description = `${description.slice(0, 396).replace(/\s+\S*$/, '')} ...`;

  // Tags: the topic, often the place, and a few from the whole (Zipf-distributed) vocabulary.
  const tags = [titleCase(topic)];
  if (r.chance(0.5)) tags.push(a.place);
  for (const tag of tagZipf.distinct(r, r.between(0, 4)))
    if (!tags.some((t) => slugify(t) === slugify(tag))) tags.push(tag);

  // Experts: 0–3, mostly from the article's section; each one is quoted at least once.
  const wanted = Math.min(experts.length, r.pick([0, 0, 1, 1, 1, 2, 2, 2, 3, 3]));
  const own = expertsBySection[section.id];
  const chosen: Expert[] = [];
  for (let tries = 0; chosen.length < wanted && tries < 50; tries++) {
    // (no experts at all means none are wanted, so expertZipf is there whenever this runs)
    const e = own.zipf && r.chance(0.75) ? own.zipf.sample(r) : expertZipf?.sample(r);
    if (e && !chosen.includes(e)) chosen.push(e);
  }

  // Body: lead, filler paragraphs, one group per expert, subheads, optional pull-quote, table, colon text.
  const target = r.between(250, 800);
  const lead = [sentence(r.pick(LEADS), a, slots), ...paragraph(a, slots, r.between(1, 2))];
  let words = countWords(lead.join(' '));
  const quotesOf = new Map<string, string[]>();
  const groups = chosen.map((e) => {
    const blocks: string[] = [];
    const qs: string[] = [];
    const template = r.pick(CLAUSES);
    let clause = fill(template, a, slots).replace(/\s+/g, ' ').replace(/ ,/g, ',').trim().replace(/\.$/, '');
    if (/^[A-Z]/.test(template)) clause = clause.charAt(0).toLowerCase() + clause.slice(1);
    const say = r.pick(SAY);
    blocks.push(
      r.chance(0.5)
        ? `${e.roman}, ${e.role.toLowerCase()} di ${e.affiliation}, ${say} bahwa ${clause}.`
        : `${e.role} ${e.affiliation}, ${e.roman}, ${say} bahwa ${clause}.`,
    );
    const n = r.between(1, 2);
    for (let j = 0; j < n; j++) {
      const q = sentence(r.pick(QUOTES), a, slots);
      qs.push(q);
      const quote = `:quote[${q}]{expert="${e.id}"}`;
      const form = r.int(3);
      if (form === 0) blocks.push(`"${quote}," ${r.pick(SAID)} ${e.short}.`);
      else if (form === 1) blocks.push(`Menurut ${e.short}, "${quote}."`);
      else blocks.push(`${sentence(r.pick(NARRATIVE), a, slots)} "${quote}," ${r.pick(SAID)}nya.`);
    }
    quotesOf.set(e.id, qs);
    words += countWords(blocks.join(' '));
    return blocks;
  });
  const fillers: string[][] = [];
  const colon = r.chance(0.3) ? sentence(r.pick(COLON_SENTENCES), a, slots) : undefined;
  const score =
    section.id === 'olahraga' && r.chance(0.5)
      ? `Pertandingan di ${a.place} ${r.pick(['berakhir', 'ditutup'])} dengan skor ${r.between(0, 5)}:${r.between(0, 4)}.`
      : undefined;
  const citizen = r.chance(0.25)
    ? `"${sentence(r.pick(CITIZEN_QUOTES), a, slots)}," kata ${slots.CITIZEN(a)}.`
    : undefined;
  do {
    const p = paragraph(
      a,
      slots,
      r.between(2, 4),
      fillers.length === 0 ? colon : fillers.length === 1 ? score : undefined,
    );
    fillers.push(p);
    words += countWords(p.join(' '));
  } while (words < target);
  if (citizen) fillers.splice(r.between(1, fillers.length), 0, [citizen]);

  // Interleave expert groups evenly between the filler paragraphs.
  const blocks = [lead.join(' ')];
  // after which filler paragraph (1-based) each group goes; always one that exists, so no expert is lost
  const slotsFor = groups.map((_, k) =>
    Math.min(fillers.length, Math.max(1, Math.round(((k + 1) * fillers.length) / (groups.length + 1)))),
  );
  let pullquote: PullQuote | undefined;
  if (r.chance(0.4)) {
    if (chosen.length && r.chance(0.7)) {
      const e = r.pick(chosen);
      const q = r.pick(quotesOf.get(e.id)!); // every chosen expert is quoted
      pullquote = { text: q, expert: r.chance(0.75) ? e.id : undefined, group: chosen.indexOf(e) };
    } else {
      const f = r.int(fillers.length);
      // a plain narrative sentence: not the colon text, not a citizen's quote
      const plain = fillers[f]!.filter((s) => !s.includes(':') && !s.startsWith('"'));
      pullquote = { text: plain.length ? r.pick(plain) : r.pick(lead), filler: f };
    }
  }
  const pq = pullquote
    ? `:::pullquote${pullquote.expert ? `{expert="${pullquote.expert}"}` : ''}\n${pullquote.text}\n:::`
    : '';
  fillers.forEach((p, f) => {
    blocks.push(p.join(' '));
    if (pullquote?.filler === f) blocks.push(pq);
    groups.forEach((g, k) => {
      if (slotsFor[k] === f + 1) {
        blocks.push(...g);
        if (pullquote?.group === k) blocks.push(pq);
      }
    });
  });
  if (r.chance(0.08)) blocks.splice(r.between(2, blocks.length), 0, table(a, slots));
  const headingCount = r.between(1, 3);
  const at = new Set<number>();
  for (let h = 1; h <= headingCount; h++) at.add(Math.max(1, Math.round((h * blocks.length) / (headingCount + 1))));
  [...at]
    .sort((x, y) => y - x)
    .forEach((pos) => {
      // never between a paragraph and the pull-quote that repeats it
      const p = blocks[pos]?.startsWith(':::pullquote') ? pos + 1 : pos;
      blocks.splice(p, 0, `## ${cap(fill(r.pick(SUBHEADS), a, slots).replace(/\s+/g, ' ').trim())}`);
    });
  if (r.chance(0.05))
    blocks.push(
      '*Artikel ini dibuat otomatis untuk pengujian. Tokoh, lembaga, tempat, dan peristiwa di dalamnya fiktif.*',
    );

  // Frontmatter.
  const fm = [
    '---',
    `title: ${yamlString(title)}`,
    `description: ${yamlString(description)}`,
    `published: ${published}`,
  ];
  if (updated) fm.push(`updated: ${updated}`);
  fm.push(`section: ${section.id}`);
  fm.push(`tags: [${tags.map(yamlString).join(', ')}]`);
  if (chosen.length) fm.push(`experts: [${chosen.map((e) => e.id).join(', ')}]`);
  const source: Agency | undefined = r.chance(0.2) ? r.pick(AGENCIES) : undefined;
  if (source)
    fm.push(`source: { name: ${yamlString(source.name)}${source.url ? `, url: ${yamlString(source.url)}` : ''} }`);
  if (source || r.chance(0.25)) {
    const [writer, editor] = r.shuffle(DESK_INITIALS);
    const desk = `${writer}/${editor}`;
    fm.push(`credit: ${yamlString(source ? `${desk} (${source.short})` : desk)}`);
  }
  let image: ArticleImage | undefined;
  if (imageSet.has(i)) {
    const variant = section.image;
    image = { file: `${slug}.png`, variant };
    fm.push('image:', `  src: ./${image.file}`, `  alt: ${yamlString(IMAGE_VARIANTS[variant]!.alt)}`);
    if (r.chance(0.7)) fm.push(`  caption: ${yamlString(`Ilustrasi untuk liputan tentang ${topic} di ${a.place}.`)}`);
    if (r.chance(0.8)) fm.push(`  credit: "Ilustrasi: Warta"`);
  }
  const draft = r.chance(0.01);
  if (draft) fm.push('draft: true');
  fm.push('---');

  return { dir: `${a.yyyy}/${a.mm}`, slug, text: `${fm.join('\n')}\n\n${blocks.join('\n\n')}\n`, draft, image };
}
