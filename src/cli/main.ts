/**
 * casa-piano: the command-line front door. Inventories or owners' communications in (files or
 * folders, merged), plan workbook out, summary printed; or, with --comunicazione, the workbook to
 * send one owner. Exit codes: 0 done, 2 bad input (message in Italian), 1 unexpected failure.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { PlanParamsError } from '../core/plan/params';
import { communicationsSummary, mergedPlanJson, scenariosSummary } from './ambito-summary';
import { runAmbito } from './ambito';
import { parseArgs, USAGE, type CliOptions } from './args';
import { prepareCommunication } from './communication';
import { CLI } from './messages';
import { type OutputFiles, isSameFile, nodeFiles, writeOutputFile } from './output';
import { InputError } from './read';
import { expandInputs } from './sources';
import { planSummary } from './summary';
import { safeForJson, safeForTerminal } from './terminal';
import type { SheetLayout } from '../core/sheet';
import { spreadsheetParts } from '../xlsx/spreadsheetml';
import { zipDeflated } from './zip';

/**
 * A workbook's bytes: the SpreadsheetML parts of the layouts (no ExcelJS: loading it cost the
 * command line about 0.1 s at every run, writing with it another 0.06 s), zipped with Node's zlib.
 */
function workbookBytes(layouts: readonly SheetLayout[], now: Date): Uint8Array {
  return zipDeflated(spreadsheetParts(layouts, { created: now }), now);
}

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

/** `out/<name>.xlsx`, with " (2)", " (3)"... when the name is taken. */
function freeOutput(cwd: string, stem: string, from = 1): string {
  const named = (copy: number): string => path.join(cwd, 'out', copy === 1 ? `${stem}.xlsx` : `${stem} (${copy}).xlsx`);
  let copy = from;
  while (existsSync(named(copy))) copy += 1;
  return named(copy);
}

/** `out/<inventory>-piano-<anno>.xlsx` (a folder of communications: `out/<folder>-piano-<anno>.xlsx`). */
function defaultOutput(cwd: string, input: string, year: number, from = 1): string {
  return freeOutput(cwd, `${path.basename(input, path.extname(input))}-piano-${year}`, from);
}

/**
 * Writes `data` atomically to -o, or to the first free default name (the next one if another run
 * takes it meanwhile). `inputs` are never written over.
 */
async function writeWorkbook(
  data: Uint8Array,
  options: { output?: string; force: boolean; inputs: readonly string[]; defaultName: (from: number) => string },
  io: Io,
): Promise<string> {
  let outputPath = options.output ? path.resolve(io.cwd, options.output) : options.defaultName(1);
  for (const input of options.inputs) {
    if (await isSameFile(io.files ?? nodeFiles, input, outputPath)) {
      throw new InputError(CLI['output-is-input']({ file: path.relative(io.cwd, outputPath) || outputPath }));
    }
  }
  for (let attempt = 2; ; attempt += 1) {
    try {
      await writeOutputFile(outputPath, data, {
        input: options.inputs[0],
        shown: path.relative(io.cwd, outputPath) || outputPath,
        force: options.force,
        files: io.files,
      });
      return outputPath;
    } catch (error) {
      // A default name taken meanwhile by another run: the next free one.
      if (options.output || !(error instanceof InputError) || !existsSync(outputPath) || attempt > 1000) throw error;
      outputPath = options.defaultName(attempt);
    }
  }
}

/** `--comunicazione "ENTE" [INVENTARIO]`: the owner's communication workbook; nothing else is read. */
async function writeCommunicationCommand(options: CliOptions, io: Io): Promise<number> {
  if (options.inputs.length > 1) {
    throw new InputError(CLI['communication-one-inventory']({ inputs: options.inputs.join(', ') }));
  }
  const inventory = options.input === undefined ? undefined : path.resolve(io.cwd, options.input);
  const ente = (options.comunicazione ?? '').trim();
  const prepared = await prepareCommunication({
    ente,
    params: options.params,
    inventory,
    sheet: options.sheet,
    now: io.now(),
  });
  const stem = prepared.book.fileName.replace(/\.xlsx$/, '');
  const written = await writeWorkbook(
    workbookBytes(prepared.book.sheets, io.now()),
    {
      output: options.output,
      force: options.force,
      inputs: inventory ? [inventory] : [],
      defaultName: (from) => freeOutput(io.cwd, stem, from),
    },
    io,
  );
  for (const warning of prepared.warnings) io.err(CLI.warning({ warning }));
  const shown = path.relative(io.cwd, written) || written;
  const dwellings =
    prepared.book.alloggi === 0
      ? CLI['communication-empty-table']
      : CLI['communication-dwellings']({ count: String(prepared.book.alloggi) });
  io.out(
    CLI['communication-written']({
      ente,
      year: String(options.params.anno),
      dwellings,
      file: shown,
      deadline: prepared.deadline,
    }),
  );
  return 0;
}

/** -o must name an .xlsx file: the plan is a workbook, and a typo must not produce a .csv or a .pdf. */
function checkOutputName(output: string): void {
  if (path.extname(output).toLowerCase() !== '.xlsx') {
    const stem = path.basename(output, path.extname(output)) || CLI['default-plan-name'];
    throw new InputError(CLI['output-not-xlsx']({ output, example: `${stem}.xlsx` }));
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
    if (options.output !== undefined) checkOutputName(options.output);
    if (options.comunicazione !== undefined) return await writeCommunicationCommand(options, io);
    let inputs = options.inputs;
    let params = options.params;
    let annoIndicato = options.annoIndicato;
    if (inputs.length === 0) {
      inputs = [SAMPLE_INVENTORY];
      // The sample is an Ambito di Cremona inventory: read it with the Cremona 2022 note.
      if (!args.some((arg) => arg.startsWith('--preset'))) {
        params = parseArgs(['--preset', 'cremona-2022', ...args], params.anno).params;
        annoIndicato = true;
      }
      io.err(CLI['sample-used']({ file: path.relative(io.cwd, SAMPLE_INVENTORY) }));
    }
    const files = await expandInputs(inputs, io.cwd);
    const showProgress = (file: string, rows: number): void => {
      if (io.progress) {
        process.stderr.write(`\r${CLI.progress({ file: path.basename(file), rows: rows.toLocaleString('it-IT') })}`);
      }
    };
    const run = await runAmbito(files, {
      params,
      annoIndicato,
      sheet: options.sheet,
      enti: options.enti,
      scenari: options.scenari,
      usaScenario: options.usaScenario,
      now: io.now(),
      onProgress: showProgress,
      onWarning: (warning) => io.err(CLI.warning({ warning })),
    });
    if (io.progress) process.stderr.write('\r\x1b[K');
    const { plan } = run;
    if (run.annoDalleComunicazioni !== undefined) {
      io.err(CLI['year-from-communications']({ year: String(plan.anno) }));
    }
    const firstInput = path.resolve(io.cwd, inputs[0]);
    const written = await writeWorkbook(
      workbookBytes(run.layouts, io.now()),
      {
        output: options.output,
        force: options.force,
        inputs: files,
        defaultName: (from) => defaultOutput(io.cwd, firstInput, plan.anno, from),
      },
      io,
    );

    const shown = path.relative(io.cwd, written) || written;
    if (options.json) {
      const json = mergedPlanJson(plan, { output: shown, comparison: run.comparison, scenario: run.scenario });
      io.out(safeForJson(JSON.stringify(json, null, 2)));
    } else {
      const lines = [planSummary(plan, undefined, io.now())];
      if (files.length > 1 || run.merge.elenco) lines.push(...communicationsSummary(plan));
      if (run.comparison) lines.push(...scenariosSummary(run.comparison));
      const sheets = run.layouts.map((layout) => CLI.quoted({ name: layout.name })).join(', ');
      lines.push(
        '',
        run.layouts.length === 1
          ? CLI['sheet-written']({ file: shown })
          : CLI['sheets-written']({ sheets, file: shown }),
      );
      io.out(lines.join('\n'));
    }
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
    io.err(CLI.unexpected({ detail }));
    return 1;
  }
}
