/**
 * `casa-piano --comunicazione "ENTE" [INVENTARIO] -o FILE.xlsx`: the workbook the capofila sends
 * one owner (R.R. 4/2017 art. 5 c. 1): its dwellings from the inventory when one is given (an
 * empty table with drop-down lists otherwise), "Scelte dell'ente" pre-filled with the values the
 * command line gives that owner (--param "ENTE:chiave=valore"), the deadline and instructions.
 */
import { layoutCommunication, type CommunicationWorkbook } from '../core/communication/layout';
import { parseInventory } from '../core/inventory';
import { communicationDeadline } from '../core/merge/merge';
import { formatDate } from '../core/inventory/values';
import { ownerKey, type PlanParams } from '../core/plan/params';
import { CLI } from './messages';
import { InputError, readInventoryFile } from './read';

export interface CommunicationRequest {
  ente: string;
  params: PlanParams;
  /** The inventory to take the owner's dwellings from. */
  inventory?: string;
  sheet?: string;
  now: Date;
}

export interface PreparedCommunication {
  book: CommunicationWorkbook;
  /** What to tell the user besides the file written (an owner absent from the inventory...). */
  warnings: string[];
  /** The deadline as the user reads it. */
  deadline: string;
}

export async function prepareCommunication(request: CommunicationRequest): Promise<PreparedCommunication> {
  const ente = request.ente.trim();
  if (ente === '') throw new InputError(CLI['communication-no-owner']);
  const { params } = request;
  const key = ownerKey(ente);
  const own = Object.entries(params.enti).find(([name]) => ownerKey(name) === key)?.[1];
  const warnings: string[] = [];
  let inventory: { grid: unknown[][]; columns: ReturnType<typeof parseInventory>['columns'] } | undefined;
  if (request.inventory !== undefined) {
    const source = await readInventoryFile(request.inventory, request.sheet);
    const parsed = parseInventory(source.grid, { headerRow: source.headerRow, sheetName: source.sheetName });
    if (parsed.fatal) throw new InputError(parsed.issues.map((issue) => issue.message).join('\n'));
    inventory = { grid: source.grid, columns: parsed.columns };
    if (!parsed.units.some((unit) => ownerKey(unit.owner) === key)) {
      const owners = [...new Set(parsed.units.map((unit) => unit.owner.trim()))].sort((a, b) =>
        a.localeCompare(b, 'it'),
      );
      warnings.push(CLI['communication-owner-absent']({ ente, owners: owners.join(', ') }));
    }
  }
  const book = layoutCommunication({
    ente,
    anno: params.anno,
    ambito: params.ambito,
    capofila: params.capofila,
    ...(own ? { values: own } : {}),
    ...(inventory ? { inventory } : {}),
    generatedAt: request.now,
  });
  return { book, warnings, deadline: formatDate(communicationDeadline(params.anno)) };
}
