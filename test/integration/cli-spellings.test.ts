/**
 * Two spellings of one owner or comune, through the command line (src/core/plan/spellings.ts):
 * the audit's inventory (an ALER and a comune written two ways) prints one warning per pair and
 * writes it among the plan sheet's notes; two communications spelling one owner differently get
 * the same warning with both files. The groups are not merged: the user decides.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { runCliInProcess, type CliRun } from '../helpers/run-cli';

const TIMEOUT = 60_000;
const HEADER = 'Codice alloggio;Ente proprietario;Comune;Destinazione;Stato';

/** /tmp/audit/names.csv of the audit, as it was found. */
const NAMES_CSV = [
  HEADER,
  'N1;ALER Brescia-Cremona-Mantova;Cremona;SAP;libero',
  'N2;ALER Brescia-Cremona-Mantova;Cremona;SAP;libero',
  'N3;ALER Brescia Cremona Mantova;Cremona;SAP;libero',
  'N4;Aler Brescia-Cremona-Mantova;CREMONA;SAP;libero',
  'N5;Comune di Cremona;Cremona;SAP;libero',
  'N6;Comune Di Cremona ;cremona;SAP;libero',
  'N7;Comune di Cremona;Cremona (CR);SAP;libero',
  'N8;Comune di  Cremona;Cremona;SAP;libero',
  '',
].join('\n');

const OWNERS_WARNING =
  "Gli enti proprietari «ALER Brescia-Cremona-Mantova» (3 alloggi; prima occorrenza: riga 2) e «ALER Brescia Cremona Mantova» (1 alloggio; prima occorrenza: riga 4) sembrano lo stesso nome scritto in due modi: il piano li conta come due enti distinti, ciascuno con le sue quote. Se sono lo stesso ente, correggete l'inventario perché tutte le righe usino lo stesso nome: le quote sono calcolate per ente e comune e arrotondate per eccesso.";
const COMUNI_WARNING =
  "«Comune di Cremona»: i comuni «Cremona» (3 alloggi; prima occorrenza: riga 6) e «Cremona (CR)» (1 alloggio; prima occorrenza: riga 8) sembrano lo stesso nome scritto in due modi: il piano ne fa due gruppi distinti, ciascuno con le sue quote. Se sono lo stesso comune, correggete l'inventario perché tutte le righe usino lo stesso nome: le quote sono calcolate per ente e comune e arrotondate per eccesso.";

let workdir: string;
beforeAll(() => {
  workdir = mkdtempSync(path.join(tmpdir(), 'casa-spellings-'));
});
afterAll(() => rmSync(workdir, { recursive: true, force: true }));

function run(args: string[]): Promise<CliRun> {
  return runCliInProcess(args, { cwd: workdir, now: new Date(Date.UTC(2026, 9, 1, 9, 0)) });
}

/** Every text cell of the plan sheet written. */
async function sheetTexts(file: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const texts: string[] = [];
  workbook.worksheets[0].eachRow((row) =>
    row.eachCell((cell) => {
      if (typeof cell.value === 'string') texts.push(cell.value);
    }),
  );
  return texts;
}

test(
  'the audit’s inventory: one warning per pair in the summary and in the plan sheet’s notes, groups kept',
  async () => {
    writeFileSync(path.join(workdir, 'names.csv'), NAMES_CSV);
    const result = await run(['names.csv', '--anno', '2027', '-o', 'names.xlsx']);
    expect(result.code).toBe(0);
    expect(result.out).toContain("2 problemi nell'inventario:");
    expect(result.out).toContain(`  - ${OWNERS_WARNING}`);
    expect(result.out).toContain(`  - ${COMUNI_WARNING}`);
    // Not merged: four groups, one indigenza dwelling each, until the user corrects the names.
    expect(result.out).toContain('8 alloggi letti, 4 gruppi (ente x comune).');
    expect(await sheetTexts(path.join(workdir, 'names.xlsx'))).toEqual(
      expect.arrayContaining([OWNERS_WARNING, COMUNI_WARNING]),
    );
  },
  TIMEOUT,
);

test(
  'two communications spelling one owner differently: the warning names both files',
  async () => {
    writeFileSync(
      path.join(workdir, 'aler-cremona.csv'),
      [
        HEADER,
        'A1;ALER Brescia-Cremona-Mantova;Cremona;SAP;libero',
        'A2;ALER Brescia-Cremona-Mantova;Cremona;SAP;libero',
        '',
      ].join('\n'),
    );
    writeFileSync(
      path.join(workdir, 'aler-crema.csv'),
      [HEADER, 'B1;ALER Brescia Cremona Mantova;Crema;SAP;libero', ''].join('\n'),
    );
    const result = await run(['aler-cremona.csv', 'aler-crema.csv', '--anno', '2027', '--json', '-o', 'merged.xlsx']);
    expect(result.code).toBe(0);
    const plan = JSON.parse(result.out) as { problemi: Array<{ messaggio: string }> };
    expect(plan.problemi.map((problem) => problem.messaggio)).toEqual([
      "Gli enti proprietari «ALER Brescia-Cremona-Mantova» (2 alloggi; prima occorrenza: file «aler-cremona.csv», riga 2) e «ALER Brescia Cremona Mantova» (1 alloggio; prima occorrenza: file «aler-crema.csv», riga 2) sembrano lo stesso nome scritto in due modi: il piano li conta come due enti distinti, ciascuno con le sue quote. Se sono lo stesso ente, correggete l'inventario perché tutte le righe usino lo stesso nome: le quote sono calcolate per ente e comune e arrotondate per eccesso.",
    ]);
  },
  TIMEOUT,
);
