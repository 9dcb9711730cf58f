import { HyperFormula } from 'hyperformula';
import { computePlan } from '../../src/core/plan/plan';
import { parseInventory } from '../../src/core/inventory';
import { defaultParams, type PlanParams } from '../../src/core/plan/params';
import { presetById } from '../../src/core/plan/presets';
import { inventoryFingerprint } from '../../src/core/fingerprint';
import {
  MAX_ANNEX_ROWS,
  columnLetter,
  layoutPlanSheet,
  parseRange,
  percentFormat,
  sheetStrings,
  wrappedLines,
} from '../../src/core/sheet';
import type { CellStyle, LayoutCell, SheetLayout } from '../../src/core/sheet';
import type { InventoryIssue, Unit } from '../../src/core/types';
import { PLAN_MARGINS, pageCapacity, printScale } from '../../src/core/sheet/pages';
import {
  ALER,
  COMUNE_CASTELVERDE,
  COMUNE_CREMONA,
  LARGE_AMBITO_GROUPS,
  cremonaUnits,
  largeAmbito,
  largeGroupSize,
  units,
} from '../helpers/plan-units';

const GENERATED_AT = new Date(2026, 10, 27, 10, 30);
/** The reading cell's words: the act never shows the codes sat-prima / indigenza-su-tutti. */
const SAT_FIRST = "Prima i SAT poi l'indigenza sui restanti";
const ON_ALL = 'Indigenza su tutti gli alloggi disponibili';
const cremonaParams = (): PlanParams => presetById('cremona-2022')!.params(2022);

function layoutFor(
  inventory: Unit[],
  params: PlanParams,
  options: Parameters<typeof layoutPlanSheet>[1] = {},
  issues: InventoryIssue[] = [],
): SheetLayout {
  return layoutPlanSheet(computePlan(inventory, params, issues), { generatedAt: GENERATED_AT, ...options });
}

// ---------- reading a layout the way a user reads the sheet ----------

function cellAt(layout: SheetLayout, address: string): LayoutCell | null {
  const { firstRow, firstColumn } = parseRange(address);
  return layout.cells[firstRow - 1][firstColumn];
}

function shown(layout: SheetLayout, address: string): string | number | boolean | undefined {
  const cell = cellAt(layout, address);
  return cell?.formula ?? cell?.value;
}

const contains = (range: string, address: string): boolean => {
  const outer = parseRange(range);
  const { firstRow: row, firstColumn: column } = parseRange(address);
  return row >= outer.firstRow && row <= outer.lastRow && column >= outer.firstColumn && column <= outer.lastColumn;
};

function formatAt(layout: SheetLayout, address: string): string | undefined {
  return layout.numberFormats.filter((entry) => contains(entry.range, address)).pop()?.format;
}

function styleAt(layout: SheetLayout, address: string): CellStyle {
  return layout.styles
    .filter((entry) => contains(entry.range, address))
    .reduce<CellStyle>((style, entry) => ({ ...style, ...entry.style }), {});
}

function rowTexts(layout: SheetLayout, row: number): (string | number | boolean | undefined)[] {
  return layout.cells[row - 1].map((cell) => cell?.formula ?? cell?.value);
}

const rowOf = (address: string): number => parseRange(address).firstRow;
const absolute = (address: string): string => address.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');

// ---------- the printed pages ----------

const capacityOf = (sheet: SheetLayout): number =>
  pageCapacity(sheet.print.scale!, sheet.print.orientation, sheet.print.margins!);

/** The printed pages: their first and last rows and the height of their rows. */
function printedPages(sheet: SheetLayout): { first: number; last: number; height: number }[] {
  const starts = [1, ...(sheet.print.pageBreaks ?? [])];
  return starts.map((first, index) => {
    const last = (starts[index + 1] ?? sheet.rowCount + 1) - 1;
    let height = 0;
    for (let row = first; row <= last; row += 1) height += sheet.rowHeights[row - 1] ?? 15;
    return { first, last, height };
  });
}

const isTableHeader = (sheet: SheetLayout, row: number): boolean => styleAt(sheet, `A${row}`).fill === '#F2F2F2';
/** A table's body or totals row: framed, not a header. */
const isTableBody = (sheet: SheetLayout, row: number): boolean =>
  styleAt(sheet, `A${row}`).border !== undefined && !isTableHeader(sheet, row) && !styleAt(sheet, `A${row}`).fill;

// ---------- the sheet in a spreadsheet engine (HyperFormula, tests only) ----------

function loadSheet(layout: SheetLayout): HyperFormula {
  const data = layout.cells.map((row) =>
    // Text cells are written as text ('@' format), so "2027" in a header stays a word, as in Excel:
    // HyperFormula reads a leading apostrophe the same way.
    row.map((cell) =>
      cell === null
        ? null
        : (cell.formula ?? (typeof cell.value === 'string' ? `'${cell.value}` : (cell.value ?? null))),
    ),
  );
  return HyperFormula.buildFromArray(data, { licenseKey: 'gpl-v3' });
}

function setCell(sheet: HyperFormula, address: string, value: number | string): void {
  const { firstRow, firstColumn } = parseRange(address);
  sheet.setCellContents({ sheet: 0, row: firstRow - 1, col: firstColumn }, [[value]]);
}

/** Every formula of `expected` evaluated in `sheet`, where it differs from the result it carries. */
function mismatches(sheet: HyperFormula, expected: SheetLayout): string[] {
  const found: string[] = [];
  expected.cells.forEach((row, rowIndex) =>
    row.forEach((cell, column) => {
      if (!cell?.formula) return;
      const computed = sheet.getCellValue({ sheet: 0, row: rowIndex, col: column });
      const same =
        typeof computed === 'number' && typeof cell.result === 'number'
          ? Math.abs(computed - cell.result) < 1e-9
          : computed === cell.result;
      if (!same)
        found.push(
          `${String.fromCharCode(65 + column)}${rowIndex + 1} ${cell.formula}: ${String(computed)} != ${cell.result}`,
        );
    }),
  );
  return found;
}

function formulaCells(layout: SheetLayout): Record<string, string> {
  const formulas: Record<string, string> = {};
  layout.cells.forEach((row, rowIndex) =>
    row.forEach((cell, column) => {
      if (cell?.formula) formulas[`${String.fromCharCode(65 + column)}${rowIndex + 1}`] = cell.formula;
    }),
  );
  return formulas;
}

describe('the Cremona 2022 plan sheet', () => {
  const inventory = cremonaUnits();
  const fingerprint = inventoryFingerprint(inventory);
  const layout = layoutFor(inventory, cremonaParams(), { fingerprint });
  const { anchors } = layout;
  // Groups: Comuni first, then ALER, by name and comune.
  const [castelverde, cremona, alerCastelverde, alerCremona] = [0, 1, 2, 3];

  test('title block: plan year, Ambito and capofila, date, fingerprint, dwellings read', () => {
    expect(layout.name).toBe('Piano 2022');
    expect(shown(layout, 'A1')).toBe("Piano Annuale dell'Offerta Abitativa 2022");
    expect(shown(layout, 'A2')).toBe('Ambito di Cremona - Comune capofila: Comune di Cremona');
    expect(shown(layout, 'A3')).toBe(
      `Generato il 27/11/2026 - impronta dell’inventario ${fingerprint} (serve a verificare che il piano corrisponda all’inventario letto) - alloggi letti: ${inventory.length}`,
    );
    expect(layout.merges).toEqual(expect.arrayContaining(['A1:L1', 'A2:L2', 'A3:L3']));
    expect(styleAt(layout, 'A1')).toMatchObject({ bold: true, fontSize: 16 });
  });

  test('every row has columnCount cells; merges, styles and anchors stay inside the sheet', () => {
    expect(layout.columnCount).toBe(12); // no additional category quota in 2022
    expect(layout.cells).toHaveLength(layout.rowCount);
    for (const row of layout.cells) expect(row).toHaveLength(layout.columnCount);
    const inside = (range: string) => {
      const bounds = parseRange(range);
      return bounds.lastRow <= layout.rowCount && bounds.lastColumn < layout.columnCount;
    };
    for (const range of [
      ...layout.merges,
      ...layout.styles.map((entry) => entry.range),
      ...layout.numberFormats.map((entry) => entry.range),
      ...Object.values(anchors),
    ]) {
      expect(inside(range)).toBe(true);
    }
    // Only the top-left cell of a merged range holds anything.
    for (const range of layout.merges) {
      const bounds = parseRange(range);
      for (let row = bounds.firstRow; row <= bounds.lastRow; row += 1) {
        for (let column = bounds.firstColumn; column <= bounds.lastColumn; column += 1) {
          if (row !== bounds.firstRow || column !== bounds.firstColumn)
            expect(layout.cells[row - 1][column]).toBeNull();
        }
      }
    }
  });

  test('parameters: real cells with percent formats, labels and legal references', () => {
    expect(anchors['param.indigenza']).toBe('C7');
    const expected: [string, number | string, string | undefined, string][] = [
      ['param.indigenza', 0.2, '0%', 'R.R. 4/2017 art. 13 c. 3'],
      ['param.maggiorazione', 0, '0%', 'R.R. 4/2017 art. 4 c. 3 lett. c'],
      ['param.satRichiesti', 0, '0', 'L.R. 16/2016 art. 23'],
      ['param.satSoglia', 0.25, '0%', 'L.R. 16/2016 art. 23'],
      ['param.forzePolizia', 0, '0%', 'R.R. 4/2017 art. 7 bis'],
      ['param.ordine', SAT_FIRST, undefined, 'R.R. 4/2017 art. 4 c. 3 lett. c, e'],
      ['param.anno', 2022, '0', 'R.R. 4/2017 art. 4'],
    ];
    for (const [anchor, value, format, reference] of expected) {
      const address = anchors[anchor];
      const row = rowOf(address);
      expect(shown(layout, address)).toBe(value);
      expect(formatAt(layout, address)).toBe(format);
      expect(String(shown(layout, `D${row}`))).toContain(reference);
    }
    expect(shown(layout, `A${rowOf(anchors['param.satSoglia'])}`)).toBe('Soglia massima SAT');
    expect(shown(layout, `A${rowOf(anchors['param.maggiorazione'])}`)).toBe(
      'Maggiorazione indigenza (solo alloggi comunali)',
    );
    expect(layout.validations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ range: 'C10', type: 'decimal', min: 0, max: 0.25 }),
        // The regional 20 % is not a choice (R.R. 4/2017 art. 13 c. 3): the cell accepts only it.
        expect.objectContaining({
          range: 'C7',
          type: 'decimal',
          min: 0.2,
          max: 0.2,
          prompt:
            'Il 20 % fissato dal R.R. 4/2017 art. 13 c. 3. Per aumentarla sugli alloggi comunali usate la maggiorazione.',
        }),
        // No article sets the 80 %: the prompt names none.
        expect.objectContaining({ range: 'C8', prompt: 'Una percentuale da 0 % a 80 %.' }),
        expect.objectContaining({ range: 'C12', type: 'list', values: [SAT_FIRST, ON_ALL] }),
      ]),
    );
  });

  test('the owner’s own values: one text row after the general parameters, which keep their cells', () => {
    // The general value cells the formulas reference do not move.
    expect(anchors['param.anno']).toBe('C13');
    // A 2022 plan lists the rules of 2022: no row for the reserve or the Polizia Locale (from 2025).
    expect(anchors['param.categoriaQuota']).toBeUndefined();
    expect(anchors['param.poliziaLocale']).toBeUndefined();
    const address = anchors['valoriPropri.0'];
    expect(address).toBe('C14');
    expect(anchors['valoriPropri.1']).toBeUndefined(); // only the Comune di Cremona has its own values
    const row = rowOf(address);
    expect(rowTexts(layout, row).slice(0, 4)).toEqual([
      'Valori propri - Comune di Cremona',
      undefined,
      'maggiorazione indigenza 10 %; alloggi SAT richiesti 5',
      'R.R. 4/2017 art. 4 c. 3 lett. c; L.R. 16/2016 art. 23 - Valgono solo per questo ente, al posto dei valori generali sopra; nella ripartizione sono in corsivo.',
    ]);
    expect(layout.merges).toEqual(expect.arrayContaining([`A${row}:B${row}`, `D${row}:L${row}`]));
    // Text, in italics like the owner's constants in the split; not an input cell.
    expect(formatAt(layout, address)).toBe('@');
    expect(styleAt(layout, address)).toMatchObject({ italic: true, wrapText: true, border: 'thin-all' });
    expect(styleAt(layout, `A${row}`)).toMatchObject({ italic: true, border: 'thin-all' });
    expect(styleAt(layout, address).fill).toBeUndefined();
    expect(layout.validations?.some((rule) => contains(rule.range, address))).toBe(false);
    expect(layout.rowHeights[row - 1]).toBeGreaterThanOrEqual(wrappedLines(String(shown(layout, address)), 18) * 15);
    // The next section (the calendar) starts after a blank row.
    expect(rowOf(anchors['sezione.calendario'])).toBe(row + 2);
    // No formula points at the text row.
    const formulas = Object.values(formulaCells(layout)).join(' ');
    expect(formulas).not.toMatch(/\$C\$14\b|\bC14\b/);
  });

  test('the reading of the split: words in the cell and in its drop-down list, their meaning beside it', () => {
    const address = anchors['param.ordine'];
    expect(shown(layout, address)).toBe(SAT_FIRST);
    expect(shown(layout, `D${rowOf(address)}`)).toBe(
      `R.R. 4/2017 art. 4 c. 3 lett. c, e - «${SAT_FIRST}»: l’indigenza e le altre quote si calcolano sugli alloggi per avviso (disponibili meno SAT); ` +
        `«${ON_ALL}»: su tutti gli alloggi disponibili.`,
    );
    // The words wrap in the value column, and the row is as high as they need.
    expect(styleAt(layout, address)).toMatchObject({ wrapText: true, bold: true });
    expect(layout.rowHeights[rowOf(address) - 1]).toBeGreaterThanOrEqual(wrappedLines(SAT_FIRST, 18, true) * 15);
    const rule = layout.validations?.find((candidate) => candidate.range === address);
    expect(rule).toMatchObject({ type: 'list', prompt: `Scegliete «${SAT_FIRST}» oppure «${ON_ALL}».` });
    // Excel's drop-down list separates its values with commas: none may hold one.
    for (const language of ['it', 'en'] as const) {
      for (const label of Object.values(sheetStrings(language).readingLabels)) expect(label).not.toContain(',');
    }
    // No internal code anywhere in the sheet's text.
    const texts = layout.cells.flat().map((cell) => String(cell?.value ?? ''));
    expect(texts.filter((value) => /sat-prima|indigenza-su-tutti/.test(value))).toEqual([]);
  });

  test('section and table headers', () => {
    const sectionTitle = (name: string) => shown(layout, anchors[`sezione.${name}`]);
    expect(sectionTitle('parametri')).toBe('Parametri del piano');
    expect(sectionTitle('patrimonio')).toBe('Patrimonio per ente proprietario e comune (SAP, SAS, SAT)');
    expect(sectionTitle('disponibili')).toBe('Alloggi disponibili nel 2022 per fonte');
    expect(sectionTitle('ripartizione')).toBe('Ripartizione degli alloggi disponibili per ente proprietario e comune');
    expect(sectionTitle('categoria')).toBe('Categoria aggiuntiva di particolare e motivata rilevanza sociale');
    expect(sectionTitle('note')).toBe('Note');

    expect(rowTexts(layout, rowOf(anchors['sezione.patrimonio']) + 1).slice(0, 7)).toEqual([
      'Ente proprietario',
      'Comune',
      'Tipo di ente',
      'SAP',
      'SAS',
      'SAT',
      'Totale alloggi',
    ]);
    expect(rowTexts(layout, rowOf(anchors['sezione.disponibili']) + 1).slice(0, 8)).toEqual([
      'Ente proprietario',
      'Comune',
      'Liberi',
      'Turnover',
      'Nuovi o recuperati',
      'Carenza manutentiva',
      'Conferiti da privati',
      'Totale disponibili',
    ]);
    const splitHeader = rowOf(anchors['sezione.ripartizione']) + 1;
    expect(rowTexts(layout, splitHeader)).toEqual([
      'Ente proprietario',
      'Comune',
      'Alloggi disponibili',
      'SAT richiesti',
      'Soglia massima SAT',
      'SAT consentiti',
      'Base delle quote',
      '% indigenza',
      'Quota indigenza',
      '% Forze di Polizia',
      'Quota Forze di Polizia',
      'Alloggi per avviso',
    ]);
    expect(styleAt(layout, `E${splitHeader}`)).toMatchObject({
      bold: true,
      wrapText: true,
      border: 'thin-all',
      horizontalAlignment: 'center',
    });
    expect(layout.rowHeights[splitHeader - 1]).toBeGreaterThanOrEqual(30);
  });

  test('stock and available dwellings per owner and comune, with SUM totals', () => {
    const stockRow = rowOf(anchors['sezione.patrimonio']) + 3; // Comune di Cremona, second group
    expect(rowTexts(layout, stockRow).slice(0, 7)).toEqual([
      COMUNE_CREMONA,
      'Cremona',
      'Comune',
      24,
      3,
      0,
      `=SUM(D${stockRow}:F${stockRow})`,
    ]);
    expect(cellAt(layout, `G${stockRow}`)?.result).toBe(27);
    const stockTotal = anchors['totale.patrimonio'];
    expect(cellAt(layout, stockTotal)).toEqual({
      formula: `=SUM(G${stockRow - 1}:G${stockRow + 2})`,
      result: 50,
    });

    const availableRow = rowOf(anchors['sezione.disponibili']) + 3;
    expect(rowTexts(layout, availableRow)).toEqual([
      COMUNE_CREMONA,
      'Cremona',
      12,
      3,
      2,
      1,
      0,
      `=SUM(C${availableRow}:G${availableRow})`,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(cellAt(layout, `H${availableRow}`)?.result).toBe(18);
    expect(cellAt(layout, anchors['totale.disponibiliPerFonte'])?.result).toBe(30);
    const totalsRow = rowOf(anchors['totale.disponibiliPerFonte']);
    expect(shown(layout, `A${totalsRow}`)).toBe('Totale');
    expect(styleAt(layout, `C${totalsRow}`)).toMatchObject({ bold: true, border: 'medium-top' });
    expect(formatAt(layout, `C${totalsRow}`)).toBe('0');
  });

  test('Comune di Cremona: 5 SAT requested, 4 allowed (25 % of 18), 30 % of 14 -> 5', () => {
    const row = rowOf(anchors[`gruppo.${cremona}.disponibili`]);
    const availableRow = rowOf(anchors['sezione.disponibili']) + 3;
    const cell = (column: string) => cellAt(layout, `${column}${row}`);
    expect(cell('A')?.value).toBe(COMUNE_CREMONA);
    expect(cell('C')).toEqual({ formula: `=H${availableRow}`, result: 18 });
    // The Comune's own request is a constant (in italics), not the general parameter.
    expect(cell('D')).toEqual({ value: 5 });
    expect(styleAt(layout, `D${row}`).italic).toBe(true);
    expect(cell('E')).toEqual({ formula: '=$C$10', result: 0.25 });
    expect(cell('F')).toEqual({ formula: `=MIN(D${row},ROUNDDOWN(ROUND(C${row}*E${row},6),0))`, result: 4 });
    expect(cell('G')).toEqual({ formula: `=IF($C$12="${SAT_FIRST}",C${row}-F${row},C${row})`, result: 14 });
    expect(cell('H')).toEqual({ formula: '=$C$7+0.1', result: 0.3 });
    expect(cell('I')).toEqual({ formula: `=ROUNDUP(ROUND(G${row}*H${row},6),0)`, result: 5 });
    expect(cell('J')).toEqual({ formula: '=$C$11', result: 0 });
    // The police share is a share of the same base as the poverty share (Milano 2022: 5 % of the SAP dwellings).
    expect(cell('K')).toEqual({ formula: `=ROUNDUP(ROUND(G${row}*J${row},6),0)`, result: 0 });
    expect(cell('L')).toEqual({ formula: `=C${row}-F${row}`, result: 14 });
    expect(formatAt(layout, `H${row}`)).toBe('0%');
    expect(formatAt(layout, `I${row}`)).toBe('0');
    expect(anchors[`gruppo.${cremona}.sat`]).toBe(`F${row}`);
    expect(anchors[`gruppo.${cremona}.indigenza`]).toBe(`I${row}`);
  });

  test('ALER groups at 20 % per comune; the Comune di Castelverde follows the general parameters', () => {
    for (const [group, available, quota] of [
      [alerCastelverde, 3, 1],
      [alerCremona, 7, 2],
    ]) {
      const row = rowOf(anchors[`gruppo.${group}.disponibili`]);
      expect(shown(layout, `A${row}`)).toBe(ALER);
      expect(cellAt(layout, `C${row}`)?.result).toBe(available);
      expect(cellAt(layout, `H${row}`)).toEqual({ formula: '=$C$7', result: 0.2 });
      expect(cellAt(layout, `I${row}`)?.result).toBe(quota);
      expect(cellAt(layout, `D${row}`)).toEqual({ formula: '=$C$9', result: 0 });
    }
    const row = rowOf(anchors[`gruppo.${castelverde}.disponibili`]);
    expect(shown(layout, `A${row}`)).toBe(COMUNE_CASTELVERDE);
    expect(cellAt(layout, `H${row}`)).toEqual({ formula: '=$C$7+$C$8', result: 0.2 });
    expect(cellAt(layout, `I${row}`)?.result).toBe(1);
  });

  test('totals of the split', () => {
    const first = rowOf(anchors['gruppo.0.disponibili']);
    const last = rowOf(anchors['gruppo.3.disponibili']);
    expect(cellAt(layout, anchors['totale.disponibili'])).toEqual({ formula: `=SUM(C${first}:C${last})`, result: 30 });
    expect(cellAt(layout, anchors['totale.sat'])?.result).toBe(4);
    expect(cellAt(layout, anchors['totale.indigenza'])).toEqual({ formula: `=SUM(I${first}:I${last})`, result: 9 });
    expect(cellAt(layout, anchors['totale.forzePolizia'])?.result).toBe(0);
    expect(cellAt(layout, anchors['totale.perAvviso'])?.result).toBe(26);
    expect(shown(layout, `E${last + 1}`)).toBeUndefined(); // no sum of percentages
  });

  test('additional category and notes, wrapped across the sheet', () => {
    const nameRow = rowOf(anchors['sezione.categoria']) + 1;
    expect(shown(layout, `A${nameRow}`)).toBe('Beneficiari di progetti di protezione sociale');
    expect(styleAt(layout, `A${nameRow}`).bold).toBe(true);
    expect(String(shown(layout, `A${nameRow + 1}`))).toMatch(/^Soggetti beneficiari di progetti di protezione sociale/);
    expect(layout.merges).toContain(`A${nameRow + 1}:L${nameRow + 1}`);
    expect(styleAt(layout, `A${nameRow + 1}`).wrapText).toBe(true);
    expect(layout.rowHeights[nameRow]).toBeGreaterThan(15);

    const notes = layout.cells.slice(rowOf(anchors['sezione.note'])).map((row) => String(row[0]?.value));
    expect(notes[0]).toMatch(/^Lettura della ripartizione: prima gli alloggi SAT/);
    expect(notes).toContain('Comune di Cremona, Cremona: 5 alloggi SAT richiesti, 4 consentiti: 25 % di 18 = 4,5.');
    expect(notes.some((note) => note.startsWith('Valori personalizzati per Comune di Cremona:'))).toBe(true);
  });

  test('page: widths, frozen title rows, A4 landscape at a zoom that fits the width, title and page numbers', () => {
    expect(layout.columnWidths).toHaveLength(layout.columnCount);
    expect(layout.columnWidths[0]).toBeGreaterThanOrEqual(30);
    expect(layout.freeze).toEqual({ rows: 3, columns: 0 });
    expect(layout.print).toEqual({
      orientation: 'landscape',
      paperSize: 'A4',
      fitToPagesWide: 1,
      scale: printScale(layout.columnWidths, 'landscape', PLAN_MARGINS),
      margins: PLAN_MARGINS,
      printArea: `A1:L${layout.rowCount}`,
      pageBreaks: expect.any(Array),
      // The running header names the plan; the footer numbers the pages.
      header: { center: "&9Piano Annuale dell'Offerta Abitativa 2022 - Ambito di Cremona" },
      footer: { center: '&9Pagina &P di &N' },
    });
    // The title rows are in the running header: not repeated as print titles.
    expect(layout.print.printTitleRows).toBeUndefined();
    expect(printedPages(layout).every((page) => page.height <= capacityOf(layout))).toBe(true);
  });

  test('in a spreadsheet engine every formula gives the engine’s result', () => {
    expect(mismatches(loadSheet(layout), layout)).toEqual([]);
  });

  test.each<[string, string, number | string, Partial<PlanParams>]>([
    ['a lower SAT cap', 'param.satSoglia', 0.1, { satSoglia: 0.1 }],
    ['the other reading of the split', 'param.ordine', ON_ALL, { ordine: 'indigenza-su-tutti' }],
    ['a larger increase (Comuni only)', 'param.maggiorazione', 0.15, { maggiorazione: 0.15 }],
    ['a police share', 'param.forzePolizia', 0.1, { forzePolizia: 0.1 }],
    ['a general SAT request', 'param.satRichiesti', 1, { satRichiesti: 1 }],
  ])('editing %s in the sheet recalculates as the engine would', (_, anchor, value, change) => {
    const sheet = loadSheet(layout);
    setCell(sheet, anchors[anchor], value);
    const changed = layoutFor(inventory, { ...cremonaParams(), ...change }, { fingerprint });
    expect(formulaCells(changed)).toEqual(formulaCells(layout));
    expect(mismatches(sheet, changed)).toEqual([]);
    // The edit changed something a user would notice.
    expect(JSON.stringify(changed.cells)).not.toBe(JSON.stringify(layout.cells));
  });
});

describe('other plans', () => {
  test('indigenza-su-tutti: the poverty share on all 18 dwellings, 30 % -> 6', () => {
    const layout = layoutFor(cremonaUnits(), { ...cremonaParams(), ordine: 'indigenza-su-tutti' });
    const row = rowOf(layout.anchors['gruppo.1.disponibili']);
    expect(shown(layout, layout.anchors['param.ordine'])).toBe(ON_ALL);
    expect(cellAt(layout, `G${row}`)).toEqual({
      formula: `=IF($C$12="${SAT_FIRST}",C${row}-F${row},C${row})`,
      result: 18,
    });
    expect(cellAt(layout, `I${row}`)?.result).toBe(6);
    expect(cellAt(layout, `L${row}`)?.result).toBe(14);
    const notes = layout.cells.slice(rowOf(layout.anchors['sezione.note'])).map((cells) => cells[0]?.value);
    expect(notes[0]).toBe(
      'Lettura della ripartizione: le quote (indigenza, Forze di Polizia) si calcolano su tutti gli alloggi disponibili.',
    );
    const sheet = loadSheet(layout);
    expect(mismatches(sheet, layout)).toEqual([]);
    // Choosing the other words in the cell gives the other reading's numbers.
    setCell(sheet, layout.anchors['param.ordine'], SAT_FIRST);
    expect(mismatches(sheet, layoutFor(cremonaUnits(), cremonaParams()))).toEqual([]);
  });

  test("an owner's own values are constants; editing the general parameter leaves them alone", () => {
    const withOverrides = (change: Partial<PlanParams> = {}): PlanParams => {
      const params = { ...cremonaParams(), ...change };
      return {
        ...params,
        enti: {
          ...params.enti,
          [ALER]: { satSoglia: 0.2, forzePolizia: 0.05 },
          [COMUNE_CASTELVERDE]: { maggiorazione: 0.15, forzePolizia: 0.1 },
        },
      };
    };
    const layout = layoutFor(cremonaUnits(), withOverrides());
    const aler = rowOf(layout.anchors['gruppo.3.disponibili']);
    expect(cellAt(layout, `E${aler}`)).toEqual({ value: 0.2 });
    expect(styleAt(layout, `E${aler}`).italic).toBe(true);
    expect(cellAt(layout, `H${aler}`)).toEqual({ formula: '=$C$7', result: 0.2 });
    expect(styleAt(layout, `H${aler}`).italic).toBeUndefined();
    expect(cellAt(layout, `J${aler}`)).toEqual({ value: 0.05 });
    expect(cellAt(layout, `K${aler}`)?.result).toBe(1); // 5 % of 7, rounded up
    const castelverde = rowOf(layout.anchors['gruppo.0.disponibili']);
    // The regional 20 % stays the parameter cell; the Comune's own increase is a constant beside it.
    expect(cellAt(layout, `H${castelverde}`)).toEqual({ formula: '=$C$7+0.15', result: 0.35 });
    expect(styleAt(layout, `H${castelverde}`).italic).toBe(true);
    expect(formatAt(layout, `H${castelverde}`)).toBe('0%');
    expect(cellAt(layout, `J${castelverde}`)).toEqual({ value: 0.1 });
    expect(mismatches(loadSheet(layout), layout)).toEqual([]);
    // Each owner's own values listed once, in the order of the groups, after the general parameters.
    const ownValues = [0, 1, 2].map((index) => rowTexts(layout, rowOf(layout.anchors[`valoriPropri.${index}`])));
    expect(ownValues.map((cells) => [cells[0], cells[2]])).toEqual([
      [`Valori propri - ${COMUNE_CASTELVERDE}`, 'maggiorazione indigenza 15 %; quota Forze di Polizia 10 %'],
      [`Valori propri - ${COMUNE_CREMONA}`, 'maggiorazione indigenza 10 %; alloggi SAT richiesti 5'],
      [`Valori propri - ${ALER}`, 'soglia massima SAT 20 %; quota Forze di Polizia 5 %'],
    ]);
    expect(layout.anchors['valoriPropri.0']).toBe(`C${rowOf(layout.anchors['param.anno']) + 1}`);
    expect(layout.anchors['valoriPropri.3']).toBeUndefined();

    const sheet = loadSheet(layout);
    setCell(sheet, layout.anchors['param.maggiorazione'], 0.2);
    setCell(sheet, layout.anchors['param.satSoglia'], 0.15);
    setCell(sheet, layout.anchors['param.forzePolizia'], 0.08);
    const changed = layoutFor(
      cremonaUnits(),
      withOverrides({ maggiorazione: 0.2, satSoglia: 0.15, forzePolizia: 0.08 }),
    );
    expect(mismatches(sheet, changed)).toEqual([]);
  });

  test('Milano 2022: the police quota of the sheet is 5 % of the dwellings after SAT, 48 and 63, as in the engine', () => {
    const inventory = [
      ...units(1150, { owner: 'Comune di Milano', comune: 'Milano' }),
      ...units(1400, { owner: 'ALER Milano', comune: 'Milano' }),
    ];
    const params: PlanParams = {
      ...defaultParams(2022),
      forzePolizia: 0.05,
      enti: { 'Comune di Milano': { satRichiesti: 200 }, 'ALER Milano': { satRichiesti: 140 } },
    };
    const layout = layoutFor(inventory, params);
    const sheet = loadSheet(layout);
    const value = (anchor: string) => {
      const { firstRow, firstColumn } = parseRange(layout.anchors[anchor]);
      return sheet.getCellValue({ sheet: 0, row: firstRow - 1, col: firstColumn });
    };
    expect([value('gruppo.0.base'), value('gruppo.0.forzePolizia')]).toEqual([950, 48]);
    expect([value('gruppo.1.base'), value('gruppo.1.forzePolizia')]).toEqual([1260, 63]);
    expect(mismatches(sheet, layout)).toEqual([]);
    setCell(sheet, layout.anchors['param.ordine'], ON_ALL);
    expect([value('gruppo.0.forzePolizia'), value('gruppo.1.forzePolizia')]).toEqual([58, 70]);
    setCell(sheet, layout.anchors['param.ordine'], SAT_FIRST);
    expect([value('gruppo.0.forzePolizia'), value('gruppo.1.forzePolizia')]).toEqual([48, 63]);
  });

  test('10 dwellings at 20 % + 10 % give 3, not 4, in the engine and in the sheet', () => {
    const inventory = units(10, { owner: 'Comune di Soresina', comune: 'Soresina' });
    const layout = layoutFor(inventory, { ...defaultParams(2022), maggiorazione: 0.1 });
    const row = rowOf(layout.anchors['gruppo.0.indigenza']);
    expect(cellAt(layout, layout.anchors['gruppo.0.indigenza'])).toEqual({
      formula: `=ROUNDUP(ROUND(G${row}*H${row},6),0)`,
      result: 3,
    });
    expect(mismatches(loadSheet(layout), layout)).toEqual([]);
  });

  test('English labels', () => {
    const layout = layoutFor(cremonaUnits(), cremonaParams(), { language: 'en', fingerprint: '0badcafe' });
    expect(layout.name).toBe('Plan 2022');
    expect(shown(layout, 'A1')).toBe("Annual Housing Offer Plan 2022 (Piano Annuale dell'Offerta Abitativa)");
    expect(shown(layout, 'A2')).toBe('Ambito di Cremona - Lead Comune: Comune di Cremona');
    // Not 27/11/2026: an English reader may take it for month/day.
    expect(shown(layout, 'A3')).toBe(
      'Generated on 27 Nov 2026 - inventory fingerprint 0badcafe (it shows whether the plan matches the inventory that was read) - dwellings read: 50',
    );
    expect(
      layoutFor(cremonaUnits(), cremonaParams(), { language: 'en', generatedAt: new Date(2027, 0, 5) }).cells[2][0]
        ?.value,
    ).toMatch(/^Generated on 5 Jan 2027 - /);
    expect(rowTexts(layout, rowOf(layout.anchors['valoriPropri.0'])).slice(0, 3)).toEqual([
      'Own values - Comune di Cremona',
      undefined,
      'poverty share increase 10 %; SAT dwellings requested 5',
    ]);
    expect(String(shown(layout, `D${rowOf(layout.anchors['param.ordine'])}`))).toContain(
      '"SAT first then poverty share on the rest": the poverty share and the other quotas are computed on the dwellings by public call (available minus SAT); ' +
        '"Poverty share on all available dwellings": on all available dwellings.',
    );
    expect(shown(layout, `A${rowOf(layout.anchors['param.satSoglia'])}`)).toBe('SAT cap');
    const splitHeader = rowTexts(layout, rowOf(layout.anchors['sezione.ripartizione']) + 1);
    expect(splitHeader).toContain('Poverty quota');
    expect(splitHeader).toContain('Dwellings by public call');
    expect(shown(layout, layout.anchors['sezione.note'])).toBe('Notes');
    const notes = layout.cells.slice(rowOf(layout.anchors['sezione.note'])).map((cells) => String(cells[0]?.value));
    expect(notes[0]).toMatch(/^Reading of the split: SAT dwellings first/);
    // The reading in English words; the English sheet's formulas compare the cell with them.
    const reading = layout.anchors['param.ordine'];
    expect(shown(layout, reading)).toBe('SAT first then poverty share on the rest');
    expect(layout.validations?.find((rule) => rule.range === reading)).toMatchObject({
      values: ['SAT first then poverty share on the rest', 'Poverty share on all available dwellings'],
    });
    const row = rowOf(layout.anchors['gruppo.1.disponibili']);
    expect(shown(layout, `G${row}`)).toBe(
      `=IF(${absolute(reading)}="SAT first then poverty share on the rest",C${row}-F${row},C${row})`,
    );
    const sheet = loadSheet(layout);
    expect(mismatches(sheet, layout)).toEqual([]);
    setCell(sheet, reading, 'Poverty share on all available dwellings');
    const onAll = layoutFor(cremonaUnits(), { ...cremonaParams(), ordine: 'indigenza-su-tutti' }, { language: 'en' });
    expect(mismatches(sheet, onAll)).toEqual([]);
    expect(cellAt(onAll, `I${row}`)?.result).toBe(6);
  });

  test('2025 with an art. 14 reserve: its share and quota columns on the base of the quotas, its categories', () => {
    const params: PlanParams = {
      ...defaultParams(2025),
      categoria: { nome: 'Nuclei in progetti di contenimento degli sfratti', descrizione: 'Progetto comunale.' },
      categoriaQuota: 0.125,
      riservaCategorie: ['anziani', 'categoria-aggiuntiva'],
      enti: { [ALER]: { categoriaQuota: 0.1, riservaCategorie: ['disabili'] } },
    };
    const layout = layoutFor(cremonaUnits(), params);
    // From 2025 the Polizia Locale has its columns (even at 0 %), the reserve too when used.
    expect(layout.columnCount).toBe(16);
    const header = rowTexts(layout, rowOf(layout.anchors['sezione.ripartizione']) + 1);
    expect(header.slice(10)).toEqual([
      'Quota Forze di Polizia',
      '% Polizia Locale',
      'Quota Polizia Locale',
      '% riserva art. 14',
      'Quota riserva art. 14',
      'Alloggi per avviso',
    ]);
    expect(layout.anchors['param.categoriaQuota']).toBe('C13');
    const row = rowOf(layout.anchors['gruppo.1.categoria']);
    expect(cellAt(layout, `N${row}`)).toEqual({ formula: '=$C$13', result: 0.125 });
    expect(formatAt(layout, `N${row}`)).toBe('0.0%');
    expect(cellAt(layout, `O${row}`)).toEqual({ formula: `=ROUNDUP(ROUND(G${row}*N${row},6),0)`, result: 3 });
    const aler = rowOf(layout.anchors['gruppo.3.categoria']);
    expect(cellAt(layout, `N${aler}`)).toEqual({ value: 0.1 });
    expect(cellAt(layout, `O${aler}`)?.result).toBe(1); // 10 % of 7, rounded up
    expect(formatAt(layout, layout.anchors['param.categoriaQuota'])).toBe('0.0%');
    expect(layout.anchors['totale.categoria']).toBe(`O${row + 3}`);
    expect(mismatches(loadSheet(layout), layout)).toEqual([]);

    const section = (name: string): unknown[] =>
      layout.cells.slice(rowOf(layout.anchors[`sezione.${name}`]) - 1).map((cells) => cells[0]?.value);
    const reserve = section('riserva');
    expect(reserve.slice(0, 4)).toEqual([
      'Riserva per le categorie dell’art. 14 (R.R. 4/2017 art. 4 c. 3 lett. c bis)',
      'Quota di riserva: 12,5 % della base delle quote, arrotondata all’unità superiore per ente e comune; colonna «Quota riserva art. 14» della ripartizione. Riferimento: R.R. 4/2017 art. 4 c. 3 lett. c bis (R.R. 2/2025).',
      'Categorie a cui è destinata: Anziani; Categoria aggiuntiva del Comune.',
      `${ALER}: riserva del 10 %, categorie: Persone con disabilità.`,
    ]);
    expect(section('categoria').slice(0, 4)).toEqual([
      'Categoria aggiuntiva di particolare e motivata rilevanza sociale',
      'Nuclei in progetti di contenimento degli sfratti',
      'Progetto comunale.',
      'È tra le categorie della riserva (sezione precedente).',
    ]);
  });

  test('2027: the two police shares, each rounded up on the base of the quotas, editable in the sheet', () => {
    const params: PlanParams = {
      ...defaultParams(2027),
      forzePolizia: 0.1,
      poliziaLocale: 0.05,
      enti: { [COMUNE_CREMONA]: { satRichiesti: 4 }, [ALER]: { poliziaLocale: 0.1 } },
    };
    const layout = layoutFor(cremonaUnits(), params);
    expect(layout.columnCount).toBe(14);
    expect(shown(layout, `A${rowOf(layout.anchors['param.poliziaLocale'])}`)).toBe('Quota Polizia Locale');
    expect(String(shown(layout, `D${rowOf(layout.anchors['param.poliziaLocale'])}`))).toBe(
      'R.R. 4/2017 art. 7 ter e art. 4 c. 3 lett. d bis (R.R. 2/2025)',
    );
    const cremona = rowOf(layout.anchors['gruppo.1.poliziaLocale']);
    // In 2027 the dwelling freed in 2023 counts too: 19 available, 4 SAT, 15 by public call.
    expect(cellAt(layout, `G${cremona}`)?.result).toBe(15);
    expect(cellAt(layout, `L${cremona}`)).toEqual({ formula: '=$C$12', result: 0.05 });
    expect(cellAt(layout, `M${cremona}`)).toEqual({
      formula: `=ROUNDUP(ROUND(G${cremona}*L${cremona},6),0)`,
      result: 1,
    });
    expect(cellAt(layout, `K${cremona}`)?.result).toBe(2); // 10 % of 15 = 1.5 -> 2; 5 % = 0.75 -> 1
    const aler = rowOf(layout.anchors['gruppo.3.poliziaLocale']);
    expect(cellAt(layout, `L${aler}`)).toEqual({ value: 0.1 });
    expect(cellAt(layout, `M${aler}`)?.result).toBe(1); // 10 % of 7 = 0.7 -> 1
    expect(cellAt(layout, layout.anchors['totale.poliziaLocale'])?.result).toBe(
      computePlan(cremonaUnits(), params).totali.poliziaLocale,
    );
    expect(mismatches(loadSheet(layout), layout)).toEqual([]);
    const sheet = loadSheet(layout);
    setCell(sheet, layout.anchors['param.poliziaLocale'], 0.08);
    const changed = layoutFor(cremonaUnits(), { ...params, poliziaLocale: 0.08 });
    expect(formulaCells(changed)).toEqual(formulaCells(layout));
    expect(mismatches(sheet, changed)).toEqual([]);
    expect(layout.validations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          range: layout.anchors['param.poliziaLocale'],
          max: 0.2,
          prompt: 'Una percentuale da 0 % a 20 % (R.R. 4/2017 art. 4 c. 3 lett. d bis (R.R. 2/2025)).',
        }),
      ]),
    );
  });

  test('before 2025 the additional category has no reserve, and the sheet says so', () => {
    const layout = layoutFor(cremonaUnits(), cremonaParams());
    expect(layout.anchors['sezione.riserva']).toBeUndefined();
    const rows = layout.cells.slice(rowOf(layout.anchors['sezione.categoria'])).map((cells) => cells[0]?.value);
    expect(rows[2]).toBe(
      'Per il piano 2022 la categoria aggiuntiva non ha una riserva di alloggi: dà punteggio nella graduatoria dell’avviso (R.R. 4/2017 art. 14). ' +
        'La riserva fino al 20 % per le categorie dell’art. 14 (R.R. 4/2017 art. 4 c. 3 lett. c bis, R.R. 2/2025) vale dal piano 2025.',
    );
  });

  test('no Ambito, no capofila, no fingerprint: those parts are left out', () => {
    const layout = layoutFor(cremonaUnits(), defaultParams(2023));
    expect(shown(layout, 'A1')).toBe("Piano Annuale dell'Offerta Abitativa 2023");
    expect(cellAt(layout, 'A2')).toBeNull();
    expect(shown(layout, 'A3')).toBe('Generato il 27/11/2026 - alloggi letti: 50');
    expect(layout.anchors['sezione.categoria']).toBeUndefined();
    // No owner with values of its own: no row after the general parameters.
    expect(layout.anchors['valoriPropri.0']).toBeUndefined();
    expect(rowOf(layout.anchors['sezione.calendario'])).toBe(rowOf(layout.anchors['param.anno']) + 2);
  });

  test('an empty inventory still gives a sheet with zero totals', () => {
    const layout = layoutFor([], defaultParams(2024));
    expect(cellAt(layout, layout.anchors['totale.indigenza'])).toEqual({ value: 0 });
    const notes = layout.cells.slice(rowOf(layout.anchors['sezione.note'])).map((cells) => cells[0]?.value);
    expect(notes[0]).toBe('Nessun alloggio nell’inventario.');
  });
});

describe('the act: no clerk’s instructions, an annex of the dwellings not counted, an approval block', () => {
  const header = ['Codice alloggio', 'Ente proprietario', 'Comune', 'Stato', 'Destinazione', 'Data disponibilità'];
  const cremona = ['Comune di Cremona', 'Cremona'];
  const grid = [
    header,
    ['A-1', ...cremona, 'libero', 'SAP', ''],
    ['A-2', ...cremona, 'libero', 'SAP', ''],
    ['A-1', ...cremona, 'libero', 'SAP', ''], // row 4: duplicate code
    ['A-4', ...cremona, 'da verificare', 'SAP', ''], // row 5: unknown status
    ['A-5', '', 'Cremona', 'libero', 'SAP', ''], // row 6: no owner
    ['A-6', ...cremona, '#N/A', 'SAP', ''], // row 7: error value
    ['A-7', ...cremona, 'turnover', 'SAP', '31/02/2022'], // row 8: invalid date
    ['A-8', ...cremona, 'turnover', 'SAP', ''], // row 9: counted in the stock, not among the available
    ['A-9', ...cremona, 'turnover', 'SAS', ''], // SAS: never available, not listed
    ['', ...cremona, 'libero', 'XYZ', ''], // row 11: unknown service, no code
    ['A-11', ...cremona, 'libero', 'SAP', ''],
  ];
  const planOf = (rows = grid) => {
    const inventory = parseInventory(rows, { sheetName: 'Inventario' });
    return computePlan(inventory.units, defaultParams(2022), inventory.issues);
  };
  const annexRows = (layout: SheetLayout) => {
    const first = rowOf(layout.anchors['allegato.prima']);
    return layout.cells
      .slice(first - 1)
      .filter((cells) => typeof cells[1]?.value === 'number')
      .map((cells) => [cells[0]?.value, cells[1]?.value, cells[2]?.value]);
  };

  test('the plan lists every dwelling left out, by row, with its code and reasons', () => {
    expect(planOf().esclusi).toEqual([
      { row: 4, code: 'A-1', reasons: [{ reason: 'duplicate-code', firstRow: 2 }] },
      { row: 5, code: 'A-4', reasons: [{ reason: 'unknown-status' }] },
      { row: 6, code: 'A-5', reasons: [{ reason: 'missing-owner' }] },
      { row: 7, code: 'A-6', reasons: [{ reason: 'error-value', column: 'Stato' }] },
      { row: 8, code: 'A-7', reasons: [{ reason: 'invalid-date' }] },
      { row: 9, code: 'A-8', reasons: [{ reason: 'no-availability-date' }] },
      { row: 11, reasons: [{ reason: 'unknown-service' }] },
    ]);
  });

  test.each<['it' | 'en', string, string[][]]>([
    [
      'it',
      'Allegato: alloggi dell’inventario non conteggiati',
      [
        ['A-1', '4', 'codice già presente alla riga 2'],
        ['A-4', '5', 'stato dell’alloggio non riconosciuto'],
        ['A-5', '6', 'manca l’ente proprietario'],
        ['A-6', '7', 'valore di errore nella colonna «Stato»'],
        ['A-7', '8', 'data di disponibilità non valida'],
        ['A-8', '9', 'senza data di disponibilità: nel patrimonio, non tra i disponibili'],
        ['senza codice', '11', 'servizio non riconosciuto (né SAP, né SAS, né SAT)'],
      ],
    ],
    [
      'en',
      'Annex: dwellings of the inventory not counted',
      [
        ['A-1', '4', 'code already in row 2'],
        ['A-4', '5', 'dwelling status not recognised'],
        ['A-5', '6', 'owner missing'],
        ['A-6', '7', 'error value in the column "Stato"'],
        ['A-7', '8', 'availability date not valid'],
        ['A-8', '9', 'no availability date: in the stock, not among the available dwellings'],
        ['no code', '11', 'service not recognised (neither SAP, SAS nor SAT)'],
      ],
    ],
  ])('the annex (%s): code, row, reason in a few words', (language, title, expected) => {
    const layout = layoutPlanSheet(planOf(), { language, generatedAt: GENERATED_AT });
    expect(shown(layout, layout.anchors['sezione.allegato'])).toBe(title);
    expect(annexRows(layout).map((cells) => cells.map(String))).toEqual(expected);
    const first = rowOf(layout.anchors['allegato.prima']);
    expect(layout.merges).toContain(`C${first}:L${first}`);
    expect(styleAt(layout, `A${first}`)).toMatchObject({ border: 'thin-all' });
    expect(formatAt(layout, `B${first}`)).toBe('0');
    // The annex is the last part of the act.
    expect(first + expected.length - 1).toBe(layout.rowCount);
  });

  test('the act carries no clerk’s instructions and no raw problem messages', () => {
    for (const language of ['it', 'en'] as const) {
      const plan = planOf();
      const layout = layoutPlanSheet(plan, { language, generatedAt: GENERATED_AT });
      const texts = layout.cells.flat().map((cell) => String(cell?.value ?? ''));
      const all = texts.join('\n');
      expect(all).not.toMatch(/Correggete|Scrivete|Correct the|Write the|#N\/A|31\/02\/2022|da verificare/);
      for (const problem of plan.problemi) {
        expect(texts).not.toContain(problem.message);
        expect(texts).not.toContain(problem.messageEn);
      }
    }
    const notes = (layout: SheetLayout) =>
      layout.cells.slice(rowOf(layout.anchors['sezione.note'])).map((cells) => String(cells[0]?.value));
    expect(notes(layoutPlanSheet(planOf(), { generatedAt: GENERATED_AT }))).toContain(
      '7 alloggi dell’inventario sono esclusi dal conteggio per dati mancanti o errati: sono elencati nell’allegato in fondo.',
    );
  });

  test('without a service or a code column the act says what that means for the count', () => {
    const bare = grid.map((cells) => [cells[1], cells[2], cells[3]]).slice(0, 3);
    const layout = layoutPlanSheet(planOf(bare), { generatedAt: GENERATED_AT });
    const notes = layout.cells.slice(rowOf(layout.anchors['sezione.note'])).map((cells) => cells[0]?.value);
    expect(notes).toEqual(
      expect.arrayContaining([
        'L’inventario non indica il servizio degli alloggi: sono considerati tutti SAP.',
        'L’inventario non riporta i codici degli alloggi: non è stato possibile verificare che nessun alloggio vi compaia due volte.',
      ]),
    );
    // Nothing left out: no annex, and no note pointing to one.
    expect(layout.anchors['sezione.allegato']).toBeUndefined();
    expect(notes.some((note) => String(note).includes('allegato'))).toBe(false);
  });

  test('the sheet of the rows is named once; rows of several files each with their file and sheet', () => {
    const plan = planOf();
    // As the command line and the pane read an inventory: every problem names its sheet.
    const inventory = parseInventory(grid, { sheetName: 'Inventario' });
    const named = inventory.issues.map((issue) => ({ ...issue, sheet: 'Inventario' }));
    const one = layoutPlanSheet(computePlan(inventory.units, defaultParams(2022), named), {
      generatedAt: GENERATED_AT,
    });
    expect(shown(one, `B${rowOf(one.anchors['allegato.prima']) - 1}`)).toBe('Riga (foglio «Inventario»)');
    expect(annexRows(one)[0]).toEqual(['A-1', 4, 'codice già presente alla riga 2']);
    const merged = {
      ...plan,
      esclusi: [
        { row: 12, code: 'X-1', file: 'aler.xlsx', sheet: 'Alloggi', reasons: [{ reason: 'missing-comune' as const }] },
        { row: 3, code: 'Y-1', file: 'comune.xlsx', reasons: [{ reason: 'invalid-date' as const }] },
      ],
    };
    const layout = layoutPlanSheet(merged, { generatedAt: GENERATED_AT });
    expect(shown(layout, `B${rowOf(layout.anchors['allegato.prima']) - 1}`)).toBe('Riga dell’inventario');
    expect(annexRows(layout)).toEqual([
      ['X-1', 12, 'file «aler.xlsx», foglio «Alloggi»: manca il comune'],
      ['Y-1', 3, 'file «comune.xlsx»: data di disponibilità non valida'],
    ]);
  });

  test(`at most ${MAX_ANNEX_ROWS} dwellings listed, the others counted`, () => {
    const plan = planOf();
    const many = {
      ...plan,
      esclusi: Array.from({ length: MAX_ANNEX_ROWS + 3 }, (_, index) => ({
        row: index + 2,
        code: `Z-${index}`,
        reasons: [{ reason: 'unknown-status' as const }],
      })),
    };
    const layout = layoutPlanSheet(many, { generatedAt: GENERATED_AT });
    expect(annexRows(layout)).toHaveLength(MAX_ANNEX_ROWS);
    expect(layout.cells[layout.rowCount - 1][0]?.value).toBe('Altri 3 alloggi non sono elencati.');
  });

  test.each<['it' | 'en', string[]]>([
    ['it', ['Approvazione', 'Organo che approva', 'Data di approvazione', 'Numero dell’atto']],
    ['en', ['Approval', 'Approving body', 'Date of approval', 'Act number']],
  ])('the approval block (%s): body, date and act number, blank lines to fill in', (language, words) => {
    const layout = layoutFor(cremonaUnits(), cremonaParams(), { language });
    const [title, ...labels] = words;
    expect(shown(layout, layout.anchors['sezione.approvazione'])).toBe(title);
    const fields = ['organo', 'data', 'numero'].map((key) => layout.anchors[`approvazione.${key}`]);
    fields.forEach((address, index) => {
      const row = rowOf(address);
      expect(shown(layout, `A${row}`)).toBe(labels[index]);
      expect(address).toBe(`C${row}`);
      expect(cellAt(layout, address)).toBeNull(); // blank, to be filled in
      expect(layout.merges).toContain(`C${row}:H${row}`);
      expect(styleAt(layout, address)).toMatchObject({ border: 'thin-bottom' });
      expect(formatAt(layout, address)).toBe('@'); // a date or number typed there stays as written
      expect(layout.rowHeights[row - 1]).toBeGreaterThanOrEqual(24); // room to write by hand
    });
    // After the notes, before any annex.
    expect(rowOf(layout.anchors['sezione.approvazione'])).toBeGreaterThan(rowOf(layout.anchors['sezione.note']));
  });
});

describe('the printed pages', () => {
  /** An Ambito of 60 owner x comune groups, 70 dwellings left out: tables longer than a page. */
  function largeLayout(language: 'it' | 'en' = 'it'): SheetLayout {
    const { inventory, issues, params } = largeAmbito();
    return layoutFor(inventory, params, { language }, issues);
  }

  /** The rows of each table: header and body, as printed (a repeated header is a header too). */
  function tables(sheet: SheetLayout): { header: number; rows: number[] }[] {
    const found: { header: number; rows: number[] }[] = [];
    for (let row = 1; row <= sheet.rowCount; row += 1) {
      if (
        isTableHeader(sheet, row) &&
        !(
          found.length > 0 &&
          found[found.length - 1].rows.includes(row - 1) &&
          sameHeader(sheet, found[found.length - 1].header, row)
        )
      ) {
        found.push({ header: row, rows: [] });
      } else if (found.length > 0 && (isTableBody(sheet, row) || isTableHeader(sheet, row))) {
        const table = found[found.length - 1];
        if (table.rows.length === 0 ? table.header === row - 1 : table.rows[table.rows.length - 1] >= row - 2)
          table.rows.push(row);
      }
    }
    return found;
  }
  const sameHeader = (sheet: SheetLayout, a: number, b: number): boolean =>
    JSON.stringify(rowTexts(sheet, a)) === JSON.stringify(rowTexts(sheet, b));

  test.each<[string, () => SheetLayout]>([
    ['Cremona 2022', () => layoutFor(cremonaUnits(), cremonaParams())],
    ['a large Ambito in 2027', () => largeLayout()],
    ['a large Ambito in 2027, in English', () => largeLayout('en')],
  ])('%s: no page starts in a table without its header, and none holds more than it can', (_, make) => {
    const sheet = make();
    for (const page of printedPages(sheet)) {
      expect({ page: page.first, body: isTableBody(sheet, page.first) }).toEqual({ page: page.first, body: false });
      expect(page.height).toBeLessThanOrEqual(capacityOf(sheet));
      // A section's title never ends a page.
      const lastText = String(sheet.cells[page.last - 1][0]?.value ?? '');
      const sections = Object.entries(sheet.anchors).filter(([name]) => name.startsWith('sezione.'));
      expect(sections.some(([, address]) => rowOf(address) === page.last && lastText !== '')).toBe(false);
    }
  });

  test('a long table continues on the next page under its header printed again; its formulas still add up', () => {
    const sheet = largeLayout();
    const pages = printedPages(sheet);
    expect(pages.length).toBeGreaterThan(4);
    const repeated = pages.filter((page) => isTableHeader(sheet, page.first));
    expect(repeated.length).toBeGreaterThanOrEqual(4);
    for (const page of repeated) {
      const original = [...Array(page.first - 1).keys()]
        .map((index) => index + 1)
        .filter((row) => sameHeader(sheet, row, page.first));
      expect(original.length).toBeGreaterThan(0);
      expect(sheet.rowHeights[page.first - 1]).toBe(sheet.rowHeights[original[0] - 1]);
    }
    // The split's header is printed again, and its totals still sum every group (text is skipped).
    const splitHeader = rowOf(sheet.anchors['sezione.ripartizione']) + 1;
    expect(repeated.some((page) => sameHeader(sheet, page.first, splitHeader))).toBe(true);
    expect(cellAt(sheet, sheet.anchors['totale.disponibili'])?.result).toBe(
      Array.from({ length: LARGE_AMBITO_GROUPS }, (_, group) => largeGroupSize(group)).reduce(
        (sum, size) => sum + size,
        0,
      ),
    );
    expect(mismatches(loadSheet(sheet), sheet)).toEqual([]);
    // The annex of 70 dwellings too.
    const annexHeader = rowOf(sheet.anchors['allegato.prima']) - 1;
    expect(repeated.some((page) => sameHeader(sheet, page.first, annexHeader))).toBe(true);
  });

  test('a table that fits on a page is never split', () => {
    for (const sheet of [layoutFor(cremonaUnits(), cremonaParams()), largeLayout()]) {
      const starts = printedPages(sheet).map((page) => page.first);
      const pageOf = (row: number): number => starts.filter((start) => start <= row).length;
      for (const table of tables(sheet)) {
        const rows = [table.header, ...table.rows];
        const height = rows.reduce((sum, row) => sum + (sheet.rowHeights[row - 1] ?? 15), 0);
        if (height > capacityOf(sheet) * 0.8) continue;
        expect({ table: table.header, pages: new Set(rows.map(pageOf)).size }).toEqual({
          table: table.header,
          pages: 1,
        });
      }
    }
  });
});

describe('helpers', () => {
  test.each<[number[], string]>([
    [[0.2, 0.3], '0%'],
    [[0.25], '0%'],
    [[0.2 + 0.1], '0%'],
    [[0.125], '0.0%'],
    [[0.2, 0.1225], '0.00%'],
  ])('percentFormat(%p) = %p', (shares, format) => {
    expect(percentFormat(shares)).toBe(format);
  });

  test.each<[string, number, number]>([
    ['', 10, 1],
    ['Totale', 10, 1],
    ['Quota Forze di Polizia', 13, 2],
    ['Soggetti beneficiari di progetti di protezione sociale', 20, 3],
    ['una riga\nseconda riga', 50, 2],
  ])('wrappedLines(%p, %p) = %p', (value, width, lines) => {
    expect(wrappedLines(value, width)).toBe(lines);
  });
});

describe('the rest of the plan: calendar, measures (lett. f), previous year (lett. g), three years (art. 5)', () => {
  const on = (year: number, month = 6) => ({ year, month, day: 1 });
  const inventory = (): Unit[] => [
    ...cremonaUnits().map((dwelling, index) =>
      dwelling.status === 'occupato' && index % 2 === 0 ? { ...dwelling, assignedOn: on(2026, 3) } : dwelling,
    ),
    ...units(2, { owner: COMUNE_CREMONA, comune: 'Cremona', status: 'turnover', availableFrom: on(2028) }),
    ...units(1, { owner: ALER, comune: 'Castelverde', status: 'nuova-costruzione', availableFrom: on(2029) }),
  ];
  const params: PlanParams = {
    ...defaultParams(2027),
    misure: [
      { testo: 'Fondo per la morosità incolpevole', importo: 25_000 },
      { testo: 'Sportello casa comunale', importo: 12_500.5 },
      { testo: 'Accompagnamento sociale degli assegnatari' },
    ],
    enti: { [COMUNE_CASTELVERDE]: { assegnatiAnnoPrecedente: 1 } },
  };
  const section = (layout: SheetLayout, name: string): unknown[][] =>
    layout.cells
      .slice(rowOf(layout.anchors[`sezione.${name}`]) - 1)
      .map((row) => row.map((cell) => cell?.formula ?? cell?.value));

  test('the calendar: both deadlines with their articles; before the first one, no warning', () => {
    const layout = layoutFor(inventory(), params, { generatedAt: new Date(2026, 9, 20) });
    expect(
      section(layout, 'calendario')
        .slice(0, 4)
        .map((row) => row[0]),
    ).toEqual([
      'Calendario del piano',
      'Comunicazione al Comune capofila, da parte di ogni ente proprietario, degli alloggi disponibili nel triennio: entro il 31/10/2026 (R.R. 4/2017 art. 5 c. 1).',
      'Approvazione del piano da parte dell’Assemblea dei sindaci: entro il 31/12/2026 (R.R. 4/2017 art. 4).',
      undefined,
    ]);
    expect(layout.anchors['calendario.avviso.0']).toBeUndefined();
  });

  test('the calendar: generated after the approval deadline, one neutral sentence, in italics', () => {
    const layout = layoutFor(inventory(), params, { generatedAt: new Date(2027, 0, 12) });
    const address = layout.anchors['calendario.avviso.0'];
    expect(shown(layout, address)).toBe(
      'Il piano 2027 è preparato il 12/01/2027, dopo il termine del 31/12/2026 per l’approvazione dell’Assemblea dei sindaci. Capita spesso: è un’indicazione, non un impedimento; gli avvisi seguono l’approvazione.',
    );
    expect(styleAt(layout, address).italic).toBe(true);
    const english = layoutFor(inventory(), params, { generatedAt: new Date(2027, 0, 12), language: 'en' });
    expect(shown(english, english.anchors['calendario.avviso.0'])).toMatch(/^The 2027 plan is prepared on 12 Jan 2027/);
  });

  test('measures: one row each, the amounts in euro and their total as a SUM', () => {
    const layout = layoutFor(inventory(), params);
    const rows = section(layout, 'misure');
    expect(rows[0][0]).toBe('Misure per l’accesso e il mantenimento dell’abitazione (R.R. 4/2017 art. 4 c. 3 lett. f)');
    expect([rows[1][0], rows[1][layout.columnCount - 1]]).toEqual(['Misura', 'Importo (euro)']);
    expect(rows.slice(2, 5).map((row) => [row[0], row[layout.columnCount - 1]])).toEqual([
      ['Fondo per la morosità incolpevole', 25_000],
      ['Sportello casa comunale', 12_500.5],
      ['Accompagnamento sociale degli assegnatari', undefined],
    ]);
    expect(cellAt(layout, layout.anchors['totale.misure'])?.result).toBe(37_500.5);
    expect(formatAt(layout, layout.anchors['totale.misure'])).toBe('#,##0.00 "€"');
    expect(layout.merges).toContain(
      `A${rowOf(layout.anchors['misura.0'])}:${columnLetter(layout.columnCount - 2)}${rowOf(layout.anchors['misura.0'])}`,
    );
    expect(mismatches(loadSheet(layout), layout)).toEqual([]);
    const none = layoutFor(inventory(), { ...params, misure: [] });
    expect(section(none, 'misure')[1][0]).toBe('Nessuna misura indicata.');
  });

  test('previous year: from the assignment dates per group, as declared by an owner, n.d. where unknown', () => {
    const plan = computePlan(inventory(), params, [], { assignmentDates: true });
    const layout = layoutPlanSheet(plan, { generatedAt: GENERATED_AT });
    const rows = section(layout, 'assegnati');
    expect(rows[0][0]).toBe('Alloggi assegnati nel 2026 (R.R. 4/2017 art. 4 c. 3 lett. g)');
    expect(rows[1].slice(0, 4)).toEqual(['Ente proprietario', 'Comune', 'Alloggi assegnati', 'Fonte']);
    const table = rows.slice(2, 2 + plan.gruppi.length).map((row) => row.slice(0, 4));
    expect(table).toEqual([
      [COMUNE_CREMONA, 'Cremona', plan.gruppi[1].assegnatiAnnoPrecedente, 'date di assegnazione dell’inventario'],
      [ALER, 'Castelverde', plan.gruppi[2].assegnatiAnnoPrecedente, 'date di assegnazione dell’inventario'],
      [ALER, 'Cremona', plan.gruppi[3].assegnatiAnnoPrecedente, 'date di assegnazione dell’inventario'],
      [COMUNE_CASTELVERDE, 'Castelverde', 1, 'dichiarato dall’ente'],
    ]);
    expect(plan.gruppi[1].assegnatiAnnoPrecedente).toBeGreaterThan(0);
    expect(cellAt(layout, layout.anchors['totale.assegnati'])?.result).toBe(plan.totali.assegnatiAnnoPrecedente);
    expect(mismatches(loadSheet(layout), layout)).toEqual([]);

    const unknown = layoutFor(cremonaUnits(), defaultParams(2027));
    const unknownRows = section(unknown, 'assegnati');
    expect(unknownRows[2].slice(2, 4)).toEqual(['n.d.', 'non indicato']);
    expect(shown(unknown, unknown.anchors['totale.assegnati'])).toBe('n.d.');
  });

  test('three years: the plan year from the availability section, the next two by date, with totals', () => {
    const plan = computePlan(inventory(), params);
    const layout = layoutPlanSheet(plan, { generatedAt: GENERATED_AT });
    const rows = section(layout, 'triennio');
    expect(rows[0][0]).toBe('Alloggi disponibili nel triennio 2027-2029 (R.R. 4/2017 art. 5 c. 1)');
    expect(rows[1].slice(0, 6)).toEqual(['Ente proprietario', 'Comune', '2027', '2028', '2029', 'Totale triennio']);
    const cremona = rowOf(layout.anchors['triennio.gruppo.1']);
    const available = rowOf(layout.anchors['sezione.disponibili']) + 3;
    expect(cellAt(layout, `C${cremona}`)).toEqual({ formula: `=H${available}`, result: plan.gruppi[1].disponibili });
    expect(cellAt(layout, `D${cremona}`)).toEqual({ value: 2 });
    expect(cellAt(layout, `F${cremona}`)).toEqual({
      formula: `=SUM(C${cremona}:E${cremona})`,
      result: plan.gruppi[1].disponibili + 2,
    });
    expect(cellAt(layout, layout.anchors['totale.triennio.2029'])?.result).toBe(1);
    expect(mismatches(loadSheet(layout), layout)).toEqual([]);
  });

  test('the sections follow art. 4 c. 3 (a, b, split, f, g), then art. 5 and the notes', () => {
    const layout = layoutFor(inventory(), params);
    const order = [
      'parametri',
      'calendario',
      'patrimonio',
      'disponibili',
      'ripartizione',
      'misure',
      'assegnati',
      'triennio',
      'note',
    ];
    const rows = order.map((name) => rowOf(layout.anchors[`sezione.${name}`]));
    expect([...rows].sort((a, b) => a - b)).toEqual(rows);
  });
});
