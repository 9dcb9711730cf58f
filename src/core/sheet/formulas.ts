/**
 * The plan sheet's native formulas (invariant en-US syntax, without the leading '='), written
 * from the quota definitions of quota.ts so that the sheet computes what the engine computes.
 * ROUND(...,6) before ROUNDUP/ROUNDDOWN absorbs the binary noise of a product such as
 * 10 x (0.2 + 0.1), which the engine avoids by integer arithmetic (docs/NORMATIVA.md, "Rounding and exact arithmetic").
 */
import { columnLetter } from '../address';
import { SAT_CAP, type QuotaDefinition } from '../quota';
import { toPpm } from '../rules';

/** A share as a formula literal, exact to the ppm the engine computes with (no 1e-7 notation). */
export const shareLiteral = (share: number): string => String(toPpm(share) / 1_000_000);

/** SUM of a column over the consecutive rows `rows`. */
export function columnSum(column: number, rows: readonly number[]): string {
  const letter = columnLetter(column);
  return `SUM(${letter}${rows[0]}:${letter}${rows[rows.length - 1]})`;
}

/** The quota of `definition`: its share of the base, rounded as its rule says. */
export function quotaFormula(definition: QuotaDefinition, base: string, share: string): string {
  const rounding = definition.rounding === 'up' ? 'ROUNDUP' : 'ROUNDDOWN';
  return `${rounding}(ROUND(${base}*${share},6),0)`;
}

/** The SAT allowed: the request, within the cap (SAT_CAP, rounded down). */
export function satAllowedFormula(requested: string, available: string, capShare: string): string {
  return `MIN(${requested},${quotaFormula(SAT_CAP, available, capShare)})`;
}

/** A text as a formula literal: in double quotes, inner double quotes doubled. */
export const textLiteral = (value: string): string => `"${value.replace(/"/g, '""')}"`;

/**
 * The base of the split quotas, by the reading in the cell `reading`, which holds the readable
 * label of a reading; `satFirstLabel` is the label of 'sat-prima' in the sheet's language
 * (docs/NORMATIVA.md, "Base delle quote (order of the split)").
 */
export function splitBaseFormula(
  reading: string,
  satFirstLabel: string,
  available: string,
  satAllowed: string,
): string {
  return `IF(${reading}=${textLiteral(satFirstLabel)},${byCallFormula(available, satAllowed)},${available})`;
}

/** The dwellings assigned by public call: available minus SAT. */
export function byCallFormula(available: string, satAllowed: string): string {
  return `${available}-${satAllowed}`;
}

/** A share made of several operands (parameter cells or constants): their sum. */
export function shareSumFormula(operands: readonly string[]): string {
  return operands.join('+');
}
