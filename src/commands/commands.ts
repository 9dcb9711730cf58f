/** Ribbon commands, registered in the shared runtime (manifest: ExecuteFunction "creaPiano"). */
import { languageOf, type Language } from '../core/language';
import { createExcelAdapter } from '../excel/adapter';
import { toUserError } from '../excel/errors';
import { announceToPane, requestFocus } from '../taskpane/focus';
import { format, sentenceText } from '../core/messages';
import { RIBBON_MESSAGES } from './messages';
import { createPlanFromSettings } from './plan-command';

function language(): Language {
  return languageOf(Office.context.displayLanguage);
}

/**
 * "Crea piano" on the ribbon: writes the plan sheet with the saved choices, without the pane.
 * If a choice is missing, or Excel refuses, the pane opens at the field to fix with the reason.
 */
async function creaPiano(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const outcome = await createPlanFromSettings(createExcelAdapter(), { language: language(), now: () => new Date() });
    if (outcome.status === 'written')
      announceToPane(format(RIBBON_MESSAGES.created, language(), { sheetName: outcome.sheetName }));
    if (outcome.status === 'needs-input') {
      requestFocus(outcome.field, sentenceText(outcome, language()));
      await Office.addin.showAsTaskpane();
    }
  } catch (error) {
    const sentence = toUserError(error);
    requestFocus('error', sentenceText(sentence, language()));
    await Office.addin.showAsTaskpane();
  } finally {
    event.completed();
  }
}

export function registerCommands(): void {
  Office.actions.associate('creaPiano', creaPiano);
}
