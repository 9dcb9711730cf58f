/**
 * Argument handling shared by the custom functions: optional arguments, ranges, and turning
 * a bad value into a CustomFunctions.Error with a message in the user's language.
 */
import { MAX_COUNT, formatPercent as formatCorePercent, readCount, readPercent } from '../core/numbers';
import { ceilShare, floorShare, type Rounding } from '../core/quota';
import { cite } from '../core/messages/citations';
import type { Bilingual } from '../core/messages';
import english from './metadata.en-US.json';
import { currentLanguage, message, type Language, type MessageId, type MessageValues } from './messages';

/** Thrown inside the functions; converted to CustomFunctions.Error at the boundary. */
export class ArgumentError extends Error {
  constructor(
    readonly code: 'invalidValue' | 'invalidNumber',
    text: string,
  ) {
    super(text);
  }
}

export function fail<Id extends MessageId>(
  code: 'invalidValue' | 'invalidNumber',
  id: Id,
  values: MessageValues<Id>,
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

/** Every argument's English name, from the English metadata (Excel shows the same names). */
const ENGLISH_ARGUMENT_NAMES: ReadonlyMap<string, string> = new Map(
  Object.values(english as Record<string, { parameters?: Record<string, { name: string }> }>).flatMap((entry) =>
    Object.entries(entry.parameters ?? {}).map(([key, parameter]) => [key, parameter.name] as const),
  ),
);

/**
 * An argument as the messages name it: as Excel shows it in the formula's help, "percentuale"
 * in Italian and "percentage" in English (its id, the JSDoc name, is the Italian one).
 */
export function argumentName(key: string): Bilingual {
  return { it: key, en: ENGLISH_ARGUMENT_NAMES.get(key) ?? key };
}

/** What the user gave, as they wrote it: a typed text as it is, a number in their notation. */
function typed(value: unknown): string | number {
  return typeof value === 'number' ? value : String(value);
}

/** A legal reference in the user's language (citations.ts). */
export { cite };

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
  return fail(code, `count.${reading.problem}` as 'count.negative', { name: argumentName(name), value: typed(value) });
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
  return fail(code, `percent.${reading.problem}` as 'percent.negative', {
    name: argumentName(name),
    value: typed(value),
  });
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

/** A quota applied to every count of a range: share, rounding, and an upper bound if any. */
export interface QuotaOfCounts {
  sharePpm: number;
  rounding: Rounding;
  /** The result never exceeds it (the SAT requested: min(requested, cap)). */
  atMost?: number;
}

/**
 * `mapCells` for a range of dwelling counts, each turned into its quota. A cell holding a whole
 * number in range (what Excel passes for a typed count) takes a direct path, with the quota's
 * arithmetic and no other call per cell: a 100,000-cell range costs about what a bare loop does,
 * whichever of the functions calls it. Any other cell (text, empty, negative, an error...) goes
 * through `countArgument`, with its message.
 */
export function mapQuota(raw: unknown, name: string, quota: QuotaOfCounts): Outcome[][] {
  // Plain numbers and a boolean for the loop: the same machine code serves every quota.
  return mapShares(raw, name, quota.sharePpm, quota.rounding === 'up', quota.atMost ?? Number.POSITIVE_INFINITY);
}

function mapShares(raw: unknown, name: string, sharePpm: number, roundUp: boolean, atMost: number): Outcome[][] {
  // Local copies: the loop reads no module binding (a test runner may put a getter behind one).
  const maxCount = MAX_COUNT;
  const ceil = ceilShare;
  const floor = floorShare;
  // A range arrives as rows of cells: read as it is, without a copy.
  const cells = Array.isArray(raw) ? (raw as unknown[]) : [[raw]];
  const single = cells.length === 1 && (!Array.isArray(cells[0]) || cells[0].length === 1);
  const result: Outcome[][] = new Array(cells.length);
  for (let r = 0; r < cells.length; r++) {
    const line = cells[r];
    const row: unknown[] = Array.isArray(line) ? line : [line];
    const out: Outcome[] = new Array(row.length);
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell === 'number' && cell >= 0 && cell <= maxCount && Number.isInteger(cell)) {
        const value = roundUp ? ceil(cell, sharePpm) : floor(cell, sharePpm);
        out[c] = value > atMost ? atMost : value;
      } else {
        out[c] = otherCell(cell, name, sharePpm, roundUp, atMost, single);
      }
    }
    result[r] = out;
  }
  return result;
}

/** A cell of `mapShares` that is not a plain count: blank stays blank, anything else is read or explained. */
function otherCell(
  cell: unknown,
  name: string,
  sharePpm: number,
  roundUp: boolean,
  atMost: number,
  single: boolean,
): Outcome {
  if (!single && (cell === null || cell === '')) return '';
  try {
    const count = countArgument(cell, name);
    const value = roundUp ? ceilShare(count, sharePpm) : floorShare(count, sharePpm);
    return value > atMost ? atMost : value;
  } catch (error) {
    if (single) throw toExcelError(error);
    return toExcelError(error);
  }
}

/**
 * Any failure as the error its cell shows (a streaming function reports through setResult):
 * an argument's with its message, Excel's refusal with its sentence, anything else as #VALUE!.
 */
export function cellError(error: unknown): CustomFunctions.Error {
  if (error instanceof ArgumentError) return toExcelError(error);
  const english = currentLanguage() === 'en';
  const sentence = error as { message?: unknown; messageEn?: unknown } | null;
  const text = english && typeof sentence?.messageEn === 'string' ? sentence.messageEn : sentence?.message;
  return new CustomFunctions.Error(
    CustomFunctions.ErrorCode.invalidValue,
    typeof text === 'string' ? text : String(error),
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
