/**
 * The capofila's workflow on the command line (issue #11): communication workbooks written by
 * `casa-piano --comunicazione`, filled in as the owners would, merged back; conflicts as problems
 * naming both places; the owners who have not answered; scenarios side by side.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { SAMPLE_INVENTORY } from '../../src/cli/main';
import { runCliInProcess, type CliRun } from '../helpers/run-cli';
import { readInventoryFile } from '../../src/cli/read';
import { cellValue, isEmptyValue, parseInventory } from '../../src/core/inventory';
import { fillCommunication } from '../helpers/fill-communication';
import { makeCommunications } from '../../scripts/make-communications';

type Run = CliRun;

let workdir: string;
beforeEach(() => {
  workdir = mkdtempSync(path.join(tmpdir(), 'casa-ambito-'));
});

function run(args: string[], now = new Date(Date.UTC(2021, 9, 4, 9, 0))): Promise<Run> {
  return runCliInProcess(args, { cwd: workdir, now });
}

interface JsonGroup {
  ente: string;
  comune: string;
  disponibili: number;
  fonti?: string[];
  sat: { richiesti: number; consentiti: number };
  indigenza: { quota: number; percentuale: number };
  forzePolizia: { quota: number };
  parametriPersonalizzati: string[];
}
interface JsonPlan {
  anno: number;
  gruppi: JsonGroup[];
  totali: Record<string, unknown>;
  note: string[];
  problemi: Array<{ riga: number; cella?: string; gravita: string; messaggio: string }>;
  comunicazioni?: Array<{ ente: string; stato: string; data?: string; alloggi: number; fonti: string[] }>;
  entiMancanti?: string[];
  scenari?: Array<{ nome: string; totali: Record<string, number>; gruppi: Array<Record<string, unknown>> }>;
  file: string;
}

const json = (result: Run): JsonPlan => {
  if (result.code !== 0) throw new Error(`exit ${result.code}: ${result.err}`);
  return JSON.parse(result.out) as JsonPlan;
};

const CREMONA = 'Comune di Cremona';
const CASTELVERDE = 'Comune di Castelverde';
const ALER = 'ALER Brescia-Cremona-Mantova';

/** The sample inventory with three owners only (Sesto ed Uniti and the row without an owner left out). */
async function threeOwnerInventory(file: string): Promise<void> {
  const source = await readInventoryFile(SAMPLE_INVENTORY);
  const owner = parseInventory(source.grid).columns.owner as number;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Inventario');
  for (const row of source.grid) {
    const name = cellValue(row[owner]);
    if (row !== source.grid[0] && (isEmptyValue(name) || name === 'Comune di Sesto ed Uniti')) continue;
    sheet.addRow(Array.from(row, (value) => (isEmptyValue(value) ? null : (value as ExcelJS.CellValue))));
  }
  await workbook.xlsx.writeFile(file);
}

/** Castelverde's dwellings as its office would type them in an empty communication (its columns). */
async function castelverdeRows(): Promise<(string | number | Date | null)[][]> {
  const source = await readInventoryFile(SAMPLE_INVENTORY);
  const columns = parseInventory(source.grid).columns;
  const fields = [
    'code',
    'owner',
    'comune',
    'address',
    'service',
    'status',
    'availableFrom',
    'carenzaManutentiva',
    'surface',
    'rooms',
    'platformId',
    'origin',
    'worksCost',
    'assignedOn',
  ] as const;
  return source.grid
    .slice(1)
    .filter((row) => cellValue(row[columns.owner as number]) === CASTELVERDE)
    .map((row) =>
      fields.map((field) => {
        const column = columns[field];
        const value = column === undefined ? '' : cellValue(row[column]);
        return isEmptyValue(value) ? null : (value as string | number | Date);
      }),
    );
}

describe('three communications made by the add-in, filled in by the owners, merge into the plan of the inventory', () => {
  test('same groups and totals as the single inventory with the same --param choices', async () => {
    await threeOwnerInventory(path.join(workdir, 'inventario.xlsx'));
    const made = [
      await run(['--comunicazione', CREMONA, 'inventario.xlsx', '--anno', '2022', '-o', 'cremona.xlsx']),
      await run(['--comunicazione', CASTELVERDE, '--anno', '2022', '-o', 'castelverde.xlsx']),
      await run(['--comunicazione', ALER, 'inventario.xlsx', '--anno', '2022', '-o', 'aler.xlsx']),
    ];
    expect(made.map((result) => result.code)).toEqual([0, 0, 0]);
    expect(made[0].out).toMatch(
      /Comunicazione per «Comune di Cremona» \(piano 2022, \d+ alloggi\) scritta in cremona\.xlsx/,
    );
    expect(made[1].out).toMatch(/tabella degli alloggi vuota/);
    expect(made[1].out).toMatch(/entro il 31\/10\/2021/);

    // The owners answer: Cremona's note (+10 %, 5 SAT), Castelverde types its dwellings, ALER 10 % police.
    await fillCommunication(path.join(workdir, 'cremona.xlsx'), {
      choices: { maggiorazione: 0.1, satRichiesti: 5 },
      date: new Date(Date.UTC(2021, 9, 27)),
    });
    await fillCommunication(path.join(workdir, 'castelverde.xlsx'), {
      addRows: await castelverdeRows(),
      date: new Date(Date.UTC(2021, 9, 29)),
    });
    await fillCommunication(path.join(workdir, 'aler.xlsx'), {
      choices: { forzePolizia: 0.1 },
      date: new Date(Date.UTC(2021, 9, 30)),
    });

    const merged = json(await run(['cremona.xlsx', 'castelverde.xlsx', 'aler.xlsx', '--json']));
    const single = json(
      await run([
        'inventario.xlsx',
        '--anno',
        '2022',
        '--param',
        `${CREMONA}:maggiorazione=0.1`,
        '--param',
        `${CREMONA}:satRichiesti=5`,
        '--param',
        `${ALER}:forzePolizia=0.1`,
        '--json',
        '-o',
        'piano-unico.xlsx',
      ]),
    );
    expect(merged.anno).toBe(2022);
    const numbers = (plan: JsonPlan) => plan.gruppi.map((group) => ({ ...group, fonti: undefined }));
    expect(numbers(merged)).toEqual(numbers(single));
    expect(merged.totali).toEqual(single.totali);
    expect(merged.gruppi.find((group) => group.ente === CASTELVERDE)?.fonti).toEqual(['castelverde.xlsx']);
    expect(
      merged.gruppi.filter((group) => group.ente === ALER).every((group) => group.fonti?.[0] === 'aler.xlsx'),
    ).toBe(true);
    // The inventory's problems are the owners' problems, now placed in their files.
    const reason = (message: string) => message.slice(message.indexOf(': ') + 2);
    expect(merged.problemi.map((problem) => reason(problem.messaggio)).sort()).toEqual(
      single.problemi.map((problem) => reason(problem.messaggio)).sort(),
    );
    expect(merged.problemi.every((problem) => problem.messaggio.startsWith('File «'))).toBe(true);
    expect(merged.comunicazioni?.map((owner) => [owner.ente, owner.stato, owner.data])).toEqual([
      [CASTELVERDE, 'ricevuta', '29/10/2021'],
      [CREMONA, 'ricevuta', '27/10/2021'],
      [ALER, 'ricevuta', '30/10/2021'],
    ]);
  }, 120_000);
});

describe('the sample communications (assets/comunicazioni)', () => {
  let plan: JsonPlan;
  let text: Run;
  let folder: string;
  let sampleDir: string;

  beforeAll(async () => {
    sampleDir = mkdtempSync(path.join(tmpdir(), 'casa-ambito-'));
    workdir = sampleDir;
    folder = path.join(workdir, 'comunicazioni');
    await makeCommunications(folder);
    plan = json(await run(['comunicazioni', '--json', '-o', 'piano.xlsx']));
    // Run in 2026: without --anno the plan would be 2027's, the communications say 2022.
    text = await run(['comunicazioni'], new Date(Date.UTC(2026, 10, 15)));
  }, 120_000);

  test('the checked-in sample is what the script makes', async () => {
    const checkedIn = path.resolve(__dirname, '../../assets/comunicazioni');
    const fresh = path.join(folder, 'Comunicazione 2022 - Comune di Cremona.xlsx');
    const readCells = async (file: string) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      return workbook.worksheets.map((sheet) => sheet.getSheetValues());
    };
    expect(existsSync(path.join(checkedIn, "Enti dell'Ambito.xlsx"))).toBe(true);
    expect(await readCells(path.join(checkedIn, path.basename(fresh)))).toEqual(await readCells(fresh));
  });

  test('the plan year comes from the communications and the summary names who is missing', () => {
    expect(plan.anno).toBe(2022);
    expect(text.err).toMatch(/Piano 2022, l'anno indicato nelle comunicazioni/);
    expect(text.out).toMatch(/Comune di Persico Dosimo\s+MANCANTE/);
    expect(text.out).toMatch(/Comune di Sesto ed Uniti\s+in ritardo del 12\/11\/2021/);
    expect(text.out).toMatch(/Fogli «Piano 2022», «Comunicazioni» scritti in /);
    expect(plan.entiMancanti).toEqual(['Comune di Persico Dosimo', 'Comune di Spinadesco']);
  });

  test('the same dwelling in two communications is one problem naming both, and both rows are left out', () => {
    const conflicts = plan.problemi.filter((problem) => /CV-010 compare anche/.test(problem.messaggio));
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0].messaggio).toMatch(
      /^File «Comunicazione 2022 - Comune di Castelverde\.xlsx», foglio «Alloggi», riga \d+: il codice alloggio CV-010 compare anche in file «Comunicazione 2022 - ALER Brescia-Cremona-Mantova\.xlsx», foglio «Alloggi», riga \d+\./,
    );
    // Castelverde: 4 available in the sample, 3 without CV-010 (a free dwelling).
    expect(plan.gruppi.find((group) => group.ente === CASTELVERDE)).toMatchObject({ disponibili: 3 });
  });

  test("each owner's choices apply to its own groups", () => {
    const cremona = plan.gruppi.find((group) => group.ente === CREMONA);
    expect(cremona).toMatchObject({ disponibili: 18, sat: { richiesti: 5, consentiti: 4 }, indigenza: { quota: 5 } });
    expect(cremona?.parametriPersonalizzati).toEqual(['maggiorazione', 'satRichiesti']);
    const aler = plan.gruppi.filter((group) => group.ente === ALER);
    expect(aler.map((group) => group.forzePolizia.quota)).toEqual([1, 2, 1, 1]);
  });

  test('the late communication is a warning at its date cell; the plan workbook has the Comunicazioni sheet', async () => {
    const late = plan.problemi.find((problem) => /oltre il termine/.test(problem.messaggio));
    expect(late).toMatchObject({ gravita: 'avviso', cella: 'B3' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(sampleDir, 'piano.xlsx'));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Piano 2022', 'Comunicazioni']);
    const owners = workbook.getWorksheet('Comunicazioni')!;
    const rows = owners
      .getSheetValues()
      .filter(Boolean)
      .map((row) => (row as unknown[]).slice(1, 4));
    expect(rows).toContainEqual(['Comune di Spinadesco', 'Comune', 'MANCANTE']);
  });
});

describe('scenarios, owners list and the capofila’s own values on the command line', () => {
  beforeEach(async () => {
    await makeCommunications(path.join(workdir, 'comunicazioni'));
  }, 60_000);

  test('--scenario: totals and groups that change, in JSON and in a "Confronto scenari" sheet', async () => {
    const plan = json(
      await run([
        'comunicazioni',
        '--scenario',
        'Maggiorazione 20%:maggiorazione=0.2',
        '--scenario',
        'SAT 8:Comune di Cremona:satRichiesti=8,satSoglia=25%',
        '--json',
        '-o',
        'piano.xlsx',
      ]),
    );
    expect(plan.scenari?.map((scenario) => scenario.nome)).toEqual(['Piano', 'Maggiorazione 20%', 'SAT 8']);
    // +20 % on every Comune's stock, Cremona's own +10 % included: Cremona 14 x 40 % = 5,6 -> 6,
    // Castelverde 3 x 40 % = 1,2 -> 2, Sesto ed Uniti 2 x 40 % = 0,8 -> 1 as before. SAT 8 stays at the cap.
    expect(plan.scenari?.map((scenario) => scenario.totali.indigenza)).toEqual([13, 15, 13]);
    expect(plan.scenari?.[1].gruppi).toEqual([
      expect.objectContaining({ ente: CASTELVERDE, comune: 'Castelverde', cambiano: ['indigenza'], indigenza: 2 }),
      expect.objectContaining({ ente: CREMONA, comune: 'Cremona', cambiano: ['indigenza'], indigenza: 6 }),
    ]);
    expect(plan.scenari?.[2].gruppi).toEqual([
      expect.objectContaining({ ente: CASTELVERDE, indigenza: 1 }),
      expect.objectContaining({ ente: CREMONA, indigenza: 5, sat: 4 }),
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(workdir, 'piano.xlsx'));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Piano 2022',
      'Comunicazioni',
      'Confronto scenari',
    ]);
  }, 60_000);

  test('--usa-scenario makes a scenario the plan, and the plan says so', async () => {
    const plan = json(
      await run(['comunicazioni', '--scenario', 'Trenta:maggiorazione=0.3', '--usa-scenario', 'Trenta', '--json']),
    );
    expect(plan.gruppi.find((group) => group.ente === CREMONA)?.indigenza.percentuale).toBeCloseTo(0.5);
    expect(plan.note).toContain('Il piano usa i parametri dello scenario «Trenta» (foglio «Confronto scenari»).');
  }, 60_000);

  test.each([
    [['--scenario', 'maggiorazione=0.2'], /senza nome/],
    [
      [
        '--scenario',
        'A:maggiorazione=0.2',
        '--scenario',
        'B:satRichiesti=1',
        '--scenario',
        'C:satRichiesti=2',
        '--scenario',
        'D:satRichiesti=3',
      ],
      /da 2 a 4 scenari/,
    ],
    [['--usa-scenario', 'Nessuno'], /nessuno scenario con questo nome/],
  ])('bad scenarios are refused: %p', async (args, message) => {
    const result = await run(['comunicazioni', ...args]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(existsSync(path.join(workdir, 'out'))).toBe(false);
  });

  test('a --param for an owner wins over its Scelte sheet, and the plan says so', async () => {
    const plan = json(await run(['comunicazioni', '--param', `${CREMONA}:maggiorazione=0.2`, '--json']));
    expect(plan.gruppi.find((group) => group.ente === CREMONA)?.indigenza.percentuale).toBeCloseTo(0.4);
    expect(plan.note).toContainEqual(
      expect.stringMatching(
        /^Comune di Cremona: Maggiorazione indigenza \(solo alloggi comunali\) 20 % come indicato nei parametri del piano, al posto di 10 % della comunicazione dell'ente \(file «Comunicazione 2022 - Comune di Cremona\.xlsx», foglio «Scelte dell'ente», cella B\d+\)\./,
      ),
    );
  }, 60_000);

  test('--enti lists the owners of the Ambito without a list sheet', async () => {
    const folder = path.join(workdir, 'comunicazioni');
    const plan = json(
      await run([
        path.join(folder, 'Comunicazione 2022 - Comune di Cremona.xlsx'),
        path.join(folder, 'Comunicazione 2022 - ALER Brescia-Cremona-Mantova.xlsx'),
        '--enti',
        `${CREMONA}; ${CASTELVERDE}; ${ALER}`,
        '--json',
      ]),
    );
    expect(plan.entiMancanti).toEqual([CASTELVERDE]);
  }, 60_000);

  test('a value out of bounds in a Scelte sheet is a problem at its file, sheet and cell; the rest is computed', async () => {
    const file = path.join(workdir, 'comunicazioni', 'Comunicazione 2022 - ALER Brescia-Cremona-Mantova.xlsx');
    await fillCommunication(file, { choices: { forzePolizia: 0.15 } });
    const plan = json(await run(['comunicazioni', '--json']));
    const problem = plan.problemi.find((candidate) => /art\. 7 bis/.test(candidate.messaggio));
    expect(problem?.messaggio).toMatch(
      /^File «Comunicazione 2022 - ALER Brescia-Cremona-Mantova\.xlsx», foglio «Scelte dell'ente», cella B\d+ \(Quota Forze di Polizia e Vigili del Fuoco\): .*15 % è fuori dai limiti.*Il valore non è applicato/,
    );
    expect(plan.gruppi.filter((group) => group.ente === ALER).map((group) => group.forzePolizia.quota)).toEqual([
      0, 0, 0, 0,
    ]);
    expect(plan.gruppi.find((group) => group.ente === CREMONA)).toMatchObject({ indigenza: { quota: 5 } });
  }, 60_000);
});

describe('--comunicazione', () => {
  test('writes the three sheets, never over an existing file without --force', async () => {
    const first = await run(['--comunicazione', 'Comune di Spinadesco', '--anno', '2027']);
    expect(first.code).toBe(0);
    const file = path.join(workdir, 'out', 'Comunicazione 2027 - Comune di Spinadesco.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Istruzioni', 'Alloggi', "Scelte dell'ente"]);
    expect(String(workbook.getWorksheet('Istruzioni')!.getSheetValues().flat().join(' '))).toMatch(
      /entro il 31\/10\/2026/,
    );
    const bytes = readFileSync(file);
    mkdirSync(path.join(workdir, 'x'), { recursive: true });
    const again = await run([
      '--comunicazione',
      'Comune di Spinadesco',
      '--anno',
      '2027',
      '-o',
      path.join('out', path.basename(file)),
    ]);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/esiste già/);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  }, 60_000);

  test('without a name, or with two inventories, it says what to do', async () => {
    expect((await run(['--comunicazione', ' '])).err).toMatch(/indicate il nome dell'ente proprietario/);
    expect((await run(['--comunicazione', 'X', 'a.xlsx', 'b.xlsx'])).err).toMatch(/al massimo un inventario/);
  });
});
