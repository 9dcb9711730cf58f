/**
 * Reads the cells of an .xlsx row by row, streaming the worksheet's XML: the rows of a large
 * inventory are never all held as XML or cell objects. Every cell gives what Excel shows: the
 * cached result of a formula (an error such as #N/A included, which ExcelJS's streaming reader
 * dropped, so a SAS dwelling whose service came from a failed VLOOKUP counted as SAP), shared and
 * inline strings, booleans, and dates for numbers with a date format.
 */
import type { SaxesParser, SaxesTagPlain } from 'saxes';
import { formatCount } from '../core/messages';
import { CLI_MESSAGES } from './messages';
import { type ZipEntry, ZipError, entryChunks, readZipDirectory } from './zip';
import { decodeXString } from '../xlsx/spreadsheetml';

/** An Excel error value, as the inventory parser recognises it (`excelErrorOf`). */
export interface ErrorCell {
  error: string;
}

export interface XlsxRow {
  /** Excel row number (1-based). */
  row: number;
  /** Cell values from column A; '' for an empty cell. */
  values: unknown[];
}

export interface XlsxSheetInfo {
  name: string;
  visible: boolean;
}

export interface XlsxBook {
  sheets: XlsxSheetInfo[];
  /** The rows of a sheet, in order; empty rows are not given. */
  rows(sheetName: string): AsyncGenerator<XlsxRow>;
  /** The same rows, in the batches they are inflated in (one await per batch, not per row). */
  batches(sheetName: string): AsyncGenerator<XlsxRow[]>;
  /** What the reading noticed and the user should know (formulas without a saved result...). */
  warnings: string[];
}

/** The archive is a ZIP but not a workbook (an .ods, a .docx, any archive). */
export class NotAWorkbookError extends Error {
  constructor(readonly spreadsheet: 'ods' | 'other') {
    super(spreadsheet === 'ods' ? 'OpenDocument spreadsheet' : 'ZIP archive without a workbook');
    this.name = 'NotAWorkbookError';
  }
}

const localName = (name: string): string => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

interface XmlHandlers {
  open?: (name: string, attributes: Record<string, string>) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
}

/**
 * saxes, loaded when a workbook is first read: a CSV never needs it, and loading it cost every run
 * of the command line about 15 million instructions.
 */
let saxes: typeof import('saxes') | undefined;

/** A SAX parser whose handlers see local names (prefixes dropped); malformed XML is a ZipError. */
function xmlParser(part: string, handlers: XmlHandlers): SaxesParser {
  saxes ??= require('saxes') as typeof import('saxes');
  const parser = new saxes.SaxesParser();
  parser.on('error', (error) => {
    throw new ZipError('corrupt', `${part}: ${error.message}`);
  });
  const { open, close, text } = handlers;
  if (open) {
    parser.on('opentag', (tag) =>
      open(localName(tag.name), (tag as SaxesTagPlain).attributes as Record<string, string>),
    );
  }
  if (close) parser.on('closetag', (tag) => close(localName(tag.name)));
  if (text) {
    parser.on('text', text);
    parser.on('cdata', text);
  }
  return parser;
}

/** Feeds an entry to a parser; yields after each chunk, so a caller can hand out what it produced. */
async function* feed(file: string, entry: ZipEntry, parser: SaxesParser): AsyncGenerator<void> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of entryChunks(file, entry)) {
    parser.write(decoder.decode(chunk, { stream: true }));
    yield;
  }
  parser.write(decoder.decode());
  parser.close();
}

async function parseXml(file: string, entry: ZipEntry, handlers: XmlHandlers): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  for await (const _ of feed(file, entry, xmlParser(entry.name, handlers))) {
    // Small parts: nothing to hand out between chunks.
  }
}

function attributeNamed(attributes: Record<string, string>, name: string): string | undefined {
  for (const [key, value] of Object.entries(attributes)) if (localName(key) === name) return value;
  return undefined;
}

/** Targets of a relationships part: id -> { type, target }. */
async function readRelationships(
  file: string,
  entries: Map<string, ZipEntry>,
  part: string,
): Promise<Map<string, { type: string; target: string }>> {
  const relationships = new Map<string, { type: string; target: string }>();
  const entry = entries.get(part.toLowerCase());
  if (!entry) return relationships;
  await parseXml(file, entry, {
    open: (name, attributes) => {
      if (name === 'Relationship' && attributes.Id && attributes.Target) {
        relationships.set(attributes.Id, { type: attributes.Type ?? '', target: attributes.Target });
      }
    },
  });
  return relationships;
}

/** A relationship target as a path inside the archive. */
function resolvePart(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

/** Built-in number formats that show a date or a time (ECMA-376 18.8.30). */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

/** True when a format code shows a date or a time: d, m, y, h or s outside quotes and brackets. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '');
  return /[dmyhs]/i.test(bare) && !/^General$/i.test(bare.trim());
}

const MS_PER_DAY = 86_400_000;
/** A date serial as a JS Date at UTC midnight (1900 system with its phantom 29/02/1900, or 1904). */
function serialToDate(serial: number, date1904: boolean): Date | number {
  if (date1904) return new Date(Date.UTC(1904, 0, 1) + Math.round(serial * MS_PER_DAY));
  if (serial === 60 || serial < 1) return serial;
  const day0 = serial < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return new Date(day0 + Math.round(serial * MS_PER_DAY));
}

function columnIndex(reference: string): number | undefined {
  let column = 0;
  let i = 0;
  for (; i < reference.length; i += 1) {
    const code = reference.charCodeAt(i);
    const upper = code >= 97 && code <= 122 ? code - 32 : code;
    if (upper < 65 || upper > 90) break;
    column = column * 26 + (upper - 64);
  }
  return i === 0 ? undefined : column - 1;
}

/** Opens an .xlsx: its sheets, then the rows of one of them on demand. */
export async function openXlsx(file: string): Promise<XlsxBook> {
  const entries = await readZipDirectory(file);
  const rootRelationships = await readRelationships(file, entries, '_rels/.rels');
  const officeDocument = [...rootRelationships.values()].find((relationship) =>
    relationship.type.endsWith('/officeDocument'),
  );
  const workbookPart = officeDocument ? resolvePart('', officeDocument.target) : 'xl/workbook.xml';
  const workbookEntry = entries.get(workbookPart.toLowerCase());
  if (!workbookEntry) {
    throw new NotAWorkbookError(entries.has('mimetype') && entries.has('content.xml') ? 'ods' : 'other');
  }

  const sheetParts: { name: string; id: string; visible: boolean }[] = [];
  let date1904 = false;
  await parseXml(file, workbookEntry, {
    open: (name, attributes) => {
      if (name === 'sheet') {
        sheetParts.push({
          name: attributes.name ?? '',
          id: attributeNamed(attributes, 'id') ?? '',
          visible: !attributes.state || attributes.state === 'visible',
        });
      } else if (name === 'workbookPr') {
        date1904 = attributes.date1904 === '1' || attributes.date1904 === 'true';
      }
    },
  });
  const relationshipsPart = resolvePart(workbookPart, `_rels/${workbookPart.split('/').pop()}.rels`);
  const relationships = await readRelationships(file, entries, relationshipsPart);
  const partOfType = (suffix: string): ZipEntry | undefined => {
    const found = [...relationships.values()].find((relationship) => relationship.type.endsWith(suffix));
    return found ? entries.get(resolvePart(workbookPart, found.target).toLowerCase()) : undefined;
  };
  const warnings: string[] = [];

  let sharedStrings: string[] | undefined;
  let dateStyles: boolean[] | undefined;

  async function loadSharedStrings(): Promise<string[]> {
    const strings: string[] = [];
    const entry = partOfType('/sharedStrings');
    if (!entry) return strings;
    let current = '';
    let inText = false;
    let phonetic = 0;
    await parseXml(file, entry, {
      open: (name) => {
        if (name === 'si') current = '';
        else if (name === 'rPh') phonetic += 1;
        else if (name === 't' && phonetic === 0) inText = true;
      },
      close: (name) => {
        if (name === 'si') strings.push(decodeXString(current));
        else if (name === 'rPh') phonetic -= 1;
        else if (name === 't') inText = false;
      },
      text: (text) => {
        if (inText) current += text;
      },
    });
    return strings;
  }

  async function loadDateStyles(): Promise<boolean[]> {
    const entry = partOfType('/styles');
    const styles: boolean[] = [];
    if (!entry) return styles;
    const customFormats = new Map<number, string>();
    let inCellFormats = false;
    await parseXml(file, entry, {
      open: (name, attributes) => {
        if (name === 'numFmt') customFormats.set(Number(attributes.numFmtId), attributes.formatCode ?? '');
        else if (name === 'cellXfs') inCellFormats = true;
        else if (name === 'xf' && inCellFormats) {
          const id = Number(attributes.numFmtId ?? 0);
          const custom = customFormats.get(id);
          styles.push(custom !== undefined ? isDateFormat(custom) : BUILT_IN_DATE_FORMATS.has(id));
        }
      },
      close: (name) => {
        if (name === 'cellXfs') inCellFormats = false;
      },
    });
    return styles;
  }

  async function* rows(sheetName: string): AsyncGenerator<XlsxRow> {
    for await (const batch of batches(sheetName)) yield* batch;
  }

  async function* batches(sheetName: string): AsyncGenerator<XlsxRow[]> {
    const sheet = sheetParts.find((candidate) => candidate.name === sheetName);
    const relationship = sheet ? relationships.get(sheet.id) : undefined;
    const entry = relationship ? entries.get(resolvePart(workbookPart, relationship.target).toLowerCase()) : undefined;
    if (!entry) throw new ZipError('corrupt', `the part of sheet ${sheetName} is missing`);
    sharedStrings ??= await loadSharedStrings();
    dateStyles ??= await loadDateStyles();
    const strings = sharedStrings;
    const dates = dateStyles;

    const ready: XlsxRow[] = [];
    let rowNumber = 0;
    let values: unknown[] = [];
    let column = -1;
    let cellType = '';
    let cellStyle = 0;
    let hasFormula = false;
    let text = '';
    let collecting: 'v' | 't' | undefined;
    let phonetic = 0;
    let sawValue = false;
    let formulasWithoutResult = 0;
    let sheetEnded = false;

    const cellValue = (): unknown => {
      if (!sawValue) {
        if (hasFormula) formulasWithoutResult += 1;
        return '';
      }
      switch (cellType) {
        case 's': {
          const index = Number(text);
          return Number.isInteger(index) && index >= 0 && index < strings.length ? strings[index] : '';
        }
        case 'str':
          return text;
        case 'inlineStr':
          return decodeXString(text);
        case 'b':
          return text === '1' || text === 'true';
        case 'e':
          return { error: text.trim() } satisfies ErrorCell;
        case 'd': {
          const date = new Date(text);
          return Number.isNaN(date.getTime()) ? text : date;
        }
        default: {
          if (text.trim() === '') return '';
          const number = Number(text);
          if (!Number.isFinite(number)) return text;
          return dates[cellStyle] ? serialToDate(number, date1904) : number;
        }
      }
    };

    const parser = xmlParser(entry.name, {
      open: (name, attributes) => {
        switch (name) {
          case 'row': {
            const given = Number(attributes.r);
            rowNumber = Number.isInteger(given) && given > 0 ? given : rowNumber + 1;
            values = [];
            column = -1;
            break;
          }
          case 'c': {
            const index = attributes.r ? columnIndex(attributes.r) : undefined;
            column = index ?? column + 1;
            cellType = attributes.t ?? 'n';
            cellStyle = Number(attributes.s ?? 0);
            hasFormula = false;
            sawValue = false;
            text = '';
            break;
          }
          case 'f':
            hasFormula = true;
            break;
          case 'v':
            collecting = 'v';
            sawValue = true;
            break;
          case 'is':
            sawValue = true;
            break;
          case 'rPh':
            phonetic += 1;
            break;
          case 't':
            if (phonetic === 0) collecting = 't';
            break;
          default:
        }
      },
      close: (name) => {
        switch (name) {
          case 'v':
          case 't':
            collecting = undefined;
            break;
          case 'rPh':
            phonetic -= 1;
            break;
          case 'c': {
            const value = cellValue();
            if (value !== '') {
              while (values.length < column) values.push('');
              values[column] = value;
            }
            break;
          }
          case 'row':
            if (values.length > 0) ready.push({ row: rowNumber, values });
            break;
          case 'sheetData':
            sheetEnded = true;
            break;
          default:
        }
      },
      text: (chunk) => {
        if (collecting) text += chunk;
      },
    });
    // Rows are handed out chunk by chunk as the XML is inflated: memory holds one chunk's rows.
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    for await (const _ of feed(file, entry, parser)) {
      if (ready.length > 0) yield ready.splice(0, ready.length);
    }
    if (ready.length > 0) yield ready.splice(0, ready.length);
    if (!sheetEnded) throw new ZipError('truncated', `sheet ${sheetName} ends before its data does`);
    if (formulasWithoutResult > 0) {
      warnings.push(
        formatCount(
          formulasWithoutResult,
          CLI_MESSAGES['formula-without-result'],
          CLI_MESSAGES['formulas-without-result'],
          'it',
          { count: String(formulasWithoutResult) },
        ),
      );
    }
  }

  return { sheets: sheetParts.map(({ name, visible }) => ({ name, visible })), rows, batches, warnings };
}
