/**
 * Draws the toolbar icons (normal: green disc with a handset; DND: red disc with a bar) as PNGs into public/icons.
 * Run once after changing the design: `npx tsx scripts/make-icons.ts`. Kept as code so the icons can be re-made.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type Rgb = [number, number, number];

function crc32(buf: Uint8Array): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array()),
  ]);
}

const clamp = (v: number) => Math.max(0, Math.min(1, v));
const segDist = (px: number, py: number, ax: number, ay: number, bx: number, by: number) => {
  const t = clamp(((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
};

/** Signed-distance shapes in unit coordinates, anti-aliased over one pixel. */
function icon(size: number, bg: Rgb, glyph: (x: number, y: number) => number) {
  return png(size, (px, py) => {
    const x = (px + 0.5) / size;
    const y = (py + 0.5) / size;
    const aa = 1 / size;
    const disc = clamp((0.48 - Math.hypot(x - 0.5, y - 0.5)) / aa + 0.5);
    const ink = clamp(-glyph(x, y) / aa + 0.5) * disc;
    const mix = (c: number) => Math.round(c * (1 - ink) + 255 * ink);
    return [mix(bg[0]), mix(bg[1]), mix(bg[2]), Math.round(disc * 255)];
  });
}

// Handset: a bar between two ear/mouth pieces, drawn diagonally.
const handset = (x: number, y: number) =>
  Math.min(
    segDist(x, y, 0.3, 0.62, 0.62, 0.3) - 0.075,
    segDist(x, y, 0.3, 0.62, 0.4, 0.74) - 0.09,
    segDist(x, y, 0.62, 0.3, 0.74, 0.4) - 0.09,
  );
const bar = (x: number, y: number) => segDist(x, y, 0.28, 0.5, 0.72, 0.5) - 0.08;

mkdirSync('public/icons', { recursive: true });
for (const size of [16, 32, 48, 128]) {
  writeFileSync(`public/icons/icon-${size}.png`, icon(size, [46, 125, 50], handset));
  writeFileSync(`public/icons/icon-dnd-${size}.png`, icon(size, [198, 40, 40], bar));
}
