/**
 * CSV reading for inventories exported from spreadsheets (RFC 4180 quoting): the bytes decoded
 * in the encoding they were saved in, the delimiter detected, and the rows handed out one by one
 * (`csvRows` is a generator, so a caller can stream them). Broken quoting is an error with its
 * row, never a silent swallow of the rows that follow. Pure: TextDecoder is a web standard.
 *
 * Italian Excel writes ';' as the delimiter because ',' is the decimal separator, so the
 * delimiter is detected from the header line instead of being assumed.
 */

export type CsvDelimiter = ';' | ',' | '\t';

/** The encodings a CSV is read in. Italian Excel's plain "CSV" is Windows-1252. */
export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

const QUOTE = 0x22; // "
const LF = 0x0a;
const CR = 0x0d;
const BOM = 0xfeff;

/** Why a CSV cannot be read; `row` and `line` are 1-based (record number and line of the file). */
export class CsvError extends Error {
  constructor(
    readonly kind: 'unterminated-quote' | 'swallowed-rows' | 'binary',
    readonly row: number,
    readonly line: number,
    /** 0-based column of the field concerned. */
    readonly column: number,
  ) {
    super(`${kind} at row ${row}, line ${line}`);
    this.name = 'CsvError';
  }
}

export interface DecodedText {
  text: string;
  encoding: CsvEncoding;
  /** True when the file started with a byte order mark. */
  bom: boolean;
}

/** Control characters that do not occur in text (NUL and friends; tab, line ends, ESC excluded). */
function isBinaryControl(code: number): boolean {
  return (
    code === 0 || (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c && code !== 0x1b)
  );
}

/** The characters isBinaryControl is true for. */
// eslint-disable-next-line no-control-regex
const ANY_BINARY_CONTROL = /[\u0000-\u0008\u000b\u000e-\u001a\u001c-\u001f]/;

/** UTF-16 without a byte order mark: one NUL in every other byte of mostly-ASCII text. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (sample < 4) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenNuls += 1;
    if (bytes[i + 1] === 0) oddNuls += 1;
  }
  const pairs = sample / 2;
  if (oddNuls > pairs * 0.6 && evenNuls < pairs * 0.1) return 'utf-16le';
  if (evenNuls > pairs * 0.6 && oddNuls < pairs * 0.1) return 'utf-16be';
  return undefined;
}

/**
 * A faster way to decode UTF-8 where there is one (Node's Buffer): the text of `bytes` when they
 * are valid UTF-8, undefined otherwise, exactly as `new TextDecoder('utf-8', { fatal: true })`
 * decodes bytes that do not start with a byte order mark.
 */
export type Utf8Decoder = (bytes: Uint8Array) => string | undefined;

/** The text of `bytes` when they are valid UTF-8 (without a leading BOM), undefined otherwise. */
function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Decodes the bytes of a CSV: UTF-8 with or without BOM, UTF-16 LE/BE with BOM (Excel's "Testo
 * Unicode") or without, otherwise Windows-1252 (Excel's plain "CSV" in Italy), where
 * "disponibilità" would otherwise come out as "disponibilit\uFFFD". Throws a CsvError 'binary'
 * for content that is not text (NUL bytes, control characters). `utf8` decodes UTF-8 faster
 * where the platform can (the command line passes Node's); the text is the same.
 */
export function decodeCsvBytes(bytes: Uint8Array, utf8?: Utf8Decoder): DecodedText {
  let encoding: CsvEncoding;
  let start = 0;
  /** The text, when finding the encoding already decoded it (UTF-8 without BOM: decoded once). */
  let decoded: string | undefined;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = 'utf-8';
    start = 3;
    // TextDecoder would take a second byte order mark away too: such a text is left to it.
    const text = utf8?.(bytes.subarray(3));
    if (text !== undefined && text.charCodeAt(0) !== BOM) decoded = text;
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    start = 2;
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    start = 2;
  } else {
    const utf16 = utf16WithoutBom(bytes);
    if (utf16) encoding = utf16;
    else {
      decoded = utf8 ? utf8(bytes) : strictUtf8(bytes);
      encoding = decoded === undefined ? 'windows-1252' : 'utf-8';
    }
  }
  const text = decoded ?? new TextDecoder(encoding).decode(bytes.subarray(start));
  // Most files hold no control character at all: one native search says so.
  if (!ANY_BINARY_CONTROL.test(text)) return { text, encoding, bom: start > 0 };
  let controls = 0;
  let line = 1;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === LF) line += 1;
    else if (isBinaryControl(code)) {
      controls += 1;
      if (code === 0 || controls > 8) throw new CsvError('binary', line, line, 0);
    }
  }
  return { text, encoding, bom: start > 0 };
}

/**
 * Picks the delimiter that occurs most often, outside quotes, in the first record.
 * Ties go to ';' (the Italian default: a header such as `Superficie (mq, utile)` may hold a
 * comma), then tab, then ','. A header with none of them is read as ','.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  let semicolons = 0;
  let commas = 0;
  let tabs = 0;
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      inQuotes = !inQuotes;
    } else if (!inQuotes) {
      if (c === LF || c === CR) break;
      if (c === 0x3b) semicolons++;
      else if (c === 0x2c) commas++;
      else if (c === 0x09) tabs++;
    }
  }
  if (semicolons > 0 && semicolons >= tabs && semicolons >= commas) return ';';
  if (tabs > 0 && tabs >= commas) return '\t';
  return ',';
}

/** Excel's "sep=;" first line, which names the delimiter; undefined when there is none. */
function separatorLine(text: string): { delimiter: CsvDelimiter; length: number } | undefined {
  const match = /^sep=([;,\t])[ \t]*(\r\n|\n|\r|$)/i.exec(text.slice(0, 12));
  return match ? { delimiter: match[1] as CsvDelimiter, length: match[0].length } : undefined;
}

/** How many rows the text begins with before the header ("sep=;" takes one). */
export function csvHeaderRow(text: string): number {
  const source = text.charCodeAt(0) === BOM ? text.slice(1) : text;
  return separatorLine(source) ? 2 : 1;
}

/**
 * The rows of a CSV text, one at a time. Accepts CRLF, LF and lone CR line ends, strips a
 * leading byte order mark and Excel's "sep=" line, and keeps blank lines as rows with one empty
 * field so that row numbers match the lines of the file (a final line end does not open a new
 * row). Characters after a closing quote are appended to the field, as Excel does.
 * Throws a CsvError when a quoted field is never closed ('unterminated-quote') or when one spans
 * lines that hold the delimiter, the sign of a missing closing quote ('swallowed-rows').
 */
export function* csvRows(text: string, delimiterChoice?: CsvDelimiter): Generator<string[]> {
  let source = text.charCodeAt(0) === BOM ? text.slice(1) : text;
  const hint = separatorLine(source);
  let rowNumber = 0;
  let line = 1;
  if (hint) {
    source = source.slice(hint.length);
    rowNumber = 1;
    line = 2;
  }
  const length = source.length;
  if (length === 0) return;

  const delimiterText = delimiterChoice ?? hint?.delimiter ?? detectDelimiter(source);
  const delimiter = delimiterText.charCodeAt(0);
  let row: string[] = [];
  let i = 0;
  // Where the next quote and the next CR are (-1: none left), looked up again only once passed: a
  // line with neither is split at once, as most lines of an inventory are.
  let nextQuote = source.indexOf('"');
  let nextCr = source.indexOf('\r');

  for (;;) {
    if (row.length === 0) {
      if (nextQuote !== -1 && nextQuote < i) nextQuote = source.indexOf('"', i);
      if (nextCr !== -1 && nextCr < i) nextCr = source.indexOf('\r', i);
      const lf = source.indexOf('\n', i);
      const end = lf === -1 ? length : lf;
      // CRLF (Excel on Windows): the CR just before the LF ends the line too.
      const crlf = lf !== -1 && nextCr === lf - 1 && lf > i;
      if ((nextQuote === -1 || nextQuote >= end) && (nextCr === -1 || nextCr >= end || crlf)) {
        rowNumber += 1;
        yield source.slice(i, crlf ? lf - 1 : end).split(delimiterText);
        if (lf === -1 || lf + 1 >= length) return;
        i = lf + 1;
        line += 1;
        continue;
      }
    }
    let field: string;
    if (i < length && source.charCodeAt(i) === QUOTE) {
      const openedAtLine = line;
      let start = i + 1;
      let collected = '';
      for (;;) {
        const closing = source.indexOf('"', start);
        if (closing === -1) throw new CsvError('unterminated-quote', rowNumber + 1, openedAtLine, row.length);
        if (source.charCodeAt(closing + 1) === QUOTE) {
          collected += source.slice(start, closing + 1);
          start = closing + 2;
          continue;
        }
        field = collected + source.slice(start, closing);
        i = closing + 1;
        break;
      }
      const breaks = field.match(/\r\n|\n|\r/g);
      if (breaks) {
        // A line of the field after a break that holds the delimiter was a row of its own.
        const continuation = field.slice(field.search(/\r\n|\n|\r/));
        if (continuation.includes(delimiterText)) {
          throw new CsvError('swallowed-rows', rowNumber + 1, openedAtLine, row.length);
        }
        line += breaks.length;
      }
      const strayStart = i;
      while (i < length) {
        const c = source.charCodeAt(i);
        if (c === delimiter || c === LF || c === CR) break;
        i++;
      }
      if (i > strayStart) field += source.slice(strayStart, i);
    } else {
      const start = i;
      while (i < length) {
        const c = source.charCodeAt(i);
        if (c === delimiter || c === LF || c === CR) break;
        i++;
      }
      field = source.slice(start, i);
    }
    row.push(field);

    if (i >= length) {
      rowNumber += 1;
      yield row;
      return;
    }
    const c = source.charCodeAt(i);
    if (c === delimiter) {
      i++;
      if (i >= length) {
        row.push('');
        yield row;
        return;
      }
      continue;
    }
    i += c === CR && source.charCodeAt(i + 1) === LF ? 2 : 1;
    line += 1;
    rowNumber += 1;
    yield row;
    row = [];
    if (i >= length) return;
  }
}

/** Every row of a CSV text (see `csvRows`). */
export function parseCsv(text: string): string[][] {
  return [...csvRows(text)];
}
