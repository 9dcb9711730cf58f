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

function focusField(key: string): boolean {
  const element = document.getElementById(fieldId(key));
  if (!element) return false;
  const target = element.matches(FOCUSABLE) ? element : element.querySelector<HTMLElement>(FOCUSABLE);
  (target ?? element).focus();
  element.scrollIntoView?.({ block: 'center' });
  return true;
}

export interface FocusState {
  /** The field shown highlighted, until the user changes it. */
  highlighted?: string;
  clearHighlight: (key: string) => void;
  /** Why the ribbon sent the user here, until dismissed or replaced. */
  reason?: string;
  dismissReason: () => void;
}

export function useFocusRequest(initial: FocusRequest | undefined, inventoryRead: boolean): FocusState {
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
    if (focusField(pending)) {
      setHighlighted(pending);
      setPending(undefined);
      return;
    }
    const isColumn = (FIELD_NAMES as readonly string[]).includes(pending);
    if (isColumn && !inventoryRead) {
      if (!waitingOnSource.current && focusField(SOURCE_FIELD)) {
        waitingOnSource.current = true;
        setHighlighted(SOURCE_FIELD);
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

  return { highlighted, clearHighlight, reason, dismissReason };
}
