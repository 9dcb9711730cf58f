/**
 * The capofila's side of the pane (issue #11): the owners' communications imported into the
 * workbook, the sources chosen for the plan (the inventory read, imported communications, sheets
 * of the workbook), their merge into one plan, the owners who have not answered, the preparation
 * of communications, and scenarios compared. The merge and the scenarios are the core's
 * (src/core/merge, src/core/scenarios); Excel is reached only through the adapter.
 */
import { useCallback, useMemo, useState } from 'react';
import { sentence, sentenceText } from '../../core/messages';
import { layoutCommunication } from '../../core/communication/layout';
import { parseOwnersText } from '../../core/communication/owners';
import { Merge, type MergeResult } from '../../core/merge/merge';
import { layoutOwnersSheet } from '../../core/merge/layout';
import { mergedParams, planWithParams, type MergedPlan } from '../../core/merge/plan';
import { parseCommunication, sheetKind, sortSheets, type SheetGrid } from '../../core/merge/sources';
import { ownerKey, PlanParamsError, type PlanParams } from '../../core/plan/params';
import type { PlanNote } from '../../core/plan/plan';
import { layoutComparisonSheet } from '../../core/scenarios/layout';
import {
  SCENARIO_MESSAGES,
  ScenarioError,
  compareScenarios,
  parseScenario,
  scenarioParams,
  MAX_SCENARIOS,
  type ScenarioComparison,
} from '../../core/scenarios/scenarios';
import type { SheetLayout } from '../../core/sheet/types';
import type { ColumnMapping, InventoryIssue } from '../../core/types';
import type { ImportedFile } from '../../excel/communications';
import type { ExcelAdapter, InventoryRead } from '../../excel/types';
import { fileBase64, renderWorkbook, type WorkbookBytes } from '../workbookFile';
import { sameRead } from './useInventory';

/** A source the plan can be made from. */
export interface AmbitoSource {
  key: string;
  kind: 'inventory' | 'communication' | 'sheet';
  /** What the user recognises it by: the inventory's table, a file name, a sheet name. */
  label: string;
  /** Sheets read for it (an imported file's sheets, by the names they got). */
  sheets: string[];
  file?: string;
}

export type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done' } | { kind: 'failed'; error: unknown };

/** The plan's own column among the scenarios compared. */
export const PLAN_SCENARIO = 'Piano';
/** Scenarios besides the plan. */
export const MAX_DRAFTS = MAX_SCENARIOS - 1;

export interface ScenarioDraft {
  nome: string;
  /** "maggiorazione=20%, Comune di Cremona:satRichiesti=8" */
  valori: string;
}

export interface PreparedCommunication {
  ente: string;
  file: WorkbookBytes;
  /** True when Excel opened it as a new workbook; false when it must be downloaded. */
  opened: boolean;
  alloggi: number;
}

export interface AmbitoOptions {
  /**
   * The inventory read in the first step: the grid, the columns mapped by hand, the columns as
   * parsed (an owner's rows for its communication), and the name the user knows it by.
   */
  inventory?: { read: InventoryRead; mapping: ColumnMapping; columns: ColumnMapping; label: string };
  /** The owners of the inventory read, offered when preparing a communication. */
  inventoryOwners?: readonly string[];
  params?: PlanParams;
  language: 'it' | 'en';
  now: () => Date;
  /** Communications imported before and the owners' list typed before (saved in the workbook). */
  saved?: { imported?: ImportedFile[]; entiText?: string };
  /**
   * Reads the inventory of the first step again (useInventory's reread): "Crea piano" folds the
   * workbook as it is now, not as it was at "Unisci".
   */
  rereadInventory?: () => Promise<{ previous: InventoryRead; fresh: InventoryRead } | undefined>;
}

/**
 * What "Crea piano" finds when it reads the sources of the plan again: the same data as the
 * preview, or data that changed (the merge and the preview are refreshed: nothing is written).
 */
export type SourcesCheck = { kind: 'same' } | { kind: 'changed'; of: 'communications' | 'inventory' };

export interface AmbitoState {
  sources: AmbitoSource[];
  selected: ReadonlySet<string>;
  toggleSource: (key: string) => void;
  /** Looks for "Scelte dell'ente" and "Enti dell'Ambito" sheets in the workbook. */
  findSheets: () => Promise<void>;
  canImport: boolean;
  importStatus: Status;
  /** Files imported by the last import. */
  lastImported: ImportedFile[];
  /** Every communication imported (saved in the workbook with the parameters). */
  imported: ImportedFile[];
  importFiles: (files: readonly File[]) => Promise<void>;
  entiText: string;
  setEntiText: (text: string) => void;
  mergeStatus: Status;
  /** Merges the sources chosen; the merge, or undefined when it failed. */
  merge: () => Promise<MergeResult | undefined>;
  /** The merge the user asked for (undefined until "Unisci"). */
  result?: MergeResult;
  /** The plan that replaces the single inventory's: the merged one, or a scenario made the plan. */
  plan?: MergedPlan;
  planError?: unknown;
  owners: string[];
  missing: string[];
  prepareStatus: Status;
  prepared: PreparedCommunication[];
  prepare: (entes: readonly string[]) => Promise<void>;
  scenarios: ScenarioDraft[];
  setScenario: (index: number, draft: ScenarioDraft | undefined) => void;
  addScenario: () => void;
  comparison?: ScenarioComparison;
  scenarioError?: string;
  /** False when there is nothing to compare yet (no inventory, no merge, invalid parameters). */
  canCompare: boolean;
  compare: () => void;
  /** The scenario made the plan, if any. */
  chosen?: string;
  choose: (nome: string | undefined) => void;
  /** The sheets Crea piano writes next to the plan sheet. */
  extraLayouts: (language: 'it' | 'en') => SheetLayout[];
  /**
   * Reads the sources of the plan shown (the sheets and tables ticked, the inventory read) again
   * and folds them as "Unisci" does. When anything changed since the preview (dwellings, choices,
   * sources ticked, owners' list), the merge, the comparison and the preview are refreshed and
   * 'changed' is returned: the caller writes nothing, the user looks and presses again.
   */
  recheck: () => Promise<SourcesCheck>;
  /** Selects the cell (or the row) a problem of the communications names, in its sheet. */
  goTo: (problem: InventoryIssue) => Promise<void>;
}

/** True when a problem names a place of the workbook the pane can select. */
export function canGoTo(problem: InventoryIssue): boolean {
  return problem.sheet !== undefined && (problem.cell !== undefined || problem.row > 0);
}

/** Two merges with the same counts, problems, choices, owners and fingerprint. */
export function sameMerge(a: MergeResult, b: MergeResult): boolean {
  if (a.impronta !== b.impronta) return false;
  const canonical = (result: MergeResult): string =>
    JSON.stringify(result, (_key, value: unknown) =>
      value instanceof Map ? [...value.entries()] : value instanceof Set ? [...value.values()] : value,
    );
  return canonical(a) === canonical(b);
}

const sheetGrid = (read: InventoryRead, mapping?: ColumnMapping): SheetGrid => ({
  grid: read.grid,
  headerRow: read.headerRow,
  firstColumn: read.firstColumn,
  sheetName: read.sheetName,
  ...(mapping ? { mapping } : {}),
});

/** The inventory read in the first step, folded alone: the same plan as the single-inventory pane. */
function inventoryMerge(inventory: NonNullable<AmbitoOptions['inventory']>, anno: number): MergeResult {
  const merge = new Merge(anno, { fileInMessages: false });
  const grid = sheetGrid(inventory.read, inventory.mapping);
  merge.add(parseCommunication({ inventories: [grid], scelte: [], owners: [] }, anno, false));
  return merge.result();
}

export function useAmbito(adapter: ExcelAdapter, options: AmbitoOptions): AmbitoState {
  const { inventory, params, language, now } = options;
  const [imported, setImported] = useState<ImportedFile[]>(options.saved?.imported ?? []);
  const [lastImported, setLastImported] = useState<ImportedFile[]>([]);
  const [looseSheets, setLooseSheets] = useState<string[]>([]);
  const [deselected, setDeselected] = useState<ReadonlySet<string>>(new Set());
  const [importStatus, setImportStatus] = useState<Status>({ kind: 'idle' });
  const [mergeStatus, setMergeStatus] = useState<Status>({ kind: 'idle' });
  const [prepareStatus, setPrepareStatus] = useState<Status>({ kind: 'idle' });
  const [result, setResult] = useState<MergeResult>();
  const [entiText, setEntiText] = useState(options.saved?.entiText ?? '');
  const [prepared, setPrepared] = useState<PreparedCommunication[]>([]);
  const [scenarios, setScenarios] = useState<ScenarioDraft[]>([{ nome: '', valori: '' }]);
  const [comparison, setComparison] = useState<ScenarioComparison>();
  const [scenarioError, setScenarioError] = useState<string>();
  const [chosen, setChosen] = useState<string>();
  /** The inventory alone, folded when scenarios are compared without a merge (not on every read). */
  const [inventoryBase, setInventoryBase] = useState<{
    read: InventoryRead;
    mapping: ColumnMapping;
    anno: number;
    result: MergeResult;
  }>();

  const sources = useMemo<AmbitoSource[]>(() => {
    const list: AmbitoSource[] = [];
    if (inventory) {
      list.push({ key: 'inventory', kind: 'inventory', label: inventory.label, sheets: [inventory.read.sheetName] });
    }
    const importedSheets = new Set(imported.flatMap((file) => file.sheets.map((sheet) => sheet.toLowerCase())));
    imported.forEach((file, index) => {
      list.push({
        key: `file:${index}:${file.file}`,
        kind: 'communication',
        label: file.file,
        sheets: file.sheets,
        file: file.file,
      });
    });
    for (const sheet of looseSheets) {
      if (importedSheets.has(sheet.toLowerCase())) continue;
      list.push({ key: `sheet:${sheet}`, kind: 'sheet', label: sheet, sheets: [sheet] });
    }
    return list;
  }, [inventory, imported, looseSheets]);

  const selected = useMemo(
    () => new Set(sources.filter((source) => !deselected.has(source.key)).map((source) => source.key)),
    [sources, deselected],
  );

  const toggleSource = useCallback((key: string) => {
    setDeselected((previous) => {
      const next = new Set(previous);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  }, []);

  /** Sheets that are an owner's dwellings or choices, or the owners' list (by name or headers). */
  const inventorySheet = inventory?.read.sheetName.toLowerCase();
  const findSheets = useCallback(async () => {
    const sheets = await adapter.listSheets();
    setLooseSheets(
      sheets
        .filter((sheet) => sheet.name.toLowerCase() !== inventorySheet)
        .filter((sheet) => sheetKind({ grid: [sheet.header], headerRow: 1, sheetName: sheet.name }) !== undefined)
        .map((sheet) => sheet.name),
    );
  }, [adapter, inventorySheet]);

  const importFiles = useCallback(
    async (files: readonly File[]) => {
      setImportStatus({ kind: 'busy' });
      const added: ImportedFile[] = [];
      const keep = (): void => {
        if (added.length === 0) return;
        setImported((previous) => [...previous, ...added]);
        // The owners' communications hold the dwellings now: the inventory read would count them
        // twice (every dwelling a conflict). Unticked once, on the first import; it can be ticked again.
        if (imported.length === 0) setDeselected((previous) => new Set([...previous, 'inventory']));
      };
      try {
        for (const file of files) {
          added.push(await adapter.importWorkbook({ name: file.name, base64: await fileBase64(file) }));
        }
        keep();
        setLastImported(added);
        setImportStatus({ kind: 'done' });
      } catch (error) {
        keep();
        setLastImported(added);
        setImportStatus({ kind: 'failed', error });
      }
    },
    [adapter, imported.length],
  );

  /**
   * Folds the sources ticked, their sheets read from the workbook now; the inventory of the first
   * step is the grid `inventoryRead` gives (the one shown, or one read again).
   */
  const fold = useCallback(
    async (anno: number, inventoryRead: () => Promise<InventoryRead | undefined>): Promise<MergeResult> => {
      const chosenSources = sources.filter((source) => selected.has(source.key));
      const several = chosenSources.length > 1;
      const folding = new Merge(anno, { fileInMessages: several });
      for (const source of chosenSources) {
        const grids: SheetGrid[] = [];
        if (source.kind === 'inventory' && inventory) {
          grids.push(sheetGrid((await inventoryRead()) ?? inventory.read, inventory.mapping));
        } else {
          for (const sheet of source.sheets) {
            grids.push(sheetGrid(await adapter.readInventory({ kind: 'sheet', name: sheet })));
          }
        }
        const sorted = sortSheets(grids, source.file);
        // The inventory read in the first step is an inventory whatever its headers say.
        if (source.kind === 'inventory') sorted.inventories = grids;
        folding.add(parseCommunication(sorted, anno, several));
      }
      const listed = parseOwnersText(entiText);
      if (listed.length > 0) folding.expect(listed);
      return folding.result();
    },
    [adapter, entiText, inventory, selected, sources],
  );

  const merge = useCallback(async (): Promise<MergeResult | undefined> => {
    if (!params) return undefined;
    setMergeStatus({ kind: 'busy' });
    try {
      const merged = await fold(params.anno, async () => inventory?.read);
      setResult(merged);
      setComparison(undefined);
      setChosen(undefined);
      setMergeStatus({ kind: 'done' });
      return merged;
    } catch (error) {
      setMergeStatus({ kind: 'failed', error });
      return undefined;
    }
  }, [fold, inventory, params]);

  /**
   * What the plan and the scenarios are computed from: the merge, or the inventory alone (folded
   * only once scenarios are compared, for the inventory and year it was folded from).
   */
  const base = useMemo((): MergeResult | undefined => {
    if (result) return result;
    if (
      !inventoryBase ||
      !params ||
      !inventory ||
      inventoryBase.read !== inventory.read ||
      inventoryBase.mapping !== inventory.mapping ||
      inventoryBase.anno !== params.anno
    )
      return undefined;
    return inventoryBase.result;
  }, [result, inventoryBase, inventory, params]);

  const effective = useMemo((): { params: PlanParams; notes: PlanNote[] } | { error: unknown } | undefined => {
    if (!base || !params) return undefined;
    try {
      return mergedParams(base, params);
    } catch (error) {
      return { error };
    }
  }, [base, params]);

  const chosenParams = chosen ? comparison?.scenari.find((scenario) => scenario.nome === chosen)?.parametri : undefined;

  const planned = useMemo((): { plan?: MergedPlan; error?: unknown } => {
    // The pane's own plan holds until a merge is asked for or a scenario is made the plan.
    if (!base || !effective || (!result && !chosenParams)) return {};
    if ('error' in effective) return { error: effective.error };
    try {
      const notes = [...effective.notes];
      if (chosenParams) {
        notes.push(sentence(SCENARIO_MESSAGES['plan-uses-scenario'], { name: chosen as string }));
      }
      return { plan: planWithParams(base, chosenParams ?? effective.params, notes) };
    } catch (error) {
      return { error };
    }
  }, [base, effective, result, chosenParams, chosen]);

  const owners = useMemo(() => {
    const names = new Map<string, string>();
    const add = (name: string): void => {
      if (!names.has(ownerKey(name))) names.set(ownerKey(name), name.trim());
    };
    for (const owner of result?.enti ?? []) add(owner.ente);
    for (const name of parseOwnersText(entiText)) add(name);
    for (const name of options.inventoryOwners ?? []) add(name);
    return [...names.values()];
  }, [result, entiText, options.inventoryOwners]);

  const prepare = useCallback(
    async (entes: readonly string[]) => {
      if (!params) return;
      setPrepareStatus({ kind: 'busy' });
      const made: PreparedCommunication[] = [];
      try {
        for (const ente of entes) {
          const own = Object.entries(params.enti).find(([name]) => ownerKey(name) === ownerKey(ente))?.[1];
          const book = layoutCommunication({
            ente,
            anno: params.anno,
            ambito: params.ambito,
            capofila: params.capofila,
            ...(own ? { values: own } : {}),
            ...(inventory ? { inventory: { grid: inventory.read.grid, columns: inventory.columns } } : {}),
            generatedAt: now(),
          });
          const file = await renderWorkbook(book.fileName, book.sheets);
          const opened = adapter.canOpenWorkbooks();
          if (opened) await adapter.openWorkbook(file.base64);
          made.push({ ente, file, opened, alloggi: book.alloggi });
        }
        setPrepared(made);
        setPrepareStatus({ kind: 'done' });
      } catch (error) {
        setPrepared(made);
        setPrepareStatus({ kind: 'failed', error });
      }
    },
    [adapter, inventory, now, params],
  );

  const setScenario = useCallback((index: number, draft: ScenarioDraft | undefined) => {
    setScenarios((previous) => {
      const next = [...previous];
      if (draft === undefined) next.splice(index, 1);
      else next[index] = draft;
      return next.length === 0 ? [{ nome: '', valori: '' }] : next;
    });
    setComparison(undefined);
    setChosen(undefined);
    setScenarioError(undefined);
  }, []);

  const addScenario = useCallback(() => {
    setScenarios((previous) => (previous.length >= MAX_DRAFTS ? previous : [...previous, { nome: '', valori: '' }]));
  }, []);

  /** The plan and the scenarios typed, compared on `source` (throws on a scenario typed wrong). */
  const comparisonOf = useCallback(
    (source: MergeResult, planParams: PlanParams): ScenarioComparison => {
      const general = mergedParams(source, planParams).params;
      const drafts = scenarios.filter((draft) => draft.nome.trim() !== '' || draft.valori.trim() !== '');
      const list = [
        { nome: PLAN_SCENARIO, params: general },
        ...drafts.map((draft) => {
          const spec = parseScenario(`${draft.nome.trim()}:${draft.valori}`, general.anno);
          return { nome: spec.nome, params: scenarioParams(general, spec.values) };
        }),
      ];
      return compareScenarios(list, (scenario) => planWithParams(source, scenario));
    },
    [scenarios],
  );

  const compare = useCallback(() => {
    if (!params) return;
    let folded = base;
    if (!folded && inventory) {
      folded = inventoryMerge(inventory, params.anno);
      setInventoryBase({ read: inventory.read, mapping: inventory.mapping, anno: params.anno, result: folded });
    }
    if (!folded) return;
    try {
      setComparison(comparisonOf(folded, params));
      setChosen(undefined);
      setScenarioError(undefined);
    } catch (error) {
      setComparison(undefined);
      if (error instanceof ScenarioError) setScenarioError(error.text[language]);
      else if (error instanceof PlanParamsError) {
        setScenarioError(error.problems.map((problem) => sentenceText(problem, language)).join(' '));
      } else throw error;
    }
  }, [base, comparisonOf, inventory, language, params]);

  const { rereadInventory } = options;
  const recheck = useCallback(async (): Promise<SourcesCheck> => {
    if (!params) return { kind: 'same' };
    /** The comparison shown, computed again on the data as they are now (the scenario chosen kept). */
    const refreshComparison = (fresh: MergeResult): void => {
      if (!comparison) return;
      try {
        const next = comparisonOf(fresh, params);
        setComparison(next);
        if (chosen && !next.scenari.some((scenario) => scenario.nome === chosen)) setChosen(undefined);
      } catch {
        setComparison(undefined);
        setChosen(undefined);
      }
    };
    if (result) {
      // The merged plan: every source ticked read again and folded as "Unisci" does.
      const fresh = await fold(params.anno, async () => (await rereadInventory?.())?.fresh);
      if (sameMerge(fresh, result)) return { kind: 'same' };
      setResult(fresh);
      refreshComparison(fresh);
      return { kind: 'changed', of: 'communications' };
    }
    if (base && inventory && inventoryBase) {
      // A scenario made the plan of the inventory alone: that inventory read again.
      const reads = await rereadInventory?.();
      if (!reads || sameRead(reads.previous, reads.fresh)) return { kind: 'same' };
      const folded = inventoryMerge({ ...inventory, read: reads.fresh }, params.anno);
      setInventoryBase({ read: reads.fresh, mapping: inventory.mapping, anno: params.anno, result: folded });
      refreshComparison(folded);
      return { kind: 'changed', of: 'inventory' };
    }
    return { kind: 'same' };
  }, [base, chosen, comparison, comparisonOf, fold, inventory, inventoryBase, params, rereadInventory, result]);

  const extraLayouts = useCallback(
    (sheetLanguage: 'it' | 'en'): SheetLayout[] => {
      const plan = planned.plan;
      if (!plan) return [];
      const layouts: SheetLayout[] = [];
      if (result && (result.sorgenti > 1 || result.elenco)) {
        layouts.push(layoutOwnersSheet(plan, { language: sheetLanguage, listed: result.elenco }));
      }
      if (comparison) {
        layouts.push(layoutComparisonSheet(comparison, { language: sheetLanguage, ambito: plan.parametri.ambito }));
      }
      return layouts;
    },
    [comparison, planned.plan, result],
  );

  const goTo = useCallback(
    async (problem: InventoryIssue): Promise<void> => {
      if (!problem.sheet || !canGoTo(problem)) return;
      await adapter.selectCell(problem.sheet, problem.cell ?? `A${problem.row}`);
    },
    [adapter],
  );

  return {
    sources,
    selected,
    toggleSource,
    findSheets,
    canImport: adapter.canImportWorkbooks(),
    importStatus,
    lastImported,
    imported,
    importFiles,
    entiText,
    setEntiText,
    mergeStatus,
    merge,
    result,
    plan: planned.plan,
    planError: planned.error,
    owners,
    missing: result?.mancanti ?? [],
    prepareStatus,
    prepared,
    prepare,
    scenarios,
    setScenario,
    addScenario,
    comparison,
    scenarioError,
    canCompare: params !== undefined && (result !== undefined || inventory !== undefined),
    compare,
    chosen,
    choose: setChosen,
    extraLayouts,
    recheck,
    goTo,
  };
}
