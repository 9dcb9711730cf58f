/**
 * The simulated `Office`, `CustomFunctions` and `OfficeExtension` globals: onReady,
 * context (displayLanguage, requirements, document.settings), actions.associate,
 * addin.showAsTaskpane/hide, CustomFunctions.associate/Error/ErrorCode.
 * Pure TypeScript, no Node imports.
 */
import { SimErrorCode, SimRichApiError } from './errors';

// ---- requirement sets ------------------------------------------------------------------

function versionParts(version: string | number): number[] {
  return String(version)
    .trim()
    .split('.')
    .map((p) => Number.parseInt(p, 10))
    .map((n) => (Number.isFinite(n) ? n : 0));
}

/** Numeric per-part comparison: "1.9" < "1.17". Negative, zero or positive. */
export function compareVersions(a: string | number, b: string | number): number {
  const x = versionParts(a);
  const y = versionParts(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function isSetSupportedIn(
  sets: Readonly<Record<string, string>>,
  name: string,
  minVersion?: string | number,
): boolean {
  const key = Object.keys(sets).find((k) => k.toLowerCase() === String(name).toLowerCase());
  if (key === undefined) return false;
  if (minVersion === undefined || minVersion === null || minVersion === '') return true;
  return compareVersions(sets[key], minVersion) >= 0;
}

// ---- settings --------------------------------------------------------------------------

interface SimAsyncResult<T> {
  status: 'succeeded' | 'failed';
  value: T;
  error: { name: string; message: string; code: number } | undefined;
  asyncContext: unknown;
  diagnostics: unknown;
}

type AsyncCallback<T> = (result: SimAsyncResult<T>) => void;

function succeeded<T>(value: T, asyncContext: unknown): SimAsyncResult<T> {
  return { status: 'succeeded', value, error: undefined, asyncContext, diagnostics: undefined };
}

/** Splits the optional `options` / `callback` arguments of Office's *Async methods. */
function asyncArgs<T>(a: unknown, b: unknown): { callback?: AsyncCallback<T>; asyncContext: unknown } {
  if (typeof a === 'function') return { callback: a as AsyncCallback<T>, asyncContext: undefined };
  const options = (a ?? {}) as { asyncContext?: unknown };
  return {
    callback: typeof b === 'function' ? (b as AsyncCallback<T>) : undefined,
    asyncContext: options.asyncContext,
  };
}

function jsonCopy(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

/**
 * `Office.context.document.settings`: an in-memory property bag; `saveAsync` persists a
 * JSON snapshot (what a reload would see), `refreshAsync` reloads from it.
 */
export class SimSettings implements Pick<Office.Settings, 'get' | 'set' | 'remove' | 'saveAsync' | 'refreshAsync'> {
  private current = new Map<string, unknown>();
  private persisted: Record<string, unknown> = {};
  saveCount = 0;

  constructor(initial: Record<string, unknown> = {}) {
    this.persisted = jsonCopy(initial) as Record<string, unknown>;
    this.current = new Map(Object.entries(jsonCopy(initial) as Record<string, unknown>));
  }

  get(name: string): any {
    return this.current.has(name) ? this.current.get(name) : null;
  }

  set(name: string, value: any): void {
    // Settings are stored as JSON: what cannot be serialized cannot be saved.
    this.current.set(name, jsonCopy(value));
  }

  remove(name: string): void {
    this.current.delete(name);
  }

  saveAsync(a?: unknown, b?: unknown): void {
    const { callback, asyncContext } = asyncArgs<void>(a, b);
    this.persisted = jsonCopy(Object.fromEntries(this.current)) as Record<string, unknown>;
    this.saveCount += 1;
    if (callback) queueMicrotask(() => callback(succeeded(undefined, asyncContext)));
  }

  refreshAsync(a?: unknown, b?: unknown): void {
    const { callback, asyncContext } = asyncArgs<Office.Settings>(a, b);
    this.current = new Map(Object.entries(jsonCopy(this.persisted) as Record<string, unknown>));
    if (callback) queueMicrotask(() => callback(succeeded(this as unknown as Office.Settings, asyncContext)));
  }

  /** Test helper: what was last saved (a fresh load of the document would see this). */
  saved(): Record<string, unknown> {
    return jsonCopy(this.persisted) as Record<string, unknown>;
  }
}

// ---- actions, task pane, custom functions ----------------------------------------------

export interface SimActionEvent {
  source: { id: string };
  completed(options?: { allowEvent?: boolean }): void;
}

/** `Office.context.officeTheme`: the colours of Office's theme (White, Colorful, Dark Gray, Black). */
export interface SimOfficeTheme {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
  isDarkTheme: boolean;
}

/** Office's themes as Excel reports them: White (light) and Black (dark). */
export const OFFICE_THEMES: Readonly<Record<'light' | 'dark', SimOfficeTheme>> = Object.freeze({
  light: {
    bodyBackgroundColor: '#FFFFFF',
    bodyForegroundColor: '#000000',
    controlBackgroundColor: '#FFFFFF',
    controlForegroundColor: '#000000',
    isDarkTheme: false,
  },
  dark: {
    bodyBackgroundColor: '#262626',
    bodyForegroundColor: '#FFFFFF',
    controlBackgroundColor: '#3B3B3B',
    controlForegroundColor: '#FFFFFF',
    isDarkTheme: true,
  },
});

export interface OfficeState {
  displayLanguage: string;
  officeTheme: SimOfficeTheme;
  supportedSets: Record<string, string>;
  settings: SimSettings;
  actions: Map<string, (event: SimActionEvent) => unknown>;
  customFunctions: Map<string, (...args: unknown[]) => unknown>;
  taskpaneCalls: Array<'show' | 'hide'>;
  /** Office.addin.onVisibilityModeChanged handlers. */
  visibilityHandlers: Set<(message: { visibilityMode: 'Taskpane' | 'Hidden' }) => void>;
}

/** `CustomFunctions.Error` of the real runtime: a `code` ("#VALUE!"...) and a message. */
export class SimCustomFunctionsError extends Error {
  code: string;
  constructor(code: string = '#VALUE!', message?: string) {
    super(message ?? '');
    this.name = 'CustomFunctions.Error';
    this.code = code;
  }
}

export const CustomFunctionsErrorCode = Object.freeze({
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
});

const HOST_TYPES = {
  Word: 'Word',
  Excel: 'Excel',
  PowerPoint: 'PowerPoint',
  Outlook: 'Outlook',
  OneNote: 'OneNote',
  Project: 'Project',
  Access: 'Access',
};

const PLATFORM_TYPES = {
  PC: 'PC',
  OfficeOnline: 'OfficeOnline',
  Mac: 'Mac',
  iOS: 'iOS',
  Android: 'Android',
  Universal: 'Universal',
};

export function createOfficeNamespace(state: OfficeState) {
  // As in Office, the handlers hear of the change after the call that made it.
  const notifyVisibility = (visibilityMode: 'Taskpane' | 'Hidden'): void => {
    for (const handler of [...state.visibilityHandlers]) setTimeout(() => handler({ visibilityMode }), 0);
  };
  const info = {
    host: HOST_TYPES.Excel as unknown as Office.HostType,
    platform: PLATFORM_TYPES.OfficeOnline as unknown as Office.PlatformType,
  };
  const requirements = {
    isSetSupported: (name: string, minVersion?: string | number): boolean =>
      isSetSupportedIn(state.supportedSets, name, minVersion),
  };
  return {
    onReady(callback?: (i: typeof info) => void): Promise<typeof info> {
      return Promise.resolve().then(() => {
        callback?.(info);
        return info;
      });
    },
    HostType: HOST_TYPES as unknown as typeof Office.HostType,
    PlatformType: PLATFORM_TYPES as unknown as typeof Office.PlatformType,
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' } as unknown as typeof Office.AsyncResultStatus,
    context: {
      get displayLanguage(): string {
        return state.displayLanguage;
      },
      get contentLanguage(): string {
        return state.displayLanguage;
      },
      get officeTheme(): Office.OfficeTheme {
        return { ...state.officeTheme } as unknown as Office.OfficeTheme;
      },
      host: info.host,
      platform: info.platform,
      diagnostics: { host: 'Excel', platform: 'OfficeOnline', version: '16.0.0000.0000' },
      requirements,
      document: {
        settings: state.settings as unknown as Office.Settings,
      },
    },
    actions: {
      associate(actionId: string, actionFunction: (event: Office.AddinCommands.Event) => void): void {
        state.actions.set(actionId, actionFunction as unknown as (event: SimActionEvent) => unknown);
      },
    },
    addin: {
      showAsTaskpane(): Promise<void> {
        state.taskpaneCalls.push('show');
        notifyVisibility('Taskpane');
        return Promise.resolve();
      },
      hide(): Promise<void> {
        state.taskpaneCalls.push('hide');
        notifyVisibility('Hidden');
        return Promise.resolve();
      },
      /** SharedRuntime 1.1: called when the pane is shown or hidden; resolves to the way to stop listening. */
      onVisibilityModeChanged(
        handler: (message: { visibilityMode: 'Taskpane' | 'Hidden' }) => void,
      ): Promise<() => Promise<void>> {
        state.visibilityHandlers.add(handler);
        return Promise.resolve(() => {
          state.visibilityHandlers.delete(handler);
          return Promise.resolve();
        });
      },
    },
  };
}

export type SimOfficeNamespace = ReturnType<typeof createOfficeNamespace>;

export function createCustomFunctionsNamespace(state: OfficeState) {
  function associate(
    idOrMappings: string | Record<string, (...args: unknown[]) => unknown>,
    fn?: (...args: unknown[]) => unknown,
  ): void {
    if (typeof idOrMappings === 'string') {
      if (typeof fn !== 'function') throw new TypeError(`CustomFunctions.associate('${idOrMappings}'): not a function`);
      state.customFunctions.set(idOrMappings.toUpperCase(), fn);
      return;
    }
    for (const [id, f] of Object.entries(idOrMappings)) associate(id, f);
  }
  return {
    associate: associate as unknown as typeof CustomFunctions.associate,
    Error: SimCustomFunctionsError as unknown as typeof CustomFunctions.Error,
    ErrorCode: CustomFunctionsErrorCode as unknown as typeof CustomFunctions.ErrorCode,
  };
}

export type SimCustomFunctionsNamespace = ReturnType<typeof createCustomFunctionsNamespace>;

/** `OfficeExtension` as far as add-in code touches it: the Error class and ErrorCodes. */
export function createOfficeExtensionNamespace() {
  return {
    Error: SimRichApiError as unknown as typeof OfficeExtension.Error,
    ErrorCodes: {
      accessDenied: 'AccessDenied',
      generalException: SimErrorCode.generalException,
      activityLimitReached: 'ActivityLimitReached',
      invalidObjectPath: 'InvalidObjectPath',
      propertyNotLoaded: SimErrorCode.propertyNotLoaded,
      valueNotLoaded: SimErrorCode.valueNotLoaded,
      invalidRequestContext: SimErrorCode.invalidRequestContext,
      invalidArgument: SimErrorCode.invalidArgument,
      runMustReturnPromise: SimErrorCode.runMustReturnPromise,
      cannotRegisterEvent: 'CannotRegisterEvent',
      apiNotFound: SimErrorCode.apiNotFound,
      connectionFailure: 'ConnectionFailure',
    } as unknown as typeof OfficeExtension.ErrorCodes,
  };
}

export type SimOfficeExtensionNamespace = ReturnType<typeof createOfficeExtensionNamespace>;
