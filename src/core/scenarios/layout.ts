/**
 * The "Confronto scenari" sheet written next to the plan: the parameters that differ, the totals
 * and the groups (owner x comune) whose figures change, one column per scenario. The figures are
 * the engine's numbers for each scenario (constants: the plan sheet holds the formulas of the one
 * scenario made the plan). Pure.
 */
import { rangeAddress } from '../address';
import {
  COUNT_FORMAT,
  SheetBuilder,
  STYLE,
  TEXT_FORMAT,
  heightFor,
  number,
  text,
  wrappedLines,
} from '../sheet/builder';
import type { SheetLanguage } from '../sheet/strings';
import type { SheetLayout } from '../sheet/types';
import { SCENARIO_FIGURES, type ScenarioComparison } from './scenarios';

const STRINGS = {
  it: {
    sheetName: 'Confronto scenari',
    title: (anno: number) => `Confronto scenari - Piano ${anno}`,
    explanation:
      'Ogni scenario è calcolato con le stesse regole e gli stessi alloggi del piano; cambiano solo i parametri indicati. In grassetto le voci che cambiano.',
    parameters: 'Parametri che cambiano',
    noParameters: 'Gli scenari hanno gli stessi parametri.',
    parameter: 'Parametro',
    owner: 'Ente',
    everyOwner: 'tutti gli enti',
    totals: 'Totali dell’Ambito',
    item: 'Voce',
    groups: 'Gruppi che cambiano (ente e comune)',
    noGroups: 'Nessun gruppo cambia da uno scenario all’altro.',
    comune: 'Comune',
    missing: '-',
  },
  en: {
    sheetName: 'Scenario comparison',
    title: (anno: number) => `Scenario comparison - Plan ${anno}`,
    explanation:
      'Every scenario is computed with the plan’s rules and dwellings; only the parameters listed change. Figures that change are in bold.',
    parameters: 'Parameters that change',
    noParameters: 'The scenarios have the same parameters.',
    parameter: 'Parameter',
    owner: 'Owner',
    everyOwner: 'every owner',
    totals: 'Totals of the Ambito',
    item: 'Item',
    groups: 'Groups that change (owner and comune)',
    noGroups: 'No group changes from one scenario to another.',
    comune: 'Municipality',
    missing: '-',
  },
} as const;

export const COMPARISON_SHEET_NAME = STRINGS.it.sheetName;

const FIRST_SCENARIO_COLUMN = 3;

/** The comparison as a sheet: parameters, totals, groups that change. */
export function layoutComparisonSheet(
  comparison: ScenarioComparison,
  options: { language?: SheetLanguage; ambito?: string } = {},
): SheetLayout {
  const language = options.language ?? 'it';
  const strings = STRINGS[language];
  const scenarios = comparison.scenari;
  const columnCount = FIRST_SCENARIO_COLUMN + scenarios.length;
  const widths = [34, 20, 30, ...scenarios.map(() => 18)];
  const sheet = new SheetBuilder(columnCount, widths, '');
  const last = columnCount - 1;
  const anno = scenarios[0].parametri.anno;
  const names = scenarios.map((scenario) => scenario.nome);

  const title = sheet.addRow([text(strings.title(anno))]);
  sheet.merge(title, 0, last);
  sheet.style(sheet.wholeRow(title), STYLE.title);
  sheet.height(title, 24);
  const subtitle = sheet.addRow([options.ambito?.trim() ? text(options.ambito.trim()) : null]);
  sheet.merge(subtitle, 0, last);
  sheet.style(sheet.wholeRow(subtitle), STYLE.subtitle);
  sheet.addTextRow(strings.explanation, STYLE.generated);

  // Parameters that differ.
  sheet.addSectionHeader(strings.parameters, 'parametri');
  if (comparison.parametri.length === 0) {
    sheet.addTextRow(strings.noParameters);
  } else {
    const header = sheet.addTableHeader([strings.parameter, strings.owner, null, ...names], [[1, 2]]);
    for (const parameter of comparison.parametri) {
      const label = parameter.label[language];
      const owner = parameter.ente ?? strings.everyOwner;
      const row = sheet.addRow([
        text(label),
        text(owner),
        null,
        ...parameter.valori.map((value) => text(value[language])),
      ]);
      sheet.merge(row, 1, 2);
      sheet.height(
        row,
        heightFor(Math.max(wrappedLines(label, widths[0]), wrappedLines(owner, widths[1] + widths[2]))),
      );
    }
    const lastRow = sheet.rows.length;
    sheet.style(rangeAddress(header + 1, 0, lastRow, last), STYLE.body);
    sheet.style(rangeAddress(header + 1, 0, lastRow, 2), { wrapText: true });
    sheet.style(rangeAddress(header + 1, FIRST_SCENARIO_COLUMN, lastRow, last), { horizontalAlignment: 'center' });
    sheet.format(rangeAddress(header + 1, 0, lastRow, last), TEXT_FORMAT);
  }

  // Totals.
  sheet.addSectionHeader(strings.totals, 'totali');
  const totalsHeader = sheet.addTableHeader([strings.item, null, null, ...names], [[0, 2]]);
  for (const figure of SCENARIO_FIGURES) {
    const row = sheet.addRow([
      text(figure.label[language]),
      null,
      null,
      ...scenarios.map((scenario) => number(scenario.totali[figure.key])),
    ]);
    sheet.merge(row, 0, 2);
    if (comparison.totaliCheCambiano.includes(figure.key)) sheet.style(sheet.wholeRow(row), { bold: true });
    sheet.anchor(`totale.${figure.key}`, row, FIRST_SCENARIO_COLUMN);
  }
  const totalsEnd = sheet.rows.length;
  sheet.style(rangeAddress(totalsHeader + 1, 0, totalsEnd, last), STYLE.body);
  sheet.style(rangeAddress(totalsHeader + 1, FIRST_SCENARIO_COLUMN, totalsEnd, last), {
    horizontalAlignment: 'center',
  });
  sheet.format(rangeAddress(totalsHeader + 1, FIRST_SCENARIO_COLUMN, totalsEnd, last), COUNT_FORMAT);

  // Groups that change.
  sheet.addSectionHeader(strings.groups, 'gruppi');
  if (comparison.gruppi.length === 0) {
    sheet.addTextRow(strings.noGroups);
  } else {
    const header = sheet.addTableHeader([strings.owner, strings.comune, strings.item, ...names]);
    for (const group of comparison.gruppi) {
      for (const key of group.cambiano) {
        const figure = SCENARIO_FIGURES.find((candidate) => candidate.key === key);
        if (!figure) continue;
        sheet.addRow([
          text(group.ente),
          text(group.comune),
          text(figure.label[language]),
          ...group.valori.map((values) => (values ? number(values[key]) : text(strings.missing))),
        ]);
      }
    }
    const lastRow = sheet.rows.length;
    sheet.style(rangeAddress(header + 1, 0, lastRow, last), STYLE.body);
    sheet.format(rangeAddress(header + 1, 0, lastRow, 2), TEXT_FORMAT);
    sheet.format(rangeAddress(header + 1, FIRST_SCENARIO_COLUMN, lastRow, last), COUNT_FORMAT);
    sheet.style(rangeAddress(header + 1, FIRST_SCENARIO_COLUMN, lastRow, last), { horizontalAlignment: 'center' });
  }
  return sheet.toLayout(strings.sheetName, { titleRows: 3, orientation: 'landscape' });
}
