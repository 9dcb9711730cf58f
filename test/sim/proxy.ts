/**
 * The request/response machinery of the simulated Excel host: proxy objects, the queue of
 * a request context, `load`, `sync`, `ClientResult`, null objects, payload accounting.
 *
 * How it mirrors Office.js:
 * - Proxy objects are created locally; navigating (getItem, getRange...) queues nothing.
 *   Which workbook object a proxy stands for is worked out at `sync`, in queue order, so
 *   `worksheets.add('X').getRange('A1').values = ...` works in one batch and
 *   `getItem('Missing')` fails only when something uses it.
 * - Property sets and method calls are queued and applied at `sync`, in order. If one of
 *   them fails, the ones before it stay applied (Excel has no batch transactions) and the
 *   sync rejects with the error.
 * - `load` marks properties to fetch; their values are captured at that point of the queue
 *   and become readable when the sync succeeds. Reading a property that was not loaded
 *   throws `PropertyNotLoaded`.
 * - Each round trip is measured: request bytes = UTF-8 size of the JSON of the queued
 *   operations (values and formulas arrays included); response bytes = size of the JSON
 *   of the loaded data. Above the limit the sync is refused and nothing of it is applied.
 *
 * Pure TypeScript, no Node imports (bundled into the browser workbench too).
 */
import {
  SimErrorCode,
  SimRichApiError,
  crossContext,
  itemNotFound,
  notSimulated,
  propertyNotLoaded,
  requestTooLarge,
  responseTooLarge,
  valueNotLoaded,
} from './errors';
import type { WorkbookModel } from './model';
import type { WorkbookDecoder } from './workbook-file';

/** Key of the single non-API slot of every simulated object (kept out of the API checks). */
export const SIM: unique symbol = Symbol('simulated-office-internals');

// ---- host services ---------------------------------------------------------------------

export interface SyncRecord {
  /** Request payload: UTF-8 bytes of the JSON of the queued operations. */
  bytes: number;
  /** Response payload: UTF-8 bytes of the JSON of the loaded data. */
  responseBytes: number;
  /** Number of queued operations (sets, calls, loads). */
  operations: number;
  /** Error code when the round trip failed. */
  error?: string;
}

export interface SimStats {
  /** Round trips to the host (a `sync` with nothing queued makes none). */
  syncCount: number;
  requests: SyncRecord[];
  maxRequestBytes: number;
  maxResponseBytes: number;
}

export interface SyncInfo {
  /** 1-based number of this round trip since the last resetStats(). */
  index: number;
  operations: number;
  requestBytes: number;
  /** The wire form of the queued operations, e.g. `{ a: 'set', o: 'workbook...getRange("A1")', n: 'values' }`. */
  wire: readonly WireOp[];
}

export interface HostServices {
  readonly model: WorkbookModel;
  readonly payloadLimitBytes: number;
  readonly readAfterSet: 'throw' | 'cached';
  readonly stats: SimStats;
  /** Called before a round trip is applied; throws to fail it (failNextSync / onSync). */
  beforeSync(info: SyncInfo): void;
  /** Throws ApiNotFound when `member` ("Range.getSurroundingRegion") needs a newer ExcelApi. */
  requireSet(member: string): void;
  /** Whether the host's ExcelApi version has `member`. */
  supports(member: string): boolean;
  /** Decodes a workbook file sent as base64 (insertWorksheetsFromBase64); undefined: not simulated. */
  readonly decodeWorkbook?: WorkbookDecoder;
  /** Workbooks opened with Excel.createWorkbook, as base64, in order. */
  readonly openedWorkbooks: string[];
}
// ---- wire and operations ---------------------------------------------------------------

export interface WireOp {
  /** set | call | load | query */
  a: string;
  /** Object path of the target. */
  o: string;
  n?: string;
  v?: unknown;
}

export interface Op {
  wire: WireOp;
  writes: boolean;
  loads: boolean;
  /** Work the host does before applying the round trip (decoding a file sent with it). */
  prepare?: () => Promise<void>;
  run(exec: Exec): void;
}

/** Collects what one round trip sends back; applied to the proxies only if the sync succeeds. */
export class Exec {
  readonly response: unknown[] = [];
  private readonly commits: Array<() => void> = [];

  respond(payload: unknown, commit: () => void): void {
    this.response.push(payload);
    this.commits.push(commit);
  }

  commitAll(): void {
    for (const commit of this.commits) commit();
  }
}

const encoder = new TextEncoder();

export function byteLength(json: string): number {
  return encoder.encode(json).length;
}

/** The queue and round trips of one request context. */
export class Session {
  private queue: Op[] = [];

  constructor(
    readonly host: HostServices,
    /** The RequestContext object user code sees (for `obj.context`). */
    readonly context: object,
  ) {}

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    await Promise.resolve(); // a round trip is always asynchronous
    if (ops.length === 0) return;
    for (const op of ops) if (op.prepare) await op.prepare();
    const host = this.host;
    const wire = ops.map((op) => op.wire);
    const requestBytes = byteLength(JSON.stringify(wire));
    const record: SyncRecord = { bytes: requestBytes, responseBytes: 0, operations: ops.length };
    const stats = host.stats;
    stats.syncCount += 1;
    stats.requests.push(record);
    stats.maxRequestBytes = Math.max(stats.maxRequestBytes, requestBytes);
    try {
      host.beforeSync({ index: stats.syncCount, operations: ops.length, requestBytes, wire });
      if (requestBytes > host.payloadLimitBytes) throw requestTooLarge(requestBytes, host.payloadLimitBytes);
      const restore = ops.some((op) => op.writes) && ops.some((op) => op.loads) ? host.model.checkpoint() : undefined;
      const exec = new Exec();
      for (const op of ops) op.run(exec);
      const responseBytes = byteLength(JSON.stringify(exec.response));
      record.responseBytes = responseBytes;
      stats.maxResponseBytes = Math.max(stats.maxResponseBytes, responseBytes);
      if (responseBytes > host.payloadLimitBytes) {
        restore?.();
        throw responseTooLarge(responseBytes, host.payloadLimitBytes);
      }
      exec.commitAll();
    } catch (error) {
      record.error = (error as { code?: string }).code ?? (error as Error).name ?? 'Error';
      throw error;
    }
  }
}

// ---- kinds: what each proxy type exposes ----------------------------------------------

export interface ScalarSpec<E> {
  get(entity: E, model: WorkbookModel): unknown;
  set?(entity: E, value: unknown, location: string, model: WorkbookModel): void;
}

/** A kind or proxy of whatever entity type (entity types are not variant-safe to mix). */
export type AnyKind = Kind<any>;
export type AnySimObject = SimClientObject<any>;

export interface ItemsSpec<E> {
  readonly kind: () => AnyKind;
  list(entity: E): unknown[];
  make(parent: SimClientObject<E>, item: unknown): AnySimObject;
}

export interface Kind<E> {
  /** Office.js type name, e.g. 'Range'. */
  readonly name: string;
  readonly scalars: Readonly<Record<string, ScalarSpec<E>>>;
  /** Navigation properties `load` may traverse ("format/font/bold"), with their kinds. */
  readonly navigations?: Readonly<Record<string, () => AnyKind>>;
  /** For collections. */
  readonly items?: ItemsSpec<E>;
}

export interface CoreOptions<E> {
  /** Bind to the first entity found (sheets, tables, names keep identity across renames). */
  bind?: boolean;
  /** `*OrNullObject`: a missing entity is a null object instead of an error. */
  nullable?: boolean;
  /** For bound entities: false once the entity was deleted. */
  alive?: (entity: E) => boolean;
}

/** The private state of a proxy: which entity it stands for, what was loaded. */
export class ProxyCore<E> {
  readonly loaded = new Map<string, unknown>();
  /** Navigation children created so far (format, font...), by property name. */
  readonly children = new Map<string, unknown>();
  isNull: boolean | undefined;
  private bound = false;
  private entity: E | null = null;

  constructor(
    readonly session: Session,
    readonly kind: Kind<E>,
    readonly path: string,
    private readonly resolver: () => E | null,
    readonly options: CoreOptions<E> = {},
  ) {}

  get host(): HostServices {
    return this.session.host;
  }

  /** The workbook entity this proxy stands for now; null for a null object. Sync time only. */
  resolve(): E | null {
    if (this.bound) {
      if (this.entity !== null && this.options.alive && !this.options.alive(this.entity)) {
        throw itemNotFound(this.kind.name, `the ${this.kind.name} this object refers to was deleted`);
      }
      return this.entity;
    }
    const entity = this.resolver();
    if (this.options.bind) {
      this.bound = true;
      this.entity = entity;
    }
    return entity;
  }

  read(name: string): unknown {
    if (this.isNull === true) return undefined;
    if (!this.loaded.has(name)) throw propertyNotLoaded(name);
    return this.loaded.get(name);
  }

  /** Queues a property set. */
  write(name: string, value: unknown): void {
    const spec = this.kind.scalars[name];
    const location = `${this.kind.name}.${name}`;
    if (!spec || !spec.set) throw notSimulated(`setting ${location}`);
    if (this.host.readAfterSet === 'cached') this.loaded.set(name, value);
    else this.loaded.delete(name);
    const setter = spec.set;
    this.session.enqueue({
      wire: { a: 'set', o: this.path, n: name, v: value },
      writes: true,
      loads: false,
      run: () => {
        this.host.requireSet(location);
        const entity = this.resolve();
        if (entity === null) return; // operations on a null object are ignored
        setter(entity, value, location, this.host.model);
      },
    });
  }

  /** Queues a method call with side effects. */
  call(name: string, args: unknown[], apply: (entity: E, location: string) => void): void {
    const location = `${this.kind.name}.${name}`;
    this.session.enqueue({
      wire: { a: 'call', o: this.path, n: name, v: args.map(wireValue) },
      writes: true,
      loads: false,
      run: () => {
        this.host.requireSet(location);
        const entity = this.resolve();
        if (entity === null) return;
        apply(entity, location);
      },
    });
  }

  /**
   * Queues a method call whose result comes back in a ClientResult. `options.writes`: the call
   * also changes the workbook; `options.prepare`: host work done before the round trip is applied.
   */
  callForResult<T>(
    name: string,
    args: unknown[],
    compute: (entity: E, location: string) => T,
    options: { writes?: boolean; prepare?: () => Promise<void> } = {},
  ): SimClientResult<T> {
    const location = `${this.kind.name}.${name}`;
    const result = new SimClientResult<T>();
    this.session.enqueue({
      wire: { a: 'call', o: this.path, n: name, v: args.map(wireValue) },
      writes: options.writes ?? false,
      loads: true,
      ...(options.prepare ? { prepare: options.prepare } : {}),
      run: (exec) => {
        this.host.requireSet(location);
        const entity = this.resolve();
        const value = entity === null ? (null as T) : compute(entity, location);
        exec.respond(value, () => SimClientResult.settle(result, value));
      },
    });
    return result;
  }

  /** Queues the query that tells a `*OrNullObject` proxy whether it is null. */
  queryNull(): void {
    this.session.enqueue({
      wire: { a: 'query', o: this.path, n: 'isNullObject' },
      writes: false,
      loads: true,
      run: (exec) => {
        const isNull = this.resolve() === null;
        exec.respond({ isNullObject: isNull }, () => {
          this.isNull = isNull;
        });
      },
    });
  }
}

/** Objects passed as arguments travel as their object path. */
function wireValue(value: unknown): unknown {
  if (value && typeof value === 'object' && SIM in (value as object)) {
    const core = (value as { [SIM]: unknown })[SIM];
    if (core instanceof ProxyCore) return { path: core.path };
  }
  return value;
}

// ---- load ------------------------------------------------------------------------------

export interface LoadTree {
  all: boolean;
  scalars: Set<string>;
  navs: Map<string, LoadTree>;
  items?: LoadTree;
}

function newTree(): LoadTree {
  return { all: false, scalars: new Set(), navs: new Map() };
}

export type LoadArgument =
  | string
  | string[]
  | { select?: string | string[]; expand?: string | string[]; top?: number; skip?: number }
  | Record<string, unknown>
  | undefined;

function splitNames(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : value.split(',');
  return list.map((s) => s.trim()).filter((s) => s.length > 0);
}

/** Turns every accepted form of `load(...)` into "a/b/c" paths ('*' = all scalars). */
export function loadPaths(option: LoadArgument): string[] {
  if (option === undefined || option === null) return ['*'];
  if (typeof option === 'string' || Array.isArray(option)) {
    const names = splitNames(option);
    return names.length ? names : ['*'];
  }
  const keys = Object.keys(option);
  if (keys.some((k) => k === 'select' || k === 'expand' || k === 'top' || k === 'skip')) {
    const o = option as { select?: string | string[]; expand?: string | string[]; top?: number; skip?: number };
    if (o.top !== undefined || o.skip !== undefined) throw notSimulated('load({ top, skip })');
    const select = splitNames(o.select);
    return [...(select.length ? select : ['*']), ...splitNames(o.expand)];
  }
  // Property-object form: { values: true, format: { font: { bold: true } } }
  const out: string[] = [];
  const walk = (obj: Record<string, unknown>, prefix: string): void => {
    for (const [k, v] of Object.entries(obj)) {
      if (v === true) out.push(prefix + k);
      else if (v && typeof v === 'object') {
        if ((v as Record<string, unknown>).$all === true) out.push(prefix + k);
        walk(
          Object.fromEntries(Object.entries(v as Record<string, unknown>).filter(([key]) => key !== '$all')),
          `${prefix}${k}/`,
        );
      }
    }
  };
  walk(option as Record<string, unknown>, '');
  return out.length ? out : ['*'];
}

function insertPath(kind: AnyKind, tree: LoadTree, segments: string[]): void {
  const [head, ...rest] = segments;
  if (kind.items) {
    if (head === 'items' || head === '*' || !(head in kind.scalars)) {
      tree.items ??= newTree();
      const itemKind = kind.items.kind();
      if (head === 'items') {
        if (rest.length === 0) tree.items.all = true;
        else insertPath(itemKind, tree.items, rest);
      } else insertPath(itemKind, tree.items, segments);
      return;
    }
  }
  if (head === '*') {
    tree.all = true;
    return;
  }
  if (head in kind.scalars) {
    if (rest.length) throw notSimulated(`load('${segments.join('/')}') on ${kind.name}: '${head}' is not an object`);
    tree.scalars.add(head);
    return;
  }
  const nav = kind.navigations?.[head];
  if (!nav) throw notSimulated(`${kind.name}.${head} (in load)`);
  let sub = tree.navs.get(head);
  if (!sub) {
    sub = newTree();
    tree.navs.set(head, sub);
  }
  if (rest.length === 0) sub.all = true;
  else insertPath(nav(), sub, rest);
}

export function buildLoadTree(kind: AnyKind, option: LoadArgument): LoadTree {
  const tree = newTree();
  for (const path of loadPaths(option))
    insertPath(
      kind,
      tree,
      path.split('/').map((s) => s.trim()),
    );
  return tree;
}

interface Snapshot {
  payload: unknown;
  commit: () => void;
}

function takeSnapshot(obj: AnySimObject, tree: LoadTree): Snapshot {
  const core = obj[SIM];
  const kind = core.kind;
  const entity = core.resolve();
  if (entity === null) {
    return { payload: null, commit: () => void (core.isNull = true) };
  }
  // load() of everything skips what the host's ExcelApi version lacks; naming it fails.
  const names = tree.all
    ? Object.keys(kind.scalars).filter((name) => core.host.supports(`${kind.name}.${name}`))
    : [...tree.scalars];
  const values: Array<[string, unknown]> = [];
  for (const name of names) {
    core.host.requireSet(`${kind.name}.${name}`);
    values.push([name, kind.scalars[name].get(entity, core.host.model)]);
  }
  const children: Array<[string, Snapshot]> = [];
  for (const [nav, sub] of tree.navs) {
    core.host.requireSet(`${kind.name}.${nav}`);
    const child = (obj as unknown as Record<string, AnySimObject>)[nav];
    children.push([nav, takeSnapshot(child, sub)]);
  }
  let items: { proxies: AnySimObject[]; snaps: Snapshot[] } | undefined;
  if (tree.items && kind.items) {
    const spec = kind.items;
    const proxies = spec.list(entity).map((item) => spec.make(obj, item));
    items = { proxies, snaps: proxies.map((p) => takeSnapshot(p, tree.items as LoadTree)) };
  }
  const payload: Record<string, unknown> = Object.fromEntries(values);
  for (const [nav, snap] of children) payload[nav] = snap.payload;
  if (items) payload.items = items.snaps.map((s) => s.payload);
  return {
    payload,
    commit: () => {
      core.isNull = false;
      for (const [name, value] of values) core.loaded.set(name, value);
      for (const [, snap] of children) snap.commit();
      if (items) {
        core.loaded.set('items', items.proxies);
        for (const snap of items.snaps) snap.commit();
      }
    },
  };
}

/** Queues a load of `option` on `obj` (shared by every `load` method and `context.load`). */
export function queueLoad(obj: AnySimObject, option: LoadArgument): void {
  const core = obj[SIM];
  const tree = buildLoadTree(core.kind as AnyKind, option);
  core.session.enqueue({
    wire: { a: 'load', o: core.path, v: loadPaths(option) },
    writes: false,
    loads: true,
    run: (exec) => {
      const snap = takeSnapshot(obj, tree);
      exec.respond(snap.payload, snap.commit);
    },
  });
}

// ---- runtime guard ---------------------------------------------------------------------

/** Probes by Promise resolution, JSON, jest and node's inspector: answered, never refused. */
const PROBES = new Set([
  'then',
  'toJSON',
  'constructor',
  'asymmetricMatch',
  '$$typeof',
  'nodeType',
  'tagName',
  'inspect',
  'toString',
  'valueOf',
  'length',
]);

/**
 * Wraps a simulated object so that touching a member it does not simulate fails loudly
 * (code 'NotSimulated') instead of yielding `undefined`; setting a property it does not
 * simulate, or one it only reads, fails the same way. Names starting with '_' pass (the
 * classes' own private fields).
 */
export function guard<T extends object>(target: T, typeName: string): T {
  return new Proxy(target, {
    get(t, prop, receiver) {
      if (typeof prop === 'symbol' || prop in t || PROBES.has(prop) || prop.startsWith('_') || prop.startsWith('@@')) {
        return Reflect.get(t, prop, receiver);
      }
      throw notSimulated(`${typeName}.${prop}`);
    },
    set(t, prop, value, receiver) {
      if (typeof prop === 'symbol' || prop.startsWith('_')) return Reflect.set(t, prop, value, receiver);
      if (prop in t && Reflect.set(t, prop, value, receiver)) return true;
      throw notSimulated(prop in t ? `setting ${typeName}.${prop}` : `${typeName}.${prop}`);
    },
  });
}

// ---- base class ------------------------------------------------------------------------

/**
 * Base of every simulated proxy. It carries only what `OfficeExtension.ClientObject` has
 * (`context`, `isNullObject`) plus the [SIM] slot; `load`, `set` and `toJSON` are declared
 * by each subclass whose real counterpart has them (not every Office.js class has `load`),
 * on top of the protected helpers here.
 */
export abstract class SimClientObject<E> {
  readonly [SIM]: ProxyCore<E>;

  constructor(core: ProxyCore<E>) {
    this[SIM] = core;
    if (core.options.nullable) core.queryNull();
    return guard(this, core.kind.name);
  }

  get context(): Excel.RequestContext {
    return this[SIM].session.context as Excel.RequestContext;
  }

  get isNullObject(): boolean {
    const core = this[SIM];
    if (core.isNull !== undefined) return core.isNull;
    if (!core.options.nullable) return false;
    throw propertyNotLoaded('isNullObject');
  }

  protected _load(option: LoadArgument): void {
    queueLoad(this as AnySimObject, option);
  }

  protected _read(name: string): unknown {
    return this[SIM].read(name);
  }

  protected _write(name: string, value: unknown): void {
    this[SIM].write(name, value);
  }

  /** `obj.set({ a: 1, format: { font: { bold: true } } })`: scalar sets and nested object sets. */
  protected _setMany(properties: Record<string, unknown>): void {
    const core = this[SIM];
    for (const [key, value] of Object.entries(properties ?? {})) {
      if (key in core.kind.scalars) core.write(key, value);
      else if (core.kind.navigations?.[key] && value && typeof value === 'object') {
        const child = (this as unknown as Record<string, AnySimObject>)[key];
        child._setMany(value as Record<string, unknown>);
      } else throw notSimulated(`${core.kind.name}.set({ ${key} })`);
    }
  }

  protected _toJSON(): Record<string, unknown> {
    const core = this[SIM];
    const out: Record<string, unknown> = {};
    for (const [name, value] of core.loaded) {
      out[name] = name === 'items' ? (value as AnySimObject[]).map((p) => p._toJSON()) : value;
    }
    for (const [nav, child] of core.children) {
      const json = (child as AnySimObject)._toJSON();
      if (Object.keys(json).length) out[nav] = json;
    }
    return out;
  }

  /** The navigation child `name` (range.format, format.font...), created once per proxy. */
  protected _nav<P>(name: string, create: () => P): P {
    const children = this[SIM].children;
    if (!children.has(name)) children.set(name, create());
    return children.get(name) as P;
  }

  /** A child proxy (range of a sheet, format of a range...) resolved through this one. */
  protected _child<C, P extends SimClientObject<C>>(
    make: (core: ProxyCore<C>) => P,
    kind: Kind<C>,
    step: string,
    find: (parent: E, location: string) => C | null,
    options: CoreOptions<C> & { member?: string } = {},
  ): P {
    const parent = this[SIM];
    const location = options.member ?? `${parent.kind.name}.${step.replace(/\(.*$/, '')}`;
    const core = new ProxyCore<C>(
      parent.session,
      kind,
      `${parent.path}.${step}`,
      () => {
        const p = parent.resolve();
        if (p === null) return null;
        parent.host.requireSet(location);
        return find(p, location);
      },
      options,
    );
    return make(core);
  }

  /** Throws InvalidRequestContext when `other` belongs to another request context. */
  protected _sameContext(other: AnySimObject, location: string): void {
    if (other[SIM].session !== this[SIM].session) throw crossContext(location);
  }
}

/** `OfficeExtension.ClientResult`: `value` is readable after the sync that carried the call. */
export class SimClientResult<T> implements Pick<OfficeExtension.ClientResult<T>, 'value'> {
  readonly [SIM] = { settled: false, value: undefined as unknown };

  get value(): T {
    if (!this[SIM].settled) throw valueNotLoaded();
    return this[SIM].value as T;
  }

  static settle<T>(result: SimClientResult<T>, value: T): void {
    result[SIM].settled = true;
    result[SIM].value = value;
  }
}

export { SimErrorCode, SimRichApiError };
