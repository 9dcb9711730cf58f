/**
 * ExcelJS's Workbook class on its own (exceljs/lib/doc/workbook.js): the same class as the
 * package's `Workbook`, without the streaming reader and writer the package entry also loads.
 */
declare module 'exceljs/lib/doc/workbook' {
  import type { Workbook } from 'exceljs';

  const WorkbookClass: typeof Workbook;
  export default WorkbookClass;
}
