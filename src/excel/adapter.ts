/** The real ExcelAdapter: the only door between the task pane / ribbon and Office.js. */
import { insertFormula } from './cells';
import { canImportWorkbooks, canOpenWorkbooks, importWorkbook, openWorkbook } from './communications';
import { readInventory } from './read';
import { loadSettings, saveSettings } from './settings';
import { listSheets, listSources, selectCell, selectRow } from './sources';
import type { ExcelAdapter } from './types';
import { writePlanSheet, writeSheets } from './write';

export function createExcelAdapter(): ExcelAdapter {
  return {
    listSources,
    readInventory,
    writePlanSheet,
    selectRow,
    selectCell,
    insertFormula,
    loadSettings,
    saveSettings,
    listSheets,
    writeSheets,
    importWorkbook,
    openWorkbook,
    canImportWorkbooks,
    canOpenWorkbooks,
  };
}
