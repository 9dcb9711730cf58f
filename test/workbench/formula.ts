/**
 * A small Excel formula engine for the workbench's grid: parses what the plan sheet writes
 * (native formulas in the invariant en-US form: `=MIN(D40,ROUNDDOWN(ROUND(C40*E40,6),0))`) and
 * what a person types in the formula bar, in Italian or English form
 * (`=CASA.QUOTA_INDIGENZA(18;0,3)` or `=CASA.QUOTA_INDIGENZA(18,0.3)`), evaluates native
 * functions synchronously and leaves custom functions (`CASA.*`) to the caller, who computes
 * them through the real functions bundle (SimHost.invokeFunction) and hands the results back.
 *
 * Not a spreadsheet: no dependency graph, no array formulas beyond custom-function spills,
 * no whole-row/column references. Enough to read the plan sheet's numbers on screen.
 * Pure TypeScript, no DOM and no Node imports.
 */
import { Rect, box, columnIndex, columnLetters, quoteSheet } from '../sim/address';

// ---- values ----------------------------------------------------------------------------

export const ERROR_CODES = [
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#BUSY!',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorValue {
  error: ErrorCode;
  /** The explanation a custom function gave (the cell's error tooltip in Excel). */
  message?: string;
}

/** A cell's value in a formula; `null` is an empty cell (0 in arithmetic, '' in text). */
export type Scalar = number | string | boolean | ErrorValue | null;
export type Matrix = Scalar[][];
export type Value = Scalar | Matrix;

export const isError = (value: unknown): value is ErrorValue =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  typeof (value as ErrorValue).error === 'string';

export const isMatrix = (value: Value): value is Matrix => Array.isArray(value);

export const errorOf = (code: ErrorCode, message?: string): ErrorValue =>
  message ? { error: code, message } : { error: code };

/** Strings Excel reports for error cells ('#N/A') are errors when a formula reads them. */
export function asErrorCode(text: string): ErrorCode | undefined {
  return (ERROR_CODES as readonly string[]).includes(text) ? (text as ErrorCode) : undefined;
}

// ---- syntax ----------------------------------------------------------------------------

export interface RefNode {
  k: 'ref';
  sheet?: string;
  rect: Rect;
  /** `$` flags of the first and last cell: [column, row]. */
  abs: [boolean, boolean, boolean, boolean];
  /** True for a range written with ':' (even A1:A1). */
  range: boolean;
}

export interface CallNode {
  k: 'call';
  /** Upper-case, as written ('SUM', 'CASA.QUOTA_INDIGENZA'). */
  name: string;
  /** `null` for an omitted argument (`F(1;;3)`). */
  args: (Node | null)[];
}

export type Node =
  | { k: 'num'; v: number }
  | { k: 'str'; v: string }
  | { k: 'bool'; v: boolean }
  | { k: 'err'; v: ErrorCode }
  | RefNode
  | CallNode
  | { k: 'name'; name: string }
  | { k: 'neg'; op: '-' | '+'; e: Node }
  | { k: 'pct'; e: Node }
  | { k: 'paren'; e: Node }
  | { k: 'bin'; op: BinaryOp; l: Node; r: Node };

type BinaryOp = '+' | '-' | '*' | '/' | '^' | '&' | '=' | '<>' | '<' | '>' | '<=' | '>=';

export class FormulaSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
    this.name = 'FormulaSyntaxError';
  }
}

/**
 * The separators of a formula: Italian Excel writes `;` between arguments and `,` for decimals,
 * English (and the Office.js API) `,` and `.`. A `;` outside strings means the Italian form.
 */
export function detectSeparators(formula: string): { argument: ',' | ';'; decimal: '.' | ',' } {
  let inString = false;
  let inSheet = false;
  for (const ch of formula) {
    if (ch === '"' && !inSheet) inString = !inString;
    else if (ch === "'" && !inString) inSheet = !inSheet;
    else if (ch === ';' && !inString && !inSheet) return { argument: ';', decimal: ',' };
  }
  return { argument: ',', decimal: '.' };
}

type Token =
  | { t: 'num'; v: number; at: number }
  | { t: 'str'; v: string; at: number }
  | { t: 'err'; v: ErrorCode; at: number }
  | { t: 'ref'; node: RefNode; at: number }
  | { t: 'id'; v: string; at: number }
  | { t: 'op'; v: string; at: number }
  | { t: '(' | ')' | 'sep'; at: number };

const CELL_REF = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})/;
const IDENTIFIER = /^[A-Za-z_\\\u00C0-\uFFFF][A-Za-z0-9_.\\\u00C0-\uFFFF]*/;

function cellPart(
  text: string,
): { col: number; row: number; absCol: boolean; absRow: boolean; length: number } | undefined {
  const match = CELL_REF.exec(text);
  if (!match) return undefined;
  const col = columnIndex(match[2]);
  const row = Number(match[4]) - 1;
  if (col > 16383 || row < 0 || row > 1048575) return undefined;
  // "A1B" or "A1.X" is a name, not a reference.
  if (/^[A-Za-z0-9_.]/.test(text.slice(match[0].length))) return undefined;
  return { col, row, absCol: match[1] === '$', absRow: match[3] === '$', length: match[0].length };
}

/** A cell or range reference at the start of `text` (after any sheet prefix). */
function referenceAt(text: string): { rect: Rect; abs: RefNode['abs']; range: boolean; length: number } | undefined {
  const first = cellPart(text);
  if (!first) return undefined;
  if (text[first.length] === ':') {
    const second = cellPart(text.slice(first.length + 1));
    if (second) {
      return {
        rect: box(first.row, first.col, second.row, second.col),
        abs: [first.absCol, first.absRow, second.absCol, second.absRow],
        range: true,
        length: first.length + 1 + second.length,
      };
    }
  }
  return {
    rect: box(first.row, first.col, first.row, first.col),
    abs: [first.absCol, first.absRow, first.absCol, first.absRow],
    range: false,
    length: first.length,
  };
}

function tokenize(formula: string, decimal: '.' | ','): Token[] {
  const tokens: Token[] = [];
  const numberPattern = decimal === '.' ? /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/ : /^(\d+(,\d*)?|,\d+)([eE][+-]?\d+)?/;
  const argument = decimal === '.' ? ',' : ';';
  let i = 0;
  while (i < formula.length) {
    const rest = formula.slice(i);
    const ch = formula[i];
    if (/\s/.test(ch)) {
      i += 1;
      continue;
    }
    if (ch === '"') {
      let value = '';
      let j = i + 1;
      for (;;) {
        if (j >= formula.length) throw new FormulaSyntaxError('unterminated string', i);
        if (formula[j] === '"') {
          if (formula[j + 1] === '"') {
            value += '"';
            j += 2;
            continue;
          }
          break;
        }
        value += formula[j];
        j += 1;
      }
      tokens.push({ t: 'str', v: value, at: i });
      i = j + 1;
      continue;
    }
    if (ch === '#') {
      const code = ERROR_CODES.find((candidate) => rest.toUpperCase().startsWith(candidate));
      if (!code) throw new FormulaSyntaxError(`unknown error literal`, i);
      tokens.push({ t: 'err', v: code, at: i });
      i += code.length;
      continue;
    }
    if (ch === "'") {
      // 'Sheet name'!A1
      let name = '';
      let j = i + 1;
      for (;;) {
        if (j >= formula.length) throw new FormulaSyntaxError('unterminated sheet name', i);
        if (formula[j] === "'") {
          if (formula[j + 1] === "'") {
            name += "'";
            j += 2;
            continue;
          }
          break;
        }
        name += formula[j];
        j += 1;
      }
      if (formula[j + 1] !== '!') throw new FormulaSyntaxError("expected '!' after a sheet name", j + 1);
      const ref = referenceAt(formula.slice(j + 2));
      if (!ref) throw new FormulaSyntaxError('expected a cell reference after the sheet name', j + 2);
      tokens.push({ t: 'ref', node: { k: 'ref', sheet: name, rect: ref.rect, abs: ref.abs, range: ref.range }, at: i });
      i = j + 2 + ref.length;
      continue;
    }
    const number = numberPattern.exec(rest);
    if (number && /\d/.test(number[0])) {
      tokens.push({ t: 'num', v: Number(number[0].replace(',', '.')), at: i });
      i += number[0].length;
      continue;
    }
    if (ch === '$' || /[A-Za-z]/.test(ch)) {
      const ref = referenceAt(rest);
      if (ref && formula[i + ref.length] !== '(' && formula[i + ref.length] !== '!') {
        tokens.push({ t: 'ref', node: { k: 'ref', rect: ref.rect, abs: ref.abs, range: ref.range }, at: i });
        i += ref.length;
        continue;
      }
    }
    const identifier = IDENTIFIER.exec(rest);
    if (identifier) {
      const after = i + identifier[0].length;
      if (formula[after] === '!') {
        const ref = referenceAt(formula.slice(after + 1));
        if (!ref) throw new FormulaSyntaxError('expected a cell reference after the sheet name', after + 1);
        tokens.push({
          t: 'ref',
          node: { k: 'ref', sheet: identifier[0], rect: ref.rect, abs: ref.abs, range: ref.range },
          at: i,
        });
        i = after + 1 + ref.length;
        continue;
      }
      tokens.push({ t: 'id', v: identifier[0], at: i });
      i = after;
      continue;
    }
    if (ch === '(' || ch === ')') {
      tokens.push({ t: ch, at: i });
      i += 1;
      continue;
    }
    if (ch === argument) {
      tokens.push({ t: 'sep', at: i });
      i += 1;
      continue;
    }
    const two = rest.slice(0, 2);
    if (two === '<>' || two === '<=' || two === '>=') {
      tokens.push({ t: 'op', v: two, at: i });
      i += 2;
      continue;
    }
    if ('+-*/^&=<>%'.includes(ch)) {
      tokens.push({ t: 'op', v: ch, at: i });
      i += 1;
      continue;
    }
    throw new FormulaSyntaxError(`unexpected '${ch}'`, i);
  }
  return tokens;
}

class Parser {
  private index = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token | undefined {
    return this.tokens[this.index];
  }

  private isOp(...ops: string[]): string | undefined {
    const token = this.peek();
    return token?.t === 'op' && ops.includes(token.v) ? token.v : undefined;
  }

  parseFormula(): Node {
    const node = this.comparison();
    const extra = this.peek();
    if (extra) throw new FormulaSyntaxError('unexpected text after the formula', extra.at);
    return node;
  }

  private comparison(): Node {
    let left = this.concat();
    for (let op = this.isOp('=', '<>', '<', '>', '<=', '>='); op; op = this.isOp('=', '<>', '<', '>', '<=', '>=')) {
      this.index += 1;
      left = { k: 'bin', op: op as BinaryOp, l: left, r: this.concat() };
    }
    return left;
  }

  private concat(): Node {
    let left = this.additive();
    while (this.isOp('&')) {
      this.index += 1;
      left = { k: 'bin', op: '&', l: left, r: this.additive() };
    }
    return left;
  }

  private additive(): Node {
    let left = this.multiplicative();
    for (let op = this.isOp('+', '-'); op; op = this.isOp('+', '-')) {
      this.index += 1;
      left = { k: 'bin', op: op as BinaryOp, l: left, r: this.multiplicative() };
    }
    return left;
  }

  private multiplicative(): Node {
    let left = this.power();
    for (let op = this.isOp('*', '/'); op; op = this.isOp('*', '/')) {
      this.index += 1;
      left = { k: 'bin', op: op as BinaryOp, l: left, r: this.power() };
    }
    return left;
  }

  private power(): Node {
    let left = this.percent();
    while (this.isOp('^')) {
      this.index += 1;
      left = { k: 'bin', op: '^', l: left, r: this.percent() };
    }
    return left;
  }

  private percent(): Node {
    let node = this.unary();
    while (this.isOp('%')) {
      this.index += 1;
      node = { k: 'pct', e: node };
    }
    return node;
  }

  private unary(): Node {
    const op = this.isOp('-', '+');
    if (op) {
      this.index += 1;
      return { k: 'neg', op: op as '-' | '+', e: this.unary() };
    }
    return this.primary();
  }

  private primary(): Node {
    const token = this.peek();
    if (!token) throw new FormulaSyntaxError('the formula ends too early', Number.MAX_SAFE_INTEGER);
    this.index += 1;
    switch (token.t) {
      case 'num':
        return { k: 'num', v: token.v };
      case 'str':
        return { k: 'str', v: token.v };
      case 'err':
        return { k: 'err', v: token.v };
      case 'ref':
        return token.node;
      case '(': {
        const inner = this.comparison();
        this.expect(')');
        return { k: 'paren', e: inner };
      }
      case 'id': {
        const next = this.peek();
        if (next?.t === '(') {
          this.index += 1;
          return { k: 'call', name: token.v.toUpperCase(), args: this.arguments() };
        }
        const upper = token.v.toUpperCase();
        if (upper === 'TRUE' || upper === 'VERO') return { k: 'bool', v: true };
        if (upper === 'FALSE' || upper === 'FALSO') return { k: 'bool', v: false };
        return { k: 'name', name: token.v };
      }
      default:
        throw new FormulaSyntaxError(`unexpected ${token.t === 'op' ? `'${token.v}'` : token.t}`, token.at);
    }
  }

  private arguments(): (Node | null)[] {
    const args: (Node | null)[] = [];
    if (this.peek()?.t === ')') {
      this.index += 1;
      return args;
    }
    for (;;) {
      const token = this.peek();
      if (token?.t === 'sep' || token?.t === ')') args.push(null);
      else args.push(this.comparison());
      const after = this.peek();
      if (after?.t === 'sep') {
        this.index += 1;
        continue;
      }
      this.expect(')');
      return args;
    }
  }

  private expect(type: ')'): void {
    const token = this.peek();
    if (token?.t !== type) throw new FormulaSyntaxError(`expected '${type}'`, token?.at ?? Number.MAX_SAFE_INTEGER);
    this.index += 1;
  }
}

/**
 * Parses a formula with its leading '='. The separators are detected (see detectSeparators)
 * unless given.
 */
export function parseFormula(formula: string, separators = detectSeparators(formula)): Node {
  const text = formula.trim().replace(/^=/, '');
  if (text === '') throw new FormulaSyntaxError('empty formula', 0);
  return new Parser(tokenize(text, separators.decimal)).parseFormula();
}

function refText(node: RefNode): string {
  const [ac, ar, bc, br] = node.abs;
  const { r0, c0, r1, c1 } = node.rect;
  const first = `${ac ? '$' : ''}${columnLetters(c0)}${ar ? '$' : ''}${r0 + 1}`;
  const last = `${bc ? '$' : ''}${columnLetters(c1)}${br ? '$' : ''}${r1 + 1}`;
  const cells = node.range ? `${first}:${last}` : first;
  return node.sheet !== undefined ? `${quoteSheet(node.sheet)}!${cells}` : cells;
}

/** The formula in the form Office.js reports (`Range.formulas`): en-US separators, leading '='. */
export function formulaText(node: Node): string {
  const text = (n: Node | null): string => {
    if (n === null) return '';
    switch (n.k) {
      case 'num':
        return String(n.v);
      case 'str':
        return `"${n.v.replace(/"/g, '""')}"`;
      case 'bool':
        return n.v ? 'TRUE' : 'FALSE';
      case 'err':
        return n.v;
      case 'ref':
        return refText(n);
      case 'name':
        return n.name;
      case 'call':
        return `${n.name}(${n.args.map(text).join(',')})`;
      case 'neg':
        return `${n.op}${text(n.e)}`;
      case 'pct':
        return `${text(n.e)}%`;
      case 'paren':
        return `(${text(n.e)})`;
      case 'bin':
        return `${text(n.l)}${n.op}${text(n.r)}`;
    }
  };
  return `=${text(node)}`;
}

/** The calls of custom functions (a namespace prefix such as CASA.), innermost first. */
export function customCalls(node: Node, isCustom: (name: string) => boolean): CallNode[] {
  const found: CallNode[] = [];
  const visit = (n: Node | null): void => {
    if (!n) return;
    switch (n.k) {
      case 'call':
        n.args.forEach(visit);
        if (isCustom(n.name)) found.push(n);
        return;
      case 'neg':
      case 'pct':
      case 'paren':
        visit(n.e);
        return;
      case 'bin':
        visit(n.l);
        visit(n.r);
        return;
      default:
        return;
    }
  };
  visit(node);
  return found;
}

// ---- evaluation ------------------------------------------------------------------------

export interface EvalContext {
  /** The values of `rect` on `sheet` (undefined: the formula's own sheet); undefined when the sheet does not exist. */
  range(sheet: string | undefined, rect: Rect): Matrix | undefined;
  /** The result of a custom function call computed by the caller, if any yet. */
  custom(node: CallNode): Value | undefined;
  /** True for names of custom functions ('CASA.QUOTA_INDIGENZA'). */
  isCustom(name: string): boolean;
}

const VALUE = errorOf('#VALUE!');
const DIV0 = errorOf('#DIV/0!');
const NUM = errorOf('#NUM!');

/** A single value: a 1x1 range is its cell; a larger one is #VALUE! (no implicit intersection). */
function single(value: Value): Scalar {
  if (!isMatrix(value)) return value;
  return value.length === 1 && value[0].length === 1 ? value[0][0] : VALUE;
}

function toNumber(value: Scalar): number | ErrorValue {
  if (value === null) return 0;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (isError(value)) return value;
  const text = value.trim();
  if (text === '') return VALUE;
  const percent = /^([+-]?(\d+(\.\d*)?|\.\d+))\s*%$/.exec(text);
  if (percent) return Number(percent[1]) / 100;
  const number = Number(text);
  return Number.isFinite(number) ? number : VALUE;
}

function toText(value: Scalar): string | ErrorValue {
  if (value === null) return '';
  if (isError(value)) return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

function toBoolean(value: Scalar): boolean | ErrorValue {
  if (value === null) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (isError(value)) return value;
  const upper = value.toUpperCase();
  if (upper === 'TRUE' || upper === 'VERO') return true;
  if (upper === 'FALSE' || upper === 'FALSO') return false;
  return VALUE;
}

/** Excel computes with 15 significant digits: 1.005*100 is 100.5, not 100.49999999999999. */
const fifteen = (x: number): number => Number(x.toPrecision(15));

function roundWith(mode: 'round' | 'up' | 'down', x: number, digits: number): number {
  const d = Math.trunc(digits);
  const factor = 10 ** d;
  const scaled = fifteen(Math.abs(x) * factor);
  const rounded = mode === 'round' ? Math.round(scaled) : mode === 'up' ? Math.ceil(scaled) : Math.floor(scaled);
  return fifteen((Math.sign(x) * rounded) / factor);
}

type Fn = (args: (Node | null)[], ev: Evaluator) => Value;

/** Every number of the arguments: ranges give their numbers only, direct arguments are converted. */
function numbersOf(args: (Node | null)[], ev: Evaluator): number[] | ErrorValue {
  const out: number[] = [];
  for (const arg of args) {
    if (arg === null) continue;
    const value = ev.eval(arg);
    if (isMatrix(value)) {
      for (const row of value) {
        for (const cell of row) {
          if (isError(cell)) return cell;
          if (typeof cell === 'number') out.push(cell);
        }
      }
    } else {
      const number = toNumber(value);
      if (isError(number)) return number;
      out.push(number);
    }
  }
  return out;
}

function numberArg(arg: Node | null | undefined, ev: Evaluator, fallback?: number): number | ErrorValue {
  if (arg === null || arg === undefined) return fallback ?? 0;
  return toNumber(single(ev.eval(arg)));
}

function rounding(mode: 'round' | 'up' | 'down'): Fn {
  return (args, ev) => {
    if (args.length < 1 || args.length > 2) return VALUE;
    const x = numberArg(args[0], ev);
    const digits = numberArg(args[1], ev, 0);
    if (isError(x)) return x;
    if (isError(digits)) return digits;
    return roundWith(mode, x, digits);
  };
}

function aggregate(reduce: (numbers: number[]) => number | ErrorValue): Fn {
  return (args, ev) => {
    const numbers = numbersOf(args, ev);
    return isError(numbers) ? numbers : reduce(numbers);
  };
}

function logical(combine: (values: boolean[]) => boolean): Fn {
  return (args, ev) => {
    const values: boolean[] = [];
    for (const arg of args) {
      if (arg === null) continue;
      const value = ev.eval(arg);
      const cells = isMatrix(value)
        ? value.flat().filter((cell) => cell !== null && typeof cell !== 'string')
        : [value];
      for (const cell of cells) {
        const b = toBoolean(cell);
        if (isError(b)) return b;
        values.push(b);
      }
    }
    return values.length === 0 ? VALUE : combine(values);
  };
}

const FUNCTIONS: Record<string, Fn> = {
  SUM: aggregate((n) => fifteen(n.reduce((a, b) => a + b, 0))),
  MIN: aggregate((n) => (n.length ? Math.min(...n) : 0)),
  MAX: aggregate((n) => (n.length ? Math.max(...n) : 0)),
  AVERAGE: aggregate((n) => (n.length ? fifteen(n.reduce((a, b) => a + b, 0) / n.length) : DIV0)),
  COUNT: (args, ev) => {
    let count = 0;
    for (const arg of args) {
      if (arg === null) continue;
      const value = ev.eval(arg);
      const cells = isMatrix(value) ? value.flat() : [value];
      count += cells.filter((cell) => typeof cell === 'number').length;
    }
    return count;
  },
  COUNTA: (args, ev) => {
    let count = 0;
    for (const arg of args) {
      if (arg === null) continue;
      const value = ev.eval(arg);
      const cells = isMatrix(value) ? value.flat() : [value];
      count += cells.filter((cell) => cell !== null && cell !== '').length;
    }
    return count;
  },
  ROUND: rounding('round'),
  ROUNDUP: rounding('up'),
  ROUNDDOWN: rounding('down'),
  INT: (args, ev) => {
    const x = numberArg(args[0], ev);
    return isError(x) ? x : Math.floor(x);
  },
  ABS: (args, ev) => {
    const x = numberArg(args[0], ev);
    return isError(x) ? x : Math.abs(x);
  },
  IF: (args, ev) => {
    if (args.length < 1 || args.length > 3 || args[0] === null) return VALUE;
    const condition = toBoolean(single(ev.eval(args[0])));
    if (isError(condition)) return condition;
    const branch = condition ? args[1] : args[2];
    if (branch === undefined) return condition ? 0 : false;
    return branch === null ? 0 : ev.eval(branch);
  },
  IFERROR: (args, ev) => {
    if (args.length !== 2) return VALUE;
    const value = args[0] === null ? 0 : ev.eval(args[0]);
    return isError(single(value)) ? (args[1] === null ? 0 : ev.eval(args[1])) : value;
  },
  AND: logical((values) => values.every(Boolean)),
  OR: logical((values) => values.some(Boolean)),
  NOT: (args, ev) => {
    const b = toBoolean(single(args[0] ? ev.eval(args[0]) : null));
    return isError(b) ? b : !b;
  },
  CONCATENATE: (args, ev) => {
    let out = '';
    for (const arg of args) {
      const t = toText(single(arg ? ev.eval(arg) : null));
      if (isError(t)) return t;
      out += t;
    }
    return out;
  },
  LEN: (args, ev) => {
    const t = toText(single(args[0] ? ev.eval(args[0]) : null));
    return isError(t) ? t : t.length;
  },
};
FUNCTIONS.CONCAT = FUNCTIONS.CONCATENATE;

/** The functions the grid computes itself; others show their formula. */
export const NATIVE_FUNCTIONS: readonly string[] = Object.keys(FUNCTIONS);

function compare(a: Scalar, b: Scalar): number {
  // Excel orders numbers < text < booleans; an empty cell is 0, '' or FALSE as the other side needs.
  const rank = (v: Scalar): number => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  let x = a;
  let y = b;
  if (x === null) x = typeof y === 'string' ? '' : typeof y === 'boolean' ? false : 0;
  if (y === null) y = typeof x === 'string' ? '' : typeof x === 'boolean' ? false : 0;
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === 'string' && typeof y === 'string') {
    const p = x.toLowerCase();
    const q = y.toLowerCase();
    return p < q ? -1 : p > q ? 1 : 0;
  }
  return Number(x) - Number(y);
}

export class Evaluator {
  constructor(private readonly context: EvalContext) {}

  eval(node: Node): Value {
    switch (node.k) {
      case 'num':
        return node.v;
      case 'str':
        return node.v;
      case 'bool':
        return node.v;
      case 'err':
        return errorOf(node.v);
      case 'paren':
        return this.eval(node.e);
      case 'name':
        return errorOf('#NAME?');
      case 'ref': {
        const values = this.context.range(node.sheet, node.rect);
        if (!values) return errorOf('#REF!');
        return node.range ? values : values[0][0];
      }
      case 'call': {
        if (this.context.isCustom(node.name)) return this.context.custom(node) ?? errorOf('#BUSY!');
        const fn = FUNCTIONS[node.name.replace(/^_XLFN\./, '')];
        return fn ? fn(node.args, this) : errorOf('#NAME?');
      }
      case 'neg': {
        const x = toNumber(single(this.eval(node.e)));
        if (isError(x)) return x;
        return node.op === '-' ? -x : x;
      }
      case 'pct': {
        const x = toNumber(single(this.eval(node.e)));
        return isError(x) ? x : fifteen(x / 100);
      }
      case 'bin':
        return this.binary(node.op, single(this.eval(node.l)), single(this.eval(node.r)));
    }
  }

  private binary(op: BinaryOp, a: Scalar, b: Scalar): Scalar {
    if (isError(a)) return a;
    if (isError(b)) return b;
    if (op === '&') return `${toText(a) as string}${toText(b) as string}`;
    if (op === '=' || op === '<>' || op === '<' || op === '>' || op === '<=' || op === '>=') {
      const c = compare(a, b);
      switch (op) {
        case '=':
          return c === 0;
        case '<>':
          return c !== 0;
        case '<':
          return c < 0;
        case '>':
          return c > 0;
        case '<=':
          return c <= 0;
        default:
          return c >= 0;
      }
    }
    const x = toNumber(a);
    const y = toNumber(b);
    if (isError(x)) return x;
    if (isError(y)) return y;
    switch (op) {
      case '+':
        return fifteen(x + y);
      case '-':
        return fifteen(x - y);
      case '*':
        return fifteen(x * y);
      case '/':
        return y === 0 ? DIV0 : fifteen(x / y);
      default: {
        const p = x ** y;
        return Number.isFinite(p) ? fifteen(p) : NUM;
      }
    }
  }
}
