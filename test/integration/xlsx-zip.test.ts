/**
 * The task pane's workbook (src/xlsx/workbook.ts: the SpreadsheetML parts zipped by src/xlsx/zip.ts,
 * deflated by CompressionStream or stored) against the command line's (the same parts zipped by
 * zipDeflated, Node's zlib): a prepared communication written by the pane's path is read back by
 * our reader (src/cli/zip.ts, src/cli/xlsx-read.ts) and by ExcelJS with the same parts, rows and
 * cells as the command line's file, deflated and stored alike.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { CompressionStream as NodeCompressionStream } from 'node:stream/web';
import { crc32 as zlibCrc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { openXlsx, type XlsxRow } from '../../src/cli/xlsx-read';
import { entryText, readZipDirectory, zipDeflated, type ZipEntry } from '../../src/cli/zip';
import { sampleCommunication } from '../helpers/sample-communication';
import type { SheetLayout } from '../../src/core/sheet';
import { renderWorkbook } from '../../src/taskpane/workbookFile';
import { spreadsheetParts } from '../../src/xlsx/spreadsheetml';
import { layoutsWorkbookBytes } from '../../src/xlsx/workbook';
import { DEFLATED, STORED, ZipTooLargeError, crc32, webDeflateRaw, zipContainer, zipEntries } from '../../src/xlsx/zip';

const NOW = new Date(Date.UTC(2021, 10, 15, 9, 0));
const TIMEOUT = 60_000;
let workdir: string;
let communication: SheetLayout[];

beforeAll(async () => {
  workdir = mkdtempSync(path.join(tmpdir(), 'casa-xlsx-zip-'));
  communication = (await sampleCommunication(NOW)).sheets;
});
afterAll(() => rmSync(workdir, { recursive: true, force: true }));

function saved(bytes: Uint8Array, name: string): string {
  const file = path.join(workdir, name);
  writeFileSync(file, bytes);
  return file;
}

/** Every part of the archive as our reader gives it (names, methods, texts checked against their CRC-32). */
async function partsOf(file: string): Promise<{ entries: ZipEntry[]; texts: Record<string, string> }> {
  const directory = await readZipDirectory(file);
  const texts: Record<string, string> = {};
  for (const [name, entry] of directory) texts[name] = await entryText(file, entry);
  return { entries: [...directory.values()], texts };
}

/** Every row of every sheet, as the command line's own xlsx reader gives them. */
async function rowsOf(file: string): Promise<Record<string, XlsxRow[]>> {
  const book = await openXlsx(file);
  const rows: Record<string, XlsxRow[]> = {};
  for (const sheet of book.sheets) {
    rows[sheet.name] = [];
    for await (const row of book.rows(sheet.name)) rows[sheet.name].push(row);
  }
  return rows;
}

/** Every cell of every sheet as ExcelJS reads it: value (formula and result), style, merges. */
async function cellsOf(file: string): Promise<unknown[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const cells: unknown[] = [];
  workbook.eachSheet((sheet) => {
    cells.push({ sheet: sheet.name, merges: sheet.model.merges, views: sheet.views });
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) =>
        cells.push({ sheet: sheet.name, address: cell.address, value: cell.value, style: cell.style }),
      ),
    );
  });
  return JSON.parse(JSON.stringify(cells));
}

describe("the pane's communication workbook against the command line's", () => {
  const deflateRaw = webDeflateRaw({ CompressionStream: NodeCompressionStream as never });

  test.each([
    ['deflated by CompressionStream', deflateRaw, DEFLATED],
    ['stored (no CompressionStream)', null, STORED],
  ] as const)(
    '%s: the same parts, rows and cells, read by our reader and by ExcelJS',
    async (_name, deflate, method) => {
      const cli = saved(zipDeflated(spreadsheetParts(communication, { created: NOW }), NOW), 'cli.xlsx');
      const pane = saved(await layoutsWorkbookBytes(communication, { created: NOW, deflate }), `pane-${method}.xlsx`);
      const [cliParts, paneParts] = [await partsOf(cli), await partsOf(pane)];
      expect(paneParts.texts).toEqual(cliParts.texts);
      expect(Object.keys(paneParts.texts)).toEqual(expect.arrayContaining(['xl/workbook.xml', 'xl/tables/table1.xml']));
      expect(new Set(paneParts.entries.map((entry) => entry.method))).toEqual(new Set([method]));
      expect(await rowsOf(pane)).toEqual(await rowsOf(cli));
      const cells = await cellsOf(pane);
      expect(cells).toEqual(await cellsOf(cli));
      expect(cells.length).toBeGreaterThan(100);
    },
    TIMEOUT,
  );

  test(
    'renderWorkbook (what the pane calls) deflates where the runtime has CompressionStream, and its Base64 is the file',
    async () => {
      expect(typeof globalThis.CompressionStream).toBe('function');
      const file = await renderWorkbook('Comunicazione Cremona.xlsx', communication);
      expect(Buffer.from(file.base64, 'base64')).toEqual(Buffer.from(file.bytes));
      const written = saved(file.bytes, 'rendered.xlsx');
      const { entries } = await partsOf(written);
      expect(new Set(entries.map((entry) => entry.method))).toEqual(new Set([DEFLATED]));
      expect(await rowsOf(written)).toEqual(
        await rowsOf(saved(zipDeflated(spreadsheetParts(communication)), 'now.xlsx')),
      );
    },
    TIMEOUT,
  );
});

describe('the zip writer', () => {
  test.each([
    ['empty', new Uint8Array(0)],
    ['ASCII', new TextEncoder().encode('<?xml version="1.0"?><a/>')],
    ['every byte', Uint8Array.from({ length: 70_000 }, (_, index) => (index * 7919) % 256)],
  ])('CRC-32 of %s bytes is zlib’s', (_name, bytes) => {
    expect(crc32(bytes)).toBe(zlibCrc32(bytes) >>> 0);
    expect(crc32(bytes.subarray(100), crc32(bytes.subarray(0, 100)))).toBe(zlibCrc32(bytes) >>> 0);
  });

  test("CompressionStream('deflate-raw') gives raw deflate that zlib inflates", async () => {
    const text = new TextEncoder().encode('Alloggio '.repeat(5000));
    const deflated = await webDeflateRaw({ CompressionStream: NodeCompressionStream as never })!(text);
    expect(deflated.length).toBeLessThan(text.length / 10);
    expect(inflateRawSync(deflated)).toEqual(Buffer.from(text));
  });

  test('without CompressionStream, or one that knows no deflate-raw, the entries are stored', () => {
    expect(webDeflateRaw({})).toBeUndefined();
    class OldCompressionStream {
      constructor(format: string) {
        if (format !== 'gzip' && format !== 'deflate') throw new TypeError(`Unsupported format ${format}`);
      }
    }
    expect(webDeflateRaw({ CompressionStream: OldCompressionStream as never })).toBeUndefined();
  });

  test("the command line's archive is the container with zlib's deflate: the same bytes", async () => {
    const entries = [
      { name: '[Content_Types].xml', content: '<Types/>' },
      { name: 'xl/vuoto.xml', content: '' },
      { name: 'xl/città.xml', content: new TextEncoder().encode('è') },
    ];
    const shared = await zipEntries(entries, { modified: NOW, deflate: (bytes) => deflateRawSync(bytes) });
    expect(Buffer.from(shared)).toEqual(zipDeflated(entries, NOW));
    const file = saved(shared, 'names.zip');
    const { entries: read, texts } = await partsOf(file);
    expect(read.map((entry) => [entry.name, entry.method, entry.flags])).toEqual([
      ['[Content_Types].xml', DEFLATED, 0],
      ['xl/vuoto.xml', STORED, 0],
      ['xl/città.xml', DEFLATED, 0x800],
    ]);
    expect(texts['xl/città.xml']).toBe('è');
  });

  test('more entries than a ZIP without ZIP64 holds are refused', () => {
    const entries = Array.from({ length: 0x10000 }, (_, index) => ({
      name: `${index}`,
      method: STORED,
      crc: 0,
      size: 0,
      data: new Uint8Array(0),
    }));
    expect(() => zipContainer(entries, NOW)).toThrow(ZipTooLargeError);
  });
});
