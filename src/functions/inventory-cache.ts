/**
 * The inventories =CASA.DISPONIBILI(...) and =CASA.PIANO(...) work on, parsed once and kept:
 * - named in the formula (a table or named range, as text): read through the Excel API in
 *   chunks (the shared runtime may), kept while some formula uses it, dropped when its cells are
 *   edited and read again, and every formula using it is given its new result. Excel does not
 *   see the table as an argument, so the functions are streaming: their result follows the table
 *   without Excel recalculating anything;
 * - given as a range: parsed once per content (the same cells give the same parse), so that ten
 *   formulas on one inventory parse it once.
 * Either way the rows go through the one streaming path of the add-in (core/pipeline.ts): parsed
 * row by row into per-group counts; no list of dwellings is kept, and a named inventory's rows
 * are parsed chunk by chunk as they arrive, without a grid.
 * No data leaves the workbook: everything stays in this runtime's memory.
 */
import { createInventoryReader, summarizeGrid, type InventoryReader, type InventorySummary } from '../core/pipeline';
import { findInventorySource, watchInventorySource } from '../excel/inventory-source';
import { readInventoryRows } from '../excel/read';
import type { InventorySource, RowsPlace, RowsRead } from '../excel/types';

/** The Excel side of a named inventory (the real one reads the workbook; tests may pass another). */
export interface InventoryAccess {
  find(name: string): Promise<InventorySource | undefined>;
  read(source: InventorySource, onRows: (rows: unknown[][], place: RowsPlace) => void): Promise<RowsRead>;
  watch(source: InventorySource, onChange: () => void): Promise<() => Promise<void>>;
}

export const EXCEL_ACCESS: InventoryAccess = {
  find: findInventorySource,
  read: (source, onRows) => readInventoryRows(source, onRows),
  watch: watchInventorySource,
};

export type ParsedInventory =
  | { ok: true; inventory: InventorySummary }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'failed'; error: unknown };

/** Excel on the web's limit on a custom function's arguments (and result), in bytes of JSON. */
export const FUNCTION_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** Edits that come in a burst (a paste, a fill) make one new read, this long after the last. */
const REFRESH_DELAY_MS = 150;
/** A named inventory no formula uses any more is let go after this long (a formula being re-entered comes back sooner). */
const RELEASE_DELAY_MS = 10_000;
/** Range inventories kept, by content. */
const RANGES_KEPT = 4;

interface NamedEntry {
  name: string;
  listeners: Set<(parsed: ParsedInventory) => void>;
  /** The parse of the inventory as it is now; undefined once its cells were edited. */
  current?: Promise<ParsedInventory>;
  watching?: Promise<(() => Promise<void>) | undefined>;
  refreshTimer?: ReturnType<typeof setTimeout>;
  releaseTimer?: ReturnType<typeof setTimeout>;
}

/** What the cache did, for the tests and the benchmark. */
export const cacheStats = { namedReads: 0, rangeParses: 0, rangeHits: 0 };

let access: InventoryAccess = EXCEL_ACCESS;
const named = new Map<string, NamedEntry>();
const ranges = new Map<string, InventorySummary>();

function load(entry: NamedEntry): Promise<ParsedInventory> {
  return (async (): Promise<ParsedInventory> => {
    try {
      const source = await access.find(entry.name);
      if (!source) return { ok: false, reason: 'not-found' };
      // Watching starts before reading, so that an edit made during the read is heard.
      entry.watching ??= access.watch(source, () => changed(entry)).catch(() => undefined);
      await entry.watching;
      // Each chunk is parsed as it arrives: no grid of the inventory is built.
      let reader: InventoryReader | undefined;
      await access.read(source, (rows, place) => {
        reader ??= createInventoryReader({
          headerRow: place.headerRow,
          firstColumn: place.firstColumn,
          sheetName: place.sheetName,
          width: place.columnCount,
        });
        for (const row of rows) reader.row(row);
      });
      cacheStats.namedReads += 1;
      const inventory = (reader ?? createInventoryReader()).finish();
      return { ok: true, inventory };
    } catch (error) {
      return { ok: false, reason: 'failed', error };
    }
  })();
}

function current(entry: NamedEntry): Promise<ParsedInventory> {
  entry.current ??= load(entry);
  return entry.current;
}

/** Cells of the inventory were edited: the parse goes, and the formulas get the new one. */
function changed(entry: NamedEntry): void {
  entry.current = undefined;
  clearTimeout(entry.refreshTimer);
  entry.refreshTimer = setTimeout(() => {
    if (entry.listeners.size === 0) return;
    const parsing = current(entry);
    void parsing.then((parsed) => {
      // A newer edit came meanwhile: its own refresh delivers.
      if (entry.current !== parsing) return;
      for (const listener of [...entry.listeners]) listener(parsed);
    });
  }, REFRESH_DELAY_MS);
}

async function release(key: string, entry: NamedEntry): Promise<void> {
  named.delete(key);
  clearTimeout(entry.refreshTimer);
  const stop = await entry.watching;
  await stop?.().catch(() => undefined);
}

/**
 * Gives `listener` the parse of the table or named range `name` now, and again after every edit
 * of its cells, until the returned function is called (Excel cancels the formula).
 */
export function followNamedInventory(name: string, listener: (parsed: ParsedInventory) => void): () => void {
  const key = name.trim().toLowerCase();
  let entry = named.get(key);
  if (!entry) {
    entry = { name: name.trim(), listeners: new Set() };
    named.set(key, entry);
  }
  const followed = entry;
  clearTimeout(followed.releaseTimer);
  followed.listeners.add(listener);
  const parsing = current(followed);
  void parsing.then((parsed) => {
    if (followed.listeners.has(listener) && followed.current === parsing) listener(parsed);
  });
  return () => {
    followed.listeners.delete(listener);
    if (followed.listeners.size > 0) return;
    clearTimeout(followed.releaseTimer);
    followed.releaseTimer = setTimeout(() => void release(key, followed), RELEASE_DELAY_MS);
  };
}

// ---- inventories given as a range ----------------------------------------------------------

export interface RangeDigest {
  /** Bytes the range takes as JSON, as Excel on the web counts a function's arguments. */
  bytes: number;
  /** Its content, hashed (two independent 32-bit hashes, the size and the shape). */
  key: string;
}

/** Bytes of a string in JSON: quotes, escapes, UTF-8. */
function jsonStringBytes(text: string): number {
  let bytes = 2;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x20) bytes += code === 0x0a || code === 0x0d || code === 0x09 || code === 0x08 || code === 0x0c ? 2 : 6;
    else if (code === 0x22 || code === 0x5c) bytes += 2;
    else if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff)
      bytes += 2; // half of a 4-byte pair
    else if (code >= 0xdc00 && code <= 0xdfff) bytes += 2;
    else bytes += 3;
  }
  return bytes;
}

/** One pass over the cells: their JSON size and a key of their content. */
export function rangeDigest(rows: readonly unknown[][]): RangeDigest {
  let first = 0x811c9dc5;
  let second = 0x01000193;
  let bytes = 2 + Math.max(0, rows.length - 1);
  let width = 0;
  const mix = (text: string, tag: number): void => {
    first = Math.imul(first ^ tag, 0x01000193);
    second = Math.imul(second ^ tag, 0x5bd1e995);
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      first = Math.imul(first ^ code, 0x01000193);
      second = Math.imul(second ^ code, 0x5bd1e995) ^ (second >>> 15);
    }
  };
  for (const row of rows) {
    const cells = Array.isArray(row) ? row : [row];
    width = Math.max(width, cells.length);
    bytes += 2 + Math.max(0, cells.length - 1);
    mix('', 0x1e);
    for (const cell of cells) {
      if (typeof cell === 'string') {
        bytes += jsonStringBytes(cell);
        mix(cell, 0x1f);
      } else {
        const text = cell === undefined || cell === null ? 'null' : String(cell);
        bytes += text.length;
        mix(text, typeof cell === 'number' ? 0x1d : 0x1c);
      }
    }
  }
  return {
    bytes,
    key: `${(first >>> 0).toString(36)}.${(second >>> 0).toString(36)}.${bytes}.${rows.length}x${width}`,
  };
}

/** The parse of an inventory given as a range, kept by its content. */
export function rangeInventory(rows: unknown[][], digest: RangeDigest = rangeDigest(rows)): InventorySummary {
  const kept = ranges.get(digest.key);
  if (kept) {
    cacheStats.rangeHits += 1;
    // Most recently used last.
    ranges.delete(digest.key);
    ranges.set(digest.key, kept);
    return kept;
  }
  const inventory = summarizeGrid({ grid: rows, headerRow: 1 });
  cacheStats.rangeParses += 1;
  ranges.set(digest.key, inventory);
  while (ranges.size > RANGES_KEPT) ranges.delete(ranges.keys().next().value as string);
  return inventory;
}

/** Tests: a fresh cache, and the Excel side to use (default the real one). */
export async function resetInventoryCache(replacement: InventoryAccess = EXCEL_ACCESS): Promise<void> {
  const entries = [...named.entries()];
  for (const [, entry] of entries) clearTimeout(entry.releaseTimer);
  await Promise.all(entries.map(([key, entry]) => release(key, entry)));
  ranges.clear();
  cacheStats.namedReads = 0;
  cacheStats.rangeParses = 0;
  cacheStats.rangeHits = 0;
  access = replacement;
}
