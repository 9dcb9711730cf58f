/**
 * Reading user-typed numbers the way Italian staff write them: counts of dwellings and
 * percentages (Excel percentages: 30 % is 0.3). Pure; the callers turn failures into messages.
 */

export type Reading<T> = { ok: true; value: T } | { ok: false; problem: NumberProblem };

export type NumberProblem = 'not-a-number' | 'negative' | 'not-whole' | 'percent-above-one' | 'too-large';

/** Largest count we accept: beyond this, ppm products would leave the exact integer range. */
export const MAX_COUNT = 1_000_000_000;

/** Blanks people put between groups of thousands ("1 234", NBSP, narrow NBSP). */
const BLANKS = /[\s\u00a0\u2007\u202f]/g;
const BLANK = /[\s\u00a0\u2007\u202f]/;
const BLANK_THOUSANDS = /^[1-9]\d{0,2}(?:[\s\u00a0\u2007\u202f]\d{3})+(?:[.,]\d+)?$/;
/** A euro sign before or after the figure (works costs). */
const EURO_SIGN = /^€|€$/g;
/** Italian thousands with dots, optional decimals with a comma: "1.234", "12.345.678,5". */
const ITALIAN_THOUSANDS = /^[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?$/;
/** Decimals with a comma: "0,125", "45,5", ",5"; an exponent as Italian Excel writes it ("1,5E+03"). */
const COMMA_DECIMAL = /^\d*,\d+(?:[eE][+-]?\d+)?$/;
/** Plain digits with an optional decimal dot and exponent: "12", "0.125", ".5", "1.5E+03". */
const DOT_DECIMAL = /^(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * The one reading of a typed number, shared by the command line's parameters, the pane's fields,
 * the custom functions' text arguments and the inventory's cells:
 * - "1.234" and "1.234,5" are Italian thousands (a leading group 1-999, then groups of three);
 * - "0,125", "45,5" are Italian decimals; "0.125", "45.5", "12.5" are decimals with a dot;
 * - blanks between groups of thousands ("1 234") and a euro sign around are ignored; "1,234.5"
 *   is refused (English or Italian? a comma and a dot together are not guessed at);
 * - a sign in front (also the typographic minus "−").
 * Undefined when the text is not one number (empty, words, "1,2,3", "12abc").
 */
export function parseNumberText(text: string): number | undefined {
  let trimmed = text.trim().replace(EURO_SIGN, '').trim();
  let sign = 1;
  const first = trimmed.charAt(0);
  if (first === '+' || first === '-' || first === '\u2212') {
    sign = first === '+' ? 1 : -1;
    trimmed = trimmed.slice(1).trim();
  }
  if (trimmed === '') return undefined;
  if (BLANK.test(trimmed)) {
    // A blank inside is only a thousands separator ("1 234,5"): "3 4" is not 34.
    if (!BLANK_THOUSANDS.test(trimmed)) return undefined;
    trimmed = trimmed.replace(BLANKS, '');
  }
  let value: number;
  if (ITALIAN_THOUSANDS.test(trimmed)) value = Number(trimmed.replace(/\./g, '').replace(',', '.'));
  else if (COMMA_DECIMAL.test(trimmed)) value = Number(trimmed.replace(',', '.'));
  else if (DOT_DECIMAL.test(trimmed)) value = Number(trimmed);
  else return undefined;
  return Number.isFinite(value) ? sign * value + 0 : undefined;
}

function toNumber(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw === 'string') return parseNumberText(raw);
  return undefined;
}

/** A whole, non-negative number of dwellings. */
export function readCount(raw: unknown): Reading<number> {
  const value = toNumber(raw);
  if (value === undefined) return { ok: false, problem: 'not-a-number' };
  if (value < 0) return { ok: false, problem: 'negative' };
  if (!Number.isInteger(value)) return { ok: false, problem: 'not-whole' };
  if (value > MAX_COUNT) return { ok: false, problem: 'too-large' };
  return { ok: true, value };
}

/**
 * Percentage points to a share, exact to the ppm the engine works in (rules.ts), without binary
 * noise: 12.5 -> 0.125, 7 -> 0.07 (not 0.07000000000000001).
 */
export function pointsToShare(points: number): number {
  return Math.round(points * 10_000) / 1_000_000;
}

/**
 * How a bare number (without "%") is read as a percentage:
 * - 'share': as Excel stores it, 0.3 is 30 % and 30 is refused (3000 %): the command line, the
 *   custom functions, the saved settings;
 * - 'points': as the pane's fields show it, next to a "%": 30 is 30 %; a number below 1 is
 *   still a share (0,125 is 12,5 %), since no parameter is ever meant below one point.
 */
export type BareNumberReading = 'share' | 'points';

/**
 * A percentage between 0 and 1 (Excel's 30 % is 0.3). "0.125", "0,125", "12,5%", "12.5 %" all
 * read 0.125, in every place; see `BareNumberReading` for numbers without "%".
 */
export function readPercent(raw: unknown, bare: BareNumberReading = 'share'): Reading<number> {
  let value: number | undefined;
  const text = typeof raw === 'string' ? raw.trim() : undefined;
  if (text !== undefined && (text.endsWith('%') || text.endsWith('\uff05'))) {
    const points = parseNumberText(text.slice(0, -1));
    value = points === undefined ? undefined : pointsToShare(points);
  } else {
    value = toNumber(raw);
    if (value !== undefined && bare === 'points' && Math.abs(value) >= 1) value = pointsToShare(value);
  }
  if (value === undefined) return { ok: false, problem: 'not-a-number' };
  if (value < 0) return { ok: false, problem: 'negative' };
  if (value > 1 + 1e-12) return { ok: false, problem: 'percent-above-one' };
  return { ok: true, value: Math.min(value, 1) };
}

export type TextLanguage = 'it' | 'en';

/** A share as percentage points, to a ten-thousandth of a point (binary noise removed): 0.125 -> 12.5. */
export function percentPoints(share: number): number {
  return Math.round(share * 1_000_000) / 10_000;
}

/** A decimal as the reader writes it: "4,5" in Italian, "4.5" in English (at most 4 decimals). */
export function formatDecimal(value: number, language: TextLanguage): string {
  const text = String(Math.round(value * 10_000) / 10_000);
  return language === 'it' ? text.replace('.', ',') : text;
}

/** Percentage points the user types: '30', '12,5' in Italian. */
export function formatPoints(share: number, language: TextLanguage): string {
  return formatDecimal(percentPoints(share), language);
}

/** A percentage as messages and the plan sheet show it: "12,5 %" / "12.5 %". */
export function formatPercent(share: number, language: TextLanguage): string {
  return `${formatPoints(share, language)} %`;
}
