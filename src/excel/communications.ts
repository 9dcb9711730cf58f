/**
 * The owners' communications in Excel: their sheets added to the capofila's workbook
 * (Workbook.insertWorksheetsFromBase64, ExcelApi 1.13) and a prepared communication opened as a
 * new workbook (Excel.createWorkbook, ExcelApi 1.8). Both are feature-detected: where the host
 * lacks them, an ExcelUserError says what to do instead. Nothing in the open workbook is replaced.
 */
import { defineMessages, format, type Message, type ValuesFor } from '../core/messages';
import { toUserError } from './errors';
import { ExcelUserError } from './types';

/** What adding or opening a communication can run into, in Italian and English. */
export const COMMUNICATION_EXCEL_MESSAGES = defineMessages('excel.communications', {
  'cannot-import': {
    it: 'Questa versione di Excel non può aggiungere i fogli di un altro file (serve Excel per Microsoft 365 o Excel sul web, ExcelApi 1.13). Aprite «{file}» in Excel, copiate i suoi fogli in questa cartella di lavoro (tasto destro sulla scheda del foglio > Sposta o copia) e sceglieteli qui sotto.',
    en: 'This version of Excel cannot add the sheets of another file (Excel for Microsoft 365 or Excel on the web is needed, ExcelApi 1.13). Open "{file}" in Excel, copy its sheets into this workbook (right-click the sheet tab > Move or Copy) and choose them below.',
  },
  'too-large': {
    it: 'Il file «{file}» ({megabytes} MB) è troppo grande per essere aggiunto dal pannello: aprite il file in Excel e copiate i suoi fogli in questa cartella di lavoro (tasto destro sulla scheda del foglio > Sposta o copia).',
    en: 'The file "{file}" ({megabytes} MB) is too large to be added from the pane: open it in Excel and copy its sheets into this workbook (right-click the sheet tab > Move or Copy).',
  },
  'not-a-workbook': {
    it: 'Il file «{file}» non è una cartella di lavoro Excel (.xlsx) leggibile: apritelo in Excel, salvatelo come «Cartella di lavoro di Excel (.xlsx)» e riprovate.',
    en: 'The file "{file}" is not a readable Excel workbook (.xlsx): open it in Excel, save it as "Excel Workbook (.xlsx)" and try again.',
  },
  'cannot-open': {
    it: 'Questa versione di Excel non può aprire una nuova cartella di lavoro dal pannello: usate «Scarica il file».',
    en: 'This version of Excel cannot open a new workbook from the pane: use "Download the file".',
  },
});

/** The error a user reads, in both languages. */
function userError<Names extends string>(
  message: Message<Names>,
  cause: unknown,
  ...values: ValuesFor<Names>
): ExcelUserError {
  return new ExcelUserError(format(message, 'it', ...values), format(message, 'en', ...values), cause);
}

const M = COMMUNICATION_EXCEL_MESSAGES;

/** Excel on the web refuses a request above 5 MB: a file is refused before that, with its name. */
export const MAX_IMPORT_BASE64 = 4.8 * 1024 * 1024;

export interface WorkbookFile {
  /** File name as the user picked it. */
  name: string;
  /** The file's bytes as Base64. */
  base64: string;
}

export interface ImportedFile {
  file: string;
  /** Names the sheets got in the workbook ("Alloggi (2)" when the name was taken). */
  sheets: string[];
}

function supports(version: string): boolean {
  return typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported('ExcelApi', version) === true;
}

/** True when the host can add another workbook's sheets (ExcelApi 1.13). */
export function canImportWorkbooks(): boolean {
  return supports('1.13');
}

/** True when the host can open a new workbook from a file (ExcelApi 1.8). */
export function canOpenWorkbooks(): boolean {
  return supports('1.8');
}

/** Adds every sheet of `file` at the end of the workbook; one sync for the sheets, one for their names. */
export async function importWorkbook(file: WorkbookFile): Promise<ImportedFile> {
  if (!canImportWorkbooks()) {
    throw userError(M['cannot-import'], undefined, { file: file.name });
  }
  if (file.base64.length > MAX_IMPORT_BASE64) {
    const megabytes = Math.round(((file.base64.length * 3) / 4 / 1024 / 1024) * 10) / 10;
    throw userError(M['too-large'], undefined, { file: file.name, megabytes });
  }
  try {
    return await Excel.run(async (context) => {
      const ids = context.workbook.insertWorksheetsFromBase64(file.base64, { positionType: 'End' });
      await context.sync();
      const sheets = ids.value.map((id) => context.workbook.worksheets.getItem(id).load('name'));
      await context.sync();
      return { file: file.name, sheets: sheets.map((sheet) => sheet.name) };
    });
  } catch (error) {
    if ((error as { code?: string }).code === 'InvalidArgument') {
      throw userError(M['not-a-workbook'], error, { file: file.name });
    }
    throw toUserError(error);
  }
}

/** Opens `base64` as a new workbook in Excel (the user saves it and sends it to the owner). */
export async function openWorkbook(base64: string): Promise<void> {
  if (!canOpenWorkbooks()) {
    throw userError(M['cannot-open'], undefined);
  }
  try {
    await Excel.createWorkbook(base64);
  } catch (error) {
    throw toUserError(error);
  }
}
