/**
 * Round trips to Excel when reading an inventory: `node bench/run.js office [--sizes 10000,100000]`.
 * (1,000,000 rows do not fit the simulated host: it keeps the sheet as JavaScript arrays and
 * measures every response as JSON, beyond Node's 4 GB heap.)
 *
 * On the simulated host (test/sim: the responses are measured as Excel on the web measures them,
 * JSON bytes, and refused above 5 MB), a table of `size` realistic dwellings (bench/plan.ts's rows,
 * dates as Excel serial numbers) is read by src/excel/read.ts in chunks and parsed chunk by chunk
 * into the per-group counts, as the custom functions do. Prints syncs, payload, the largest
 * response, the time, and the targets of issue #12 item 2 for every size: at most
 * ceil(payload / 4 MB) + 2 syncs, no response over 5 MB.
 */
import { createInventoryReader, type InventoryReader } from '../src/core/pipeline';
import { readInventoryRows } from '../src/excel/read';
import { createSimulatedHost } from '../test/sim/host';
import { HEADERS } from '../scripts/make-sample';
import { inventoryRows } from './plan';
import { printTargets, table, type Target } from './report';

const MB = 1024 * 1024;
const CHUNK_TARGET = 4 * MB;
const RESPONSE_LIMIT = 5 * MB;
const now = (): number => Number(process.hrtime.bigint()) / 1e6;

/** The rows as Excel gives them: dates as serial numbers, empty cells as ''. */
function excelRows(count: number): unknown[][] {
  const rows: unknown[][] = [HEADERS.slice()];
  for (const row of inventoryRows(count)) {
    rows.push(row.map((cell) => (cell instanceof Date ? cell.getTime() / 86_400_000 + 25_569 : (cell ?? ''))));
  }
  return rows;
}

interface Figures {
  rows: number;
  syncs: number;
  payload: number;
  largest: number;
  ms: number;
  groups: number;
}

async function measure(rows: number): Promise<Figures> {
  const sim = createSimulatedHost({ displayLanguage: 'it-IT' });
  sim.install();
  try {
    const grid = excelRows(rows);
    sim.workbook.addSheet('Inventario', grid);
    sim.workbook.addTable('Inventario', 'Inventario', `A1:L${grid.length}`);
    sim.resetStats();
    const start = now();
    let reader: InventoryReader | undefined;
    await readInventoryRows({ kind: 'table', name: 'Inventario' }, (chunk, place) => {
      reader ??= createInventoryReader({ headerRow: place.headerRow, sheetName: place.sheetName });
      for (const row of chunk) reader.row(row);
    });
    const summary = reader!.finish();
    const ms = now() - start;
    const delivered = sim.stats.requests.filter((request) => request.error === undefined);
    return {
      rows,
      syncs: sim.stats.syncCount,
      payload: delivered.reduce((sum, request) => sum + request.responseBytes, 0),
      largest: sim.stats.maxResponseBytes,
      ms,
      groups: summary.tally.groups.length,
    };
  } finally {
    sim.uninstall();
  }
}

export async function main(argv: string[]): Promise<number> {
  const at = argv.indexOf('--sizes');
  const sizes = (at >= 0 ? argv[at + 1] : '10000,100000').split(',').map(Number);
  const figures: Figures[] = [];
  for (const size of sizes) {
    process.stderr.write(`${size.toLocaleString('en-US')} rows...\n`);
    figures.push(await measure(size));
  }
  console.log(
    table(
      ['rows', 'syncs', 'ceil(payload/4 MB)+2', 'payload', 'largest response', 'read + parse (simulated)'],
      figures.map((figure) => [
        figure.rows.toLocaleString('en-US'),
        String(figure.syncs),
        String(Math.ceil(figure.payload / CHUNK_TARGET) + 2),
        `${(figure.payload / MB).toFixed(1)} MB`,
        `${(figure.largest / MB).toFixed(2)} MB`,
        `${Math.round(figure.ms)} ms`,
      ]),
    ),
  );
  console.log(
    "\nSimulated host: no network, so the time is not Excel's; the syncs are what costs on Excel on the web.\n",
  );
  const targets: Target[] = figures.flatMap((figure) => [
    {
      name: `${figure.rows.toLocaleString('en-US')} rows: syncs <= ceil(payload / 4 MB) + 2`,
      ratio: figure.syncs / (Math.ceil(figure.payload / CHUNK_TARGET) + 2),
      detail: `${figure.syncs} syncs for ${(figure.payload / MB).toFixed(1)} MB`,
    },
    {
      name: `${figure.rows.toLocaleString('en-US')} rows: no response over 5 MB`,
      ratio: figure.largest / RESPONSE_LIMIT,
      detail: `largest ${(figure.largest / MB).toFixed(2)} MB`,
    },
  ]);
  printTargets('Targets (issue #12 item 2)', targets);
  return 0;
}
