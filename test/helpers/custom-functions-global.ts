/**
 * The part of Excel's custom-functions runtime the functions touch: CustomFunctions.Error and
 * its codes, as the real runtime defines them. Installed on globalThis for unit tests.
 */
export const ErrorCode = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
} as const;

export class CustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

export function installCustomFunctionsGlobal(): void {
  (globalThis as Record<string, unknown>).CustomFunctions = { Error: CustomFunctionsError, ErrorCode };
}

/** Sets Office.context.displayLanguage for the functions' messages; returns an undo. */
export function setDisplayLanguage(tag: string): () => void {
  const holder = globalThis as Record<string, unknown>;
  const previous = holder.Office;
  holder.Office = { context: { displayLanguage: tag } };
  return () => {
    holder.Office = previous;
  };
}
