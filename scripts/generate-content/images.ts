/** The lead images: a few flat illustrations, drawn as SVG and saved as small palette PNGs. */

/** An illustration and the alt text that describes it. */
export interface ImageVariant {
  alt: string;
  /** the SVG elements inside a 1200×675 canvas */
  svg: () => string;
}

export const IMAGE_W = 1200;
export const IMAGE_H = 675;

/** Simple flat illustrations (no text, so no fonts), each with the alt text that describes it. */
export const IMAGE_VARIANTS: readonly ImageVariant[] = [
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
        .map(
          (h, i) =>
            `<rect x="${150 + i * 115}" y="${560 - h}" width="80" height="${h}" fill="${i === 7 ? '#1e3a8a' : '#3b82f6'}"/>`,
        )
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
      const blocks = heights
        .map((h, i) => `<rect x="${i * 134}" y="${675 - h}" width="124" height="${h}" fill="${shades[i % 3]}"/>`)
        .join('');
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
      const stripes = [0, 2, 4, 6, 8, 10]
        .map((i) => `<rect x="${i * 100}" y="0" width="100" height="675" fill="#16a34a"/>`)
        .join('');
      return `<rect width="1200" height="675" fill="#15803d"/>${stripes}
<g fill="none" stroke="#ffffff" stroke-width="6"><rect x="60" y="60" width="1080" height="555"/><line x1="600" y1="60" x2="600" y2="615"/>
<circle cx="600" cy="338" r="90"/><rect x="60" y="208" width="150" height="260"/><rect x="990" y="208" width="150" height="260"/></g>
<circle cx="600" cy="338" r="16" fill="#ffffff"/>`;
    },
  },
];

/** Each of the given IMAGE_VARIANTS indexes rendered to PNG bytes. */
export async function renderImages(variants: readonly number[]): Promise<Map<number, Buffer>> {
  const { default: sharp } = await import('sharp');
  const out = new Map<number, Buffer>();
  for (const v of variants) {
    const variant = IMAGE_VARIANTS[v];
    if (!variant) throw new Error(`images: there is no image variant ${v}`);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${IMAGE_W}" height="${IMAGE_H}" viewBox="0 0 ${IMAGE_W} ${IMAGE_H}">${variant.svg()}</svg>`;
    out.set(
      v,
      await sharp(Buffer.from(svg))
        .png({ palette: true, colours: 32, compressionLevel: 9, effort: 10, dither: 0 })
        .toBuffer(),
    );
  }
  return out;
}
