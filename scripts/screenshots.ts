/**
 * Regenerates the README's pictures (`npm run screenshots`):
 * - docs/screenshots/pane.png: the workbench (the real task pane on the simulated Excel) after
 *   reading the sample inventory with the Cremona 2022 preset, as the pane opens after reading;
 * - docs/screenshots/pane-comunicazioni.png: then the owners' communications of
 *   assets/comunicazioni imported and merged (step 4: who answered, who is late or missing);
 * - docs/screenshots/plan-<year>[-en]-<page>.png: every printed page of the plan sheet for the
 *   sample with the Cremona note's choices, for 2022 and 2027 in Italian (the command line's
 *   workbook) and 2027 in English (the same plan, English layout), printed by LibreOffice
 *   (headless, its own throw-away profile, formulas recalculated) to PDF, at 100 dpi with pdftoppm.
 * - docs/screenshots/pane-triennio.png: the same pane scrolled to the chart of the three years;
 *
 * Needs Chromium, LibreOffice and poppler-utils (scripts/ensure-system-deps.js says how to get
 * them). Builds the add-in if dist/ is stale and the workbench. Nothing leaves the computer.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { SAMPLE_INVENTORY, main } from '../src/cli/main';
import { parseArgs } from '../src/cli/args';
import { runAmbito } from '../src/cli/ambito';
import { zipDeflated } from '../src/cli/zip';
import { spreadsheetParts } from '../src/xlsx/spreadsheetml';
import { planSheetLayout } from '../src/core/pipeline';
import { findSystemDeps, missingMessage, missingSystemDeps } from './ensure-system-deps';
import { ensureAddinBuild } from '../test/workbench/addin-build';
import { launchBrowser, openPage, screenshot } from '../test/workbench/browser';
import { buildWorkbench } from '../test/workbench/build';
import {
  importAndMergeCommunications,
  pane,
  readSampleWithCremonaPreset,
  sampleCommunicationFiles,
  texts,
} from '../test/workbench/flows';
import type { Page } from 'playwright-core';
import { ROOT } from '../test/workbench/paths';
import { startServer } from '../test/workbench/serve';

const execFileAsync = promisify(execFile);
const OUT = path.join(ROOT, 'docs/screenshots');
/** The plan's generation date printed on the sheet: fixed, so the picture changes only with the plan. */
/** The day a plan for `year` is prepared in the pictures: 15 November of the year before, after the owners' deadline. */
const planDate = (year: number): Date => new Date(year - 1, 10, 15, 9, 0);

/** LibreOffice: recalculate formulas on load (the cached results are the engine's anyway). */
const REGISTRY = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>it-IT</value></prop></item>
</oor:items>
`;

/** The 2027 plan of the README: the rules of R.R. 2/2025, every content of art. 4 c. 3 in use. */
export const ARGS_2027 = [
  '--preset',
  'cremona-2022',
  '--anno',
  '2027',
  '--param',
  'forzePolizia=10%',
  '--param',
  'poliziaLocale=5%',
  '--param',
  'categoriaQuota=12,5%',
  '--param',
  'riservaCategorie=anziani,categoria-aggiuntiva',
  '--param',
  'misure=Fondo per la morosità incolpevole|25.000; Sportello casa|12.500,50',
  '--param',
  'Comune di Sesto ed Uniti:assegnatiAnnoPrecedente=2',
];

/**
 * The workbench after reading the sample with the Cremona 2022 preset, as the pane opens, then
 * (`triennioFile`) scrolled to the three years; or, with `then`, taken further first (the
 * capofila's step) and scrolled to what the picture shows.
 */
async function panePicture(file: string, triennioFile?: string, then?: (page: Page) => Promise<void>): Promise<void> {
  console.log(ensureAddinBuild('production'));
  await buildWorkbench();
  const server = await startServer({ port: 0 });
  const session = await launchBrowser({ viewport: { width: 1366, height: 800 } });
  try {
    const { page, pageErrors } = await openPage(session, server.url, { file: 'workbench.html' });
    await readSampleWithCremonaPreset(page);
    // As the pane opens after reading: the steps closed to a line each, the preview's totals,
    // the footer with "Crea piano", from the top. No hover highlight left where the last click was.
    await pane(page).evaluate((element) => element.scrollTo(0, 0));
    if (then) await then(page);
    await page.mouse.move(1360, 795);
    await screenshot(page, file);
    // The three years (art. 5 c. 1) below the per-group chart.
    if (triennioFile) {
      const years = pane(page).getByText(texts('it').app.threeYearsHeading({ first: 2022, last: 2024 }));
      await years.evaluate((element) => element.scrollIntoView({ block: 'center' }));
      await page.mouse.move(1360, 795);
      await screenshot(page, triennioFile);
    }
    if (pageErrors.length > 0 || session.outside.length > 0) {
      throw new Error(`The page failed: ${[...pageErrors, ...session.outside].join('; ')}`);
    }
  } finally {
    await session.close();
    await server.close();
  }
}

/** The capofila's step after importing and merging assets/comunicazioni: who answered, who did not. */
async function mergedCommunications(page: Page): Promise<void> {
  await importAndMergeCommunications(page, sampleCommunicationFiles());
  await pane(page)
    .getByRole('heading', { name: texts('it').app.ownersHeading, exact: true })
    .evaluate((element) => element.scrollIntoView({ block: 'start' }));
}

/** The printed plans of the README: file stem, and how the workbook is made. */
interface PrintedPlan {
  stem: string;
  write: (work: string, file: string) => Promise<void>;
}

/** The command line's workbook for the sample with the Cremona note's choices, for `year`. */
function commandLinePlan(
  year: number,
  choices: readonly string[] = ['--preset', 'cremona-2022', '--anno', String(year)],
): PrintedPlan {
  return {
    stem: `plan-${year}`,
    write: async (work, file) => {
      const errors: string[] = [];
      const args = [SAMPLE_INVENTORY, ...choices, '-o', file];
      const code = await main(args, {
        out: () => undefined,
        err: (text) => errors.push(text),
        progress: false,
        now: () => planDate(year),
        cwd: work,
      });
      if (code !== 0) throw new Error(`casa-piano exited with ${code}: ${errors.join('\n')}`);
    },
  };
}

/** The same plan as the command line's, laid out in English (as the pane writes it when Office is in English). */
function englishPlan(year: number, choices: readonly string[]): PrintedPlan {
  return {
    stem: `plan-${year}-en`,
    write: async (_work, file) => {
      const params = parseArgs([SAMPLE_INVENTORY, ...choices], year).params;
      const run = await runAmbito([SAMPLE_INVENTORY], { params, annoIndicato: true, scenari: [], now: planDate(year) });
      const layout = planSheetLayout(
        { plan: run.plan, fingerprint: run.plan.impronta },
        { language: 'en', generatedAt: planDate(year) },
      );
      // Written as the add-in writes it (the command line's and the pane's writer).
      writeFileSync(file, zipDeflated(spreadsheetParts([layout], { created: planDate(year) }), planDate(year)));
    },
  };
}

const PRINTED_PLANS: PrintedPlan[] = [
  commandLinePlan(2022),
  commandLinePlan(2027, ARGS_2027),
  englishPlan(2027, ARGS_2027),
];

/** Prints every plan of PRINTED_PLANS with LibreOffice and writes each page to OUT; returns the files written. */
async function planPictures(): Promise<string[]> {
  const tools = findSystemDeps();
  const missing = missingSystemDeps(tools).filter((name) => ['soffice', 'pdftoppm', 'pdfinfo'].includes(name));
  if (missing.length > 0) throw new Error(missingMessage(missing));
  const work = mkdtempSync(path.join(tmpdir(), 'casa-screenshots-'));
  try {
    const workbooks: string[] = [];
    for (const plan of PRINTED_PLANS) {
      const file = path.join(work, `${plan.stem}.xlsx`);
      await plan.write(work, file);
      workbooks.push(file);
    }
    const profile = path.join(work, 'lo-profile');
    mkdirSync(path.join(profile, 'user'), { recursive: true });
    writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), REGISTRY);
    await execFileAsync(
      tools.soffice!,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--invisible',
        '--norestore',
        '--nolockcheck',
        '--nodefault',
        '--nologo',
        '--convert-to',
        'pdf',
        '--outdir',
        work,
        ...workbooks,
      ],
      { cwd: work, timeout: 180_000 },
    );
    for (const old of readdirSync(OUT).filter((name) => /^plan-.*\.png$/.test(name))) rmSync(path.join(OUT, old));
    const written: string[] = [];
    for (const plan of PRINTED_PLANS) {
      const pdf = path.join(work, `${plan.stem}.pdf`);
      if (!existsSync(pdf)) throw new Error(`LibreOffice did not write ${plan.stem}.pdf`);
      // Every page: plan-2022-1.png, plan-2022-2.png...
      await execFileAsync(tools.pdftoppm!, ['-png', '-r', '100', pdf, path.join(work, plan.stem)]);
      const pages = readdirSync(work)
        .filter((name) => name.startsWith(`${plan.stem}-`) && name.endsWith('.png'))
        .sort();
      for (const page of pages) {
        const number = Number(/-(\d+)\.png$/.exec(page)?.[1]);
        const target = path.join(OUT, `${plan.stem}-${number}.png`);
        copyFileSync(path.join(work, page), target);
        written.push(target);
      }
    }
    return written;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function run(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const paneFile = path.join(OUT, 'pane.png');
  const triennioFile = path.join(OUT, 'pane-triennio.png');
  await panePicture(paneFile, triennioFile);
  console.log(`Wrote ${path.relative(ROOT, paneFile)}, ${path.relative(ROOT, triennioFile)}`);
  const ambitoFile = path.join(OUT, 'pane-comunicazioni.png');
  await panePicture(ambitoFile, undefined, mergedCommunications);
  console.log(`Wrote ${path.relative(ROOT, ambitoFile)}`);
  for (const file of await planPictures()) console.log(`Wrote ${path.relative(ROOT, file)}`);
}

run().catch((error: unknown) => {
  console.error((error as Error).message ?? error);
  process.exitCode = 1;
});
