/**
 * A minimal zip writer for hostile test files: every header field can be set to a lie (sizes, checksum,
 * flags, entry count), and it reports where each part's data landed so a test can damage exactly that.
 */
import zlib from 'node:zlib';

export interface ZipPart {
  name: string;
  data: Buffer;
  /** 8 (deflate, the default) or 0 (stored). */
  method?: number;
  /** Header lies: the uncompressed size, the CRC-32 and the flags recorded for this part. */
  declaredSize?: number;
  crc?: number;
  flags?: number;
  /** Use these bytes as the compressed data instead of compressing `data`. */
  raw?: Buffer;
}

export interface ZipOptions {
  /** The entry count the end record claims. */
  declaredCount?: number;
  /** Central-directory entries pointing at one part's data (an overlapping zip bomb). */
  overlapCopies?: number;
}

export interface BuiltZip {
  buf: Buffer;
  dataAt: { name: string; start: number; end: number }[];
}

export function writeZip(parts: ZipPart[], opts: ZipOptions = {}): BuiltZip {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  const dataAt: BuiltZip['dataAt'] = [];
  let offset = 0;
  for (const p of parts) {
    const method = p.method ?? 8;
    const body = p.raw ?? (method === 8 ? zlib.deflateRawSync(p.data) : p.data);
    const h = { method, flags: p.flags ?? 0, crc: p.crc ?? zlib.crc32(p.data), csize: body.length, usize: p.declaredSize ?? p.data.length };
    const name = Buffer.from(p.name, 'utf8');
    const head = localHeader(h, name);
    local.push(head, body);
    dataAt.push({ name: p.name, start: offset + head.length, end: offset + head.length + body.length });
    const copies = opts.overlapCopies && p === parts[0] ? opts.overlapCopies : 1;
    for (let k = 0; k < copies; k++) central.push(centralHeader(h, copies > 1 ? Buffer.from(`${p.name}.${k}`) : name, offset));
    offset += head.length + body.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  const count = opts.declaredCount ?? central.length;
  end.writeUInt16LE(Math.min(count, 0xffff), 8);
  end.writeUInt16LE(Math.min(count, 0xffff), 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return { buf: Buffer.concat([...local, cd, end]), dataAt };
}

interface Header {
  method: number;
  flags: number;
  crc: number;
  csize: number;
  usize: number;
}

function localHeader(h: Header, name: Buffer): Buffer {
  const b = Buffer.alloc(30);
  b.writeUInt32LE(0x04034b50, 0);
  b.writeUInt16LE(20, 4);
  b.writeUInt16LE(h.flags, 6);
  b.writeUInt16LE(h.method, 8);
  b.writeUInt16LE(0x21, 12); // 1980-01-01
  b.writeUInt32LE(h.crc >>> 0, 14);
  b.writeUInt32LE(h.csize >>> 0, 18);
  b.writeUInt32LE(h.usize >>> 0, 22);
  b.writeUInt16LE(name.length, 26);
  return Buffer.concat([b, name]);
}

function centralHeader(h: Header, name: Buffer, offset: number): Buffer {
  const b = Buffer.alloc(46);
  b.writeUInt32LE(0x02014b50, 0);
  b.writeUInt16LE(20, 4);
  b.writeUInt16LE(20, 6);
  b.writeUInt16LE(h.flags, 8);
  b.writeUInt16LE(h.method, 10);
  b.writeUInt16LE(0x21, 14);
  b.writeUInt32LE(h.crc >>> 0, 16);
  b.writeUInt32LE(h.csize >>> 0, 20);
  b.writeUInt32LE(h.usize >>> 0, 24);
  b.writeUInt16LE(name.length, 28);
  b.writeUInt32LE(offset, 42);
  return Buffer.concat([b, name]);
}
