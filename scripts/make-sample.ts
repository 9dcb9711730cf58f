/**
 * Writes assets/inventario-esempio.xlsx: a realistic inventory of the Ambito di Cremona for the
 * 2022 plan (several comuni, Comune and ALER owners, every status, a few rows with problems),
 * as an Excel table named "Inventario". It has the dates of the last assignment (lett. g: some in
 * 2021) and availability dates over the three years 2022-2024 (art. 5 c. 1), the later ones in
 * rows after the others so that the rows with problems keep their numbers.
 * Deterministic: run `npx tsx scripts/make-sample.ts`.
 */
import * as path from 'node:path';
import ExcelJS from 'exceljs';

type Row = [
  string,
  string,
  string,
  string,
  string,
  string,
  Date | string | null,
  string,
  number | string | null,
  number | null,
  string,
  number | null,
  Date | null,
];

/** The sample's headers: common Italian spellings, shared with the benchmark's generated inventories. */
export const HEADERS = [
  'Codice alloggio',
  'Ente proprietario',
  'Comune',
  'Indirizzo',
  'Destinazione',
  'Stato alloggio',
  'Data disponibilità prevista',
  'Carenza manutentiva',
  'Superficie (mq)',
  'Vani',
  'Origine disponibilità',
  'Costo stimato lavori',
  'Data assegnazione',
];

const STREETS: Record<string, string[]> = {
  Cremona: ['Via Giordano', 'Via Brescia', 'Via San Bernardo', 'Via Cadore', 'Via Ghinaglia', 'Via Mantova'],
  Castelverde: ['Via Roma', 'Via Garibaldi'],
  'Sesto ed Uniti': ['Via Libertà', 'Piazza Roma'],
  'Persico Dosimo': ['Via Europa'],
  Spinadesco: ['Via Vittorio Veneto'],
};

/** A small deterministic generator, so the sample is the same on every machine. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}
const next = random(2022);
const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)];
const date = (year: number, month: number, day: number): Date => new Date(Date.UTC(year, month - 1, day));

interface Block {
  prefix: string;
  owner: string;
  comune: string;
  occupied: number;
  free: number;
  turnover2022: number;
  turnover2023: number;
  newBuild2022: number;
  renovation2022: number;
  carenza: number;
  sas: number;
  satFree: number;
}

const BLOCKS: Block[] = [
  {
    prefix: 'CR',
    owner: 'Comune di Cremona',
    comune: 'Cremona',
    occupied: 28,
    free: 9,
    turnover2022: 4,
    turnover2023: 2,
    newBuild2022: 2,
    renovation2022: 1,
    carenza: 1,
    sas: 4,
    satFree: 1,
  },
  {
    prefix: 'CV',
    owner: 'Comune di Castelverde',
    comune: 'Castelverde',
    occupied: 8,
    free: 2,
    turnover2022: 1,
    turnover2023: 1,
    newBuild2022: 0,
    renovation2022: 0,
    carenza: 1,
    sas: 0,
    satFree: 0,
  },
  {
    prefix: 'SU',
    owner: 'Comune di Sesto ed Uniti',
    comune: 'Sesto ed Uniti',
    occupied: 6,
    free: 1,
    turnover2022: 1,
    turnover2023: 0,
    newBuild2022: 0,
    renovation2022: 0,
    carenza: 0,
    sas: 1,
    satFree: 0,
  },
  {
    prefix: 'AL-CR',
    owner: 'ALER Brescia-Cremona-Mantova',
    comune: 'Cremona',
    occupied: 44,
    free: 7,
    turnover2022: 4,
    turnover2023: 2,
    newBuild2022: 0,
    renovation2022: 2,
    carenza: 1,
    sas: 6,
    satFree: 0,
  },
  {
    prefix: 'AL-CV',
    owner: 'ALER Brescia-Cremona-Mantova',
    comune: 'Castelverde',
    occupied: 7,
    free: 2,
    turnover2022: 1,
    turnover2023: 0,
    newBuild2022: 0,
    renovation2022: 0,
    carenza: 0,
    sas: 0,
    satFree: 0,
  },
  {
    prefix: 'AL-PD',
    owner: 'ALER Brescia-Cremona-Mantova',
    comune: 'Persico Dosimo',
    occupied: 4,
    free: 1,
    turnover2022: 1,
    turnover2023: 0,
    newBuild2022: 0,
    renovation2022: 0,
    carenza: 0,
    sas: 0,
    satFree: 0,
  },
  {
    prefix: 'AL-SP',
    owner: 'ALER Brescia-Cremona-Mantova',
    comune: 'Spinadesco',
    occupied: 4,
    free: 0,
    turnover2022: 0,
    turnover2023: 0,
    newBuild2022: 0,
    renovation2022: 0,
    carenza: 1,
    sas: 0,
    satFree: 0,
  },
];

/** A deterministic assignment date that does not draw from the generator (the rest stays as it was). */
const assignedOn = (index: number): Date => date(2014 + (index % 8), 1 + ((index * 5) % 12), 1 + ((index * 7) % 27));

/**
 * Dwellings expected in the two years after the plan (art. 5 c. 1): turnover and new builds
 * dated 2023 and 2024, per block. Written after every other row.
 */
const LATER: { prefix: string; turnover2024: number; newBuild2023: number; newBuild2024: number }[] = [
  { prefix: 'CR', turnover2024: 2, newBuild2023: 0, newBuild2024: 3 },
  { prefix: 'CV', turnover2024: 1, newBuild2023: 0, newBuild2024: 0 },
  { prefix: 'SU', turnover2024: 1, newBuild2023: 0, newBuild2024: 0 },
  { prefix: 'AL-CR', turnover2024: 3, newBuild2023: 2, newBuild2024: 0 },
  { prefix: 'AL-CV', turnover2024: 0, newBuild2023: 1, newBuild2024: 0 },
];

function laterRowsOf(block: Block): Row[] {
  const later = LATER.find((entry) => entry.prefix === block.prefix);
  if (!later) return [];
  const rows: Row[] = [];
  let number = 201;
  const add = (status: string, when: Date, origin: string): void => {
    const code = `${block.prefix}-${String(number++).padStart(3, '0')}`;
    const address = `${STREETS[block.comune][number % STREETS[block.comune].length]} ${number}`;
    rows.push([code, block.owner, block.comune, address, 'SAP', status, when, 'no', 60, 3, origin, null, null]);
  };
  for (let i = 0; i < later.turnover2024; i += 1) add('in turnover', date(2024, 2 + i * 3, 1), 'turnover');
  for (let i = 0; i < later.newBuild2023; i += 1) add('nuova costruzione', date(2023, 9, 1), 'nuova edificazione');
  for (let i = 0; i < later.newBuild2024; i += 1) add('nuova costruzione', date(2024, 6, 30), 'nuova edificazione');
  return rows;
}

function rowsOf(block: Block): Row[] {
  const rows: Row[] = [];
  let number = 1;
  const add = (
    service: string,
    status: string,
    when: Date | string | null,
    carenza: string,
    origin: string,
    cost: number | null,
    assigned: Date | null = null,
  ): void => {
    const code = `${block.prefix}-${String(number++).padStart(3, '0')}`;
    const surface = 40 + Math.round(next() * 60);
    const rooms = surface < 55 ? 2 : surface < 75 ? 3 : 4;
    const address = `${pick(STREETS[block.comune])} ${1 + Math.floor(next() * 120)}`;
    rows.push([
      code,
      block.owner,
      block.comune,
      address,
      service,
      status,
      when,
      carenza,
      surface,
      rooms,
      origin,
      cost,
      assigned,
    ]);
  };
  // Assigned between 2014 and 2021, one in eight in 2021 (the year before the plan: lett. g).
  for (let i = 0; i < block.occupied; i += 1) add('SAP', 'occupato', null, 'no', '', null, assignedOn(i));
  for (let i = 0; i < block.free; i += 1) add('SAP', 'libero', null, 'no', '', null);
  for (let i = 0; i < block.turnover2022; i += 1)
    add('SAP', 'in turnover', date(2022, 2 + i * 2, 1 + i), 'no', 'turnover', null);
  for (let i = 0; i < block.turnover2023; i += 1)
    add('SAP', 'in turnover', date(2023, 3 + i, 15), 'no', 'turnover', null);
  for (let i = 0; i < block.newBuild2022; i += 1)
    add('SAP', 'nuova costruzione', `01/${String(6 + i).padStart(2, '0')}/2022`, 'no', 'nuova edificazione', null);
  for (let i = 0; i < block.renovation2022; i += 1)
    add('SAP', 'in ristrutturazione', date(2022, 9, 30), 'no', 'recupero', null);
  for (let i = 0; i < block.carenza; i += 1)
    add('SAP', 'carenza manutentiva', null, 'sì', 'carenza manutentiva', 6500 + i * 700);
  for (let i = 0; i < block.sas; i += 1)
    add('SAS', i === 0 ? 'libero' : 'occupato', null, 'no', '', null, i === 0 ? null : assignedOn(i + 3));
  for (let i = 0; i < block.satFree; i += 1) add('SAT', 'libero', null, 'no', '', null);
  return rows;
}

/** Rows with the problems staff really meet, each explained by the add-in. */
const PROBLEM_ROWS: Row[] = [
  ['CR-005', 'Comune di Cremona', 'Cremona', 'Via Brescia 7', 'SAP', 'libero', null, 'no', 52, 2, '', null, null], // duplicate code
  ['CR-900', 'Comune di Cremona', 'Cremona', 'Via Cadore 3', 'SAP', 'da verificare', null, 'no', 61, 3, '', null, null], // unknown status
  ['CR-901', '', 'Cremona', 'Via Mantova 40', 'SAP', 'libero', null, 'no', 48, 2, '', null, null], // no owner
  ['CR-902', 'Comune di Cremona', 'Cremona', 'Via Giordano 11', 'SAP', '#N/A', null, 'no', 70, 3, '', null, null], // error value
  [
    'AL-CR-900',
    'ALER Brescia-Cremona-Mantova',
    'Cremona',
    'Via San Bernardo 2',
    'SAP',
    'in turnover',
    '31/02/2022',
    'no',
    66,
    3,
    'turnover',
    null,
    null,
  ], // impossible date
  [
    'AL-CR-901',
    'ALER Brescia-Cremona-Mantova',
    'Cremona',
    'Via Ghinaglia 9',
    'SAP',
    'occupato',
    null,
    'no',
    'sessanta',
    3,
    '',
    null,
    null,
  ], // text in a number column
];

async function main(): Promise<void> {
  const rows = BLOCKS.flatMap(rowsOf);
  // Problems sit among the ordinary rows, as they do in real files.
  rows.splice(20, 0, PROBLEM_ROWS[0], PROBLEM_ROWS[1]);
  rows.splice(60, 0, PROBLEM_ROWS[2], PROBLEM_ROWS[3]);
  rows.splice(100, 0, PROBLEM_ROWS[4], PROBLEM_ROWS[5]);
  rows.push(...BLOCKS.flatMap(laterRowsOf));

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Piano Offerta Abitativa (esempio)';
  workbook.created = new Date(Date.UTC(2021, 9, 27));
  workbook.modified = workbook.created;
  const sheet = workbook.addWorksheet('Inventario');
  sheet.addTable({
    name: 'Inventario',
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: HEADERS.map((name) => ({ name, filterButton: true })),
    rows: rows.map((row) =>
      row.map((cell) => (cell === '#N/A' ? { error: '#N/A' } : (cell ?? ''))),
    ) as unknown as ExcelJS.CellValue[][],
  });
  const widths = [12, 30, 16, 24, 12, 20, 14, 12, 10, 6, 20, 12, 14];
  widths.forEach((width, index) => (sheet.getColumn(index + 1).width = width));
  sheet.getColumn(7).numFmt = 'dd/mm/yyyy';
  sheet.getColumn(12).numFmt = '#,##0 €';
  sheet.getColumn(13).numFmt = 'dd/mm/yyyy';
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const note = workbook.addWorksheet('Note');
  note.getCell('A1').value = 'Inventario di esempio dell’Ambito di Cremona per il Piano 2022 (dati inventati).';
  note.getCell('A2').value =
    'Alcune righe contengono errori voluti, per mostrare come il componente aggiuntivo li segnala.';
  const target = path.resolve(__dirname, '..', 'assets', 'inventario-esempio.xlsx');
  await workbook.xlsx.writeFile(target);
  console.log(`Scritto ${target}: ${rows.length} alloggi.`);
}

if (require.main === module) void main();
