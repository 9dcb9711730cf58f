/**
 * From an inventory grid to the plan sheet's layout: the one path the task pane, the ribbon
 * command and the command line share. Pure.
 */
import { inventoryFingerprint } from './fingerprint';
import { parseInventory } from './inventory';
import { computePlan, type Plan } from './plan/plan';
import type { PlanParams } from './plan/params';
import { layoutPlanSheet } from './sheet';
import type { SheetLayout } from './sheet/types';
import type { ColumnMapping, Grid, InventoryResult } from './types';

export interface GridSource {
  grid: Grid;
  /** Excel row number of the header row. */
  headerRow: number;
  /** 0-based column of the grid's first column (0 = A). */
  firstColumn?: number;
  sheetName?: string;
}

export interface PlanOutcome {
  inventory: InventoryResult;
  /** Undefined when the inventory could not be read at all (`inventory.fatal`). */
  plan?: Plan;
  fingerprint?: string;
}

/** Parses the inventory and computes the plan. Throws PlanParamsError for out-of-bounds parameters. */
export function planFromGrid(source: GridSource, params: PlanParams, mapping?: ColumnMapping): PlanOutcome {
  const inventory = parseInventory(source.grid, {
    headerRow: source.headerRow,
    firstColumn: source.firstColumn,
    sheetName: source.sheetName,
    mapping,
  });
  if (inventory.fatal) return { inventory };
  const plan = computePlan(inventory.units, params, inventory.issues, {
    assignmentDates: inventory.columns.assignedOn !== undefined,
  });
  return { inventory, plan, fingerprint: inventoryFingerprint(inventory.units) };
}

/** The plan sheet for a computed plan, dated `generatedAt`. */
export function planSheetLayout(
  outcome: Required<Pick<PlanOutcome, 'plan' | 'fingerprint'>>,
  options: { language?: 'it' | 'en'; generatedAt?: Date } = {},
): SheetLayout {
  return layoutPlanSheet(outcome.plan, { ...options, fingerprint: outcome.fingerprint });
}
