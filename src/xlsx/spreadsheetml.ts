/**
 * The layouts (the plan sheet, a communication's sheets, the comparison of scenarios, the owners'
 * communications) as the parts of an .xlsx package (SpreadsheetML, ECMA-376), without ExcelJS:
 * the command line's writer. It renders what the ExcelJS writer (render.ts) renders, with the same
 * meaning, cell by cell (test/integration/spreadsheetml.test.ts reads both back and compares
 * them), and invents no formatting of its own. Pure: strings in, strings out, no Node, so that it
 * could run in the browser as well. Zipping the parts is the caller's (src/cli/zip.ts).
 *
 * Where it deliberately differs from ExcelJS: the print area and print titles of a sheet whose
 * name holds an apostrophe ("Scelte dell'ente") are written, the apostrophe doubled as Excel
 * wants it (ExcelJS cannot quote it, so render.ts leaves them out); table columns get unique
 * names; characters XML 1.0 cannot carry are left out (as ExcelJS does, U+FFFE and U+FFFF too).
 */
import { cellText, columnLetter, parseRange, rangeAddress, uniqueSheetName } from '../core/sheet';
import type { DataValidationRule, LayoutCell, SheetLayout } from '../core/sheet';
import { DEFAULT_FONT, PAPER_A4, argb, cellLooks, freeName, headerFooterCodes, type CellLook } from './looks';

/** One file of the package: its path in the zip and its text (UTF-8). */
export interface PackagePart {
  name: string;
  content: string;
}

export interface SpreadsheetOptions {
  /** The workbook's creation date (docProps/core.xml). */
  created?: Date;
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const PACKAGE_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
/** The relationships namespace, also the stem of every relationship type ('.../worksheet'). */
const RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CONTENT_TYPES_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';
const CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument';
/** Excel's last column index (XFD), the extent of a row break. */
const LAST_COLUMN_INDEX = 16383;
/** The margins Excel (and ExcelJS) give a sheet whose layout names none, in inches. */
const DEFAULT_MARGINS = { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };
/** Excel's built-in number formats the layouts use; any other code gets an id from 164 on. */
const BUILT_IN_FORMATS: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '0.00E+00': 11,
  '@': 49,
};
const FIRST_CUSTOM_FORMAT = 164;

/**
 * Text for XML content or a quoted attribute: the five markup characters escaped, and the
 * characters XML 1.0 cannot carry left out (controls other than tab, line feed and carriage
 * return, DEL as ExcelJS does, and the non-characters U+FFFE and U+FFFF).
 */
export function xmlEscape(text: string): string {
  // eslint-disable-next-line no-control-regex -- these are the characters being removed
  return text.replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F\uFFFE\uFFFF]/g, '').replace(/["&'<>]/g, (char) => {
    switch (char) {
      case '"':
        return '&quot;';
      case '&':
        return '&amp;';
      case "'":
        return '&apos;';
      case '<':
        return '&lt;';
      default:
        return '&gt;';
    }
  });
}

/** ' name="value"' for each defined value, in order. */
function attributes(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${xmlEscape(String(value))}"`)
    .join('');
}

/** A text element, with xml:space="preserve" where leading or trailing spaces or line breaks must survive. */
function textElement(tag: string, text: string): string {
  const preserve = /^\s|\n|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<${tag}${preserve}>${xmlEscape(text)}</${tag}>`;
}

/** A sheet name as a formula quotes it: 'Scelte dell''ente'. */
export function quotedSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** 'A1:M60' -> '$A$1:$M$60'. */
function absoluteRange(range: string): string {
  const bounds = parseRange(range);
  const corner = (row: number, column: number): string => `$${columnLetter(column)}$${row}`;
  return `${corner(bounds.firstRow, bounds.firstColumn)}:${corner(bounds.lastRow, bounds.lastColumn)}`;
}

/** '1:3' -> '$1:$3'. */
function absoluteRows(rows: string): string {
  const match = /^\$?(\d+)(?::\$?(\d+))?$/.exec(rows.trim());
  if (!match) throw new Error(`Not a range of rows: "${rows}"`);
  return `$${match[1]}:$${match[2] ?? match[1]}`;
}

/** A number as the file stores it (finite numbers only: a non-finite one is written as an error). */
function numberText(value: number): string {
  return String(value);
}

/** The workbook's strings, each written once (xl/sharedStrings.xml). */
/**
 * A cell's text as the file stores it: Excel reads `_xHHHH_` in a cell's text as the character
 * U+HHHH (ECMA-376 ST_Xstring: how files carry characters XML cannot), so an underscore that starts
 * such a sequence in the text itself is written `_x005F_` (an underscore). Otherwise an owner
 * typed "ALER _x0041_" would show as "ALER A" in Excel. Read back by decodeXString (the command
 * line's reader), ExcelJS, Excel and LibreOffice as the text it was.
 */
export function encodeXString(text: string): string {
  return text.indexOf('_x') === -1 ? text : text.replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_');
}

/**
 * A cell's text as Excel shows it: `_xHHHH_` is the character U+HHHH (ST_Xstring; Excel writes a
 * carriage return as `_x000D_` and a literal `_x0041_` as `_x005F_x0041_`), read left to right as
 * Excel reads it: the inverse of encodeXString, used by the command line's reader. Text without
 * `_x` is returned as it is.
 */
export function decodeXString(text: string): string {
  if (text.indexOf('_x') === -1) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

class SharedStrings {
  private readonly indexes = new Map<string, number>();
  private readonly texts: string[] = [];
  private references = 0;

  index(text: string): number {
    this.references += 1;
    let index = this.indexes.get(text);
    if (index === undefined) {
      index = this.texts.length;
      this.texts.push(text);
      this.indexes.set(text, index);
    }
    return index;
  }

  xml(): string {
    const items = this.texts.map((text) => `<si>${textElement('t', encodeXString(text))}</si>`).join('');
    return `${XML_DECLARATION}<sst xmlns="${MAIN_NS}" count="${this.references}" uniqueCount="${this.texts.length}">${items}</sst>`;
  }
}

/** Every property of a look that its cell format depends on (formatOf), as one text. */
function lookKey(look: CellLook): string {
  const { style, borders, numberFormat } = look;
  let sides = 0;
  for (const side in borders) if (Object.prototype.hasOwnProperty.call(borders, side)) sides += 1;
  return (
    `${style.bold ? 1 : 0}${style.italic ? 1 : 0}${style.wrapText ? 1 : 0}|${style.fontSize ?? ''}|` +
    `${style.fontColor ?? ''}|${style.fill ?? ''}|${style.horizontalAlignment ?? ''}|${style.verticalAlignment ?? ''}|` +
    `${sides}|${borders.left ?? ''}|${borders.right ?? ''}|${borders.top ?? ''}|${borders.bottom ?? ''}|${numberFormat ?? ''}`
  );
}

/** Fonts, fills, borders, number formats and cell formats, each written once (xl/styles.xml). */
class Styles {
  // Index 0 of each list is what Excel expects there: the workbook's default font, no fill and
  // the gray125 pattern (reserved), no border, the General cell format.
  private readonly fonts = new Indexed([
    '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>',
  ]);
  private readonly fills = new Indexed([
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ]);
  private readonly borders = new Indexed(['<border><left/><right/><top/><bottom/><diagonal/></border>']);
  private readonly formats = new Map<string, number>();
  private readonly cellFormats = new Indexed(['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);
  /** The cell format of each look already met, by lookKey. */
  private readonly byLook = new Map<string, number>();

  /**
   * The index of the cell format (the `s` of a cell) of `look`: worked out once per distinct look
   * (a plan sheet has hundreds of cells and a few dozen looks; writing each cell's fragments again
   * was most of the writer's time, and made the engine compile that code for speed at every run).
   */
  cellFormat(look: CellLook): number {
    const key = lookKey(look);
    let index = this.byLook.get(key);
    if (index === undefined) {
      index = this.formatOf(look);
      this.byLook.set(key, index);
    }
    return index;
  }

  private formatOf(look: CellLook): number {
    const { style, borders, numberFormat } = look;
    let fontId = 0;
    if (style.bold || style.italic || style.fontSize || style.fontColor) {
      fontId = this.fonts.index(
        `<font>${style.bold ? '<b/>' : ''}${style.italic ? '<i/>' : ''}` +
          `${style.fontColor ? `<color rgb="${argb(style.fontColor)}"/>` : ''}` +
          `<sz val="${style.fontSize ?? DEFAULT_FONT.size}"/><name val="${DEFAULT_FONT.name}"/></font>`,
      );
    }
    const fillId = style.fill
      ? this.fills.index(
          `<fill><patternFill patternType="solid"><fgColor rgb="${argb(style.fill)}"/></patternFill></fill>`,
        )
      : 0;
    const side = (name: 'left' | 'right' | 'top' | 'bottom'): string =>
      borders[name] ? `<${name} style="${borders[name]}"/>` : `<${name}/>`;
    const borderId =
      Object.keys(borders).length > 0
        ? this.borders.index(
            `<border>${side('left')}${side('right')}${side('top')}${side('bottom')}<diagonal/></border>`,
          )
        : 0;
    const numFmtId = numberFormat && numberFormat !== 'General' ? this.numberFormat(numberFormat) : 0;
    const alignment =
      style.horizontalAlignment || style.verticalAlignment || style.wrapText
        ? `<alignment${attributes({
            horizontal: style.horizontalAlignment,
            vertical: style.verticalAlignment,
            wrapText: style.wrapText ? 1 : undefined,
          })}/>`
        : '';
    const applied = attributes({
      applyNumberFormat: numFmtId ? 1 : undefined,
      applyFont: fontId ? 1 : undefined,
      applyFill: fillId ? 1 : undefined,
      applyBorder: borderId ? 1 : undefined,
      applyAlignment: alignment ? 1 : undefined,
    });
    const ids = `numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"`;
    return this.cellFormats.index(alignment ? `<xf ${ids}${applied}>${alignment}</xf>` : `<xf ${ids}${applied}/>`);
  }

  private numberFormat(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.formats.get(code);
    if (id === undefined) {
      id = FIRST_CUSTOM_FORMAT + this.formats.size;
      this.formats.set(code, id);
    }
    return id;
  }

  xml(): string {
    const list = (tag: string, items: readonly string[]): string =>
      `<${tag} count="${items.length}">${items.join('')}</${tag}>`;
    const numFmts = [...this.formats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlEscape(code)}"/>`);
    return (
      `${XML_DECLARATION}<styleSheet xmlns="${MAIN_NS}">` +
      (numFmts.length > 0 ? list('numFmts', numFmts) : '') +
      list('fonts', this.fonts.items) +
      list('fills', this.fills.items) +
      list('borders', this.borders.items) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list('cellXfs', this.cellFormats.items) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      '</styleSheet>'
    );
  }
}

/** A list of XML fragments, each kept once, by its text. */
class Indexed {
  readonly items: string[];
  private readonly indexes = new Map<string, number>();

  constructor(initial: string[]) {
    this.items = [...initial];
    this.items.forEach((item, index) => this.indexes.set(item, index));
  }

  index(item: string): number {
    let index = this.indexes.get(item);
    if (index === undefined) {
      index = this.items.length;
      this.items.push(item);
      this.indexes.set(item, index);
    }
    return index;
  }
}

/** A table of a sheet, its name made free in the workbook and its header texts as written. */
interface WrittenTable {
  id: number;
  name: string;
  range: string;
  style: string;
  columns: string[];
}

/** The `<c>` of one cell: its value (shared string, number, boolean, formula with cached result) and format. */
function cellXml(address: string, cell: LayoutCell | null, styleIndex: number, strings: SharedStrings): string {
  const style = styleIndex ? ` s="${styleIndex}"` : '';
  if (cell?.formula !== undefined) {
    // The file keeps formulas without the leading '='.
    const formula = `<f>${xmlEscape(cell.formula.replace(/^=/, ''))}</f>`;
    const { result } = cell;
    if (result === undefined) return `<c r="${address}"${style}>${formula}</c>`;
    if (typeof result === 'string')
      return `<c r="${address}"${style} t="str">${formula}<v>${xmlEscape(result)}</v></c>`;
    if (!Number.isFinite(result)) return `<c r="${address}"${style} t="e">${formula}<v>#NUM!</v></c>`;
    return `<c r="${address}"${style}>${formula}<v>${numberText(result)}</v></c>`;
  }
  const value = cell?.value;
  if (typeof value === 'string') {
    return `<c r="${address}"${style} t="s"><v>${strings.index(cellText(value))}</v></c>`;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return `<c r="${address}"${style} t="e"><v>#NUM!</v></c>`;
    return `<c r="${address}"${style}><v>${numberText(value)}</v></c>`;
  }
  if (typeof value === 'boolean') return `<c r="${address}"${style} t="b"><v>${value ? 1 : 0}</v></c>`;
  return styleIndex ? `<c r="${address}"${style}/>` : '';
}

/** Column names of a table: its header cells' texts ("Colonna 3" for an empty one), each one unique. */
function tableColumns(layout: SheetLayout, range: string): string[] {
  const bounds = parseRange(range);
  const headers = (layout.cells[bounds.firstRow - 1] ?? []).slice(bounds.firstColumn, bounds.lastColumn + 1);
  const taken = new Set<string>();
  const names: string[] = [];
  for (let index = 0; index <= bounds.lastColumn - bounds.firstColumn; index += 1) {
    const cell = headers[index];
    const wanted = cell?.value === undefined || cell.value === '' ? `Colonna ${index + 1}` : String(cell.value);
    // Excel refuses a table with two columns of one name (case ignored): the second gets a number.
    let name = wanted;
    for (let counter = 2; taken.has(name.toUpperCase()); counter += 1) name = `${wanted}${counter}`;
    taken.add(name.toUpperCase());
    names.push(name);
  }
  return names;
}

function validationXml(rule: DataValidationRule): string {
  const texts = {
    showInputMessage: rule.prompt ? 1 : undefined,
    promptTitle: rule.prompt ? rule.title : undefined,
    prompt: rule.prompt,
    showErrorMessage: rule.error ? 1 : undefined,
    errorStyle: rule.error ? 'stop' : undefined,
    errorTitle: rule.error ? rule.title : undefined,
    error: rule.error,
  };
  const sqref = parseRange(rule.range);
  const where = rangeAddress(sqref.firstRow, sqref.firstColumn, sqref.lastRow, sqref.lastColumn);
  if (rule.type === 'list') {
    return (
      `<dataValidation${attributes({ type: 'list', ...texts, sqref: where })}>` +
      `<formula1>${xmlEscape(`"${rule.values.join(',')}"`)}</formula1></dataValidation>`
    );
  }
  return (
    `<dataValidation${attributes({ type: rule.type, operator: 'between', ...texts, sqref: where })}>` +
    `<formula1>${numberText(rule.min)}</formula1><formula2>${numberText(rule.max)}</formula2></dataValidation>`
  );
}

function sheetViewXml(layout: SheetLayout): string {
  const { rows, columns } = layout.freeze;
  if (rows <= 0 && columns <= 0) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const activePane = rows > 0 && columns > 0 ? 'bottomRight' : columns > 0 ? 'topRight' : 'bottomLeft';
  const pane = attributes({
    xSplit: columns > 0 ? columns : undefined,
    ySplit: rows > 0 ? rows : undefined,
    topLeftCell: `${columnLetter(columns)}${rows + 1}`,
    activePane,
    state: 'frozen',
  });
  return `<sheetViews><sheetView workbookViewId="0"><pane${pane}/><selection pane="${activePane}"/></sheetView></sheetViews>`;
}

function colsXml(widths: readonly number[]): string {
  const groups: string[] = [];
  for (let first = 0; first < widths.length;) {
    let last = first;
    while (last + 1 < widths.length && widths[last + 1] === widths[first]) last += 1;
    if (widths[first] !== undefined) {
      groups.push(`<col min="${first + 1}" max="${last + 1}" width="${numberText(widths[first])}" customWidth="1"/>`);
    }
    first = last + 1;
  }
  return groups.length > 0 ? `<cols>${groups.join('')}</cols>` : '';
}

function pageXml(layout: SheetLayout): string {
  const print = layout.print;
  const margins = print.margins ?? DEFAULT_MARGINS;
  const marginsXml = `<pageMargins${attributes({
    left: margins.left,
    right: margins.right,
    top: margins.top,
    bottom: margins.bottom,
    header: margins.header,
    footer: margins.footer,
  })}/>`;
  // A fixed zoom when the layout gives one: its page breaks are computed for it.
  const setup = `<pageSetup${attributes({
    paperSize: print.paperSize === 'A4' ? PAPER_A4 : undefined,
    orientation: print.orientation,
    scale: print.scale ?? 100,
    fitToWidth: print.scale === undefined ? print.fitToPagesWide : 1,
    fitToHeight: print.scale === undefined ? 0 : 1,
  })}/>`;
  const header = headerFooterCodes(print.header);
  const footer = headerFooterCodes(print.footer);
  const headerFooter =
    header || footer
      ? `<headerFooter>${header ? textElement('oddHeader', header) : ''}${footer ? textElement('oddFooter', footer) : ''}</headerFooter>`
      : '';
  // A manual break before each row that starts a page: the file names the row above it (0-based id = row - 1).
  const breaks = [...new Set((print.pageBreaks ?? []).filter((row) => row > 1))].sort((a, b) => a - b);
  const rowBreaks =
    breaks.length > 0
      ? `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks
          .map((row) => `<brk id="${row - 1}" max="${LAST_COLUMN_INDEX}" man="1"/>`)
          .join('')}</rowBreaks>`
      : '';
  return marginsXml + setup + headerFooter + rowBreaks;
}

/** xl/worksheets/sheetN.xml of one layout. */
function worksheetXml(
  layout: SheetLayout,
  tables: readonly WrittenTable[],
  strings: SharedStrings,
  styles: Styles,
): string {
  const looks = cellLooks(layout);
  // A table's header cells hold its column names, as Excel requires.
  const headerTexts = new Map<string, string>();
  for (const table of tables) {
    const bounds = parseRange(table.range);
    table.columns.forEach((name, index) => headerTexts.set(`${bounds.firstRow}:${bounds.firstColumn + index}`, name));
  }
  const rowCount = Math.max(layout.rowCount, layout.cells.length);
  const lastLookRow = Math.max(0, ...[...looks.keys()].map((key) => Number(key.split(':')[0])));
  const lastRow = Math.max(rowCount, lastLookRow);
  const rows: string[] = [];
  let lastColumn = Math.max(0, layout.columnCount - 1);
  for (let row = 1; row <= lastRow; row += 1) {
    const layoutRow = layout.cells[row - 1] ?? [];
    const width = Math.max(layout.columnCount, layoutRow.length);
    const cells: string[] = [];
    for (let column = 0; column < width; column += 1) {
      const look = looks.get(`${row}:${column}`);
      const header = headerTexts.get(`${row}:${column}`);
      const cell = header !== undefined ? { value: header } : (layoutRow[column] ?? null);
      const xml = cellXml(`${columnLetter(column)}${row}`, cell, look ? styles.cellFormat(look) : 0, strings);
      if (xml) {
        cells.push(xml);
        lastColumn = Math.max(lastColumn, column);
      }
    }
    const height = layout.rowHeights[row - 1];
    if (cells.length === 0 && height === undefined) continue;
    const heightAttributes = height === undefined ? '' : ` ht="${numberText(height)}" customHeight="1"`;
    rows.push(
      cells.length > 0
        ? `<row r="${row}"${heightAttributes}>${cells.join('')}</row>`
        : `<row r="${row}"${heightAttributes}/>`,
    );
  }
  const fitToPage = layout.print.scale === undefined;
  // A "merge" of one cell merges nothing, and Excel reports it as damage: left out (ExcelJS drops it too).
  const merged = layout.merges
    .map((range) => parseRange(range))
    .filter((bounds) => bounds.lastRow > bounds.firstRow || bounds.lastColumn > bounds.firstColumn)
    .map((bounds) => rangeAddress(bounds.firstRow, bounds.firstColumn, bounds.lastRow, bounds.lastColumn));
  const merges =
    merged.length > 0
      ? `<mergeCells count="${merged.length}">${merged.map((range) => `<mergeCell ref="${range}"/>`).join('')}</mergeCells>`
      : '';
  const validations = layout.validations ?? [];
  const validationsXml =
    validations.length > 0
      ? `<dataValidations count="${validations.length}">${validations.map(validationXml).join('')}</dataValidations>`
      : '';
  const tableParts =
    tables.length > 0
      ? `<tableParts count="${tables.length}">${tables
          .map((_, index) => `<tablePart r:id="rId${index + 1}"/>`)
          .join('')}</tableParts>`
      : '';
  return (
    `${XML_DECLARATION}<worksheet xmlns="${MAIN_NS}" xmlns:r="${RELATIONSHIP}">` +
    (fitToPage ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '') +
    `<dimension ref="A1:${columnLetter(lastColumn)}${Math.max(1, lastRow)}"/>` +
    sheetViewXml(layout) +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    colsXml(layout.columnWidths) +
    `<sheetData>${rows.join('')}</sheetData>` +
    merges +
    validationsXml +
    pageXml(layout) +
    tableParts +
    '</worksheet>'
  );
}

function tableXml(table: WrittenTable): string {
  const columns = table.columns
    .map((name, index) => `<tableColumn id="${index + 1}" name="${xmlEscape(name)}"/>`)
    .join('');
  return (
    `${XML_DECLARATION}<table xmlns="${MAIN_NS}" id="${table.id}" name="${xmlEscape(table.name)}" ` +
    `displayName="${xmlEscape(table.name)}" ref="${table.range}" headerRowCount="1" totalsRowShown="0">` +
    // Every column's filter button shown (the default), said as ExcelJS says it, so both read back alike.
    `<autoFilter ref="${table.range}">${table.columns
      .map((_, index) => `<filterColumn colId="${index}" hiddenButton="0"/>`)
      .join('')}</autoFilter>` +
    `<tableColumns count="${table.columns.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${xmlEscape(table.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>` +
    '</table>'
  );
}

function relationshipsXml(relations: ReadonlyArray<{ type: string; target: string }>): string {
  const items = relations
    .map(({ type, target }, index) => `<Relationship Id="rId${index + 1}" Type="${type}" Target="${target}"/>`)
    .join('');
  return `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_REL_NS}">${items}</Relationships>`;
}

/** A W3CDTF date without milliseconds, as docProps/core.xml stores it. */
function w3cDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * The parts of an .xlsx workbook with one sheet per layout, in order, under free names ("Piano
 * 2022 (2)" when taken), every formula recalculated when the file is opened (the cached results
 * are the engine's; a full recalculation keeps the sheet honest if a reader computes otherwise).
 */
export function spreadsheetParts(layouts: readonly SheetLayout[], options: SpreadsheetOptions = {}): PackagePart[] {
  const created = w3cDate(options.created ?? new Date());
  const strings = new SharedStrings();
  const styles = new Styles();
  const names: string[] = [];
  const takenTables = new Set<string>();
  let tableCount = 0;
  const sheets = layouts.map((layout) => {
    const name = uniqueSheetName(names, layout.name);
    names.push(name);
    const tables: WrittenTable[] = (layout.tables ?? []).map((table) => {
      const tableName = freeName(takenTables, table.name);
      takenTables.add(tableName.toUpperCase());
      tableCount += 1;
      const bounds = parseRange(table.range);
      return {
        id: tableCount,
        name: tableName,
        range: rangeAddress(bounds.firstRow, bounds.firstColumn, bounds.lastRow, bounds.lastColumn),
        style: table.style ?? 'TableStyleMedium2',
        columns: tableColumns(layout, table.range),
      };
    });
    return { name, layout, tables };
  });

  const parts: PackagePart[] = [];
  const overrides: string[] = [];
  const override = (part: string, type: string): void => {
    overrides.push(`<Override PartName="/${part}" ContentType="${type}"/>`);
  };
  override('xl/workbook.xml', `${CONTENT_TYPE}.spreadsheetml.sheet.main+xml`);
  const worksheets: PackagePart[] = [];
  sheets.forEach(({ layout, tables }, index) => {
    const part = `xl/worksheets/sheet${index + 1}.xml`;
    override(part, `${CONTENT_TYPE}.spreadsheetml.worksheet+xml`);
    worksheets.push({ name: part, content: worksheetXml(layout, tables, strings, styles) });
    if (tables.length > 0) {
      worksheets.push({
        name: `xl/worksheets/_rels/sheet${index + 1}.xml.rels`,
        content: relationshipsXml(
          tables.map((table) => ({ type: `${RELATIONSHIP}/table`, target: `../tables/table${table.id}.xml` })),
        ),
      });
      for (const table of tables) {
        override(`xl/tables/table${table.id}.xml`, `${CONTENT_TYPE}.spreadsheetml.table+xml`);
        worksheets.push({ name: `xl/tables/table${table.id}.xml`, content: tableXml(table) });
      }
    }
  });
  override('xl/theme/theme1.xml', `${CONTENT_TYPE}.theme+xml`);
  override('xl/styles.xml', `${CONTENT_TYPE}.spreadsheetml.styles+xml`);
  override('xl/sharedStrings.xml', `${CONTENT_TYPE}.spreadsheetml.sharedStrings+xml`);
  override('docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml');
  override('docProps/app.xml', `${CONTENT_TYPE}.extended-properties+xml`);

  parts.push({
    name: '[Content_Types].xml',
    content:
      `${XML_DECLARATION}<Types xmlns="${CONTENT_TYPES_NS}">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `${overrides.join('')}</Types>`,
  });
  parts.push({
    name: '_rels/.rels',
    content: relationshipsXml([
      { type: `${RELATIONSHIP}/officeDocument`, target: 'xl/workbook.xml' },
      {
        type: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
        target: 'docProps/core.xml',
      },
      { type: `${RELATIONSHIP}/extended-properties`, target: 'docProps/app.xml' },
    ]),
  });
  // The application named as ExcelJS names it: LibreOffice keeps the row heights of a file Excel
  // wrote and recomputes them for any other, which moves the rows (and the layout's page breaks,
  // computed for Excel's heights) by a pixel here and there.
  parts.push({
    name: 'docProps/app.xml',
    content:
      `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
      '<Application>Microsoft Excel</Application></Properties>',
  });
  parts.push({
    name: 'docProps/core.xml',
    content:
      `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
      'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      `<dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created>` +
      `<dcterms:modified xsi:type="dcterms:W3CDTF">${created}</dcterms:modified></cp:coreProperties>`,
  });
  // The sheets first (rId1...), then styles, theme and strings.
  const workbookRelations = [
    ...sheets.map((_, index) => ({ type: `${RELATIONSHIP}/worksheet`, target: `worksheets/sheet${index + 1}.xml` })),
    { type: `${RELATIONSHIP}/styles`, target: 'styles.xml' },
    { type: `${RELATIONSHIP}/theme`, target: 'theme/theme1.xml' },
    { type: `${RELATIONSHIP}/sharedStrings`, target: 'sharedStrings.xml' },
  ];
  parts.push({ name: 'xl/_rels/workbook.xml.rels', content: relationshipsXml(workbookRelations) });
  const definedNames = sheets.flatMap(({ name, layout }, index) => {
    const sheet = quotedSheetName(name);
    const print = layout.print;
    return [
      `<definedName name="_xlnm.Print_Area" localSheetId="${index}">${xmlEscape(`${sheet}!${absoluteRange(print.printArea)}`)}</definedName>`,
      ...(print.printTitleRows
        ? [
            `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${xmlEscape(`${sheet}!${absoluteRows(print.printTitleRows)}`)}</definedName>`,
          ]
        : []),
    ];
  });
  parts.push({
    name: 'xl/workbook.xml',
    content:
      `${XML_DECLARATION}<workbook xmlns="${MAIN_NS}" xmlns:r="${RELATIONSHIP}">` +
      '<workbookPr defaultThemeVersion="164011"/>' +
      `<sheets>${sheets
        .map(({ name }, index) => `<sheet name="${xmlEscape(name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`)
        .join('')}</sheets>` +
      (definedNames.length > 0 ? `<definedNames>${definedNames.join('')}</definedNames>` : '') +
      '<calcPr calcId="171027" fullCalcOnLoad="1"/></workbook>',
  });
  parts.push(...worksheets);
  parts.push({ name: 'xl/theme/theme1.xml', content: THEME });
  parts.push({ name: 'xl/styles.xml', content: styles.xml() });
  parts.push({ name: 'xl/sharedStrings.xml', content: strings.xml() });
  return parts;
}

const schemeColor = (tag: string, rgb: string): string => `<a:${tag}><a:srgbClr val="${rgb}"/></a:${tag}>`;
const solidFill = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>';
const line = (width: number): string =>
  `<a:ln w="${width}" cap="flat" cmpd="sng" algn="ctr">${solidFill}<a:prstDash val="solid"/></a:ln>`;

/**
 * The Office theme's colours and fonts (the ones ExcelJS writes: the table styles take their
 * colours from accent1...), with plain fills, lines and effects: a theme as small as the schema allows.
 */
const THEME =
  `${XML_DECLARATION}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme">` +
  '<a:themeElements><a:clrScheme name="Office">' +
  '<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>' +
  schemeColor('dk2', '1F497D') +
  schemeColor('lt2', 'EEECE1') +
  schemeColor('accent1', '4F81BD') +
  schemeColor('accent2', 'C0504D') +
  schemeColor('accent3', '9BBB59') +
  schemeColor('accent4', '8064A2') +
  schemeColor('accent5', '4BACC6') +
  schemeColor('accent6', 'F79646') +
  schemeColor('hlink', '0000FF') +
  schemeColor('folHlink', '800080') +
  '</a:clrScheme><a:fontScheme name="Office">' +
  '<a:majorFont><a:latin typeface="Cambria"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>' +
  '<a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont>' +
  '</a:fontScheme><a:fmtScheme name="Office">' +
  `<a:fillStyleLst>${solidFill.repeat(3)}</a:fillStyleLst>` +
  `<a:lnStyleLst>${line(9525)}${line(25400)}${line(38100)}</a:lnStyleLst>` +
  `<a:effectStyleLst>${'<a:effectStyle><a:effectLst/></a:effectStyle>'.repeat(3)}</a:effectStyleLst>` +
  `<a:bgFillStyleLst>${solidFill.repeat(3)}</a:bgFillStyleLst>` +
  '</a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>';
