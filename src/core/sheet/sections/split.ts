/**
 * The split of the available dwellings per owner and comune: SAT (requested, cap, allowed), the
 * base of the quotas, then a share and a quota column for every quota of SPLIT_QUOTAS the plan
 * uses (quota.ts), then the dwellings by public call. Every figure is a native formula derived
 * from the quota's definition (formulas.ts) and pointing at the parameter cells, or at the
 * owner's own value (a constant, in italics) when it has one.
 */
import { cellAddress, columnLetter, rangeAddress } from '../../address';
import { shareParamsFor, type SplitQuota } from '../../quota';
import type { OwnerParamKey } from '../../plan/params';
import { quotasShown, sharesOf, type Plan, type PlanGroup } from '../../plan/plan';
import { COUNT_FORMAT, STYLE, TEXT_FORMAT, formula, number, percentFormat, text } from '../builder';
import {
  byCallFormula,
  columnSum,
  quotaFormula,
  satAllowedFormula,
  shareLiteral,
  shareSumFormula,
  splitBaseFormula,
} from '../formulas';
import type { LayoutCell } from '../types';
import type { SectionContext } from './context';

export interface SplitColumns {
  available: number;
  satRequested: number;
  satCap: number;
  satAllowed: number;
  base: number;
  /** The quotas shown, each with its share and quota columns. */
  quotas: { definition: SplitQuota; share: number; quota: number }[];
  byCall: number;
  /** Columns of the split, which are the sheet's columns. */
  count: number;
}

export function splitColumns(plan: Plan): SplitColumns {
  let next = 7;
  const quotas = quotasShown(plan).map((definition) => {
    next += 2;
    return { definition, share: next - 2, quota: next - 1 };
  });
  return { available: 2, satRequested: 3, satCap: 4, satAllowed: 5, base: 6, quotas, byCall: next, count: next + 1 };
}

type Operand = { reference: string; constant?: undefined } | { reference?: undefined; constant: number };

/** The parameter cell when the group follows the general value, the owner's own value otherwise. */
function parameterOperand(context: SectionContext, group: PlanGroup, key: OwnerParamKey): Operand {
  const cell = context.refs.parameters[key];
  if (group.personalizzati.includes(key) || cell === undefined) return { constant: group.parametri[key] };
  return { reference: cell };
}

const operandText = (operand: Operand): string => operand.reference ?? shareLiteral(operand.constant as number);

export function addSplit(context: SectionContext, columns: SplitColumns): void {
  const { sheet, plan, strings, language } = context;
  const headers = strings.headers;
  const last = sheet.lastColumn;
  sheet.addSectionHeader(strings.sections.split, 'ripartizione');
  const labels: string[] = [];
  labels[0] = headers.owner;
  labels[1] = headers.comune;
  labels[columns.available] = headers.available;
  labels[columns.satRequested] = headers.satRequested;
  labels[columns.satCap] = headers.satCap;
  labels[columns.satAllowed] = headers.satAllowed;
  labels[columns.base] = headers.base;
  for (const { definition, share, quota } of columns.quotas) {
    labels[share] = definition.shareLabel[language];
    labels[quota] = definition.label[language];
  }
  labels[columns.byCall] = headers.byCall;
  const header = sheet.addTableHeader(labels);

  const overrides: string[] = [];
  const rows = plan.gruppi.map((group, index) => {
    const row = sheet.nextRow();
    const at = (column: number): string => `${columnLetter(column)}${row}`;
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

    cells[columns.available] = formula(context.refs.groupAvailable[index], group.disponibili);
    cells[columns.satRequested] = operandCell('satRichiesti', columns.satRequested, group.sat.richiesti);
    cells[columns.satCap] = operandCell('satSoglia', columns.satCap, group.sat.soglia);
    cells[columns.satAllowed] = formula(
      satAllowedFormula(at(columns.satRequested), available, at(columns.satCap)),
      group.sat.consentiti,
    );
    cells[columns.base] = formula(
      splitBaseFormula(
        context.refs.parameters.ordine as string,
        strings.readingLabels['sat-prima'],
        available,
        satAllowed,
      ),
      group.baseRipartizione,
    );
    for (const { definition, share, quota } of columns.quotas) {
      const result = group[definition.key];
      const operands = shareParamsFor(definition, group.tipoEnte).map((param) =>
        parameterOperand(context, group, param.key),
      );
      if (operands.every((operand) => operand.constant !== undefined)) {
        cells[share] = number(result.percentuale);
        italic(share);
      } else {
        cells[share] = formula(shareSumFormula(operands.map(operandText)), result.percentuale);
        if (operands.some((operand) => operand.constant !== undefined)) italic(share);
      }
      const base = definition.base === 'ripartizione' ? at(columns.base) : available;
      cells[quota] = formula(quotaFormula(definition, base, at(share)), result.quota);
    }
    cells[columns.byCall] = formula(byCallFormula(available, satAllowed), group.perAvviso);
    sheet.addRow(cells);

    const anchors: [string, number][] = [
      ['disponibili', columns.available],
      ['satRichiesti', columns.satRequested],
      ['sat', columns.satAllowed],
      ['base', columns.base],
      ['perAvviso', columns.byCall],
    ];
    for (const { definition, share, quota } of columns.quotas) {
      anchors.push([definition.key, quota], [`percentuale${capitalised(definition.key)}`, share]);
    }
    for (const [name, column] of anchors) sheet.anchor(`gruppo.${index}.${name}`, row, column);
    return row;
  });

  const totals = sheet.addTotalsRow([text(sheet.totalLabel)]);
  const sums: [string, number, number][] = [
    ['totale.disponibili', columns.available, plan.totali.disponibili],
    ['totale.satRichiesti', columns.satRequested, plan.totali.satRichiesti],
    ['totale.sat', columns.satAllowed, plan.totali.sat],
    ['totale.base', columns.base, plan.totali.baseRipartizione],
    ...columns.quotas.map(({ definition, quota }): [string, number, number] => [
      `totale.${definition.key}`,
      quota,
      plan.totali[definition.key],
    ]),
    ['totale.perAvviso', columns.byCall, plan.totali.perAvviso],
  ];
  for (const [anchor, column, total] of sums) {
    sheet.set(totals, column, rows.length > 0 ? formula(columnSum(column, rows), total) : number(0));
    sheet.anchor(anchor, totals, column);
  }

  sheet.style(rangeAddress(header + 1, 0, totals, last), STYLE.body);
  sheet.style(rangeAddress(totals, 0, totals, last), STYLE.totals);
  const firstBody = rows.length > 0 ? rows[0] : totals;
  if (rows.length > 0) sheet.format(rangeAddress(rows[0], 0, rows[rows.length - 1], 1), TEXT_FORMAT);
  for (const [, column] of sums) sheet.format(rangeAddress(firstBody, column, totals, column), COUNT_FORMAT);
  const shareColumns: [number, number[]][] = [
    [columns.satCap, [plan.parametri.satSoglia, ...plan.gruppi.map((group) => group.sat.soglia)]],
    ...columns.quotas.map(({ definition, share }): [number, number[]] => [share, sharesOf(plan, definition)]),
  ];
  if (rows.length > 0) {
    for (const [column, shares] of shareColumns) {
      sheet.format(rangeAddress(rows[0], column, rows[rows.length - 1], column), percentFormat(shares));
    }
  }
  for (const address of overrides) sheet.style(address, STYLE.override);
}

const capitalised = (word: string): string => `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
