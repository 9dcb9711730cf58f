/**
 * Simulated Workbook, WorksheetCollection, Worksheet, WorksheetFreezePanes, PageLayout with its
 * HeaderFooterGroup and HeaderFooter, PageBreakCollection and PageBreak
 * (one class per Office.js proxy kind; see excel.ts for how they are kept to the real API).
 * Pure TypeScript, no Node imports.
 */
import { MAX_COLUMNS, MAX_ROWS, box, formatRect } from './address';
import { SimEventHandlers } from './events';
import { invalidArgument, invalidOperation, itemNotFound } from './errors';
import {
  HeaderFooterGroupModel,
  HeaderFooterModel,
  PageBreakModel,
  SheetModel,
  WorkbookModel,
  ZoomModel,
  normalizeColor,
} from './model';
import type { SimWorkbookFile } from './workbook-file';
import { AnySimObject, Kind, LoadArgument, ProxyCore, SIM, Session, SimClientObject, SimClientResult } from './proxy';
import * as Enums from './enums';
import {
  RangeEntity,
  bool,
  checkInt,
  checkRect,
  num,
  oneOf,
  quoteArg,
  rangeArgument,
  rangeEntity,
  rangeOnSheet,
  sheetAlive,
} from './excel-shared';
import { RangeKind, SimRange } from './excel-range';
import {
  NamedItemCollectionKind,
  SimNamedItemCollection,
  SimTableCollection,
  TableCollectionKind,
} from './excel-tables';

// ---- Workbook --------------------------------------------------------------------------

export const WorkbookKind: Kind<WorkbookModel> = {
  name: 'Workbook',
  scalars: {},
  navigations: {
    worksheets: () => WorksheetCollectionKind,
    tables: () => TableCollectionKind,
    names: () => NamedItemCollectionKind,
  },
};

export class SimWorkbook extends SimClientObject<WorkbookModel> {
  get worksheets(): SimWorksheetCollection {
    return this._nav('worksheets', () =>
      this._child(
        (c) => new SimWorksheetCollection(c),
        WorksheetCollectionKind,
        'worksheets',
        (wb) => wb,
      ),
    );
  }

  get tables(): SimTableCollection {
    return this._nav('tables', () =>
      this._child(
        (c) => new SimTableCollection(c),
        TableCollectionKind,
        'tables',
        (wb) => ({ model: wb, sheet: undefined }),
      ),
    );
  }

  get names(): SimNamedItemCollection {
    return this._nav('names', () =>
      this._child(
        (c) => new SimNamedItemCollection(c),
        NamedItemCollectionKind,
        'names',
        (wb) => ({ model: wb, sheet: undefined }),
      ),
    );
  }

  getSelectedRange(): SimRange {
    return this._child(
      (c) => new SimRange(c),
      RangeKind,
      'getSelectedRange()',
      (wb, location) => {
        const sheet = wb.active;
        if (!sheet) throw invalidOperation(location, 'there is no active worksheet');
        const sel = { ...sheet.selection };
        const wholeRows = sel.c0 === 0 && sel.c1 === MAX_COLUMNS - 1;
        const wholeColumns = sel.r0 === 0 && sel.r1 === MAX_ROWS - 1 && !wholeRows;
        return rangeEntity(sheet, sel, wholeRows, wholeColumns);
      },
    );
  }

  getActiveCell(): SimRange {
    return this._child(
      (c) => new SimRange(c),
      RangeKind,
      'getActiveCell()',
      (wb, location) => {
        const sheet = wb.active;
        if (!sheet) throw invalidOperation(location, 'there is no active worksheet');
        return rangeEntity(sheet, box(sheet.selection.r0, sheet.selection.c0, sheet.selection.r0, sheet.selection.c0));
      },
    );
  }

  /**
   * Inserts the worksheets of a workbook file (ExcelApi 1.13). The file is decoded by the test's
   * decoder (SimulatedHostOptions.decodeWorkbook) when the request is sent; the result is the IDs
   * of the new worksheets, in order.
   */
  insertWorksheetsFromBase64(base64File: string, options?: Excel.InsertWorksheetOptions): SimClientResult<string[]> {
    const core = this[SIM];
    const decoded: { file?: SimWorkbookFile } = {};
    return core.callForResult(
      'insertWorksheetsFromBase64',
      [`<${base64File.length} base64 characters>`, options ?? null],
      (wb, location) => {
        if (typeof base64File !== 'string' || base64File === '') {
          throw invalidArgument(location, 'base64File must be the Base64 text of a workbook');
        }
        const file = decoded.file;
        if (!file) throw invalidArgument(location, 'the file is not a workbook Excel can read');
        const position = oneOf(
          options?.positionType ?? 'End',
          ['None', 'Before', 'After', 'Beginning', 'End'] as const,
          location,
        );
        const relative =
          options?.relativeTo === undefined
            ? undefined
            : typeof options.relativeTo === 'string'
              ? findSheetByKey(wb, options.relativeTo)
              : ((options.relativeTo as unknown as SimWorksheet)[SIM].resolve() ?? undefined);
        if ((position === 'Before' || position === 'After') && !relative) {
          throw invalidArgument(location, 'relativeTo must name a worksheet for Before and After');
        }
        let before: SheetModel | undefined;
        if (position === 'Beginning') before = wb.sheets[0];
        else if (position === 'Before') before = relative;
        else if (position === 'After' && relative) before = wb.sheets[wb.sheets.indexOf(relative) + 1];
        return wb
          .insertWorkbook(file, { names: options?.sheetNamesToInsert, before }, location)
          .map((sheet) => sheet.id);
      },
      {
        writes: true,
        prepare: async () => {
          const decode = core.session.host.decodeWorkbook;
          if (!decode) throw new Error('sim: insertWorksheetsFromBase64 needs SimulatedHostOptions.decodeWorkbook');
          try {
            decoded.file = await decode(base64File);
          } catch {
            decoded.file = undefined;
          }
        },
      },
    );
  }

  load(option?: LoadArgument): this {
    this._load(option);
    return this;
  }

  toJSON(): Record<string, unknown> {
    return this._toJSON();
  }
}

// ---- WorksheetCollection ---------------------------------------------------------------

function findSheetByKey(wb: WorkbookModel, key: unknown): SheetModel | undefined {
  if (typeof key !== 'string') return undefined;
  return wb.findSheet(key) ?? wb.sheets.find((s) => s.id === key);
}

function worksheetProxy(session: Session, path: string, find: () => SheetModel | null, nullable = false): SimWorksheet {
  return new SimWorksheet(
    new ProxyCore(session, WorksheetKind, path, find, { bind: true, alive: sheetAlive, nullable }),
  );
}

const WorksheetCollectionKind: Kind<WorkbookModel> = {
  name: 'WorksheetCollection',
  scalars: {},
  items: {
    kind: () => WorksheetKind,
    list: (wb) => wb.sheets.slice(),
    make: (parent, item) => {
      const sheet = item as SheetModel;
      return worksheetProxy(parent[SIM].session, `${parent[SIM].path}.getItem(${quoteArg(sheet.id)})`, () => sheet);
    },
  },
};

export class SimWorksheetCollection extends SimClientObject<WorkbookModel> {
  get items(): SimWorksheet[] {
    return this._read('items') as SimWorksheet[];
  }

  add(name?: string): SimWorksheet {
    const core = this[SIM];
    const created: { sheet?: SheetModel } = {};
    core.call('add', [name], (wb, location) => {
      created.sheet = wb.addSheet(name, location);
    });
    return worksheetProxy(core.session, `${core.path}.add(${quoteArg(name)})`, () => {
      if (!created.sheet) throw itemNotFound('WorksheetCollection.add', 'the worksheet was not added');
      return created.sheet;
    });
  }

  getItem(key: string): SimWorksheet {
    return this._child(
      (c) => new SimWorksheet(c),
      WorksheetKind,
      `getItem(${quoteArg(key)})`,
      (wb, location) => {
        const sheet = findSheetByKey(wb, key);
        if (!sheet) throw itemNotFound(location, `no worksheet named '${key}'`);
        return sheet;
      },
      { bind: true, alive: sheetAlive },
    );
  }

  getItemOrNullObject(key: string): SimWorksheet {
    return this._child(
      (c) => new SimWorksheet(c),
      WorksheetKind,
      `getItemOrNullObject(${quoteArg(key)})`,
      (wb) => findSheetByKey(wb, key) ?? null,
      { bind: true, alive: sheetAlive, nullable: true },
    );
  }

  getActiveWorksheet(): SimWorksheet {
    return this._child(
      (c) => new SimWorksheet(c),
      WorksheetKind,
      'getActiveWorksheet()',
      (wb, location) => {
        if (!wb.active) throw invalidOperation(location, 'there is no active worksheet');
        return wb.active;
      },
      { bind: true, alive: sheetAlive },
    );
  }

  getFirst(visibleOnly?: boolean): SimWorksheet {
    return this._child(
      (c) => new SimWorksheet(c),
      WorksheetKind,
      `getFirst(${quoteArg(visibleOnly)})`,
      (wb, location) => {
        const list = visibleOnly ? wb.visibleSheets() : wb.sheets;
        if (!list.length) throw itemNotFound(location);
        return list[0];
      },
      { bind: true, alive: sheetAlive },
    );
  }

  getLast(visibleOnly?: boolean): SimWorksheet {
    return this._child(
      (c) => new SimWorksheet(c),
      WorksheetKind,
      `getLast(${quoteArg(visibleOnly)})`,
      (wb, location) => {
        const list = visibleOnly ? wb.visibleSheets() : wb.sheets;
        if (!list.length) throw itemNotFound(location);
        return list[list.length - 1];
      },
      { bind: true, alive: sheetAlive },
    );
  }

  getCount(visibleOnly?: boolean): SimClientResult<number> {
    return this[SIM].callForResult(
      'getCount',
      [visibleOnly],
      (wb) => (visibleOnly ? wb.visibleSheets() : wb.sheets).length,
    );
  }

  load(option?: LoadArgument): this {
    this._load(option);
    return this;
  }

  toJSON(): Record<string, unknown> {
    return this._toJSON();
  }
}

// ---- Worksheet -------------------------------------------------------------------------

export const WorksheetKind: Kind<SheetModel> = {
  name: 'Worksheet',
  scalars: {
    name: { get: (s) => s.name, set: (s, v, loc, model) => model.renameSheet(s, v, loc) },
    id: { get: (s) => s.id },
    position: { get: (s, model) => model.sheets.indexOf(s), set: (s, v, loc, model) => model.moveSheet(s, v, loc) },
    visibility: { get: (s) => s.visibility, set: (s, v, loc, model) => model.setVisibility(s, v, loc) },
    showGridlines: { get: (s) => s.showGridlines, set: (s, v, loc) => void (s.showGridlines = bool(v, loc)) },
    tabColor: {
      get: (s) => s.tabColor,
      set: (s, v, loc) => void (s.tabColor = v === '' ? '' : normalizeColor(v, loc)),
    },
  },
  navigations: {
    freezePanes: () => FreezePanesKind,
    pageLayout: () => PageLayoutKind,
    tables: () => TableCollectionKind,
    horizontalPageBreaks: () => PageBreakCollectionKind,
  },
};

export class SimWorksheet
  extends SimClientObject<SheetModel>
  implements Pick<Excel.Worksheet, 'name' | 'id' | 'position' | 'visibility' | 'showGridlines' | 'tabColor'>
{
  get name(): Excel.Worksheet['name'] {
    return this._read('name') as string;
  }
  set name(value: Excel.Worksheet['name']) {
    this._write('name', value);
  }

  get id(): Excel.Worksheet['id'] {
    return this._read('id') as string;
  }

  get position(): Excel.Worksheet['position'] {
    return this._read('position') as number;
  }
  set position(value: Excel.Worksheet['position']) {
    this._write('position', value);
  }

  get visibility(): Excel.Worksheet['visibility'] {
    return this._read('visibility') as Excel.Worksheet['visibility'];
  }
  set visibility(value: Excel.Worksheet['visibility']) {
    this._write('visibility', value);
  }

  get showGridlines(): Excel.Worksheet['showGridlines'] {
    return this._read('showGridlines') as boolean;
  }
  set showGridlines(value: Excel.Worksheet['showGridlines']) {
    this._write('showGridlines', value);
  }

  get tabColor(): Excel.Worksheet['tabColor'] {
    return this._read('tabColor') as string;
  }
  set tabColor(value: Excel.Worksheet['tabColor']) {
    this._write('tabColor', value);
  }

  get freezePanes(): SimWorksheetFreezePanes {
    return this._nav('freezePanes', () =>
      this._child(
        (c) => new SimWorksheetFreezePanes(c),
        FreezePanesKind,
        'freezePanes',
        (s) => s,
      ),
    );
  }

  get pageLayout(): SimPageLayout {
    return this._nav('pageLayout', () =>
      this._child(
        (c) => new SimPageLayout(c),
        PageLayoutKind,
        'pageLayout',
        (s) => s,
      ),
    );
  }

  get tables(): SimTableCollection {
    return this._nav('tables', () =>
      this._child(
        (c) => new SimTableCollection(c),
        TableCollectionKind,
        'tables',
        (s) => ({ model: this[SIM].host.model, sheet: s }),
      ),
    );
  }

  get horizontalPageBreaks(): SimPageBreakCollection {
    return this._nav('horizontalPageBreaks', () =>
      this._child(
        (c) => new SimPageBreakCollection(c),
        PageBreakCollectionKind,
        'horizontalPageBreaks',
        (s) => s,
      ),
    );
  }

  activate(): void {
    this[SIM].call('activate', [], (s, location) => this[SIM].host.model.activate(s, location));
  }

  private _onChanged?: SimEventHandlers<SheetModel, Excel.WorksheetChangedEventArgs>;

  /** ExcelApi 1.7: cells of the worksheet edited (typed, pasted, written or cleared). */
  get onChanged(): SimEventHandlers<SheetModel, Excel.WorksheetChangedEventArgs> {
    // Kept on the proxy itself (not a navigation: it is not loaded nor serialized).
    return (this._onChanged ??= ((): SimEventHandlers<SheetModel, Excel.WorksheetChangedEventArgs> => {
      const model = this[SIM].host.model;
      return new SimEventHandlers<SheetModel, Excel.WorksheetChangedEventArgs>(
        this[SIM],
        'Worksheet.onChanged',
        (sheet, deliver) =>
          model.onCellsChanged((change) => {
            if (sheet.deleted || change.sheet !== sheet) return;
            deliver({
              type: 'WorksheetChanged',
              changeType: 'RangeEdited',
              source: 'Local',
              worksheetId: sheet.id,
              address: formatRect(change.rect),
            } as Excel.WorksheetChangedEventArgs);
          }),
      );
    })());
  }

  delete(): void {
    this[SIM].call('delete', [], (s, location) => this[SIM].host.model.deleteSheet(s, location));
  }

  getRange(address?: string): SimRange {
    return this._child(
      (c) => new SimRange(c),
      RangeKind,
      `getRange(${quoteArg(address)})`,
      (s, location) =>
        address === undefined || address === ''
          ? rangeEntity(s, box(0, 0, MAX_ROWS - 1, MAX_COLUMNS - 1), true, false)
          : rangeOnSheet(this[SIM].host.model, s, address, location),
    );
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): SimRange {
    return this._child(
      (c) => new SimRange(c),
      RangeKind,
      `getRangeByIndexes(${[startRow, startColumn, rowCount, columnCount].join(',')})`,
      (s, location) => {
        checkInt(startRow, location, 'startRow');
        checkInt(startColumn, location, 'startColumn');
        checkInt(rowCount, location, 'rowCount', 1);
        checkInt(columnCount, location, 'columnCount', 1);
        const rect = { r0: startRow, c0: startColumn, r1: startRow + rowCount - 1, c1: startColumn + columnCount - 1 };
        return rangeEntity(s, checkRect(rect, location));
      },
    );
  }

  getCell(row: number, column: number): SimRange {
    return this._child(
      (c) => new SimRange(c),
      RangeKind,
      `getCell(${row},${column})`,
      (s, location) => {
        checkInt(row, location, 'row');
        checkInt(column, location, 'column');
        return rangeEntity(s, checkRect(box(row, column, row, column), location));
      },
    );
  }

  getUsedRange(valuesOnly?: boolean): SimRange {
    return this._child(
      (c) => new SimRange(c),
      RangeKind,
      `getUsedRange(${quoteArg(valuesOnly)})`,
      (s) => rangeEntity(s, s.usedRect(!!valuesOnly) ?? box(0, 0, 0, 0)),
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): SimRange {
    return this._child(
      (c) => new SimRange(c),
      RangeKind,
      `getUsedRangeOrNullObject(${quoteArg(valuesOnly)})`,
      (s) => {
        const rect = s.usedRect(!!valuesOnly);
        return rect ? rangeEntity(s, rect) : null;
      },
      { nullable: true },
    );
  }

  load(option?: LoadArgument): this {
    this._load(option);
    return this;
  }

  set(properties: Record<string, unknown>): void {
    this._setMany(properties);
  }

  toJSON(): Record<string, unknown> {
    return this._toJSON();
  }
}

// ---- WorksheetFreezePanes --------------------------------------------------------------

const FreezePanesKind: Kind<SheetModel> = { name: 'WorksheetFreezePanes', scalars: {} };

/** Real Office.js has no `load` on this class; the frozen panes are read with getLocationOrNullObject(). */
export class SimWorksheetFreezePanes extends SimClientObject<SheetModel> {
  /** Freezes the top `count` rows (and, as this simulation assumes, unfreezes columns). */
  freezeRows(count?: number): void {
    this[SIM].call('freezeRows', [count ?? 1], (s, loc) => {
      s.frozenRows = checkInt(count ?? 1, loc, 'count');
      s.frozenColumns = 0;
    });
  }

  /** Freezes the left `count` columns (and, as this simulation assumes, unfreezes rows). */
  freezeColumns(count?: number): void {
    this[SIM].call('freezeColumns', [count ?? 1], (s, loc) => {
      s.frozenColumns = checkInt(count ?? 1, loc, 'count');
      s.frozenRows = 0;
    });
  }

  /** Freezes the rows above and the columns left of the bottom-right corner of `frozenRange`, inclusive. */
  freezeAt(frozenRange: SimRange | string): void {
    const location = 'WorksheetFreezePanes.freezeAt';
    const model = this[SIM].host.model;
    const target = rangeArgument(this as AnySimObject, frozenRange, location, (address) => {
      const sheet = this[SIM].resolve();
      if (!sheet) throw itemNotFound(location);
      return rangeOnSheet(model, sheet, address, location);
    });
    this[SIM].call('freezeAt', [frozenRange], (s, loc) => {
      const e = target();
      if (e.sheet !== s) throw invalidArgument(loc, 'the range is on another worksheet');
      s.frozenRows = e.entireColumns ? 0 : e.rect.r1 + 1;
      s.frozenColumns = e.entireRows ? 0 : e.rect.c1 + 1;
    });
  }

  unfreeze(): void {
    this[SIM].call('unfreeze', [], (s) => {
      s.frozenRows = 0;
      s.frozenColumns = 0;
    });
  }

  getLocationOrNullObject(): SimRange {
    return this._child(
      (c) => new SimRange(c),
      RangeKind,
      'getLocationOrNullObject()',
      (s) => {
        if (!s.frozenRows && !s.frozenColumns) return null;
        if (!s.frozenColumns) return rangeEntity(s, box(0, 0, s.frozenRows - 1, MAX_COLUMNS - 1), true, false);
        if (!s.frozenRows) return rangeEntity(s, box(0, 0, MAX_ROWS - 1, s.frozenColumns - 1), false, true);
        return rangeEntity(s, box(0, 0, s.frozenRows - 1, s.frozenColumns - 1));
      },
      { nullable: true },
    );
  }

  toJSON(): Record<string, unknown> {
    return this._toJSON();
  }
}

// ---- PageLayout ------------------------------------------------------------------------

const PAPER_TYPES = Object.values(Enums.PaperType) as string[];

function checkZoom(v: unknown, loc: string): ZoomModel {
  if (!v || typeof v !== 'object') throw invalidArgument(loc, 'zoom must be an object');
  const z = v as ZoomModel;
  const out: ZoomModel = {};
  if (z.scale !== undefined && z.scale !== null) out.scale = num(z.scale, loc, 10, 400);
  if (z.horizontalFitToPages !== undefined && z.horizontalFitToPages !== null) {
    out.horizontalFitToPages = checkInt(z.horizontalFitToPages, loc, 'horizontalFitToPages');
  }
  if (z.verticalFitToPages !== undefined && z.verticalFitToPages !== null) {
    out.verticalFitToPages = checkInt(z.verticalFitToPages, loc, 'verticalFitToPages');
  }
  if (out.scale !== undefined && (out.horizontalFitToPages !== undefined || out.verticalFitToPages !== undefined)) {
    throw invalidArgument(loc, 'scale must be null when fitting to pages');
  }
  return out;
}

function margin(key: 'leftMargin' | 'rightMargin' | 'topMargin' | 'bottomMargin' | 'headerMargin' | 'footerMargin') {
  return {
    get: (s: SheetModel) => s.pageLayout[key],
    set: (s: SheetModel, v: unknown, loc: string) => void (s.pageLayout[key] = num(v, loc, 0, 1000)),
  };
}

const PageLayoutKind: Kind<SheetModel> = {
  name: 'PageLayout',
  scalars: {
    orientation: {
      get: (s) => s.pageLayout.orientation,
      set: (s, v, loc) => void (s.pageLayout.orientation = oneOf(v, ['Portrait', 'Landscape'] as const, loc)),
    },
    paperSize: {
      get: (s) => s.pageLayout.paperSize,
      set: (s, v, loc) => void (s.pageLayout.paperSize = oneOf(v, PAPER_TYPES, loc)),
    },
    centerHorizontally: {
      get: (s) => s.pageLayout.centerHorizontally,
      set: (s, v, loc) => void (s.pageLayout.centerHorizontally = bool(v, loc)),
    },
    centerVertically: {
      get: (s) => s.pageLayout.centerVertically,
      set: (s, v, loc) => void (s.pageLayout.centerVertically = bool(v, loc)),
    },
    printGridlines: {
      get: (s) => s.pageLayout.printGridlines,
      set: (s, v, loc) => void (s.pageLayout.printGridlines = bool(v, loc)),
    },
    zoom: { get: (s) => ({ ...s.pageLayout.zoom }), set: (s, v, loc) => void (s.pageLayout.zoom = checkZoom(v, loc)) },
    leftMargin: margin('leftMargin'),
    rightMargin: margin('rightMargin'),
    topMargin: margin('topMargin'),
    bottomMargin: margin('bottomMargin'),
    headerMargin: margin('headerMargin'),
    footerMargin: margin('footerMargin'),
  },
  navigations: { headersFooters: () => HeaderFooterGroupKind },
};

type PageLayoutScalars =
  | 'orientation'
  | 'paperSize'
  | 'centerHorizontally'
  | 'centerVertically'
  | 'printGridlines'
  | 'zoom'
  | 'leftMargin'
  | 'rightMargin'
  | 'topMargin'
  | 'bottomMargin'
  | 'headerMargin'
  | 'footerMargin';

export class SimPageLayout extends SimClientObject<SheetModel> implements Pick<Excel.PageLayout, PageLayoutScalars> {
  get orientation(): Excel.PageLayout['orientation'] {
    return this._read('orientation') as Excel.PageLayout['orientation'];
  }
  set orientation(value: Excel.PageLayout['orientation']) {
    this._write('orientation', value);
  }

  get paperSize(): Excel.PageLayout['paperSize'] {
    return this._read('paperSize') as Excel.PageLayout['paperSize'];
  }
  set paperSize(value: Excel.PageLayout['paperSize']) {
    this._write('paperSize', value);
  }

  get centerHorizontally(): Excel.PageLayout['centerHorizontally'] {
    return this._read('centerHorizontally') as boolean;
  }
  set centerHorizontally(value: Excel.PageLayout['centerHorizontally']) {
    this._write('centerHorizontally', value);
  }

  get centerVertically(): Excel.PageLayout['centerVertically'] {
    return this._read('centerVertically') as boolean;
  }
  set centerVertically(value: Excel.PageLayout['centerVertically']) {
    this._write('centerVertically', value);
  }

  get printGridlines(): Excel.PageLayout['printGridlines'] {
    return this._read('printGridlines') as boolean;
  }
  set printGridlines(value: Excel.PageLayout['printGridlines']) {
    this._write('printGridlines', value);
  }

  get zoom(): Excel.PageLayout['zoom'] {
    return this._read('zoom') as Excel.PageLayout['zoom'];
  }
  set zoom(value: Excel.PageLayout['zoom']) {
    this._write('zoom', value);
  }

  get leftMargin(): Excel.PageLayout['leftMargin'] {
    return this._read('leftMargin') as number;
  }
  set leftMargin(value: Excel.PageLayout['leftMargin']) {
    this._write('leftMargin', value);
  }

  get rightMargin(): Excel.PageLayout['rightMargin'] {
    return this._read('rightMargin') as number;
  }
  set rightMargin(value: Excel.PageLayout['rightMargin']) {
    this._write('rightMargin', value);
  }

  get topMargin(): Excel.PageLayout['topMargin'] {
    return this._read('topMargin') as number;
  }
  set topMargin(value: Excel.PageLayout['topMargin']) {
    this._write('topMargin', value);
  }

  get bottomMargin(): Excel.PageLayout['bottomMargin'] {
    return this._read('bottomMargin') as number;
  }
  set bottomMargin(value: Excel.PageLayout['bottomMargin']) {
    this._write('bottomMargin', value);
  }

  get headerMargin(): Excel.PageLayout['headerMargin'] {
    return this._read('headerMargin') as number;
  }
  set headerMargin(value: Excel.PageLayout['headerMargin']) {
    this._write('headerMargin', value);
  }

  get footerMargin(): Excel.PageLayout['footerMargin'] {
    return this._read('footerMargin') as number;
  }
  set footerMargin(value: Excel.PageLayout['footerMargin']) {
    this._write('footerMargin', value);
  }

  get headersFooters(): SimHeaderFooterGroup {
    return this._nav('headersFooters', () =>
      this._child(
        (c) => new SimHeaderFooterGroup(c),
        HeaderFooterGroupKind,
        'headersFooters',
        (s) => s.pageLayout.headersFooters,
      ),
    );
  }

  private _onSheet(arg: SimRange | string, location: string): () => RangeEntity {
    const model = this[SIM].host.model;
    return rangeArgument(this as AnySimObject, arg, location, (address) => {
      const sheet = this[SIM].resolve();
      if (!sheet) throw itemNotFound(location);
      return rangeOnSheet(model, sheet, address, location);
    });
  }

  setPrintArea(printArea: SimRange | string): void {
    const target = this._onSheet(printArea, 'PageLayout.setPrintArea');
    this[SIM].call('setPrintArea', [printArea], (s, loc) => {
      const e = target();
      if (e.sheet !== s) throw invalidArgument(loc, 'the print area must be on this worksheet');
      s.pageLayout.printArea = { ...e.rect };
    });
  }

  /** Accepts "$1:$3", "1:3", "A1:F3" or a Range: the rows it spans repeat on every page. */
  setPrintTitleRows(printTitleRows: SimRange | string): void {
    const target = this._onSheet(printTitleRows, 'PageLayout.setPrintTitleRows');
    this[SIM].call('setPrintTitleRows', [printTitleRows], (s, loc) => {
      const e = target();
      if (e.sheet !== s) throw invalidArgument(loc, 'the title rows must be on this worksheet');
      s.pageLayout.printTitleRows = [e.rect.r0, e.rect.r1];
    });
  }

  setPrintTitleColumns(printTitleColumns: SimRange | string): void {
    const target = this._onSheet(printTitleColumns, 'PageLayout.setPrintTitleColumns');
    this[SIM].call('setPrintTitleColumns', [printTitleColumns], (s, loc) => {
      const e = target();
      if (e.sheet !== s) throw invalidArgument(loc, 'the title columns must be on this worksheet');
      s.pageLayout.printTitleColumns = [e.rect.c0, e.rect.c1];
    });
  }

  getPrintTitleRowsOrNullObject(): SimRange {
    return this._child(
      (c) => new SimRange(c),
      RangeKind,
      'getPrintTitleRowsOrNullObject()',
      (s) => {
        const rows = s.pageLayout.printTitleRows;
        return rows ? rangeEntity(s, box(rows[0], 0, rows[1], MAX_COLUMNS - 1), true, false) : null;
      },
      { nullable: true },
    );
  }

  load(option?: LoadArgument): this {
    this._load(option);
    return this;
  }

  set(properties: Record<string, unknown>): void {
    this._setMany(properties);
  }

  toJSON(): Record<string, unknown> {
    return this._toJSON();
  }
}

// ---- HeaderFooterGroup and HeaderFooter ----------------------------------------------

/** Excel refuses a header or footer part longer than this. */
const HEADER_FOOTER_LIMIT = 255;

type HeaderFooterPart = keyof HeaderFooterModel;
const HEADER_FOOTER_PARTS: readonly HeaderFooterPart[] = [
  'leftHeader',
  'centerHeader',
  'rightHeader',
  'leftFooter',
  'centerFooter',
  'rightFooter',
];

const HeaderFooterKind: Kind<HeaderFooterModel> = {
  name: 'HeaderFooter',
  scalars: Object.fromEntries(
    HEADER_FOOTER_PARTS.map((part) => [
      part,
      {
        get: (h: HeaderFooterModel) => h[part],
        set: (h: HeaderFooterModel, v: unknown, loc: string) => {
          if (typeof v !== 'string') throw invalidArgument(loc, `${part} must be a string`);
          if (v.length > HEADER_FOOTER_LIMIT) {
            throw invalidArgument(loc, `${part} is longer than ${HEADER_FOOTER_LIMIT} characters`);
          }
          h[part] = v;
        },
      },
    ]),
  ),
};

export class SimHeaderFooter
  extends SimClientObject<HeaderFooterModel>
  implements Pick<Excel.HeaderFooter, HeaderFooterPart>
{
  get leftHeader(): string {
    return this._read('leftHeader') as string;
  }
  set leftHeader(value: string) {
    this._write('leftHeader', value);
  }

  get centerHeader(): string {
    return this._read('centerHeader') as string;
  }
  set centerHeader(value: string) {
    this._write('centerHeader', value);
  }

  get rightHeader(): string {
    return this._read('rightHeader') as string;
  }
  set rightHeader(value: string) {
    this._write('rightHeader', value);
  }

  get leftFooter(): string {
    return this._read('leftFooter') as string;
  }
  set leftFooter(value: string) {
    this._write('leftFooter', value);
  }

  get centerFooter(): string {
    return this._read('centerFooter') as string;
  }
  set centerFooter(value: string) {
    this._write('centerFooter', value);
  }

  get rightFooter(): string {
    return this._read('rightFooter') as string;
  }
  set rightFooter(value: string) {
    this._write('rightFooter', value);
  }

  load(option?: LoadArgument): this {
    this._load(option);
    return this;
  }

  set(properties: Record<string, unknown>): void {
    this._setMany(properties);
  }

  toJSON(): Record<string, unknown> {
    return this._toJSON();
  }
}

const HEADER_FOOTER_STATES = ['Default', 'FirstAndDefault', 'OddAndEven', 'FirstOddAndEven'] as const;
type HeaderFooterPages = 'defaultForAllPages' | 'firstPage' | 'evenPages' | 'oddPages';

const HeaderFooterGroupKind: Kind<HeaderFooterGroupModel> = {
  name: 'HeaderFooterGroup',
  scalars: {
    state: {
      get: (g) => g.state,
      set: (g, v, loc) => void (g.state = oneOf(v, HEADER_FOOTER_STATES, loc)),
    },
    useSheetMargins: { get: (g) => g.useSheetMargins, set: (g, v, loc) => void (g.useSheetMargins = bool(v, loc)) },
    useSheetScale: { get: (g) => g.useSheetScale, set: (g, v, loc) => void (g.useSheetScale = bool(v, loc)) },
  },
  navigations: {
    defaultForAllPages: () => HeaderFooterKind,
    firstPage: () => HeaderFooterKind,
    evenPages: () => HeaderFooterKind,
    oddPages: () => HeaderFooterKind,
  },
};

export class SimHeaderFooterGroup
  extends SimClientObject<HeaderFooterGroupModel>
  implements Pick<Excel.HeaderFooterGroup, 'state' | 'useSheetMargins' | 'useSheetScale'>
{
  get state(): Excel.HeaderFooterGroup['state'] {
    return this._read('state') as Excel.HeaderFooterGroup['state'];
  }
  set state(value: Excel.HeaderFooterGroup['state']) {
    this._write('state', value);
  }

  get useSheetMargins(): boolean {
    return this._read('useSheetMargins') as boolean;
  }
  set useSheetMargins(value: boolean) {
    this._write('useSheetMargins', value);
  }

  get useSheetScale(): boolean {
    return this._read('useSheetScale') as boolean;
  }
  set useSheetScale(value: boolean) {
    this._write('useSheetScale', value);
  }

  private _pages(name: HeaderFooterPages): SimHeaderFooter {
    return this._nav(name, () =>
      this._child(
        (c) => new SimHeaderFooter(c),
        HeaderFooterKind,
        name,
        (g) => g[name],
      ),
    );
  }

  get defaultForAllPages(): SimHeaderFooter {
    return this._pages('defaultForAllPages');
  }

  get firstPage(): SimHeaderFooter {
    return this._pages('firstPage');
  }

  get evenPages(): SimHeaderFooter {
    return this._pages('evenPages');
  }

  get oddPages(): SimHeaderFooter {
    return this._pages('oddPages');
  }

  load(option?: LoadArgument): this {
    this._load(option);
    return this;
  }

  set(properties: Record<string, unknown>): void {
    this._setMany(properties);
  }

  toJSON(): Record<string, unknown> {
    return this._toJSON();
  }
}

// ---- PageBreakCollection and PageBreak -----------------------------------------------

interface PageBreakEntity {
  sheet: SheetModel;
  pageBreak: PageBreakModel;
}

const PageBreakKind: Kind<PageBreakEntity> = {
  name: 'PageBreak',
  scalars: {
    rowIndex: { get: (e) => e.pageBreak.row },
    columnIndex: { get: (e) => e.pageBreak.column },
  },
};

export class SimPageBreak
  extends SimClientObject<PageBreakEntity>
  implements Pick<Excel.PageBreak, 'rowIndex' | 'columnIndex'>
{
  get rowIndex(): number {
    return this._read('rowIndex') as number;
  }

  get columnIndex(): number {
    return this._read('columnIndex') as number;
  }

  load(option?: LoadArgument): this {
    this._load(option);
    return this;
  }

  toJSON(): Record<string, unknown> {
    return this._toJSON();
  }
}

function pageBreakProxy(session: Session, path: string, find: () => PageBreakEntity | null): SimPageBreak {
  return new SimPageBreak(new ProxyCore(session, PageBreakKind, path, find));
}

const PageBreakCollectionKind: Kind<SheetModel> = {
  name: 'PageBreakCollection',
  scalars: {},
  items: {
    kind: () => PageBreakKind,
    list: (s) => s.horizontalPageBreaks.map((pageBreak) => ({ sheet: s, pageBreak })),
    make: (parent, item) => {
      const entity = item as PageBreakEntity;
      return pageBreakProxy(
        parent[SIM].session,
        `${parent[SIM].path}.getItem(${entity.sheet.horizontalPageBreaks.indexOf(entity.pageBreak)})`,
        () => entity,
      );
    },
  },
};

/** The manual horizontal page breaks of a worksheet (ExcelApi 1.9). */
export class SimPageBreakCollection extends SimClientObject<SheetModel> {
  get items(): SimPageBreak[] {
    return this._read('items') as SimPageBreak[];
  }

  /** A page break before the top-left cell of `pageBreakRange`; a break already there is kept once. */
  add(pageBreakRange: SimRange | string): SimPageBreak {
    const core = this[SIM];
    const location = 'PageBreakCollection.add';
    const target = rangeArgument(this as AnySimObject, pageBreakRange, location, (address) => {
      const sheet = core.resolve();
      if (!sheet) throw itemNotFound(location);
      return rangeOnSheet(core.host.model, sheet, address, location);
    });
    const added: { entity?: PageBreakEntity } = {};
    core.call('add', [pageBreakRange], (s, loc) => {
      const e = target();
      if (e.sheet !== s) throw invalidArgument(loc, 'the range must be on this worksheet');
      if (e.rect.r0 === 0) throw invalidArgument(loc, 'a page cannot break before the first row');
      let pageBreak = s.horizontalPageBreaks.find((existing) => existing.row === e.rect.r0);
      if (!pageBreak) {
        pageBreak = { row: e.rect.r0, column: 0 };
        s.horizontalPageBreaks.push(pageBreak);
        s.horizontalPageBreaks.sort((a, b) => a.row - b.row);
      }
      added.entity = { sheet: s, pageBreak };
    });
    return pageBreakProxy(core.session, `${core.path}.add(${quoteArg(String(pageBreakRange))})`, () => {
      if (!added.entity) throw itemNotFound(location, 'the page break was not added');
      return added.entity;
    });
  }

  getCount(): SimClientResult<number> {
    return this[SIM].callForResult('getCount', [], (s) => s.horizontalPageBreaks.length);
  }

  removePageBreaks(): void {
    this[SIM].call('removePageBreaks', [], (s) => {
      s.horizontalPageBreaks = [];
    });
  }

  load(option?: LoadArgument): this {
    this._load(option);
    return this;
  }

  toJSON(): Record<string, unknown> {
    return this._toJSON();
  }
}
