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
import type { Bilingual } from '../communication/place';
import { bindMessages, defineMessages, format } from '../messages';
import { ORDINI, type Ordine } from '../plan/params';
import { SCENARIO_FIGURES, type ChangedParameter, type ScenarioComparison } from './scenarios';

/** The sheet's words, in Italian and English. */
export const COMPARISON_MESSAGES = defineMessages('scenarios.sheet', {
  'sheet-name': { it: 'Confronto scenari', en: 'Scenario comparison' },
  title: { it: 'Confronto scenari - Piano {year}', en: 'Scenario comparison - Plan {year}' },
  explanation: {
    it: 'Ogni scenario è calcolato con le stesse regole e gli stessi alloggi del piano; cambiano solo i parametri indicati. In grassetto le voci che cambiano.',
    en: 'Every scenario is computed with the plan’s rules and dwellings; only the parameters listed change. Figures that change are in bold.',
  },
  parameters: { it: 'Parametri che cambiano', en: 'Parameters that change' },
  'no-parameters': { it: 'Gli scenari hanno gli stessi parametri.', en: 'The scenarios have the same parameters.' },
  parameter: { it: 'Parametro', en: 'Parameter' },
  owner: { it: 'Ente', en: 'Owner' },
  'every-owner': { it: 'tutti gli enti', en: 'every owner' },
  totals: { it: 'Totali dell’Ambito', en: 'Totals of the Ambito' },
  item: { it: 'Voce', en: 'Item' },
  groups: { it: 'Gruppi che cambiano (ente e comune)', en: 'Groups that change (owner and comune)' },
  'no-groups': {
    it: 'Nessun gruppo cambia da uno scenario all’altro.',
    en: 'No group changes from one scenario to another.',
  },
  comune: { it: 'Comune', en: 'Municipality' },
  // The reading of the split, by name: the sheet never shows its code (sat-prima).
  'sat-prima': { it: "Prima i SAT, poi l'indigenza sui restanti", en: 'SAT first, then the poverty share on the rest' },
  'indigenza-su-tutti': {
    it: 'Indigenza su tutti gli alloggi disponibili',
    en: 'Poverty share on all available dwellings',
  },
});

export const COMPARISON_SHEET_NAME = format(COMPARISON_MESSAGES['sheet-name'], 'it');

/** A value as the sheet shows it: the reading of the split by its name, any other value as written. */
function shownValue(key: ChangedParameter['key'], value: Bilingual, language: SheetLanguage): string {
  if (key === 'ordine' && (ORDINI as readonly string[]).includes(value.it)) {
    return format(COMPARISON_MESSAGES[value.it as Ordine], language);
  }
  return value[language];
}

const FIRST_SCENARIO_COLUMN = 3;

/** The comparison as a sheet: parameters, totals, groups that change. */
export function layoutComparisonSheet(
  comparison: ScenarioComparison,
  options: { language?: SheetLanguage; ambito?: string } = {},
): SheetLayout {
  const language = options.language ?? 'it';
  const strings = bindMessages(COMPARISON_MESSAGES, language);
  const scenarios = comparison.scenari;
  const columnCount = FIRST_SCENARIO_COLUMN + scenarios.length;
  const widths = [34, 20, 30, ...scenarios.map(() => 18)];
  const sheet = new SheetBuilder(columnCount, widths, '');
  const last = columnCount - 1;
  const anno = scenarios[0].parametri.anno;
  const names = scenarios.map((scenario) => scenario.nome);

  const title = sheet.addRow([text(strings.title({ year: String(anno) }))]);
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
    sheet.addTextRow(strings['no-parameters']);
  } else {
    const header = sheet.addTableHeader([strings.parameter, strings.owner, null, ...names], [[1, 2]]);
    for (const parameter of comparison.parametri) {
      const label = parameter.label[language];
      const owner = parameter.ente ?? strings['every-owner'];
      const values = parameter.valori.map((value) => shownValue(parameter.key, value, language));
      const row = sheet.addRow([text(label), text(owner), null, ...values.map((value) => text(value))]);
      sheet.merge(row, 1, 2);
      sheet.height(
        row,
        heightFor(
          Math.max(
            wrappedLines(label, widths[0]),
            wrappedLines(owner, widths[1] + widths[2]),
            ...values.map((value, index) => wrappedLines(value, widths[FIRST_SCENARIO_COLUMN + index])),
          ),
        ),
      );
    }
    const lastRow = sheet.rows.length;
    sheet.style(rangeAddress(header + 1, 0, lastRow, last), STYLE.body);
    sheet.style(rangeAddress(header + 1, 0, lastRow, last), { wrapText: true });
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
    sheet.addTextRow(strings['no-groups']);
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
          ...group.valori.map((values) => (values ? number(values[key]) : text('-'))),
        ]);
      }
    }
    const lastRow = sheet.rows.length;
    sheet.style(rangeAddress(header + 1, 0, lastRow, last), STYLE.body);
    sheet.format(rangeAddress(header + 1, 0, lastRow, 2), TEXT_FORMAT);
    sheet.format(rangeAddress(header + 1, FIRST_SCENARIO_COLUMN, lastRow, last), COUNT_FORMAT);
    sheet.style(rangeAddress(header + 1, FIRST_SCENARIO_COLUMN, lastRow, last), { horizontalAlignment: 'center' });
  }
  return sheet.toLayout(strings['sheet-name'], { titleRows: 3, orientation: 'landscape' });
}
