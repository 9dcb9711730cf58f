/** Inventory reading: header recognition, cell coercion and the parser itself. */
export { parseInventory, columnLetter } from './parse';
export {
  FIELD_LABELS,
  FIELD_NAMES,
  HEADER_SYNONYMS,
  REQUIRED_FIELDS,
  matchHeaders,
  normaliseHeader,
  recogniseHeader,
} from './headers';
export type { DuplicateHeader, HeaderMatch } from './headers';
export { ISSUES, makeIssue } from './messages';
export type { IssueArgs, IssueKind, IssuePlace, MessageContext } from './messages';
export {
  EXCEL_ERRORS,
  INVALID,
  cellValue,
  excelErrorOf,
  excelSerialToDate,
  formatDate,
  isEmptyValue,
  isValidDate,
  normaliseKey,
  ownerKindOf,
  toDate,
  toNumber,
  toOrigin,
  toService,
  toStatus,
  toText,
  toYesNo,
} from './values';
export type { Invalid } from './values';
