/**
 * A small ZIP writer for the SCORM packages (scripts/build/scorm-packages.ts): deflated entries, a
 * fixed date, files in the order given, so that the same content always gives the same bytes.
 *
 * Why not a library's one-call zip: every package of a build carries the same runtime (`sco.js`,
 * `sco.css`), about 40% of its bytes. Here an entry is compressed once (`zipEntry`) and can go into
 * any number of archives, so a build compresses the shared files once instead of 376 times (at
 * 1,000 entries). Compression is fflate's, in JavaScript, so the bytes do not depend on the
 * machine's zlib; the checksum is Node's CRC-32. No ZIP64: an entry or archive over 4 GB is refused.
 */
import { crc32 } from 'node:zlib';
import { deflateSync } from 'fflate';

/** One file, compressed, ready to go into archives. */
export interface ZipEntry {
  name: Uint8Array;
  crc: number;
  size: number;
  data: Uint8Array;
}

/** 2000-01-01 00:00 in MS-DOS date and time fields (local time of the archive, no zone). */
const DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
const LIMIT = 0xffffffff;
const encoder = new TextEncoder();

/** Compresses a file once for `zipArchive` (text is stored as UTF-8). */
export function zipEntry(name: string, content: string | Uint8Array): ZipEntry {
  const bytes = typeof content === 'string' ? encoder.encode(content) : content;
  if (bytes.length > LIMIT) throw new Error(`${name}: too large for a ZIP without ZIP64`);
  return { name: encoder.encode(name), crc: crc32(bytes), size: bytes.length, data: deflateSync(bytes, { level: 6 }) };
}

/** A ZIP archive of the entries, in their order. */
export function zipArchive(entries: readonly ZipEntry[]): Uint8Array {
  const utf8 = (e: ZipEntry) => (e.name.some((b) => b > 0x7f) ? 0x0800 : 0);
  const localSize = entries.reduce((n, e) => n + 30 + e.name.length + e.data.length, 0);
  const centralSize = entries.reduce((n, e) => n + 46 + e.name.length, 0);
  if (localSize + centralSize + 22 > LIMIT || entries.length > 0xffff)
    throw new Error('archive too large for a ZIP without ZIP64');
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  const u16 = (v: number) => {
    view.setUint16(at, v, true);
    at += 2;
  };
  const u32 = (v: number) => {
    view.setUint32(at, v >>> 0, true);
    at += 4;
  };
  const bytes = (b: Uint8Array) => {
    out.set(b, at);
    at += b.length;
  };
  /** The fields local and central headers share, from "version needed" to the name's length. */
  const common = (e: ZipEntry) => {
    u16(20);
    u16(utf8(e));
    u16(8);
    u16(DOS_TIME);
    u16(DOS_DATE);
    u32(e.crc);
    u32(e.data.length);
    u32(e.size);
    u16(e.name.length);
  };
  const offsets: number[] = [];
  for (const e of entries) {
    offsets.push(at);
    u32(0x04034b50);
    common(e);
    u16(0);
    bytes(e.name);
    bytes(e.data);
  }
  const central = at;
  entries.forEach((e, i) => {
    u32(0x02014b50);
    u16(20);
    common(e);
    u16(0); // extra field
    u16(0); // comment
    u16(0); // disk
    u16(0); // internal attributes
    u32(0); // external attributes
    u32(offsets[i]!);
    bytes(e.name);
  });
  const centralEnd = at;
  u32(0x06054b50);
  u16(0);
  u16(0);
  u16(entries.length);
  u16(entries.length);
  u32(centralEnd - central);
  u32(central);
  u16(0);
  return out;
}
