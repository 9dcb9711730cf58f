/**
 * Focus requests from the ribbon (see ../focus.ts): the field asked for gets the focus and a
 * highlight, and the reason given is shown. A column of the inventory can only be chosen once
 * the inventory has been read: until then the inventory picker gets the focus and the request
 * waits.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { FIELD_NAMES } from '../../core/inventory';
import { subscribeFocus, type FocusRequest } from '../focus';

/** The DOM id of the control of a field of the pane. */
export function fieldId(key: string): string {
  return `casa-field-${key}`;
}

export const SOURCE_FIELD = 'source';

const FOCUSABLE = 'input:checked, input, select, textarea, button';

/** The field's key from a control's id (casa-field-ambito -> ambito). */
export function fieldKeyOf(element: Element | null): string | undefined {
  const owner = element?.closest('[id^="casa-field-"]');
  return owner ? owner.id.slice('casa-field-'.length) : undefined;
}

type FocusOutcome = 'focused' | 'hidden' | 'missing';

function focusField(key: string): FocusOutcome {
  const element = document.getElementById(fieldId(key));
  if (!element) return 'missing';
  // In a closed step: the step must open first.
  if (element.closest('[hidden]')) return 'hidden';
  const target = element.matches(FOCUSABLE) ? element : element.querySelector<HTMLElement>(FOCUSABLE);
  (target ?? element).focus();
  element.scrollIntoView?.({ block: 'center' });
  return 'focused';
}

export interface FocusState {
  /** The field shown highlighted, until the user changes it. */
  highlighted?: string;
  clearHighlight: (key: string) => void;
  /** Why the ribbon sent the user here, until dismissed or replaced. */
  reason?: string;
  dismissReason: () => void;
  /** Focuses and highlights a field from within the pane ("Vai al primo errore"). */
  request: (field: string) => void;
}

/**
 * `reveal(element)` opens what hides the field's control (a closed step); the focus follows on
 * the next render.
 */
export function useFocusRequest(
  initial: FocusRequest | undefined,
  inventoryRead: boolean,
  reveal: (element: HTMLElement) => void = () => undefined,
): FocusState {
  const [pending, setPending] = useState(initial?.field);
  const [reason, setReason] = useState(initial?.reason);
  const [highlighted, setHighlighted] = useState<string>();
  const waitingOnSource = useRef(false);

  useEffect(
    () =>
      subscribeFocus((request) => {
        waitingOnSource.current = false;
        setPending(request.field);
        setReason(request.reason);
      }),
    [],
  );

  // Runs after every render: the field may appear only once the inventory has been read.
  useEffect(() => {
    if (pending === undefined) return;
    const outcome = focusField(pending);
    if (outcome === 'focused') {
      setHighlighted(pending);
      setPending(undefined);
      return;
    }
    if (outcome === 'hidden') {
      reveal(document.getElementById(fieldId(pending)) as HTMLElement);
      return;
    }
    const isColumn = (FIELD_NAMES as readonly string[]).includes(pending);
    if (isColumn && !inventoryRead) {
      if (!waitingOnSource.current) {
        const source = focusField(SOURCE_FIELD);
        if (source === 'hidden') reveal(document.getElementById(fieldId(SOURCE_FIELD)) as HTMLElement);
        if (source === 'focused') {
          waitingOnSource.current = true;
          setHighlighted(SOURCE_FIELD);
        }
      }
      return;
    }
    // A column found after all, 'error', or an unknown key: no field to show.
    if (waitingOnSource.current) setHighlighted(undefined);
    waitingOnSource.current = false;
    setPending(undefined);
  });

  const clearHighlight = useCallback((key: string) => {
    setHighlighted((current) => (current === key ? undefined : current));
  }, []);
  const dismissReason = useCallback(() => setReason(undefined), []);
  const request = useCallback((field: string) => {
    waitingOnSource.current = false;
    setPending(field);
  }, []);

  return { highlighted, clearHighlight, reason, dismissReason, request };
}
