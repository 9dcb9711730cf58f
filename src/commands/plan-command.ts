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
import { sentence } from '../core/messages';
import { REQUIRED_MESSAGES } from '../taskpane/i18n/required';
import { RIBBON_MESSAGES } from './messages';

/** The reason, as the engine and the adapter carry sentences (an ExcelUserError, a problem, a table's sentence). */
interface Reason {
  message: string;
  messageEn: string;
}

export type CommandOutcome =
  { status: 'written'; sheetName: string } | ({ status: 'needs-input'; field: string } & Reason);

const needs = (field: string, reason: Reason): CommandOutcome => ({
  status: 'needs-input',
  field,
  message: reason.message,
  messageEn: reason.messageEn,
});

export async function createPlanFromSettings(
  adapter: ExcelAdapter,
  options: { language: 'it' | 'en'; now: () => Date },
): Promise<CommandOutcome> {
  const settings = adapter.loadSettings();
  if (!settings?.source) {
    return needs('source', sentence(RIBBON_MESSAGES.needsSource));
  }
  const params = reviveParams(settings.params);
  if (!params) {
    return needs('anno', sentence(RIBBON_MESSAGES.needsParams));
  }
  let read;
  try {
    read = await adapter.readInventory(settings.source);
  } catch (error) {
    return needs('source', error instanceof ExcelUserError ? error : sentence(RIBBON_MESSAGES.sourceUnreadable));
  }
  let outcome;
  try {
    outcome = planFromGrid(read, params, settings.mapping as ColumnMapping | undefined);
  } catch (error) {
    if (error instanceof PlanParamsError) {
      const problem = error.problems[0];
      return needs(problem.key, problem);
    }
    throw error;
  }
  if (!outcome.plan || !outcome.fingerprint) {
    const issue = outcome.inventory.issues[0];
    return needs('source', issue ?? sentence(RIBBON_MESSAGES.sourceUnreadable));
  }
  // The act names its Ambito and Comune capofila: the same rule as the pane's "Crea piano".
  for (const field of ['ambito', 'capofila'] as const) {
    if (params[field].trim() === '') {
      const missing = field === 'ambito' ? REQUIRED_MESSAGES.ambitoMissing : REQUIRED_MESSAGES.capofilaMissing;
      return needs(field, sentence(missing));
    }
  }
  const layout = planSheetLayout(
    { plan: outcome.plan, fingerprint: outcome.fingerprint },
    { language: options.language, generatedAt: options.now() },
  );
  const written = await adapter.writePlanSheet(layout);
  return { status: 'written', sheetName: written.sheetName };
}
