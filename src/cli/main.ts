/**
 * casa-piano: the command-line front door. Inventory file in, plan workbook out, summary printed.
 * Exit codes: 0 done, 2 bad input (message in Italian), 1 unexpected failure.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { PlanParamsError } from '../core/plan/params';
import { planFromGrid, planSheetLayout } from '../core/pipeline';
import { parseArgs, USAGE } from './args';
import { type OutputFiles, writeOutputFile } from './output';
import { InputError, readInventoryFile } from './read';
import { planJson, planSummary } from './summary';
import { safeForJson, safeForTerminal } from './terminal';
import { planWorkbookBuffer } from './xlsx';

export const SAMPLE_INVENTORY = path.resolve(__dirname, '../../assets/inventario-esempio.xlsx');

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** True when stderr is a terminal: then a progress line is shown. */
  progress: boolean;
  now: () => Date;
  cwd: string;
  /** File operations for the plan workbook (tests reproduce a full or read-only disk). */
  files?: OutputFiles;
}

const defaultIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  progress: Boolean(process.stderr.isTTY),
  now: () => new Date(),
  cwd: process.cwd(),
};

/** `out/<inventory>-piano-<anno>.xlsx`, with " (2)", " (3)"... when the name is taken. */
function defaultOutput(cwd: string, input: string, year: number, from = 1): string {
  const stem = `${path.basename(input, path.extname(input))}-piano-${year}`;
  const named = (copy: number): string => path.join(cwd, 'out', copy === 1 ? `${stem}.xlsx` : `${stem} (${copy}).xlsx`);
  let copy = from;
  while (existsSync(named(copy))) copy += 1;
  return named(copy);
}

/** -o must name an .xlsx file: the plan is a workbook, and a typo must not produce a .csv or a .pdf. */
function checkOutputName(output: string): void {
  if (path.extname(output).toLowerCase() !== '.xlsx') {
    throw new InputError(
      `Il file del piano «${output}» deve avere l'estensione .xlsx (il piano è una cartella di lavoro Excel): per esempio -o ${path.basename(output, path.extname(output)) || 'piano'}.xlsx.`,
    );
  }
}

export async function main(args: string[], givenIo: Io = defaultIo): Promise<number> {
  // Names from the inventory reach the terminal: no escape sequence of theirs gets through.
  const io: Io = {
    ...givenIo,
    out: (text) => givenIo.out(safeForTerminal(text)),
    err: (text) => givenIo.err(safeForTerminal(text)),
  };
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
    if (options.output !== undefined) checkOutputName(options.output);
    let outputPath = options.output
      ? path.resolve(io.cwd, options.output)
      : defaultOutput(io.cwd, inputPath, params.anno);
    const shownPath = (file: string): string => path.relative(io.cwd, file) || file;

    const showProgress = (rows: number): void => {
      if (io.progress) process.stderr.write(`\rLettura dell'inventario: ${rows.toLocaleString('it-IT')} righe…`);
    };
    const source = await readInventoryFile(inputPath, options.sheet, showProgress);
    if (io.progress) process.stderr.write('\r\x1b[K');
    for (const warning of source.warnings ?? []) io.err(`Attenzione: ${warning}`);
    const { inventory, plan, fingerprint } = planFromGrid(source, params);
    if (!plan || !fingerprint) throw new InputError(inventory.issues.map((issue) => issue.message).join('\n'));
    const layout = planSheetLayout({ plan, fingerprint }, { generatedAt: io.now() });
    const workbook = await planWorkbookBuffer(layout);
    for (let attempt = 2; ; attempt += 1) {
      try {
        await writeOutputFile(outputPath, workbook, {
          input: inputPath,
          shown: shownPath(outputPath),
          force: options.force,
          files: io.files,
        });
        break;
      } catch (error) {
        // A default name taken meanwhile by another run: the next free one.
        if (options.output || !(error instanceof InputError) || !existsSync(outputPath) || attempt > 1000) throw error;
        outputPath = defaultOutput(io.cwd, inputPath, params.anno, attempt);
      }
    }

    const shown = shownPath(outputPath);
    io.out(
      options.json
        ? safeForJson(JSON.stringify(planJson(plan, { fingerprint, output: shown }), null, 2))
        : planSummary(plan, shown),
    );
    return 0;
  } catch (error) {
    if (error instanceof InputError || error instanceof PlanParamsError) {
      io.err(
        error instanceof PlanParamsError ? error.problems.map((problem) => problem.message).join('\n') : error.message,
      );
      return 2;
    }
    // No stack trace for the user (CASA_DEBUG=1 shows it): what happened and that nothing was written.
    const detail = process.env.CASA_DEBUG ? ((error as Error).stack ?? String(error)) : (error as Error).message;
    io.err(
      `Errore imprevisto: ${detail}\nNessun piano è stato scritto. Se l'errore si ripete, segnalatelo con questo messaggio (CASA_DEBUG=1 mostra i dettagli).`,
    );
    return 1;
  }
}
