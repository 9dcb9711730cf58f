/**
 * The capofila's run of the command line: the inventories or communications given (files or
 * folders) folded into one merge, one file at a time; the owners' choices applied under the
 * command line's own values; the scenarios compared; the sheets written next to the plan.
 */
import { parseOwnersText } from '../core/communication/owners';
import { Merge, type MergeResult } from '../core/merge/merge';
import { layoutOwnersSheet } from '../core/merge/layout';
import { mergedParams, planWithParams, type MergedPlan } from '../core/merge/plan';
import type { PlanParams } from '../core/plan/params';
import { layoutComparisonSheet } from '../core/scenarios/layout';
import {
  SCENARIO_MESSAGES,
  ScenarioError,
  compareScenarios,
  parseScenario,
  scenarioParams,
  type ScenarioComparison,
} from '../core/scenarios/scenarios';
import { sentence } from '../core/messages';
import type { SheetLayout } from '../core/sheet/types';
import { planSheetLayout } from '../core/pipeline';
import { CLI } from './messages';
import { InputError } from './read';
import { parseCommunication, statedYear } from '../core/merge/sources';
import { openFileForMerge } from './sources';
import { createRowParser, type ParsedRows } from '../core/inventory/parse';

/** The plan's name among the scenarios compared. */
export const PLAN_SCENARIO_NAME = CLI['plan-scenario'];

export interface AmbitoOptions {
  params: PlanParams;
  /** False when the plan year was not given: the communications' own year is used. */
  annoIndicato: boolean;
  sheet?: string;
  /** `--enti`: the Ambito's owners, "A; B; C". */
  enti?: string;
  scenari: string[];
  usaScenario?: string;
  now: Date;
  onProgress?: (file: string, rows: number) => void;
  /** What a file's reading noticed (printed on stderr). */
  onWarning?: (warning: string) => void;
}

export interface AmbitoRun {
  plan: MergedPlan;
  merge: MergeResult;
  comparison?: ScenarioComparison;
  /** The sheets of the plan workbook: the plan, then "Comunicazioni" and "Confronto scenari" when they apply. */
  layouts: SheetLayout[];
  /** The scenario made the plan, if any. */
  scenario?: string;
  /** Set when the plan year was taken from the communications ("Anno del piano"). */
  annoDalleComunicazioni?: number;
}

/** Reads, merges and computes, one file at a time. Throws InputError for what the user must fix first. */
export async function runAmbito(files: readonly string[], options: AmbitoOptions): Promise<AmbitoRun> {
  const several = files.length > 1;
  let params = options.params;
  let merge: Merge | undefined;
  let annoDalleComunicazioni: number | undefined;
  for (const file of files) {
    // Inventories are streamed: rows go from the file through the parser into the merge's counts.
    const sheets = await openFileForMerge(file, {
      sheet: options.sheet,
      onProgress: (rows) => options.onProgress?.(file, rows),
    });
    if (!merge) {
      // Without --anno, the plan year the first communication states ("Anno del piano").
      const stated = options.annoIndicato ? undefined : statedYear({ ...sheets, inventories: [] });
      if (stated !== undefined && stated !== params.anno) {
        params = { ...params, anno: stated };
        annoDalleComunicazioni = stated;
      }
      // One file with one inventory: its parser's check of repeated codes is the only one needed.
      merge = new Merge(params.anno, { fileInMessages: several, onePart: !several && sheets.inventories.length <= 1 });
    }
    const rest = parseCommunication({ ...sheets, inventories: [] }, params.anno, several);
    const communication = sheets.scelte.length > 0;
    let fatal: ParsedRows | undefined;
    await merge.addStreaming(rest, async (part) => {
      for (const sheet of sheets.inventories) {
        const fold = part(sheet.sheetName, sheets.inventories.length);
        const parser = createRowParser({ headerRow: sheet.headerRow, sheetName: sheet.sheetName }, fold.unit);
        for await (const batch of sheet.rows()) for (const cells of batch) parser.row(cells);
        const parsed = parser.finish();
        // An empty dwellings table next to "Scelte dell'ente": an owner with nothing to communicate.
        const empty = parsed.fatal && parsed.issues[0]?.kind === 'emptyInventory';
        fold.end(empty && communication ? [] : parsed.issues, parsed.columns.assignedOn !== undefined);
        if (parsed.fatal && !(empty && communication)) fatal ??= parsed;
      }
    });
    for (const warning of sheets.warnings()) options.onWarning?.(warning);
    // A single inventory that cannot be read at all is an error, as it always was.
    if (!several && fatal && !communication) {
      throw new InputError(fatal.issues.map((issue) => issue.message).join('\n'));
    }
  }
  merge ??= new Merge(params.anno);
  const anno = params.anno;
  if (options.enti !== undefined) merge.expect(parseOwnersText(options.enti));
  const result = merge.result();

  const { params: effective, notes } = mergedParams(result, params);
  let comparison: ScenarioComparison | undefined;
  let planParams = effective;
  const planNotes = [...notes];
  if (options.scenari.length > 0) {
    try {
      const scenarios = [
        { nome: PLAN_SCENARIO_NAME, params: effective },
        ...options.scenari.map((text) => {
          const spec = parseScenario(text, anno);
          return { nome: spec.nome, params: scenarioParams(effective, spec.values) };
        }),
      ];
      comparison = compareScenarios(scenarios, (params) => planWithParams(result, params));
      const chosen = scenarios.find((scenario) => scenario.nome === options.usaScenario?.trim());
      if (chosen && chosen.nome !== PLAN_SCENARIO_NAME) {
        planParams = chosen.params;
        planNotes.push(sentence(SCENARIO_MESSAGES['plan-uses-scenario'], { name: chosen.nome }));
      }
    } catch (error) {
      if (error instanceof ScenarioError) throw new InputError(error.message);
      throw error;
    }
  }
  const plan = planWithParams(result, planParams, planNotes);
  const layouts: SheetLayout[] = [planSheetLayout({ plan, fingerprint: plan.impronta }, { generatedAt: options.now })];
  if (several || result.elenco) layouts.push(layoutOwnersSheet(plan, { listed: result.elenco }));
  if (comparison) layouts.push(layoutComparisonSheet(comparison, { ambito: plan.parametri.ambito }));
  return {
    plan,
    merge: result,
    ...(comparison ? { comparison } : {}),
    layouts,
    ...(planParams !== effective ? { scenario: options.usaScenario?.trim() } : {}),
    ...(annoDalleComunicazioni !== undefined ? { annoDalleComunicazioni } : {}),
  };
}
