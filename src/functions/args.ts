/**
 * Argument handling shared by the custom functions: optional arguments, ranges, and turning
 * a bad value into a CustomFunctions.Error with a message in the user's language.
 */
import { formatPercent as formatCorePercent, readCount, readPercent } from '../core/numbers';
import { currentLanguage, message, type Language, type MessageId } from './messages';

/** Thrown inside the functions; converted to CustomFunctions.Error at the boundary. */
export class ArgumentError extends Error {
  constructor(
    readonly code: 'invalidValue' | 'invalidNumber',
    text: string,
  ) {
    super(text);
  }
}

export function fail(
  code: 'invalidValue' | 'invalidNumber',
  id: MessageId,
  values: Record<string, string | number>,
): never {
  throw new ArgumentError(code, message(id, values));
}

/**
 * Excel passes `null` for an omitted optional argument; metadata generated before an argument
 * existed may pass the Invocation object in its place. Both count as absent, as does an empty cell.
 */
export function isAbsent(raw: unknown): boolean {
  return raw === null || raw === undefined || raw === '' || (typeof raw === 'object' && !Array.isArray(raw));
}

/** A single cell given to a scalar argument may still arrive as a 1x1 range. */
function scalar(raw: unknown): unknown {
  return Array.isArray(raw) && raw.length === 1 && Array.isArray(raw[0]) && raw[0].length === 1 ? raw[0][0] : raw;
}

/** A percentage in the user's language, for the functions' messages. */
export function formatPercent(share: number, language: Language = currentLanguage()): string {
  return formatCorePercent(share, language);
}

export function countArgument(raw: unknown, name: string): number {
  const value = scalar(raw);
  const reading = readCount(value);
  if (reading.ok) return reading.value;
  const code = reading.problem === 'not-a-number' ? 'invalidValue' : 'invalidNumber';
  return fail(code, `count.${reading.problem}` as MessageId, { name, value: String(value) });
}

export function optionalCount(raw: unknown, name: string): number | undefined {
  const value = scalar(raw);
  return isAbsent(value) ? undefined : countArgument(value, name);
}

export function optionalPercent(raw: unknown, name: string, fallback: number): number {
  const value = scalar(raw);
  if (isAbsent(value)) return fallback;
  const reading = readPercent(value);
  if (reading.ok) return reading.value;
  const code = reading.problem === 'not-a-number' ? 'invalidValue' : 'invalidNumber';
  return fail(code, `percent.${reading.problem}` as MessageId, { name, value: String(value) });
}

/** The grid of cells given to an argument that may be one cell or a range. */
export function cellsOf(raw: unknown): unknown[][] {
  if (Array.isArray(raw)) return raw.map((row) => (Array.isArray(row) ? row : [row]));
  return [[raw]];
}

type Outcome = number | string | CustomFunctions.Error;

function toExcelError(error: unknown): CustomFunctions.Error {
  if (error instanceof ArgumentError) {
    return new CustomFunctions.Error(CustomFunctions.ErrorCode[error.code], error.message);
  }
  throw error;
}

/**
 * Applies `perCell` to every cell of `disponibili`, keeping its shape (the result spills).
 * An empty cell gives an empty result; a bad cell gives an error in its place. For a single
 * cell the error is thrown, so Excel shows its message on the formula's cell.
 */
export function mapCells(raw: unknown, perCell: (cell: unknown) => number): Outcome[][] {
  const cells = cellsOf(raw);
  const single = cells.length === 1 && cells[0].length === 1;
  return cells.map((row) =>
    row.map((cell): Outcome => {
      if (!single && (cell === null || cell === '')) return '';
      try {
        return perCell(cell);
      } catch (error) {
        if (single) throw toExcelError(error);
        return toExcelError(error);
      }
    }),
  );
}

/** Runs a scalar computation, turning argument errors into Excel errors. */
export function guarded<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    throw toExcelError(error);
  }
}
