/**
 * Worksheet names as Excel accepts them: at most 31 characters, none of : \ / ? * [ ],
 * not starting or ending with an apostrophe, unique in the workbook ignoring case.
 * Shared by the Office.js and the ExcelJS writers.
 */

export const MAX_SHEET_NAME_LENGTH = 31;
const FORBIDDEN = /[:\\/?*[\]]/g;
const FALLBACK_NAME = 'Piano';

/** Cuts `text` to `length` UTF-16 units without splitting a surrogate pair. */
function cut(text: string, length: number): string {
  if (text.length <= length) return text;
  const cutText = text.slice(0, length);
  const last = cutText.charCodeAt(cutText.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cutText.slice(0, -1) : cutText;
}

/** A name Excel accepts, as close as possible to `wanted`. */
export function sanitizeSheetName(wanted: string): string {
  const printable = Array.from(wanted, (character) => (character.charCodeAt(0) < 0x20 ? ' ' : character)).join('');
  const cleaned = printable
    .replace(FORBIDDEN, '-')
    .replace(/^'+|'+$/g, '')
    .trim();
  const name = cut(cleaned, MAX_SHEET_NAME_LENGTH).replace(/'+$/, '').trim();
  // 'History' is reserved by Excel for the change history sheet.
  return name === '' || name.toLowerCase() === 'history' ? FALLBACK_NAME : name;
}

const sameName = (name: string): string => name.toLocaleUpperCase('en-US');

/**
 * `wanted` if no sheet has that name (case ignored), else "wanted (2)", "wanted (3)", ...
 * shortening `wanted` so that the suffix fits in 31 characters.
 */
export function uniqueSheetName(existing: readonly string[], wanted: string): string {
  const taken = new Set(existing.map(sameName));
  const base = sanitizeSheetName(wanted);
  if (!taken.has(sameName(base))) return base;
  for (let counter = 2; ; counter += 1) {
    const suffix = ` (${counter})`;
    const candidate = `${cut(base, MAX_SHEET_NAME_LENGTH - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(sameName(candidate))) return candidate;
  }
}
