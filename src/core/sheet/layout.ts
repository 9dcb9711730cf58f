/**
 * layoutPlanSheet: the plan sheet as a SheetLayout (cells, native formulas, styles by range,
 * merges, widths, print setup). The quotas are live Excel formulas that point at the parameter
 * cells, so that editing a parameter in the sheet recalculates the plan; each formula carries
 * the engine's result as its cached value.
 *
 * Layout (columns A..L, or A..M with the additional category quota):
 *   1-3   title, Ambito and capofila, generation line (frozen, repeated on every printed page)
 *   a)    parameters: label (A:B) | value (C, referenced as $C$n) | legal reference (D:last);
 *         then one text row per owner with its own values (after the referenced cells)
 *   b)    stock: Ente | Comune | Tipo | SAP | SAS | SAT | Totale
 *   c)    available by source: Ente | Comune | Liberi | Turnover | Nuovi | Carenza | Privati | Totale
 *   d)    split: Ente | Comune | Disponibili | SAT richiesti | Soglia | SAT consentiti | Base |
 *         % indigenza | Quota indigenza | % FdP | Quota FdP | [Quota categoria] | Per avviso
 *   e)    additional category (when the plan has one)
 *   f)    notes and inventory problems
 */
import { FIRST_PLAN_YEAR, LAST_PLAN_YEAR, toPpm } from '../rules';
import type { InventoryIssue } from '../types';
import type { Plan, PlanGroup } from '../plan/plan';
import { ORDINI, OWNER_PARAM_KEYS, paramDefinitions, type OwnerParamKey, type ParamDefinition } from '../plan/params';
import { absoluteAddress, cellAddress, columnLetter, rangeAddress } from '../address';
import { sheetStrings, type SheetLanguage, type SheetStrings } from './strings';
import type { CellStyle, DataValidationRule, LayoutCell, NumberFormatRange, RangeStyle, SheetLayout } from './types';

export interface LayoutOptions {
  language?: SheetLanguage;
  /** Date printed on the sheet; default now. */
  generatedAt?: Date;
  /** inventoryFingerprint(units) of the inventory the plan comes from; omitted when absent. */
  fingerprint?: string;
  /** Wanted sheet name; default "Piano <anno>" ("Plan <anno>" in English). */
  sheetName?: string;
}

/** The parameters shown, in this order; their value cells are what the formulas reference. */
export type SheetParameter = OwnerParamKey | 'ordine' | 'anno';
export const SHEET_PARAMETERS: readonly SheetParameter[] = [...OWNER_PARAM_KEYS, 'ordine', 'anno'];

/** Rows of the title block, frozen and repeated when printing. */
export const TITLE_ROWS = 3;
/** Most inventory problems listed one per row; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 20;

const PARAMETER_VALUE_COLUMN = 2;
const COUNT_FORMAT = '0';
const TEXT_FORMAT = '@';
/** Default row height (Calibri 11) and the points one line of wrapped text takes. */
const LINE_HEIGHT = 15;
/**
 * Characters that fit in one unit of column width (the width of a '0'), conservatively:
 * ordinary text is narrower than digits, bold text about as wide.
 */
const CHARS_PER_WIDTH = { regular: 1.1, bold: 1.0 };

const STYLE = {
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

/** A share as a formula literal, exact to the ppm the engine computes with (no 1e-7 notation). */
const shareLiteral = (share: number): string => String(toPpm(share) / 1_000_000);

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

const heightFor = (lines: number): number => Math.max(1, lines) * LINE_HEIGHT + (lines > 1 ? 3 : 0);

const text = (value: string): LayoutCell => ({ value });
const number = (value: number): LayoutCell => ({ value });
const formula = (expression: string, result: number): LayoutCell => ({ formula: `=${expression}`, result });

/** Accumulates rows, styles and the rest; rows are 1-based, columns 0-based. */
class SheetBuilder {
  readonly rows: (LayoutCell | null)[][] = [];
  readonly numberFormats: NumberFormatRange[] = [];
  readonly styles: RangeStyle[] = [];
  readonly merges: string[] = [];
  readonly rowHeights: Record<number, number> = {};
  readonly anchors: Record<string, string> = {};
  readonly validations: DataValidationRule[] = [];

  constructor(
    readonly columnCount: number,
    readonly columnWidths: number[],
    /** Label of the totals rows. */
    readonly totalLabel: string,
  ) {}

  get lastColumn(): number {
    return this.columnCount - 1;
  }

  /** Appends a row (cells beyond `cells` are empty) and returns its number. */
  addRow(cells: (LayoutCell | null)[] = []): number {
    this.rows.push(Array.from({ length: this.columnCount }, (_, column) => cells[column] ?? null));
    return this.rows.length;
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
    const row = this.addRow([text(value)]);
    this.merge(row, 0, this.lastColumn);
    this.style(this.wholeRow(row), { ...STYLE.wrapped, ...style });
    this.height(row, heightFor(wrappedLines(value, this.width(0, this.lastColumn), style?.bold)));
    return row;
  }

  addSectionHeader(value: string, anchor: string): number {
    if (this.rows.length > 0) this.addRow();
    const row = this.addRow([text(value)]);
    this.merge(row, 0, this.lastColumn);
    this.style(this.wholeRow(row), STYLE.section);
    this.height(row, 20);
    this.anchor(`sezione.${anchor}`, row, 0);
    return row;
  }

  /** A table header row: the labels by column; wrapped, bold, centred, framed. */
  addTableHeader(labels: (string | null)[], merges: [number, number][] = []): number {
    const row = this.addRow(labels.map((label) => (label === null ? null : text(label))));
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

  wholeRow(row: number): string {
    return rangeAddress(row, 0, row, this.lastColumn);
  }
}

interface SplitColumns {
  available: number;
  satRequested: number;
  satCap: number;
  satAllowed: number;
  indigenceBase: number;
  indigenceShare: number;
  indigenceQuota: number;
  policeShare: number;
  policeQuota: number;
  categoryQuota?: number;
  byCall: number;
}

function splitColumns(withCategory: boolean): SplitColumns {
  return {
    available: 2,
    satRequested: 3,
    satCap: 4,
    satAllowed: 5,
    indigenceBase: 6,
    indigenceShare: 7,
    indigenceQuota: 8,
    policeShare: 9,
    policeQuota: 10,
    ...(withCategory ? { categoryQuota: 11, byCall: 12 } : { byCall: 11 }),
  };
}

function columnWidthsFor(columnCount: number): number[] {
  // A: owner names ("ALER Brescia-Cremona-Mantova"); B: comune; C: also holds the parameter
  // values, of which 'indigenza-su-tutti' is the longest.
  return Array.from({ length: columnCount }, (_, column) => [36, 20, 18][column] ?? 13);
}

/** Everything the layout's sections share. */
interface Context {
  plan: Plan;
  strings: SheetStrings;
  language: SheetLanguage;
  sheet: SheetBuilder;
  definitions: ParamDefinition[];
  /** Absolute address of each parameter's value cell. */
  parameterCells: Record<SheetParameter, string>;
}

function definitionOf(definitions: ParamDefinition[], key: SheetParameter): ParamDefinition {
  const definition = definitions.find((candidate) => candidate.key === key);
  if (!definition) throw new Error(`No definition for the parameter "${key}"`);
  return definition;
}

function addTitle(sheet: SheetBuilder, plan: Plan, strings: SheetStrings, options: LayoutOptions): void {
  const title = sheet.addRow([text(strings.title(plan.anno))]);
  sheet.merge(title, 0, sheet.lastColumn);
  sheet.style(sheet.wholeRow(title), STYLE.title);
  sheet.height(title, 24);
  sheet.anchor('titolo', title, 0);

  const place = [
    (plan.parametri.ambito ?? '').trim() ? strings.ambito(plan.parametri.ambito.trim()) : '',
    (plan.parametri.capofila ?? '').trim() ? strings.capofila(plan.parametri.capofila.trim()) : '',
  ].filter((part) => part !== '');
  const subtitle = sheet.addRow([place.length > 0 ? text(place.join(' - ')) : null]);
  sheet.merge(subtitle, 0, sheet.lastColumn);
  sheet.style(sheet.wholeRow(subtitle), STYLE.subtitle);
  sheet.height(subtitle, 18);

  const generated = [
    strings.generatedOn(strings.date(options.generatedAt ?? new Date())),
    options.fingerprint ? strings.fingerprint(options.fingerprint) : '',
    strings.dwellingsRead(plan.alloggi),
  ].filter((part) => part !== '');
  const generatedRow = sheet.addRow([text(generated.join(' - '))]);
  sheet.merge(generatedRow, 0, sheet.lastColumn);
  sheet.style(sheet.wholeRow(generatedRow), STYLE.generated);
}

function parameterValue(plan: Plan, key: SheetParameter): number | string {
  if (key === 'anno') return plan.anno;
  if (key === 'ordine') return plan.parametri.ordine;
  return plan.parametri[key];
}

function validationFor(
  definition: ParamDefinition,
  range: string,
  strings: SheetStrings,
  year: number,
): DataValidationRule | undefined {
  const title = strings.validation.title;
  const withTexts = (rule: string) => ({ title, prompt: rule, error: strings.validation.error(rule) });
  switch (definition.kind) {
    case 'percent': {
      const rule =
        definition.max === 0
          ? strings.validation.notProvided(year, definition.reference)
          : strings.validation.percent(strings.percent(definition.max), definition.reference);
      return { range, type: 'decimal', min: 0, max: definition.max, ...withTexts(rule) };
    }
    case 'count':
      return {
        range,
        type: 'whole',
        min: 0,
        max: definition.max,
        ...withTexts(strings.validation.count(definition.max)),
      };
    case 'year':
      return {
        range,
        type: 'whole',
        min: FIRST_PLAN_YEAR,
        max: LAST_PLAN_YEAR,
        ...withTexts(strings.validation.year(FIRST_PLAN_YEAR, LAST_PLAN_YEAR)),
      };
    case 'choice':
      return { range, type: 'list', values: [...ORDINI], ...withTexts(strings.validation.reading) };
    default:
      return undefined;
  }
}

/** a) The parameters, one row each; returns the address of every value cell. */
function addParameters(
  sheet: SheetBuilder,
  plan: Plan,
  strings: SheetStrings,
  language: SheetLanguage,
  definitions: ParamDefinition[],
): Record<SheetParameter, string> {
  const last = sheet.lastColumn;
  sheet.addSectionHeader(strings.sections.parameters, 'parametri');
  const labels: (string | null)[] = Array.from({ length: sheet.columnCount }, () => null);
  labels[0] = strings.parameterHeaders.label;
  labels[PARAMETER_VALUE_COLUMN] = strings.parameterHeaders.value;
  labels[PARAMETER_VALUE_COLUMN + 1] = strings.parameterHeaders.reference;
  const header = sheet.addTableHeader(labels, [
    [0, PARAMETER_VALUE_COLUMN - 1],
    [PARAMETER_VALUE_COLUMN + 1, last],
  ]);

  const cells = {} as Record<SheetParameter, string>;
  const referenceWidth = sheet.width(PARAMETER_VALUE_COLUMN + 1, last);
  let row = header;
  for (const key of SHEET_PARAMETERS) {
    const definition = definitionOf(definitions, key);
    const value = parameterValue(plan, key);
    const reference = key === 'ordine' ? `${definition.reference} - ${strings.readingChoices}` : definition.reference;
    row = sheet.addRow([
      text(definition.label[language]),
      null,
      typeof value === 'number' ? number(value) : text(value),
      text(reference),
    ]);
    sheet.merge(row, 0, PARAMETER_VALUE_COLUMN - 1);
    sheet.merge(row, PARAMETER_VALUE_COLUMN + 1, last);
    const valueCell = cellAddress(row, PARAMETER_VALUE_COLUMN);
    if (definition.kind === 'percent') sheet.format(valueCell, percentFormat([value as number]));
    else if (definition.kind !== 'choice') sheet.format(valueCell, COUNT_FORMAT);
    sheet.height(row, heightFor(wrappedLines(reference, referenceWidth)));
    const validation = validationFor(definition, valueCell, strings, plan.anno);
    if (validation) sheet.validations.push(validation);
    cells[key] = absoluteAddress(row, PARAMETER_VALUE_COLUMN);
    sheet.anchor(`param.${key}`, row, PARAMETER_VALUE_COLUMN);
  }
  const lastParameter = row;
  sheet.style(rangeAddress(header + 1, PARAMETER_VALUE_COLUMN, row, PARAMETER_VALUE_COLUMN), STYLE.parameterValue);
  row = addOwnerValues(sheet, plan, strings, definitions, row);
  sheet.style(rangeAddress(header + 1, 0, row, last), STYLE.body);
  sheet.style(rangeAddress(header + 1, PARAMETER_VALUE_COLUMN + 1, row, last), { wrapText: true });
  if (row > lastParameter) {
    sheet.style(rangeAddress(lastParameter + 1, 0, row, last), { ...STYLE.override, wrapText: true });
  }
  return cells;
}

/**
 * After the general parameters, one row per owner with its own values, as text: the split uses
 * them as constants for that owner's groups, so the general value cells above (which the formulas
 * reference) stay where they are. Returns the last row written (`after` when there is none).
 */
function addOwnerValues(
  sheet: SheetBuilder,
  plan: Plan,
  strings: SheetStrings,
  definitions: ParamDefinition[],
  after: number,
): number {
  const last = sheet.lastColumn;
  const labelWidth = sheet.width(0, PARAMETER_VALUE_COLUMN - 1);
  const valueWidth = sheet.columnWidths[PARAMETER_VALUE_COLUMN];
  const referenceWidth = sheet.width(PARAMETER_VALUE_COLUMN + 1, last);
  let row = after;
  ownersWithOwnValues(plan).forEach(({ ente, keys, values }, index) => {
    const label = strings.ownerValuesLabel(ente);
    const value = keys
      .map((key) => {
        const definition = definitionOf(definitions, key);
        const shown = definition.kind === 'percent' ? strings.percent(values[key]) : String(values[key]);
        return `${strings.ownerValueNames[key]} ${shown}`;
      })
      .join('; ');
    const references = [...new Set(keys.map((key) => definitionOf(definitions, key).reference))].join('; ');
    const reference = strings.ownerValuesReference(references);
    row = sheet.addRow([text(label), null, text(value), text(reference)]);
    sheet.merge(row, 0, PARAMETER_VALUE_COLUMN - 1);
    sheet.merge(row, PARAMETER_VALUE_COLUMN + 1, last);
    sheet.format(cellAddress(row, PARAMETER_VALUE_COLUMN), TEXT_FORMAT);
    sheet.style(cellAddress(row, PARAMETER_VALUE_COLUMN), STYLE.ownerValues);
    const lines = Math.max(
      wrappedLines(label, labelWidth),
      wrappedLines(value, valueWidth),
      wrappedLines(reference, referenceWidth),
    );
    sheet.height(row, heightFor(lines));
    sheet.anchor(`valoriPropri.${index}`, row, PARAMETER_VALUE_COLUMN);
  });
  return row;
}

/** The owners whose groups use values of their own, in the plan's order, with those values. */
function ownersWithOwnValues(plan: Plan): { ente: string; keys: OwnerParamKey[]; values: PlanGroup['parametri'] }[] {
  const seen = new Set<string>();
  const owners: { ente: string; keys: OwnerParamKey[]; values: PlanGroup['parametri'] }[] = [];
  for (const group of plan.gruppi) {
    if (group.personalizzati.length === 0 || seen.has(group.ente)) continue;
    seen.add(group.ente);
    owners.push({ ente: group.ente, keys: group.personalizzati, values: group.parametri });
  }
  return owners;
}

/**
 * A table of counts: header, one row per group (`cellsOf` gets the group's index and row
 * number), and a totals row that sums `sumColumns`. The first `textColumns` are names.
 */
function addCountTable(
  sheet: SheetBuilder,
  headerLabels: string[],
  groupCount: number,
  cellsOf: (index: number, row: number) => (LayoutCell | null)[],
  sumColumns: { column: number; total: number; anchor?: string }[],
  textColumns: number,
): { rows: number[]; totals: number } {
  const lastColumn = headerLabels.length - 1;
  const header = sheet.addTableHeader(headerLabels);
  const rows = Array.from({ length: groupCount }, (_, index) => sheet.addRow(cellsOf(index, header + 1 + index)));
  const totals = sheet.addRow([text(sheet.totalLabel)]);
  for (const { column, total, anchor } of sumColumns) {
    const letter = columnLetter(column);
    sheet.set(
      totals,
      column,
      rows.length > 0 ? formula(`SUM(${letter}${rows[0]}:${letter}${rows[rows.length - 1]})`, total) : number(0),
    );
    if (anchor) sheet.anchor(anchor, totals, column);
  }
  sheet.style(rangeAddress(header + 1, 0, totals, lastColumn), STYLE.body);
  sheet.style(rangeAddress(totals, 0, totals, lastColumn), STYLE.totals);
  if (rows.length > 0) sheet.format(rangeAddress(rows[0], 0, rows[rows.length - 1], textColumns - 1), TEXT_FORMAT);
  const firstCount = rows.length > 0 ? rows[0] : totals;
  const countColumns = sumColumns.map(({ column }) => column);
  sheet.format(rangeAddress(firstCount, Math.min(...countColumns), totals, Math.max(...countColumns)), COUNT_FORMAT);
  return { rows, totals };
}

/** b) The stock by owner and comune. */
function addStock(context: Context): void {
  const { sheet, plan, strings } = context;
  const headers = strings.stockHeaders;
  sheet.addSectionHeader(strings.sections.stock, 'patrimonio');
  const totals = plan.totali.patrimonio;
  const { rows } = addCountTable(
    sheet,
    [headers.owner, headers.comune, headers.kind, headers.sap, headers.sas, headers.sat, headers.total],
    plan.gruppi.length,
    (index, row) => {
      const group = plan.gruppi[index];
      const stock = group.patrimonio;
      return [
        text(group.ente),
        text(group.comune),
        text(strings.ownerKind[group.tipoEnte]),
        number(stock.SAP),
        number(stock.SAS),
        number(stock.SAT),
        formula(`SUM(D${row}:F${row})`, stock.SAP + stock.SAS + stock.SAT),
      ];
    },
    [
      { column: 3, total: totals.SAP },
      { column: 4, total: totals.SAS },
      { column: 5, total: totals.SAT },
      { column: 6, total: totals.SAP + totals.SAS + totals.SAT, anchor: 'totale.patrimonio' },
    ],
    3,
  );
  if (rows.length > 0) {
    sheet.style(rangeAddress(rows[0], 2, rows[rows.length - 1], 2), { horizontalAlignment: 'center' });
  }
}

/** c) The dwellings available in the year by source; returns the address of each group's total. */
function addAvailable(context: Context): string[] {
  const { sheet, plan, strings } = context;
  const headers = strings.availableHeaders;
  sheet.addSectionHeader(strings.sections.available(plan.anno), 'disponibili');
  const bySource = plan.totali.perFonte;
  const { rows } = addCountTable(
    sheet,
    [
      headers.owner,
      headers.comune,
      headers.libero,
      headers.turnover,
      headers.nuovi,
      headers.carenza,
      headers.privati,
      headers.total,
    ],
    plan.gruppi.length,
    (index, row) => {
      const group = plan.gruppi[index];
      const sources = group.perFonte;
      return [
        text(group.ente),
        text(group.comune),
        number(sources.libero),
        number(sources.turnover),
        number(sources.nuovi),
        number(sources.carenza),
        number(sources.privati),
        formula(`SUM(C${row}:G${row})`, group.disponibili),
      ];
    },
    [
      { column: 2, total: bySource.libero },
      { column: 3, total: bySource.turnover },
      { column: 4, total: bySource.nuovi },
      { column: 5, total: bySource.carenza },
      { column: 6, total: bySource.privati },
      { column: 7, total: plan.totali.disponibili, anchor: 'totale.disponibiliPerFonte' },
    ],
    2,
  );
  return rows.map((row) => `H${row}`);
}

/** The parameter cell when the group follows the general value, the owner's own value otherwise. */
function parameterOperand(
  context: Context,
  group: PlanGroup,
  key: OwnerParamKey,
): { reference: string; constant?: undefined } | { reference?: undefined; constant: number } {
  if (group.personalizzati.includes(key)) return { constant: group.parametri[key] };
  return { reference: context.parameterCells[key] };
}

const operandText = (operand: { reference?: string; constant?: number }): string =>
  operand.reference ?? shareLiteral(operand.constant as number);

/** d) The split: SAT, indigenza, Forze di Polizia, category, by public call. */
function addSplit(context: Context, availableTotals: string[], columns: SplitColumns): void {
  const { sheet, plan, strings, parameterCells } = context;
  const headers = strings.splitHeaders;
  const last = sheet.lastColumn;
  sheet.addSectionHeader(strings.sections.split, 'ripartizione');
  const labels: string[] = [];
  labels[0] = headers.owner;
  labels[1] = headers.comune;
  labels[columns.available] = headers.available;
  labels[columns.satRequested] = headers.satRequested;
  labels[columns.satCap] = headers.satCap;
  labels[columns.satAllowed] = headers.satAllowed;
  labels[columns.indigenceBase] = headers.indigenceBase;
  labels[columns.indigenceShare] = headers.indigenceShare;
  labels[columns.indigenceQuota] = headers.indigenceQuota;
  labels[columns.policeShare] = headers.policeShare;
  labels[columns.policeQuota] = headers.policeQuota;
  if (columns.categoryQuota !== undefined) labels[columns.categoryQuota] = headers.categoryQuota;
  labels[columns.byCall] = headers.byCall;
  const header = sheet.addTableHeader(labels);

  const letter = (column: number): string => columnLetter(column);
  const overrides: string[] = [];
  const rows = plan.gruppi.map((group, index) => {
    const row = header + 1 + index;
    const at = (column: number): string => `${letter(column)}${row}`;
    const cells: (LayoutCell | null)[] = [text(group.ente), text(group.comune)];
    const italic = (column: number): void => {
      overrides.push(cellAddress(row, column));
    };
    const operandCell = (key: OwnerParamKey, column: number, result: number): LayoutCell => {
      const operand = parameterOperand(context, group, key);
      if (operand.reference !== undefined) return formula(operand.reference, result);
      italic(column);
      return number(operand.constant);
    };
    const available = at(columns.available);
    const satAllowed = at(columns.satAllowed);

    cells[columns.available] = formula(availableTotals[index], group.disponibili);
    cells[columns.satRequested] = operandCell('satRichiesti', columns.satRequested, group.sat.richiesti);
    cells[columns.satCap] = operandCell('satSoglia', columns.satCap, group.sat.soglia);
    // L.R. 16/2016 art. 23: SAT = min(requested, cap rounded down); ROUND(...,6) absorbs float noise.
    cells[columns.satAllowed] = formula(
      `MIN(${at(columns.satRequested)},ROUNDDOWN(ROUND(${available}*${at(columns.satCap)},6),0))`,
      group.sat.consentiti,
    );
    cells[columns.indigenceBase] = formula(
      `IF(${parameterCells.ordine}="sat-prima",${available}-${satAllowed},${available})`,
      group.indigenza.base,
    );
    // R.R. 4/2017 art. 13 c. 3: the Comune's increase applies to its own stock only.
    const base = parameterOperand(context, group, 'indigenza');
    const increase = parameterOperand(context, group, 'maggiorazione');
    const shareOperands = group.tipoEnte === 'comune' ? [base, increase] : [base];
    if (shareOperands.every((operand) => operand.constant !== undefined)) {
      cells[columns.indigenceShare] = number(group.indigenza.percentuale);
      italic(columns.indigenceShare);
    } else {
      cells[columns.indigenceShare] = formula(shareOperands.map(operandText).join('+'), group.indigenza.percentuale);
      if (shareOperands.some((operand) => operand.constant !== undefined)) italic(columns.indigenceShare);
    }
    cells[columns.indigenceQuota] = formula(
      `ROUNDUP(ROUND(${at(columns.indigenceBase)}*${at(columns.indigenceShare)},6),0)`,
      group.indigenza.quota,
    );
    cells[columns.policeShare] = operandCell('forzePolizia', columns.policeShare, group.forzePolizia.percentuale);
    cells[columns.policeQuota] = formula(
      `ROUNDUP(ROUND(${available}*${at(columns.policeShare)},6),0)`,
      group.forzePolizia.quota,
    );
    if (columns.categoryQuota !== undefined) {
      const share = parameterOperand(context, group, 'categoriaQuota');
      cells[columns.categoryQuota] = formula(
        `ROUNDUP(ROUND((${available}-${satAllowed})*${operandText(share)},6),0)`,
        group.categoria.quota,
      );
      if (share.constant !== undefined) italic(columns.categoryQuota);
    }
    cells[columns.byCall] = formula(`${available}-${satAllowed}`, group.perAvviso);
    sheet.addRow(cells);

    const anchors: [string, number][] = [
      ['disponibili', columns.available],
      ['satRichiesti', columns.satRequested],
      ['sat', columns.satAllowed],
      ['base', columns.indigenceBase],
      ['percentualeIndigenza', columns.indigenceShare],
      ['indigenza', columns.indigenceQuota],
      ['forzePolizia', columns.policeQuota],
      ['perAvviso', columns.byCall],
    ];
    if (columns.categoryQuota !== undefined) anchors.push(['categoria', columns.categoryQuota]);
    for (const [name, column] of anchors) sheet.anchor(`gruppo.${index}.${name}`, row, column);
    return row;
  });

  const totals = sheet.addRow([text(sheet.totalLabel)]);
  const baseTotal = plan.gruppi.reduce((sum, group) => sum + group.indigenza.base, 0);
  const sums: [string, number, number][] = [
    ['totale.disponibili', columns.available, plan.totali.disponibili],
    ['totale.satRichiesti', columns.satRequested, plan.totali.satRichiesti],
    ['totale.sat', columns.satAllowed, plan.totali.sat],
    ['totale.base', columns.indigenceBase, baseTotal],
    ['totale.indigenza', columns.indigenceQuota, plan.totali.indigenza],
    ['totale.forzePolizia', columns.policeQuota, plan.totali.forzePolizia],
    ['totale.perAvviso', columns.byCall, plan.totali.perAvviso],
  ];
  if (columns.categoryQuota !== undefined)
    sums.push(['totale.categoria', columns.categoryQuota, plan.totali.categoria]);
  for (const [anchor, column, total] of sums) {
    const columnText = letter(column);
    sheet.set(
      totals,
      column,
      rows.length > 0
        ? formula(`SUM(${columnText}${rows[0]}:${columnText}${rows[rows.length - 1]})`, total)
        : number(0),
    );
    sheet.anchor(anchor, totals, column);
  }

  sheet.style(rangeAddress(header + 1, 0, totals, last), STYLE.body);
  sheet.style(rangeAddress(totals, 0, totals, last), STYLE.totals);
  const firstBody = rows.length > 0 ? rows[0] : totals;
  if (rows.length > 0) sheet.format(rangeAddress(rows[0], 0, rows[rows.length - 1], 1), TEXT_FORMAT);
  const countColumns = [
    columns.available,
    columns.satRequested,
    columns.satAllowed,
    columns.indigenceBase,
    columns.indigenceQuota,
    columns.policeQuota,
    ...(columns.categoryQuota === undefined ? [] : [columns.categoryQuota]),
    columns.byCall,
  ];
  for (const column of countColumns) sheet.format(rangeAddress(firstBody, column, totals, column), COUNT_FORMAT);
  const shareColumns: [number, number[]][] = [
    [columns.satCap, [plan.parametri.satSoglia, ...plan.gruppi.map((group) => group.sat.soglia)]],
    [
      columns.indigenceShare,
      [
        plan.parametri.indigenza,
        plan.parametri.indigenza + plan.parametri.maggiorazione,
        ...plan.gruppi.map((group) => group.indigenza.percentuale),
      ],
    ],
    [columns.policeShare, [plan.parametri.forzePolizia, ...plan.gruppi.map((group) => group.forzePolizia.percentuale)]],
  ];
  if (rows.length > 0) {
    for (const [column, shares] of shareColumns) {
      sheet.format(rangeAddress(rows[0], column, rows[rows.length - 1], column), percentFormat(shares));
    }
  }
  for (const address of overrides) sheet.style(address, STYLE.override);
}

/** e) The additional category of particular social relevance, with its reasons. */
function addCategory(context: Context): void {
  const { sheet, plan, strings } = context;
  const category = plan.parametri.categoria;
  if (!category || (category.nome.trim() === '' && category.descrizione.trim() === '')) return;
  sheet.addSectionHeader(strings.sections.category, 'categoria');
  if (category.nome.trim() !== '') sheet.addTextRow(category.nome.trim(), STYLE.categoryName);
  if (category.descrizione.trim() !== '') sheet.addTextRow(category.descrizione.trim());
  const shares = [plan.parametri.categoriaQuota, ...plan.gruppi.map((group) => group.categoria.percentuale)];
  if (shares.some((share) => toPpm(share) > 0))
    sheet.addTextRow(strings.categoryReserve(strings.percent(plan.parametri.categoriaQuota)));
}

function overrideNotes(context: Context): string[] {
  const { plan, strings, language, definitions } = context;
  return ownersWithOwnValues(plan).map(({ ente, keys, values }) => {
    const listed = keys.map((key) => {
      const definition = definitionOf(definitions, key);
      const value = values[key];
      return `${definition.label[language]} ${definition.kind === 'percent' ? strings.percent(value) : value}`;
    });
    return strings.overrides(ente, listed.join(', '));
  });
}

function problemNotes(strings: SheetStrings, problems: InventoryIssue[], language: SheetLanguage): string[] {
  if (problems.length === 0) return [];
  const errors = problems.filter((problem) => problem.severity === 'errore').length;
  const notes = [strings.problemsSummary(problems.length, errors, problems.length - errors)];
  for (const problem of problems.slice(0, MAX_LISTED_PROBLEMS)) {
    const message = language === 'en' ? problem.messageEn : problem.message;
    // The inventory's messages usually say where they are; the row is added only when missing.
    const placed = problem.row <= 0 || new RegExp(`\\b${problem.row}\\b`).test(message);
    notes.push(placed ? message : strings.problemAt(problem.row, message));
  }
  if (problems.length > MAX_LISTED_PROBLEMS) notes.push(strings.moreProblems(problems.length - MAX_LISTED_PROBLEMS));
  return notes;
}

/** f) The plan's notes (reading used, caps that bit), the owners' own values, inventory problems. */
function addNotes(context: Context): void {
  const { sheet, plan, strings, language } = context;
  const notes = [
    ...(plan.gruppi.length === 0 ? [strings.noDwellings] : []),
    ...plan.note.map((note) => (language === 'en' ? note.messageEn : note.message)),
    ...overrideNotes(context),
    ...problemNotes(strings, plan.problemi, language),
  ];
  if (notes.length === 0) return;
  sheet.addSectionHeader(strings.sections.notes, 'note');
  for (const note of notes) sheet.addTextRow(note);
}

/** Whether the split needs the additional category's quota column. */
function hasCategoryQuota(plan: Plan): boolean {
  return (
    toPpm(plan.parametri.categoriaQuota) > 0 || plan.gruppi.some((group) => toPpm(group.parametri.categoriaQuota) > 0)
  );
}

/** The plan sheet for `plan`: pure, the same layout for the Office.js and the ExcelJS writer. */
export function layoutPlanSheet(plan: Plan, options: LayoutOptions = {}): SheetLayout {
  const language = options.language ?? 'it';
  const strings = sheetStrings(language);
  const columns = splitColumns(hasCategoryQuota(plan));
  const columnCount = columns.byCall + 1;
  const sheet = new SheetBuilder(columnCount, columnWidthsFor(columnCount), strings.total);
  const definitions = paramDefinitions(plan.anno);

  addTitle(sheet, plan, strings, options);
  const parameterCells = addParameters(sheet, plan, strings, language, definitions);
  const context: Context = { plan, strings, language, sheet, definitions, parameterCells };
  addStock(context);
  addSplit(context, addAvailable(context), columns);
  addCategory(context);
  addNotes(context);

  const rowCount = sheet.rows.length;
  return {
    name: options.sheetName ?? strings.sheetName(plan.anno),
    cells: sheet.rows,
    rowCount,
    columnCount,
    numberFormats: sheet.numberFormats,
    styles: sheet.styles,
    merges: sheet.merges,
    columnWidths: sheet.columnWidths,
    rowHeights: sheet.rowHeights,
    freeze: { rows: TITLE_ROWS, columns: 0 },
    print: {
      orientation: 'landscape',
      paperSize: 'A4',
      fitToPagesWide: 1,
      printTitleRows: `1:${TITLE_ROWS}`,
      printArea: rangeAddress(1, 0, rowCount, columnCount - 1),
    },
    anchors: sheet.anchors,
    validations: sheet.validations,
  };
}
