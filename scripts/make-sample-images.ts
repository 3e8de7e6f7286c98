#!/usr/bin/env node
// Draws the lead illustrations of Warta's sample articles as SVG and renders them to PNG
// (1600×900) next to their articles. Everything is generated here; no external artwork.
//
//   npx node scripts/make-sample-images.ts
//
// Output is deterministic (seeded pseudo-random numbers), so re-running it gives the same files.

import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { Random } from './random.ts';

const W = 1600;
const H = 900;
const FONT = 'sans-serif';

/** x, y */
type Point = [number, number];
/** Numbers 0 ≤ x < 1. */
type Rand = () => number;

const out = (rel: string) => fileURLToPath(new URL(`../content/articles/${rel}`, import.meta.url));

// ---------------------------------------------------------------- helpers

/** Numbers 0 ≤ x < 1 from a seeded generator (scripts/random.ts). */
function rng(seed: number): Rand {
  const random = new Random(seed);
  return () => random.next();
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** `list[i]`, which the drawing knows is there. */
function at<T>(list: readonly T[], i: number): T {
  const item = list[i];
  if (item === undefined) throw new Error(`make-sample-images: no item ${i} of ${list.length}`);
  return item;
}

function svg(body: string, bg: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
<rect width="${W}" height="${H}" fill="${bg}"/>
${body}
</svg>`;
}

/** Closed smooth path through points (Catmull-Rom converted to cubic Bézier). */
function smoothClosed(pts: readonly Point[]): string {
  const n = pts.length;
  let d = `M${r1(at(pts, 0)[0])},${r1(at(pts, 0)[1])}`;
  for (let i = 0; i < n; i++) {
    const p0 = at(pts, (i - 1 + n) % n);
    const p1 = at(pts, i);
    const p2 = at(pts, (i + 1) % n);
    const p3 = at(pts, (i + 2) % n);
    const c1: Point = [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6];
    const c2: Point = [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6];
    d += ` C${r1(c1[0])},${r1(c1[1])} ${r1(c2[0])},${r1(c2[1])} ${r1(p2[0])},${r1(p2[1])}`;
  }
  return `${d}Z`;
}

/** Open smooth path through points. */
function smoothOpen(pts: readonly Point[]): string {
  let d = `M${r1(at(pts, 0)[0])},${r1(at(pts, 0)[1])}`;
  for (let i = 0; i < pts.length - 1; i++) {
    const p0 = at(pts, Math.max(i - 1, 0));
    const p1 = at(pts, i);
    const p2 = at(pts, i + 1);
    const p3 = at(pts, Math.min(i + 2, pts.length - 1));
    const c1: Point = [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6];
    const c2: Point = [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6];
    d += ` C${r1(c1[0])},${r1(c1[1])} ${r1(c2[0])},${r1(c2[1])} ${r1(p2[0])},${r1(p2[1])}`;
  }
  return d;
}

/** A ridge (hill/mountain band) filled down to the bottom of the image. */
function ridge(points: readonly Point[], fill: string): string {
  return `<path d="${smoothOpen(points)} L${W},${H} L0,${H}Z" fill="${fill}"/>`;
}

/** Organic blob around (cx, cy). */
function blob(rand: Rand, cx: number, cy: number, rx: number, ry: number, n = 12, jitter = 0.28): string {
  const pts: Point[] = [];
  for (let i = 0; i < n; i++) {
    const a = (i / n) * Math.PI * 2;
    const k = 1 - jitter / 2 + rand() * jitter;
    pts.push([cx + Math.cos(a) * rx * k, cy + Math.sin(a) * ry * k]);
  }
  return smoothClosed(pts);
}

function stars(rand: Rand, count: number, maxY: number, colour = '#f4f1e6'): string {
  let s = '';
  for (let i = 0; i < count; i++) {
    const x = rand() * W;
    const y = rand() * maxY;
    const r = rand() < 0.1 ? 2.4 : 1 + rand() * 0.9;
    s += `<circle cx="${r1(x)}" cy="${r1(y)}" r="${r1(r)}" fill="${colour}" opacity="${r1(0.35 + rand() * 0.6)}"/>`;
  }
  return s;
}

// ---------------------------------------------------------------- 1. lunar eclipse (sains)

function eclipse() {
  const rand = rng(11);
  const sky = '#0d1838';
  let b = '';
  // soft sky bands
  b += `<rect y="540" width="${W}" height="360" fill="#101c41"/>`;
  b += `<rect y="640" width="${W}" height="260" fill="#13214a"/>`;
  b += stars(rand, 230, 640);
  // the Earth's shadow as a faint arc guide
  b += `<path d="M140,560 Q800,40 1460,560" fill="none" stroke="#2c3d73" stroke-width="2" stroke-dasharray="4 12"/>`;
  // seven phases along the arc
  const R = 62;
  const phases = [0, 0.45, 0.85, 1, 0.85, 0.45, 0];
  b += '<defs>';
  phases.forEach((_, i) => {
    const t = i / (phases.length - 1);
    const x = (1 - t) * (1 - t) * 140 + 2 * (1 - t) * t * 800 + t * t * 1460;
    const y = (1 - t) * (1 - t) * 560 + 2 * (1 - t) * t * 40 + t * t * 560;
    b += `<clipPath id="m${i}"><circle cx="${r1(x)}" cy="${r1(y)}" r="${R}"/></clipPath>`;
  });
  b += '</defs>';
  phases.forEach((p, i) => {
    const t = i / (phases.length - 1);
    const x = (1 - t) * (1 - t) * 140 + 2 * (1 - t) * t * 800 + t * t * 1460;
    const y = (1 - t) * (1 - t) * 560 + 2 * (1 - t) * t * 40 + t * t * 560;
    const total = p === 1;
    const big = total ? 1.9 : 1;
    const rr = R * big;
    if (total) {
      b += `<circle cx="${r1(x)}" cy="${r1(y + 70)}" r="${rr + 46}" fill="#3a2140" opacity="0.55"/>`;
      b += `<circle cx="${r1(x)}" cy="${r1(y + 70)}" r="${rr + 20}" fill="#5a2734" opacity="0.6"/>`;
      b += `<circle cx="${r1(x)}" cy="${r1(y + 70)}" r="${rr}" fill="#b4452c"/>`;
      b += `<circle cx="${r1(x + 22)}" cy="${r1(y + 50)}" r="${rr * 0.78}" fill="#c85a34"/>`;
      b += `<circle cx="${r1(x - 30)}" cy="${r1(y + 62)}" r="22" fill="#9c3a27"/>`;
      b += `<circle cx="${r1(x + 40)}" cy="${r1(y + 108)}" r="15" fill="#a23e29"/>`;
      b += `<circle cx="${r1(x + 12)}" cy="${r1(y + 20)}" r="11" fill="#a9402a"/>`;
      return;
    }
    // moon
    b += `<g clip-path="url(#m${i})">`;
    b += `<circle cx="${r1(x)}" cy="${r1(y)}" r="${R}" fill="#f2ead2"/>`;
    b += `<circle cx="${r1(x - 18)}" cy="${r1(y - 14)}" r="14" fill="#dfd5b8"/>`;
    b += `<circle cx="${r1(x + 20)}" cy="${r1(y + 18)}" r="10" fill="#dfd5b8"/>`;
    if (p > 0) {
      // umbra sweeping in from the left (ingress) or leaving to the right (egress)
      const dir = i < 3 ? -1 : 1;
      const off = dir * (1 - p) * 2.1 * R;
      b += `<circle cx="${r1(x - off)}" cy="${r1(y)}" r="${R * 1.15}" fill="#7b3328" opacity="0.92"/>`;
    }
    b += '</g>';
  });
  // hills
  b += ridge(
    [
      [0, 760],
      [260, 700],
      [520, 735],
      [820, 690],
      [1100, 740],
      [1380, 700],
      [1600, 730],
    ],
    '#0f1b3d',
  );
  b += ridge(
    [
      [0, 820],
      [300, 790],
      [600, 812],
      [900, 770],
      [1200, 805],
      [1600, 780],
    ],
    '#0a142e',
  );
  // observatory on the far hill
  b += `<rect x="1226" y="680" width="70" height="50" fill="#0f1b3d"/>`;
  b += `<path d="M1221,682 A40,40 0 0 1 1301,682 Z" fill="#0f1b3d"/>`;
  b += `<rect x="1256" y="646" width="10" height="30" fill="#1f3166" transform="rotate(-25 1261 676)"/>`;
  b += `<rect x="1244" y="700" width="12" height="12" fill="#f3c86b" opacity="0.85"/>`;
  return svg(b, sky);
}

// ---------------------------------------------------------------- 2. stadium (olahraga)

function stadium() {
  const rand = rng(7);
  let b = '';
  // night sky
  b += `<rect width="${W}" height="300" fill="#0e1a33"/>`;
  b += stars(rand, 60, 180, '#c9d4f0');
  const cx = 800;
  const cy = 560;
  // outer bowl
  b += `<ellipse cx="${cx}" cy="${cy + 20}" rx="900" ry="460" fill="#1c2740"/>`;
  b += `<ellipse cx="${cx}" cy="${cy}" rx="860" ry="430" fill="#263352"/>`;
  // crowd: dots in the stands ring
  const crowd = ['#2f9e5b', '#f2c230', '#e9eef5', '#2f9e5b', '#f2c230', '#1f7a45', '#d9a21b', '#e85d4a'];
  let dots = '';
  for (let row = 0; row < 17; row++) {
    const k = 0.72 + row * 0.026;
    const rx = 840 * k + 30;
    const ry = 420 * k + 14;
    const n = Math.round(rx * 0.38);
    for (let i = 0; i < n; i++) {
      const a = (i / n) * Math.PI * 2 + row * 0.13;
      const x = cx + Math.cos(a) * rx;
      const y = cy + Math.sin(a) * ry;
      if (y < 150 || x < -10 || x > W + 10 || y > H + 10) continue;
      const c = at(crowd, Math.floor(rand() * crowd.length));
      const size = 3.2 + (y / H) * 3.5;
      dots += `<circle cx="${r1(x)}" cy="${r1(y)}" r="${r1(size)}" fill="${c}"/>`;
    }
  }
  b += dots;
  // inner wall, running track and grass
  b += `<ellipse cx="${cx}" cy="${cy}" rx="612" ry="306" fill="#3a465f"/>`;
  b += `<ellipse cx="${cx}" cy="${cy}" rx="596" ry="296" fill="#a8523f"/>`;
  b += `<ellipse cx="${cx}" cy="${cy}" rx="566" ry="278" fill="#2f8f46"/>`;
  // pitch (perspective trapezoid with stripes)
  const top = 400;
  const bot = 740;
  const tl = 480;
  const tr = 1120;
  const bl = 390;
  const br = 1210;
  b += `<defs><clipPath id="pitch"><ellipse cx="${cx}" cy="${cy}" rx="566" ry="278"/></clipPath></defs>`;
  b += `<g clip-path="url(#pitch)">`;
  const stripes = 10;
  for (let i = -2; i < stripes + 2; i++) {
    const yA = top + ((bot - top) * i) / stripes;
    const yB = top + ((bot - top) * (i + 1)) / stripes;
    b += `<rect x="200" y="${r1(yA)}" width="1200" height="${r1(yB - yA)}" fill="${(i + 20) % 2 ? '#2f8f46' : '#38a052'}"/>`;
  }
  b += '</g>';
  // pitch lines
  const line = 'fill="none" stroke="#eaf5ea" stroke-width="3.5" opacity="0.9"';
  b += `<path d="M${tl},${top} L${tr},${top} L${br},${bot} L${bl},${bot}Z" ${line}/>`;
  const my = (top + bot) / 2 - 8;
  const mxL = tl + ((bl - tl) * (my - top)) / (bot - top);
  const mxR = tr + ((br - tr) * (my - top)) / (bot - top);
  b += `<line x1="${r1(mxL)}" y1="${r1(my)}" x2="${r1(mxR)}" y2="${r1(my)}" ${line}/>`;
  b += `<ellipse cx="${cx}" cy="${r1(my)}" rx="82" ry="30" ${line}/>`;
  b += `<circle cx="${cx}" cy="${r1(my)}" r="4" fill="#eaf5ea"/>`;
  // penalty boxes
  b += `<path d="M650,${top} L660,${top + 58} L940,${top + 58} L950,${top}" ${line}/>`;
  b += `<path d="M620,${bot} L632,${bot - 70} L968,${bot - 70} L980,${bot}" ${line}/>`;
  // goals
  b += `<rect x="770" y="${top - 14}" width="60" height="14" fill="none" stroke="#ffffff" stroke-width="3"/>`;
  b += `<rect x="760" y="${bot}" width="80" height="18" fill="none" stroke="#ffffff" stroke-width="3"/>`;
  // players
  const players: [number, number, string][] = [
    [700, 520, '#f2c230'],
    [760, 600, '#f2c230'],
    [880, 540, '#f2c230'],
    [640, 640, '#f2c230'],
    [980, 620, '#f2c230'],
    [820, 470, '#e9eef5'],
    [930, 480, '#e9eef5'],
    [600, 560, '#e9eef5'],
    [1010, 560, '#e9eef5'],
    [740, 680, '#e9eef5'],
  ];
  for (const [x, y, c] of players) {
    b += `<ellipse cx="${x}" cy="${y + 9}" rx="9" ry="3" fill="#1d5e2e" opacity="0.6"/>`;
    b += `<rect x="${x - 5}" y="${y - 14}" width="10" height="20" rx="4" fill="${c}"/>`;
    b += `<circle cx="${x}" cy="${y - 19}" r="5" fill="#3b2a22"/>`;
  }
  b += `<circle cx="842" cy="596" r="5" fill="#ffffff"/>`;
  // floodlights with beams
  const towers: Point[] = [
    [170, 120],
    [1430, 120],
    [60, 620],
    [1540, 620],
  ];
  for (const [x, y] of towers) {
    b += `<path d="M${x - 40},${y + 30} L${x + 40},${y + 30} L${cx + (x < cx ? -120 : 120)},${cy + 60} L${cx + (x < cx ? -260 : 260)},${cy + 60}Z" fill="#fff6cf" opacity="0.06"/>`;
  }
  for (const [x, y] of towers) {
    b += `<rect x="${x - 5}" y="${y + 20}" width="10" height="${H - y}" fill="#111a2e"/>`;
    b += `<rect x="${x - 46}" y="${y - 14}" width="92" height="40" rx="5" fill="#111a2e"/>`;
    for (let i = 0; i < 4; i++) {
      for (let j = 0; j < 2; j++) {
        b += `<rect x="${x - 40 + i * 21}" y="${y - 9 + j * 17}" width="17" height="13" rx="2" fill="#fff8d9"/>`;
      }
    }
    b += `<circle cx="${x}" cy="${y + 6}" r="90" fill="#fff3c4" opacity="0.08"/>`;
  }
  return svg(b, '#0e1a33');
}

// ---------------------------------------------------------------- 3. price chart (ekonomi)

function priceChart() {
  const weeks = ['6 Okt', '13 Okt', '20 Okt', '27 Okt', '3 Nov', '10 Nov', '17 Nov'];
  const series = [
    { name: 'Cabai rawit merah', colour: '#c8372d', data: [42, 44, 49, 55, 63, 72, 81] },
    { name: 'Cabai merah keriting', colour: '#e8892b', data: [38, 39, 42, 46, 52, 60, 68] },
    { name: 'Bawang merah', colour: '#7b3f8c', data: [31, 32, 33, 35, 39, 43, 47] },
  ];
  const x0 = 150;
  const x1 = 1330;
  const y0 = 720; // value 0
  const y1 = 240; // value 100
  const X = (i: number) => x0 + ((x1 - x0) * i) / (weeks.length - 1);
  const Y = (v: number) => y0 - ((y0 - y1) * v) / 100;
  let b = '';
  // header
  b += `<rect x="0" y="0" width="${W}" height="12" fill="#c8372d"/>`;
  b += `<text x="80" y="100" font-family="${FONT}" font-size="46" font-weight="700" fill="#1f2430">Harga cabai dan bawang merah terus naik</text>`;
  b += `<text x="80" y="150" font-family="${FONT}" font-size="28" fill="#5b6270">Harga eceran per kilogram di Pasar Induk Wanareja, dalam ribu rupiah</text>`;
  // grid + y labels
  for (let v = 0; v <= 100; v += 20) {
    const y = Y(v);
    b += `<line x1="${x0}" y1="${r1(y)}" x2="${x1 + 20}" y2="${r1(y)}" stroke="${v === 0 ? '#4a505c' : '#dcd8cf'}" stroke-width="${v === 0 ? 2.5 : 1.5}"/>`;
    b += `<text x="${x0 - 20}" y="${r1(y + 9)}" font-family="${FONT}" font-size="26" fill="#6b7280" text-anchor="end">${v}</text>`;
  }
  // x labels + ticks
  weeks.forEach((w, i) => {
    b += `<line x1="${r1(X(i))}" y1="${y0}" x2="${r1(X(i))}" y2="${y0 + 10}" stroke="#4a505c" stroke-width="2"/>`;
    b += `<text x="${r1(X(i))}" y="${y0 + 46}" font-family="${FONT}" font-size="26" fill="#4a505c" text-anchor="middle">${w}</text>`;
  });
  // lines
  for (const s of series) {
    const d = s.data.map((v, i) => `${i ? 'L' : 'M'}${r1(X(i))},${r1(Y(v))}`).join(' ');
    b += `<path d="${d}" fill="none" stroke="${s.colour}" stroke-width="7" stroke-linejoin="round" stroke-linecap="round"/>`;
    s.data.forEach((v, i) => {
      b += `<circle cx="${r1(X(i))}" cy="${r1(Y(v))}" r="${i === s.data.length - 1 ? 11 : 7}" fill="#fbf8f2" stroke="${s.colour}" stroke-width="5"/>`;
    });
    // end label
    const last = at(s.data, s.data.length - 1);
    b += `<text x="${x1 + 36}" y="${r1(Y(last) + 12)}" font-family="${FONT}" font-size="34" font-weight="700" fill="${s.colour}">${last}</text>`;
  }
  // legend
  let lx = 80;
  const ly = 862;
  for (const s of series) {
    b += `<rect x="${lx}" y="${ly - 18}" width="34" height="8" rx="4" fill="${s.colour}"/>`;
    b += `<text x="${lx + 46}" y="${ly - 4}" font-family="${FONT}" font-size="26" fill="#2d3340">${s.name}</text>`;
    lx += 46 + s.name.length * 14 + 60;
  }
  b += `<text x="${W - 80}" y="${ly - 4}" font-family="${FONT}" font-size="22" fill="#8a8f99" text-anchor="end">Data contoh · Grafik: Warta</text>`;
  return svg(b, '#fbf8f2');
}

// ---------------------------------------------------------------- 4. coffee slopes (ekonomi)

function coffeeSlopes() {
  let b = '';
  // dusk sky bands
  const bands = ['#f9dcae', '#f7c893', '#f4b27d', '#ee9b6c'];
  bands.forEach((c, i) => {
    b += `<rect y="${i * 90}" width="${W}" height="${H}" fill="${c}"/>`;
  });
  b += `<circle cx="1180" cy="300" r="92" fill="#fde8b8"/>`;
  b += `<circle cx="1180" cy="300" r="130" fill="#fde8b8" opacity="0.25"/>`;
  // the volcano
  b += `<path d="M260,600 C480,420 640,220 760,170 L820,166 C900,200 1100,420 1420,600Z" fill="#8f6f8e"/>`;
  b += `<path d="M760,170 L820,166 C842,176 870,200 890,226 C860,214 840,232 814,214 C792,230 770,212 742,226 C748,204 754,186 760,170Z" fill="#b897b0"/>`;
  // layered hills
  b += ridge(
    [
      [0, 560],
      [220, 500],
      [500, 540],
      [760, 470],
      [1040, 520],
      [1300, 470],
      [1600, 520],
    ],
    '#6f8f5a',
  );
  b += ridge(
    [
      [0, 640],
      [300, 580],
      [620, 620],
      [900, 570],
      [1200, 610],
      [1600, 560],
    ],
    '#5c7d47',
  );
  // terraced slope
  b += ridge(
    [
      [0, 700],
      [350, 640],
      [700, 680],
      [1050, 630],
      [1600, 690],
    ],
    '#4c6e3b',
  );
  // rows of coffee shrubs along gentle curves
  for (let row = 0; row < 6; row++) {
    const baseY = 690 + row * 38;
    const amp = 18 - row * 2;
    const pts: Point[] = [];
    for (let x = -40; x <= W + 40; x += 200) pts.push([x, baseY + Math.sin(x / 260 + row) * amp]);
    b += `<path d="${smoothOpen(pts)}" fill="none" stroke="${row % 2 ? '#3e5e30' : '#456a36'}" stroke-width="${22 + row * 3}" stroke-linecap="round"/>`;
    const step = 54 - row * 3;
    let n = 0;
    for (let x = (row * 17) % step; x < W; x += step) {
      const y = baseY + Math.sin(x / 260 + row) * amp - 10 - row;
      const r = 12 + row * 2;
      // a shrub: three overlapping leaf masses, darker at the bottom
      b += `<circle cx="${r1(x - r * 0.55)}" cy="${r1(y + r * 0.15)}" r="${r1(r * 0.75)}" fill="#2c4a23"/>`;
      b += `<circle cx="${r1(x + r * 0.55)}" cy="${r1(y + r * 0.15)}" r="${r1(r * 0.75)}" fill="#2c4a23"/>`;
      b += `<circle cx="${r1(x)}" cy="${r1(y - r * 0.3)}" r="${r1(r * 0.85)}" fill="#37592b"/>`;
      // ripe cherries on some shrubs
      if (n++ % 4 === row % 4) {
        const cr = 2.4 + row * 0.35;
        b += `<circle cx="${r1(x + r * 0.25)}" cy="${r1(y + r * 0.1)}" r="${r1(cr)}" fill="#c0392b"/>`;
        b += `<circle cx="${r1(x + r * 0.25 + cr * 2.1)}" cy="${r1(y + r * 0.2)}" r="${r1(cr)}" fill="#d4553b"/>`;
        b += `<circle cx="${r1(x + r * 0.25 + cr)}" cy="${r1(y + r * 0.1 + cr * 1.8)}" r="${r1(cr)}" fill="#b03226"/>`;
      }
    }
  }
  // little warehouse with a red roof
  b += `<rect x="1210" y="560" width="170" height="80" fill="#efe4d0"/>`;
  b += `<path d="M1190,566 L1295,512 L1400,566Z" fill="#b5452f"/>`;
  b += `<rect x="1280" y="592" width="34" height="48" fill="#7a5a43"/>`;
  b += `<rect x="1228" y="582" width="30" height="22" fill="#9fb7c4"/>`;
  b += `<rect x="1336" y="582" width="30" height="22" fill="#9fb7c4"/>`;
  // drying racks
  b += `<rect x="1040" y="606" width="140" height="10" fill="#a0522d"/>`;
  b += `<rect x="1050" y="616" width="6" height="24" fill="#7a5a43"/><rect x="1164" y="616" width="6" height="24" fill="#7a5a43"/>`;
  b += `<rect x="1044" y="596" width="132" height="10" rx="3" fill="#6b3b24"/>`;
  for (let x = 1050; x < 1172; x += 9)
    b += `<circle cx="${x}" cy="595" r="4" fill="${x % 2 ? '#8a4b2a' : '#5e321c'}"/>`;
  return svg(b, '#f9dcae');
}

// ---------------------------------------------------------------- 5. mangrove coast (lingkungan)

function mangroveCoast() {
  const rand = rng(23);
  let b = '';
  b += `<rect width="${W}" height="470" fill="#fde6c4"/>`;
  b += `<rect y="170" width="${W}" height="300" fill="#fbd7a8"/>`;
  b += `<rect y="330" width="${W}" height="140" fill="#f7c894"/>`;
  b += `<circle cx="560" cy="420" r="96" fill="#fff1cf"/>`;
  // sea
  b += `<rect y="468" width="${W}" height="${H - 468}" fill="#3f8fa6"/>`;
  b += `<rect y="468" width="${W}" height="60" fill="#5aa4b6"/>`;
  // sun reflection
  for (let i = 0; i < 9; i++) {
    const w = 180 - i * 14;
    b += `<rect x="${r1(560 - w / 2 + (rand() - 0.5) * 30)}" y="${486 + i * 28}" width="${r1(w)}" height="6" rx="3" fill="#fde3b0" opacity="0.75"/>`;
  }
  // ripples
  for (let i = 0; i < 40; i++) {
    const x = rand() * W;
    const y = 540 + rand() * 340;
    const w = 30 + rand() * 90;
    b += `<rect x="${r1(x)}" y="${r1(y)}" width="${r1(w)}" height="4" rx="2" fill="#6fb3c3" opacity="0.7"/>`;
  }
  // distant island
  b += `<path d="M40,470 C100,446 170,438 240,452 C290,440 350,446 400,470Z" fill="#8fae9c"/>`;
  // fishing boat (jukung with outrigger)
  b += `<path d="M300,640 L470,640 C455,664 430,672 320,672 Z" fill="#c0462f"/>`;
  b += `<rect x="300" y="634" width="170" height="8" fill="#f2e4c4"/>`;
  b += `<line x1="330" y1="650" x2="300" y2="690" stroke="#4a3a2e" stroke-width="4"/>`;
  b += `<line x1="440" y1="650" x2="470" y2="690" stroke="#4a3a2e" stroke-width="4"/>`;
  b += `<rect x="270" y="688" width="230" height="7" rx="3" fill="#4a3a2e"/>`;
  b += `<rect x="380" y="560" width="5" height="76" fill="#4a3a2e"/>`;
  b += `<path d="M386,566 L446,626 L386,626Z" fill="#f0d58a"/>`;
  // mangrove stand on the right, on a mudflat
  b += `<path d="M860,790 C920,762 1000,752 1100,750 C1300,744 1460,736 1600,730 L1600,800 L860,800Z" fill="#6b5a45"/>`;
  /** x, y, scale */
  const trees: [number, number, number][] = [
    [980, 600, 1.0],
    [1090, 560, 1.25],
    [1210, 590, 1.05],
    [1320, 540, 1.35],
    [1450, 575, 1.2],
    [1560, 540, 1.3],
  ];
  for (const [x, y, s] of trees) {
    const base = 770 - (x - 980) * 0.03;
    // prop roots
    for (let k = -3; k <= 3; k++) {
      const fx = x + k * 26 * s;
      b += `<path d="M${x},${r1(y + 90 * s)} C${r1(x + k * 10 * s)},${r1(y + 130 * s)} ${r1(fx)},${r1(base - 60)} ${r1(fx)},${r1(base)}" fill="none" stroke="#4d3b2c" stroke-width="${r1(5 * s)}" stroke-linecap="round"/>`;
    }
    b += `<rect x="${r1(x - 6 * s)}" y="${r1(y + 30 * s)}" width="${r1(12 * s)}" height="${r1(80 * s)}" fill="#4d3b2c"/>`;
    // canopy clusters
    const greens = ['#2f6b3a', '#3c7f45', '#4c9352'];
    for (let c = 0; c < 7; c++) {
      const a = (c / 7) * Math.PI * 2;
      const cx = x + Math.cos(a) * 58 * s;
      const cy = y + Math.sin(a) * 30 * s;
      b += `<circle cx="${r1(cx)}" cy="${r1(cy)}" r="${r1((46 + rand() * 14) * s)}" fill="${at(greens, c % 3)}"/>`;
    }
    b += `<circle cx="${r1(x - 10 * s)}" cy="${r1(y - 20 * s)}" r="${r1(48 * s)}" fill="#4c9352"/>`;
    b += `<circle cx="${r1(x + 20 * s)}" cy="${r1(y - 34 * s)}" r="${r1(30 * s)}" fill="#5aa35c"/>`;
  }
  // shallow water over the root tips
  b += `<path d="M820,800 C900,784 1000,786 1120,782 C1300,776 1460,774 1600,770 L1600,${H} L820,${H}Z" fill="#3f8fa6" opacity="0.88"/>`;
  for (let i = 0; i < 8; i++)
    b += `<rect x="${900 + i * 90}" y="${812 + (i % 3) * 24}" width="${50 + (i % 2) * 30}" height="4" rx="2" fill="#6fb3c3" opacity="0.8"/>`;
  // young seedlings in the foreground water
  for (let i = 0; i < 14; i++) {
    const x = 660 + i * 40 + rand() * 16;
    const y = 800 + (i % 3) * 22;
    b += `<rect x="${r1(x)}" y="${r1(y - 34)}" width="3" height="36" fill="#4d3b2c"/>`;
    b += `<ellipse cx="${r1(x - 7)}" cy="${r1(y - 36)}" rx="10" ry="5" fill="#4c9352" transform="rotate(-25 ${r1(x - 7)} ${r1(y - 36)})"/>`;
    b += `<ellipse cx="${r1(x + 10)}" cy="${r1(y - 40)}" rx="10" ry="5" fill="#5aa35c" transform="rotate(25 ${r1(x + 10)} ${r1(y - 40)})"/>`;
  }
  // birds
  const birds: Point[] = [
    [760, 220],
    [800, 250],
    [840, 210],
  ];
  for (const [x, y] of birds) {
    b += `<path d="M${x - 16},${y} Q${x - 8},${y - 10} ${x},${y} Q${x + 8},${y - 10} ${x + 16},${y}" fill="none" stroke="#6b5a45" stroke-width="3" stroke-linecap="round"/>`;
  }
  return svg(b, '#fde6c4');
}

// ---------------------------------------------------------------- 6. solar rooftops (lingkungan)

function solarRooftops() {
  const rand = rng(5);
  let b = '';
  b += `<rect width="${W}" height="${H}" fill="#bfe3f2"/>`;
  b += `<rect y="360" width="${W}" height="540" fill="#cdeaf5"/>`;
  // sun with rays
  const sx = 1340;
  const sy = 170;
  for (let i = 0; i < 16; i++) {
    const a = (i / 16) * Math.PI * 2;
    const x1 = sx + Math.cos(a) * 120;
    const y1 = sy + Math.sin(a) * 120;
    const x2 = sx + Math.cos(a) * (i % 2 ? 165 : 190);
    const y2 = sy + Math.sin(a) * (i % 2 ? 165 : 190);
    b += `<line x1="${r1(x1)}" y1="${r1(y1)}" x2="${r1(x2)}" y2="${r1(y2)}" stroke="#f9c440" stroke-width="10" stroke-linecap="round"/>`;
  }
  b += `<circle cx="${sx}" cy="${sy}" r="96" fill="#f9c440"/>`;
  b += `<circle cx="${sx}" cy="${sy}" r="74" fill="#fcd667"/>`;
  // clouds
  /** x, y, scale */
  const clouds: [number, number, number][] = [
    [260, 150, 1],
    [720, 240, 0.8],
  ];
  for (const [x, y, s] of clouds) {
    b += `<g fill="#ffffff" opacity="0.95"><ellipse cx="${x}" cy="${y}" rx="${110 * s}" ry="${34 * s}"/><circle cx="${x - 40 * s}" cy="${y - 20 * s}" r="${40 * s}"/><circle cx="${x + 30 * s}" cy="${y - 30 * s}" r="${52 * s}"/></g>`;
  }
  // distant green hills
  b += ridge(
    [
      [0, 520],
      [400, 470],
      [800, 505],
      [1200, 460],
      [1600, 500],
    ],
    '#9cc98f',
  );
  // houses: back row, then front row
  const roofs = ['#c8643b', '#3f9c95', '#b8553a', '#d9824f', '#2f7f7a', '#c8643b', '#a94f36'];
  const walls = ['#f4ead8', '#f1dfc2', '#e8efe9', '#f6e6cc', '#efe3d3', '#f4ead8', '#e9dccb'];
  function house(x: number, baseY: number, w: number, h: number, i: number, panels: boolean): string {
    const roofH = h * 0.62;
    const wall = at(walls, i % walls.length);
    const roof = at(roofs, i % roofs.length);
    // roof slope facing the viewer: a trapezoid
    const TL: Point = [x + w * 0.14, baseY - h - roofH];
    const TR: Point = [x + w * 0.86, baseY - h - roofH];
    const BL: Point = [x - 16, baseY - h + 4];
    const BR: Point = [x + w + 16, baseY - h + 4];
    const P = (u: number, v: number): Point => {
      const top: Point = [TL[0] + (TR[0] - TL[0]) * u, TL[1]];
      const bot: Point = [BL[0] + (BR[0] - BL[0]) * u, BL[1]];
      return [top[0] + (bot[0] - top[0]) * v, top[1] + (bot[1] - top[1]) * v];
    };
    let s = '';
    s += `<rect x="${x}" y="${baseY - h}" width="${w}" height="${h}" fill="${wall}"/>`;
    s += `<path d="M${TL.map(r1)} L${TR.map(r1)} L${BR.map(r1)} L${BL.map(r1)}Z" fill="${roof}"/>`;
    s += `<path d="M${TL[0] - 4},${TL[1]} L${TR[0] + 4},${TR[1]}" stroke="#3a2a22" stroke-opacity="0.35" stroke-width="8" stroke-linecap="round"/>`;
    s += `<rect x="${r1(BL[0])}" y="${r1(BL[1] - 4)}" width="${r1(BR[0] - BL[0])}" height="8" fill="#000000" opacity="0.13"/>`;
    if (panels) {
      const cols = 4;
      const rows = 2;
      const u0 = 0.12;
      const u1 = 0.88;
      const v0 = 0.16;
      const v1 = 0.84;
      const gu = 0.018;
      const gv = 0.06;
      for (let rr = 0; rr < rows; rr++) {
        for (let cc = 0; cc < cols; cc++) {
          const ua = u0 + ((u1 - u0) * cc) / cols + gu;
          const ub = u0 + ((u1 - u0) * (cc + 1)) / cols - gu;
          const va = v0 + ((v1 - v0) * rr) / rows + gv / 2;
          const vb = v0 + ((v1 - v0) * (rr + 1)) / rows - gv / 2;
          const q: [Point, Point, Point, Point] = [P(ua, va), P(ub, va), P(ub, vb), P(ua, vb)];
          s += `<path d="M${q.map((p) => `${r1(p[0])},${r1(p[1])}`).join(' L')}Z" fill="#1f3a64"/>`;
          // cell lines
          const m1 = P((ua + ub) / 2, va);
          const m2 = P((ua + ub) / 2, vb);
          const h1 = P(ua, (va + vb) / 2);
          const h2 = P(ub, (va + vb) / 2);
          s += `<path d="M${r1(m1[0])},${r1(m1[1])} L${r1(m2[0])},${r1(m2[1])} M${r1(h1[0])},${r1(h1[1])} L${r1(h2[0])},${r1(h2[1])}" stroke="#4f78a8" stroke-width="1.5"/>`;
          // glint
          s += `<path d="M${r1(q[0][0] + 3)},${r1(q[0][1] + 3)} L${r1(q[0][0] + (q[1][0] - q[0][0]) * 0.35)},${r1(q[0][1] + 3)} L${r1(q[3][0] + 3)},${r1(q[3][1] - 6)}Z" fill="#3d6496"/>`;
        }
      }
    }
    // windows and door
    s += `<rect x="${x + w * 0.12}" y="${baseY - h * 0.72}" width="${w * 0.22}" height="${h * 0.28}" fill="#7fb2c9"/>`;
    s += `<rect x="${x + w * 0.66}" y="${baseY - h * 0.72}" width="${w * 0.22}" height="${h * 0.28}" fill="#7fb2c9"/>`;
    s += `<rect x="${x + w * 0.42}" y="${baseY - h * 0.55}" width="${w * 0.18}" height="${h * 0.55}" fill="#8a5a3c"/>`;
    return s;
  }
  let i = 0;
  for (let x = -60; x < W; x += 250) {
    b += house(x, 640, 200, 120, i, i % 3 !== 1);
    i++;
  }
  b += `<rect y="636" width="${W}" height="40" fill="#8cc07f"/>`;
  for (let x = 40; x < W; x += 300) {
    b += house(x, 800, 230, 140, i, i % 4 !== 2);
    i++;
  }
  // trees
  for (const x of [10, 320, 930, 1230, 1560]) {
    b += `<rect x="${x - 6}" y="760" width="12" height="50" fill="#6b4a34"/>`;
    b += `<circle cx="${x}" cy="745" r="${38 + rand() * 10}" fill="#3f8a4a"/>`;
    b += `<circle cx="${x - 14}" cy="730" r="22" fill="#52a35a"/>`;
  }
  // street
  b += `<rect y="800" width="${W}" height="100" fill="#8d95a0"/>`;
  for (let x = 30; x < W; x += 120) b += `<rect x="${x}" y="846" width="60" height="8" rx="4" fill="#e8ecef"/>`;
  // utility poles with wires
  const poles = [180, 980];
  for (const x of poles) {
    b += `<rect x="${x - 7}" y="290" width="14" height="530" fill="#4b4f58"/>`;
    b += `<rect x="${x - 60}" y="310" width="120" height="10" fill="#4b4f58"/>`;
    b += `<rect x="${x - 24}" y="340" width="48" height="40" rx="6" fill="#6b717c"/>`;
  }
  for (const dy of [0, 14, 28]) {
    const y = 312 + dy * 0.5;
    b += `<path d="M-20,${330 + dy} Q60,${356 + dy} 120,${y} M240,${y} Q580,${392 + dy} 920,${y} M1040,${y} Q1330,${388 + dy} 1620,${340 + dy}" fill="none" stroke="#3b3f47" stroke-width="2.5"/>`;
  }
  return svg(b, '#bfe3f2');
}

// ---------------------------------------------------------------- 7. island map (internasional)

interface Island {
  x: number;
  y: number;
  rx: number;
  ry: number;
  name?: string;
  /** the summit's host, ringed on the map */
  host?: boolean;
}

function islandMap() {
  const rand = rng(42);
  let b = '';
  // graticule
  for (let x = 0; x <= W; x += 200)
    b += `<line x1="${x}" y1="0" x2="${x}" y2="${H}" stroke="#b9d8e3" stroke-width="1.5"/>`;
  for (let y = 50; y <= H; y += 200)
    b += `<line x1="0" y1="${y}" x2="${W}" y2="${y}" stroke="#b9d8e3" stroke-width="1.5"/>`;
  const islands: Island[] = [
    { x: 300, y: 250, rx: 120, ry: 70 },
    { x: 560, y: 520, rx: 95, ry: 60 },
    { x: 820, y: 300, rx: 150, ry: 90, name: 'Lumeira', host: true },
    { x: 1090, y: 600, rx: 110, ry: 62 },
    { x: 1320, y: 280, rx: 90, ry: 55, name: 'Seravin' },
    { x: 1420, y: 640, rx: 70, ry: 45 },
    { x: 250, y: 640, rx: 80, ry: 50 },
    { x: 700, y: 760, rx: 60, ry: 36 },
    { x: 980, y: 130, rx: 55, ry: 32 },
    { x: 470, y: 110, rx: 50, ry: 30 },
    { x: 1180, y: 800, rx: 52, ry: 30 },
    { x: 1500, y: 440, rx: 48, ry: 30 },
  ];
  // routes (under islands)
  const routes: [number, number][] = [
    [2, 0],
    [2, 1],
    [2, 3],
    [2, 4],
    [4, 5],
    [3, 5],
    [1, 6],
    [1, 7],
    [2, 8],
    [0, 9],
    [3, 10],
    [4, 11],
    [0, 6],
  ];
  let r = '';
  for (const [a, c] of routes) {
    const A = at(islands, a);
    const C = at(islands, c);
    const mx = (A.x + C.x) / 2 + (A.y - C.y) * 0.18;
    const my = (A.y + C.y) / 2 + (C.x - A.x) * 0.18;
    r += `<path d="M${A.x},${A.y} Q${r1(mx)},${r1(my)} ${C.x},${C.y}" fill="none" stroke="#ffffff" stroke-width="4" stroke-dasharray="14 12" stroke-linecap="round" opacity="0.9"/>`;
  }
  // shallow-water halos and islands
  let halos = '';
  let land = '';
  for (const isl of islands) {
    const shape1 = blob(rand, isl.x, isl.y, isl.rx + 46, isl.ry + 40, 12, 0.18);
    const shape2 = blob(rand, isl.x, isl.y, isl.rx + 20, isl.ry + 18, 12, 0.18);
    halos += `<path d="${shape1}" fill="#bfe1ea"/><path d="${shape2}" fill="#d3ebf0"/>`;
    const sand = blob(rand, isl.x, isl.y, isl.rx, isl.ry, 14, 0.32);
    land += `<path d="${sand}" fill="#efdcb0"/>`;
    const green = blob(rand, isl.x + 4, isl.y - 3, isl.rx * 0.8, isl.ry * 0.72, 12, 0.3);
    land += `<path d="${green}" fill="#8fbf7f"/>`;
    if (isl.rx > 100) {
      land += `<path d="${blob(rand, isl.x + 10, isl.y - 8, isl.rx * 0.42, isl.ry * 0.4, 10, 0.3)}" fill="#6fa566"/>`;
    }
  }
  b += halos + r + land;
  // host marker + labels
  const host = at(islands, 2);
  b += `<circle cx="${host.x}" cy="${host.y}" r="26" fill="none" stroke="#d9473a" stroke-width="7"/>`;
  b += `<circle cx="${host.x}" cy="${host.y}" r="9" fill="#d9473a"/>`;
  for (const isl of islands.filter((i) => i.name)) {
    const size = isl.host ? 38 : 28;
    const y = isl.y - isl.ry - 42;
    b += `<text x="${isl.x}" y="${y}" font-family="${FONT}" font-size="${size}" font-weight="700" fill="#1d3b4f" text-anchor="middle" stroke="#e6f3f7" stroke-width="8" paint-order="stroke">${isl.name}</text>`;
  }
  b += `<text x="275" y="402" font-family="${FONT}" font-size="28" font-style="italic" letter-spacing="8" fill="#4f7f95">LAUT ARUNIKA</text>`;
  // compass
  const cx = 1470;
  const cy = 110;
  b += `<circle cx="${cx}" cy="${cy}" r="56" fill="#e6f3f7" stroke="#4f7f95" stroke-width="3"/>`;
  b += `<path d="M${cx},${cy - 46} L${cx + 12},${cy} L${cx},${cy + 46} L${cx - 12},${cy}Z" fill="#4f7f95"/>`;
  b += `<path d="M${cx},${cy - 46} L${cx + 12},${cy} L${cx - 12},${cy}Z" fill="#d9473a"/>`;
  b += `<text x="${cx}" y="${cy - 64}" font-family="${FONT}" font-size="24" font-weight="700" fill="#1d3b4f" text-anchor="middle">U</text>`;
  // scale bar
  b += `<rect x="90" y="830" width="200" height="10" fill="#1d3b4f"/><rect x="190" y="830" width="100" height="10" fill="#e6f3f7" stroke="#1d3b4f" stroke-width="2"/>`;
  b += `<text x="90" y="870" font-family="${FONT}" font-size="22" fill="#1d3b4f">Peta ilustrasi, tanpa skala</text>`;
  return svg(b, '#a9d1de');
}

// ---------------------------------------------------------------- 8. tidal flood in a coastal street (lingkungan, live)

function floodedStreet() {
  const rand = rng(41);
  let b = '';
  // overcast sky
  b += `<rect width="${W}" height="520" fill="#c9d3da"/>`;
  b += `<rect y="260" width="${W}" height="260" fill="#d8dfe4"/>`;
  for (let i = 0; i < 6; i++)
    b += `<ellipse cx="${r1(120 + i * 280 + rand() * 60)}" cy="${r1(90 + rand() * 80)}" rx="${r1(160 + rand() * 60)}" ry="${r1(40 + rand() * 18)}" fill="#b7c3cc" opacity="0.8"/>`;
  // a row of houses on stilted foundations, water at their doors
  const colours = ['#e9c46a', '#f4a261', '#8ab17d', '#e5989b', '#a8dadc', '#f6bd60', '#cdb4db'];
  let x = 40;
  let i = 0;
  while (x < W - 40) {
    const w = 170 + rand() * 60;
    const h = 170 + rand() * 70;
    const top = 610 - h;
    const colour = at(colours, i % colours.length);
    b += `<rect x="${r1(x)}" y="${r1(top)}" width="${r1(w)}" height="${r1(h)}" fill="${colour}"/>`;
    b += `<path d="M${r1(x - 14)},${r1(top)} L${r1(x + w / 2)},${r1(top - 70)} L${r1(x + w + 14)},${r1(top)}Z" fill="${i % 2 ? '#9c4a3a' : '#6d4c41'}"/>`;
    b += `<rect x="${r1(x + w * 0.18)}" y="${r1(top + 40)}" width="${r1(w * 0.26)}" height="46" fill="#3d5a6c"/>`;
    b += `<rect x="${r1(x + w * 0.58)}" y="${r1(top + 70)}" width="${r1(w * 0.26)}" height="${r1(h - 70)}" fill="#5b3a29"/>`;
    x += w + 26;
    i++;
  }
  // utility poles and wires
  for (const px of [300, 900, 1450]) b += `<rect x="${px}" y="250" width="10" height="400" fill="#5f5f5f"/>`;
  b += `<path d="M305,270 C600,310 600,310 905,270 C1180,310 1180,310 1455,270" fill="none" stroke="#3f3f3f" stroke-width="3"/>`;
  // flood water, murky, over the street
  b += `<rect y="560" width="${W}" height="${H - 560}" fill="#7a8f86"/>`;
  b += `<rect y="560" width="${W}" height="26" fill="#8fa39a"/>`;
  for (let k = 0; k < 46; k++) {
    const wx = rand() * W;
    const wy = 600 + rand() * 280;
    b += `<rect x="${r1(wx)}" y="${r1(wy)}" width="${r1(40 + rand() * 110)}" height="4" rx="2" fill="#a3b6ad" opacity="0.8"/>`;
  }
  // reflections of the houses
  b += `<rect y="586" width="${W}" height="60" fill="#6c8179" opacity="0.5"/>`;
  // rescue boat (orange, rubber) with three figures
  b += `<path d="M560,760 L940,760 C960,760 975,775 975,792 C975,810 960,822 940,822 L560,822 C540,822 525,810 525,792 C525,775 540,760 560,760Z" fill="#e76f2a"/>`;
  b += `<rect x="540" y="782" width="420" height="10" fill="#c4541a"/>`;
  for (const [fx, c] of [
    [640, '#1d3557'],
    [740, '#e63946'],
    [850, '#1d3557'],
  ] as [number, string][]) {
    b += `<rect x="${fx - 16}" y="700" width="32" height="62" rx="10" fill="${c}"/>`;
    b += `<circle cx="${fx}" cy="688" r="17" fill="#8d5b3e"/>`;
    b += `<rect x="${fx - 18}" y="712" width="36" height="24" rx="6" fill="#f4a300"/>`;
  }
  b += `<line x1="930" y1="730" x2="1010" y2="860" stroke="#4a3a2e" stroke-width="6" stroke-linecap="round"/>`;
  // wake
  for (let k = 0; k < 6; k++)
    b += `<rect x="${r1(960 + k * 36)}" y="${r1(812 + k * 9)}" width="${r1(80 - k * 8)}" height="4" rx="2" fill="#d7e2dc" opacity="0.8"/>`;
  return svg(b, '#c9d3da');
}

// ---------------------------------------------------------------- render

const images: [string, () => string][] = [
  ['2025/10/gerhana-bulan.png', eclipse],
  ['2025/11/stadion-harjamukti.png', stadium],
  ['2025/11/harga-cabai-bawang.png', priceChart],
  ['2025/10/kopi-sagara.png', coffeeSlopes],
  ['2025/10/mangrove-tanjung-karang.png', mangroveCoast],
  ['2025/11/panel-surya-wanareja.png', solarRooftops],
  ['2025/11/negara-kepulauan-arunika.png', islandMap],
  ['2025/11/banjir-rob-tanjung-karang.png', floodedStreet],
];

for (const [rel, draw] of images) {
  const file = out(rel);
  const png = await sharp(Buffer.from(draw()), { density: 72 })
    .resize(W, H)
    .png({ palette: true, colours: 128, dither: 0.4, compressionLevel: 9, effort: 10 })
    .toBuffer();
  await writeFile(file, png);
  console.log(`${rel}  ${(png.length / 1024).toFixed(0)} KB`);
}
