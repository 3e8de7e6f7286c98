/** The site's sections, what each one writes about, and the tags of the corpus. */
import { slugify } from '../../src/core/slug.ts';
import type { Random } from '../random.ts';
import { titleCase } from './text.ts';
import { COUNTRIES, MISC_TAGS, PLACES } from './vocabulary.ts';

export type SectionId =
  | 'internasional'
  | 'ekonomi'
  | 'sains'
  | 'olahraga'
  | 'lingkungan'
  | 'kesehatan'
  | 'budaya'
  | 'pendidikan';

export interface Section {
  id: SectionId;
  name: string;
  description: string;
  /** how often articles and experts fall in this section, relative to the others */
  weight: number;
  /** the IMAGE_VARIANTS index a lead image of the section gets */
  image: number;
}

/** What a section writes about and who it asks. */
export interface SectionWorld {
  /** running-text form; the tag is the title-cased form */
  topics: readonly string[];
  /** expert roles */
  roles: readonly string[];
  /** fields of the institutions in the news (Dinas …, Kementerian …) */
  fields: readonly string[];
  /** price headlines (ekonomi) */
  commodities?: readonly string[];
  /** match-result headlines (olahraga) */
  teams?: readonly string[];
}

/** The site's sections; `image` is the IMAGE_VARIANTS index a lead image of the section gets. */
export const SECTIONS: readonly Section[] = [
  {
    id: 'internasional',
    name: 'Internasional',
    description: 'Berita dan analisis tentang peristiwa dunia, diplomasi, dan keamanan kawasan.',
    weight: 18,
    image: 3,
  },
  {
    id: 'ekonomi',
    name: 'Ekonomi',
    description: 'Kabar harga, pasar, usaha, dan kebijakan yang memengaruhi dompet rumah tangga.',
    weight: 18,
    image: 1,
  },
  {
    id: 'sains',
    name: 'Sains & Teknologi',
    description: 'Penemuan ilmiah, antariksa, dan teknologi yang mengubah cara kita hidup dan bekerja.',
    weight: 12,
    image: 4,
  },
  {
    id: 'olahraga',
    name: 'Olahraga',
    description: 'Hasil pertandingan, kabar atlet, dan ilmu di balik prestasi olahraga.',
    weight: 12,
    image: 5,
  },
  {
    id: 'lingkungan',
    name: 'Lingkungan',
    description: 'Liputan tentang iklim, energi, alam, dan upaya menjaga bumi tetap layak huni.',
    weight: 12,
    image: 2,
  },
  {
    id: 'kesehatan',
    name: 'Kesehatan',
    description: 'Penyakit, gizi, layanan kesehatan, dan cara hidup sehat sehari-hari.',
    weight: 10,
    image: 0,
  },
  {
    id: 'budaya',
    name: 'Budaya & Gaya Hidup',
    description: 'Seni, musik, kuliner, buku, dan tradisi dari berbagai daerah.',
    weight: 9,
    image: 0,
  },
  {
    id: 'pendidikan',
    name: 'Pendidikan',
    description: 'Sekolah, kampus, guru, dan kebijakan yang menentukan masa depan anak-anak.',
    weight: 9,
    image: 1,
  },
];

/** Per section: topics (running-text form; the tag is the title-cased form), expert roles, fields. */
export const SECTION_WORLD = {
  internasional: {
    topics: [
      'diplomasi maritim',
      'sengketa perbatasan',
      'perundingan damai',
      'sanksi ekonomi',
      'aliansi keamanan',
      'pengungsi iklim',
      'kerja sama regional',
      'pemilihan umum',
      'krisis pangan global',
      'bantuan kemanusiaan',
      'hubungan bilateral',
      'perjanjian dagang',
      'keamanan siber',
      'konferensi tingkat tinggi',
      'diaspora',
      'perdagangan senjata',
      'misi perdamaian',
      'kebijakan luar negeri',
      'jalur pelayaran',
      'utang luar negeri',
      'ketegangan kawasan',
      'pengawasan nuklir',
      'hak asasi manusia',
      'kedutaan besar',
      'forum kawasan',
      'diplomasi jalur kedua',
      'pasukan penjaga perdamaian',
    ],
    roles: [
      'Profesor Hubungan Internasional',
      'Peneliti Senior Kajian Asia Timur',
      'Analis Keamanan Maritim',
      'Dosen Studi Diplomasi',
      'Peneliti Kajian Timur Tengah',
      'Pengamat Politik Internasional',
    ],
    fields: ['Luar Negeri', 'Hubungan Internasional', 'Keamanan Kawasan', 'Studi Strategis'],
  },
  ekonomi: {
    topics: [
      'harga cabai',
      'harga beras',
      'inflasi inti',
      'suku bunga',
      'nilai tukar rupiah',
      'ekspor kopi',
      'UMKM',
      'pajak digital',
      'upah minimum',
      'koperasi',
      'pinjaman daring',
      'pasar saham',
      'investasi asing',
      'subsidi energi',
      'daya beli',
      'industri tekstil',
      'pariwisata',
      'properti',
      'ekonomi digital',
      'tabungan rumah tangga',
      'perdagangan daring',
      'logistik',
      'harga minyak goreng',
      'utang negara',
      'pendapatan daerah',
      'harga bawang',
      'ekspor rumput laut',
    ],
    roles: [
      'Ekonom Senior',
      'Peneliti Kebijakan Pangan',
      'Analis Pasar Modal',
      'Dosen Ekonomi Pembangunan',
      'Peneliti Ketenagakerjaan',
      'Pengamat Perbankan',
    ],
    fields: ['Perdagangan', 'Ekonomi', 'Keuangan Daerah', 'Koperasi dan UMKM'],
    commodities: [
      'Cabai Rawit',
      'Beras Medium',
      'Bawang Merah',
      'Minyak Goreng',
      'Gula Pasir',
      'Telur Ayam',
      'Daging Sapi',
      'Kopi Robusta',
    ],
  },
  sains: {
    topics: [
      'gerhana bulan',
      'kecerdasan buatan',
      'satelit cuaca',
      'penelitian vaksin',
      'robotika',
      'energi fusi',
      'teleskop radio',
      'genetika padi',
      'komputasi awan',
      'keamanan data',
      'baterai litium',
      'drone pertanian',
      'fosil purba',
      'gempa bumi',
      'gunung api',
      'jaringan 5G',
      'aplikasi kesehatan',
      'mikroplastik',
      'antariksa',
      'hujan meteor',
      'bioteknologi',
      'sensor banjir',
      'perangkat lunak terbuka',
      'superkonduktor',
      'observatorium',
      'chip semikonduktor',
    ],
    roles: [
      'Astronom',
      'Peneliti Kecerdasan Buatan',
      'Ahli Vulkanologi',
      'Dosen Teknik Elektro',
      'Peneliti Bioteknologi',
      'Ahli Geofisika',
    ],
    fields: ['Riset dan Inovasi', 'Teknologi Informasi', 'Antariksa', 'Ilmu Kebumian'],
  },
  olahraga: {
    topics: [
      'maraton',
      'sepak bola',
      'bulu tangkis',
      'bola voli',
      'renang',
      'pencak silat',
      'balap sepeda',
      'atletik',
      'liga futsal',
      'panjat tebing',
      'selancar',
      'tenis meja',
      'angkat besi',
      'pelatih nasional',
      'cedera lutut',
      'turnamen junior',
      'stadion baru',
      'suporter',
      'transfer pemain',
      'kejuaraan daerah',
      'lari trail',
      'e-sport',
      'bola basket',
      'dayung',
      'senam',
    ],
    roles: [
      'Pelatih Atletik',
      'Dokter Olahraga',
      'Pengamat Sepak Bola',
      'Ahli Fisiologi Olahraga',
      'Pelatih Bulu Tangkis',
      'Psikolog Olahraga',
    ],
    fields: ['Kepemudaan dan Olahraga', 'Ilmu Keolahragaan', 'Olahraga'],
    teams: [
      'Persatuan Arunika',
      'Garuda Sagara',
      'Banteng Giri Mulya',
      'Elang Teluk Biru',
      'Rajawali Wanareja',
      'Harimau Bukit Cendana',
      'Pesisir Jaya',
      'Kencana Muda',
    ],
  },
  lingkungan: {
    topics: [
      'mangrove',
      'banjir rob',
      'sampah plastik',
      'panel surya',
      'deforestasi',
      'terumbu karang',
      'kualitas udara',
      'daur ulang',
      'kebakaran hutan',
      'krisis air bersih',
      'energi terbarukan',
      'satwa liar',
      'abrasi pantai',
      'pertanian organik',
      'emisi karbon',
      'hutan kota',
      'sungai tercemar',
      'kendaraan listrik',
      'lahan gambut',
      'bank sampah',
      'kekeringan',
      'cuaca ekstrem',
      'kompos',
      'transisi energi',
      'pohon endemik',
    ],
    roles: [
      'Peneliti Ekologi Pesisir',
      'Ahli Hidrologi',
      'Aktivis Lingkungan',
      'Dosen Ilmu Kehutanan',
      'Peneliti Energi Terbarukan',
      'Ahli Klimatologi',
    ],
    fields: ['Lingkungan Hidup', 'Kehutanan', 'Energi', 'Kelautan dan Perikanan'],
  },
  kesehatan: {
    topics: [
      'demam berdarah',
      'gizi anak',
      'stunting',
      'vaksinasi',
      'kesehatan mental',
      'rumah sakit daerah',
      'jaminan kesehatan',
      'obat generik',
      'tuberkulosis',
      'diabetes',
      'tidur sehat',
      'puskesmas',
      'tenaga kesehatan',
      'penyakit jantung',
      'air susu ibu',
      'olahraga ringan',
      'pola makan',
      'kesehatan gigi',
      'flu musiman',
      'obat herbal',
      'layanan darurat',
      'lansia',
      'imunisasi',
      'sanitasi',
      'antibiotik',
    ],
    roles: [
      'Dokter Spesialis Anak',
      'Ahli Epidemiologi',
      'Psikolog Klinis',
      'Ahli Gizi',
      'Dokter Spesialis Penyakit Dalam',
      'Peneliti Kesehatan Masyarakat',
    ],
    fields: ['Kesehatan', 'Kesehatan Masyarakat', 'Gizi', 'Farmasi'],
  },
  budaya: {
    topics: [
      'batik',
      'musik keroncong',
      'festival film',
      'kuliner daerah',
      'tari tradisional',
      'museum',
      'sastra',
      'wayang',
      'bahasa daerah',
      'kopi tubruk',
      'arsitektur kolonial',
      'kerajinan tangan',
      'konser',
      'teater',
      'fotografi',
      'fesyen',
      'buku anak',
      'perpustakaan desa',
      'cagar budaya',
      'pasar malam',
      'seni rupa',
      'gamelan',
      'resep nenek',
      'wisata sejarah',
      'komik',
    ],
    roles: ['Sejarawan', 'Kurator Seni', 'Antropolog', 'Pengamat Musik', 'Budayawan', 'Peneliti Sastra'],
    fields: ['Kebudayaan', 'Pariwisata', 'Sejarah', 'Seni Pertunjukan'],
  },
  pendidikan: {
    topics: [
      'kurikulum baru',
      'sekolah dasar',
      'beasiswa',
      'guru honorer',
      'asesmen nasional',
      'literasi',
      'pendidikan vokasi',
      'perguruan tinggi',
      'sekolah inklusi',
      'pembelajaran daring',
      'zonasi sekolah',
      'minat baca',
      'pendidikan anak usia dini',
      'biaya kuliah',
      'perpustakaan sekolah',
      'mahasiswa baru',
      'pelatihan guru',
      'numerasi',
      'laboratorium sekolah',
      'magang',
      'pendidikan karakter',
      'sekolah pesisir',
      'riset kampus',
      'bahasa asing',
      'sekolah lapang',
    ],
    roles: [
      'Pengamat Pendidikan',
      'Dosen Pendidikan Dasar',
      'Kepala Sekolah',
      'Peneliti Literasi',
      'Guru Besar Pendidikan Bahasa',
      'Peneliti Kebijakan Pendidikan',
    ],
    fields: ['Pendidikan', 'Pendidikan dan Kebudayaan', 'Pendidikan Tinggi'],
  },
} satisfies Record<SectionId, SectionWorld>;

const SECTION_ZIPF_WEIGHTS = SECTIONS.reduce((sum, s) => sum + s.weight, 0);

/** A section, drawn by weight. */
export function pickSection(r: Random): Section {
  let x = r.next() * SECTION_ZIPF_WEIGHTS;
  for (const s of SECTIONS) {
    x -= s.weight;
    if (x < 0) return s;
  }
  return SECTIONS[SECTIONS.length - 1]!;
}

/** ~300 tags: every topic, places, countries and cross-cutting tags, distinct by their page slug. */
export function makeTags(): string[] {
  const tags: string[] = [];
  const slugs = new Set<string>();
  const add = (tag: string) => {
    const slug = slugify(tag);
    if (slugs.has(slug)) return;
    slugs.add(slug);
    tags.push(tag);
  };
  for (const section of SECTIONS) for (const topic of SECTION_WORLD[section.id].topics) add(titleCase(topic));
  for (const tag of [...MISC_TAGS, ...PLACES, ...COUNTRIES]) add(tag);
  return tags;
}
