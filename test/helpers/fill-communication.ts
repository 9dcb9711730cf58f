/**
 * Fills in a communication workbook written by the add-in the way an owner's office would in
 * Excel: choices typed in the "Valore" column of "Scelte dell'ente" (percentages as Excel
 * percentages), the date of the communication, dwellings typed in the rows under the table (which
 * Excel extends as one types). Used by the sample script and the tests. ExcelJS; dev code only.
 */
import ExcelJS from 'exceljs';
import { choiceDefinitions } from '../../src/core/communication/scelte';

export type CellInput = string | number | Date | null;

export interface OwnerAnswer {
  /** Values by the label of the "Parametro" column (or the parameter's key). */
  choices?: Record<string, number>;
  /** The date of the communication. */
  date?: Date;
  /** Rows typed at the end of the dwellings table, in the table's column order. */
  addRows?: CellInput[][];
  /** Cell edits in the dwellings sheet, e.g. { F3: 'libero' }. */
  edits?: Record<string, CellInput>;
}

const SCELTE = "Scelte dell'ente";
const DWELLINGS = 'Alloggi';

function rowOfLabel(sheet: ExcelJS.Worksheet, label: string): number {
  let found = 0;
  sheet.eachRow((row, number) => {
    const text = String(row.getCell(1).value ?? '').trim();
    if (!found && text.toLowerCase() === label.toLowerCase()) found = number;
  });
  if (!found) throw new Error(`fill: no row "${label}" in ${SCELTE}`);
  return found;
}

/** The row's label for a parameter key, as the sheet writes it ("maggiorazione" -> its Italian label). */
function labelOf(name: string): string {
  return choiceDefinitions(2027).find((definition) => definition.key === name)?.label.it ?? name;
}

/** Reads `file`, applies the owner's answer, writes `target` (the same file by default). */
export async function fillCommunication(
  file: string,
  answer: OwnerAnswer,
  target = file,
  savedAt?: Date,
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const scelte = workbook.getWorksheet(SCELTE);
  if (!scelte) throw new Error(`fill: ${file} has no sheet ${SCELTE}`);
  for (const [name, value] of Object.entries(answer.choices ?? {})) {
    const row = rowOfLabel(scelte, labelOf(name));
    const cell = scelte.getCell(row, 2);
    cell.value = value;
    // Excel formats a percentage typed as "10%".
    if (name !== 'satRichiesti' && value <= 1) cell.numFmt = '0%';
  }
  if (answer.date) {
    const cell = scelte.getCell(rowOfLabel(scelte, 'Data della comunicazione'), 2);
    cell.value = answer.date;
    cell.numFmt = 'dd/mm/yyyy';
  }
  const dwellings = workbook.getWorksheet(DWELLINGS);
  if (dwellings && (answer.addRows?.length || answer.edits)) {
    for (const [address, value] of Object.entries(answer.edits ?? {})) dwellings.getCell(address).value = value;
    const table = dwellings.getTables()[0] as unknown as
      { table: { tableRef: string; autoFilterRef?: string } } | undefined;
    // The first row under the headers, or the next one after the last dwelling.
    let next = 2;
    dwellings.eachRow((row, number) => {
      if (number > 1 && row.getCell(1).value !== null && row.getCell(1).value !== '') next = number + 1;
    });
    for (const values of answer.addRows ?? []) {
      values.forEach((value, index) => {
        const cell = dwellings.getCell(next, index + 1);
        cell.value = value;
        if (value instanceof Date) cell.numFmt = 'dd/mm/yyyy';
      });
      next += 1;
    }
    if (table) {
      // Excel extends a table over the rows typed right under it.
      const [first, last] = table.table.tableRef.split(':');
      const lastColumn = last.replace(/\d+$/, '');
      const lastRow = Math.max(Number(last.replace(/^[A-Z]+/, '')), next - 1);
      table.table.tableRef = `${first}:${lastColumn}${lastRow}`;
      if (table.table.autoFilterRef) table.table.autoFilterRef = table.table.tableRef;
    }
  }
  if (savedAt) {
    workbook.created = savedAt;
    workbook.modified = savedAt;
  }
  await workbook.xlsx.writeFile(target);
}
