/**
 * Focus requests from the ribbon to the task pane. The shared runtime gives both one JavaScript
 * context, so a module-level store is enough: the ribbon command calls
 * `requestFocus('ambito', reason)` and opens the pane; the pane reads the request when it starts
 * (`consumePendingFocus` / `consumePendingFocusRequest`) or, if it is already open, hears it
 * through `subscribeFocus`.
 *
 * Fields: a parameter of the form ('anno', 'ambito', 'capofila', 'indigenza', 'maggiorazione',
 * 'satRichiesti', 'satSoglia', 'forzePolizia', 'ordine', 'categoriaNome', 'categoriaDescrizione',
 * 'categoriaQuota'), 'source' (the inventory picker), an inventory field ('owner', 'comune',
 * 'status', ...: the choice of its column, shown once the inventory has been read), or 'error'
 * (no field: the pane only shows the reason).
 */

export interface FocusRequest {
  field: string;
  /** The sentence to show the user (already in the display language), e.g. why the ribbon stopped. */
  reason?: string;
}

export type FocusListener = (request: FocusRequest) => void;

let pending: FocusRequest | undefined;
const listeners = new Set<FocusListener>();

/** Asks the pane to focus and highlight `field`. Delivered now if the pane listens, else kept. */
export function requestFocus(field: string, reason?: string): void {
  const request: FocusRequest = reason === undefined ? { field } : { field, reason };
  if (listeners.size === 0) {
    pending = request;
    return;
  }
  pending = undefined;
  for (const listener of [...listeners]) listener(request);
}

/** The request made while nobody listened, with its reason, once. */
export function consumePendingFocusRequest(): FocusRequest | undefined {
  const request = pending;
  pending = undefined;
  return request;
}

/** The field of the request made while nobody listened, once (its reason is dropped). */
export function consumePendingFocus(): string | undefined {
  return consumePendingFocusRequest()?.field;
}

/**
 * Listens for focus requests until the returned function is called. A request still pending
 * (made between the pane's start and this call) is delivered at once.
 */
export function subscribeFocus(listener: FocusListener): () => void {
  listeners.add(listener);
  const waiting = consumePendingFocusRequest();
  if (waiting !== undefined) listener(waiting);
  return () => {
    listeners.delete(listener);
  };
}

/** Listens for the ribbon's outcomes while the pane is open. */
export type AnnouncementListener = (message: string) => void;

const announcementListeners = new Set<AnnouncementListener>();

/**
 * Tells an open pane what the ribbon did ("Creato il foglio «Piano 2022 (2)»"), for its live
 * region. With the pane closed there is nobody to tell: the new sheet speaks for itself.
 */
export function announceToPane(message: string): void {
  for (const listener of [...announcementListeners]) listener(message);
}

export function subscribeAnnouncements(listener: AnnouncementListener): () => void {
  announcementListeners.add(listener);
  return () => {
    announcementListeners.delete(listener);
  };
}
