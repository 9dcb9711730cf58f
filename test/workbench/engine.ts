/**
 * The workbench's calculation over the simulated workbook: native formulas are computed on
 * demand (the plan sheet's SUM, MIN, ROUNDUP, IF...), custom functions (=CASA.*) through the
 * real functions bundle, called as Excel calls them (SimHost.invokeFunction with the arguments
 * shaped by functions.json: ranges as 2D arrays, omitted optionals as null). Their results
 * become the cells' cached values; a matrix result spills into the cells below and right.
 * Pure TypeScript over the sim's model, no DOM.
 */
import { Rect, box, columnLetters, parseAddress } from '../sim/address';
import type { CellModel, CellValue, SheetModel, WorkbookModel } from '../sim/model';
import {
  CallNode,
  ErrorValue,
  Evaluator,
  FormulaSyntaxError,
  Matrix,
  NATIVE_FUNCTIONS,
  Node,
  Scalar,
  Value,
  asErrorCode,
  customCalls,
  detectSeparators,
  errorOf,
  formulaText,
  isError,
  isMatrix,
  parseFormula,
} from './formula';

/** One custom function as functions.json describes it. */
export interface FunctionMetadata {
  id: string;
  name: string;
  parameters: Array<{ name: string; dimensionality?: 'scalar' | 'matrix'; optional?: boolean }>;
  /** `stream`: the function gives its results through an invocation, now and later. */
  options?: { stream?: boolean; volatile?: boolean };
}

export interface EngineOptions {
  /** The sim's custom function call (SimHost.invokeFunction). */
  invoke: (id: string, ...args: unknown[]) => Promise<unknown>;
  /** The functions' metadata once loaded (functions.json); undefined until then. */
  metadata: () => readonly FunctionMetadata[] | undefined;
  /** The custom functions' namespace, as in the manifest ('CASA'). */
  namespace: () => string;
  /**
   * Starts a streaming function (SimHost.invokeStreaming): every result reaches `onResult`;
   * without it, streaming functions are called like the others.
   */
  invokeStreaming?: (id: string, args: unknown[], onResult: (value: unknown) => void) => { cancel(): void };
  /** A streaming function gave a new result: the page recomputes and draws again. */
  onStreamResult?: () => void;
}

/**
 * A streaming call of a cell, live until its arguments change or its formula goes: as in Excel,
 * a formula whose arguments did not change is not called again, it keeps the last result given.
 */
interface LiveStream {
  argsKey: string;
  /** The last result given; undefined until the first (Excel shows #BUSY!). */
  value: unknown;
  first: Promise<void>;
  cancel(): void;
}

/** What a cell shows: its value, or the formula text when the grid cannot compute it. */
export interface Shown {
  value: Scalar;
  /** The formula is shown instead of a value (a function the workbench does not know). */
  formulaShown?: string;
  /** The explanation of an error value (custom functions give one). */
  message?: string;
}

const cellKey = (sheet: SheetModel, r: number, c: number): string => `${sheet.id}!${r},${c}`;

function scalarOf(value: unknown, message?: string): Scalar {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'string') {
    const code = asErrorCode(value);
    return code ? errorOf(code, message) : value;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return errorOf('#VALUE!');
}

/** A value as the sim stores it (Range.values): errors are their codes. */
export function cellValueOf(value: Scalar): CellValue {
  if (value === null) return 0;
  if (isError(value)) return value.error;
  return value;
}

/** A custom function's outcome (a value, a matrix, a CustomFunctions.Error) as formula values. */
function outcomeValue(result: unknown): Value {
  const one = (v: unknown): Scalar => {
    if (v === null || v === undefined) return null;
    if (typeof v === 'number') return Number.isFinite(v) ? v : errorOf('#NUM!');
    if (typeof v === 'string' || typeof v === 'boolean') return v;
    if (typeof v === 'object' && typeof (v as { code?: unknown }).code === 'string') {
      const code = asErrorCode((v as { code: string }).code) ?? '#VALUE!';
      const message = (v as { message?: string }).message;
      return errorOf(code, message || undefined);
    }
    return errorOf('#VALUE!');
  };
  if (Array.isArray(result)) {
    if (result.length === 0) return errorOf('#CALC!');
    return result.map((row) => (Array.isArray(row) ? row.map(one) : [one(row)]));
  }
  return one(result);
}

function thrownValue(error: unknown): ErrorValue {
  const code = asErrorCode(String((error as { code?: unknown })?.code ?? '')) ?? '#VALUE!';
  const message = (error as { message?: string })?.message;
  return errorOf(code, message || undefined);
}

/** Values of a range as Excel passes them to a custom function: empty cells are '', errors their codes. */
function apiMatrix(values: Matrix): unknown[][] {
  return values.map((row) => row.map((v) => (v === null ? '' : isError(v) ? v.error : v)));
}

interface Spill {
  sheet: SheetModel;
  rect: Rect;
  values: CellValue[][];
}

export class WorkbookEngine {
  private readonly parsed = new Map<string, Node | FormulaSyntaxError>();
  private memo: Map<string, Scalar> | undefined;
  private readonly evaluating = new Set<string>();
  /** Error explanations by cell, from custom functions. */
  private readonly messages = new Map<string, string>();
  private readonly spills = new Map<string, Spill>();
  /** Cells whose formula was typed in the workbench (their matrix results spill). */
  private readonly typed = new Set<string>();
  private queue: Promise<void> = Promise.resolve();
  private queued = false;
  /** Streaming calls by cell, then by their place among the cell's custom calls. */
  private readonly streams = new Map<string, Map<number, LiveStream>>();

  constructor(
    private readonly model: WorkbookModel,
    private readonly options: EngineOptions,
  ) {}

  isCustom = (name: string): boolean => name.startsWith(`${this.options.namespace().toUpperCase()}.`);

  /** The parse of a formula, cached by its text. */
  parse(formula: string): Node | FormulaSyntaxError {
    let entry = this.parsed.get(formula);
    if (!entry) {
      try {
        entry = parseFormula(formula);
      } catch (error) {
        if (!(error instanceof FormulaSyntaxError)) throw error;
        entry = error;
      }
      this.parsed.set(formula, entry);
    }
    return entry;
  }

  /** Runs `work` with one memo of computed cells (a grid render reads each cell once). */
  batch<T>(work: () => T): T {
    if (this.memo) return work();
    this.memo = new Map();
    try {
      return work();
    } finally {
      this.memo = undefined;
    }
  }

  /** The hook of createSimulatedHost({ evaluate }): what Range.values reports for a formula cell. */
  evaluateForModel = (sheetName: string, formula: string, address: string): unknown => {
    const sheet = this.model.findSheet(sheetName);
    const parsed = parseAddress(address);
    if (!sheet || !parsed) return '#REF!';
    return cellValueOf(this.batch(() => this.formulaValue(sheet, parsed.rect.r0, parsed.rect.c0, formula)));
  };

  /** What the grid shows for a cell. */
  shown(sheet: SheetModel, r: number, c: number): Shown {
    const cell = sheet.get(r, c);
    if (!cell) return { value: null };
    const message = this.messages.get(cellKey(sheet, r, c));
    if (cell.formula === undefined) return { value: scalarOf(cell.value, message), message };
    const node = this.parse(cell.formula);
    if (node instanceof FormulaSyntaxError || this.unknownFunctions(node).length > 0) {
      return { value: null, formulaShown: cell.formula };
    }
    if (cell.cached !== undefined) return { value: scalarOf(cell.cached, message), message };
    const value = this.batch(() => this.cellScalar(sheet, r, c));
    return { value, message: isError(value) ? value.message : undefined };
  }

  /** Native functions missing from the workbench's engine, in a formula. */
  unknownFunctions(node: Node): string[] {
    const unknown: string[] = [];
    const visit = (n: Node | null): void => {
      if (!n) return;
      if (n.k === 'call') {
        if (!this.isCustom(n.name) && !NATIVE_FUNCTIONS.includes(n.name.replace(/^_XLFN\./, ''))) unknown.push(n.name);
        n.args.forEach(visit);
      } else if (n.k === 'neg' || n.k === 'pct' || n.k === 'paren') visit(n.e);
      else if (n.k === 'bin') {
        visit(n.l);
        visit(n.r);
      }
    };
    visit(node);
    return unknown;
  }

  private cellScalar(sheet: SheetModel, r: number, c: number): Scalar {
    const cell = sheet.get(r, c);
    if (!cell) return null;
    const key = cellKey(sheet, r, c);
    if (cell.formula === undefined) return scalarOf(cell.value, this.messages.get(key));
    if (cell.cached !== undefined) return scalarOf(cell.cached, this.messages.get(key));
    return this.formulaValue(sheet, r, c, cell.formula);
  }

  private formulaValue(sheet: SheetModel, r: number, c: number, formula: string): Scalar {
    const key = cellKey(sheet, r, c);
    const remembered = this.memo?.get(key);
    if (remembered !== undefined) return remembered;
    // A circular reference: Excel warns and shows 0.
    if (this.evaluating.has(key)) return 0;
    const node = this.parse(formula);
    if (node instanceof FormulaSyntaxError) return errorOf('#NAME?');
    this.evaluating.add(key);
    let value: Scalar;
    try {
      const result = new Evaluator(this.context(sheet, new Map())).eval(node);
      value = isMatrix(result) ? (result[0]?.[0] ?? null) : result;
      if (value === null) value = 0;
    } finally {
      this.evaluating.delete(key);
    }
    this.memo?.set(key, value);
    return value;
  }

  private context(sheet: SheetModel, customs: Map<CallNode, Value>) {
    return {
      range: (sheetName: string | undefined, rect: Rect): Matrix | undefined => {
        const target = sheetName === undefined ? sheet : this.model.findSheet(sheetName);
        if (!target) return undefined;
        const rows: Matrix = [];
        for (let r = rect.r0; r <= rect.r1; r++) {
          const row: Scalar[] = [];
          for (let c = rect.c0; c <= rect.c1; c++) row.push(this.cellScalar(target, r, c));
          rows.push(row);
        }
        return rows;
      },
      custom: (node: CallNode) => customs.get(node),
      isCustom: this.isCustom,
    };
  }

  // ---- custom functions ---------------------------------------------------------------

  private functionFor(name: string): FunctionMetadata | { id: string; parameters?: undefined } {
    const bare = name.slice(this.options.namespace().length + 1);
    const known = this.options.metadata()?.find((f) => f.name.toUpperCase() === bare || f.id.toUpperCase() === bare);
    return known ?? { id: bare };
  }

  /** Ends the streaming calls of a cell (its formula changed or went), except those in `keep`. */
  private endStreams(key: string, keep: ReadonlySet<number> = new Set()): void {
    const live = this.streams.get(key);
    if (!live) return;
    for (const [index, stream] of live) {
      if (keep.has(index)) continue;
      stream.cancel();
      live.delete(index);
    }
    if (live.size === 0) this.streams.delete(key);
  }

  /** The result of a streaming call: its live stream's last one, or a new call when the arguments changed. */
  private async streamed(key: string, index: number, id: string, args: unknown[]): Promise<unknown> {
    const start = this.options.invokeStreaming;
    if (!start) throw new Error(`workbench: ${id} is a streaming function; the engine needs invokeStreaming`);
    const argsKey = JSON.stringify(args);
    let live = this.streams.get(key);
    if (!live) {
      live = new Map();
      this.streams.set(key, live);
    }
    let stream = live.get(index);
    if (!stream || stream.argsKey !== argsKey) {
      stream?.cancel();
      let resolveFirst: () => void = () => undefined;
      const created: LiveStream = {
        argsKey,
        value: undefined,
        first: new Promise<void>((resolve) => (resolveFirst = resolve)),
        cancel: () => undefined,
      };
      let given = 0;
      created.cancel = start(id, args, (value) => {
        created.value = value;
        given += 1;
        if (given === 1) resolveFirst();
        else this.options.onStreamResult?.();
      }).cancel;
      live.set(index, created);
      stream = created;
    }
    await stream.first;
    const value = stream.value;
    if (value instanceof Error) throw value;
    return value;
  }

  /** Evaluates a formula, calling the custom functions (innermost first) through the bundle. */
  async evaluateAsync(sheet: SheetModel, node: Node, cell?: string): Promise<Value> {
    const customs = new Map<CallNode, Value>();
    const evaluator = new Evaluator(this.context(sheet, customs));
    const streaming = new Set<number>();
    let index = -1;
    for (const call of customCalls(node, this.isCustom)) {
      index += 1;
      const fn = this.functionFor(call.name);
      const args: unknown[] = [];
      let failed: ErrorValue | undefined;
      call.args.forEach((arg, index) => {
        if (failed) return;
        const parameter = fn.parameters?.[index];
        if (arg === null) {
          args.push(null);
          return;
        }
        const value = this.batch(() => evaluator.eval(arg));
        if (isMatrix(value)) {
          const matrix = apiMatrix(value);
          const oneCell = matrix.length === 1 && matrix[0].length === 1;
          args.push(parameter?.dimensionality !== 'matrix' && oneCell ? matrix[0][0] : matrix);
        } else if (isError(value)) {
          failed = value;
        } else {
          const plain = value === null ? '' : value;
          args.push(parameter?.dimensionality === 'matrix' ? [[plain]] : plain);
        }
      });
      // Omitted trailing optional arguments arrive as null, as in Excel.
      for (let index = args.length; index < (fn.parameters?.length ?? 0); index++) args.push(null);
      if (failed) {
        customs.set(call, failed);
        continue;
      }
      if (fn.parameters && call.args.length > fn.parameters.length) {
        customs.set(call, errorOf('#VALUE!'));
        continue;
      }
      try {
        const stream = cell !== undefined && fn.parameters !== undefined && (fn as FunctionMetadata).options?.stream;
        if (stream) streaming.add(index);
        const result = stream
          ? await this.streamed(cell, index, fn.id, args)
          : await this.options.invoke(fn.id, ...args);
        customs.set(call, outcomeValue(result));
      } catch (error) {
        customs.set(
          call,
          /no custom function/.test(String((error as Error)?.message)) ? errorOf('#NAME?') : thrownValue(error),
        );
      }
    }
    if (cell !== undefined) this.endStreams(cell, streaming);
    return this.batch(() => evaluator.eval(node));
  }

  /** Recomputes every cell with a custom function or typed in the workbench; serialized, coalesced. */
  recompute(): Promise<void> {
    if (this.queued) return this.queue;
    this.queued = true;
    this.queue = this.queue.then(async () => {
      this.queued = false;
      for (const sheet of [...this.model.sheets]) {
        const targets: Array<[number, number, CellModel]> = [];
        for (const [r, row] of sheet.rows) {
          for (const [c, cell] of row) {
            if (cell.formula === undefined) continue;
            const node = this.parse(cell.formula);
            const custom = !(node instanceof FormulaSyntaxError) && customCalls(node, this.isCustom).length > 0;
            if (custom || this.typed.has(cellKey(sheet, r, c))) targets.push([r, c, cell]);
          }
        }
        for (const [r, c, cell] of targets) await this.recomputeCell(sheet, r, c, cell);
      }
    });
    return this.queue;
  }

  private async recomputeCell(sheet: SheetModel, r: number, c: number, cell: CellModel): Promise<void> {
    const formula = cell.formula;
    if (formula === undefined) return;
    const node = this.parse(formula);
    const key = cellKey(sheet, r, c);
    let result: Value;
    if (node instanceof FormulaSyntaxError) result = errorOf('#NAME?', node.message);
    else {
      try {
        result = await this.evaluateAsync(sheet, node, key);
      } catch (error) {
        result = thrownValue(error);
      }
    }
    // The cell changed while the functions ran: its own recompute will follow.
    if (sheet.get(r, c) !== cell || cell.formula !== formula || sheet.deleted) return;
    this.setResult(sheet, r, c, cell, key, result);
  }

  private setResult(sheet: SheetModel, r: number, c: number, cell: CellModel, key: string, result: Value): void {
    this.clearSpill(key);
    let anchor: Scalar;
    if (isMatrix(result) && (result.length > 1 || result[0].length > 1)) {
      const rect = box(r, c, r + result.length - 1, c + Math.max(...result.map((row) => row.length)) - 1);
      let blocked = false;
      for (let rr = rect.r0; rr <= rect.r1 && !blocked; rr++) {
        for (let cc = rect.c0; cc <= rect.c1 && !blocked; cc++) {
          if (rr === r && cc === c) continue;
          const other = sheet.get(rr, cc);
          if (other && (other.formula !== undefined || other.value !== '')) blocked = true;
        }
      }
      if (blocked) {
        anchor = errorOf('#SPILL!', `${columnLetters(rect.c0)}${rect.r0 + 1}:${columnLetters(rect.c1)}${rect.r1 + 1}`);
      } else {
        const values = result.map((row) => row.map((v) => cellValueOf(v ?? '')));
        result.forEach((row, i) =>
          row.forEach((v, j) => {
            if (i === 0 && j === 0) return;
            const target = sheet.at(r + i, c + j);
            target.formula = undefined;
            target.cached = undefined;
            target.value = v === null ? '' : cellValueOf(v);
            const childKey = cellKey(sheet, r + i, c + j);
            if (isError(v) && v.message) this.messages.set(childKey, v.message);
            else this.messages.delete(childKey);
          }),
        );
        this.spills.set(key, { sheet, rect, values });
        anchor = result[0][0];
      }
    } else {
      anchor = isMatrix(result) ? result[0][0] : result;
    }
    cell.cached = cellValueOf(anchor ?? 0);
    if (isError(anchor) && anchor.message) this.messages.set(key, anchor.message);
    else this.messages.delete(key);
  }

  /** Empties the cells a formula spilled into, where they still hold what it put there. */
  private clearSpill(key: string): void {
    const spill = this.spills.get(key);
    if (!spill) return;
    this.spills.delete(key);
    const { sheet, rect, values } = spill;
    for (let r = rect.r0; r <= rect.r1; r++) {
      for (let c = rect.c0; c <= rect.c1; c++) {
        if (r === rect.r0 && c === rect.c0) continue;
        const cell = sheet.get(r, c);
        if (cell && cell.formula === undefined && cell.value === values[r - rect.r0]?.[c - rect.c0]) {
          cell.value = '';
          this.messages.delete(cellKey(sheet, r, c));
        }
      }
    }
  }

  /** True when (r, c) holds a value spilled by another cell's formula. */
  spilledFrom(sheet: SheetModel, r: number, c: number): string | undefined {
    for (const spill of this.spills.values()) {
      const { rect } = spill;
      if (spill.sheet === sheet && r >= rect.r0 && r <= rect.r1 && c >= rect.c0 && c <= rect.c1) {
        if (r === rect.r0 && c === rect.c0) return undefined;
        return `${columnLetters(rect.c0)}${rect.r0 + 1}`;
      }
    }
    return undefined;
  }

  // ---- typing -------------------------------------------------------------------------

  /**
   * What a person typed in the formula bar, into a cell: '' clears it, '=...' is a formula
   * (Italian `;` and `,` or English separators; stored in the en-US form Office.js reports),
   * a number in the display language's form ('0,3' in Italian), '30%', TRUE/VERO, or text.
   * Returns the computed value once the custom functions have answered; throws
   * FormulaSyntaxError, leaving the cell alone, for a formula it cannot read.
   */
  async type(sheet: SheetModel, r: number, c: number, input: string, language: 'it' | 'en'): Promise<Shown> {
    const key = cellKey(sheet, r, c);
    const text = input.trim();
    const isFormula = text.startsWith('=') && text.length > 1;
    const node = isFormula ? this.parse(text) : undefined;
    // Excel refuses a formula it cannot read and leaves the cell as it was.
    if (node instanceof FormulaSyntaxError) throw node;
    this.clearSpill(key);
    this.messages.delete(key);
    this.typed.delete(key);
    // Excel cancels the streaming calls of a formula that is replaced or cleared.
    this.endStreams(key);
    const cell = sheet.at(r, c);
    cell.cached = undefined;
    if (text === '') {
      cell.formula = undefined;
      cell.value = '';
    } else if (node) {
      const canonical = formulaText(node);
      this.parsed.set(canonical, node);
      cell.formula = canonical;
      cell.value = '';
      this.typed.add(key);
    } else {
      cell.formula = undefined;
      cell.value = typedConstant(text, language, cell);
    }
    // A person typed: Excel's change events (Table.onChanged, Worksheet.onChanged) hear of it.
    this.model.cellsChanged(sheet, box(r, c, r, c));
    await this.recompute();
    return this.shown(sheet, r, c);
  }
}

/** A constant typed in a cell, as Excel parses typing in the display language. */
export function typedConstant(text: string, language: 'it' | 'en', cell: CellModel): CellValue {
  if (cell.numberFormat === '@') return text;
  if (text.startsWith("'")) return text.slice(1);
  const decimal = language === 'it' ? ',' : '.';
  const thousands = language === 'it' ? '.' : ',';
  const number = new RegExp(`^[+-]?(\\d{1,3}(\\${thousands}\\d{3})+|\\d+)(\\${decimal}\\d+)?(%?)$`).exec(text);
  if (number) {
    const plain = text.replace(/%$/, '').split(thousands).join('').replace(decimal, '.');
    const value = Number(plain);
    if (Number.isFinite(value)) {
      if (number[4] === '%') {
        if (cell.numberFormat === 'General') cell.numberFormat = '0%';
        return Number((value / 100).toPrecision(15));
      }
      return value;
    }
  }
  const upper = text.toUpperCase();
  if (upper === 'TRUE' || upper === 'VERO') return true;
  if (upper === 'FALSE' || upper === 'FALSO') return false;
  return text;
}

export { detectSeparators };
