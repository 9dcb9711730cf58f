/**
 * The inventory side of the pane: the sources the workbook offers, the one chosen, reading it
 * (with progress and cancel) and the columns mapped by hand. Reading is the only call that
 * touches Excel; changing the mapping re-parses the grid already read.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExcelAdapter, InventoryRead, InventorySource, ReadProgress, SourceOption } from '../../excel/types';
import type { ColumnMapping, FieldName } from '../../core/types';
import { isAbortError } from '../errors';

export const SELECTION_KEY = 'selection';

/** Key of a source in the picker: 'table:Inventario', 'name:Elenco', 'selection'. */
export function sourceKey(source: InventorySource): string {
  return source.kind === 'selection' ? SELECTION_KEY : `${source.kind}:${source.name}`;
}

export type ReadStatus = 'idle' | 'reading' | 'done' | 'cancelled' | 'failed';

export interface InventoryState {
  sources: SourceOption[];
  sourcesStatus: 'loading' | 'ready' | 'failed';
  sourcesError?: unknown;
  /** Key of the chosen source (see `sourceKey`). */
  selectedKey: string;
  selectedSource: InventorySource;
  selectSource: (key: string) => void;
  status: ReadStatus;
  progress?: ReadProgress;
  readError?: unknown;
  /** The last inventory read (kept while a new read runs or after it is cancelled). */
  read?: InventoryRead;
  /** The source `read` came from (the mapping belongs to it). */
  readSource?: InventorySource;
  readInventory: () => Promise<void>;
  /** Reads again the source last read (after a correction in the workbook). */
  rereadInventory: () => Promise<void>;
  /**
   * Reads again the source the preview came from, without the progress display, and makes the
   * fresh grid the preview's: "Crea piano" writes from the workbook as it is now, never from a
   * read that a correction made after "Vai alla riga" has outdated. Resolves to the previous read
   * and the fresh one; undefined when nothing was read yet.
   */
  reread: () => Promise<{ previous: InventoryRead; fresh: InventoryRead } | undefined>;
  cancel: () => void;
  mapping: ColumnMapping;
  /** Maps `field` to a 0-based column of the inventory; undefined removes the choice. */
  mapColumn: (field: FieldName, index: number | undefined) => void;
}

function defaultKey(sources: SourceOption[]): string {
  const table = sources.find((option) => option.source.kind === 'table');
  const first = table ?? sources[0];
  return first ? sourceKey(first.source) : SELECTION_KEY;
}

export function useInventory(
  adapter: ExcelAdapter,
  saved: { source?: InventorySource; mapping?: ColumnMapping } = {},
): InventoryState {
  const savedKey = saved.source ? sourceKey(saved.source) : undefined;
  const [sources, setSources] = useState<SourceOption[]>([]);
  const [sourcesStatus, setSourcesStatus] = useState<InventoryState['sourcesStatus']>('loading');
  const [sourcesError, setSourcesError] = useState<unknown>();
  const [selectedKey, setSelectedKey] = useState<string>(savedKey ?? SELECTION_KEY);
  const [status, setStatus] = useState<ReadStatus>('idle');
  const [progress, setProgress] = useState<ReadProgress>();
  const [readError, setReadError] = useState<unknown>();
  const [loaded, setLoaded] = useState<{ read: InventoryRead; source: InventorySource }>();
  /** The mapping and the source its column numbers belong to. */
  const [mapped, setMapped] = useState<{ key?: string; mapping: ColumnMapping }>({
    key: savedKey,
    mapping: saved.mapping ?? {},
  });
  const controller = useRef<AbortController>();
  const initialKey = useRef(savedKey);
  const userChose = useRef(false);

  useEffect(() => {
    let active = true;
    adapter.listSources().then(
      (found) => {
        if (!active) return;
        setSources(found);
        setSourcesStatus('ready');
        const keys = new Set([SELECTION_KEY, ...found.map((option) => sourceKey(option.source))]);
        // A saved source that no longer exists gives way to the first table.
        const keep = userChose.current || (initialKey.current !== undefined && keys.has(initialKey.current));
        if (!keep) setSelectedKey(defaultKey(found));
      },
      (error: unknown) => {
        if (!active) return;
        setSourcesError(error);
        setSourcesStatus('failed');
      },
    );
    return () => {
      active = false;
      controller.current?.abort();
    };
  }, [adapter]);

  const selectSource = useCallback((key: string) => {
    userChose.current = true;
    setSelectedKey(key);
  }, []);

  const readSource = useCallback(
    async (source: InventorySource) => {
      controller.current?.abort();
      const own = new AbortController();
      controller.current = own;
      setStatus('reading');
      setProgress(undefined);
      setReadError(undefined);
      try {
        const result = await adapter.readInventory(source, {
          signal: own.signal,
          onProgress: (update) => {
            if (controller.current === own && !own.signal.aborted) setProgress(update);
          },
        });
        if (controller.current !== own) return;
        if (own.signal.aborted) {
          setStatus('cancelled');
          return;
        }
        setLoaded({ read: result, source });
        // Column numbers chosen by hand belong to the source they were chosen for.
        const key = sourceKey(source);
        setMapped((previous) => (previous.key === key ? previous : { key, mapping: {} }));
        setStatus('done');
      } catch (error) {
        if (controller.current !== own) return;
        if (own.signal.aborted || isAbortError(error)) {
          setStatus('cancelled');
        } else {
          setReadError(error);
          setStatus('failed');
        }
      } finally {
        if (controller.current === own) controller.current = undefined;
      }
    },
    [adapter],
  );

  const readInventory = useCallback(() => readSource(sourceOfKey(selectedKey)), [readSource, selectedKey]);
  const lastSource = loaded?.source;
  const rereadInventory = useCallback(
    () => (lastSource ? readSource(lastSource) : Promise.resolve()),
    [readSource, lastSource],
  );

  const loadedRef = useRef(loaded);
  loadedRef.current = loaded;
  const reread = useCallback(async () => {
    const current = loadedRef.current;
    if (!current) return undefined;
    const fresh = await adapter.readInventory(current.source);
    // Only a different grid replaces the one shown: an identical read keeps the preview as it is.
    if (!sameRead(current.read, fresh)) setLoaded({ read: fresh, source: current.source });
    return { previous: current.read, fresh };
  }, [adapter]);

  const cancel = useCallback(() => {
    const running = controller.current;
    if (!running) return;
    running.abort();
    controller.current = undefined;
    setStatus('cancelled');
    setProgress(undefined);
  }, []);

  const mapColumn = useCallback((field: FieldName, index: number | undefined) => {
    setMapped((previous) => {
      const next: ColumnMapping = {};
      for (const [name, column] of Object.entries(previous.mapping) as [FieldName, number][]) {
        // One column serves one field: choosing it for another field frees it here.
        if (name !== field && column !== index) next[name] = column;
      }
      if (index !== undefined) next[field] = index;
      return { key: previous.key, mapping: next };
    });
  }, []);

  return {
    sources,
    sourcesStatus,
    sourcesError,
    selectedKey,
    selectedSource: sourceOfKey(selectedKey),
    selectSource,
    status,
    progress,
    readError,
    read: loaded?.read,
    readSource: loaded?.source,
    readInventory,
    rereadInventory,
    reread,
    cancel,
    mapping: mapped.mapping,
    mapColumn,
  };
}

/** True when two reads of the inventory hold the same cells at the same place. */
export function sameRead(a: InventoryRead, b: InventoryRead): boolean {
  if (a.address !== b.address || a.headerRow !== b.headerRow || a.firstColumn !== b.firstColumn) return false;
  if (a.sheetName !== b.sheetName || a.grid.length !== b.grid.length) return false;
  for (let r = 0; r < a.grid.length; r += 1) {
    const rowA = a.grid[r] ?? [];
    const rowB = b.grid[r] ?? [];
    if (rowA.length !== rowB.length) return false;
    for (let c = 0; c < rowA.length; c += 1) {
      const x = rowA[c];
      const y = rowB[c];
      if (x === y) continue;
      if (x instanceof Date && y instanceof Date && x.getTime() === y.getTime()) continue;
      return false;
    }
  }
  return true;
}

function sourceOfKey(key: string): InventorySource {
  if (key === SELECTION_KEY) return { kind: 'selection' };
  const separator = key.indexOf(':');
  const kind = key.slice(0, separator);
  const name = key.slice(separator + 1);
  return kind === 'name' ? { kind: 'name', name } : { kind: 'table', name };
}
