#!/usr/bin/env node
// Writes a synthetic Warta content folder (sections, experts, articles) for search tests and benchmarks:
// 1,000 to 50,000 fictional Indonesian news articles in exactly the content format of
// docs/content-format.md, so the folder passes the build-time validator and can be built with
// WARTA_CONTENT_DIR=DIR.
//
//   npx node scripts/generate-content.mjs --out DIR --articles N [--seed S] [--experts E] [--images K]
//   npm run generate -- --out /tmp/gen10k --articles 10000
//
// Deterministic: the same arguments give byte-identical files (seeded mulberry32; no Math.random, no clock
// in the output). DIR is deleted first, but only when it does not exist or holds the `.warta-generated`
// marker this script writes; any other folder is refused, so a real content folder is never wiped.
//
// Everything is made up: people, institutions, places and events are combined from word lists. The prose
// is Indonesian-looking rather than meaningful, with real morphology (kunjungan, berkunjung, mengunjungi,
// pengunjung; membaca, pembaca, bacaan) so that stemming and ranking can be exercised.

import { existsSync, lstatSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { slugify } from '../src/lib/slug.ts';
import { hash32, Random } from './random.ts';

/** The file that marks a folder as written by this generator (and therefore safe to delete). */
export const MARKER = '.warta-generated';
const MARKER_HEADER = 'Written by scripts/generate-content.mjs.';

/** The newest publication day (Jakarta); articles spread over the ~3 years before it. */
const END_UTC = Date.UTC(2025, 10, 20);
const SPAN_DAYS = 3 * 365;
const DAY_MS = 86_400_000;

// ------------------------------------------------------------------------------------------ randomness

/** An independent stream per purpose (and per article), so one part does not shift another. */
const stream = (seed, label) => new Random(hash32(`${seed}\u001f${label}`));

/** Picks items with probability ∝ 1/(rank + q)^s (Zipf–Mandelbrot): a few are common, most are rare. */
class Zipf {
  constructor(items, s = 1, q = 0) {
    if (items.length === 0) throw new Error('Zipf: no items');
    this.items = items;
    this.cum = new Float64Array(items.length);
    let total = 0;
    for (let i = 0; i < items.length; i++) {
      total += 1 / Math.pow(i + 1 + q, s);
      this.cum[i] = total;
    }
    this.total = total;
  }
  sample(r) {
    const x = r.next() * this.total;
    let lo = 0;
    let hi = this.cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cum[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo];
  }
  /** up to n different items */
  distinct(r, n, key = (x) => x) {
    const out = [];
    const seen = new Set();
    for (let tries = 0; out.length < n && tries < n * 8; tries++) {
      const item = this.sample(r);
      const k = key(item);
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(item);
    }
    return out;
  }
}

// ------------------------------------------------------------------------------------------ text helpers

const cap = (s) => (s ? s[0].toUpperCase() + s.slice(1) : s);
const SMALL_WORDS = new Set(['di', 'ke', 'dari', 'dan', 'yang', 'untuk', 'atas', 'dengan', 'pada', 'dalam', 'oleh', 'atau', 'bagi', 'karena', 'tentang', 'per', 'sebagai', 'hingga']);
/** Indonesian headline case: every word capitalised except short function words. */
const titleCase = (s) =>
  s
    .split(' ')
    .map((w, i) => (i > 0 && SMALL_WORDS.has(w) ? w : w.replace(/^(["'(]?)(\p{Ll})/u, (_, pre, ch) => pre + ch.toUpperCase())))
    .join(' ');

/** Lower-case ASCII words joined by "-" (the id/slug pattern of the content contract). */
function asciiSlug(text) {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** 1234567 → "1.234.567" (Indonesian thousands separator), independent of the machine's ICU data. */
function thousands(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

const countWords = (s) => s.split(/\s+/).filter(Boolean).length;
const yamlString = (s) => JSON.stringify(s); // JSON strings are valid double-quoted YAML scalars
const pad2 = (n) => String(n).padStart(2, '0');

// ------------------------------------------------------------------------------------------ morphology

/**
 * meN-/peN- with the nasal the root's first sound takes: baca → membaca/pembaca, tulis → menulis,
 * kunjung → mengunjungi, sebar → menyebarkan, rawat → merawat, produksi → memproduksi (clusters keep their
 * consonant).
 */
function nasal(prefix, root) {
  const c = root[0];
  const cluster = /^[bcdfgkpst][lr]|^s[kpt]/.test(root);
  if ('aeiou'.includes(c)) return `${prefix}ng${root}`;
  if (c === 'k') return `${prefix}ng${cluster ? root : root.slice(1)}`;
  if (c === 'g' || c === 'h') return `${prefix}ng${root}`;
  if (c === 'p') return `${prefix}m${cluster ? root : root.slice(1)}`;
  if (c === 'b' || c === 'f' || c === 'v') return `${prefix}m${root}`;
  if (c === 't') return `${prefix}n${cluster ? root : root.slice(1)}`;
  if ('dcjz'.includes(c)) return `${prefix}n${root}`;
  if (c === 's') return cluster ? `${prefix}n${root}` : `${prefix}ny${root.slice(1)}`;
  return `${prefix}${root}`;
}

/** Affix patterns: [part of speech, form]. N noun, A adjective, VT active verb, VI intransitive, VP passive, AG person. */
const DERIVE = {
  N: ['N', (r) => r],
  A: ['A', (r) => r],
  V: ['VI', (r) => r],
  an: ['N', (r) => `${r}an`],
  ber: ['VI', (r) => (r[0] === 'r' ? 'be' : 'ber') + r],
  ter: ['VI', (r) => (r[0] === 'r' ? 'te' : 'ter') + r],
  meN: ['VT', (r) => nasal('me', r)],
  'meN-kan': ['VT', (r) => `${nasal('me', r)}kan`],
  'meN-i': ['VT', (r) => `${nasal('me', r)}i`],
  di: ['VP', (r) => `di${r}`],
  'di-kan': ['VP', (r) => `di${r}kan`],
  'di-i': ['VP', (r) => `di${r}i`],
  peN: ['AG', (r) => nasal('pe', r)],
  'peN-an': ['N', (r) => `${nasal('pe', r)}an`],
  'per-an': ['N', (r) => `${r[0] === 'r' ? 'pe' : 'per'}${r}an`],
  'ke-an': ['N', (r) => `ke${r}an`],
};

// One root per line, then its derivations; `POS:word` adds an irregular form as written.
const LEXICON = `
baca meN di peN an ter peN-an
tulis meN di peN an ter peN-an
kunjung meN-i di-i peN ber an
bangun meN di peN-an an ber meN-kan
tanam meN di peN-an an peN
jual meN di peN an peN-an VI:berjualan
beli meN di peN an peN-an
pilih meN di peN an peN-an ter
ajar meN meN-kan di-kan peN peN-an an VI:belajar AG:pelajar N:pelajaran
kerja meN-kan di-kan VI:bekerja AG:pekerja N:pekerjaan
dagang ber per-an an AG:pedagang
tani per-an ber AG:petani
kebun N per-an ber AG:pekebun
ikan N per-an
laut N ke-an
hutan N ke-an
sehat A ke-an meN-kan
aman A ke-an meN-kan di-kan peN-an
adil A ke-an
bijak A ke-an
putus V meN-kan di-kan ke-an
didik meN di peN peN-an ter
teliti A meN di peN peN-an
ukur meN di peN-an an ter
hitung meN di peN-an per-an an ter
kirim meN di peN peN-an an meN-kan
terima meN di peN peN-an
hasil N meN-kan di-kan ber peN peN-an
jalan N ber meN-kan di-kan per-an
ubah meN di per-an ber
tingkat N meN meN-kan di-kan peN-an
turun V meN-kan di-kan peN-an ke-an
naik V meN-kan di-kan ke-an
lindung meN-i di-i per-an peN
kelola meN di peN peN-an
harga N meN-i di-i peN-an ber
pasar N meN-kan di-kan peN-an
pasok meN an peN
dukung meN di peN an
bantu meN di an
cari meN di peN-an peN
temu meN-kan di-kan ber per-an peN-an an
lapor meN-kan di-kan an peN
atur meN di an peN-an ter
guna meN-kan di-kan peN peN-an ber
ikut V meN-i di-i peN
siap A meN-kan di-kan per-an ke-an
rawat meN di per-an peN
tangan N meN-i di-i peN-an
capai meN di peN-an ter
bayar meN di peN-an an
biaya N meN-i di-i peN-an
modal N per-an
pajak N per-an
usaha N ber peN meN-kan per-an
industri N per-an
ekspor N meN di
impor N meN di
produksi N meN di
tumbuh V meN-kan per-an an
kembang ber meN-kan di-kan per-an peN-an peN
bangkit V ke-an meN-kan
rusak A meN ke-an peN-an
bencana N
banjir N ke-an
hujan N ke-an
panas A ke-an meN-kan peN-an
hijau A peN-an
cemar meN-i peN-an ter
buang meN di peN-an an
olah meN di peN-an an
hemat A peN-an meN
air N per-an
listrik N ke-an
panen N meN di
tahan ke-an meN di ber peN-an
dapat meN-kan di-kan peN-an
untung N ke-an meN-kan
rugi N ke-an meN-kan
pinjam meN di peN-an an peN
simpan meN di an peN-an
tabung meN an
uang N ke-an
bank N per-an
harap meN-kan an ber
pikir meN-kan peN an peN-an
rencana N meN-kan di-kan per-an
janji N ber meN-kan
sepakat ke-an meN-i di-i
runding ber per-an
damai A per-an
tegang A ke-an
serang meN di an peN
pimpin meN di peN N:kepemimpinan
suara N meN-kan
wakil N meN-i per-an
undang meN an
hukum N meN an
sidang N per-an
tangkap meN di peN-an an
selidik meN-i di-i peN-an peN
periksa meN di peN-an
jaga meN di peN
lawan N meN per-an
kalah V ke-an meN-kan di-kan
menang V ke-an meN-kan peN
latih meN di peN an ber
tanding ber per-an
lomba N ber per-an
juara N ke-an
lari V ber peN
main V ber peN per-an meN-kan
cetak meN di
tonton meN an peN
sakit A N:penyakit
obat N peN-an meN-i ber
rumah N per-an
gizi N
cegah meN di peN-an
sebar meN-kan di-kan peN-an ter
tular meN meN-kan peN-an
uji meN di peN-an an
coba meN di per-an
amat meN-i di-i peN-an peN
cipta meN-kan di-kan an peN-an
rancang meN di an peN
kaji VT:mengkaji VP:dikaji N:kajian N:pengkajian
tahu VT:mengetahui VP:diketahui N:pengetahuan
sebut meN meN-kan di di-kan
nilai N meN di peN-an
jelas A meN-kan di-kan peN-an
ungkap meN meN-kan di-kan an peN-an
tegas A meN-kan peN-an
aku meN-i di-i peN-an
sampai meN-kan di-kan
tambah meN-kan ber peN-an an
kurang A meN-i peN-an ke-an ber
lanjut ber meN-kan an
mulai V meN di per-an
akhir N ber meN-i di-i
buka meN di peN-an ter
tutup meN di peN-an ter
tunda meN di peN-an
batal meN-kan di-kan peN-an
bahas meN di peN-an an
rumus meN-kan di-kan an peN-an
tetap meN-kan di-kan peN-an
terap meN-kan di-kan peN-an
atas meN-i di-i
hadap meN-i di-i
hadir V meN-i di-i ke-an meN-kan
libat meN-kan di-kan ter N:keterlibatan
kumpul ber meN-kan di-kan peN-an an per-an
sedia meN-kan di-kan peN-an ter per-an N:ketersediaan
butuh meN-kan di-kan ke-an
minta meN di per-an
tawar meN-kan di-kan peN-an an
kendali meN-kan di-kan peN-an
awas meN-i di-i peN-an peN
tinjau meN di an peN-an
angkut meN di an peN-an
kemas meN di an
antar meN di meN-kan
tinggal V meN-kan peN-an
pindah V meN-kan per-an
huni meN-i peN an
kota N per-an
kampung N per-an
sekolah N ber
seni N ke-an AG:seniman
budaya N ke-an ber
film N per-an
tari N an peN
pentas N meN-kan peN-an
waris meN-i an peN
raya meN-kan di-kan per-an
layan meN-i di-i an peN-an
perintah meN-kan di-kan peN peN-an
menteri N ke-an
perang N ber meN-i
senjata N per-an
batas N meN-i di-i per-an peN-an
protes N meN
tolak meN di peN-an
setuju VT:menyetujui VP:disetujui N:persetujuan
aju meN-kan di-kan peN-an
usul meN-kan di-kan an peN
dorong meN di an peN
tekan meN di an peN-an
kuat A ke-an peN-an VT:memperkuat
lemah A ke-an peN-an VI:melemah
besar A VT:memperbesar VI:membesar
baru A peN-an VT:memperbarui
penting A ke-an meN-kan
mudah A ke-an meN-kan
sulit A ke-an meN-kan
bersih A ke-an meN-kan peN-an
indah A ke-an
luas A per-an VI:meluas
dekat A meN-i peN-an
kaya A ke-an
miskin A ke-an
mampu A ke-an
berat A meN-kan ke-an
ringan A meN-kan
resmi A meN-kan peN-an
umum A meN-kan peN-an
tertib A N:ketertiban
mahal A
murah A
ramai A meN-kan ke-an
tinggi A ke-an
rendah A
cepat A VT:mempercepat N:percepatan
lambat A N:perlambatan VI:melambat
stabil A N:kestabilan
kritis A
terang A meN-i peN-an
gelap A ke-an
langka A ke-an
segar A ke-an meN-kan
nyaman A ke-an
serius A
rentan A ke-an
tangguh A ke-an
maju A ke-an meN-kan
gagal A ke-an meN-kan
selamat A ke-an meN-kan
sibuk A ke-an
sejahtera A ke-an meN-kan
tumpuk meN peN-an
gerak ber meN-kan an
jamin meN di an peN-an
ganti meN di peN per-an
catat meN di an peN-an peN
sumbang meN-kan di-kan an peN
pungut meN di an peN-an
tagih meN an peN-an
ladang N ber
sungai N
gunung N N:pegunungan
pulau N ke-an
pantai N
pesisir N
karang N
angin N
iklim N
cuaca N
suhu N
musim N
energi N
surya N
teknologi N
data N
sistem N
aplikasi N
jaring N an
hubung meN-kan an
sambung meN meN-kan an ber
bintang N
bulan N
langit N
gerhana N
planet N
satelit N
jembatan N
kapal N per-an
kereta N
desa N N:pedesaan
wilayah N
daerah N
guru N AG:guru
murid AG:murid
siswa AG:siswa
ilmu N ke-an AG:ilmuwan
buku N meN-kan peN-an
lagu N
musik N AG:musisi
tradisi N
kopi N
teh N
beras N
cabai N
bawang N
minyak N
gula N
garam N
jagung N
sawah N per-an
padi N
ternak AG:peternak N:peternakan VI:beternak
gaji N meN
upah N
publik A
masyarakat N
lembaga N ke-an
parlemen N
duta N ke-an
diplomasi N
aliansi N
sanksi N
militer N
nuklir N
rudal N
vaksin N N:vaksinasi
wisata N ber N:pariwisata AG:wisatawan
lahir V ke-an meN-kan
hidup V ke-an meN-i
asal N ber
rasa N meN-kan di-kan per-an ter
program N
proyek N
anggaran N
kawasan N
sektor N
komunitas N
infrastruktur N
fasilitas N
dana N
target N
risiko N
dampak N ber
peluang N
tantangan N
strategi N
regulasi N
izin N meN-kan di-kan per-an
kontrak N
kualitas N
kapasitas N
skema N
insentif N
subsidi N
tarif N
stok N
komoditas N
tren N
angka N
survei N
indeks N
jadwal N
generasi N
keluarga N
anak N
perempuan N
pemuda N
lansia N
platform N
konten N
informasi N
isu N
krisis N
konflik N
sengketa N
wabah N
gejala N
kasus N
korban N
saksi N
bukti N meN-kan
dokumen N
rapat N
forum N
agenda N
kampanye N ber
partai N
koalisi N
oposisi N
ekonomi N
politik N
sosial A
lingkung N:lingkungan
ekosistem N
spesies N
habitat N
lahan N
gedung N
pabrik N
gudang N
pelabuhan N
bandara N
stasiun N
terminal N
sinyal N
baterai N
mesin N
robot N
sensor N
drone N
algoritma N
inovasi N
riset N
laboratorium N
kurikulum N
kelas N
kampus N
beasiswa N
asrama N
festival N
museum N
panggung N
penonton AG:penonton
stadion N
lapangan N
klub N
liga N
medali N
rekor N
`;

function buildLexicon() {
  const lex = { N: [], A: [], VT: [], VI: [], VP: [], AG: [] };
  const seen = new Set();
  const add = (pos, word) => {
    const key = `${pos}:${word}`;
    if (seen.has(key)) return;
    seen.add(key);
    lex[pos].push(word);
  };
  for (const line of LEXICON.trim().split('\n')) {
    const [root, ...patterns] = line.trim().split(/\s+/);
    for (const pattern of patterns) {
      const literal = /^(N|A|VT|VI|VP|AG):(.+)$/.exec(pattern);
      if (literal) {
        add(literal[1], literal[2]);
        continue;
      }
      const rule = DERIVE[pattern];
      if (!rule) throw new Error(`lexicon: unknown pattern "${pattern}" for root "${root}"`);
      add(rule[0], rule[1](root));
    }
  }
  return lex;
}

// ------------------------------------------------------------------------------------------ the world

/** The site's sections; `image` is the IMAGE_VARIANTS index a lead image of the section gets. */
const SECTIONS = [
  { id: 'internasional', name: 'Internasional', description: 'Berita dan analisis tentang peristiwa dunia, diplomasi, dan keamanan kawasan.', weight: 18, image: 3 },
  { id: 'ekonomi', name: 'Ekonomi', description: 'Kabar harga, pasar, usaha, dan kebijakan yang memengaruhi dompet rumah tangga.', weight: 18, image: 1 },
  { id: 'sains', name: 'Sains & Teknologi', description: 'Penemuan ilmiah, antariksa, dan teknologi yang mengubah cara kita hidup dan bekerja.', weight: 12, image: 4 },
  { id: 'olahraga', name: 'Olahraga', description: 'Hasil pertandingan, kabar atlet, dan ilmu di balik prestasi olahraga.', weight: 12, image: 5 },
  { id: 'lingkungan', name: 'Lingkungan', description: 'Liputan tentang iklim, energi, alam, dan upaya menjaga bumi tetap layak huni.', weight: 12, image: 2 },
  { id: 'kesehatan', name: 'Kesehatan', description: 'Penyakit, gizi, layanan kesehatan, dan cara hidup sehat sehari-hari.', weight: 10, image: 0 },
  { id: 'budaya', name: 'Budaya & Gaya Hidup', description: 'Seni, musik, kuliner, buku, dan tradisi dari berbagai daerah.', weight: 9, image: 0 },
  { id: 'pendidikan', name: 'Pendidikan', description: 'Sekolah, kampus, guru, dan kebijakan yang menentukan masa depan anak-anak.', weight: 9, image: 1 },
];

/** Per section: topics (running-text form; the tag is the title-cased form), expert roles, fields. */
const SECTION_WORLD = {
  internasional: {
    topics: ['diplomasi maritim', 'sengketa perbatasan', 'perundingan damai', 'sanksi ekonomi', 'aliansi keamanan', 'pengungsi iklim', 'kerja sama regional', 'pemilihan umum', 'krisis pangan global', 'bantuan kemanusiaan', 'hubungan bilateral', 'perjanjian dagang', 'keamanan siber', 'konferensi tingkat tinggi', 'diaspora', 'perdagangan senjata', 'misi perdamaian', 'kebijakan luar negeri', 'jalur pelayaran', 'utang luar negeri', 'ketegangan kawasan', 'pengawasan nuklir', 'hak asasi manusia', 'kedutaan besar', 'forum kawasan', 'diplomasi jalur kedua', 'pasukan penjaga perdamaian'],
    roles: ['Profesor Hubungan Internasional', 'Peneliti Senior Kajian Asia Timur', 'Analis Keamanan Maritim', 'Dosen Studi Diplomasi', 'Peneliti Kajian Timur Tengah', 'Pengamat Politik Internasional'],
    fields: ['Luar Negeri', 'Hubungan Internasional', 'Keamanan Kawasan', 'Studi Strategis'],
  },
  ekonomi: {
    topics: ['harga cabai', 'harga beras', 'inflasi inti', 'suku bunga', 'nilai tukar rupiah', 'ekspor kopi', 'UMKM', 'pajak digital', 'upah minimum', 'koperasi', 'pinjaman daring', 'pasar saham', 'investasi asing', 'subsidi energi', 'daya beli', 'industri tekstil', 'pariwisata', 'properti', 'ekonomi digital', 'tabungan rumah tangga', 'perdagangan daring', 'logistik', 'harga minyak goreng', 'utang negara', 'pendapatan daerah', 'harga bawang', 'ekspor rumput laut'],
    roles: ['Ekonom Senior', 'Peneliti Kebijakan Pangan', 'Analis Pasar Modal', 'Dosen Ekonomi Pembangunan', 'Peneliti Ketenagakerjaan', 'Pengamat Perbankan'],
    fields: ['Perdagangan', 'Ekonomi', 'Keuangan Daerah', 'Koperasi dan UMKM'],
    commodities: ['Cabai Rawit', 'Beras Medium', 'Bawang Merah', 'Minyak Goreng', 'Gula Pasir', 'Telur Ayam', 'Daging Sapi', 'Kopi Robusta'],
  },
  sains: {
    topics: ['gerhana bulan', 'kecerdasan buatan', 'satelit cuaca', 'penelitian vaksin', 'robotika', 'energi fusi', 'teleskop radio', 'genetika padi', 'komputasi awan', 'keamanan data', 'baterai litium', 'drone pertanian', 'fosil purba', 'gempa bumi', 'gunung api', 'jaringan 5G', 'aplikasi kesehatan', 'mikroplastik', 'antariksa', 'hujan meteor', 'bioteknologi', 'sensor banjir', 'perangkat lunak terbuka', 'superkonduktor', 'observatorium', 'chip semikonduktor'],
    roles: ['Astronom', 'Peneliti Kecerdasan Buatan', 'Ahli Vulkanologi', 'Dosen Teknik Elektro', 'Peneliti Bioteknologi', 'Ahli Geofisika'],
    fields: ['Riset dan Inovasi', 'Teknologi Informasi', 'Antariksa', 'Ilmu Kebumian'],
  },
  olahraga: {
    topics: ['maraton', 'sepak bola', 'bulu tangkis', 'bola voli', 'renang', 'pencak silat', 'balap sepeda', 'atletik', 'liga futsal', 'panjat tebing', 'selancar', 'tenis meja', 'angkat besi', 'pelatih nasional', 'cedera lutut', 'turnamen junior', 'stadion baru', 'suporter', 'transfer pemain', 'kejuaraan daerah', 'lari trail', 'e-sport', 'bola basket', 'dayung', 'senam'],
    roles: ['Pelatih Atletik', 'Dokter Olahraga', 'Pengamat Sepak Bola', 'Ahli Fisiologi Olahraga', 'Pelatih Bulu Tangkis', 'Psikolog Olahraga'],
    fields: ['Kepemudaan dan Olahraga', 'Ilmu Keolahragaan', 'Olahraga'],
    teams: ['Persatuan Arunika', 'Garuda Sagara', 'Banteng Giri Mulya', 'Elang Teluk Biru', 'Rajawali Wanareja', 'Harimau Bukit Cendana', 'Pesisir Jaya', 'Kencana Muda'],
  },
  lingkungan: {
    topics: ['mangrove', 'banjir rob', 'sampah plastik', 'panel surya', 'deforestasi', 'terumbu karang', 'kualitas udara', 'daur ulang', 'kebakaran hutan', 'krisis air bersih', 'energi terbarukan', 'satwa liar', 'abrasi pantai', 'pertanian organik', 'emisi karbon', 'hutan kota', 'sungai tercemar', 'kendaraan listrik', 'lahan gambut', 'bank sampah', 'kekeringan', 'cuaca ekstrem', 'kompos', 'transisi energi', 'pohon endemik'],
    roles: ['Peneliti Ekologi Pesisir', 'Ahli Hidrologi', 'Aktivis Lingkungan', 'Dosen Ilmu Kehutanan', 'Peneliti Energi Terbarukan', 'Ahli Klimatologi'],
    fields: ['Lingkungan Hidup', 'Kehutanan', 'Energi', 'Kelautan dan Perikanan'],
  },
  kesehatan: {
    topics: ['demam berdarah', 'gizi anak', 'stunting', 'vaksinasi', 'kesehatan mental', 'rumah sakit daerah', 'jaminan kesehatan', 'obat generik', 'tuberkulosis', 'diabetes', 'tidur sehat', 'puskesmas', 'tenaga kesehatan', 'penyakit jantung', 'air susu ibu', 'olahraga ringan', 'pola makan', 'kesehatan gigi', 'flu musiman', 'obat herbal', 'layanan darurat', 'lansia', 'imunisasi', 'sanitasi', 'antibiotik'],
    roles: ['Dokter Spesialis Anak', 'Ahli Epidemiologi', 'Psikolog Klinis', 'Ahli Gizi', 'Dokter Spesialis Penyakit Dalam', 'Peneliti Kesehatan Masyarakat'],
    fields: ['Kesehatan', 'Kesehatan Masyarakat', 'Gizi', 'Farmasi'],
  },
  budaya: {
    topics: ['batik', 'musik keroncong', 'festival film', 'kuliner daerah', 'tari tradisional', 'museum', 'sastra', 'wayang', 'bahasa daerah', 'kopi tubruk', 'arsitektur kolonial', 'kerajinan tangan', 'konser', 'teater', 'fotografi', 'fesyen', 'buku anak', 'perpustakaan desa', 'cagar budaya', 'pasar malam', 'seni rupa', 'gamelan', 'resep nenek', 'wisata sejarah', 'komik'],
    roles: ['Sejarawan', 'Kurator Seni', 'Antropolog', 'Pengamat Musik', 'Budayawan', 'Peneliti Sastra'],
    fields: ['Kebudayaan', 'Pariwisata', 'Sejarah', 'Seni Pertunjukan'],
  },
  pendidikan: {
    topics: ['kurikulum baru', 'sekolah dasar', 'beasiswa', 'guru honorer', 'asesmen nasional', 'literasi', 'pendidikan vokasi', 'perguruan tinggi', 'sekolah inklusi', 'pembelajaran daring', 'zonasi sekolah', 'minat baca', 'pendidikan anak usia dini', 'biaya kuliah', 'perpustakaan sekolah', 'mahasiswa baru', 'pelatihan guru', 'numerasi', 'laboratorium sekolah', 'magang', 'pendidikan karakter', 'sekolah pesisir', 'riset kampus', 'bahasa asing', 'sekolah lapang'],
    roles: ['Pengamat Pendidikan', 'Dosen Pendidikan Dasar', 'Kepala Sekolah', 'Peneliti Literasi', 'Guru Besar Pendidikan Bahasa', 'Peneliti Kebijakan Pendidikan'],
    fields: ['Pendidikan', 'Pendidikan dan Kebudayaan', 'Pendidikan Tinggi'],
  },
};

const PLACES = ['Arunika', 'Wanareja', 'Sagara Jaya', 'Banyu Lestari', 'Giri Mulya', 'Karang Sari', 'Tirta Kencana', 'Mekar Sari', 'Pelita Raya', 'Sendang Asri', 'Batu Layar', 'Teluk Biru', 'Sungai Rindang', 'Kota Selaras', 'Lembah Hijau', 'Tanjung Permata', 'Bukit Cendana', 'Pulau Sirih', 'Rawa Indah', 'Danau Biru', 'Nusa Kenari', 'Padang Ilalang', 'Muara Jernih', 'Bandar Kemuning', 'Watu Gede', 'Kali Bening', 'Ranu Asih', 'Gunung Sari Wangi', 'Sukamekar', 'Loka Damai'];
const COUNTRIES = ['Negara Kepulauan Arunika', 'Republik Estvania', 'Federasi Koravia', 'Kepulauan Solenne', 'Republik Tamaru', 'Kesultanan Qamar', 'Konfederasi Ardenna', 'Kerajaan Valmora', 'Republik Serani', 'Persemakmuran Odessia'];
const MISC_TAGS = ['Energi & Iklim', 'Pangan & Pertanian', 'Seni & Budaya', 'Riset & Inovasi', 'Kota & Desa', 'Data & Grafik', 'Laut & Pesisir', 'Kerja & Upah', 'Air & Sanitasi', 'Sehat & Bugar', 'Ibu & Anak', 'Hukum & Keadilan', 'Gaya Hidup', 'Analisis', 'Wawancara', 'Cek Fakta', 'Liputan Khusus', 'Tanya Jawab', 'Kilas Balik', 'Akhir Pekan', 'Profil', 'Tajuk', 'Pilkada Arunika', 'Liga Nusantara Raya', 'Festival Sagara', 'Musim Hujan', 'Musim Kemarau', 'Akhir Tahun', 'Ramadan', 'Tahun Ajaran Baru', 'Harga Pangan', 'Inflasi', 'Keamanan Asia', 'Asia Tenggara', 'Pasifik', 'Generasi Muda', 'Perempuan', 'Disabilitas', 'Desa Wisata', 'Transportasi Publik', 'Banjir', 'Gempa', 'Petani', 'Nelayan', 'Guru', 'Mudik', 'Anggaran Daerah', 'Pelayanan Publik', 'Kebijakan Publik', 'Startup', 'Ekonomi Kreatif', 'Riset Kampus', 'Sejarah Lokal', 'Kuliner', 'Olahraga Rakyat', 'Kota Layak Huni', 'Q&A Warga'];

const EVENTS = ['akhir tahun', 'musim hujan', 'Lebaran', 'musim kemarau', 'tahun ajaran baru', 'pemilu daerah', 'libur sekolah', 'panen raya', 'Ramadan', 'musim mudik'];
const FIXED_SUBJECTS = ['pemerintah daerah', 'pemerintah pusat', 'warga setempat', 'para ahli', 'sejumlah pihak', 'masyarakat', 'pelaku usaha', 'kalangan akademisi', 'DPRD setempat', 'pemerintah desa', 'aparat setempat', 'organisasi masyarakat sipil'];
const CONNECTORS = ['', '', '', 'Namun,', 'Selain itu,', 'Sementara itu,', 'Di sisi lain,', 'Menurut data terbaru,', 'Oleh karena itu,', 'Meski demikian,', 'Dalam beberapa tahun terakhir,', 'Akibatnya,', 'Pada saat yang sama,'];
const TIMES = ['pekan lalu', 'pada awal bulan ini', 'sejak tahun lalu', 'dalam tiga bulan terakhir', 'pada akhir pekan', 'sejak awal tahun', 'bulan depan', 'tahun depan', 'dalam beberapa pekan terakhir', 'pada pagi hari', 'menjelang musim hujan', 'setelah panen raya'];
const SINCE = ['awal tahun', 'pekan lalu', 'tahun lalu', 'awal bulan ini', 'beberapa bulan lalu', 'musim hujan lalu', 'dua tahun terakhir'];
const NUMBER_WORDS = ['dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'belasan', 'puluhan', 'ratusan'];
const DAY_NAMES = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];
const SAY = ['mengatakan', 'menilai', 'berpendapat', 'menjelaskan', 'mengingatkan', 'memperkirakan', 'menegaskan'];
const SAID = ['kata', 'ujar', 'tutur', 'jelas', 'tambah'];
const CITIZEN_NAMES = ['Sumiati', 'Nurhayati', 'Slamet', 'Wartini', 'Darsono', 'Yuliani', 'Marno', 'Kasih', 'Tarsih', 'Ujang', 'Komang', 'Ketut', 'Ponirah', 'Samsul', 'Rohimah', 'Udin', 'Ningsih', 'Bonar', 'Marlina', 'Asep'];
const CITIZEN_JOBS = ['pedagang sayur', 'nelayan', 'petani kopi', 'pengemudi ojek', 'ibu rumah tangga', 'guru honorer', 'mahasiswa', 'pemilik warung makan', 'buruh pabrik', 'penjual bakso', 'perajin batik', 'pelari amatir', 'penjaga sekolah', 'sopir angkot'];

const AGENCIES = [
  { name: 'Kantor Berita Nusantara Raya', short: 'KBNR', url: 'https://kbnr.example/' },
  { name: 'Arunika Press Agency', short: 'ArPA', url: 'https://arunikapress.example/berita/' },
  { name: 'Sagara News Service', short: 'SNS' },
  { name: 'Kabar Pesisir', short: 'KP', url: 'https://kabarpesisir.example/' },
  { name: 'Lintas Kawasan', short: 'LK' },
];
const DESK_INITIALS = ['kp', 'rs', 'ae', 'dw', 'hp', 'na', 'yf', 'ts', 'bm', 'lw', 'ip', 'gr'];

// Expert names. Foreign ones carry their own script and a romanisation: 박지연 (Park Ji-yeon).
const ID_FIRST = ['Adi', 'Agus', 'Ani', 'Arif', 'Ayu', 'Bagas', 'Bambang', 'Bayu', 'Citra', 'Dedi', 'Dewi', 'Dian', 'Dimas', 'Eka', 'Endang', 'Fajar', 'Fitri', 'Galih', 'Gita', 'Hana', 'Hendra', 'Indah', 'Intan', 'Irfan', 'Joko', 'Kartika', 'Laras', 'Lukman', 'Maya', 'Mega', 'Nanda', 'Niken', 'Nur', 'Putri', 'Rahmat', 'Ratna', 'Reza', 'Rina', 'Sari', 'Siti', 'Surya', 'Taufik', 'Tri', 'Utami', 'Wahyu', 'Wulan', 'Yoga', 'Yuni', 'Zahra', 'Ilham'];
const ID_MIDDLE = ['Ayu', 'Dwi', 'Nur', 'Sri', 'Eka', 'Putra', 'Ratna', 'Adi', 'Indra', 'Kusuma', 'Maulana', 'Purnama'];
const ID_LAST = ['Anggraini', 'Hartono', 'Saputra', 'Kusumawati', 'Lestari', 'Wulandari', 'Rahmawati', 'Ramadhan', 'Prasetya', 'Nugroho', 'Santoso', 'Wibowo', 'Setiawan', 'Hidayat', 'Pratama', 'Permana', 'Siregar', 'Nasution', 'Harahap', 'Sitompul', 'Manurung', 'Tanjung', 'Lubis', 'Sembiring', 'Ginting', 'Wijaya', 'Halim', 'Gunawan', 'Kurniawan', 'Sutanto', 'Maharani', 'Puspitasari', 'Handayani', 'Susanti', 'Fauzi', 'Hakim', 'Firmansyah', 'Darmawan', 'Suryani', 'Mahendra', 'Pohan', 'Rangkuti', 'Simatupang', 'Tambunan', 'Pattimura', 'Latuconsina', 'Mandagi', 'Wenas', 'Sinaga', 'Damanik'];
const KO_FAMILY = [['박', 'Park'], ['김', 'Kim'], ['이', 'Lee'], ['최', 'Choi'], ['정', 'Jung'], ['한', 'Han'], ['윤', 'Yoon'], ['장', 'Jang'], ['임', 'Lim'], ['조', 'Cho']];
const KO_GIVEN = [['지연', 'Ji-yeon'], ['민수', 'Min-su'], ['서연', 'Seo-yeon'], ['현우', 'Hyun-woo'], ['은정', 'Eun-jung'], ['도윤', 'Do-yoon'], ['수빈', 'Su-bin'], ['하은', 'Ha-eun'], ['준호', 'Jun-ho'], ['미경', 'Mi-kyung']];
const JA_FAMILY = [['田中', 'Tanaka'], ['佐藤', 'Sato'], ['鈴木', 'Suzuki'], ['高橋', 'Takahashi'], ['渡辺', 'Watanabe'], ['山本', 'Yamamoto'], ['中村', 'Nakamura'], ['小林', 'Kobayashi'], ['加藤', 'Kato'], ['松本', 'Matsumoto']];
const JA_GIVEN = [['ゆき', 'Yuki'], ['健一', 'Kenichi'], ['美咲', 'Misaki'], ['翔太', 'Shota'], ['直子', 'Naoko'], ['大輔', 'Daisuke'], ['花子', 'Hanako'], ['拓也', 'Takuya'], ['恵美', 'Emi'], ['浩二', 'Koji']];
const AR_GIVEN = [['أحمد', 'Ahmad'], ['فاطمة', 'Fatimah'], ['محمد', 'Muhammad'], ['ليلى', 'Laila'], ['يوسف', 'Yusuf'], ['مريم', 'Maryam'], ['عمر', 'Umar'], ['نور', 'Nur'], ['سلمى', 'Salma'], ['خالد', 'Khalid']];
const AR_FAMILY = [['الحسيني', 'al-Husaini'], ['المنصور', 'al-Mansur'], ['الرشيد', 'al-Rasyid'], ['العطار', 'al-Attar'], ['الخطيب', 'al-Khatib'], ['الأنصاري', 'al-Ansari'], ['القاسم', 'al-Qasim'], ['الصالح', 'al-Salih']];
const FOREIGN_AFFILIATIONS = {
  ko: ['Institut Kajian Semenanjung Hanbit, Seoul', 'Universitas Nasional Gwangseo', 'Pusat Riset Kebijakan Haeon, Busan'],
  ja: ['Universitas Prefektur Aokawa', 'Institut Riset Kelautan Minatogawa', 'Universitas Shirasagi, Osaka'],
  ar: ['Pusat Kajian Kawasan Teluk Qamariyah', 'Universitas Al-Wasithah', 'Institut Studi Strategis Nahr al-Fajr'],
};

function makeExperts(count, seed) {
  const r = stream(seed, 'experts');
  const experts = [];
  const ids = new Set();
  const domestic = () => {
    const first = r.pick(ID_FIRST);
    const middle = r.chance(0.2) ? ` ${r.pick(ID_MIDDLE)}` : '';
    const name = `${first}${middle} ${r.pick(ID_LAST)}`;
    return { name, roman: name, short: first, kind: 'id' };
  };
  const foreign = (kind) => {
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
    const kind = x < 0.84 ? 'id' : x < 0.9 ? 'ko' : x < 0.95 ? 'ja' : 'ar';
    let person;
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
    const expert = { id, name: person.name, roman: person.roman, short: person.short, role, affiliation, section };
    if (r.chance(0.7)) expert.bio = `${role} yang meneliti ${topics[0]} dan ${topics[1]} selama lebih dari ${r.between(5, 30)} tahun.`;
    if (r.chance(0.3)) expert.url = `https://contoh.id/pakar/${id}`;
    experts.push(expert);
  }
  return experts;
}

const SECTION_ZIPF_WEIGHTS = SECTIONS.reduce((sum, s) => sum + s.weight, 0);
function pickSection(r) {
  let x = r.next() * SECTION_ZIPF_WEIGHTS;
  for (const s of SECTIONS) {
    x -= s.weight;
    if (x < 0) return s;
  }
  return SECTIONS[SECTIONS.length - 1];
}

/** ~300 tags: every topic, places, countries and cross-cutting tags, distinct by their page slug. */
function makeTags() {
  const tags = [];
  const slugs = new Set();
  const add = (tag) => {
    const slug = slugify(tag);
    if (slugs.has(slug)) return;
    slugs.add(slug);
    tags.push(tag);
  };
  for (const section of SECTIONS) for (const topic of SECTION_WORLD[section.id].topics) add(titleCase(topic));
  for (const tag of [...MISC_TAGS, ...PLACES, ...COUNTRIES]) add(tag);
  return tags;
}

// ------------------------------------------------------------------------------------------ images

const IMAGE_W = 1200;
const IMAGE_H = 675;

/** Simple flat illustrations (no text, so no fonts), each with the alt text that describes it. */
const IMAGE_VARIANTS = [
  {
    alt: 'Ilustrasi matahari jingga di atas tiga lapis bukit hijau',
    svg: () => `<rect width="1200" height="675" fill="#f6d7a7"/><circle cx="820" cy="250" r="110" fill="#e8743b"/>
<path d="M0 430 Q300 300 620 420 T1200 380 V675 H0Z" fill="#a7c957"/>
<path d="M0 520 Q380 400 760 510 T1200 470 V675 H0Z" fill="#6a994e"/>
<path d="M0 600 Q420 520 840 600 T1200 580 V675 H0Z" fill="#386641"/>`,
  },
  {
    alt: 'Ilustrasi grafik batang biru yang makin tinggi dari kiri ke kanan',
    svg: () => {
      const bars = [120, 170, 150, 230, 280, 260, 360, 420]
        .map((h, i) => `<rect x="${150 + i * 115}" y="${560 - h}" width="80" height="${h}" fill="${i === 7 ? '#1e3a8a' : '#3b82f6'}"/>`)
        .join('');
      return `<rect width="1200" height="675" fill="#f1f5f9"/><rect x="110" y="560" width="980" height="6" fill="#334155"/>${bars}`;
    },
  },
  {
    alt: 'Ilustrasi empat lapis gelombang laut biru di bawah langit kuning pucat',
    svg: () => {
      const colors = ['#93c5fd', '#60a5fa', '#2563eb', '#1e3a8a'];
      const waves = colors
        .map((c, i) => {
          const y = 330 + i * 85;
          return `<path d="M0 ${y} Q150 ${y - 50} 300 ${y} T600 ${y} T900 ${y} T1200 ${y} V675 H0Z" fill="${c}"/>`;
        })
        .join('');
      return `<rect width="1200" height="675" fill="#fef3c7"/><circle cx="240" cy="150" r="70" fill="#fbbf24"/>${waves}`;
    },
  },
  {
    alt: 'Ilustrasi siluet gedung-gedung kota berwarna abu-abu di depan langit ungu muda',
    svg: () => {
      const heights = [260, 380, 300, 450, 340, 400, 280, 360, 240];
      const shades = ['#475569', '#64748b', '#334155'];
      const blocks = heights.map((h, i) => `<rect x="${i * 134}" y="${675 - h}" width="124" height="${h}" fill="${shades[i % 3]}"/>`).join('');
      return `<rect width="1200" height="675" fill="#ddd6fe"/><circle cx="1000" cy="140" r="60" fill="#f5f3ff"/>${blocks}`;
    },
  },
  {
    alt: 'Ilustrasi lingkaran-lingkaran konsentris merah, merah muda, dan kuning di atas latar krem',
    svg: () => {
      const colors = ['#dc2626', '#fca5a5', '#fde68a', '#dc2626', '#fca5a5', '#fde68a'];
      const rings = colors.map((c, i) => `<circle cx="600" cy="338" r="${300 - i * 50}" fill="${c}"/>`).join('');
      return `<rect width="1200" height="675" fill="#fff7ed"/>${rings}`;
    },
  },
  {
    alt: 'Ilustrasi lapangan sepak bola hijau dilihat dari atas, dengan garis putih dan bola di titik tengah',
    svg: () => {
      const stripes = [0, 2, 4, 6, 8, 10].map((i) => `<rect x="${i * 100}" y="0" width="100" height="675" fill="#16a34a"/>`).join('');
      return `<rect width="1200" height="675" fill="#15803d"/>${stripes}
<g fill="none" stroke="#ffffff" stroke-width="6"><rect x="60" y="60" width="1080" height="555"/><line x1="600" y1="60" x2="600" y2="615"/>
<circle cx="600" cy="338" r="90"/><rect x="60" y="208" width="150" height="260"/><rect x="990" y="208" width="150" height="260"/></g>
<circle cx="600" cy="338" r="16" fill="#ffffff"/>`;
    },
  },
];

async function renderImages(variants) {
  const { default: sharp } = await import('sharp');
  const out = new Map();
  for (const v of variants) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${IMAGE_W}" height="${IMAGE_H}" viewBox="0 0 ${IMAGE_W} ${IMAGE_H}">${IMAGE_VARIANTS[v].svg()}</svg>`;
    out.set(v, await sharp(Buffer.from(svg)).png({ palette: true, colours: 32, compressionLevel: 9, effort: 10, dither: 0 }).toBuffer());
  }
  return out;
}

// ------------------------------------------------------------------------------------------ prose

/** What the sentence templates can ask for; `a` is the article being written. */
function makeSlots(lex) {
  const z = {};
  for (const pos of Object.keys(lex)) z[pos] = new Zipf(lex[pos], 1, 8);
  const place = (a) => (a.r.chance(0.7) ? a.place : a.r.pick(a.places));
  const org = (a) => {
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
  const agent = (a) => z.AG.sample(a.r);
  const slots = {
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

const NARRATIVE = [
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
const CLAUSES = NARRATIVE.filter((t) => !t.startsWith('{CONN}'));

const LEADS = [
  '{TOPIC} di {PL} kembali menjadi sorotan setelah {S} {VT} {N} pada {DAY}.',
  '{S} di {PL} {VT} {N} pada {DAY}, di tengah {TOPIC} yang makin {A}.',
  'Persoalan {TOPIC} di {PL} {VP} dalam {N} yang digelar pada {DAY}.',
  'Sejak {TS}, {TOPIC} di {PL} terus {VP} oleh {S}.',
];

const QUOTES = [
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

const CITIZEN_QUOTES = ['Sekarang {N} makin {A}, jadi kami harus {VT} {N}', 'Dulu tidak begini. Sejak {TS}, {N} terus {VP}', 'Kami hanya ingin {N} yang {A}'];

const SUBHEADS = ['{TOPIC} di {PL}', 'Apa kata {S}?', '{N} yang {A}', 'Dampak bagi {AG}', 'Tantangan {N}', 'Langkah {ORG}', 'Menunggu {N}', 'Mengapa {TOPIC} {VI}?', '{N} dan {N}'];

const HEADLINES = [
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

const COLON_SENTENCES = [
  'Rapat itu dimulai pukul {CLOCK} WIB di kantor {ORG}.',
  'Hingga pukul {CLOCK} WIB, {S} masih {VI} di {PL}.',
  '{ORG} mencatat rasio {RATIO} antara {N} dan {N}.',
];

function fill(template, a, slots) {
  return template.replace(/\{([A-Z0-9]+)\}/g, (_, key) => {
    const slot = slots[key];
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
const sentence = (template, a, slots) => cap(fill(template, a, slots).replace(/\s+/g, ' ').replace(/ ,/g, ',').trim());

function paragraph(a, slots, n, extra) {
  const sentences = [];
  for (let i = 0; i < n; i++) sentences.push(sentence(a.r.pick(NARRATIVE), a, slots));
  if (extra) sentences.splice(a.r.int(sentences.length + 1), 0, extra);
  return sentences;
}

function table(a, slots) {
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

// ------------------------------------------------------------------------------------------ one article

function formatLocal(ms, withTime) {
  const d = new Date(ms);
  const date = `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
  return withTime ? `${date}T${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:00+07:00` : date;
}

function makeArticle(i, world) {
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
  let updated;
  if (r.chance(0.1)) {
    const endOfLastDay = END_UTC + DAY_MS - 60_000;
    const upMs = Math.min(pubMs + r.between(6, 72 * 12) * 5 * 60_000, Math.max(endOfLastDay, pubMs + 30 * 60_000));
    updated = formatLocal(upMs, true);
  }
  const day = new Date(dayMs);
  const a = {
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
  let title;
  if (section.id === 'ekonomi' && r.chance(0.25)) {
    title = `Harga ${r.pick(sw.commodities)} ${r.pick(['Naik', 'Turun', 'Melonjak', 'Merosot'])} ${slots.PCT(a)} Persen di ${a.place}`;
  } else if (section.id === 'olahraga' && r.chance(0.25)) {
    const [home, away] = r.shuffle(sw.teams);
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
  for (const tag of tagZipf.distinct(r, r.between(0, 4))) if (!tags.some((t) => slugify(t) === slugify(tag))) tags.push(tag);

  // Experts: 0–3, mostly from the article's section; each one is quoted at least once.
  const wanted = Math.min(experts.length, r.pick([0, 0, 1, 1, 1, 2, 2, 2, 3, 3]));
  const own = expertsBySection[section.id];
  const chosen = [];
  for (let tries = 0; chosen.length < wanted && tries < 50; tries++) {
    const e = own.zipf && r.chance(0.75) ? own.zipf.sample(r) : expertZipf.sample(r);
    if (!chosen.includes(e)) chosen.push(e);
  }

  // Body: lead, filler paragraphs, one group per expert, subheads, optional pull-quote, table, colon text.
  const target = r.between(250, 800);
  const lead = [sentence(r.pick(LEADS), a, slots), ...paragraph(a, slots, r.between(1, 2))];
  let words = countWords(lead.join(' '));
  const quotesOf = new Map();
  const groups = chosen.map((e) => {
    const blocks = [];
    const qs = [];
    const template = r.pick(CLAUSES);
    let clause = fill(template, a, slots).replace(/\s+/g, ' ').replace(/ ,/g, ',').trim().replace(/\.$/, '');
    if (/^[A-Z]/.test(template)) clause = clause[0].toLowerCase() + clause.slice(1);
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
  const fillers = [];
  const colon = r.chance(0.3) ? sentence(r.pick(COLON_SENTENCES), a, slots) : undefined;
  const score =
    section.id === 'olahraga' && r.chance(0.5)
      ? `Pertandingan di ${a.place} ${r.pick(['berakhir', 'ditutup'])} dengan skor ${r.between(0, 5)}:${r.between(0, 4)}.`
      : undefined;
  const citizen = r.chance(0.25) ? `"${sentence(r.pick(CITIZEN_QUOTES), a, slots)}," kata ${slots.CITIZEN(a)}.` : undefined;
  do {
    const p = paragraph(a, slots, r.between(2, 4), fillers.length === 0 ? colon : fillers.length === 1 ? score : undefined);
    fillers.push(p);
    words += countWords(p.join(' '));
  } while (words < target);
  if (citizen) fillers.splice(r.between(1, fillers.length), 0, [citizen]);

  // Interleave expert groups evenly between the filler paragraphs.
  const blocks = [lead.join(' ')];
  // after which filler paragraph (1-based) each group goes; always one that exists, so no expert is lost
  const slotsFor = groups.map((_, k) => Math.min(fillers.length, Math.max(1, Math.round(((k + 1) * fillers.length) / (groups.length + 1)))));
  let pullquote;
  if (r.chance(0.4)) {
    if (chosen.length && r.chance(0.7)) {
      const e = r.pick(chosen);
      const q = r.pick(quotesOf.get(e.id));
      pullquote = { text: q, expert: r.chance(0.75) ? e.id : undefined, group: chosen.indexOf(e) };
    } else {
      const f = r.int(fillers.length);
      // a plain narrative sentence: not the colon text, not a citizen's quote
      const plain = fillers[f].filter((s) => !s.includes(':') && !s.startsWith('"'));
      pullquote = { text: plain.length ? r.pick(plain) : r.pick(lead), filler: f };
    }
  }
  const pq = pullquote && `:::pullquote${pullquote.expert ? `{expert="${pullquote.expert}"}` : ''}\n${pullquote.text}\n:::`;
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
  const at = new Set();
  for (let h = 1; h <= headingCount; h++) at.add(Math.max(1, Math.round((h * blocks.length) / (headingCount + 1))));
  [...at]
    .sort((x, y) => y - x)
    .forEach((pos) => {
      // never between a paragraph and the pull-quote that repeats it
      const p = blocks[pos]?.startsWith(':::pullquote') ? pos + 1 : pos;
      blocks.splice(p, 0, `## ${cap(fill(r.pick(SUBHEADS), a, slots).replace(/\s+/g, ' ').trim())}`);
    });
  if (r.chance(0.05)) blocks.push('*Artikel ini dibuat otomatis untuk pengujian. Tokoh, lembaga, tempat, dan peristiwa di dalamnya fiktif.*');

  // Frontmatter.
  const fm = ['---', `title: ${yamlString(title)}`, `description: ${yamlString(description)}`, `published: ${published}`];
  if (updated) fm.push(`updated: ${updated}`);
  fm.push(`section: ${section.id}`);
  fm.push(`tags: [${tags.map(yamlString).join(', ')}]`);
  if (chosen.length) fm.push(`experts: [${chosen.map((e) => e.id).join(', ')}]`);
  const source = r.chance(0.2) ? r.pick(AGENCIES) : undefined;
  if (source) fm.push(`source: { name: ${yamlString(source.name)}${source.url ? `, url: ${yamlString(source.url)}` : ''} }`);
  if (source || r.chance(0.25)) {
    const [writer, editor] = r.shuffle(DESK_INITIALS);
    const desk = `${writer}/${editor}`;
    fm.push(`credit: ${yamlString(source ? `${desk} (${source.short})` : desk)}`);
  }
  let image;
  if (imageSet.has(i)) {
    const variant = section.image;
    image = { file: `${slug}.png`, variant };
    fm.push('image:', `  src: ./${image.file}`, `  alt: ${yamlString(IMAGE_VARIANTS[variant].alt)}`);
    if (r.chance(0.7)) fm.push(`  caption: ${yamlString(`Ilustrasi untuk liputan tentang ${topic} di ${a.place}.`)}`);
    if (r.chance(0.8)) fm.push(`  credit: "Ilustrasi: Warta"`);
  }
  const draft = r.chance(0.01);
  if (draft) fm.push('draft: true');
  fm.push('---');

  return { dir: `${a.yyyy}/${a.mm}`, slug, text: `${fm.join('\n')}\n\n${blocks.join('\n\n')}\n`, draft, image };
}

// ------------------------------------------------------------------------------------------ the folder

function prepareOut(out) {
  const dir = path.resolve(out);
  if (dir === path.parse(dir).root) throw new Error(`refusing to use ${dir} as the output folder`);
  if (existsSync(dir) || isSymlink(dir)) {
    const marker = path.join(dir, MARKER);
    const ours = lstatSync(dir).isDirectory() && existsSync(marker) && readFileSync(marker, 'utf8').startsWith(MARKER_HEADER);
    if (!ours) {
      throw new Error(
        `refusing to delete ${dir}: it exists and has no ${MARKER} marker, so it was not written by this generator; choose a new folder or remove it yourself`,
      );
    }
    rmSync(dir, { recursive: true, force: true });
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}

function isSymlink(p) {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

function positiveInt(value, name, min) {
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (!Number.isSafeInteger(n) || n < min) throw new Error(`${name} must be a whole number ≥ ${min}, got ${JSON.stringify(value)}`);
  return n;
}

/**
 * Writes the corpus and returns what it wrote. `seed` may be any number or text (the default is 1);
 * `experts` defaults to max(20, round(articles / 60)); `images` (default 0) articles get a lead image.
 *
 * @param {{ out: string, articles: number, seed?: number | string, experts?: number, images?: number }} options
 * @returns {Promise<{ out: string, articles: number, drafts: number, experts: number, sections: number, images: number, tags: number, files: number, bytes: number, ms: number }>}
 */
export async function generateContent({ out, articles, seed = 1, experts, images = 0 }) {
  const started = performance.now();
  if (typeof out !== 'string' || out === '') throw new Error('out: the output folder is required');
  const n = positiveInt(articles, 'articles', 1);
  const k = positiveInt(images, 'images', 0);
  if (k > n) throw new Error(`images (${k}) cannot be more than articles (${n})`);
  const e = experts === undefined ? Math.max(20, Math.round(n / 60)) : positiveInt(experts, 'experts', 0);
  const seedText = String(seed);

  const dir = prepareOut(out);
  let files = 0;
  let bytes = 0;
  const write = (file, data) => {
    writeFileSync(file, data);
    files++;
    bytes += typeof data === 'string' ? Buffer.byteLength(data) : data.length;
  };
  writeFileSync(
    path.join(dir, MARKER),
    `${MARKER_HEADER}\nThe generator deletes and rewrites this folder when it is given as --out again; do not keep edits here.\n` +
      `arguments: --articles ${n} --seed ${JSON.stringify(seedText)} --experts ${e} --images ${k}\n`,
  );

  mkdirSync(path.join(dir, 'sections'));
  for (const s of SECTIONS) {
    write(path.join(dir, 'sections', `${s.id}.yaml`), `name: ${yamlString(s.name)}\ndescription: ${yamlString(s.description)}\n`);
  }

  const expertList = makeExperts(e, seedText);
  mkdirSync(path.join(dir, 'experts'));
  for (const x of expertList) {
    const lines = [`name: ${yamlString(x.name)}`, `role: ${yamlString(x.role)}`, `affiliation: ${yamlString(x.affiliation)}`];
    if (x.bio) lines.push(`bio: ${yamlString(x.bio)}`);
    if (x.url) lines.push(`url: ${x.url}`);
    write(path.join(dir, 'experts', `${x.id}.yaml`), `${lines.join('\n')}\n`);
  }

  const lex = buildLexicon();
  const shuffle = stream(seedText, 'vocabulary');
  for (const pos of Object.keys(lex)) lex[pos] = shuffle.shuffle(lex[pos]);
  const slots = makeSlots(lex);
  const tags = makeTags();
  const expertsBySection = {};
  for (const s of SECTIONS) {
    const own = expertList.filter((x) => x.section === s.id);
    expertsBySection[s.id] = { zipf: own.length ? new Zipf(own, 0.8) : undefined };
  }
  const topicZipfs = {};
  for (const s of SECTIONS) topicZipfs[s.id] = new Zipf(shuffle.shuffle(SECTION_WORLD[s.id].topics), 0.8);
  const world = {
    seed: seedText,
    slots,
    experts: expertList,
    expertsBySection,
    expertZipf: expertList.length ? new Zipf(expertList, 0.8) : undefined,
    tagZipf: new Zipf(shuffle.shuffle(tags), 1, 2),
    topicZipfs,
    imageSet: new Set(stream(seedText, 'images').shuffle(Array.from({ length: n }, (_, i) => i)).slice(0, k)),
  };

  const madeDirs = new Set();
  const pending = [];
  let drafts = 0;
  for (let i = 0; i < n; i++) {
    const article = makeArticle(i, world);
    const folder = path.join(dir, 'articles', article.dir);
    if (!madeDirs.has(folder)) {
      mkdirSync(folder, { recursive: true });
      madeDirs.add(folder);
    }
    write(path.join(folder, `${article.slug}.md`), article.text);
    if (article.draft) drafts++;
    if (article.image) pending.push({ file: path.join(folder, article.image.file), variant: article.image.variant });
  }
  if (pending.length) {
    const rendered = await renderImages([...new Set(pending.map((p) => p.variant))].sort((x, y) => x - y));
    for (const p of pending) write(p.file, rendered.get(p.variant));
  }

  return {
    out: dir,
    articles: n,
    drafts,
    experts: expertList.length,
    sections: SECTIONS.length,
    images: pending.length,
    tags: tags.length,
    files,
    bytes,
    ms: Math.round(performance.now() - started),
  };
}

// ------------------------------------------------------------------------------------------ command line

const USAGE = 'usage: node scripts/generate-content.mjs --out DIR --articles N [--seed S] [--experts E] [--images K]';

function parseArgs(argv) {
  const options = {};
  const names = { '--out': 'out', '--articles': 'articles', '--seed': 'seed', '--experts': 'experts', '--images': 'images' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') return undefined;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const key = names[flag];
    if (!key) throw new Error(`unknown argument "${arg}"\n${USAGE}`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value\n${USAGE}`);
    options[key] = value;
  }
  if (!options.out || options.articles === undefined) throw new Error(`--out and --articles are required\n${USAGE}`);
  return options;
}

async function main() {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`generate-content: ${error.message}`);
    process.exit(2);
  }
  if (!options) {
    console.log(USAGE);
    return;
  }
  try {
    const s = await generateContent(options);
    console.log(
      `generate-content: ${s.articles} articles (${s.drafts} drafts, ${s.images} with images), ${s.experts} experts, ${s.sections} sections, ` +
        `${s.tags} tags; ${s.files} files, ${(s.bytes / 1e6).toFixed(1)} MB in ${s.out} in ${(s.ms / 1000).toFixed(1)} s`,
    );
  } catch (error) {
    console.error(`generate-content: ${error.message}`);
    process.exit(1);
  }
}

function invokedDirectly() {
  try {
    return !!process.argv[1] && realpathSync(path.resolve(process.argv[1])) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}
if (invokedDirectly()) await main();
