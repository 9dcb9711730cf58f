/**
 * The ribbon's one click: the plan sheet from the saved inventory source and parameters, with
 * the same pipeline and writer as the pane's "Crea piano". When something is missing or wrong,
 * it says which field of the pane must be fixed instead of failing silently.
 */
import { PlanParamsError, reviveParams } from '../core/plan/params';
import { planFromGrid, planSheetLayout } from '../core/pipeline';
import type { ColumnMapping } from '../core/types';
import type { ExcelAdapter } from '../excel/types';
import { ExcelUserError } from '../excel/types';
import { EN, IT } from '../taskpane/i18n/strings';

export type CommandOutcome =
  | { status: 'written'; sheetName: string }
  | { status: 'needs-input'; field: string; message: string; messageEn: string };

const needs = (field: string, message: string, messageEn: string): CommandOutcome => ({
  status: 'needs-input',
  field,
  message,
  messageEn,
});

export async function createPlanFromSettings(
  adapter: ExcelAdapter,
  options: { language: 'it' | 'en'; now: () => Date },
): Promise<CommandOutcome> {
  const settings = adapter.loadSettings();
  if (!settings?.source) {
    return needs(
      'source',
      'Scegliete l’inventario nel pannello e create il piano una prima volta: il pulsante userà poi le stesse scelte.',
      'Choose the inventory in the pane and create the plan once: the button will then reuse those choices.',
    );
  }
  const params = reviveParams(settings.params);
  if (!params) {
    return needs(
      'anno',
      'Mancano i parametri del piano: compilateli nel pannello e salvateli.',
      'The plan parameters are missing: fill them in the pane and save them.',
    );
  }
  let read;
  try {
    read = await adapter.readInventory(settings.source);
  } catch (error) {
    const user = error instanceof ExcelUserError ? error : undefined;
    return needs(
      'source',
      user?.message ?? 'L’inventario salvato non si può leggere: sceglietelo di nuovo nel pannello.',
      user?.messageEn ?? 'The saved inventory cannot be read: choose it again in the pane.',
    );
  }
  let outcome;
  try {
    outcome = planFromGrid(read, params, settings.mapping as ColumnMapping | undefined);
  } catch (error) {
    if (error instanceof PlanParamsError) {
      const problem = error.problems[0];
      return needs(problem.key, problem.message, problem.messageEn);
    }
    throw error;
  }
  if (!outcome.plan || !outcome.fingerprint) {
    const issue = outcome.inventory.issues[0];
    return needs('source', issue?.message ?? '', issue?.messageEn ?? '');
  }
  // The act names its Ambito and Comune capofila: the same rule as the pane's "Crea piano".
  for (const field of ['ambito', 'capofila'] as const) {
    if (params[field].trim() === '') {
      const key = field === 'ambito' ? 'ambitoMissing' : 'capofilaMissing';
      return needs(field, IT[key], EN[key]);
    }
  }
  const layout = planSheetLayout(
    { plan: outcome.plan, fingerprint: outcome.fingerprint },
    { language: options.language, generatedAt: options.now() },
  );
  const written = await adapter.writePlanSheet(layout);
  return { status: 'written', sheetName: written.sheetName };
}
