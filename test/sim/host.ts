/**
 * A simulated Office/Excel host for tests (jest, node) and for the browser workbench:
 * `createSimulatedHost()` builds an in-memory workbook and the `Office`, `Excel`,
 * `CustomFunctions` and `OfficeExtension` globals over it, with the real load/sync rules,
 * sync counting, payload limits and failure injection. Test/dev code only, never shipped;
 * pure TypeScript with no Node imports (byte counts use TextEncoder).
 *
 *   const sim = createSimulatedHost({ supportedSets: { ExcelApi: '1.12' } });
 *   sim.workbook.addSheet('Inventario', [['Codice', 'Vani'], ['A1', 3]]);
 *   sim.install();                       // globalThis.Office / Excel / CustomFunctions
 *   await Excel.run(async (ctx) => { ... });
 *   expect(sim.stats.syncCount).toBe(1);
 *   sim.uninstall();
 *
 * See excel.ts for the simulated Excel API and how it is kept to real member names.
 */
import { SimErrorCode, SimRichApiError, apiNotFound } from './errors';
import { createExcelNamespace, SimExcelNamespace } from './excel';
import { SimSheetHelper, SimWorkbookHelper } from './inspect';
import { WorkbookModel } from './model';
import {
  OFFICE_THEMES,
  OfficeState,
  SimActionEvent,
  SimCustomFunctionsNamespace,
  SimOfficeExtensionNamespace,
  SimOfficeNamespace,
  SimCustomFunctionsError,
  SimOfficeTheme,
  SimSettings,
  createCustomFunctionsNamespace,
  createOfficeExtensionNamespace,
  createOfficeNamespace,
  isSetSupportedIn,
} from './office';
import { HostServices, SimStats, SyncInfo, byteLength } from './proxy';
import { EXCEL_API_SET_OF_MEMBER } from './apisets';
import type { WorkbookDecoder } from './workbook-file';

export interface SimulatedHostOptions {
  /** Office.context.displayLanguage; also picks default sheet names and paper. Default 'it-IT'. */
  displayLanguage?: string;
  /** Requirement sets and their versions. Default ExcelApi 1.17, SharedRuntime 1.1, ... */
  supportedSets?: Record<string, string>;
  /** Request and response limit per sync, in bytes. Default 5 MiB (Excel on the web). */
  payloadLimitBytes?: number;
  /**
   * Limit on a custom function's arguments and on its result, in bytes of JSON. Default 5 MiB,
   * as Excel on the web; Infinity for desktop Excel, which has none.
   */
  functionPayloadLimitBytes?: number;
  /** Value of formula cells without a cached value (`Range.values`). Default: ''. */
  evaluate?: (sheet: string, formula: string, address: string) => unknown;
  /**
   * Reading a property right after setting it, without load + sync:
   * 'throw' (default) raises PropertyNotLoaded, so code cannot mistake what it wrote for
   * what Excel holds; 'cached' returns the value just set, as real Office.js does.
   */
  readAfterSet?: 'throw' | 'cached';
  /** Document settings present when the add-in starts. */
  settings?: Record<string, unknown>;
  /**
   * Decodes the workbook files the add-in inserts (Workbook.insertWorksheetsFromBase64); see
   * decode-xlsx.ts. Without it that call fails as not simulated.
   */
  decodeWorkbook?: WorkbookDecoder;
  /** Office.context.officeTheme. Default: Office's White theme (light). */
  officeTheme?: SimOfficeTheme;
}

export const DEFAULT_SUPPORTED_SETS: Readonly<Record<string, string>> = Object.freeze({
  ExcelApi: '1.17',
  SharedRuntime: '1.1',
  CustomFunctionsRuntime: '1.3',
  AddinCommands: '1.1',
  RibbonApi: '1.1',
  DialogApi: '1.2',
});

export const DEFAULT_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

const LANGUAGE_DEFAULTS: Record<string, { sheetPrefix: string; paperSize: string }> = {
  it: { sheetPrefix: 'Foglio', paperSize: 'A4' },
  en: { sheetPrefix: 'Sheet', paperSize: 'A4' },
  'en-us': { sheetPrefix: 'Sheet', paperSize: 'Letter' },
  de: { sheetPrefix: 'Tabelle', paperSize: 'A4' },
  fr: { sheetPrefix: 'Feuil', paperSize: 'A4' },
  es: { sheetPrefix: 'Hoja', paperSize: 'A4' },
};

function languageDefaults(language: string): { sheetPrefix: string; paperSize: string } {
  const lower = language.toLowerCase();
  return LANGUAGE_DEFAULTS[lower] ?? LANGUAGE_DEFAULTS[lower.split('-')[0]] ?? LANGUAGE_DEFAULTS.en;
}

type GlobalName = 'Office' | 'Excel' | 'CustomFunctions' | 'OfficeExtension';
const GLOBAL_NAMES: readonly GlobalName[] = ['Office', 'Excel', 'CustomFunctions', 'OfficeExtension'];

export interface SimHost {
  readonly Office: SimOfficeNamespace;
  readonly Excel: SimExcelNamespace;
  readonly CustomFunctions: SimCustomFunctionsNamespace;
  readonly OfficeExtension: SimOfficeExtensionNamespace;
  /** The in-memory workbook, for arranging and inspecting (no syncs involved). */
  readonly workbook: SimWorkbookHelper;
  /** Round trips and payload sizes since creation or the last resetStats(). */
  readonly stats: SimStats;
  /** Office.context.document.settings (with `saved()` and `saveCount`). */
  readonly settings: SimSettings;
  /** Calls of Office.addin.showAsTaskpane() / hide(), in order. */
  readonly taskpaneCalls: ReadonlyArray<'show' | 'hide'>;
  /** Workbooks the add-in opened with Excel.createWorkbook(base64), in order. */
  readonly openedWorkbooks: ReadonlyArray<string>;
  /**
   * Called before each round trip is applied. Throw, or return an Error, to make that
   * sync fail with nothing applied.
   */
  onSync: ((info: SyncInfo) => void | Error) | undefined;
  resetStats(): void;
  /** Makes the next round trip fail with `error` (default GeneralException) before anything is applied. */
  failNextSync(error?: Error | string): void;
  /** Runs the function bound with Office.actions.associate(name); resolves when it calls event.completed(). */
  invokeAction(name: string): Promise<void>;
  /**
   * Calls the function bound with CustomFunctions.associate(id) (id is case-insensitive), as
   * Excel does: arguments over the function payload limit are refused with #VALUE! before the
   * function runs, and so is a result over it.
   */
  invokeFunction(id: string, ...args: unknown[]): Promise<unknown>;
  /**
   * Calls a streaming function (metadata `stream: true`) with the invocation Excel adds as its
   * last argument: every `setResult` reaches `onResult` (results over the limit as #VALUE!).
   * `cancel()` is what Excel does when the formula is deleted or its arguments change.
   */
  invokeStreaming(id: string, args: unknown[], onResult: (value: unknown) => void): { cancel(): void };
  actionNames(): string[];
  functionNames(): string[];
  /** Sets target.Office, .Excel, .CustomFunctions and .OfficeExtension (default globalThis). */
  install(target?: object): void;
  /** Puts back what install() replaced. */
  uninstall(): void;
}

export function createSimulatedHost(options: SimulatedHostOptions = {}): SimHost {
  const displayLanguage = options.displayLanguage ?? 'it-IT';
  const supportedSets = { ...(options.supportedSets ?? DEFAULT_SUPPORTED_SETS) };
  const defaults = languageDefaults(displayLanguage);
  const model = new WorkbookModel({ ...defaults, evaluate: options.evaluate });
  const stats: SimStats = { syncCount: 0, requests: [], maxRequestBytes: 0, maxResponseBytes: 0 };
  const officeState: OfficeState = {
    displayLanguage,
    officeTheme: options.officeTheme ?? OFFICE_THEMES.light,
    supportedSets,
    settings: new SimSettings(options.settings ?? {}),
    actions: new Map(),
    customFunctions: new Map(),
    taskpaneCalls: [],
    visibilityHandlers: new Set(),
  };
  let pendingFailure: Error | undefined;
  const functionLimit = options.functionPayloadLimitBytes ?? DEFAULT_PAYLOAD_LIMIT_BYTES;
  /** Excel on the web refuses a call whose arguments exceed the limit: the cell shows #VALUE!. */
  const argumentsRefused = (id: string, args: unknown[]): SimCustomFunctionsError | undefined => {
    if (!Number.isFinite(functionLimit)) return undefined;
    const bytes = byteLength(JSON.stringify(args.map((arg) => (arg === undefined ? null : arg))));
    return bytes > functionLimit
      ? new SimCustomFunctionsError(
          '#VALUE!',
          `simulated: the arguments of ${id} are ${bytes} bytes > ${functionLimit}`,
        )
      : undefined;
  };
  const resultRefused = (id: string, value: unknown): SimCustomFunctionsError | undefined => {
    if (!Number.isFinite(functionLimit) || value instanceof Error) return undefined;
    const bytes = byteLength(JSON.stringify(value ?? null));
    return bytes > functionLimit
      ? new SimCustomFunctionsError('#VALUE!', `simulated: the result of ${id} is ${bytes} bytes > ${functionLimit}`)
      : undefined;
  };

  const services: HostServices = {
    model,
    payloadLimitBytes: options.payloadLimitBytes ?? DEFAULT_PAYLOAD_LIMIT_BYTES,
    readAfterSet: options.readAfterSet ?? 'throw',
    stats,
    beforeSync(info) {
      if (pendingFailure) {
        const error = pendingFailure;
        pendingFailure = undefined;
        throw error;
      }
      const returned = sim.onSync?.(info);
      if (returned instanceof Error) throw returned;
    },
    supports(member) {
      const needed = EXCEL_API_SET_OF_MEMBER[member];
      return !needed || isSetSupportedIn(supportedSets, 'ExcelApi', needed);
    },
    requireSet(member) {
      if (!services.supports(member)) throw apiNotFound(member, `ExcelApi ${EXCEL_API_SET_OF_MEMBER[member]}`);
    },
    decodeWorkbook: options.decodeWorkbook,
    openedWorkbooks: [],
  };

  const saved = new Map<GlobalName, PropertyDescriptor | undefined>();
  let installedOn: object | undefined;

  const sim: SimHost = {
    Office: createOfficeNamespace(officeState),
    Excel: createExcelNamespace(services),
    CustomFunctions: createCustomFunctionsNamespace(officeState),
    OfficeExtension: createOfficeExtensionNamespace(),
    workbook: new SimWorkbookHelper(model),
    stats,
    settings: officeState.settings,
    taskpaneCalls: officeState.taskpaneCalls,
    openedWorkbooks: services.openedWorkbooks,
    onSync: undefined,

    resetStats() {
      stats.syncCount = 0;
      stats.requests.length = 0;
      stats.maxRequestBytes = 0;
      stats.maxResponseBytes = 0;
    },

    failNextSync(error) {
      pendingFailure =
        error instanceof Error
          ? error
          : new SimRichApiError(SimErrorCode.generalException, error ?? 'An internal error has occurred.');
    },

    invokeAction(name) {
      const action = officeState.actions.get(name);
      if (!action) {
        return Promise.reject(
          new Error(`sim: no function associated with action '${name}' (Office.actions.associate)`),
        );
      }
      return new Promise<void>((resolve, reject) => {
        const event: SimActionEvent = { source: { id: name }, completed: () => resolve() };
        try {
          const returned = action(event);
          if (returned && typeof (returned as Promise<unknown>).then === 'function') {
            (returned as Promise<unknown>).then(undefined, reject);
          }
        } catch (error) {
          reject(error);
        }
      });
    },

    async invokeFunction(id, ...args) {
      const fn = officeState.customFunctions.get(id.toUpperCase());
      if (!fn) throw new Error(`sim: no custom function '${id}' (CustomFunctions.associate)`);
      const refused = argumentsRefused(id, args);
      if (refused) throw refused;
      const result = await fn(...args);
      const tooLarge = resultRefused(id, result);
      if (tooLarge) throw tooLarge;
      return result;
    },

    invokeStreaming(id, args, onResult) {
      const fn = officeState.customFunctions.get(id.toUpperCase());
      if (!fn) throw new Error(`sim: no custom function '${id}' (CustomFunctions.associate)`);
      let live = true;
      const refused = argumentsRefused(id, args);
      if (refused) {
        queueMicrotask(() => onResult(refused));
        return { cancel: () => undefined };
      }
      const invocation: { setResult(value: unknown): void; onCanceled?: () => void } = {
        setResult(value) {
          if (!live) return;
          onResult(resultRefused(id, value) ?? value);
        },
      };
      try {
        fn(...args, invocation);
      } catch (error) {
        queueMicrotask(() => onResult(error));
      }
      return {
        cancel() {
          if (!live) return;
          live = false;
          invocation.onCanceled?.();
        },
      };
    },

    actionNames: () => [...officeState.actions.keys()],
    functionNames: () => [...officeState.customFunctions.keys()],

    install(target: object = globalThis) {
      if (installedOn) sim.uninstall();
      installedOn = target;
      for (const name of GLOBAL_NAMES) {
        saved.set(name, Object.getOwnPropertyDescriptor(target, name));
        Object.defineProperty(target, name, {
          value: sim[name],
          configurable: true,
          writable: true,
          enumerable: false,
        });
      }
    },

    uninstall() {
      const target = installedOn;
      if (!target) return;
      for (const name of GLOBAL_NAMES) {
        const previous = saved.get(name);
        if (previous) Object.defineProperty(target, name, previous);
        else delete (target as Record<string, unknown>)[name];
      }
      saved.clear();
      installedOn = undefined;
    },
  };
  return sim;
}

export { PAYLOAD_LIMIT_ERROR_CODES, SimErrorCode, SimRichApiError } from './errors';
export { OFFICE_THEMES, compareVersions, type SimOfficeTheme } from './office';
export type { SimStats, SyncInfo, SyncRecord } from './proxy';
export type { SimSheetFile, SimWorkbookFile, WorkbookDecoder } from './workbook-file';
export type { CellView, PageLayoutView, ValidationView } from './inspect';
export { SimSheetHelper, SimWorkbookHelper };
