/**
 * Runtime values of the Excel enums the simulation supports. @types/office-js declares
 * them ambiently (no runtime object), so the simulated `Excel` global must provide them.
 * `enumOf` makes the compiler check every member name and its exact string value against
 * the real declaration.
 */

type EnumValues<E> = { [K in keyof E]: `${E[K] & string}` };

function enumOf<E>(values: EnumValues<E>): E {
  return Object.freeze(values) as unknown as E;
}

export const BorderIndex = enumOf<typeof Excel.BorderIndex>({
  edgeTop: 'EdgeTop',
  edgeBottom: 'EdgeBottom',
  edgeLeft: 'EdgeLeft',
  edgeRight: 'EdgeRight',
  insideVertical: 'InsideVertical',
  insideHorizontal: 'InsideHorizontal',
  diagonalDown: 'DiagonalDown',
  diagonalUp: 'DiagonalUp',
});

export const BorderLineStyle = enumOf<typeof Excel.BorderLineStyle>({
  none: 'None',
  continuous: 'Continuous',
  dash: 'Dash',
  dashDot: 'DashDot',
  dashDotDot: 'DashDotDot',
  dot: 'Dot',
  double: 'Double',
  slantDashDot: 'SlantDashDot',
});

export const BorderWeight = enumOf<typeof Excel.BorderWeight>({
  hairline: 'Hairline',
  thin: 'Thin',
  medium: 'Medium',
  thick: 'Thick',
});

export const HorizontalAlignment = enumOf<typeof Excel.HorizontalAlignment>({
  general: 'General',
  left: 'Left',
  center: 'Center',
  right: 'Right',
  fill: 'Fill',
  justify: 'Justify',
  centerAcrossSelection: 'CenterAcrossSelection',
  distributed: 'Distributed',
});

export const VerticalAlignment = enumOf<typeof Excel.VerticalAlignment>({
  top: 'Top',
  center: 'Center',
  bottom: 'Bottom',
  justify: 'Justify',
  distributed: 'Distributed',
});

export const SheetVisibility = enumOf<typeof Excel.SheetVisibility>({
  visible: 'Visible',
  hidden: 'Hidden',
  veryHidden: 'VeryHidden',
});

export const PageOrientation = enumOf<typeof Excel.PageOrientation>({
  portrait: 'Portrait',
  landscape: 'Landscape',
});

export const PaperType = enumOf<typeof Excel.PaperType>({
  letter: 'Letter',
  letterSmall: 'LetterSmall',
  tabloid: 'Tabloid',
  ledger: 'Ledger',
  legal: 'Legal',
  statement: 'Statement',
  executive: 'Executive',
  a3: 'A3',
  a4: 'A4',
  a4Small: 'A4Small',
  a5: 'A5',
  b4: 'B4',
  b5: 'B5',
  folio: 'Folio',
  quatro: 'Quatro',
  paper10x14: 'Paper10x14',
  paper11x17: 'Paper11x17',
  note: 'Note',
  envelope9: 'Envelope9',
  envelope10: 'Envelope10',
  envelope11: 'Envelope11',
  envelope12: 'Envelope12',
  envelope14: 'Envelope14',
  csheet: 'Csheet',
  dsheet: 'Dsheet',
  esheet: 'Esheet',
  envelopeDL: 'EnvelopeDL',
  envelopeC5: 'EnvelopeC5',
  envelopeC3: 'EnvelopeC3',
  envelopeC4: 'EnvelopeC4',
  envelopeC6: 'EnvelopeC6',
  envelopeC65: 'EnvelopeC65',
  envelopeB4: 'EnvelopeB4',
  envelopeB5: 'EnvelopeB5',
  envelopeB6: 'EnvelopeB6',
  envelopeItaly: 'EnvelopeItaly',
  envelopeMonarch: 'EnvelopeMonarch',
  envelopePersonal: 'EnvelopePersonal',
  fanfoldUS: 'FanfoldUS',
  fanfoldStdGerman: 'FanfoldStdGerman',
  fanfoldLegalGerman: 'FanfoldLegalGerman',
});

export const NamedItemType = enumOf<typeof Excel.NamedItemType>({
  string: 'String',
  integer: 'Integer',
  double: 'Double',
  boolean: 'Boolean',
  range: 'Range',
  error: 'Error',
  array: 'Array',
});

export const RangeValueType = enumOf<typeof Excel.RangeValueType>({
  unknown: 'Unknown',
  empty: 'Empty',
  string: 'String',
  integer: 'Integer',
  double: 'Double',
  boolean: 'Boolean',
  error: 'Error',
  richValue: 'RichValue',
});

export const ErrorCodes = enumOf<typeof Excel.ErrorCodes>({
  accessDenied: 'AccessDenied',
  apiNotFound: 'ApiNotFound',
  conflict: 'Conflict',
  dirtySupportingFormula: 'DirtySupportingFormula',
  emptyChartSeries: 'EmptyChartSeries',
  filteredRangeConflict: 'FilteredRangeConflict',
  formulaLengthExceedsLimit: 'FormulaLengthExceedsLimit',
  generalException: 'GeneralException',
  inactiveWorkbook: 'InactiveWorkbook',
  insertDeleteConflict: 'InsertDeleteConflict',
  invalidArgument: 'InvalidArgument',
  invalidBinding: 'InvalidBinding',
  invalidOperation: 'InvalidOperation',
  invalidReference: 'InvalidReference',
  invalidSelection: 'InvalidSelection',
  itemAlreadyExists: 'ItemAlreadyExists',
  itemNotFound: 'ItemNotFound',
  mergedRangeConflict: 'MergedRangeConflict',
  nonBlankCellOffSheet: 'NonBlankCellOffSheet',
  notImplemented: 'NotImplemented',
  openWorkbookLinksBlocked: 'OpenWorkbookLinksBlocked',
  operationCellsExceedLimit: 'OperationCellsExceedLimit',
  pivotTableRangeConflict: 'PivotTableRangeConflict',
  powerQueryRefreshResourceChallenge: 'PowerQueryRefreshResourceChallenge',
  rangeExceedsLimit: 'RangeExceedsLimit',
  rangeImageExceedsLimit: 'RangeImageExceedsLimit',
  refreshWorkbookLinksBlocked: 'RefreshWorkbookLinksBlocked',
  requestAborted: 'RequestAborted',
  responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
  unsupportedFeature: 'UnsupportedFeature',
  unsupportedFillType: 'UnsupportedFillType',
  unsupportedOperation: 'UnsupportedOperation',
  unsupportedSheet: 'UnsupportedSheet',
  invalidOperationInCellEditMode: 'InvalidOperationInCellEditMode',
});

export const ClearApplyTo = enumOf<typeof Excel.ClearApplyTo>({
  all: 'All',
  formats: 'Formats',
  contents: 'Contents',
  hyperlinks: 'Hyperlinks',
  removeHyperlinks: 'RemoveHyperlinks',
  resetContents: 'ResetContents',
});

export const RangeUnderlineStyle = enumOf<typeof Excel.RangeUnderlineStyle>({
  none: 'None',
  single: 'Single',
  double: 'Double',
  singleAccountant: 'SingleAccountant',
  doubleAccountant: 'DoubleAccountant',
});

export const DataValidationType = enumOf<typeof Excel.DataValidationType>({
  none: 'None',
  wholeNumber: 'WholeNumber',
  decimal: 'Decimal',
  list: 'List',
  date: 'Date',
  time: 'Time',
  textLength: 'TextLength',
  custom: 'Custom',
  inconsistent: 'Inconsistent',
  mixedCriteria: 'MixedCriteria',
});

export const DataValidationOperator = enumOf<typeof Excel.DataValidationOperator>({
  between: 'Between',
  notBetween: 'NotBetween',
  equalTo: 'EqualTo',
  notEqualTo: 'NotEqualTo',
  greaterThan: 'GreaterThan',
  lessThan: 'LessThan',
  greaterThanOrEqualTo: 'GreaterThanOrEqualTo',
  lessThanOrEqualTo: 'LessThanOrEqualTo',
});

export const DataValidationAlertStyle = enumOf<typeof Excel.DataValidationAlertStyle>({
  stop: 'Stop',
  warning: 'Warning',
  information: 'Information',
});
