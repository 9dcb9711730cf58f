/**
 * What a sheet of a communication is, and a communication's sheets parsed into the source the
 * merge folds in. Shared by the command line (files) and the task pane (sheets of the workbook,
 * imported files). Pure.
 */
import { isOwnersSheetName, parseOwnersList } from '../communication/owners';
import { isScelteSheetName, looksLikeScelte, parseScelte, scelteYear } from '../communication/scelte';
import { REQUIRED_FIELDS, cellValue, isEmptyValue, matchHeaders, parseInventory } from '../inventory';
import type { ColumnMapping, Grid } from '../types';
import type { CommunicationSource } from './merge';

/** A sheet (or a table, a range) as read: its grid from its header row, and where that row is. */
export interface SheetGrid {
  grid: Grid;
  /** Excel row number of the grid's first row. */
  headerRow: number;
  /** 0-based column of the grid's first column (default 0 = A). */
  firstColumn?: number;
  sheetName?: string;
  /** Columns mapped by hand (the pane's column mapping), for an inventory. */
  mapping?: ColumnMapping;
}

export type SheetKind = 'inventory' | 'scelte' | 'enti';

/** True when the grid's header row names the columns an inventory needs (owner, comune, status). */
export function isInventoryGrid(grid: Grid): boolean {
  const match = matchHeaders(grid[0] ?? []);
  return REQUIRED_FIELDS.every((field) => match.columns[field] !== undefined);
}

/** What a sheet is: "Scelte dell'ente", "Enti dell'Ambito", an inventory, or none of them. */
export function sheetKind(sheet: SheetGrid): SheetKind | undefined {
  if (isScelteSheetName(sheet.sheetName)) return 'scelte';
  if (isOwnersSheetName(sheet.sheetName)) return 'enti';
  if (isInventoryGrid(sheet.grid)) return 'inventory';
  if (looksLikeScelte(sheet.grid)) return 'scelte';
  return undefined;
}

/** A communication's sheets sorted by what they are, not yet parsed. */
export interface CommunicationSheets {
  /** File name (command line, imported file); undefined for sheets of the workbook itself. */
  file?: string;
  inventories: SheetGrid[];
  scelte: SheetGrid[];
  owners: SheetGrid[];
}

/** Sorts sheets by what they are; sheets that are none of the three are left out. */
export function sortSheets(sheets: readonly SheetGrid[], file?: string): CommunicationSheets {
  const sorted: CommunicationSheets = { file, inventories: [], scelte: [], owners: [] };
  for (const sheet of sheets) {
    const kind = sheetKind(sheet);
    if (kind === 'scelte') sorted.scelte.push(sheet);
    else if (kind === 'enti') sorted.owners.push(sheet);
    else if (kind === 'inventory') sorted.inventories.push(sheet);
  }
  return sorted;
}

/** The plan year the communication's "Scelte dell'ente" say they are for, when they say one. */
export function statedYear(sheets: CommunicationSheets): number | undefined {
  for (const sheet of sheets.scelte) {
    const year = scelteYear(sheet.grid);
    if (year !== undefined) return year;
  }
  return undefined;
}

/** Headers and nothing under them: the empty table of an owner with no dwelling to communicate. */
function hasNoDwellings(grid: Grid): boolean {
  return grid.slice(1).every((row) => row.every((cell) => isEmptyValue(cellValue(cell))));
}

/**
 * The communication parsed for the plan year `anno`. A communication with a "Scelte dell'ente"
 * sheet and an empty dwellings table is an owner with nothing to communicate, not a problem.
 * `nameFile`: the file is named in every message (several files merged).
 */
export function parseCommunication(sheets: CommunicationSheets, anno: number, nameFile: boolean): CommunicationSource {
  const label = nameFile ? sheets.file : undefined;
  const source: CommunicationSource = { file: sheets.file, inventories: [], scelte: [], problems: [] };
  const place = (sheet: SheetGrid) => ({
    file: label,
    sheetName: sheet.sheetName,
    firstRow: sheet.headerRow,
    firstColumn: sheet.firstColumn,
  });
  for (const sheet of sheets.scelte) source.scelte.push(parseScelte(sheet.grid, { anno, ...place(sheet) }));
  for (const sheet of sheets.owners) source.entiAmbito = parseOwnersList(sheet.grid, place(sheet));
  const communication = sheets.scelte.length > 0;
  for (const sheet of sheets.inventories) {
    const inventory = parseInventory(sheet.grid, {
      headerRow: sheet.headerRow,
      firstColumn: sheet.firstColumn,
      sheetName: sheet.sheetName,
      mapping: sheet.mapping,
    });
    if (inventory.fatal && communication && hasNoDwellings(sheet.grid)) continue;
    source.inventories.push({
      sheet: sheet.sheetName,
      units: inventory.units,
      issues: inventory.issues,
      fatal: inventory.fatal,
      assignmentDates: inventory.columns.assignedOn !== undefined,
    });
  }
  return source;
}
