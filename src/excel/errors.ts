/**
 * Errors from Excel turned into sentences that say what to do, in Italian and English.
 * Codes are Office.js's (Excel.ErrorCodes / OfficeExtension.Error.code).
 */
import { defineMessages, format, type Message } from '../core/messages';
import { ExcelUserError } from './types';

/** By Office.js error code; `generic` for any other. */
export const EXCEL_MESSAGES = defineMessages('excel', {
  AccessDenied: {
    it: 'Excel non consente la modifica: la cartella di lavoro o il foglio sono protetti, oppure il file è aperto in sola lettura. Togliete la protezione o salvate una copia, poi riprovate.',
    en: 'Excel does not allow the change: the workbook or sheet is protected, or the file is read-only. Remove the protection or save a copy, then try again.',
  },
  InvalidOperationInCellEditMode: {
    it: 'Excel sta modificando una cella: premete Invio o Esc per uscire dalla modifica, poi riprovate.',
    en: 'Excel is editing a cell: press Enter or Esc to leave edit mode, then try again.',
  },
  ItemNotFound: {
    it: "L'inventario indicato non esiste più nella cartella di lavoro (tabella o nome rinominati o eliminati). Sceglietelo di nuovo nel pannello.",
    en: 'The chosen inventory no longer exists in the workbook (table or name renamed or deleted). Choose it again in the pane.',
  },
  RequestPayloadSizeLimitExceeded: {
    it: "L'operazione è troppo grande per Excel sul web. Riprovate; se il problema resta, usate Excel per Windows o Mac.",
    en: 'The operation is too large for Excel on the web. Try again; if the problem persists, use Excel for Windows or Mac.',
  },
  ResponsePayloadSizeLimitExceeded: {
    it: "L'inventario è troppo grande da leggere in una volta con Excel sul web. Riprovate; se il problema resta, usate Excel per Windows o Mac.",
    en: 'The inventory is too large to read at once in Excel on the web. Try again; if the problem persists, use Excel for Windows or Mac.',
  },
  ApiNotFound: {
    it: 'Questa versione di Excel è troppo vecchia per il componente aggiuntivo. Aggiornate Office oppure usate Excel sul web.',
    en: 'This version of Excel is too old for the add-in. Update Office or use Excel on the web.',
  },
  generic: {
    it: 'Excel non ha completato l’operazione: riprovate; se il problema resta, chiudete e riaprite il file.',
    en: 'Excel did not complete the operation: try again; if the problem persists, close and reopen the file.',
  },
});

const BY_CODE: Readonly<Record<string, Message<never>>> = EXCEL_MESSAGES;

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The user-facing error for anything Excel threw (an ExcelUserError passes through). */
export function toUserError(error: unknown): ExcelUserError {
  if (error instanceof ExcelUserError) return error;
  const code = codeOf(error);
  const sentence =
    (code !== undefined && code !== 'generic' && Object.prototype.hasOwnProperty.call(BY_CODE, code)
      ? BY_CODE[code]
      : undefined) ?? EXCEL_MESSAGES.generic;
  return new ExcelUserError(format(sentence, 'it'), format(sentence, 'en'), error);
}

export function isPayloadTooLarge(error: unknown): boolean {
  const code = codeOf(error);
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}
