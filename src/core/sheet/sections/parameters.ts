/**
 * The parameters: label (A:B) | value (C, referenced by the formulas as $C$n) | legal reference
 * (D:last); then one text row per owner with its own values (after the referenced cells).
 */
import { FIRST_PLAN_YEAR, LAST_PLAN_YEAR } from '../../rules';
import { ORDINI, type ParamDefinition } from '../../plan/params';
import { absoluteAddress, cellAddress, rangeAddress } from '../../address';
import { COUNT_FORMAT, STYLE, TEXT_FORMAT, heightFor, number, percentFormat, text, wrappedLines } from '../builder';
import { citation } from '../../messages/citations';
import type { SheetLanguage, SheetStrings } from '../strings';
import type { DataValidationRule } from '../types';
import {
  SHEET_PARAMETERS,
  definitionOf,
  ownersWithOwnValues,
  type SectionContext,
  type SheetParameter,
} from './context';

export const PARAMETER_VALUE_COLUMN = 2;

function parameterValue(context: SectionContext, key: SheetParameter): number | string {
  const { plan, strings } = context;
  if (key === 'anno') return plan.anno;
  // The reading as words, never its code: the formulas compare the cell with the same words.
  if (key === 'ordine') return strings.readingLabels[plan.parametri.ordine];
  return plan.parametri[key];
}

/** The rule of a percentage cell, in words: its bounds and the article that sets them. */
function percentRule(
  definition: ParamDefinition,
  strings: SheetStrings,
  language: SheetLanguage,
  year: number,
): string {
  const validation = strings.validation;
  const reference = citation(definition.reference, language);
  if (definition.fixed) return validation.fixed({ share: strings.percent(definition.default as number), reference });
  if (definition.max === 0) return validation.notProvided({ year, reference });
  const max = strings.percent(definition.max);
  return definition.maxReference
    ? validation.percentWithReference({ max, reference: citation(definition.maxReference, language) })
    : validation.percent({ max });
}

function validationFor(
  definition: ParamDefinition,
  range: string,
  strings: SheetStrings,
  language: SheetLanguage,
  year: number,
): DataValidationRule | undefined {
  const title = strings.validation.title;
  const withTexts = (rule: string) => ({ title, prompt: rule, error: strings.validation.error({ rule }) });
  switch (definition.kind) {
    case 'percent': {
      const rule = percentRule(definition, strings, language, year);
      if (definition.fixed) {
        const fixed = definition.default as number;
        return { range, type: 'decimal', min: fixed, max: fixed, ...withTexts(rule) };
      }
      return { range, type: 'decimal', min: 0, max: definition.max, ...withTexts(rule) };
    }
    case 'count':
      return {
        range,
        type: 'whole',
        min: 0,
        max: definition.max,
        ...withTexts(strings.validation.count({ max: definition.max })),
      };
    case 'year':
      return {
        range,
        type: 'whole',
        min: FIRST_PLAN_YEAR,
        max: LAST_PLAN_YEAR,
        ...withTexts(strings.validation.year({ first: FIRST_PLAN_YEAR, last: LAST_PLAN_YEAR })),
      };
    case 'choice':
      return {
        range,
        type: 'list',
        values: ORDINI.map((ordine) => strings.readingLabels[ordine]),
        ...withTexts(strings.validation.reading(readingValues(strings))),
      };
    default:
      return undefined;
  }
}

/** The two values of the reading cell, as the sentences that explain them name them. */
function readingValues(strings: SheetStrings): { satFirst: string; onAll: string } {
  return { satFirst: strings.readingLabels['sat-prima'], onAll: strings.readingLabels['indigenza-su-tutti'] };
}

/** a) The parameters, one row each; records the address of every value cell in `context.refs`. */
export function addParameters(context: SectionContext): void {
  const { sheet, plan, strings, language, definitions } = context;
  const last = sheet.lastColumn;
  sheet.addSectionHeader(strings.sections.parameters, 'parametri');
  const labels: (string | null)[] = Array.from({ length: sheet.columnCount }, () => null);
  labels[0] = strings.headers.parameter;
  labels[PARAMETER_VALUE_COLUMN] = strings.headers.value;
  labels[PARAMETER_VALUE_COLUMN + 1] = strings.headers.reference;
  const header = sheet.addTableHeader(labels, [
    [0, PARAMETER_VALUE_COLUMN - 1],
    [PARAMETER_VALUE_COLUMN + 1, last],
  ]);

  const referenceWidth = sheet.width(PARAMETER_VALUE_COLUMN + 1, last);
  const valueWidth = sheet.columnWidths[PARAMETER_VALUE_COLUMN];
  let row = header;
  // A share the plan year does not provide for (before 2025: the art. 14 reserve, the Polizia
  // Locale) has no row: the sheet of a 2022 plan shows the rules of 2022.
  const shown = SHEET_PARAMETERS.filter((key) => {
    const definition = definitionOf(definitions, key);
    return !(definition.kind === 'percent' && definition.max === 0);
  });
  for (const key of shown) {
    const definition = definitionOf(definitions, key);
    const value = parameterValue(context, key);
    const cited = citation(definition.reference, language);
    const reference =
      key === 'ordine' ? `${cited} - ${strings.parameters.readingChoices(readingValues(strings))}` : cited;
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
    const valueLines = typeof value === 'string' ? wrappedLines(value, valueWidth, true) : 1;
    sheet.height(row, heightFor(Math.max(valueLines, wrappedLines(reference, referenceWidth))));
    if (typeof value === 'string') sheet.style(valueCell, { wrapText: true, verticalAlignment: 'center' });
    const validation = validationFor(definition, valueCell, strings, language, plan.anno);
    if (validation) sheet.validations.push(validation);
    context.refs.parameters[key] = absoluteAddress(row, PARAMETER_VALUE_COLUMN);
    sheet.anchor(`param.${key}`, row, PARAMETER_VALUE_COLUMN);
  }
  const lastParameter = row;
  sheet.style(rangeAddress(header + 1, PARAMETER_VALUE_COLUMN, row, PARAMETER_VALUE_COLUMN), STYLE.parameterValue);
  row = addOwnerValues(context, row);
  sheet.style(rangeAddress(header + 1, 0, row, last), STYLE.body);
  sheet.style(rangeAddress(header + 1, PARAMETER_VALUE_COLUMN + 1, row, last), { wrapText: true });
  if (row > lastParameter) {
    sheet.style(rangeAddress(lastParameter + 1, 0, row, last), { ...STYLE.override, wrapText: true });
  }
}

/**
 * After the general parameters, one row per owner with its own values, as text: the split uses
 * them as constants for that owner's groups, so the general value cells above (which the formulas
 * reference) stay where they are. Returns the last row written (`after` when there is none).
 */
function addOwnerValues({ sheet, plan, strings, language, definitions }: SectionContext, after: number): number {
  const last = sheet.lastColumn;
  const labelWidth = sheet.width(0, PARAMETER_VALUE_COLUMN - 1);
  const valueWidth = sheet.columnWidths[PARAMETER_VALUE_COLUMN];
  const referenceWidth = sheet.width(PARAMETER_VALUE_COLUMN + 1, last);
  let row = after;
  ownersWithOwnValues(plan).forEach(({ ente, keys, values }, index) => {
    const label = strings.parameters.ownerValuesLabel({ owner: ente });
    const value = keys
      .map((key) => {
        const definition = definitionOf(definitions, key);
        const shown = definition.kind === 'percent' ? strings.percent(values[key]) : String(values[key]);
        return `${strings.ownerValueNames[key]} ${shown}`;
      })
      .join('; ');
    const references = [
      ...new Set(keys.map((key) => citation(definitionOf(definitions, key).reference, language))),
    ].join('; ');
    const reference = strings.parameters.ownerValuesReference({ references });
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
