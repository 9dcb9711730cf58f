/**
 * CSV reading for inventories exported from spreadsheets (RFC 4180 quoting).
 *
 * Italian Excel writes ';' as the delimiter because ',' is the decimal separator, so the
 * delimiter is detected from the header line instead of being assumed.
 */

export type CsvDelimiter = ';' | ',' | '\t';

const QUOTE = 0x22; // "
const LF = 0x0a;
const CR = 0x0d;
const BOM = 0xfeff;

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

/**
 * Parses CSV text into rows of fields. Accepts CRLF, LF and lone CR line ends, strips a
 * leading byte order mark, and keeps blank lines as rows with one empty field so that row
 * numbers match the lines of the file (a final line end does not open a new row).
 * Malformed quoting is read leniently: an unterminated quote runs to the end of the text and
 * characters after a closing quote are appended to the field.
 */
export function parseCsv(text: string): string[][] {
  const source = text.charCodeAt(0) === BOM ? text.slice(1) : text;
  const rows: string[][] = [];
  const length = source.length;
  if (length === 0) return rows;

  const delimiter = detectDelimiter(source).charCodeAt(0);
  let row: string[] = [];
  let i = 0;

  for (;;) {
    let field: string;
    if (i < length && source.charCodeAt(i) === QUOTE) {
      let start = i + 1;
      let collected = '';
      for (;;) {
        const closing = source.indexOf('"', start);
        if (closing === -1) {
          field = collected + source.slice(start);
          i = length;
          break;
        }
        if (source.charCodeAt(closing + 1) === QUOTE) {
          collected += source.slice(start, closing + 1);
          start = closing + 2;
          continue;
        }
        field = collected + source.slice(start, closing);
        i = closing + 1;
        break;
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
      rows.push(row);
      break;
    }
    const c = source.charCodeAt(i);
    if (c === delimiter) {
      i++;
      if (i >= length) {
        row.push('');
        rows.push(row);
        break;
      }
      continue;
    }
    i += c === CR && source.charCodeAt(i + 1) === LF ? 2 : 1;
    rows.push(row);
    row = [];
    if (i >= length) break;
  }
  return rows;
}
