/** Errors from the adapter as sentences for the user. */
import { ExcelUserError } from '../excel/types';
import type { Language, Strings } from './i18n/strings';

/** A sentence in both languages, chosen when shown. */
export interface Bilingual {
  it: string;
  en: string;
}

export function pick(text: Bilingual, language: Language): string {
  return language === 'en' ? text.en : text.it;
}

function isUserError(error: unknown): error is ExcelUserError {
  if (error instanceof ExcelUserError) return true;
  // The adapter may come from another bundle: recognise the shape too.
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === 'ExcelUserError' &&
    typeof (error as { message?: unknown }).message === 'string' &&
    typeof (error as { messageEn?: unknown }).messageEn === 'string'
  );
}

/** The adapter's own sentence for an ExcelUserError; for anything else, what to do. */
export function errorText(error: unknown, language: Language, strings: Strings): string {
  if (isUserError(error)) return language === 'en' ? error.messageEn : error.message;
  return strings.genericExcelError;
}

/** True for the rejection of an aborted operation (the DOM's AbortError or the adapter's own). */
export function isAbortError(error: unknown): boolean {
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  return name === 'AbortError' || name === 'ReadAbortedError';
}
