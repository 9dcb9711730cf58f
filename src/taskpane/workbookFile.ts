/**
 * A prepared communication as a file: the layouts written by the SpreadsheetML writer and zipped
 * in the browser (src/xlsx/workbook.ts, loaded only when a communication is prepared, so that the
 * pane opens without it), as Base64 for Excel
 * (createWorkbook) and as a download for hosts that cannot open a new workbook. Nothing leaves
 * the computer: the download is a local object URL.
 */
import type { SheetLayout } from '../core/sheet/types';

export interface WorkbookBytes {
  fileName: string;
  bytes: Uint8Array;
  base64: string;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let index = 0; index < bytes.length; index += chunk) {
    binary += String.fromCharCode(...bytes.subarray(index, index + chunk));
  }
  return btoa(binary);
}

/** The .xlsx bytes of `layouts`, one sheet each, in order. */
export async function renderWorkbook(fileName: string, layouts: readonly SheetLayout[]): Promise<WorkbookBytes> {
  const { layoutsWorkbookBytes } = await import(/* webpackChunkName: "xlsx" */ '../xlsx/workbook');
  const bytes = await layoutsWorkbookBytes(layouts);
  return { fileName, bytes, base64: toBase64(bytes) };
}

/** Saves the file through the browser's download (a local object URL). */
export function downloadWorkbook(file: WorkbookBytes): void {
  const blob = new Blob([file.bytes as unknown as ArrayBuffer], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The Base64 text of a file the user picked (for Workbook.insertWorksheetsFromBase64). */
export function fileBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}
