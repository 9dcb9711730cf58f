/**
 * Browser entry of the workbench (bundled as dist-workbench/office-sim.js): stands in for
 * Microsoft's office.js. Loaded as a classic script in <head>, before the add-in's bundle, it
 *
 * 1. creates the simulated Office/Excel host, in the display language of `?lang=` (default
 *    it-IT) and Office's theme of `?theme=` (light or dark; default light), with the sample inventory (assets/inventario-esempio.xlsx, bundled at build time)
 *    in the sheet 'Inventario' with the table 'Inventario', and A1 selected;
 * 2. calls `window.__workbenchSetup(sim)` if a test defined it (page.addInitScript), so that a
 *    test can arrange the workbook and the document settings before the add-in starts;
 * 3. installs Office, Excel, CustomFunctions and OfficeExtension on window, so that the
 *    add-in's own CustomFunctions.associate calls land in the simulated host;
 * 4. resolves Office.onReady only after DOMContentLoaded, once the page is laid out: the task
 *    pane on the left, the grid of the simulated workbook on the right (`?pane=hidden`: the pane
 *    closed, as when Excel starts the runtime for a formula; the ribbon's button opens it).
 *
 * `?pane=320` sets the task pane's width in pixels (default 360; Excel's pane is 320 to 500 wide).
 * `?excelapi=1.12` makes the host an older Excel (ExcelApi up to that version; default 1.17).
 * Imported .xlsx files (Workbook.insertWorksheetsFromBase64) are decoded by xlsx-decoder.js,
 * loaded the first time.
 *
 * `window.__sim` is the SimHost, `window.__workbench` the grid and its calculation, for tests.
 */
import sample from 'workbench:sample-workbook';
import { charactersToPoints } from '../../src/excel/write';
import { parseAddress } from '../sim/address';
import { DEFAULT_SUPPORTED_SETS, OFFICE_THEMES, type SimHost, createSimulatedHost } from '../sim/host';
import type { SimWorkbookFile } from '../sim/workbook-file';
import { type FunctionMetadata, WorkbookEngine } from './engine';
import { type WorkbenchView, mountWorkbench } from './grid';
import { type ManifestInfo, fallbackManifest, parseManifest } from './manifest';
import type { SampleWorkbook } from './sample-types';
import { workbenchStrings } from './strings';

export interface WorkbenchHandle {
  sim: SimHost;
  engine: WorkbookEngine;
  /** The grid, once the page is laid out. */
  view?: WorkbenchView;
  language: 'it' | 'en';
  /** Resolves when the manifest and the functions' metadata have been read (or given up on). */
  ready: Promise<void>;
  /** Resolves when the custom functions in cells have been computed. */
  settled(): Promise<void>;
}

declare global {
  interface Window {
    __sim?: SimHost;
    __workbench?: WorkbenchHandle;
    /** Defined by a test before the page loads: arranges the simulated workbook and settings. */
    __workbenchSetup?: (sim: SimHost) => void;
  }
}

/** Writes the sample workbook into the simulated one (no sync: it is there when Excel opens). */
export function loadSample(sim: SimHost, workbook: SampleWorkbook): void {
  for (const source of workbook.sheets) {
    const helper = sim.workbook.addSheet(source.name, source.values);
    const sheet = helper.sheet;
    const at = (address: string): { r: number; c: number } | undefined => {
      const parsed = parseAddress(address);
      return parsed ? { r: parsed.rect.r0, c: parsed.rect.c0 } : undefined;
    };
    for (const [address, format] of Object.entries(source.numberFormats)) {
      const cell = at(address);
      if (cell) sheet.at(cell.r, cell.c).numberFormat = format;
    }
    for (const [address, style] of Object.entries(source.styles)) {
      const cell = at(address);
      if (!cell) continue;
      const format = sheet.at(cell.r, cell.c).format;
      if (style.bold) format.font.bold = true;
      if (style.italic) format.font.italic = true;
      if (style.color) format.font.color = style.color;
      if (style.fill) format.fill = style.fill;
    }
    source.columnWidths.forEach((width, column) => {
      if (typeof width === 'number') sheet.columnWidths.set(column, charactersToPoints(width));
    });
    for (const table of source.tables) sim.workbook.addTable(source.name, table.name, table.address);
  }
  const first = workbook.sheets.find((sheet) => sheet.tables.length > 0) ?? workbook.sheets[0];
  if (first) sim.workbook.select(first.name, 'A1');
}

let decoder: Promise<void> | undefined;

/** Decodes an imported .xlsx with the decoder script, loaded on first use. */
async function decodeWorkbook(base64: string): Promise<SimWorkbookFile> {
  decoder ??= new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = 'xlsx-decoder.js';
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('workbench: xlsx-decoder.js did not load'));
    document.head.appendChild(script);
  });
  await decoder;
  return window.__decodeXlsx!(base64);
}

function start(): WorkbenchHandle {
  const query = new URLSearchParams(window.location.search);
  const displayLanguage = query.get('lang') || 'it-IT';
  const language = displayLanguage.toLowerCase().startsWith('en') ? 'en' : 'it';
  const strings = workbenchStrings(language);
  const theme = query.get('theme') === 'dark' ? 'dark' : 'light';
  const paneWidth = Number(query.get('pane'));
  const excelApi = query.get('excelapi');

  let engine: WorkbookEngine | undefined;
  const sim = createSimulatedHost({
    displayLanguage,
    officeTheme: OFFICE_THEMES[theme],
    // Real Office.js returns a value just set on a proxy; the workbench behaves like Excel.
    readAfterSet: 'cached',
    decodeWorkbook,
    ...(excelApi && /^1\.\d+$/.test(excelApi)
      ? { supportedSets: { ...DEFAULT_SUPPORTED_SETS, ExcelApi: excelApi } }
      : {}),
    evaluate: (sheet, formula, address) => engine?.evaluateForModel(sheet, formula, address),
  });
  let manifest: ManifestInfo = fallbackManifest(language);
  let metadata: FunctionMetadata[] | undefined;
  engine = new WorkbookEngine(sim.workbook.model, {
    invoke: (id, ...args) => sim.invokeFunction(id, ...args),
    invokeStreaming: (id, args, onResult) => sim.invokeStreaming(id, args, onResult),
    onStreamResult: () => handle.view?.refresh(),
    metadata: () => metadata,
    namespace: () => manifest.namespace,
  });

  loadSample(sim, sample);
  window.__workbenchSetup?.(sim);

  const handle: WorkbenchHandle = {
    sim,
    engine,
    language,
    ready: Promise.resolve(),
    settled: () => engine!.recompute(),
  };

  // The pane column follows Office.addin.showAsTaskpane() / hide(), as in Excel.
  const addin = sim.Office.addin;
  const show = addin.showAsTaskpane.bind(addin);
  const hide = addin.hide.bind(addin);
  addin.showAsTaskpane = () => {
    handle.view?.showPane(true);
    return show();
  };
  addin.hide = () => {
    handle.view?.showPane(false);
    return hide();
  };

  const laidOut = new Promise<void>((resolve) => {
    const layout = (): void => {
      handle.view = mountWorkbench(document, {
        sim,
        engine: engine!,
        language,
        strings,
        manifest,
        paneWidth: Number.isInteger(paneWidth) && paneWidth >= 200 && paneWidth <= 1000 ? paneWidth : undefined,
        paneBackground: OFFICE_THEMES[theme].bodyBackgroundColor,
      });
      // ?pane=hidden: Excel started the runtime for a formula or the ribbon, with the pane closed.
      if (query.get('pane') === 'hidden') handle.view.showPane(false);
      resolve();
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', layout, { once: true });
    else layout();
  });

  const originalOnReady = sim.Office.onReady.bind(sim.Office);
  sim.Office.onReady = (callback) => laidOut.then(() => originalOnReady(callback));

  // The manifest's ribbon labels and namespace, the functions' parameter shapes: from the build.
  const functionsFile = language === 'en' ? 'functions.en-US.json' : 'functions.json';
  const readManifest = fetch('manifest.xml')
    .then((response) => (response.ok ? response.text() : Promise.reject(new Error(`manifest.xml: ${response.status}`))))
    .then((xml) => {
      manifest = parseManifest(xml, displayLanguage);
      return laidOut.then(() => handle.view?.setManifest(manifest));
    })
    .catch((error: unknown) => console.warn('workbench: ribbon from built-in labels;', error));
  const readMetadata = fetch(functionsFile)
    .then((response) =>
      response.ok ? response.json() : Promise.reject(new Error(`${functionsFile}: ${response.status}`)),
    )
    .then((json: { functions?: FunctionMetadata[] }) => {
      metadata = json.functions ?? [];
    })
    .catch((error: unknown) => console.warn('workbench: custom functions without metadata;', error));
  handle.ready = Promise.all([laidOut, readManifest, readMetadata]).then(() => undefined);

  sim.install(window);
  window.__sim = sim;
  window.__workbench = handle;
  return handle;
}

start();
