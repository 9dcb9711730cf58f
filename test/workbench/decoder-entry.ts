/**
 * Browser entry of the workbench's .xlsx decoder (dist-workbench/xlsx-decoder.js): ExcelJS's
 * browser build behind decodeXlsx, for the simulated Workbook.insertWorksheetsFromBase64. A
 * script of its own, loaded the first time a file is imported, so that the page starts as fast
 * as without it. Test and development code, never shipped.
 */
import { decodeXlsx } from '../sim/decode-xlsx';

declare global {
  interface Window {
    __decodeXlsx?: typeof decodeXlsx;
  }
}

window.__decodeXlsx = decodeXlsx;
