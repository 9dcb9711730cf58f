/**
 * casa-piano: the command-line front door. Inventory file in, plan workbook out, summary printed.
 * Exit codes: 0 done, 2 bad input (message in Italian), 1 unexpected failure.
 */
import { existsSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { PlanParamsError } from '../core/plan/params';
import { planFromGrid, planSheetLayout } from '../core/pipeline';
import { parseArgs, USAGE } from './args';
import { InputError, readInventoryFile } from './read';
import { planJson, planSummary } from './summary';
import { writePlanWorkbook } from './xlsx';

export const SAMPLE_INVENTORY = path.resolve(__dirname, '../../assets/inventario-esempio.xlsx');

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** True when stderr is a terminal: then a progress line is shown. */
  progress: boolean;
  now: () => Date;
  cwd: string;
}

const defaultIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  progress: Boolean(process.stderr.isTTY),
  now: () => new Date(),
  cwd: process.cwd(),
};

/** `out/<inventory>-piano-<anno>.xlsx`, with " (2)", " (3)"... when the name is taken. */
function defaultOutput(cwd: string, input: string, year: number): string {
  const stem = `${path.basename(input, path.extname(input))}-piano-${year}`;
  let candidate = path.join(cwd, 'out', `${stem}.xlsx`);
  for (let copy = 2; existsSync(candidate); copy += 1) candidate = path.join(cwd, 'out', `${stem} (${copy}).xlsx`);
  return candidate;
}

export async function main(args: string[], io: Io = defaultIo): Promise<number> {
  try {
    const options = parseArgs(args, io.now().getFullYear() + 1);
    if (options.help) {
      io.out(USAGE);
      return 0;
    }
    let input = options.input;
    let params = options.params;
    if (input === undefined) {
      input = SAMPLE_INVENTORY;
      // The sample is an Ambito di Cremona inventory: read it with the Cremona 2022 note.
      if (!args.some((arg) => arg.startsWith('--preset'))) {
        params = parseArgs(['--preset', 'cremona-2022', ...args], params.anno).params;
      }
      io.err(`Nessun inventario indicato: uso l'inventario di esempio ${path.relative(io.cwd, input)}.`);
    }
    const inputPath = path.resolve(io.cwd, input);
    const outputPath = options.output
      ? path.resolve(io.cwd, options.output)
      : defaultOutput(io.cwd, inputPath, params.anno);
    if (outputPath === inputPath) {
      throw new InputError(
        "Il file di uscita coincide con l'inventario: l'inventario non si modifica, scegliete un altro nome con -o.",
      );
    }
    if (options.output && existsSync(outputPath) && !options.force) {
      throw new InputError(
        `Il file ${options.output} esiste già: scegliete un altro nome con -o, oppure aggiungete --force per sostituirlo.`,
      );
    }

    const showProgress = (rows: number): void => {
      if (io.progress) process.stderr.write(`\rLettura dell'inventario: ${rows.toLocaleString('it-IT')} righe…`);
    };
    const source = await readInventoryFile(inputPath, options.sheet, showProgress);
    if (io.progress) process.stderr.write('\r\x1b[K');
    const { inventory, plan, fingerprint } = planFromGrid(source, params);
    if (!plan || !fingerprint) throw new InputError(inventory.issues.map((issue) => issue.message).join('\n'));
    const layout = planSheetLayout({ plan, fingerprint }, { generatedAt: io.now() });
    mkdirSync(path.dirname(outputPath), { recursive: true });
    await writePlanWorkbook(layout, outputPath);

    const shown = path.relative(io.cwd, outputPath) || outputPath;
    io.out(
      options.json ? JSON.stringify(planJson(plan, { fingerprint, output: shown }), null, 2) : planSummary(plan, shown),
    );
    return 0;
  } catch (error) {
    if (error instanceof InputError || error instanceof PlanParamsError) {
      io.err(
        error instanceof PlanParamsError ? error.problems.map((problem) => problem.message).join('\n') : error.message,
      );
      return 2;
    }
    io.err(`Errore imprevisto: ${(error as Error).stack ?? String(error)}`);
    return 1;
  }
}
