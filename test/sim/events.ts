/**
 * Office.js events on the simulated host: `OfficeExtension.EventHandlers` (`add`, `remove`) and
 * `EventHandlerResult` (`remove`), as Table.onChanged and Worksheet.onChanged use them.
 * As in Office.js, adding or removing a handler is an operation of the request context: it
 * takes effect with the next `sync`. Handlers are called after the change, never during it
 * (WorkbookModel.cellsChanged delivers on a later turn), with the event's arguments as plain data.
 * Pure TypeScript, no Node imports.
 */
import { invalidArgument } from './errors';
import { type ProxyCore, SIM } from './proxy';

type Handler<T> = (args: T) => Promise<unknown>;

/** How an event attaches to its object: returns the function that detaches it. */
export type Subscribe<E, T> = (entity: E, deliver: (args: T) => void) => () => void;

export class SimEventHandlers<E, T> implements Pick<OfficeExtension.EventHandlers<T>, 'add' | 'remove'> {
  readonly [SIM]: { detachers: Map<Handler<T>, () => void>; context: () => OfficeExtension.ClientRequestContext };

  constructor(
    private readonly owner: ProxyCore<E>,
    private readonly member: string,
    private readonly subscribe: Subscribe<E, T>,
  ) {
    this[SIM] = {
      detachers: new Map(),
      context: () => owner.session.context as OfficeExtension.ClientRequestContext,
    };
  }

  add(handler: Handler<T>): OfficeExtension.EventHandlerResult<T> {
    if (typeof handler !== 'function') throw invalidArgument(this.member, 'the handler must be a function');
    const detachers = this[SIM].detachers;
    this.owner.call(this.member.split('.').pop() ?? 'event', ['add'], (entity) => {
      if (detachers.has(handler)) return;
      detachers.set(
        handler,
        this.subscribe(entity, (args) => {
          // A handler's failure stays in the add-in, as in Office.
          void Promise.resolve()
            .then(() => handler(args))
            .catch(() => undefined);
        }),
      );
    });
    return new SimEventHandlerResult(this, handler) as unknown as OfficeExtension.EventHandlerResult<T>;
  }

  remove(handler: Handler<T>): void {
    const detachers = this[SIM].detachers;
    this.owner.call(this.member.split('.').pop() ?? 'event', ['remove'], () => {
      detachers.get(handler)?.();
      detachers.delete(handler);
    });
  }
}

export class SimEventHandlerResult<T> implements Pick<OfficeExtension.EventHandlerResult<T>, 'context' | 'remove'> {
  constructor(
    private readonly handlers: SimEventHandlers<any, T>,
    private readonly handler: Handler<T>,
  ) {}

  get context(): OfficeExtension.ClientRequestContext {
    return this.handlers[SIM].context();
  }

  remove(): void {
    this.handlers.remove(this.handler);
  }
}
