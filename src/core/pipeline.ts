/**
 * From an inventory to the plan sheet's layout: the one path the task pane, the ribbon command,
 * the custom functions and the command line share. Rows flow from the reader through the parser
 * into per-group counts (plan/tally.ts) and the fingerprint; no grid and no dwelling is kept, so
 * an inventory of a million rows is planned in the memory of a few thousand. Pure.
 */
import { createFingerprintBuilder } from './fingerprint';
import { createRowParser, type ParsedRows, type RowParserOptions } from './inventory/parse';
import { computePlanFromTally, type Plan } from './plan/plan';
import type { PlanParams } from './plan/params';
import { spellingProblems } from './plan/spellings';
import { createTally, type InventoryTally } from './plan/tally';
import { layoutPlanSheet } from './sheet';
import type { SheetLayout } from './sheet/types';
import type { ColumnMapping, Grid } from './types';
import { compareItalian } from './collation';

export interface GridSource {
  grid: Grid;
  /** Excel row number of the header row. */
  headerRow: number;
  /** 0-based column of the grid's first column (0 = A). */
  firstColumn?: number;
  sheetName?: string;
}

/** An inventory read: its problems and columns, its dwellings counted per group, its fingerprint. */
export interface InventorySummary extends ParsedRows {
  tally: InventoryTally;
  /** The owners' names as written, sorted (the pane offers per-owner parameters for them). */
  owners: string[];
  /** Undefined when the inventory could not be read at all (`fatal`). */
  fingerprint?: string;
}

export interface PlanOutcome {
  inventory: InventorySummary;
  /** Undefined when the inventory could not be read at all (`inventory.fatal`). */
  plan?: Plan;
  fingerprint?: string;
}

/** Reads an inventory row by row (header row first): the streaming readers feed it. */
export interface InventoryReader {
  row(cells: readonly unknown[] | undefined): void;
  finish(): InventorySummary;
}

export function createInventoryReader(options: RowParserOptions = {}): InventoryReader {
  const tally = createTally();
  const fingerprint = createFingerprintBuilder();
  const parser = createRowParser(options, (unit) => {
    tally.add(unit);
    fingerprint.add(unit);
  });
  return {
    row: (cells) => parser.row(cells),
    finish() {
      const parsed = parser.finish();
      const counted = tally.result();
      const owners = [...counted.owners].sort(compareItalian);
      if (parsed.fatal) return { ...parsed, tally: counted, owners };
      // Once on the distinct groups, not per row: two spellings of one owner or comune split a group.
      const issues = [...parsed.issues, ...spellingProblems(counted.groups, { sheet: options.sheetName })];
      return { ...parsed, issues, tally: counted, owners, fingerprint: fingerprint.digest() };
    },
  };
}

/** The summary of an inventory grid already in memory. */
export function summarizeGrid(source: GridSource, mapping?: ColumnMapping): InventorySummary {
  const rows = Array.isArray(source.grid) ? source.grid : [];
  let width = 0;
  for (const row of rows) if (Array.isArray(row) && row.length > width) width = row.length;
  const reader = createInventoryReader({
    headerRow: source.headerRow,
    firstColumn: source.firstColumn,
    sheetName: source.sheetName,
    mapping,
    width,
  });
  if (rows.length === 0) reader.row([]);
  for (const row of rows) reader.row(row);
  return reader.finish();
}

/** The plan of an inventory read. Throws PlanParamsError for out-of-bounds parameters. */
export function planFromSummary(inventory: InventorySummary, params: PlanParams): PlanOutcome {
  if (inventory.fatal || inventory.fingerprint === undefined) return { inventory };
  const plan = computePlanFromTally(inventory.tally, params, inventory.issues, {
    assignmentDates: inventory.columns.assignedOn !== undefined,
  });
  return { inventory, plan, fingerprint: inventory.fingerprint };
}

/** Parses the inventory and computes the plan. Throws PlanParamsError for out-of-bounds parameters. */
export function planFromGrid(source: GridSource, params: PlanParams, mapping?: ColumnMapping): PlanOutcome {
  return planFromSummary(summarizeGrid(source, mapping), params);
}

/** The plan sheet for a computed plan, dated `generatedAt`. */
export function planSheetLayout(
  outcome: Required<Pick<PlanOutcome, 'plan' | 'fingerprint'>>,
  options: { language?: 'it' | 'en'; generatedAt?: Date } = {},
): SheetLayout {
  return layoutPlanSheet(outcome.plan, { ...options, fingerprint: outcome.fingerprint });
}
