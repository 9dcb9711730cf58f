import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { SAMPLE_INVENTORY } from '../../src/cli/main';
import { runCliInProcess, type CliRun } from '../helpers/run-cli';

type Run = CliRun;

let workdir: string;
beforeEach(() => {
  workdir = mkdtempSync(path.join(tmpdir(), 'casa-cli-'));
});

function run(args: string[]): Promise<Run> {
  return runCliInProcess(args, { cwd: workdir, now: new Date(Date.UTC(2021, 10, 15, 9, 0)) });
}

const digest = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

interface JsonPlan {
  anno: number;
  gruppi: Array<{
    ente: string;
    tipoEnte: string;
    comune: string;
    disponibili: number;
    sat: { richiesti: number; consentiti: number };
    indigenza: { percentuale: number; base: number; quota: number };
    forzePolizia: { percentuale: number; quota: number };
  }>;
  totali: { disponibili: number; sat: number; indigenza: number; forzePolizia: number };
  problemi: Array<{ riga: number; colonna?: string; messaggio: string }>;
  file: string;
}

describe('casa-piano on the sample inventory with the Cremona 2022 preset', () => {
  let result: Run;
  let plan: JsonPlan;
  let planDir: string;
  const before = digest(SAMPLE_INVENTORY);

  beforeAll(async () => {
    workdir = mkdtempSync(path.join(tmpdir(), 'casa-cli-'));
    planDir = workdir;
    result = await run([
      SAMPLE_INVENTORY,
      '--preset',
      'cremona-2022',
      '--param',
      'forzePolizia=0.1',
      '--json',
      '-o',
      'piano.xlsx',
    ]);
    plan = JSON.parse(result.out) as JsonPlan;
  }, 60_000);

  test('exits 0 and reports the Comune di Cremona as in the note: 18 available, 4 SAT of 5, 5 for indigenza', () => {
    expect(result.code).toBe(0);
    expect(plan.anno).toBe(2022);
    const cremona = plan.gruppi.find((g) => g.ente === 'Comune di Cremona' && g.comune === 'Cremona');
    expect(cremona).toMatchObject({
      tipoEnte: 'comune',
      disponibili: 18,
      sat: { richiesti: 5, consentiti: 4 },
      indigenza: { percentuale: 0.3, base: 14, quota: 5 },
      forzePolizia: { percentuale: 0.1, quota: 2 },
    });
  });

  test('ALER groups are per comune, at 20 %, with no SAT', () => {
    const aler = plan.gruppi.filter((g) => g.tipoEnte === 'aler');
    expect(aler.map((g) => g.comune).sort()).toEqual(['Castelverde', 'Cremona', 'Persico Dosimo', 'Spinadesco']);
    for (const group of aler) {
      expect(group.indigenza.percentuale).toBe(0.2);
      expect(group.sat.consentiti).toBe(0);
    }
  });

  test('totals add up the groups', () => {
    const sum = (pick: (g: JsonPlan['gruppi'][number]) => number): number =>
      plan.gruppi.reduce((t, g) => t + pick(g), 0);
    expect(plan.totali.disponibili).toBe(sum((g) => g.disponibili));
    expect(plan.totali.indigenza).toBe(sum((g) => g.indigenza.quota));
  });

  test('the sample rows with problems are reported with their Excel row and reason', () => {
    const text = plan.problemi.map((p) => `${p.riga}: ${p.messaggio}`).join('\n');
    expect(text).toMatch(/duplicato/);
    expect(text).toMatch(/da verificare/);
    expect(text).toMatch(/#N\/A/);
    expect(text).toMatch(/31\/02\/2022/);
    expect(text).toMatch(/sessanta/);
    expect(plan.problemi.every((p) => p.riga >= 2)).toBe(true);
  });

  test('writes the plan workbook and leaves the inventory untouched', async () => {
    const written = path.join(planDir, 'piano.xlsx');
    expect(plan.file).toBe('piano.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(written);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Piano 2022']);
    expect(String(workbook.worksheets[0].getCell('A1').value)).toContain("Piano Annuale dell'Offerta Abitativa 2022");
    expect(digest(SAMPLE_INVENTORY)).toBe(before);
  });
});

test('without a file it runs the sample and prints a summary', async () => {
  const result = await run([]);
  expect(result.code).toBe(0);
  expect(result.err).toContain("uso l'inventario di esempio");
  expect(result.out).toContain("Piano Annuale dell'Offerta Abitativa 2022");
  // Available, SAT allowed/requested, base of the quotas, poverty quota.
  expect(result.out).toMatch(/Comune di Cremona\s+Cremona\s+18\s+4\/5\s+14\s+5/);
  expect(existsSync(path.join(workdir, 'out', 'inventario-esempio-piano-2022.xlsx'))).toBe(true);
  // A second run never overwrites the first plan.
  expect((await run([])).code).toBe(0);
  expect(existsSync(path.join(workdir, 'out', 'inventario-esempio-piano-2022 (2).xlsx'))).toBe(true);
}, 60_000);

describe('a CSV inventory', () => {
  test('is read with Italian separators and gives the same quotas', async () => {
    const csv = [
      'Codice alloggio;Ente proprietario;Comune;Stato alloggio;Data disponibilità',
      ...Array.from({ length: 10 }, (_, i) => `C-${i};Comune di Cremona;Cremona;libero;`),
      'C-10;Comune di Cremona;Cremona;in turnover;15/03/2022',
    ].join('\n');
    writeFileSync(path.join(workdir, 'inventario.csv'), csv);
    const result = await run([
      'inventario.csv',
      '--anno',
      '2022',
      '--param',
      'Comune di Cremona:maggiorazione=10%',
      '--json',
    ]);
    expect(result.code).toBe(0);
    const plan = JSON.parse(result.out) as JsonPlan;
    expect(plan.gruppi[0]).toMatchObject({ disponibili: 11, indigenza: { percentuale: 0.3, quota: 4 } });
  }, 30_000);
});

describe('the Polizia Locale in a 2027 plan', () => {
  test('--json gives gruppi[].poliziaLocale {percentuale, quota} and totali.poliziaLocale; above 20 % together it is refused', async () => {
    const result = await run([
      SAMPLE_INVENTORY,
      '--preset',
      'cremona-2022',
      '--anno',
      '2027',
      '--param',
      'forzePolizia=10%',
      '--param',
      'poliziaLocale=5%',
      '--json',
      '-o',
      'piano.xlsx',
    ]);
    expect(result.code).toBe(0);
    const plan = JSON.parse(result.out) as {
      gruppi: {
        ente: string;
        comune: string;
        baseRipartizione: number;
        poliziaLocale: { percentuale: number; quota: number };
      }[];
      totali: { poliziaLocale: number };
    };
    for (const group of plan.gruppi) {
      expect(group.poliziaLocale).toEqual({
        percentuale: 0.05,
        quota: Math.ceil((group.baseRipartizione * 5) / 100),
      });
    }
    expect(plan.totali.poliziaLocale).toBe(plan.gruppi.reduce((sum, group) => sum + group.poliziaLocale.quota, 0));

    const refused = await run([
      SAMPLE_INVENTORY,
      '--anno',
      '2027',
      '--param',
      'forzePolizia=15%',
      '--param',
      'poliziaLocale=10%',
    ]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('insieme fanno 25 %, più del 20 % per ente e comune consentito per il piano 2027');
    const early = await run([SAMPLE_INVENTORY, '--anno', '2024', '--param', 'poliziaLocale=5%']);
    expect(early.code).toBe(2);
    expect(early.err).toContain('R.R. 4/2017 art. 7 ter');
  }, 60_000);
});

describe('lett. f, lett. g and the three years in --json', () => {
  test('the sample for 2022: three years, dwellings assigned in 2021 from the dates, measures as given', async () => {
    const result = await run([
      SAMPLE_INVENTORY,
      '--preset',
      'cremona-2022',
      '--param',
      'misure=Fondo per la morosità incolpevole|25.000; Sportello casa|12.500,50 €; Accompagnamento sociale',
      '--json',
      '-o',
      'piano.xlsx',
    ]);
    expect(result.code).toBe(0);
    const plan = JSON.parse(result.out) as {
      parametri: { misure: { testo: string; importo?: number }[] };
      gruppi: {
        ente: string;
        comune: string;
        disponibili: number;
        assegnatiAnnoPrecedente: number | null;
        triennio: { anno: number; disponibili: number }[];
      }[];
      totali: { assegnatiAnnoPrecedente: number | null; triennio: { anno: number; disponibili: number }[] };
    };
    expect(plan.parametri.misure).toEqual([
      { testo: 'Fondo per la morosità incolpevole', importo: 25_000 },
      { testo: 'Sportello casa', importo: 12_500.5 },
      { testo: 'Accompagnamento sociale' },
    ]);
    for (const group of plan.gruppi) {
      expect(group.triennio.map((year) => year.anno)).toEqual([2022, 2023, 2024]);
      expect(group.triennio[0].disponibili).toBe(group.disponibili);
      expect(typeof group.assegnatiAnnoPrecedente).toBe('number');
    }
    const cremona = plan.gruppi.find((group) => group.ente === 'Comune di Cremona')!;
    expect(cremona.triennio).toEqual([
      { anno: 2022, disponibili: 18 },
      { anno: 2023, disponibili: 2 },
      { anno: 2024, disponibili: 5 },
    ]);
    expect(cremona.assegnatiAnnoPrecedente).toBe(3);
    expect(plan.totali.assegnatiAnnoPrecedente).toBe(
      plan.gruppi.reduce((sum, group) => sum + (group.assegnatiAnnoPrecedente ?? 0), 0),
    );
    expect(plan.totali.triennio.map((year) => year.disponibili)).toEqual([44, 8, 10]);
  }, 30_000);

  test('without assignment dates the figure is null, unless the owner gives it', async () => {
    const csv = [
      'Codice alloggio;Ente proprietario;Comune;Stato alloggio',
      'A-1;Comune di Cremona;Cremona;libero',
      'A-2;ALER Brescia-Cremona-Mantova;Cremona;libero',
    ].join('\n');
    writeFileSync(path.join(workdir, 'senza-date.csv'), csv);
    const result = await run([
      'senza-date.csv',
      '--anno',
      '2027',
      '--param',
      'ALER Brescia-Cremona-Mantova:assegnatiAnnoPrecedente=4',
      '--json',
    ]);
    expect(result.code).toBe(0);
    const plan = JSON.parse(result.out) as {
      gruppi: { ente: string; assegnatiAnnoPrecedente: number | null }[];
      totali: { assegnatiAnnoPrecedente: number | null };
      note: string[];
    };
    expect(plan.gruppi.map((group) => [group.ente, group.assegnatiAnnoPrecedente])).toEqual([
      ['Comune di Cremona', null],
      ['ALER Brescia-Cremona-Mantova', 4],
    ]);
    expect(plan.totali.assegnatiAnnoPrecedente).toBe(4);
    expect(plan.note.join(' ')).toContain('non indicati per «Comune di Cremona»');
  }, 30_000);

  test.each<[string[], string]>([
    [['--param', 'assegnatiAnnoPrecedente=4'], 'si dà per un ente'],
    [['--param', 'misure=Sportello|molti'], "l'importo «molti» della misura «Sportello» non è un importo in euro"],
    [['--param', 'misure=|100'], 'non ha la descrizione della misura'],
  ])('%p is refused: %s', async (args, message) => {
    const result = await run([SAMPLE_INVENTORY, ...args]);
    expect(result.code).toBe(2);
    expect(result.err).toContain(message);
  });
});

describe('the art. 14 reserve of a 2027 plan', () => {
  test('share and categories, general and per owner, by key or Italian name, in the JSON', async () => {
    const result = await run([
      SAMPLE_INVENTORY,
      '--anno',
      '2027',
      '--param',
      'categoriaQuota=10%',
      '--param',
      'riservaCategorie=anziani; Persone con disabilità',
      '--param',
      'ALER Brescia-Cremona-Mantova:riservaCategorie=famiglie-nuova-formazione',
      '--json',
      '-o',
      'piano.xlsx',
    ]);
    expect(result.code).toBe(0);
    const plan = JSON.parse(result.out) as {
      parametri: { riservaCategorie: string[] };
      gruppi: { ente: string; comune: string; categorieRiserva: string[]; categoria: { percentuale: number } }[];
    };
    expect(plan.parametri.riservaCategorie).toEqual(['anziani', 'disabili']);
    const of = (ente: string) => plan.gruppi.find((group) => group.ente === ente)!;
    expect(of('Comune di Cremona')).toMatchObject({
      categorieRiserva: ['anziani', 'disabili'],
      categoria: { percentuale: 0.1 },
    });
    expect(of('ALER Brescia-Cremona-Mantova').categorieRiserva).toEqual(['famiglie-nuova-formazione']);
  }, 30_000);
});

describe('bad input: exit code 2 and an Italian sentence, nothing written', () => {
  test.each<[string, string[], string | RegExp]>([
    ['missing file', ['nonesiste.xlsx'], 'non esiste'],
    ['a folder with no inventory in it', ['vuota'], 'La cartella vuota non contiene file .xlsx o .csv'],
    ['unsupported format', ['inventario.pdf'], 'non supportato'],
    ['missing columns', ['senza-stato.csv'], /Mancano le colonne obbligatorie.*Stato/s],
    ['unknown sheet', [SAMPLE_INVENTORY, '--sheet', 'Foglio9'], /non ha un foglio «Foglio9».*Inventario/],
    ['percentage written as 30', [SAMPLE_INVENTORY, '--param', 'indigenza=30'], 'Scrivete 30% oppure 0,3'],
    ['SAT cap above the law', [SAMPLE_INVENTORY, '--param', 'satSoglia=0.3'], 'L.R. 16/2016 art. 23'],
    [
      'police share above 10 % in 2022',
      [SAMPLE_INVENTORY, '--preset', 'cremona-2022', '--param', 'forzePolizia=0.15'],
      'art. 7 bis',
    ],
    [
      'a base poverty share other than 20 %',
      [SAMPLE_INVENTORY, '--param', 'indigenza=0.3'],
      /non si può scegliere.*R\.R\. 4\/2017 art\. 13 c\. 3.*maggiorazione/s,
    ],
    [
      'reserve categories in a 2022 plan',
      [SAMPLE_INVENTORY, '--anno', '2022', '--param', 'riservaCategorie=anziani'],
      'la riserva non è prevista',
    ],
    [
      'an unknown reserve category',
      [SAMPLE_INVENTORY, '--anno', '2027', '--param', 'riservaCategorie=anziani,studenti'],
      "«studenti» non è una categoria dell'art. 14",
    ],
    ['unknown parameter', [SAMPLE_INVENTORY, '--param', 'sconto=0.1'], 'Parametro sconosciuto «sconto»'],
    ['unknown preset', [SAMPLE_INVENTORY, '--preset', 'milano'], 'Preset «milano» sconosciuto'],
    ['output is the inventory', [SAMPLE_INVENTORY, '-o', SAMPLE_INVENTORY], "l'inventario non si modifica"],
  ])(
    '%s',
    async (_title, args, expected) => {
      writeFileSync(path.join(workdir, 'inventario.pdf'), 'x');
      mkdirSync(path.join(workdir, 'vuota'), { recursive: true });
      writeFileSync(path.join(workdir, 'vuota', 'note.txt.bak'), 'x');
      writeFileSync(path.join(workdir, 'senza-stato.csv'), 'Ente proprietario;Comune\nComune di Cremona;Cremona\n');
      const before = digest(SAMPLE_INVENTORY);
      const result = await run(args);
      expect(result.code).toBe(2);
      if (typeof expected === 'string') expect(result.err).toContain(expected);
      else expect(result.err).toMatch(expected);
      expect(existsSync(path.join(workdir, 'out'))).toBe(false);
      expect(digest(SAMPLE_INVENTORY)).toBe(before);
    },
    30_000,
  );

  test('a workbook compressed with a method Excel does not use: the sentence names it in Italian', async () => {
    const bytes = readFileSync(path.resolve(__dirname, '../fixtures/bad-inputs/good.xlsx'));
    // Every entry's compression method (local and central headers) set to 14 (LZMA).
    for (let at = 0; at + 4 <= bytes.length; at += 1) {
      const signature = bytes.readUInt32LE(at);
      if (signature === 0x04034b50) bytes.writeUInt16LE(14, at + 8);
      if (signature === 0x02014b50) bytes.writeUInt16LE(14, at + 10);
    }
    writeFileSync(path.join(workdir, 'lzma.xlsx'), bytes);
    const result = await run(['lzma.xlsx']);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(
      /^Il file lzma\.xlsx usa una variante del formato \.xlsx che il comando non legge \(la parte [^ ]+ è compressa con il metodo 14\)\./,
    );
  });

  test('an existing output file is not replaced without --force', async () => {
    const target = path.join(workdir, 'piano.xlsx');
    writeFileSync(target, 'lavoro di qualcuno');
    const result = await run([SAMPLE_INVENTORY, '-o', 'piano.xlsx']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('esiste già');
    expect(readFileSync(target, 'utf8')).toBe('lavoro di qualcuno');
  });
});
