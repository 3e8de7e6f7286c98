/**
 * The prose: sentence templates with slots ({N} a noun phrase, {S} a subject, {VT} an active verb, …) that
 * are filled from the Zipf-shuffled lexicon and the article's own topic, places and day. The result is
 * Indonesian-looking rather than meaningful.
 */
import type { Random } from '../random.ts';
import type { Lexicon, PartOfSpeech } from './lexicon.ts';
import { Zipf } from './sampling.ts';
import { SECTION_WORLD, type SectionId } from './sections.ts';
import { cap, pad2, thousands, titleCase } from './text.ts';
import {
  CITIZEN_JOBS,
  CITIZEN_NAMES,
  CONNECTORS,
  EVENTS,
  FIXED_SUBJECTS,
  NUMBER_WORDS,
  SINCE,
  TIMES,
} from './vocabulary.ts';

/** The article being written, as far as its sentences need to know it. */
export interface ArticleContext {
  /** the article's own random stream */
  r: Random;
  section: SectionId;
  topic: string;
  /** another topic of the same section */
  topic2: string;
  /** the places of the section (countries for international news) */
  places: readonly string[];
  /** the article's main place */
  place: string;
  /** publication year and month */
  yyyy: string;
  mm: string;
  /** the publication day as the text gives it: "Senin (3/11/2025)" */
  dayLabel: string;
}

/** Fills one kind of slot. */
export type Slot = (a: ArticleContext) => string;

export type SlotName =
  | 'N'
  | 'S'
  | 'AG'
  | 'A'
  | 'VT'
  | 'VI'
  | 'VP'
  | 'PL'
  | 'ORG'
  | 'TOPIC'
  | 'T'
  | 'TS'
  | 'NUM'
  | 'PCT'
  | 'RP'
  | 'CONN'
  | 'EVENT'
  | 'CITIZEN';

export type Slots = Record<SlotName, Slot>;

/** What the sentence templates can ask for; `a` is the article being written. */
export function makeSlots(lex: Lexicon): Slots {
  const z: Record<PartOfSpeech, Zipf<string>> = {
    N: new Zipf(lex.N, 1, 8),
    A: new Zipf(lex.A, 1, 8),
    VT: new Zipf(lex.VT, 1, 8),
    VI: new Zipf(lex.VI, 1, 8),
    VP: new Zipf(lex.VP, 1, 8),
    AG: new Zipf(lex.AG, 1, 8),
  };
  const place = (a: ArticleContext): string => (a.r.chance(0.7) ? a.place : a.r.pick(a.places));
  const org = (a: ArticleContext): string => {
    const r = a.r;
    const field = r.pick(SECTION_WORLD[a.section].fields);
    switch (r.int(6)) {
      case 0:
        return `Dinas ${field} ${place(a)}`;
      case 1:
        return `Badan Statistik Daerah ${place(a)}`;
      case 2:
        return `Lembaga Kajian ${field} ${place(a)}`;
      case 3:
        return `Asosiasi ${titleCase(z.AG.sample(r))} ${place(a)}`;
      case 4:
        return `Kementerian ${field}`;
      default:
        return `Pusat Riset ${field} ${place(a)}`;
    }
  };
  const agent = (a: ArticleContext): string => z.AG.sample(a.r);
  const slots: Slots = {
    N: (a) => {
      const r = a.r;
      const head = z.N.sample(r);
      const x = r.next();
      if (x < 0.4) return head;
      if (x < 0.62) return `${head} ${z.N.sample(r)}`;
      if (x < 0.74) return `${head} yang ${z.A.sample(r)}`;
      if (x < 0.84) return `${head}nya`;
      if (x < 0.93) return `${head} ${a.topic}`;
      return `${head} di ${place(a)}`;
    },
    S: (a) => {
      const x = a.r.next();
      if (x < 0.28) return `para ${agent(a)}`;
      if (x < 0.52) return agent(a);
      if (x < 0.7) return a.r.pick(FIXED_SUBJECTS);
      if (x < 0.8) return `${agent(a)} di ${place(a)}`;
      return org(a);
    },
    AG: agent,
    A: (a) => z.A.sample(a.r),
    VT: (a) => z.VT.sample(a.r),
    VI: (a) => z.VI.sample(a.r),
    VP: (a) => z.VP.sample(a.r),
    PL: place,
    ORG: org,
    TOPIC: (a) => (a.r.chance(0.75) ? a.topic : a.topic2),
    T: (a) => (a.r.chance(0.25) ? `pada ${a.dayLabel}` : a.r.pick(TIMES)),
    TS: (a) => (a.r.chance(0.25) ? a.dayLabel : a.r.pick(SINCE)),
    NUM: (a) => (a.r.chance(0.5) ? a.r.pick(NUMBER_WORDS) : String(a.r.between(2, 90))),
    PCT: (a) => `${a.r.between(1, 45)},${a.r.int(10)}`,
    RP: (a) => `Rp${thousands(a.r.between(2, 400) * 500)}`,
    CONN: (a) => a.r.pick(CONNECTORS),
    EVENT: (a) => a.r.pick(EVENTS),
    CITIZEN: (a) => `${a.r.pick(CITIZEN_NAMES)} (${a.r.between(19, 71)}), ${a.r.pick(CITIZEN_JOBS)} di ${place(a)}`,
  };
  return slots;
}

/** The sentences of the body. */
export const NARRATIVE: readonly string[] = [
  '{CONN} {S} {VT} {N} di {PL} {T}.',
  '{TOPIC} di {PL} {VP} {T}, sementara {S} masih {VI}.',
  'Menurut {S}, {N} yang {VP} itu {A} bagi {S}.',
  '{CONN} {S} {VI} karena {N} semakin {A}.',
  'Data {ORG} menunjukkan {N} naik {PCT} persen dalam {NUM} bulan terakhir.',
  'Hal itu {VP} dalam {N} yang berlangsung di {PL} {T}.',
  '{CONN} {N} {VP} agar {S} dapat {VT} {N}.',
  'Sejak {TS}, {S} di {PL} {VT} {N} secara {A}.',
  '{S} berharap {TOPIC} tidak {VP} oleh {N}.',
  'Sebanyak {NUM} {AG} {VI} untuk {VT} {N}.',
  '{TOPIC} menjadi {N} yang {A} bagi {S} di {PL}.',
  'Biaya {N} diperkirakan mencapai {RP} per bulan.',
  '{S} juga {VT} {N} dan {VT} {N}.',
  'Tidak sedikit {AG} yang {VI} setelah {N} {VP}.',
  '{CONN} {ORG} {VT} {N} untuk {VT} {TOPIC}.',
  'Persoalan {TOPIC} sebenarnya bukan hal baru bagi {S} di {PL}.',
  '{N} yang {VP} {T} dinilai {A} oleh {S}.',
  'Di {PL}, {N} {VP} hampir setiap {EVENT}.',
  '{S} mengaku {VI} karena {N} makin {A} menjelang {EVENT}.',
  'Laporan {ORG} menyebutkan {N} {VP} sebesar {RP}.',
  '{CONN} {AG} dan {AG} {VI} bersama untuk {VT} {N}.',
  'Upaya {VT} {N} di {PL} masih {VP} oleh {N}.',
];

/** Narrative templates that read well after "bahwa" (no leading connector). */
export const CLAUSES: readonly string[] = NARRATIVE.filter((t) => !t.startsWith('{CONN}'));

/** First sentences: the topic, the place and the day. */
export const LEADS: readonly string[] = [
  '{TOPIC} di {PL} kembali menjadi sorotan setelah {S} {VT} {N} pada {DAY}.',
  '{S} di {PL} {VT} {N} pada {DAY}, di tengah {TOPIC} yang makin {A}.',
  'Persoalan {TOPIC} di {PL} {VP} dalam {N} yang digelar pada {DAY}.',
  'Sejak {TS}, {TOPIC} di {PL} terus {VP} oleh {S}.',
];

/** What experts say (the text of a :quote[…]). */
export const QUOTES: readonly string[] = [
  '{TOPIC} itu {A} karena {N} belum {VP}',
  'Kami melihat {N} semakin {A}, terutama di {PL}',
  'Yang {A} bukan {N}, melainkan {N} yang {VP} oleh {S}',
  'Kalau {N} tidak {VP}, {S} akan {VI}',
  '{S} perlu {VT} {N} sebelum {N} makin {A}',
  'Ini bukan soal {N} saja, tetapi juga {N} yang {VP} setiap {EVENT}',
  'Masalahnya, {N} di {PL} tidak pernah {VP} secara {A}',
  'Kita harus {VT} {TOPIC} dengan {N} yang lebih {A}',
  'Saya kira {S} sudah {VT} {N}, tetapi hasilnya belum {A}',
];

/** What a person in the street says. */
export const CITIZEN_QUOTES: readonly string[] = [
  'Sekarang {N} makin {A}, jadi kami harus {VT} {N}',
  'Dulu tidak begini. Sejak {TS}, {N} terus {VP}',
  'Kami hanya ingin {N} yang {A}',
];

/** `##` headings. */
export const SUBHEADS: readonly string[] = [
  '{TOPIC} di {PL}',
  'Apa kata {S}?',
  '{N} yang {A}',
  'Dampak bagi {AG}',
  'Tantangan {N}',
  'Langkah {ORG}',
  'Menunggu {N}',
  'Mengapa {TOPIC} {VI}?',
  '{N} dan {N}',
];

/** Titles (title-cased after filling). */
export const HEADLINES: readonly string[] = [
  '{TOPIC1} di {PL} {VP} {T}',
  'Mengapa {TOPIC1} Makin {A}?',
  '{AG} {PL} {VT} {TOPIC1}',
  '{ORG} {VT} {N}',
  'Apa Itu {TOPIC1}? Ini Penjelasan Pakar',
  '{TOPIC1} {VP} Jelang {EVENT}',
  'Warga {PL} {VI} di Tengah {TOPIC1}',
  '{NUMW} Hal tentang {TOPIC1} yang Perlu Diketahui',
  '{TOPIC1}: {AG} {PL} {VI}',
  'Ketika {TOPIC1} {VI} di {PL}',
  '{TOPIC1} & {TOPIC2}: {N} yang {A}',
  '"{A}", {TOPIC1} di {PL} {VI}',
  '{AG} {VI}, {TOPIC1} di {PL} {VP}',
];

/** Sentences with a colon between digits (a time, a ratio). */
export const COLON_SENTENCES: readonly string[] = [
  'Rapat itu dimulai pukul {CLOCK} WIB di kantor {ORG}.',
  'Hingga pukul {CLOCK} WIB, {S} masih {VI} di {PL}.',
  '{ORG} mencatat rasio {RATIO} antara {N} dan {N}.',
];

/** The template with every {SLOT} filled; {DAY}, {TOPIC1}, {TOPIC2}, {NUMW}, {CLOCK} and {RATIO} are the article's own or drawn here. */
export function fill(template: string, a: ArticleContext, slots: Slots): string {
  const lookup: Readonly<Record<string, Slot | undefined>> = slots;
  return template.replace(/\{([A-Z0-9]+)\}/g, (_, key: string) => {
    const slot = lookup[key];
    if (slot) return slot(a);
    switch (key) {
      case 'DAY':
        return a.dayLabel;
      case 'TOPIC1':
        return a.topic;
      case 'TOPIC2':
        return a.topic2;
      case 'NUMW':
        return a.r.pick(['Tiga', 'Empat', 'Lima', 'Enam', 'Tujuh']);
      case 'CLOCK':
        return `${pad2(a.r.between(7, 21))}:${pad2(a.r.int(12) * 5)}`;
      case 'RATIO':
        return `${a.r.between(2, 9)}:${a.r.between(1, 3)}`;
      default:
        throw new Error(`template slot {${key}} is unknown`);
    }
  });
}

/** A finished sentence: filled, spaces tidied, first letter capitalised. */
export function sentence(template: string, a: ArticleContext, slots: Slots): string {
  return cap(fill(template, a, slots).replace(/\s+/g, ' ').replace(/ ,/g, ',').trim());
}

/** n narrative sentences, with `extra` (if any) at a random place among them. */
export function paragraph(a: ArticleContext, slots: Slots, n: number, extra?: string): string[] {
  const sentences: string[] = [];
  for (let i = 0; i < n; i++) sentences.push(sentence(a.r.pick(NARRATIVE), a, slots));
  if (extra) sentences.splice(a.r.int(sentences.length + 1), 0, extra);
  return sentences;
}

/** A small Markdown table of made-up figures for a few places, with its (fictional) source. */
export function table(a: ArticleContext, slots: Slots): string {
  const r = a.r;
  const year = Number(a.yyyy);
  const rows = r.shuffle(a.places).slice(0, r.between(3, 5));
  const label = r.pick(['Wilayah', 'Daerah', 'Kabupaten']);
  const lines = [`| ${label} | ${year - 2} | ${year - 1} | Perubahan |`, '|---|---:|---:|---:|'];
  for (const place of rows) {
    const before = r.between(200, 9000);
    const after = Math.max(1, Math.round(before * (0.7 + r.next() * 0.7)));
    const change = Math.round(((after - before) / before) * 100);
    lines.push(`| ${place} | ${thousands(before)} | ${thousands(after)} | ${change >= 0 ? '+' : ''}${change}% |`);
  }
  return `${lines.join('\n')}\n\n*Sumber: ${slots.ORG(a)} (data fiktif).*`;
}
