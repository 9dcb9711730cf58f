/**
 * The sheet builder: rows, styles, merges, heights and anchors accumulated by the sections
 * (sections/*.ts) and turned into a SheetLayout by layout.ts. It knows how the plan sheet looks
 * (STYLE) and how much room text takes; it knows nothing of the plan.
 */
import { toPpm } from '../rules';
import { cellAddress, rangeAddress } from '../address';
import { columnSum } from './formulas';
import type { PagePlan, RowInfo, RowRole } from './pages';
import type {
  CellStyle,
  DataValidationRule,
  LayoutCell,
  LayoutTable,
  NumberFormatRange,
  RangeStyle,
  SheetLayout,
} from './types';

export const COUNT_FORMAT = '0';
export const TEXT_FORMAT = '@';
/** Default row height (Calibri 11) and the points one line of wrapped text takes. */
export const LINE_HEIGHT = 15;
/**
 * Characters that fit in one unit of column width (the width of a '0'), conservatively:
 * ordinary text is narrower than digits, bold text about as wide.
 */
const CHARS_PER_WIDTH = { regular: 1.1, bold: 1.0 };

export const STYLE = {
  title: { bold: true, fontSize: 16, fontColor: '#1F3864' },
  subtitle: { bold: true, fontSize: 12 },
  generated: { italic: true, fontSize: 9, fontColor: '#595959' },
  section: { bold: true, fontSize: 12, fontColor: '#1F3864', fill: '#DDEBF7', verticalAlignment: 'center' },
  tableHeader: {
    bold: true,
    fill: '#F2F2F2',
    wrapText: true,
    horizontalAlignment: 'center',
    verticalAlignment: 'center',
    border: 'thin-all',
  },
  body: { border: 'thin-all', verticalAlignment: 'center' },
  totals: { bold: true, border: 'medium-top' },
  parameterValue: { horizontalAlignment: 'center', bold: true, fill: '#FFF2CC' },
  wrapped: { wrapText: true, verticalAlignment: 'top' },
  override: { italic: true },
  ownerValues: { italic: true, horizontalAlignment: 'center', wrapText: true },
  categoryName: { bold: true },
} satisfies Record<string, CellStyle>;

/** Whole percentages print as '0%'; otherwise one or two decimals, as many as the values need. */
export function percentFormat(shares: readonly number[]): string {
  const decimals = shares.reduce((most, share) => {
    const ppm = toPpm(share);
    const needed = ppm % 10_000 === 0 ? 0 : ppm % 1_000 === 0 ? 1 : 2;
    return Math.max(most, needed);
  }, 0);
  return decimals === 0 ? '0%' : `0.${'0'.repeat(decimals)}%`;
}

/** Lines a text takes when wrapped in a cell `width` units wide (greedy, by words; one unit of padding). */
export function wrappedLines(text: string, width: number, bold = false): number {
  const capacity = Math.max(1, Math.floor(width * CHARS_PER_WIDTH[bold ? 'bold' : 'regular']) - 1);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    lines += 1;
    for (const word of paragraph.split(/\s+/).filter((part) => part !== '')) {
      if (used > 0 && used + 1 + word.length <= capacity) {
        used += 1 + word.length;
      } else {
        if (used > 0) lines += 1;
        lines += Math.ceil(word.length / capacity) - 1;
        used = word.length % capacity || capacity;
      }
    }
  }
  return lines;
}

/** Excel's highest row, in points: a longer text is cut on screen, never refused by Excel. */
export const MAX_ROW_HEIGHT = 409;

export const heightFor = (lines: number): number =>
  Math.min(MAX_ROW_HEIGHT, Math.max(1, lines) * LINE_HEIGHT + (lines > 1 ? 3 : 0));

export const text = (value: string): LayoutCell => ({ value });
export const number = (value: number): LayoutCell => ({ value });
/** A native formula (without its '=') with the engine's result as the cached value. */
export const formula = (expression: string, result: number): LayoutCell => ({ formula: `=${expression}`, result });

/** A table's header row as it was added, to print it again at the top of a page. */
interface TableHeader {
  labels: (string | null)[];
  merges: [number, number][];
}

/**
 * Accumulates rows, styles and the rest; rows are 1-based, columns 0-based.
 *
 * Pages: the builder records what each row is (a section's title, a table's header or body...),
 * so that a first build can be cut into pages (pages.ts, `paginate`); built again with that
 * `PagePlan`, it inserts the page breaks and prints a long table's header again where the table
 * continues on a new page. The sections only ask `nextRow()` for the number of a row they are
 * about to add, since a repeated header may come first.
 */
export class SheetBuilder {
  readonly rows: (LayoutCell | null)[][] = [];
  readonly numberFormats: NumberFormatRange[] = [];
  readonly styles: RangeStyle[] = [];
  readonly merges: string[] = [];
  readonly rowHeights: Record<number, number> = {};
  readonly anchors: Record<string, string> = {};
  readonly validations: DataValidationRule[] = [];
  readonly tables: LayoutTable[] = [];
  /** Rows (1-based) that start a printed page. */
  readonly pageBreaks: number[] = [];
  private readonly roles: RowInfo['role'][] = [];
  private readonly blocks: number[] = [];
  /** Rows added by the sections, not counting repeated headers: the rows a PagePlan speaks of. */
  private sectionRows = 0;
  private blockCount = 0;
  private openTable: { block: number; header: TableHeader } | undefined;
  private group: number | undefined;
  private readonly breaksBefore: Set<number>;
  private readonly repeatsBefore: Set<number>;

  constructor(
    readonly columnCount: number,
    readonly columnWidths: number[],
    /** Label of the totals rows. */
    readonly totalLabel: string,
    /** Where the pages break, from a first build of the same sheet (none: one long page). */
    pages?: PagePlan,
  ) {
    this.breaksBefore = new Set(pages?.breaks ?? []);
    this.repeatsBefore = new Set(pages?.repeats ?? []);
  }

  get lastColumn(): number {
    return this.columnCount - 1;
  }

  /**
   * Appends a row (cells beyond `cells` are empty) and returns its number. After a table's
   * header and until the next section, text or totals row, a row is one of the table's rows.
   */
  addRow(cells: (LayoutCell | null)[] = []): number {
    return this.push(cells, this.openTable ? 'tableRow' : 'other');
  }

  /**
   * The number the next added row will have: when the page breaks there in the middle of a
   * table, its header is printed again first.
   */
  nextRow(): number {
    const next = this.sectionRows + 1;
    const repeat = this.repeatsBefore.delete(next);
    if (this.breaksBefore.delete(next) || repeat) {
      this.pageBreaks.push(this.rows.length + 1);
      if (repeat && this.openTable) this.writeTableHeader(this.openTable.header);
    }
    return this.rows.length + 1;
  }

  /** The totals row of the open table, kept on the page of the table's last row. */
  addTotalsRow(cells: (LayoutCell | null)[]): number {
    const row = this.push(cells, 'tableTotal');
    this.openTable = undefined;
    return row;
  }

  /** Rows added by `build` stay on one printed page (a short block such as the approval). */
  keepTogether(build: () => void): void {
    this.openTable = undefined;
    this.blockCount += 1;
    this.group = this.blockCount;
    try {
      build();
    } finally {
      this.group = undefined;
    }
  }

  /** What each row is, with its height, for `paginate` (pages.ts). */
  rowInfo(): RowInfo[] {
    return this.roles.map((role, index) => ({
      role,
      block: this.blocks[index],
      height: this.rowHeights[index] ?? LINE_HEIGHT,
    }));
  }

  private push(cells: (LayoutCell | null)[], role: RowRole): number {
    this.nextRow();
    this.rows.push(Array.from({ length: this.columnCount }, (_, column) => cells[column] ?? null));
    this.sectionRows += 1;
    this.record(role);
    return this.rows.length;
  }

  /** A table's header row: the labels by column; wrapped, bold, centred, framed. */
  private writeTableHeader({ labels, merges }: TableHeader): number {
    const row = this.rows.length + 1;
    this.rows.push(
      Array.from({ length: this.columnCount }, (_, column) => {
        const label = labels[column];
        return label === null || label === undefined ? null : text(label);
      }),
    );
    for (const [first, last] of merges) this.merge(row, first, last);
    this.style(rangeAddress(row, 0, row, labels.length - 1), STYLE.tableHeader);
    let lines = 1;
    labels.forEach((label, column) => {
      if (label === null) return;
      const merged = merges.find(([first]) => first === column);
      const width = merged ? this.width(merged[0], merged[1]) : this.columnWidths[column];
      lines = Math.max(lines, wrappedLines(label, width, true));
    });
    this.height(row, heightFor(lines));
    return row;
  }

  private record(role: RowRole): void {
    const grouped = this.group !== undefined && role !== 'blank' && role !== 'section';
    this.roles.push(grouped ? 'group' : role);
    this.blocks.push(grouped ? (this.group as number) : role.startsWith('table') ? (this.openTable?.block ?? -1) : -1);
  }

  set(row: number, column: number, cell: LayoutCell | null): void {
    this.rows[row - 1][column] = cell;
  }

  style(range: string, style: CellStyle): void {
    this.styles.push({ range, style });
  }

  format(range: string, format: string): void {
    this.numberFormats.push({ range, format });
  }

  merge(row: number, firstColumn: number, lastColumn: number): void {
    this.merges.push(rangeAddress(row, firstColumn, row, lastColumn));
  }

  height(row: number, points: number): void {
    if (points !== LINE_HEIGHT) this.rowHeights[row - 1] = Math.max(this.rowHeights[row - 1] ?? 0, points);
  }

  anchor(name: string, row: number, column: number): void {
    this.anchors[name] = cellAddress(row, column);
  }

  width(firstColumn: number, lastColumn: number): number {
    return this.columnWidths.slice(firstColumn, lastColumn + 1).reduce((sum, width) => sum + width, 0);
  }

  /** A row of text merged across the sheet, wrapped, as high as its text needs. */
  addTextRow(value: string, style?: CellStyle): number {
    this.openTable = undefined;
    const row = this.push([text(value)], 'other');
    this.merge(row, 0, this.lastColumn);
    this.style(this.wholeRow(row), { ...STYLE.wrapped, ...style });
    this.height(row, heightFor(wrappedLines(value, this.width(0, this.lastColumn), style?.bold)));
    return row;
  }

  addSectionHeader(value: string, anchor: string): number {
    this.openTable = undefined;
    if (this.rows.length > 0) this.push([], 'blank');
    const row = this.push([text(value)], 'section');
    this.merge(row, 0, this.lastColumn);
    this.style(this.wholeRow(row), STYLE.section);
    this.height(row, 20);
    this.anchor(`sezione.${anchor}`, row, 0);
    return row;
  }

  /**
   * A table header row: the labels by column; wrapped, bold, centred, framed. The rows added
   * after it are the table's, printed under this header again when the table runs onto a new page.
   */
  addTableHeader(labels: (string | null)[], merges: [number, number][] = []): number {
    this.nextRow();
    this.blockCount += 1;
    this.openTable = { block: this.blockCount, header: { labels: [...labels], merges: [...merges] } };
    const row = this.writeTableHeader(this.openTable.header);
    this.sectionRows += 1;
    this.record('tableHeader');
    return row;
  }

  /**
   * A table of counts: header, one row per item (`cellsOf` gets the item's index and row
   * number), and a totals row that sums `sumColumns`. The first `textColumns` are names.
   */
  addCountTable(
    headerLabels: string[],
    itemCount: number,
    cellsOf: (index: number, row: number) => (LayoutCell | null)[],
    sumColumns: { column: number; total: number; anchor?: string }[],
    textColumns: number,
  ): { rows: number[]; totals: number } {
    const lastColumn = headerLabels.length - 1;
    const header = this.addTableHeader(headerLabels);
    const rows = Array.from({ length: itemCount }, (_, index) => this.addRow(cellsOf(index, this.nextRow())));
    const totals = this.addTotalsRow([text(this.totalLabel)]);
    for (const { column, total, anchor } of sumColumns) {
      this.set(totals, column, rows.length > 0 ? formula(columnSum(column, rows), total) : number(0));
      if (anchor) this.anchor(anchor, totals, column);
    }
    this.style(rangeAddress(header + 1, 0, totals, lastColumn), STYLE.body);
    this.style(rangeAddress(totals, 0, totals, lastColumn), STYLE.totals);
    if (rows.length > 0) this.format(rangeAddress(rows[0], 0, rows[rows.length - 1], textColumns - 1), TEXT_FORMAT);
    const firstCount = rows.length > 0 ? rows[0] : totals;
    const countColumns = sumColumns.map(({ column }) => column);
    this.format(rangeAddress(firstCount, Math.min(...countColumns), totals, Math.max(...countColumns)), COUNT_FORMAT);
    return { rows, totals };
  }

  wholeRow(row: number): string {
    return rangeAddress(row, 0, row, this.lastColumn);
  }

  /**
   * The sheet as a SheetLayout, for the sheets that go with the plan (a communication's sheets,
   * the comparison of scenarios): `titleRows` frozen and repeated on every printed page.
   */
  toLayout(name: string, options: { titleRows?: number; orientation?: 'portrait' | 'landscape' } = {}): SheetLayout {
    const rowCount = Math.max(1, this.rows.length);
    if (this.rows.length === 0) this.addRow();
    const titleRows = options.titleRows ?? 0;
    return {
      name,
      cells: this.rows,
      rowCount,
      columnCount: this.columnCount,
      numberFormats: this.numberFormats,
      styles: this.styles,
      merges: this.merges,
      columnWidths: this.columnWidths,
      rowHeights: this.rowHeights,
      freeze: { rows: titleRows, columns: 0 },
      print: {
        orientation: options.orientation ?? 'portrait',
        paperSize: 'A4',
        fitToPagesWide: 1,
        ...(titleRows > 0 ? { printTitleRows: `1:${titleRows}` } : {}),
        printArea: rangeAddress(1, 0, rowCount, this.lastColumn),
      },
      anchors: this.anchors,
      validations: this.validations,
      ...(this.tables.length > 0 ? { tables: this.tables } : {}),
    };
  }
}
