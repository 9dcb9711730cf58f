/**
 * Decodes an .xlsx sent as base64 into the SimWorkbookFile the simulated host inserts
 * (insertWorksheetsFromBase64), with ExcelJS: in jest (Node) and in the browser workbench (its
 * browser build). Values as Excel keeps them: dates as serial numbers, formulas with their cached
 * results, rich text as text, errors as their text. Test code only.
 */
import ExcelJS from 'exceljs';
import type { CellValue, ValidationRuleModel } from './model';
import type { SimSheetFile, SimWorkbookFile } from './workbook-file';

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function bytesOf(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

function plain(value: ExcelJS.CellValue): CellValue | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return (value.getTime() - EXCEL_EPOCH) / MS_PER_DAY;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if ('error' in value) return value.error;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('text' in value) return String((value as ExcelJS.CellHyperlinkValue).text);
  if ('result' in value) return plain((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  return null;
}

function validationRule(validation: ExcelJS.DataValidation): ValidationRuleModel | undefined {
  const formulae = (validation.formulae ?? []).map(String);
  switch (validation.type) {
    case 'list':
      return { list: { inCellDropDown: true, source: (formulae[0] ?? '').replace(/^"|"$/g, '') } };
    case 'whole':
    case 'decimal': {
      const criterion = { operator: 'Between', formula1: `=${formulae[0] ?? ''}`, formula2: `=${formulae[1] ?? ''}` };
      return validation.type === 'whole' ? { wholeNumber: criterion } : { decimal: criterion };
    }
    default:
      return undefined;
  }
}

function decodeSheet(sheet: ExcelJS.Worksheet): SimSheetFile {
  const cells: (CellValue | null)[][] = [];
  const results: Record<string, CellValue> = {};
  const numberFormats: Record<string, string> = {};
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: (CellValue | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      // ExcelJS gives every cell of a merged area the value of its first; Excel keeps it there only.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const value = cell.value;
      if (value && typeof value === 'object' && 'formula' in value) {
        values[columnNumber - 1] = `=${(value as ExcelJS.CellFormulaValue).formula}`;
        const result = plain(value);
        if (result !== null) results[cell.address] = result;
      } else {
        values[columnNumber - 1] = plain(value);
      }
      if (cell.numFmt && cell.numFmt !== 'General') numberFormats[cell.address] = cell.numFmt;
    });
    cells[rowNumber - 1] = Array.from(values, (value) => value ?? null);
  });
  for (let index = 0; index < cells.length; index += 1) cells[index] ??= [];
  const validations: SimSheetFile['validations'] = [];
  const model = (sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> } })
    .dataValidations.model;
  for (const [address, validation] of Object.entries(model)) {
    const rule = validation && validationRule(validation);
    if (rule) validations.push({ range: address.replace(/^range:/, ''), rule });
  }
  const tables = sheet.getTables().map((entry) => {
    const table = (
      entry as unknown as { table: { name: string; tableRef?: string; ref: string; style?: { theme?: string } } }
    ).table;
    return { name: table.name, range: table.tableRef ?? table.ref, style: table.style?.theme };
  });
  return {
    name: sheet.name,
    visible: sheet.state === undefined || sheet.state === 'visible',
    cells,
    results,
    numberFormats,
    tables,
    validations,
  };
}

export async function decodeXlsx(base64: string): Promise<SimWorkbookFile> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytesOf(base64) as unknown as ArrayBuffer);
  return { sheets: workbook.worksheets.map(decodeSheet) };
}
