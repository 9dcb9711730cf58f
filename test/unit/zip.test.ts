/**
 * The command line's ZIP reader (src/cli/zip.ts) on entries without data: folders ("xl/") and
 * empty parts, as archivers and some spreadsheet programs write them next to the real parts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { crc32 } from 'node:zlib';
import { ZipError, entryChunks, entryText, readZipDirectory, zipDeflated } from '../../src/cli/zip';

/** A ZIP archive with every entry stored (method 0), in the order given. */
function storedZip(entries: Array<{ name: string; data: string }>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const content = Buffer.from(data, 'utf8');
    const crc = crc32(content) >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(content.length, 18);
    local.writeUInt32LE(content.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(content.length, 20);
    central.writeUInt32LE(content.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    // A folder carries the MS-DOS directory attribute, as Windows' and Info-ZIP's archivers write it.
    if (name.endsWith('/')) central.writeUInt32LE(0x10, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, content);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + content.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

async function chunksOf(file: string, entry: Parameters<typeof entryChunks>[1]): Promise<Buffer[]> {
  const chunks: Buffer[] = [];
  for await (const chunk of entryChunks(file, entry)) chunks.push(chunk);
  return chunks;
}

const ENTRIES = [
  { name: 'xl/', data: '' },
  { name: 'xl/worksheets/', data: '' },
  { name: 'xl/vuoto.xml', data: '' },
  { name: 'xl/workbook.xml', data: '<workbook>Proprietà</workbook>' },
];

describe('entries without data', () => {
  let directory: string;
  beforeAll(() => {
    directory = mkdtempSync(path.join(tmpdir(), 'casa-zip-'));
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  test.each([
    ['stored', () => storedZip(ENTRIES)],
    // The command line's writer: folders and empty parts stay stored, the others are deflated.
    ['deflated', () => zipDeflated(ENTRIES.map((entry) => ({ name: entry.name, content: entry.data })))],
  ])('%s: a folder and an empty part read as empty, the part after them as written', async (_kind, make) => {
    const file = path.join(directory, `${_kind}.zip`);
    writeFileSync(file, make());
    const entries = await readZipDirectory(file);
    expect([...entries.keys()]).toEqual(['xl/', 'xl/worksheets/', 'xl/vuoto.xml', 'xl/workbook.xml']);
    expect(await chunksOf(file, entries.get('xl/')!)).toEqual([]);
    expect(await chunksOf(file, entries.get('xl/worksheets/')!)).toEqual([]);
    expect(await entryText(file, entries.get('xl/vuoto.xml')!)).toBe('');
    expect(await entryText(file, entries.get('xl/workbook.xml')!)).toBe('<workbook>Proprietà</workbook>');
  });

  test('an entry recorded with content but no data is damaged, not empty', async () => {
    const file = path.join(directory, 'danneggiato.zip');
    writeFileSync(file, storedZip(ENTRIES));
    const entry = (await readZipDirectory(file)).get('xl/vuoto.xml')!;
    await expect(chunksOf(file, { ...entry, size: 12 })).rejects.toMatchObject({ kind: 'corrupt' });
    await expect(chunksOf(file, { ...entry, crc: 0x1234 })).rejects.toBeInstanceOf(ZipError);
  });
});
