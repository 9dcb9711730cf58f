/**
 * Simulated TableCollection, Table, NamedItemCollection and NamedItem
 * (one class per Office.js proxy kind; see excel.ts for how they are kept to the real API).
 * Pure TypeScript, no Node imports.
 */
import { formatRect, intersection, intersects } from './address';
import { invalidArgument, invalidOperation, itemNotFound, notSimulated } from './errors';
import { SimEventHandlers } from './events';
import { NameModel, NameRef, TableModel, WorkbookModel } from './model';
import { AnySimObject, Kind, LoadArgument, ProxyCore, SIM, Session, SimClientObject, SimClientResult } from './proxy';
import * as Enums from './enums';
import {
  RangeEntity,
  Scope,
  bool,
  isUnbounded,
  nameAlive,
  quoteArg,
  rangeArgument,
  rangeEntity,
  rangeInWorkbook,
  rangeOnSheet,
  sheetAlive,
  tableAlive,
} from './excel-shared';
import { RangeKind, SimRange } from './excel-range';
import { SimWorksheet, WorksheetKind } from './excel-worksheet';

// ---- TableCollection and Table ---------------------------------------------------------

function tablesIn(scope: Scope): TableModel[] {
  return scope.model.tables.filter((t) => !scope.sheet || t.sheet === scope.sheet);
}

export function findTable(scope: Scope, key: unknown): TableModel | undefined {
  if (typeof key !== 'string') return undefined;
  const lower = key.toLowerCase();
  return tablesIn(scope).find((t) => t.name.toLowerCase() === lower || t.id === key);
}

function tableProxy(session: Session, path: string, find: () => TableModel | null, nullable = false): SimTable {
  return new SimTable(new ProxyCore(session, TableKind, path, find, { bind: true, alive: tableAlive, nullable }));
}

export const TableCollectionKind: Kind<Scope> = {
  name: 'TableCollection',
  scalars: { count: { get: (scope) => tablesIn(scope).length } },
  items: {
    kind: () => TableKind,
    list: (scope) => tablesIn(scope),
    make: (parent, item) => {
      const table = item as TableModel;
      return tableProxy(parent[SIM].session, `${parent[SIM].path}.getItem(${quoteArg(table.id)})`, () => table);
    },
  },
};

export class SimTableCollection extends SimClientObject<Scope> implements Pick<Excel.TableCollection, 'count'> {
  get count(): Excel.TableCollection['count'] {
    return this._read('count') as number;
  }

  get items(): SimTable[] {
    return this._read('items') as SimTable[];
  }

  /** Only `hasHeaders: true` is simulated (Excel would insert a header row otherwise). */
  add(address: SimRange | string, hasHeaders: boolean): SimTable {
    const core = this[SIM];
    const location = 'TableCollection.add';
    if (hasHeaders !== true) throw notSimulated('TableCollection.add with hasHeaders = false');
    const target = rangeArgument(this as AnySimObject, address, location, (text) => {
      const scope = core.resolve();
      if (!scope) throw itemNotFound(location);
      return scope.sheet
        ? rangeOnSheet(scope.model, scope.sheet, text, location)
        : rangeInWorkbook(scope.model, text, location);
    });
    const created: { table?: TableModel } = {};
    core.call('add', [address, hasHeaders], (scope, loc) => {
      const e = target();
      if (isUnbounded(e)) throw invalidArgument(loc, 'a table needs a bounded range');
      if (scope.sheet && e.sheet !== scope.sheet) throw invalidArgument(loc, 'the range is on another worksheet');
      created.table = scope.model.addTable(e.sheet, e.rect, undefined, loc);
    });
    return tableProxy(
      core.session,
      `${core.path}.add(${quoteArg(typeof address === 'string' ? address : 'range')})`,
      () => {
        if (!created.table) throw itemNotFound(location, 'the table was not added');
        return created.table;
      },
    );
  }

  getItem(key: string): SimTable {
    return this._child(
      (c) => new SimTable(c),
      TableKind,
      `getItem(${quoteArg(key)})`,
      (scope, loc) => {
        const table = findTable(scope, key);
        if (!table) throw itemNotFound(loc, `no table named '${key}'`);
        return table;
      },
      { bind: true, alive: tableAlive },
    );
  }

  getItemOrNullObject(key: string): SimTable {
    return this._child(
      (c) => new SimTable(c),
      TableKind,
      `getItemOrNullObject(${quoteArg(key)})`,
      (scope) => findTable(scope, key) ?? null,
      { bind: true, alive: tableAlive, nullable: true },
    );
  }

  getCount(): SimClientResult<number> {
    return this[SIM].callForResult('getCount', [], (scope) => tablesIn(scope).length);
  }

  load(option?: LoadArgument): this {
    this._load(option);
    return this;
  }

  toJSON(): Record<string, unknown> {
    return this._toJSON();
  }
}

const TableKind: Kind<TableModel> = {
  name: 'Table',
  scalars: {
    name: {
      get: (t) => t.name,
      set: (t, v, loc, model) => {
        if (typeof v === 'string' && v.toLowerCase() === t.name.toLowerCase()) {
          t.name = v;
          return;
        }
        t.name = model.checkNewName(v, loc, 'table');
      },
    },
    id: { get: (t) => t.id },
    showHeaders: { get: (t) => t.showHeaders },
    showTotals: { get: (t) => t.showTotals },
    style: {
      get: (t) => t.style,
      set: (t, v, loc) => {
        if (typeof v !== 'string') throw invalidArgument(loc, 'style must be a string');
        t.style = v;
      },
    },
  },
  navigations: { worksheet: () => WorksheetKind },
};

export class SimTable
  extends SimClientObject<TableModel>
  implements Pick<Excel.Table, 'name' | 'id' | 'showHeaders' | 'showTotals' | 'style'>
{
  get name(): Excel.Table['name'] {
    return this._read('name') as string;
  }
  set name(value: Excel.Table['name']) {
    this._write('name', value);
  }

  get id(): Excel.Table['id'] {
    return this._read('id') as string;
  }

  get showHeaders(): Excel.Table['showHeaders'] {
    return this._read('showHeaders') as boolean;
  }

  get showTotals(): Excel.Table['showTotals'] {
    return this._read('showTotals') as boolean;
  }

  get style(): Excel.Table['style'] {
    return this._read('style') as string;
  }
  set style(value: Excel.Table['style']) {
    this._write('style', value);
  }

  get worksheet(): SimWorksheet {
    return this._nav('worksheet', () =>
      this._child(
        (c) => new SimWorksheet(c),
        WorksheetKind,
        'worksheet',
        (t) => t.sheet,
        { bind: true, alive: sheetAlive },
      ),
    );
  }

  getRange(): SimRange {
    return this._child(
      (c) => new SimRange(c),
      RangeKind,
      'getRange()',
      (t) => rangeEntity(t.sheet, { ...t.rect }),
    );
  }

  getHeaderRowRange(): SimRange {
    return this._child(
      (c) => new SimRange(c),
      RangeKind,
      'getHeaderRowRange()',
      (t) => rangeEntity(t.sheet, { ...t.rect, r1: t.rect.r0 }),
    );
  }

  getDataBodyRange(): SimRange {
    return this._child(
      (c) => new SimRange(c),
      RangeKind,
      'getDataBodyRange()',
      (t) => rangeEntity(t.sheet, { ...t.rect, r0: t.rect.r0 + 1, r1: t.rect.r1 - (t.showTotals ? 1 : 0) }),
    );
  }

  delete(): void {
    this[SIM].call('delete', [], (t) => this[SIM].host.model.deleteTable(t));
  }

  private _onChanged?: SimEventHandlers<TableModel, Excel.TableChangedEventArgs>;

  /** ExcelApi 1.7: cells of the table edited (typed, pasted, written or cleared). */
  get onChanged(): SimEventHandlers<TableModel, Excel.TableChangedEventArgs> {
    // Kept on the proxy itself (not a navigation: it is not loaded nor serialized).
    return (this._onChanged ??= ((): SimEventHandlers<TableModel, Excel.TableChangedEventArgs> => {
      const model = this[SIM].host.model;
      return new SimEventHandlers<TableModel, Excel.TableChangedEventArgs>(
        this[SIM],
        'Table.onChanged',
        (table, deliver) =>
          model.onCellsChanged((change) => {
            if (table.deleted || change.sheet !== table.sheet || !intersects(change.rect, table.rect)) return;
            const edited = intersection(change.rect, table.rect);
            deliver({
              type: 'TableChanged',
              changeType: 'RangeEdited',
              source: 'Local',
              tableId: table.id,
              worksheetId: table.sheet.id,
              address: formatRect(edited),
            } as Excel.TableChangedEventArgs);
          }),
      );
    })());
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

// ---- NamedItemCollection and NamedItem -------------------------------------------------

function namesIn(scope: Scope): NameModel[] {
  return scope.model.names.filter((n) => n.scope === scope.sheet);
}

function findNamed(scope: Scope, key: unknown): NameModel | undefined {
  if (typeof key !== 'string') return undefined;
  return scope.model.findName(key, scope.sheet);
}

function nameProxy(session: Session, path: string, find: () => NameModel | null, nullable = false): SimNamedItem {
  return new SimNamedItem(
    new ProxyCore(session, NamedItemKind, path, find, { bind: true, alive: nameAlive, nullable }),
  );
}

/** "=Sheet1!$A$1:$B$2", "=5", '="text"', "=TRUE" -> what a name refers to. */
function parseNameReference(model: WorkbookModel, text: string, location: string): NameRef {
  const body = text.startsWith('=') ? text.slice(1) : text;
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(body)) return { kind: 'constant', value: Number(body) };
  if (/^"([^"]|"")*"$/.test(body)) return { kind: 'constant', value: body.slice(1, -1).replace(/""/g, '"') };
  if (/^(true|false)$/i.test(body)) return { kind: 'constant', value: body.toLowerCase() === 'true' };
  const e = rangeInWorkbook(model, body, location);
  if (isUnbounded(e)) throw notSimulated('names referring to whole rows or columns');
  return { kind: 'range', sheet: e.sheet, rect: e.rect };
}

export const NamedItemCollectionKind: Kind<Scope> = {
  name: 'NamedItemCollection',
  scalars: {},
  items: {
    kind: () => NamedItemKind,
    list: (scope) => namesIn(scope),
    make: (parent, item) => {
      const named = item as NameModel;
      return nameProxy(parent[SIM].session, `${parent[SIM].path}.getItem(${quoteArg(named.name)})`, () => named);
    },
  },
};

export class SimNamedItemCollection extends SimClientObject<Scope> {
  get items(): SimNamedItem[] {
    return this._read('items') as SimNamedItem[];
  }

  add(name: string, reference: SimRange | string, comment?: string): SimNamedItem {
    const core = this[SIM];
    const location = 'NamedItemCollection.add';
    let target: (() => RangeEntity) | undefined;
    if (typeof reference !== 'string')
      target = rangeArgument(this as AnySimObject, reference, location, () => {
        throw invalidArgument(location);
      });
    const created: { item?: NameModel } = {};
    core.call('add', [name, reference, comment], (scope, loc) => {
      if (scope.sheet) throw notSimulated('worksheet-scoped names');
      let ref: NameRef;
      if (target) {
        const e = target();
        ref = { kind: 'range', sheet: e.sheet, rect: { ...e.rect } };
      } else ref = parseNameReference(scope.model, reference as string, loc);
      created.item = scope.model.addName(name, ref, loc, comment ?? '');
    });
    return nameProxy(core.session, `${core.path}.add(${quoteArg(name)})`, () => {
      if (!created.item) throw itemNotFound(location, 'the name was not added');
      return created.item;
    });
  }

  getItem(name: string): SimNamedItem {
    return this._child(
      (c) => new SimNamedItem(c),
      NamedItemKind,
      `getItem(${quoteArg(name)})`,
      (scope, loc) => {
        const item = findNamed(scope, name);
        if (!item) throw itemNotFound(loc, `no name '${name}'`);
        return item;
      },
      { bind: true, alive: nameAlive },
    );
  }

  getItemOrNullObject(name: string): SimNamedItem {
    return this._child(
      (c) => new SimNamedItem(c),
      NamedItemKind,
      `getItemOrNullObject(${quoteArg(name)})`,
      (scope) => findNamed(scope, name) ?? null,
      { bind: true, alive: nameAlive, nullable: true },
    );
  }

  getCount(): SimClientResult<number> {
    return this[SIM].callForResult('getCount', [], (scope) => namesIn(scope).length);
  }

  load(option?: LoadArgument): this {
    this._load(option);
    return this;
  }

  toJSON(): Record<string, unknown> {
    return this._toJSON();
  }
}

function nameType(n: NameModel): Excel.NamedItemType {
  const t = Enums.NamedItemType;
  if (n.ref.kind === 'range') return n.ref.sheet.deleted ? t.error : t.range;
  if (typeof n.ref.value === 'number') return t.double;
  return typeof n.ref.value === 'boolean' ? t.boolean : t.string;
}

const NamedItemKind: Kind<NameModel> = {
  name: 'NamedItem',
  scalars: {
    name: { get: (n) => n.name },
    type: { get: (n) => nameType(n) },
    value: {
      get: (n, model) => {
        if (n.ref.kind === 'constant') return n.ref.value;
        return n.ref.sheet.deleted ? '#REF!' : model.refFormula(n.ref).slice(1);
      },
    },
    formula: { get: (n, model) => model.refFormula(n.ref) },
    visible: { get: (n) => n.visible, set: (n, v, loc) => void (n.visible = bool(v, loc)) },
    comment: {
      get: (n) => n.comment,
      set: (n, v, loc) => {
        if (typeof v !== 'string') throw invalidArgument(loc, 'comment must be a string');
        n.comment = v;
      },
    },
    scope: { get: (n) => (n.scope ? 'Worksheet' : 'Workbook') },
  },
};

export class SimNamedItem
  extends SimClientObject<NameModel>
  implements Pick<Excel.NamedItem, 'name' | 'type' | 'value' | 'formula' | 'visible' | 'comment' | 'scope'>
{
  get name(): Excel.NamedItem['name'] {
    return this._read('name') as string;
  }

  get type(): Excel.NamedItem['type'] {
    return this._read('type') as Excel.NamedItem['type'];
  }

  get value(): Excel.NamedItem['value'] {
    return this._read('value');
  }

  get formula(): Excel.NamedItem['formula'] {
    return this._read('formula');
  }

  get visible(): Excel.NamedItem['visible'] {
    return this._read('visible') as boolean;
  }
  set visible(value: Excel.NamedItem['visible']) {
    this._write('visible', value);
  }

  get comment(): Excel.NamedItem['comment'] {
    return this._read('comment') as string;
  }
  set comment(value: Excel.NamedItem['comment']) {
    this._write('comment', value);
  }

  get scope(): Excel.NamedItem['scope'] {
    return this._read('scope') as Excel.NamedItem['scope'];
  }

  getRange(): SimRange {
    return this._child(
      (c) => new SimRange(c),
      RangeKind,
      'getRange()',
      (n, loc) => {
        if (n.ref.kind !== 'range' || n.ref.sheet.deleted)
          throw invalidOperation(loc, `'${n.name}' does not refer to a range`);
        return rangeEntity(n.ref.sheet, { ...n.ref.rect });
      },
    );
  }

  getRangeOrNullObject(): SimRange {
    return this._child(
      (c) => new SimRange(c),
      RangeKind,
      'getRangeOrNullObject()',
      (n) => (n.ref.kind === 'range' && !n.ref.sheet.deleted ? rangeEntity(n.ref.sheet, { ...n.ref.rect }) : null),
      { nullable: true },
    );
  }

  delete(): void {
    this[SIM].call('delete', [], (n) => this[SIM].host.model.deleteName(n));
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
