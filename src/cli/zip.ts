/**
 * Just enough of the ZIP format to read an .xlsx safely: the central directory, and each entry
 * as a stream of inflated chunks whose size and CRC-32 are checked at the end. A damaged entry
 * is an error, never a stream that quietly stops: ExcelJS's streaming reader hung on one and the
 * command line exited 0 having printed nothing (issue #9). And just enough to write one: the
 * command line's workbook, its parts deflated by Node's zlib (zipDeflated).
 */
import { createReadStream, promises as fs } from 'node:fs';
import { createInflateRaw, crc32, deflateRawSync } from 'node:zlib';
import { CLI } from './messages';
import { type NewZipEntry, type PackedEntry, ZipTooLargeError, entryBytes, zipContainer } from '../xlsx/zip';

export type { NewZipEntry };

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

/**
 * Why a file is not a readable ZIP archive; `kind` picks the message the user gets. The message
 * is for developers; `detail`, when set, is what the user's sentence says about the archive.
 */
export class ZipError extends Error {
  constructor(
    readonly kind: 'not-zip' | 'truncated' | 'corrupt' | 'encrypted' | 'unsupported',
    message: string,
    readonly detail?: string,
  ) {
    super(message);
    this.name = 'ZipError';
  }
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const ZIP64_MARK = 0xffffffff;
const STORED = 0;
const DEFLATED = 8;
const FLAG_ENCRYPTED = 0x1;

async function readAt(handle: fs.FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}

/** The entries of the archive, from its central directory (the authoritative list). */
export async function readZipDirectory(file: string): Promise<Map<string, ZipEntry>> {
  const handle = await fs.open(file, 'r');
  try {
    const { size } = await handle.stat();
    const tailLength = Math.min(size, EOCD_SIZE + MAX_COMMENT);
    const tail = await readAt(handle, size - tailLength, tailLength);
    let eocd = -1;
    for (let i = tail.length - EOCD_SIZE; i >= 0; i -= 1) {
      if (tail.readUInt32LE(i) === EOCD_SIGNATURE) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new ZipError('truncated', 'end of central directory not found');
    const count = tail.readUInt16LE(eocd + 10);
    const directorySize = tail.readUInt32LE(eocd + 12);
    const directoryOffset = tail.readUInt32LE(eocd + 16);
    if (directorySize === ZIP64_MARK || directoryOffset === ZIP64_MARK) {
      throw new ZipError('unsupported', 'ZIP64 archives are not supported', CLI['zip-zip64']);
    }
    if (directoryOffset + directorySize > size) throw new ZipError('truncated', 'central directory beyond the end');
    const directory = await readAt(handle, directoryOffset, directorySize);
    const entries = new Map<string, ZipEntry>();
    let at = 0;
    for (let index = 0; index < count; index += 1) {
      if (at + 46 > directory.length || directory.readUInt32LE(at) !== CENTRAL_SIGNATURE) {
        throw new ZipError('corrupt', `central directory entry ${index} is damaged`);
      }
      const nameLength = directory.readUInt16LE(at + 28);
      const extraLength = directory.readUInt16LE(at + 30);
      const commentLength = directory.readUInt16LE(at + 32);
      const name = directory.toString('utf8', at + 46, at + 46 + nameLength).replace(/\\/g, '/');
      const entry: ZipEntry = {
        name,
        flags: directory.readUInt16LE(at + 8),
        method: directory.readUInt16LE(at + 10),
        crc: directory.readUInt32LE(at + 16),
        compressedSize: directory.readUInt32LE(at + 20),
        size: directory.readUInt32LE(at + 24),
        localHeaderOffset: directory.readUInt32LE(at + 42),
      };
      if (entry.compressedSize === ZIP64_MARK || entry.size === ZIP64_MARK) {
        throw new ZipError('unsupported', 'ZIP64 entries are not supported', CLI['zip-zip64']);
      }
      // Names are matched without regard to case, as Excel does.
      entries.set(name.replace(/^\//, '').toLowerCase(), entry);
      at += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
  } finally {
    await handle.close();
  }
}

/**
 * The entry's content as inflated chunks. Throws a ZipError when the data is damaged, cut short,
 * encrypted, or does not match the size and CRC-32 the directory records.
 */
export async function* entryChunks(file: string, entry: ZipEntry): AsyncGenerator<Buffer> {
  if (entry.flags & FLAG_ENCRYPTED) throw new ZipError('encrypted', `${entry.name} is encrypted`);
  if (entry.method !== STORED && entry.method !== DEFLATED) {
    throw new ZipError(
      'unsupported',
      `${entry.name} uses compression method ${entry.method}`,
      CLI['zip-method']({ part: entry.name, method: String(entry.method) }),
    );
  }
  const handle = await fs.open(file, 'r');
  let dataStart: number;
  try {
    const header = await readAt(handle, entry.localHeaderOffset, 30);
    if (header.length < 30 || header.readUInt32LE(0) !== LOCAL_SIGNATURE) {
      throw new ZipError('corrupt', `local header of ${entry.name} is damaged`);
    }
    dataStart = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    const { size } = await handle.stat();
    if (dataStart + entry.compressedSize > size) throw new ZipError('truncated', `${entry.name} is cut short`);
  } finally {
    await handle.close();
  }
  // An entry without data (a folder, an empty part): nothing to read, but what the directory
  // records must still say empty. createReadStream cannot even be asked for zero bytes.
  if (entry.compressedSize === 0) {
    if (entry.size !== 0 || entry.crc >>> 0 !== 0) throw new ZipError('corrupt', `${entry.name} is cut short`);
    return;
  }
  const raw = createReadStream(file, {
    start: dataStart,
    end: dataStart + entry.compressedSize - 1,
    highWaterMark: 256 * 1024,
  });
  const source: AsyncIterable<Buffer> = entry.method === STORED ? raw : raw.pipe(createInflateRaw());
  if (entry.method !== STORED) raw.on('error', (error) => (source as NodeJS.ReadWriteStream).emit('error', error));
  let checksum = 0;
  let length = 0;
  try {
    for await (const chunk of source) {
      checksum = crc32(chunk, checksum);
      length += chunk.length;
      if (length > entry.size) throw new ZipError('corrupt', `${entry.name} is longer than recorded`);
      yield chunk;
    }
  } catch (error) {
    if (error instanceof ZipError) throw error;
    throw new ZipError('corrupt', `${entry.name}: ${(error as Error).message}`);
  } finally {
    raw.destroy();
  }
  if (length !== entry.size || checksum >>> 0 !== entry.crc >>> 0) {
    throw new ZipError('corrupt', `${entry.name} does not match its checksum`);
  }
}

/** The whole entry as text (for the small parts: workbook, relations, styles, shared strings). */
export async function entryText(file: string, entry: ZipEntry): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of entryChunks(file, entry)) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A new ZIP archive of `entries`, in order, each deflated by Node's zlib (an empty one stored),
 * dated `modified`: what the command line writes an .xlsx package with. The container is the one
 * the task pane writes too (src/xlsx/zip.ts); only the deflate and the CRC-32 are Node's.
 */
export function zipDeflated(entries: readonly NewZipEntry[], modified: Date = new Date()): Buffer {
  const packed = entries.map((entry): PackedEntry => {
    const content = entryBytes(entry);
    const method = content.length === 0 ? STORED : DEFLATED;
    const data = method === STORED ? content : deflateRawSync(content);
    return { name: entry.name, method, crc: crc32(content) >>> 0, size: content.length, data };
  });
  let archive: Uint8Array;
  try {
    archive = zipContainer(packed, modified);
  } catch (error) {
    if (error instanceof ZipTooLargeError) {
      throw new ZipError('unsupported', 'archive too large for ZIP without ZIP64', CLI['zip-zip64']);
    }
    throw error;
  }
  return Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength);
}
