/**
 * The simulated Excel object model: one class per Office.js proxy kind, in
 *   excel-worksheet.ts  Workbook, WorksheetCollection, Worksheet, WorksheetFreezePanes, PageLayout
 *   excel-range.ts      Range, RangeFormat, RangeFont, RangeFill, RangeBorderCollection, RangeBorder
 *   excel-tables.ts     TableCollection, Table, NamedItemCollection, NamedItem
 *   excel-validation.ts DataValidation (Range.dataValidation)
 *   excel-shared.ts     what a Range stands for; cell-level read/write rules
 * and here: RequestContext, `Excel.run`, the `Excel` global, and the API checks.
 * (proxy.ts holds the load/sync machinery, model.ts the workbook they act on.)
 *
 * Keeping the simulation honest about the real API (two checks):
 * 1. Compile time, names: `ApiChecks` at the end of this file lists every class against its
 *    Office.js counterpart with `ExtraMembers<Sim, Real>` = the public members of the
 *    simulated class that the real class lacks. It must be `never`; if someone adds, say,
 *    `getCurrentRegion` to SimRange, compilation fails with
 *    "Type '"getCurrentRegion"' does not satisfy the constraint 'never'". (Internals are
 *    protected, or live behind the one [SIM] symbol slot, so they are not public members.)
 * 2. Compile time, types: each class `implements Pick<Excel.X, ...>` for its scalar
 *    properties, whose accessors are typed `Excel.X['prop']`, so values have the real types.
 * At run time every object is wrapped by `guard` (proxy.ts): touching a real member that is
 * not simulated throws `NotSimulated` instead of returning undefined.
 *
 * Pure TypeScript, no Node imports.
 */
import { SimErrorCode, SimRichApiError, invalidArgument } from './errors';
import {
  AnySimObject,
  HostServices,
  LoadArgument,
  ProxyCore,
  SIM,
  Session,
  SimClientObject,
  SimClientResult,
  guard,
  queueLoad,
} from './proxy';
import * as Enums from './enums';
import {
  SimHeaderFooter,
  SimHeaderFooterGroup,
  SimPageBreak,
  SimPageBreakCollection,
  SimPageLayout,
  SimWorkbook,
  SimWorksheet,
  SimWorksheetCollection,
  SimWorksheetFreezePanes,
  WorkbookKind,
} from './excel-worksheet';
import {
  SimRange,
  SimRangeFormat,
  SimRangeFont,
  SimRangeFill,
  SimRangeBorderCollection,
  SimRangeBorder,
} from './excel-range';
import { SimTableCollection, SimTable, SimNamedItemCollection, SimNamedItem } from './excel-tables';
import { SimDataValidation } from './excel-validation';

// ---- RequestContext and Excel.run ------------------------------------------------------

export class SimRequestContext {
  readonly [SIM]: Session;
  readonly workbook: SimWorkbook;
  /** Tracking is meaningless here (objects never go stale): add/remove are accepted and ignored. */
  readonly trackedObjects = {
    add: (): void => undefined,
    remove: (): void => undefined,
  };

  constructor(host: HostServices) {
    const self = guard(this, 'RequestContext');
    this[SIM] = new Session(host, self);
    this.workbook = new SimWorkbook(new ProxyCore(this[SIM], WorkbookKind, 'workbook', () => host.model));
    return self;
  }

  sync<T>(passThroughValue?: T): Promise<T> {
    return this[SIM].sync().then(() => passThroughValue as T);
  }

  load(object: AnySimObject, option?: LoadArgument): void {
    queueLoad(object, option);
  }
}

/** The simulated `Excel` global: `run`, `RequestContext` and the runtime enums. */
export function createExcelNamespace(host: HostServices) {
  class RequestContext extends SimRequestContext {
    constructor() {
      super(host);
    }
  }

  async function run(...args: unknown[]): Promise<unknown> {
    const batch = args[args.length - 1];
    if (typeof batch !== 'function') throw invalidArgument('Excel.run', 'the last argument must be the batch function');
    const first = args.length > 1 ? args[0] : undefined;
    const anchor = Array.isArray(first) ? first[0] : first;
    let context: SimRequestContext;
    if (anchor instanceof SimRequestContext) context = anchor;
    else if (anchor instanceof SimClientObject) context = anchor[SIM].session.context as SimRequestContext;
    else context = new SimRequestContext(host);
    const returned = (batch as (c: SimRequestContext) => unknown)(context);
    if (!returned || typeof (returned as Promise<unknown>).then !== 'function') {
      throw new SimRichApiError(
        SimErrorCode.runMustReturnPromise,
        'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation. Typically, you return a promise by returning the response from "context.sync()".',
      );
    }
    const result = await returned;
    await context.sync(); // flush what the batch queued after its last sync
    return result;
  }

  /** Opens a new workbook from a file (ExcelApi 1.8): recorded for the test, which may decode it. */
  async function createWorkbook(base64?: string): Promise<void> {
    await Promise.resolve();
    host.requireSet('Excel.createWorkbook');
    if (base64 !== undefined && (typeof base64 !== 'string' || base64 === '')) {
      throw invalidArgument('Excel.createWorkbook', 'base64 must be the Base64 text of a workbook');
    }
    host.openedWorkbooks.push(base64 ?? '');
  }

  return {
    run: run as unknown as typeof Excel.run,
    RequestContext: RequestContext as unknown as new () => Excel.RequestContext,
    createWorkbook: createWorkbook as typeof Excel.createWorkbook,
    ...Enums,
  };
}

export type SimExcelNamespace = ReturnType<typeof createExcelNamespace>;

// ---- compile-time API checks -----------------------------------------------------------

/** The public members of `Sim` that `Real` lacks (must be `never`). */
export type ExtraMembers<Sim, Real> = Exclude<keyof Sim, keyof Real | typeof SIM>;

/** Compiles only for `never`; the error names the members Office.js does not have. */
export type MustBeNever<Extra extends never> = Extra;

export type ApiChecks = [
  MustBeNever<ExtraMembers<SimRequestContext, Excel.RequestContext>>,
  MustBeNever<ExtraMembers<SimWorkbook, Excel.Workbook>>,
  MustBeNever<ExtraMembers<SimWorksheetCollection, Excel.WorksheetCollection>>,
  MustBeNever<ExtraMembers<SimWorksheet, Excel.Worksheet>>,
  MustBeNever<ExtraMembers<SimWorksheetFreezePanes, Excel.WorksheetFreezePanes>>,
  MustBeNever<ExtraMembers<SimPageLayout, Excel.PageLayout>>,
  MustBeNever<ExtraMembers<SimHeaderFooterGroup, Excel.HeaderFooterGroup>>,
  MustBeNever<ExtraMembers<SimHeaderFooter, Excel.HeaderFooter>>,
  MustBeNever<ExtraMembers<SimPageBreakCollection, Excel.PageBreakCollection>>,
  MustBeNever<ExtraMembers<SimPageBreak, Excel.PageBreak>>,
  MustBeNever<ExtraMembers<SimRange, Excel.Range>>,
  MustBeNever<ExtraMembers<SimRangeFormat, Excel.RangeFormat>>,
  MustBeNever<ExtraMembers<SimRangeFont, Excel.RangeFont>>,
  MustBeNever<ExtraMembers<SimRangeFill, Excel.RangeFill>>,
  MustBeNever<ExtraMembers<SimRangeBorderCollection, Excel.RangeBorderCollection>>,
  MustBeNever<ExtraMembers<SimRangeBorder, Excel.RangeBorder>>,
  MustBeNever<ExtraMembers<SimDataValidation, Excel.DataValidation>>,
  MustBeNever<ExtraMembers<SimTableCollection, Excel.TableCollection>>,
  MustBeNever<ExtraMembers<SimTable, Excel.Table>>,
  MustBeNever<ExtraMembers<SimNamedItemCollection, Excel.NamedItemCollection>>,
  MustBeNever<ExtraMembers<SimNamedItem, Excel.NamedItem>>,
  MustBeNever<ExtraMembers<SimClientResult<number>, OfficeExtension.ClientResult<number>>>,
];

export { SimWorkbook, SimWorksheetCollection, SimWorksheet, SimWorksheetFreezePanes, SimPageLayout };
export { SimHeaderFooterGroup, SimHeaderFooter, SimPageBreakCollection, SimPageBreak };
export { SimRange, SimRangeFormat, SimRangeFont, SimRangeFill, SimRangeBorderCollection, SimRangeBorder };
export { SimTableCollection, SimTable, SimNamedItemCollection, SimNamedItem };
export { SimDataValidation };
export type { RangeEntity } from './excel-shared';
