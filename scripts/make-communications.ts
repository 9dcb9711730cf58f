/**
 * Writes assets/comunicazioni/: the owners' communications of the sample Ambito di Cremona for the
 * 2022 plan, as the capofila gets them back, so that `npm run plan -- assets/comunicazioni/` shows
 * the merge. Each workbook is made by the add-in itself (`casa-piano --comunicazione`, the same
 * code) and then filled in as the owner's office would in Excel:
 * - Comune di Cremona: its dwellings from the capofila's inventory; the 2021 note's choices
 *   (+10 % indigenza, 5 SAT); sent on 27/10/2021;
 * - Comune di Castelverde: an empty communication (the capofila had no list of its stock) in which
 *   the Comune typed its dwellings; sent on 29/10/2021;
 * - Comune di Sesto ed Uniti: sent late, on 12/11/2021;
 * - ALER Brescia-Cremona-Mantova: police share 10 %; its table also lists CV-010, a dwelling the
 *   Comune di Castelverde communicates too (a conflict the merge reports);
 * - "Enti dell'Ambito.xlsx": the owners of the Ambito, two of which never answered.
 * The same content on every run (only the zip timestamps differ): `npx tsx scripts/make-communications.ts`.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { prepareCommunication } from '../src/cli/communication';
import { readInventoryFile } from '../src/cli/read';
import { writeLayoutsWorkbook } from '../test/support/exceljs-writer';
import { FIELD_NAMES, cellValue, parseInventory } from '../src/core/inventory';
import { defaultParams } from '../src/core/plan/params';
import { fillCommunication, type CellInput, type OwnerAnswer } from '../test/helpers/fill-communication';

const ROOT = path.resolve(__dirname, '..');
export const SAMPLE = path.join(ROOT, 'assets', 'inventario-esempio.xlsx');
export const COMMUNICATIONS = path.join(ROOT, 'assets', 'comunicazioni');
const YEAR = 2022;
const PREPARED = new Date(Date.UTC(2021, 9, 4));
const day = (month: number, date: number): Date => new Date(Date.UTC(2021, month - 1, date));

/** The Ambito's owners, as the capofila lists them. */
export const OWNERS = [
  'Comune di Cremona',
  'Comune di Castelverde',
  'Comune di Sesto ed Uniti',
  'Comune di Persico Dosimo',
  'Comune di Spinadesco',
  'ALER Brescia-Cremona-Mantova',
];

/** An owner's rows of the sample, in the columns of an empty communication (FIELD_NAMES order). */
async function rowsOf(owner: string): Promise<CellInput[][]> {
  const source = await readInventoryFile(SAMPLE);
  const parsed = parseInventory(source.grid, { headerRow: source.headerRow });
  const ownerColumn = parsed.columns.owner as number;
  return source.grid
    .slice(1)
    .filter((row) => cellValue(row[ownerColumn]) === owner)
    .map((row) =>
      FIELD_NAMES.map((field) => {
        const column = parsed.columns[field];
        const value = column === undefined ? null : cellValue(row[column]);
        return value === '' || value === undefined ? null : (value as CellInput);
      }),
    );
}

interface Communication {
  ente: string;
  /** Take the dwellings from the capofila's inventory. */
  fromInventory: boolean;
  answer: () => Promise<OwnerAnswer>;
}

const ALER = 'ALER Brescia-Cremona-Mantova';

const COMMUNICATIONS_TO_MAKE: Communication[] = [
  {
    ente: 'Comune di Cremona',
    fromInventory: true,
    answer: async () => ({ choices: { maggiorazione: 0.1, satRichiesti: 5 }, date: day(10, 27) }),
  },
  {
    ente: 'Comune di Castelverde',
    fromInventory: false,
    answer: async () => ({ addRows: await rowsOf('Comune di Castelverde'), date: day(10, 29) }),
  },
  {
    ente: 'Comune di Sesto ed Uniti',
    fromInventory: true,
    answer: async () => ({ date: day(11, 12) }),
  },
  {
    ente: ALER,
    fromInventory: true,
    answer: async () => {
      // CV-010 is the Comune di Castelverde's: ALER lists it as well, as the one managing it.
      const twin = (await rowsOf('Comune di Castelverde')).find((row) => row[0] === 'CV-010');
      if (!twin) throw new Error('CV-010 is missing from the sample');
      const row = [...twin];
      row[FIELD_NAMES.indexOf('owner')] = ALER;
      return { choices: { forzePolizia: 0.1 }, date: day(10, 30), addRows: [row] };
    },
  },
];

async function writeOwnersList(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = PREPARED;
  workbook.modified = PREPARED;
  const sheet = workbook.addWorksheet("Enti dell'Ambito");
  sheet.addRow(['Ambito', 'Ambito di Cremona']);
  sheet.addRow(['Comune capofila', 'Comune di Cremona']);
  sheet.addRow([]);
  sheet.addRow(['Ente proprietario']).font = { bold: true };
  for (const owner of OWNERS) sheet.addRow([owner]);
  sheet.getColumn(1).width = 34;
  sheet.getColumn(2).width = 24;
  await workbook.xlsx.writeFile(file);
}

export async function makeCommunications(folder = COMMUNICATIONS): Promise<string[]> {
  mkdirSync(folder, { recursive: true });
  for (const name of readdirSync(folder)) if (name.endsWith('.xlsx')) rmSync(path.join(folder, name));
  const params = { ...defaultParams(YEAR), ambito: 'Ambito di Cremona', capofila: 'Comune di Cremona' };
  const written: string[] = [];
  for (const communication of COMMUNICATIONS_TO_MAKE) {
    const prepared = await prepareCommunication({
      ente: communication.ente,
      params,
      inventory: communication.fromInventory ? SAMPLE : undefined,
      now: PREPARED,
    });
    const file = path.join(folder, prepared.book.fileName);
    await writeLayoutsWorkbook(prepared.book.sheets, file);
    const answer = await communication.answer();
    await fillCommunication(file, answer, file, answer.date);
    written.push(file);
  }
  const list = path.join(folder, "Enti dell'Ambito.xlsx");
  await writeOwnersList(list);
  written.push(list);
  return written;
}

if (require.main === module) {
  makeCommunications().then(
    (files) => console.log(`Scritte ${files.length} cartelle di lavoro in ${path.relative(ROOT, COMMUNICATIONS)}.`),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
