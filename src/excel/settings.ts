/**
 * The pane's choices saved in the workbook (document settings), so that the next person who
 * opens the file, and the ribbon button, find them. Never in the browser.
 */
import { toUserError } from './errors';
import type { SavedSettings } from './types';

export const SETTINGS_KEY = 'casaPianoOffertaAbitativa';

export function loadSettings(): SavedSettings | undefined {
  const raw: unknown = Office.context.document.settings.get(SETTINGS_KEY);
  if (!raw || typeof raw !== 'object' || (raw as { version?: unknown }).version !== 1) return undefined;
  return raw as SavedSettings;
}

export function saveSettings(settings: SavedSettings): Promise<void> {
  Office.context.document.settings.set(SETTINGS_KEY, settings);
  return new Promise((resolve, reject) => {
    Office.context.document.settings.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
      else reject(toUserError(result.error));
    });
  });
}
