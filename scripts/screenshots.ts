/**
 * Regenerates the README's pictures (`npm run screenshots`):
 * - docs/screenshots/pane.png: the workbench (the real task pane on the simulated Excel) after
 *   reading the sample inventory with the Cremona 2022 preset, as the pane opens after reading;
 * - docs/screenshots/plan-sheet.png: the command line's plan workbook for the sample, printed
 *   by LibreOffice (headless, its own throw-away profile, formulas recalculated) to PDF, pages
 *   1 and 2 (plan-sheet.png, plan-sheet-2.png) at 100 dpi with pdftoppm.
 *
 * Needs Chromium, LibreOffice and poppler-utils (scripts/ensure-system-deps.js says how to get
 * them). Builds the add-in if dist/ is stale and the workbench. Nothing leaves the computer.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { SAMPLE_INVENTORY, main } from '../src/cli/main';
import { findSystemDeps, missingMessage, missingSystemDeps } from './ensure-system-deps';
import { ensureAddinBuild } from '../test/workbench/addin-build';
import { launchBrowser, openPage, screenshot } from '../test/workbench/browser';
import { buildWorkbench } from '../test/workbench/build';
import { pane, readSampleWithCremonaPreset } from '../test/workbench/flows';
import { ROOT } from '../test/workbench/paths';
import { startServer } from '../test/workbench/serve';

const execFileAsync = promisify(execFile);
const OUT = path.join(ROOT, 'docs/screenshots');
/** The plan's generation date printed on the sheet: fixed, so the picture changes only with the plan. */
const PLAN_DATE = new Date(2021, 10, 15, 9, 0);

/** LibreOffice: recalculate formulas on load (the cached results are the engine's anyway). */
const REGISTRY = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>it-IT</value></prop></item>
</oor:items>
`;

async function panePicture(file: string): Promise<void> {
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
    await page.mouse.move(1360, 795);
    await screenshot(page, file);
    if (pageErrors.length > 0 || session.outside.length > 0) {
      throw new Error(`The page failed: ${[...pageErrors, ...session.outside].join('; ')}`);
    }
  } finally {
    await session.close();
    await server.close();
  }
}

async function planSheetPicture(file: string): Promise<void> {
  const tools = findSystemDeps();
  const missing = missingSystemDeps(tools).filter((name) => name === 'soffice' || name === 'pdftoppm');
  if (missing.length > 0) throw new Error(missingMessage(missing));
  const work = mkdtempSync(path.join(tmpdir(), 'casa-screenshots-'));
  try {
    const errors: string[] = [];
    const code = await main([SAMPLE_INVENTORY, '--preset', 'cremona-2022', '-o', 'piano.xlsx'], {
      out: () => undefined,
      err: (text) => errors.push(text),
      progress: false,
      now: () => PLAN_DATE,
      cwd: work,
    });
    if (code !== 0) throw new Error(`casa-piano exited with ${code}: ${errors.join('\n')}`);
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
        path.join(work, 'piano.xlsx'),
      ],
      { cwd: work, timeout: 180_000 },
    );
    const pdf = path.join(work, 'piano.pdf');
    if (!existsSync(pdf)) throw new Error('LibreOffice did not write piano.pdf');
    // Page 1: parameters, stock, availability; page 2: the split per owner and comune, the notes.
    for (const page of [1, 2]) {
      const stem = path.join(work, `plan-sheet-${page}`);
      await execFileAsync(tools.pdftoppm!, [
        '-png',
        '-r',
        '100',
        '-f',
        `${page}`,
        '-l',
        `${page}`,
        '-singlefile',
        pdf,
        stem,
      ]);
      copyFileSync(`${stem}.png`, page === 1 ? file : file.replace(/\.png$/, `-${page}.png`));
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function run(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const paneFile = path.join(OUT, 'pane.png');
  const planFile = path.join(OUT, 'plan-sheet.png');
  await panePicture(paneFile);
  console.log(`Wrote ${path.relative(ROOT, paneFile)}`);
  await planSheetPicture(planFile);
  console.log(`Wrote ${path.relative(ROOT, planFile)}`);
}

run().catch((error: unknown) => {
  console.error((error as Error).message ?? error);
  process.exitCode = 1;
});
