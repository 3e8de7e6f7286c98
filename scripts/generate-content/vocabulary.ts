/**
 * The made-up world's word lists: places, countries, tags, time phrases, speech verbs, ordinary people and
 * news agencies. Everything is fictional; the lists are combined, never used as facts.
 */

/** A news agency an article may be credited to. */
export interface Agency {
  name: string;
  short: string;
  url?: string;
}

export const PLACES: readonly string[] = ['Arunika', 'Wanareja', 'Sagara Jaya', 'Banyu Lestari', 'Giri Mulya', 'Karang Sari', 'Tirta Kencana', 'Mekar Sari', 'Pelita Raya', 'Sendang Asri', 'Batu Layar', 'Teluk Biru', 'Sungai Rindang', 'Kota Selaras', 'Lembah Hijau', 'Tanjung Permata', 'Bukit Cendana', 'Pulau Sirih', 'Rawa Indah', 'Danau Biru', 'Nusa Kenari', 'Padang Ilalang', 'Muara Jernih', 'Bandar Kemuning', 'Watu Gede', 'Kali Bening', 'Ranu Asih', 'Gunung Sari Wangi', 'Sukamekar', 'Loka Damai'];
export const COUNTRIES: readonly string[] = ['Negara Kepulauan Arunika', 'Republik Estvania', 'Federasi Koravia', 'Kepulauan Solenne', 'Republik Tamaru', 'Kesultanan Qamar', 'Konfederasi Ardenna', 'Kerajaan Valmora', 'Republik Serani', 'Persemakmuran Odessia'];
export const MISC_TAGS: readonly string[] = ['Energi & Iklim', 'Pangan & Pertanian', 'Seni & Budaya', 'Riset & Inovasi', 'Kota & Desa', 'Data & Grafik', 'Laut & Pesisir', 'Kerja & Upah', 'Air & Sanitasi', 'Sehat & Bugar', 'Ibu & Anak', 'Hukum & Keadilan', 'Gaya Hidup', 'Analisis', 'Wawancara', 'Cek Fakta', 'Liputan Khusus', 'Tanya Jawab', 'Kilas Balik', 'Akhir Pekan', 'Profil', 'Tajuk', 'Pilkada Arunika', 'Liga Nusantara Raya', 'Festival Sagara', 'Musim Hujan', 'Musim Kemarau', 'Akhir Tahun', 'Ramadan', 'Tahun Ajaran Baru', 'Harga Pangan', 'Inflasi', 'Keamanan Asia', 'Asia Tenggara', 'Pasifik', 'Generasi Muda', 'Perempuan', 'Disabilitas', 'Desa Wisata', 'Transportasi Publik', 'Banjir', 'Gempa', 'Petani', 'Nelayan', 'Guru', 'Mudik', 'Anggaran Daerah', 'Pelayanan Publik', 'Kebijakan Publik', 'Startup', 'Ekonomi Kreatif', 'Riset Kampus', 'Sejarah Lokal', 'Kuliner', 'Olahraga Rakyat', 'Kota Layak Huni', 'Q&A Warga'];

export const EVENTS: readonly string[] = ['akhir tahun', 'musim hujan', 'Lebaran', 'musim kemarau', 'tahun ajaran baru', 'pemilu daerah', 'libur sekolah', 'panen raya', 'Ramadan', 'musim mudik'];
export const FIXED_SUBJECTS: readonly string[] = ['pemerintah daerah', 'pemerintah pusat', 'warga setempat', 'para ahli', 'sejumlah pihak', 'masyarakat', 'pelaku usaha', 'kalangan akademisi', 'DPRD setempat', 'pemerintah desa', 'aparat setempat', 'organisasi masyarakat sipil'];
export const CONNECTORS: readonly string[] = ['', '', '', 'Namun,', 'Selain itu,', 'Sementara itu,', 'Di sisi lain,', 'Menurut data terbaru,', 'Oleh karena itu,', 'Meski demikian,', 'Dalam beberapa tahun terakhir,', 'Akibatnya,', 'Pada saat yang sama,'];
export const TIMES: readonly string[] = ['pekan lalu', 'pada awal bulan ini', 'sejak tahun lalu', 'dalam tiga bulan terakhir', 'pada akhir pekan', 'sejak awal tahun', 'bulan depan', 'tahun depan', 'dalam beberapa pekan terakhir', 'pada pagi hari', 'menjelang musim hujan', 'setelah panen raya'];
export const SINCE: readonly string[] = ['awal tahun', 'pekan lalu', 'tahun lalu', 'awal bulan ini', 'beberapa bulan lalu', 'musim hujan lalu', 'dua tahun terakhir'];
export const NUMBER_WORDS: readonly string[] = ['dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'belasan', 'puluhan', 'ratusan'];
export const DAY_NAMES: readonly string[] = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];
export const SAY: readonly string[] = ['mengatakan', 'menilai', 'berpendapat', 'menjelaskan', 'mengingatkan', 'memperkirakan', 'menegaskan'];
export const SAID: readonly string[] = ['kata', 'ujar', 'tutur', 'jelas', 'tambah'];
export const CITIZEN_NAMES: readonly string[] = ['Sumiati', 'Nurhayati', 'Slamet', 'Wartini', 'Darsono', 'Yuliani', 'Marno', 'Kasih', 'Tarsih', 'Ujang', 'Komang', 'Ketut', 'Ponirah', 'Samsul', 'Rohimah', 'Udin', 'Ningsih', 'Bonar', 'Marlina', 'Asep'];
export const CITIZEN_JOBS: readonly string[] = ['pedagang sayur', 'nelayan', 'petani kopi', 'pengemudi ojek', 'ibu rumah tangga', 'guru honorer', 'mahasiswa', 'pemilik warung makan', 'buruh pabrik', 'penjual bakso', 'perajin batik', 'pelari amatir', 'penjaga sekolah', 'sopir angkot'];

export const AGENCIES: readonly Agency[] = [
  { name: 'Kantor Berita Nusantara Raya', short: 'KBNR', url: 'https://kbnr.example/' },
  { name: 'Arunika Press Agency', short: 'ArPA', url: 'https://arunikapress.example/berita/' },
  { name: 'Sagara News Service', short: 'SNS' },
  { name: 'Kabar Pesisir', short: 'KP', url: 'https://kabarpesisir.example/' },
  { name: 'Lintas Kawasan', short: 'LK' },
];
export const DESK_INITIALS: readonly string[] = ['kp', 'rs', 'ae', 'dw', 'hp', 'na', 'yf', 'ts', 'bm', 'lw', 'ip', 'gr'];
