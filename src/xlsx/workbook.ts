/**
 * The task pane's workbook writer: the layouts as SpreadsheetML parts (spreadsheetml.ts, the same
 * writer as the command line's) zipped in the browser (zip.ts), each part deflated by the web
 * platform's CompressionStream where it has one, stored otherwise. No Node, no ExcelJS.
 */
import type { SheetLayout } from '../core/sheet';
import { spreadsheetParts } from './spreadsheetml';
import { type DeflateRaw, webDeflateRaw, zipEntries } from './zip';

export interface WorkbookOptions {
  /** The workbook's creation date and the parts' date in the zip; now by default. */
  created?: Date;
  /** How the parts are deflated: the platform's CompressionStream by default; null stores them. */
  deflate?: DeflateRaw | null;
}

/** The .xlsx bytes of `layouts`, one sheet each, in order. */
export function layoutsWorkbookBytes(
  layouts: readonly SheetLayout[],
  options: WorkbookOptions = {},
): Promise<Uint8Array> {
  const created = options.created ?? new Date();
  const deflate = options.deflate === undefined ? webDeflateRaw() : (options.deflate ?? undefined);
  return zipEntries(spreadsheetParts(layouts, { created }), { modified: created, deflate });
}
