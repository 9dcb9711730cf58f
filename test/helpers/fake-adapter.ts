/**
 * A fake ExcelAdapter for the task pane's tests: a small inventory grid, two sources (a table
 * and a named range), document settings kept in memory, and a record of every call.
 */
import type {
  ExcelAdapter,
  InventoryRead,
  InventorySource,
  ReadProgress,
  SavedSettings,
  SourceOption,
  WriteResult,
} from '../../src/excel/types';
import { ExcelUserError } from '../../src/excel/types';
import type { SheetLayout } from '../../src/core/sheet/types';
import type { Grid } from '../../src/core/types';
import { columnLetter } from '../../src/core/inventory';

export const SHEET_NAME = 'Inventario';
export const COMUNE_CREMONA = 'Comune di Cremona';
export const COMUNE_CASTELVERDE = 'Comune di Castelverde';
export const ALER = 'ALER Brescia-Cremona-Mantova';

export const HEADERS = [
  'Codice alloggio',
  'Ente proprietario',
  'Comune',
  'Indirizzo',
  'Servizio',
  'Stato',
  'Data disponibilità',
];

/**
 * The Ambito di Cremona in miniature, for a 2022 plan: Comune di Cremona 12 available (10 free,
 * 2 turnover in March), 3 occupied, 1 SAS; ALER 6 available in Cremona and 3 in Castelverde;
 * Comune di Castelverde 2 available. One row with an unknown status (error) and one turnover
 * without a date (warning).
 */
export function sampleGrid(ownerHeader = 'Ente proprietario'): Grid {
  const rows: unknown[][] = [];
  const add = (count: number, prefix: string, owner: string, comune: string, status: string, date = ''): void => {
    for (let i = 0; i < count; i++) {
      const code = `${prefix}-${String(rows.length + 1).padStart(2, '0')}`;
      rows.push([code, owner, comune, `Via Roma ${rows.length + 1}`, 'SAP', status, date]);
    }
  };
  add(10, 'CR', COMUNE_CREMONA, 'Cremona', 'libero');
  add(2, 'CR', COMUNE_CREMONA, 'Cremona', 'in turnover', '01/03/2022');
  add(3, 'CR', COMUNE_CREMONA, 'Cremona', 'occupato');
  rows.push(['CR-SAS', COMUNE_CREMONA, 'Cremona', 'Via Po 1', 'SAS', 'libero', '']);
  add(6, 'AL', ALER, 'Cremona', 'libero');
  add(2, 'AL', ALER, 'Cremona', 'occupato');
  add(3, 'AL', ALER, 'Castelverde', 'libero');
  add(2, 'CV', COMUNE_CASTELVERDE, 'Castelverde', 'libero');
  rows.push(['CR-ERR', COMUNE_CREMONA, 'Cremona', 'Via Dante 3', 'SAP', 'boh', '']);
  rows.push(['CR-NODATE', COMUNE_CREMONA, 'Cremona', 'Via Dante 5', 'SAP', 'in turnover', '']);
  const headers = HEADERS.map((header) => (header === 'Ente proprietario' ? ownerHeader : header));
  return [headers, ...rows];
}

export interface Call {
  method: keyof ExcelAdapter;
  args: unknown[];
}

export interface FakeAdapterOptions {
  grid?: Grid;
  sources?: SourceOption[];
  settings?: SavedSettings;
  /** readInventory reports its first chunk, then waits for `releaseRead()` or the abort. */
  holdRead?: boolean;
  /** Rows per progress report. */
  chunkRows?: number;
  listError?: unknown;
  readError?: unknown;
  writeError?: unknown;
  saveError?: unknown;
  insertError?: unknown;
  /** Other sheets of the workbook, by name (the owners' communications). */
  sheets?: Record<string, Grid>;
  /** What importing a file adds: its sheets by name, for each file name. */
  files?: Record<string, Record<string, Grid>>;
  /** The host lacks ExcelApi 1.13 (import) or 1.8 (open a workbook). */
  noImport?: boolean;
  noOpen?: boolean;
}

export interface FakeAdapter extends ExcelAdapter {
  calls: Call[];
  callsTo(method: keyof ExcelAdapter): unknown[][];
  /** What saveSettings stored (what loadSettings gives back). */
  settings: SavedSettings | undefined;
  /** Lets a held read finish. */
  releaseRead(): void;
  /** The signal given to the last readInventory call. */
  lastSignal?: AbortSignal;
  grid: Grid;
  /** The workbook's other sheets (imported ones included). */
  sheets: Record<string, Grid>;
}

function rangeAddress(grid: Grid): string {
  return `A1:${columnLetter(grid[0].length - 1)}${grid.length}`;
}

export function defaultSources(grid: Grid): SourceOption[] {
  const address = rangeAddress(grid);
  return [
    {
      source: { kind: 'table', name: 'Inventario' },
      name: 'Inventario',
      sheetName: SHEET_NAME,
      address,
      rowCount: grid.length - 1,
    },
    {
      source: { kind: 'name', name: 'ElencoAlloggi' },
      name: 'ElencoAlloggi',
      sheetName: SHEET_NAME,
      address,
      rowCount: grid.length - 1,
    },
  ];
}

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function abortError(): Error {
  const error = new Error('The read was aborted.');
  error.name = 'AbortError';
  return error;
}

export function createFakeAdapter(options: FakeAdapterOptions = {}): FakeAdapter {
  const grid = options.grid ?? sampleGrid();
  const sources = options.sources ?? defaultSources(grid);
  let release: (() => void) | undefined;
  const fake: FakeAdapter = {
    calls: [],
    grid,
    sheets: { ...(options.sheets ?? {}) },
    settings: options.settings ? copy(options.settings) : undefined,
    callsTo(method) {
      return fake.calls.filter((call) => call.method === method).map((call) => call.args);
    },
    releaseRead() {
      release?.();
    },
    async listSources() {
      fake.calls.push({ method: 'listSources', args: [] });
      if (options.listError) throw options.listError;
      return copy(sources);
    },
    async readInventory(
      source: InventorySource,
      readOptions?: { onProgress?: (progress: ReadProgress) => void; signal?: AbortSignal },
    ): Promise<InventoryRead> {
      fake.calls.push({ method: 'readInventory', args: [source, readOptions] });
      fake.lastSignal = readOptions?.signal;
      if (options.readError) throw options.readError;
      if (source.kind === 'sheet') {
        const sheet = fake.sheets[source.name];
        if (!sheet) throw new Error(`fake: no sheet ${source.name}`);
        return {
          grid: copy(sheet),
          sheetName: source.name,
          headerRow: 1,
          firstColumn: 0,
          address: `${source.name}!${rangeAddress(sheet)}`,
        };
      }
      const totalRows = grid.length - 1;
      const chunk = options.chunkRows ?? 5;
      readOptions?.onProgress?.({ rowsRead: Math.min(chunk, totalRows), totalRows });
      if (options.holdRead) {
        await new Promise<void>((resolve, reject) => {
          release = resolve;
          readOptions?.signal?.addEventListener('abort', () => reject(abortError()));
        });
      }
      for (let rowsRead = chunk * 2; rowsRead < totalRows + chunk; rowsRead += chunk) {
        if (readOptions?.signal?.aborted) throw abortError();
        readOptions?.onProgress?.({ rowsRead: Math.min(rowsRead, totalRows), totalRows });
      }
      return {
        grid: copy(grid),
        sheetName: SHEET_NAME,
        headerRow: 1,
        firstColumn: 0,
        address: `${SHEET_NAME}!${rangeAddress(grid)}`,
      };
    },
    async writePlanSheet(layout: SheetLayout): Promise<WriteResult> {
      fake.calls.push({ method: 'writePlanSheet', args: [layout] });
      if (options.writeError) throw options.writeError;
      return { sheetName: layout.name };
    },
    async selectRow(sheetName: string, row: number, firstColumn: number, columnCount: number) {
      fake.calls.push({ method: 'selectRow', args: [sheetName, row, firstColumn, columnCount] });
    },
    async selectCell(sheetName: string, address: string) {
      fake.calls.push({ method: 'selectCell', args: [sheetName, address] });
    },
    async insertFormula(formula: string, inventory?: unknown) {
      fake.calls.push({ method: 'insertFormula', args: [formula, inventory] });
      if (options.insertError) throw options.insertError;
      return { address: 'Foglio1!B2' };
    },
    loadSettings() {
      fake.calls.push({ method: 'loadSettings', args: [] });
      return fake.settings ? copy(fake.settings) : undefined;
    },
    async saveSettings(settings: SavedSettings) {
      fake.calls.push({ method: 'saveSettings', args: [settings] });
      if (options.saveError) throw options.saveError;
      fake.settings = copy(settings);
    },
    async listSheets() {
      fake.calls.push({ method: 'listSheets', args: [] });
      return [
        { name: SHEET_NAME, header: [...grid[0]] },
        ...Object.entries(fake.sheets).map(([name, sheet]) => ({ name, header: [...(sheet[0] ?? [])] })),
      ];
    },
    async writeSheets(layouts: SheetLayout[]): Promise<WriteResult[]> {
      fake.calls.push({ method: 'writeSheets', args: [layouts] });
      if (options.writeError) throw options.writeError;
      return layouts.map((layout) => ({ sheetName: layout.name }));
    },
    async importWorkbook(file) {
      fake.calls.push({ method: 'importWorkbook', args: [file.name] });
      if (options.noImport)
        throw new ExcelUserError(
          'Questa versione di Excel non può aggiungere i fogli',
          'This version of Excel cannot add the sheets',
        );
      const added = options.files?.[file.name];
      if (!added)
        throw new ExcelUserError(
          `Il file «${file.name}» non è una cartella di lavoro Excel (.xlsx) leggibile`,
          'not readable',
        );
      const names: string[] = [];
      for (const [name, sheet] of Object.entries(added)) {
        let free = name;
        for (let copyNumber = 2; free === SHEET_NAME || fake.sheets[free]; copyNumber += 1)
          free = `${name} (${copyNumber})`;
        fake.sheets[free] = copy(sheet);
        names.push(free);
      }
      return { file: file.name, sheets: names };
    },
    async openWorkbook(base64: string) {
      fake.calls.push({ method: 'openWorkbook', args: [base64] });
    },
    canImportWorkbooks: () => !options.noImport,
    canOpenWorkbooks: () => !options.noOpen,
  };
  return fake;
}
