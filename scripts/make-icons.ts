/**
 * Draws the add-in icon (a dark-teal house on a transparent background) at every size the
 * manifest declares and writes assets/icon-<size>.png. Run: npx tsx scripts/make-icons.ts
 *
 * The PNGs are committed; this script exists so they can be redrawn without an image editor
 * and without an image dependency (PNG is a few zlib-compressed chunks).
 */
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

const TEAL: [number, number, number] = [0x0b, 0x5c, 0x63];
/** Samples per pixel side: edges get partial alpha instead of jagged steps at 16 px. */
const SUPERSAMPLING = 4;

/** The house in unit coordinates (0..1, y grows downwards): roof, chimney, walls minus the door. */
function insideHouse(x: number, y: number): boolean {
  const roofApexY = 0.1;
  const eavesY = 0.5;
  const roofHalfWidth = 0.46;
  const inRoof =
    y >= roofApexY && y <= eavesY && Math.abs(x - 0.5) <= (roofHalfWidth * (y - roofApexY)) / (eavesY - roofApexY);
  const inChimney = x >= 0.68 && x <= 0.8 && y >= 0.16 && y <= 0.4;
  const inWalls = x >= 0.17 && x <= 0.83 && y >= 0.45 && y <= 0.9;
  const inDoor = x >= 0.41 && x <= 0.59 && y >= 0.62 && y <= 0.9;
  return inRoof || inChimney || (inWalls && !inDoor);
}

/** RGBA pixels, one filter byte (0 = none) before each row as PNG scanlines require. */
function drawScanlines(size: number): Buffer {
  const rowBytes = 1 + size * 4;
  const scanlines = Buffer.alloc(rowBytes * size);
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      let covered = 0;
      for (let sy = 0; sy < SUPERSAMPLING; sy++) {
        for (let sx = 0; sx < SUPERSAMPLING; sx++) {
          const x = (col + (sx + 0.5) / SUPERSAMPLING) / size;
          const y = (row + (sy + 0.5) / SUPERSAMPLING) / size;
          if (insideHouse(x, y)) covered++;
        }
      }
      const offset = row * rowBytes + 1 + col * 4;
      scanlines[offset] = TEAL[0];
      scanlines[offset + 1] = TEAL[1];
      scanlines[offset + 2] = TEAL[2];
      scanlines[offset + 3] = Math.round((255 * covered) / (SUPERSAMPLING * SUPERSAMPLING));
    }
  }
  return scanlines;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

export function houseIconPng(size: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  // bytes 10..12: deflate compression, adaptive filtering, no interlace (all zero)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(drawScanlines(size), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (require.main === module) {
  const assetsDir = join(__dirname, '..', 'assets');
  mkdirSync(assetsDir, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = join(assetsDir, `icon-${size}.png`);
    writeFileSync(file, houseIconPng(size));
    console.log(`wrote ${file}`);
  }
}
