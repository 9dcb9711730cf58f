/**
 * Writes a ZIP archive (an .xlsx package) without Node and without a library: the container
 * (local headers, central directory, end record) and CRC-32 in plain TypeScript, the deflate step
 * passed in by the caller. The command line passes Node's zlib (src/cli/zip.ts, zipDeflated); the
 * task pane passes the web platform's CompressionStream('deflate-raw') where the browser has it,
 * and stores the parts (method 0) where it does not: both are valid ZIP files that Excel,
 * LibreOffice, ExcelJS and our own reader (src/cli/zip.ts) open alike.
 */

/** A file to put in a new archive: its name and its bytes (a string is written as UTF-8). */
export interface NewZipEntry {
  name: string;
  content: string | Uint8Array;
}

/** Deflates (raw, RFC 1951) the bytes of one entry. */
export type DeflateRaw = (bytes: Uint8Array) => Uint8Array | Promise<Uint8Array>;

/** An entry ready for the container: its name, its size and CRC-32, and its data as stored. */
export interface PackedEntry {
  name: string;
  /** 0: stored, 8: deflated. */
  method: number;
  crc: number;
  size: number;
  data: Uint8Array;
}

export const STORED = 0;
export const DEFLATED = 8;
const LOCAL_SIGNATURE = 0x04034b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_SIGNATURE = 0x06054b50;
const EOCD_SIZE = 22;
/** Version 2.0: deflate, the version every ZIP reader knows. */
const VERSION = 20;
/** General purpose flag bit 11: the name is UTF-8. */
const FLAG_UTF8 = 0x800;

/** Thrown when the entries do not fit a ZIP archive without ZIP64 (over 65,535 entries or 4 GB). */
export class ZipTooLargeError extends Error {
  constructor() {
    super('archive too large for ZIP without ZIP64');
    this.name = 'ZipTooLargeError';
  }
}

let crcTable: Uint32Array | undefined;

/** CRC-32 (ISO 3309, the polynomial ZIP uses) of `bytes`, continued from `previous`. */
export function crc32(bytes: Uint8Array, previous = 0): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let byte = 0; byte < 256; byte += 1) {
      let value = byte;
      for (let bit = 0; bit < 8; bit += 1) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
      crcTable[byte] = value;
    }
  }
  let crc = ~previous;
  for (let index = 0; index < bytes.length; index += 1) crc = crcTable[(crc ^ bytes[index]) & 0xff] ^ (crc >>> 8);
  return ~crc >>> 0;
}

/** The entry's content as bytes (a string as UTF-8). */
export function entryBytes(entry: NewZipEntry): Uint8Array {
  return typeof entry.content === 'string' ? new TextEncoder().encode(entry.content) : entry.content;
}

/** MS-DOS date and time of `date` (local time, 2-second steps), as a ZIP header stores them. */
function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.min(Math.max(date.getFullYear(), 1980), 2107);
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

/**
 * The archive of `entries`, in order, dated `modified`: no extra fields, no comment, no data
 * descriptor (the sizes are known), names flagged UTF-8 when they are not plain ASCII.
 */
export function zipContainer(entries: readonly PackedEntry[], modified: Date): Uint8Array {
  const { time, date } = dosDateTime(modified);
  const encoder = new TextEncoder();
  const names = entries.map((entry) => encoder.encode(entry.name));
  const localsLength = entries.reduce((sum, entry, index) => sum + 30 + names[index].length + entry.data.length, 0);
  const directoryLength = names.reduce((sum, name) => sum + 46 + name.length, 0);
  if (entries.length > 0xffff || localsLength > 0xfffffffe || localsLength + directoryLength > 0xfffffffe) {
    throw new ZipTooLargeError();
  }
  const archive = new Uint8Array(localsLength + directoryLength + EOCD_SIZE);
  const view = new DataView(archive.buffer);
  let at = 0;
  let central = localsLength;
  entries.forEach((entry, index) => {
    const name = names[index];
    const flags = /^[\x20-\x7e]*$/.test(entry.name) ? 0 : FLAG_UTF8;
    const offset = at;
    view.setUint32(at, LOCAL_SIGNATURE, true);
    view.setUint16(at + 4, VERSION, true);
    view.setUint16(at + 6, flags, true);
    view.setUint16(at + 8, entry.method, true);
    view.setUint16(at + 10, time, true);
    view.setUint16(at + 12, date, true);
    view.setUint32(at + 14, entry.crc >>> 0, true);
    view.setUint32(at + 18, entry.data.length, true);
    view.setUint32(at + 22, entry.size, true);
    view.setUint16(at + 26, name.length, true);
    view.setUint16(at + 28, 0, true);
    archive.set(name, at + 30);
    archive.set(entry.data, at + 30 + name.length);
    at += 30 + name.length + entry.data.length;

    view.setUint32(central, CENTRAL_SIGNATURE, true);
    view.setUint16(central + 4, VERSION, true);
    view.setUint16(central + 6, VERSION, true);
    view.setUint16(central + 8, flags, true);
    view.setUint16(central + 10, entry.method, true);
    view.setUint16(central + 12, time, true);
    view.setUint16(central + 14, date, true);
    view.setUint32(central + 16, entry.crc >>> 0, true);
    view.setUint32(central + 20, entry.data.length, true);
    view.setUint32(central + 24, entry.size, true);
    view.setUint16(central + 28, name.length, true);
    // Extra field, comment, disk number, internal and external attributes: none (zeros).
    view.setUint32(central + 42, offset, true);
    archive.set(name, central + 46);
    central += 46 + name.length;
  });
  view.setUint32(central, EOCD_SIGNATURE, true);
  view.setUint16(central + 8, entries.length, true);
  view.setUint16(central + 10, entries.length, true);
  view.setUint32(central + 12, directoryLength, true);
  view.setUint32(central + 16, localsLength, true);
  return archive;
}

/**
 * The archive of `entries`, each deflated by `deflate` (an empty one stored, as is every entry
 * when `deflate` is undefined), dated `modified`.
 */
export async function zipEntries(
  entries: readonly NewZipEntry[],
  options: { modified?: Date; deflate?: DeflateRaw } = {},
): Promise<Uint8Array> {
  const { deflate } = options;
  const packed = await Promise.all(
    entries.map(async (entry): Promise<PackedEntry> => {
      const bytes = entryBytes(entry);
      const method = deflate && bytes.length > 0 ? DEFLATED : STORED;
      const data = method === DEFLATED && deflate ? await deflate(bytes) : bytes;
      return { name: entry.name, method, crc: crc32(bytes), size: bytes.length, data };
    }),
  );
  return zipContainer(packed, options.modified ?? new Date());
}

/** The constructor of the web platform's CompressionStream, where the runtime has one. */
type CompressionStreamClass = new (format: 'deflate-raw') => TransformStream<Uint8Array, Uint8Array>;

/**
 * Raw deflate through the platform's CompressionStream('deflate-raw') (WebView2, Safari 16.4+,
 * current browsers, Node 18+), or undefined where it has none or refuses the format: then the
 * caller stores the entries. `platform` is the global scope (a test gives another).
 */
export function webDeflateRaw(
  platform: { CompressionStream?: CompressionStreamClass } = globalThis as {
    CompressionStream?: CompressionStreamClass;
  },
): DeflateRaw | undefined {
  const Stream = platform.CompressionStream;
  if (typeof Stream !== 'function') return undefined;
  try {
    new Stream('deflate-raw');
  } catch {
    // An older engine knows 'deflate' and 'gzip' only.
    return undefined;
  }
  return async (bytes) => {
    const stream = new Stream('deflate-raw');
    const writer = stream.writable.getWriter();
    // Not awaited before reading: the stream holds the written bytes until they are read. A
    // failure of the write fails the read below, which is what the caller sees.
    writer.write(bytes).catch(() => undefined);
    writer.close().catch(() => undefined);
    const reader = stream.readable.getReader();
    const chunks: Uint8Array[] = [];
    let length = 0;
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      chunks.push(read.value);
      length += read.value.length;
    }
    const deflated = new Uint8Array(length);
    let at = 0;
    for (const chunk of chunks) {
      deflated.set(chunk, at);
      at += chunk.length;
    }
    return deflated;
  };
}
