/**
 * layoutPlanSheet: the plan sheet as a SheetLayout (cells, native formulas, styles by range,
 * merges, widths, print setup), pure, the same for the Office.js and the ExcelJS writer.
 *
 * The sheet is a list of sections (sections/*.ts), each appending its rows to one SheetBuilder
 * (builder.ts); the quotas are live formulas (formulas.ts) pointing at the parameter cells, so
 * that editing a parameter in the sheet recalculates the plan, each carrying the engine's result
 * as its cached value. Adding a part of the plan is adding a section module to SECTIONS.
 */
import { paramDefinitions } from '../plan/params';
import type { Plan } from '../plan/plan';
import { rangeAddress } from '../address';
import { SheetBuilder } from './builder';
import {
  PAGE_COUNT,
  PAGE_NUMBER,
  PLAN_MARGINS,
  headerFooterText,
  pageCapacity,
  paginate,
  printScale,
  type PagePlan,
} from './pages';
import { sheetStrings } from './strings';
import type { SheetLayout } from './types';
import { addAnnex } from './sections/annex';
import { addApproval } from './sections/approval';
import { addAvailable } from './sections/available';
import { addCalendar } from './sections/calendar';
import { addMeasures } from './sections/measures';
import { addPreviousYear } from './sections/previous-year';
import { addThreeYears } from './sections/three-years';
import { addCategory } from './sections/category';
import type { LayoutOptions, Section, SectionContext } from './sections/context';
import { addNotes } from './sections/notes';
import { addParameters } from './sections/parameters';
import { addReserve } from './sections/reserve';
import { addSplit, splitColumns } from './sections/split';
import { addStock } from './sections/stock';
import { TITLE_ROWS, addTitle, ambitoName } from './sections/title';

export type { LayoutOptions, SheetParameter } from './sections/context';
export { SHEET_PARAMETERS } from './sections/context';
export { MAX_ANNEX_ROWS } from './sections/annex';
export { TITLE_ROWS } from './sections/title';
export { percentFormat, wrappedLines } from './builder';

function columnWidthsFor(columnCount: number): number[] {
  // A: owner names ("ALER Brescia-Cremona-Mantova"); B: comune; C: also holds the parameter
  // values (the reading's words wrap on three lines).
  return Array.from({ length: columnCount }, (_, column) => [36, 20, 18][column] ?? 13);
}

const ORIENTATION = 'landscape';

/**
 * The plan sheet for `plan`: pure, the same layout for the Office.js and the ExcelJS writer.
 * Printed on A4 landscape at a zoom that fits its columns, the plan's title in the header of
 * every page and its number in the footer; the pages break between sections, a small table
 * never runs across two pages, and a long one repeats its header on the next page. The sheet is
 * built once to see where the pages break, and again with the breaks when a header is repeated.
 */
export function layoutPlanSheet(plan: Plan, options: LayoutOptions = {}): SheetLayout {
  const language = options.language ?? 'it';
  const strings = sheetStrings(language);
  const split = splitColumns(plan);
  const columnCount = split.count;
  const columnWidths = columnWidthsFor(columnCount);
  const scale = printScale(columnWidths, ORIENTATION, PLAN_MARGINS);
  const build = (pages?: PagePlan): SheetBuilder => buildSheet(plan, options, split, columnWidths, pages);
  const draft = build();
  const pages = paginate(draft.rowInfo(), pageCapacity(scale, ORIENTATION, PLAN_MARGINS));
  // Breaks alone leave the rows as they are; a repeated header shifts the rows below it.
  const sheet = pages.repeats.length === 0 ? draft : build(pages);
  const pageBreaks = pages.repeats.length === 0 ? pages.breaks : sheet.pageBreaks;

  const rowCount = sheet.rows.length;
  const title = [strings.title.title({ year: plan.anno }), ambitoName(strings, plan.parametri.ambito ?? '')]
    .filter(Boolean)
    .join(' - ');
  return {
    name: options.sheetName ?? strings.title.sheetName({ year: plan.anno }),
    cells: sheet.rows,
    rowCount,
    columnCount,
    numberFormats: sheet.numberFormats,
    styles: sheet.styles,
    merges: sheet.merges,
    columnWidths: sheet.columnWidths,
    rowHeights: sheet.rowHeights,
    freeze: { rows: TITLE_ROWS, columns: 0 },
    print: {
      orientation: ORIENTATION,
      paperSize: 'A4',
      fitToPagesWide: 1,
      scale,
      margins: PLAN_MARGINS,
      printArea: rangeAddress(1, 0, rowCount, columnCount - 1),
      pageBreaks,
      header: { center: headerFooterText(title) },
      footer: { center: headerFooterText(strings.title.pageNumber({ page: PAGE_NUMBER, pages: PAGE_COUNT })) },
    },
    anchors: sheet.anchors,
    validations: sheet.validations,
  };
}

function buildSheet(
  plan: Plan,
  options: LayoutOptions,
  split: ReturnType<typeof splitColumns>,
  columnWidths: number[],
  pages: PagePlan | undefined,
): SheetBuilder {
  const language = options.language ?? 'it';
  const strings = sheetStrings(language);
  const sheet = new SheetBuilder(split.count, columnWidths, strings.cells.total, pages);
  const context: SectionContext = {
    plan,
    strings,
    language,
    sheet,
    definitions: paramDefinitions(plan.anno),
    options,
    refs: { parameters: {}, groupAvailable: [] },
  };
  // In the order of R.R. 4/2017 art. 4 c. 3 (a, b, c-e, f, g), then art. 5 c. 1 and the notes.
  const sections: Section[] = [
    addTitle,
    addParameters,
    addCalendar,
    addStock,
    addAvailable,
    (current) => addSplit(current, split),
    addReserve,
    addCategory,
    addMeasures,
    addPreviousYear,
    addThreeYears,
    addNotes,
    addApproval,
    addAnnex,
  ];
  for (const section of sections) section(context);
  return sheet;
}
