/**
 * The generator's word stock: Indonesian roots with the affixed forms they take, so the prose has real
 * morphology (kunjungan, berkunjung, mengunjungi, pengunjung; membaca, pembaca, bacaan) for stemming and
 * ranking to work on.
 */

/** N noun, A adjective, VT active verb, VI intransitive, VP passive, AG person. */
export type PartOfSpeech = 'N' | 'A' | 'VT' | 'VI' | 'VP' | 'AG';

/** In this order: the order the vocabulary is shuffled in, which the output depends on. */
export const PARTS_OF_SPEECH: readonly PartOfSpeech[] = ['N', 'A', 'VT', 'VI', 'VP', 'AG'];

/** Every word of each part of speech. */
export type Lexicon = Record<PartOfSpeech, string[]>;

const isPartOfSpeech = (text: string): text is PartOfSpeech => (PARTS_OF_SPEECH as readonly string[]).includes(text);

/**
 * meN-/peN- with the nasal the root's first sound takes: baca → membaca/pembaca, tulis → menulis,
 * kunjung → mengunjungi, sebar → menyebarkan, rawat → merawat, produksi → memproduksi (clusters keep their
 * consonant).
 */
export function nasal(prefix: string, root: string): string {
  const c = root.charAt(0);
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

/** An affix pattern: the part of speech of the form it makes, and how it makes it from a root. */
type Derivation = readonly [PartOfSpeech, (root: string) => string];

/** Affix patterns: [part of speech, form]. */
const DERIVE: Readonly<Record<string, Derivation>> = {
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

/** The words of LEXICON by part of speech, each once, in the order they are listed. */
export function buildLexicon(): Lexicon {
  const lex: Lexicon = { N: [], A: [], VT: [], VI: [], VP: [], AG: [] };
  const seen = new Set<string>();
  const add = (pos: PartOfSpeech, word: string) => {
    const key = `${pos}:${word}`;
    if (seen.has(key)) return;
    seen.add(key);
    lex[pos].push(word);
  };
  for (const line of LEXICON.trim().split('\n')) {
    const [root = '', ...patterns] = line.trim().split(/\s+/);
    for (const pattern of patterns) {
      const literal = /^(N|A|VT|VI|VP|AG):(.+)$/.exec(pattern);
      if (literal?.[1] && literal[2] && isPartOfSpeech(literal[1])) {
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
