/** The corpus's experts: fictional people with a role, an affiliation and a section they usually speak for. */

import { stream } from './sampling.ts';
import { pickSection, SECTION_WORLD, type SectionId } from './sections.ts';
import { asciiSlug } from './text.ts';
import { PLACES } from './vocabulary.ts';

export interface Expert {
  /** the file name, from the romanised name */
  id: string;
  /** as displayed; a foreign name in its own script with the romanisation in brackets */
  name: string;
  /** the name in Latin letters, used in running text */
  roman: string;
  /** how the text refers to the expert after the first mention */
  short: string;
  role: string;
  affiliation: string;
  section: SectionId;
  bio?: string;
  url?: string;
}

/** Where a name comes from: Indonesian, Korean, Japanese or Arabic. */
type NameKind = 'id' | 'ko' | 'ja' | 'ar';
type ForeignKind = Exclude<NameKind, 'id'>;

interface Person {
  name: string;
  roman: string;
  short: string;
  kind: NameKind;
}

/** [in its own script, romanised] */
type ForeignName = readonly [string, string];

// Expert names. Foreign ones carry their own script and a romanisation: 박지연 (Park Ji-yeon).
const ID_FIRST: readonly string[] = [
  'Adi',
  'Agus',
  'Ani',
  'Arif',
  'Ayu',
  'Bagas',
  'Bambang',
  'Bayu',
  'Citra',
  'Dedi',
  'Dewi',
  'Dian',
  'Dimas',
  'Eka',
  'Endang',
  'Fajar',
  'Fitri',
  'Galih',
  'Gita',
  'Hana',
  'Hendra',
  'Indah',
  'Intan',
  'Irfan',
  'Joko',
  'Kartika',
  'Laras',
  'Lukman',
  'Maya',
  'Mega',
  'Nanda',
  'Niken',
  'Nur',
  'Putri',
  'Rahmat',
  'Ratna',
  'Reza',
  'Rina',
  'Sari',
  'Siti',
  'Surya',
  'Taufik',
  'Tri',
  'Utami',
  'Wahyu',
  'Wulan',
  'Yoga',
  'Yuni',
  'Zahra',
  'Ilham',
];
const ID_MIDDLE: readonly string[] = [
  'Ayu',
  'Dwi',
  'Nur',
  'Sri',
  'Eka',
  'Putra',
  'Ratna',
  'Adi',
  'Indra',
  'Kusuma',
  'Maulana',
  'Purnama',
];
const ID_LAST: readonly string[] = [
  'Anggraini',
  'Hartono',
  'Saputra',
  'Kusumawati',
  'Lestari',
  'Wulandari',
  'Rahmawati',
  'Ramadhan',
  'Prasetya',
  'Nugroho',
  'Santoso',
  'Wibowo',
  'Setiawan',
  'Hidayat',
  'Pratama',
  'Permana',
  'Siregar',
  'Nasution',
  'Harahap',
  'Sitompul',
  'Manurung',
  'Tanjung',
  'Lubis',
  'Sembiring',
  'Ginting',
  'Wijaya',
  'Halim',
  'Gunawan',
  'Kurniawan',
  'Sutanto',
  'Maharani',
  'Puspitasari',
  'Handayani',
  'Susanti',
  'Fauzi',
  'Hakim',
  'Firmansyah',
  'Darmawan',
  'Suryani',
  'Mahendra',
  'Pohan',
  'Rangkuti',
  'Simatupang',
  'Tambunan',
  'Pattimura',
  'Latuconsina',
  'Mandagi',
  'Wenas',
  'Sinaga',
  'Damanik',
];
const KO_FAMILY: readonly ForeignName[] = [
  ['박', 'Park'],
  ['김', 'Kim'],
  ['이', 'Lee'],
  ['최', 'Choi'],
  ['정', 'Jung'],
  ['한', 'Han'],
  ['윤', 'Yoon'],
  ['장', 'Jang'],
  ['임', 'Lim'],
  ['조', 'Cho'],
];
const KO_GIVEN: readonly ForeignName[] = [
  ['지연', 'Ji-yeon'],
  ['민수', 'Min-su'],
  ['서연', 'Seo-yeon'],
  ['현우', 'Hyun-woo'],
  ['은정', 'Eun-jung'],
  ['도윤', 'Do-yoon'],
  ['수빈', 'Su-bin'],
  ['하은', 'Ha-eun'],
  ['준호', 'Jun-ho'],
  ['미경', 'Mi-kyung'],
];
const JA_FAMILY: readonly ForeignName[] = [
  ['田中', 'Tanaka'],
  ['佐藤', 'Sato'],
  ['鈴木', 'Suzuki'],
  ['高橋', 'Takahashi'],
  ['渡辺', 'Watanabe'],
  ['山本', 'Yamamoto'],
  ['中村', 'Nakamura'],
  ['小林', 'Kobayashi'],
  ['加藤', 'Kato'],
  ['松本', 'Matsumoto'],
];
const JA_GIVEN: readonly ForeignName[] = [
  ['ゆき', 'Yuki'],
  ['健一', 'Kenichi'],
  ['美咲', 'Misaki'],
  ['翔太', 'Shota'],
  ['直子', 'Naoko'],
  ['大輔', 'Daisuke'],
  ['花子', 'Hanako'],
  ['拓也', 'Takuya'],
  ['恵美', 'Emi'],
  ['浩二', 'Koji'],
];
const AR_GIVEN: readonly ForeignName[] = [
  ['أحمد', 'Ahmad'],
  ['فاطمة', 'Fatimah'],
  ['محمد', 'Muhammad'],
  ['ليلى', 'Laila'],
  ['يوسف', 'Yusuf'],
  ['مريم', 'Maryam'],
  ['عمر', 'Umar'],
  ['نور', 'Nur'],
  ['سلمى', 'Salma'],
  ['خالد', 'Khalid'],
];
const AR_FAMILY: readonly ForeignName[] = [
  ['الحسيني', 'al-Husaini'],
  ['المنصور', 'al-Mansur'],
  ['الرشيد', 'al-Rasyid'],
  ['العطار', 'al-Attar'],
  ['الخطيب', 'al-Khatib'],
  ['الأنصاري', 'al-Ansari'],
  ['القاسم', 'al-Qasim'],
  ['الصالح', 'al-Salih'],
];
const FOREIGN_AFFILIATIONS: Readonly<Record<ForeignKind, readonly string[]>> = {
  ko: [
    'Institut Kajian Semenanjung Hanbit, Seoul',
    'Universitas Nasional Gwangseo',
    'Pusat Riset Kebijakan Haeon, Busan',
  ],
  ja: ['Universitas Prefektur Aokawa', 'Institut Riset Kelautan Minatogawa', 'Universitas Shirasagi, Osaka'],
  ar: ['Pusat Kajian Kawasan Teluk Qamariyah', 'Universitas Al-Wasithah', 'Institut Studi Strategis Nahr al-Fajr'],
};

/** `count` experts with distinct ids, 84 % with Indonesian names; the same seed gives the same people. */
export function makeExperts(count: number, seed: string): Expert[] {
  const r = stream(seed, 'experts');
  const experts: Expert[] = [];
  const ids = new Set<string>();
  const domestic = (): Person => {
    const first = r.pick(ID_FIRST);
    const middle = r.chance(0.2) ? ` ${r.pick(ID_MIDDLE)}` : '';
    const name = `${first}${middle} ${r.pick(ID_LAST)}`;
    return { name, roman: name, short: first, kind: 'id' };
  };
  const foreign = (kind: ForeignKind): Person => {
    if (kind === 'ko') {
      const [fh, fr] = r.pick(KO_FAMILY);
      const [gh, gr] = r.pick(KO_GIVEN);
      return { name: `${fh}${gh} (${fr} ${gr})`, roman: `${fr} ${gr}`, short: fr, kind };
    }
    if (kind === 'ja') {
      const [fh, fr] = r.pick(JA_FAMILY);
      const [gh, gr] = r.pick(JA_GIVEN);
      return { name: `${fh}${gh} (${fr} ${gr})`, roman: `${fr} ${gr}`, short: fr, kind };
    }
    const [gh, gr] = r.pick(AR_GIVEN);
    const [fh, fr] = r.pick(AR_FAMILY);
    return { name: `${gh} ${fh} (${gr} ${fr})`, roman: `${gr} ${fr}`, short: gr, kind };
  };
  for (let i = 0; i < count; i++) {
    const x = r.next();
    const kind: NameKind = x < 0.84 ? 'id' : x < 0.9 ? 'ko' : x < 0.95 ? 'ja' : 'ar';
    let person: Person;
    for (let tries = 0; ; tries++) {
      person = kind === 'id' || tries >= 40 ? domestic() : foreign(kind);
      if (!ids.has(asciiSlug(person.roman))) break;
      if (tries > 10_000) throw new Error('experts: ran out of distinct names');
    }
    const id = asciiSlug(person.roman);
    ids.add(id);
    const section = pickSection(r).id;
    const world = SECTION_WORLD[section];
    const role = r.pick(world.roles);
    const place = r.pick(PLACES);
    const field = r.pick(world.fields);
    const affiliation =
      person.kind !== 'id'
        ? r.pick(FOREIGN_AFFILIATIONS[person.kind])
        : r.pick([
            `Universitas ${place}`,
            `Institut Teknologi ${place}`,
            `Lembaga Kajian ${field} ${place}`,
            `Pusat Studi ${field} Universitas ${place}`,
            `Universitas Negeri ${place}`,
            `Yayasan ${field} Nusantara Raya`,
            section === 'kesehatan' ? `Rumah Sakit Umum Daerah ${place}` : `Sekolah Tinggi ${field} ${place}`,
          ]);
    const topics = r.shuffle(world.topics).slice(0, 2);
    const expert: Expert = {
      id,
      name: person.name,
      roman: person.roman,
      short: person.short,
      role,
      affiliation,
      section,
    };
    if (r.chance(0.7))
      expert.bio = `${role} yang meneliti ${topics[0]} dan ${topics[1]} selama lebih dari ${r.between(5, 30)} tahun.`;
    if (r.chance(0.3)) expert.url = `https://contoh.id/pakar/${id}`;
    experts.push(expert);
  }
  return experts;
}
