// The Windows .ico and macOS .icns containers, written from PNG images (both formats may hold PNG data
// as it is): pure functions, so a unit test can read back what scripts/make-icons.mjs writes.
//   ico: ICONDIR (6 bytes), one 16-byte ICONDIRENTRY per image, then the PNGs; a size of 256 is written as 0.
//   icns: 'icns' + total length, then per image a 4-letter type ('ic08' 256 px, 'ic09' 512 px) + length + PNG.

/** @param {{ size: number, png: Buffer }[]} images PNGs of at most 256 x 256 */
export function icoOf(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1: icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    if (size > 256) throw new Error(`an .ico image is at most 256 px (got ${size})`);
    const at = 6 + 16 * i;
    header.writeUInt8(size % 256, at);
    header.writeUInt8(size % 256, at + 1);
    header.writeUInt16LE(1, at + 4); // colour planes
    header.writeUInt16LE(32, at + 6); // bits per pixel
    header.writeUInt32LE(png.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.png)]);
}

const ICNS_TYPES = { 256: 'ic08', 512: 'ic09', 1024: 'ic10' };

/** @param {{ size: 256 | 512 | 1024, png: Buffer }[]} images */
export function icnsOf(images) {
  const entries = images.map(({ size, png }) => {
    const type = ICNS_TYPES[size];
    if (!type) throw new Error(`no .icns type for ${size} px`);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + entries.reduce((n, e) => n + e.length, 0), 4);
  return Buffer.concat([head, ...entries]);
}
