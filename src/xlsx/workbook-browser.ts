/**
 * The task pane's ExcelJS Workbook class, from the package's browser build: webpack resolves
 * `exceljs/lib/doc/workbook` (which src/xlsx/render.ts imports so that the command line does not
 * load ExcelJS's streaming reader) to this file, because the Node files of that path need `fs`.
 */
import ExcelJS from 'exceljs';

export default ExcelJS.Workbook;
