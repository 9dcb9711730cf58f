/** The workbench's own words (not the add-in's): Italian, or English when Office runs in English. */

export const WORKBENCH_IT = {
  title: 'Excel simulato',
  subtitle:
    'Banco di prova: il componente aggiuntivo vero, su una cartella di lavoro in memoria. Nessun dato esce dal computer.',
  taskPane: 'Riquadro attività',
  workbook: 'Cartella di lavoro simulata',
  ribbon: 'Barra multifunzione',
  nameBox: 'Casella Nome',
  formulaBar: 'Barra della formula',
  sheets: 'Fogli',
  newSheet: 'Nuovo foglio',
  sheetGrid: (name: string): string => `Foglio ${name}`,
  running: (label: string): string => `${label}: in esecuzione…`,
  done: (label: string): string => `${label}: completato.`,
  failed: (label: string, message: string): string => `${label}: non riuscito. ${message}`,
  cellResult: (address: string, text: string): string => `${address} = ${text}`,
  cellError: (address: string, code: string, message: string): string => `${address}: ${code} ${message}`.trim(),
  badFormula: (message: string): string => `Formula non valida (${message}). La cella non è cambiata.`,
  badAddress: (text: string): string => `«${text}» non è un riferimento di cella.`,
  spilledFrom: (anchor: string): string => `Valore espanso dalla formula in ${anchor}`,
  notComputed: 'Il banco di prova non calcola questa formula: la mostra.',
};

export type WorkbenchStrings = typeof WORKBENCH_IT;

export const WORKBENCH_EN: WorkbenchStrings = {
  title: 'Simulated Excel',
  subtitle: 'Workbench: the real add-in on an in-memory workbook. No data leaves this computer.',
  taskPane: 'Task pane',
  workbook: 'Simulated workbook',
  ribbon: 'Ribbon',
  nameBox: 'Name Box',
  formulaBar: 'Formula Bar',
  sheets: 'Sheets',
  newSheet: 'New sheet',
  sheetGrid: (name) => `Sheet ${name}`,
  running: (label) => `${label}: running…`,
  done: (label) => `${label}: done.`,
  failed: (label, message) => `${label}: failed. ${message}`,
  cellResult: (address, text) => `${address} = ${text}`,
  cellError: (address, code, message) => `${address}: ${code} ${message}`.trim(),
  badFormula: (message) => `Invalid formula (${message}). The cell did not change.`,
  badAddress: (text) => `"${text}" is not a cell reference.`,
  spilledFrom: (anchor) => `Value spilled from the formula in ${anchor}`,
  notComputed: 'The workbench does not compute this formula: it shows it.',
};

export function workbenchStrings(language: 'it' | 'en'): WorkbenchStrings {
  return language === 'en' ? WORKBENCH_EN : WORKBENCH_IT;
}
