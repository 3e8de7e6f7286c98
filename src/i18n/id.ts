/**
 * Every word the site itself says, visible or for screen readers, in Indonesian. Components take their
 * text from here and nowhere else, so a translation or an editorial wording change is one file.
 */
export const t = {
  siteName: 'Warta',
  siteTagline: 'Berita yang jernih, cepat, dan tepercaya',
  skipToContent: 'Langsung ke konten utama',
  mainNav: 'Navigasi rubrik',
  home: 'Beranda',
  breadcrumb: 'Lokasi halaman',
  latest: 'Berita Terkini',
  latestAll: 'Semua berita terkini',
  /** never shown: the headline of the article rail's card template until a story fills it */
  latestPlaceholder: 'Judul berita',
  related: 'Rekomendasi untuk Anda',
  moreInSection: (section: string) => `Selengkapnya di ${section}`,
  readingTime: (minutes: number) => `${minutes} menit baca`,
  updatedPrefix: 'Diperbarui',
  /** live coverage (content-format "Live coverage", src/markdown/live-updates.ts, LiveStatus.astro) */
  live: {
    /** the mark beside the headline while the coverage is live; screen readers hear "Liputan langsung" */
    mark: 'Langsung',
    markBefore: 'Liputan',
    /** what screen readers hear after an update's time in its heading: ", peristiwa penting: BMKG peringatkan …" */
    updateHeadingRest: (flags: { pinned: boolean; key: boolean }, title: string) =>
      `${flags.pinned ? ', disematkan' : ''}${flags.key ? ', peristiwa penting' : ''}${title ? `: ${title}` : ''}`,
    ended: 'Liputan langsung telah berakhir',
    endedAt: (when: string) => `Liputan langsung telah berakhir pada ${when}.`,
    keyEvents: 'Peristiwa penting',
    keyEvent: 'Peristiwa penting',
    pinned: 'Disematkan',
    /** the button that shows updates held while the reader reads */
    newUpdates: (n: number) => (n === 1 ? '1 pembaruan baru' : `${n} pembaruan baru`),
    /** the tab's title while updates wait: "(3) Headline" */
    titleCount: (n: number, title: string) => `(${n}) ${title}`,
    updatesHeading: 'Pembaruan',
    /** the share link of one update */
    shareUpdate: (time: string) => `Bagikan pembaruan ${time}`,
    share: 'Bagikan',
    /** said when an update's link is copied (browsers without a share sheet) */
    copied: 'Tautan pembaruan disalin',
    /** said by the live region when updates are shown */
    shown: (n: number) => (n === 1 ? '1 pembaruan baru ditampilkan' : `${n} pembaruan baru ditampilkan`),
    /** the ended note added without reload when the feed says the coverage ended */
    endedNow: 'Liputan langsung ini telah berakhir.',
  },
  /** the heading of an article's corrections (content-format "Corrections") */
  corrections: 'Koreksi',
  /** for screen readers and the notice's label, with the count */
  correctionsLabel: (n: number) => (n === 1 ? 'Koreksi atas artikel ini' : `${n} koreksi atas artikel ini`),
  correctionsPageTitle: 'Koreksi',
  correctionsPageDescription: 'Semua koreksi atas berita Warta, dari yang terbaru.',
  /** the corrections policy, on the first page of /koreksi/ */
  correctionsPolicyTitle: 'Kebijakan koreksi',
  correctionsPolicy: [
    'Warta berusaha akurat. Ketika kami keliru, kami memperbaikinya secepat mungkin dan mengatakannya terbuka: apa yang salah dan apa yang benar.',
    'Setiap koreksi ditampilkan di bagian atas berita yang dikoreksi, dengan tanggal dan jam (WIB), dan dicatat di halaman ini. Berita tidak diam-diam diubah.',
    'Salah ketik kecil yang tidak mengubah makna diperbaiki tanpa catatan. Menemukan kesalahan? Beri tahu redaksi.',
  ],
  correctionsEmpty: 'Belum ada koreksi.',
  /** before the corrected story's headline in the list and the feed */
  correctionOn: 'Pada berita',
  correctionsFeedTitle: 'Warta: Koreksi',
  correctionFeedItem: (headline: string) => `Koreksi: ${headline}`,
  /** beside the dateline of an article older than a year (src/core/story-age.ts) */
  ageNotice: (years: number) => `Artikel ini terbit lebih dari ${years === 1 ? 'setahun' : `${years} tahun`} lalu`,
  source: (name: string) => `Sumber: ${name}`,
  tags: 'Topik',
  tagPageTitle: (tag: string) => `Topik: ${tag}`,
  tagPageDescription: (tag: string) => `Semua berita Warta dengan topik ${tag}.`,
  sectionPageDescription: (section: string) => `Berita terbaru rubrik ${section} dari Warta.`,
  latestPageDescription: 'Semua berita Warta, dari yang terbaru.',
  imageCredit: (credit: string) => `Foto: ${credit}`,
  expertsInArticle: 'Narasumber dalam berita ini',
  /** followed by the expert's name for screen readers only */
  jumpToQuote: 'Lihat kutipan',
  /** followed by the expert's name for screen readers only */
  expertProfile: 'Profil & semua kutipan',
  expertsIndexTitle: 'Narasumber',
  expertsIndexDescription: 'Para pakar dan narasumber yang dikutip dalam berita Warta.',
  expertQuotes: (name: string) => `Kutipan ${name}`,
  expertQuotesCount: (n: number) => `${n} kutipan`,
  expertArticles: (name: string) => `Berita yang mengutip ${name}`,
  expertPageDescription: (name: string, role: string, affiliation: string) =>
    `${name}, ${role}, ${affiliation}: profil dan semua kutipan di Warta.`,
  quoteIn: 'dalam',
  expertWebsite: 'Situs profil',
  pagination: 'Halaman',
  previousPage: 'Sebelumnya',
  nextPage: 'Berikutnya',
  pageOf: (page: number, total: number) => `Halaman ${page} dari ${total}`,
  pageTitleSuffix: (page: number) => (page > 1 ? ` (halaman ${page})` : ''),
  themeToLight: 'Ganti ke tampilan terang',
  themeToDark: 'Ganti ke tampilan gelap',
  themeLabelLight: 'Terang',
  themeLabelDark: 'Gelap',
  notFoundTitle: 'Halaman tidak ditemukan',
  notFoundBody:
    'Maaf, halaman yang Anda cari tidak ada atau sudah dipindahkan. Coba mulai dari beranda atau lihat berita terkini.',
  notFoundHome: 'Kembali ke beranda',
  footerAbout:
    'Warta adalah situs berita statis yang ringan: bisa dibaca di ponsel murah dengan jaringan lambat, juga tanpa JavaScript.',
  footerSections: 'Rubrik',
  footerMore: 'Lainnya',
  copyright: (year: number) => `© ${year} Warta`,
  printedFrom: 'Dicetak dari',
  leadStory: 'Berita utama',
  structuredData: {
    /** the author of the newsroom's own stories, in bylines and structured data */
    desk: 'Redaksi Warta',
    sectionKicker: 'Rubrik',
  },
  emojiCredit: 'Emoji: Twemoji (CC-BY 4.0)',
  /** GFM footnotes, for screen readers: the section's (hidden) heading and each note's link back */
  footnotes: {
    heading: 'Catatan kaki',
    /** `reference` is GFM's number of the reference: "1", or "1-2" for a note's second one */
    backTo: (reference: string) => `Kembali ke rujukan ${reference}`,
  },
  share: {
    label: 'Bagikan berita ini',
    whatsapp: 'WhatsApp',
    telegram: 'Telegram',
    x: 'X',
    facebook: 'Facebook',
    linkedin: 'LinkedIn',
    email: 'Email',
    via: (network: string) => `Bagikan lewat ${network}`,
    copy: 'Salin tautan',
    copied: 'Tautan disalin',
    native: 'Bagikan…',
    quote: (name: string) => (name ? `Bagikan kutipan ${name}` : 'Bagikan kutipan'),
    quoteCopied: 'Tautan kutipan disalin',
    headingAnchor: (heading: string) => `Tautan ke bagian: ${heading}`,
  },
  search: {
    label: 'Cari berita',
    headerLandmark: 'Pencarian cepat',
    pageLandmark: 'Pencarian dan saringan',
    placeholder: 'Cari berita…',
    submit: 'Cari',
    pageTitle: 'Cari',
    pageTitleFor: (q: string) => `Hasil pencarian “${q}”`,
    pageDescription: 'Cari berita, narasumber, dan topik di Warta.',
    needsJavaScript:
      'Pencarian membutuhkan JavaScript. Aktifkan JavaScript di peramban Anda, atau jelajahi berita lewat rubrik dan topik.',
    loading: 'Mencari…',
    failed: 'Pencarian gagal dimuat. Periksa sambungan internet Anda, lalu coba lagi.',
    retry: 'Coba lagi',
    filters: 'Saring hasil',
    sectionFilter: 'Rubrik',
    yearFilter: 'Tahun',
    sourceFilter: 'Sumber',
    allSections: 'Semua rubrik',
    allYears: 'Semua tahun',
    allSources: 'Semua sumber',
    sort: 'Urutkan',
    sortRelevance: 'Paling relevan',
    sortNewest: 'Terbaru',
    resetFilters: 'Hapus saringan',
    count: (n: number, q: string) => (n === 0 ? `Tidak ada hasil untuk “${q}”` : `${n} hasil untuk “${q}”`),
    countFilteredOnly: (n: number) => `${n} berita`,
    /** when older years have not been searched yet: the results come from `year` and later */
    countSince: (n: number, q: string, year: string) => `${n} hasil untuk “${q}” sejak ${year}`,
    countFilteredOnlySince: (n: number, year: string) => `${n} berita sejak ${year}`,
    more: 'Tampilkan lebih banyak',
    /** the "more" button once the newer years' results are all shown: searches the next years */
    older: (years: readonly string[]) =>
      `Cari juga di arsip ${years.length > 1 ? `${years[years.length - 1]}–${years[0]}` : years[0]}`,
    /** never shown: the result template's headline until a result fills it */
    resultPlaceholder: 'Judul berita',
    /** before the time of the live update a result leads to: "Pembaruan 07.50 WIB" */
    update: 'Pembaruan',
    peopleAndTopics: 'Narasumber & topik',
    expert: 'Narasumber',
    topic: 'Topik',
    emptyTitle: 'Apa yang ingin Anda baca?',
    emptyBody:
      'Ketik kata kunci, nama narasumber, atau topik. Pencarian memahami imbuhan: “kunjungi” juga menemukan “kunjungan” dan “berkunjung”.',
    noResultsTitle: 'Belum ketemu',
    noResultsTips: [
      'Periksa ejaan kata kunci.',
      'Gunakan kata yang lebih umum atau lebih sedikit kata.',
      'Hapus saringan rubrik, tahun, atau sumber.',
    ],
    browseSections: 'Atau jelajahi rubrik:',
  },
  noArticles: 'Belum ada berita di sini.',
  /** reading offline (docs/offline.md): the saved-copy note, "Simpan", the offline page, the app */
  offline: {
    /** the note the service worker puts above a page it answers with its kept copy */
    savedCopy: (when: string) => `Anda membaca salinan tersimpan dari ${when}.`,
    reload: 'Muat ulang',
    /** the control that keeps an article for reading offline, and its state once pressed */
    save: 'Simpan',
    saved: 'Tersimpan',
    saveLabel: 'Simpan untuk dibaca tanpa internet',
    /** said by the share bar's live region */
    savedDone: 'Berita disimpan. Anda bisa membacanya tanpa internet.',
    unsavedDone: 'Berita dihapus dari simpanan.',
    full: 'Simpanan penuh. Hapus berita lain dari simpanan dulu.',
    pageTitle: 'Anda sedang luring',
    pageDescription: 'Halaman ini belum tersimpan di perangkat Anda. Berita yang pernah Anda buka tetap bisa dibaca.',
    /** when the page asked for was a search */
    searchNeedsConnection: 'Pencarian membutuhkan sambungan internet. Berita yang tersimpan tetap bisa dibaca.',
    listTitle: 'Tersimpan di perangkat ini',
    savedMark: 'Disimpan',
    keptOn: (when: string) => `Salinan dari ${when}`,
    listEmpty: 'Belum ada berita yang tersimpan. Berita yang Anda buka saat terhubung akan tersimpan di sini.',
    retry: 'Coba lagi',
    /** the web app manifest */
    appDescription:
      'Berita yang jernih, cepat, dan tepercaya. Berita yang pernah dibuka tetap bisa dibaca tanpa internet.',
  },
} as const;

/**
 * The CMS at /admin/ (issue 30): collection and field labels, hints under the fields, and the errors it
 * shows before saving, for editors (docs/editors.md). Apart from `t`, which the public pages' scripts bundle
 * whole: the CMS's words cost them nothing. Sveltia's own words are in sveltia-cms.id.json.
 */
export const cms = {
  pageTitle: 'Ruang Redaksi Warta',
  /** what `npm run cms` prints for the editor (scripts/cms.ts) */
  localHelp: (url: string, folder: string) =>
    `Ruang Redaksi: buka ${url} di Chrome atau Edge, pilih "Bekerja dengan repositori lokal", lalu pilih folder ini: ${folder}\n` +
    'Berita yang disimpan menjadi berkas di content/: periksa dengan `npm run build`, simpan ke Git dengan `git add content && git commit`.',
  collections: {
    articles: { label: 'Berita', singular: 'Berita' },
    experts: { label: 'Narasumber', singular: 'Narasumber' },
    sections: { label: 'Rubrik', singular: 'Rubrik' },
  },
  fields: {
    title: { label: 'Judul', hint: 'Teks biasa, 1–200 karakter. Tanda kutip lurus otomatis menjadi “ ”.' },
    description: { label: 'Ringkasan', hint: 'Paragraf di bawah judul dan teks pratinjau tautan, 1–400 karakter.' },
    published: { label: 'Terbit', hint: 'Tanggal dan jam terbit menurut jam komputer Anda (WIB: +07:00).' },
    updated: { label: 'Diperbarui', hint: 'Kosongkan bila belum diperbarui. Tidak boleh sebelum tanggal terbit.' },
    section: { label: 'Rubrik', hint: '' },
    tags: { label: 'Topik', hint: 'Satu topik per baris, misalnya Korea Utara.' },
    experts: { label: 'Narasumber', hint: 'Orang yang dikutip, sesuai urutan di samping berita.' },
    expert: { label: 'Narasumber', hint: '' },
    source: { label: 'Sumber', hint: 'Penerbit asli berita sindikasi, misalnya Deutsche Welle.' },
    sourceName: { label: 'Nama sumber', hint: '' },
    sourceUrl: { label: 'Alamat web sumber', hint: 'Diawali https://' },
    credit: { label: 'Kredit', hint: 'Inisial redaksi dan kantor berita, misalnya kp/rs (AP, Reuters).' },
    image: { label: 'Foto utama', hint: '' },
    imageSrc: { label: 'Berkas foto', hint: 'Disimpan di folder yang sama dengan berita.' },
    imageAlt: {
      label: 'Teks alternatif',
      hint: 'Wajib: apa yang terlihat di foto, untuk pembaca yang tidak bisa melihatnya.',
    },
    imageCaption: { label: 'Keterangan foto', hint: '' },
    imageCredit: { label: 'Kredit foto', hint: '' },
    draft: { label: 'Draf', hint: 'Draf tidak terbit di mana pun.' },
    corrections: { label: 'Koreksi', hint: 'Koreksi atas berita yang sudah terbit, yang terlama lebih dulu.' },
    correctionDate: { label: 'Waktu koreksi', hint: 'Tanggal dan jam, WIB.' },
    correctionText: { label: 'Isi koreksi', hint: 'Apa yang salah dan apa yang benar, 1–500 karakter.' },
    live: { label: 'Liputan langsung', hint: 'Isi hanya untuk liputan langsung: isi berita berupa pembaruan.' },
    liveStart: { label: 'Mulai', hint: '' },
    liveEnd: { label: 'Selesai', hint: 'Kosongkan selama liputan masih berlangsung.' },
    body: { label: 'Isi berita', hint: '' },
    name: { label: 'Nama', hint: '' },
    role: { label: 'Jabatan', hint: 'Misalnya Profesor Hubungan Internasional.' },
    affiliation: { label: 'Lembaga', hint: 'Misalnya Universitas Kokushikan.' },
    bio: { label: 'Profil singkat', hint: 'Satu atau dua kalimat.' },
    url: { label: 'Halaman profil', hint: 'Diawali https://' },
    sectionName: { label: 'Nama rubrik', hint: '' },
    sectionDescription: { label: 'Deskripsi', hint: '' },
  },
  /** editor components for the body's own syntax (content-format "Article body", "Live coverage") */
  components: {
    quote: {
      label: 'Kutipan narasumber',
      text: 'Kutipan',
      expert: 'Narasumber',
      said: 'Sesudah kutipan (misalnya: katanya.)',
    },
    pullquote: { label: 'Kutipan besar', text: 'Kalimat dari isi berita', expert: 'Narasumber (boleh kosong)' },
    update: {
      label: 'Pembaruan langsung',
      time: 'Waktu',
      key: 'Peristiwa penting',
      pinned: 'Disematkan',
      text: 'Isi',
    },
  },
  errors: {
    length: (min: number, max: number) => `Harus ${min}–${max} karakter.`,
    unlistedExpert: (ids: string) =>
      `Kutipan menyebut narasumber yang tidak ada di kolom Narasumber: ${ids}. Tambahkan narasumber itu, atau ubah kutipannya.`,
    unnamedExpert:
      'Ada kutipan yang belum menyebut narasumbernya. Pilih narasumber di kutipan itu, atau hapus kutipannya.',
    notEmpty: 'Tidak boleh kosong.',
    id: 'Hanya huruf kecil, angka, dan tanda hubung, misalnya yakov-zinberg.',
    url: 'Harus alamat web lengkap yang diawali https:// atau http://.',
  },
} as const;
