/** The plan sheet: its layout (pure), its words, sheet names and A1 addresses. */
export { layoutPlanSheet, percentFormat, wrappedLines, MAX_ANNEX_ROWS, SHEET_PARAMETERS, TITLE_ROWS } from './layout';
export type { LayoutOptions, SheetParameter } from './layout';
export { sheetStrings } from './strings';
export type { SheetLanguage, SheetStrings } from './strings';
export { MAX_SHEET_NAME_LENGTH, sanitizeSheetName, uniqueSheetName } from './names';
export { absoluteAddress, cellAddress, columnIndex, columnLetter, parseRange, rangeAddress } from '../address';
export type { RangeBounds } from '../address';
export { EXCEL_CELL_TEXT_LIMIT, TEXT_FORMAT, cellNumberFormats, cellText, isTextCell } from './text';
export type * from './types';
