/**
 * Reading user-typed numbers the way Italian staff write them: counts of dwellings and
 * percentages (Excel percentages: 30 % is 0.3). Pure; the callers turn failures into messages.
 */

export type Reading<T> = { ok: true; value: T } | { ok: false; problem: NumberProblem };

export type NumberProblem = 'not-a-number' | 'negative' | 'not-whole' | 'percent-above-one' | 'too-large';

/** Largest count we accept: beyond this, ppm products would leave the exact integer range. */
export const MAX_COUNT = 1_000_000_000;

const ITALIAN_NUMBER = /^[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/;
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Parses "12", "1.234", "45,5", "1.234,5" (Italian) and "45.5" (plain); undefined if not a number. */
export function parseNumberText(text: string): number | undefined {
  const trimmed = text.trim().replace(/\s/g, '');
  if (trimmed === '') return undefined;
  if (ITALIAN_NUMBER.test(trimmed) && (trimmed.includes(',') || /\.\d{3}(?!\d)/.test(trimmed))) {
    // "1.234" is read as one thousand two hundred thirty-four, as an Italian reader would.
    return Number(trimmed.replace(/\./g, '').replace(',', '.'));
  }
  if (PLAIN_NUMBER.test(trimmed)) return Number(trimmed);
  return undefined;
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
 * An Excel percentage between 0 and 1. Text may carry a percent sign ("30%", "30 %", "0,3").
 * A bare number above 1 is refused: 30 means 3000 %, the user meant 30 % or 0,3.
 */
export function readPercent(raw: unknown): Reading<number> {
  let value: number | undefined;
  if (typeof raw === 'string' && raw.trim().endsWith('%')) {
    const points = parseNumberText(raw.trim().slice(0, -1));
    value = points === undefined ? undefined : points / 100;
  } else {
    value = toNumber(raw);
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
