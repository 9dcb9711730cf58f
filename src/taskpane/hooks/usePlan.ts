/**
 * The plan the pane previews and writes: the inventory already read is parsed once (per read and
 * column mapping) into per-group counts, its problems and fingerprint, with the same path the
 * ribbon, the functions and the command line use; every change of a parameter then plans from
 * those counts, without parsing again. Pure derivation: no call to Excel.
 */
import { useMemo } from 'react';
import type { InventoryRead } from '../../excel/types';
import type { PlanParams } from '../../core/plan/params';
import {
  planFromGrid,
  planFromSummary,
  summarizeGrid,
  type InventorySummary,
  type PlanOutcome,
} from '../../core/pipeline';
import type { ColumnMapping } from '../../core/types';
import { type InventoryState, sameRead } from './useInventory';

export interface PlanState {
  /** The parsed inventory, whenever one has been read. */
  inventory?: InventorySummary;
  /** The outcome with its plan, when the inventory is usable and the parameters are valid. */
  outcome?: Required<Pick<PlanOutcome, 'plan' | 'fingerprint'>> & PlanOutcome;
}

export type CurrentPlan =
  | { kind: 'same'; outcome: Required<Pick<PlanOutcome, 'plan' | 'fingerprint'>> & PlanOutcome }
  | { kind: 'changed' }
  | { kind: 'unusable' };

/**
 * The plan from the inventory as the workbook holds it now: read again (useInventory's reread),
 * compared with the read the preview shows. When a cell changed, nothing is written: the preview
 * updates and the user looks at it before pressing again; the pane never writes a plan it did
 * not show, and never one the ribbon would compute differently from the same workbook.
 */
export async function planFromCurrentInventory(
  inventory: Pick<InventoryState, 'reread' | 'mapping'>,
  params: PlanParams,
): Promise<CurrentPlan> {
  const reads = await inventory.reread();
  if (!reads) return { kind: 'unusable' };
  if (!sameRead(reads.previous, reads.fresh)) return { kind: 'changed' };
  const outcome = planFromGrid(reads.fresh, params, inventory.mapping);
  if (!outcome.plan || outcome.fingerprint === undefined) return { kind: 'unusable' };
  return { kind: 'same', outcome: { ...outcome, plan: outcome.plan, fingerprint: outcome.fingerprint } };
}

export function usePlan(
  read: InventoryRead | undefined,
  mapping: ColumnMapping,
  params: PlanParams | undefined,
): PlanState {
  const inventory = useMemo(
    () =>
      read &&
      summarizeGrid(
        { grid: read.grid, headerRow: read.headerRow, firstColumn: read.firstColumn, sheetName: read.sheetName },
        mapping,
      ),
    [read, mapping],
  );
  return useMemo(() => {
    if (!inventory) return {};
    // Invalid parameters: the inventory's columns and problems can still be shown.
    if (!params) return { inventory };
    const outcome = planFromSummary(inventory, params);
    if (!outcome.plan || outcome.fingerprint === undefined) return { inventory };
    return { inventory, outcome: { ...outcome, plan: outcome.plan, fingerprint: outcome.fingerprint } };
  }, [inventory, params]);
}
