/**
 * Errors of the simulated host, shaped like the real `OfficeExtension.Error`
 * ("RichApi.Error"): `name`, `code`, `message`, `debugInfo`, `traceMessages`, `innerError`.
 *
 * Test and dev code only; pure TypeScript (runs in jest/node and in the browser workbench).
 */

export interface SimDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
}

export class SimRichApiError extends Error {
  code: string;
  debugInfo: SimDebugInfo;
  traceMessages: string[] = [];
  innerError: SimRichApiError | null = null;

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

/** Codes the simulation raises. Spelled as in `OfficeExtension.ErrorCodes` / `Excel.ErrorCodes`. */
export const SimErrorCode = {
  propertyNotLoaded: 'PropertyNotLoaded',
  valueNotLoaded: 'ValueNotLoaded',
  invalidArgument: 'InvalidArgument',
  invalidOperation: 'InvalidOperation',
  invalidReference: 'InvalidReference',
  invalidRequestContext: 'InvalidRequestContext',
  itemAlreadyExists: 'ItemAlreadyExists',
  itemNotFound: 'ItemNotFound',
  apiNotFound: 'ApiNotFound',
  generalException: 'GeneralException',
  runMustReturnPromise: 'RunMustReturnPromise',
  requestPayloadSizeLimitExceeded: 'RequestPayloadSizeLimitExceeded',
  responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
  /** Not a real code: a member of the real API that this simulation does not implement. */
  notSimulated: 'NotSimulated',
} as const;

/**
 * The codes a payload-size refusal can carry. Real Excel on the web uses the first for an
 * oversized request (big writes) and the second for an oversized response (big reads);
 * code that splits work into chunks on refusal should recognise both.
 */
export const PAYLOAD_LIMIT_ERROR_CODES: readonly string[] = [
  SimErrorCode.requestPayloadSizeLimitExceeded,
  SimErrorCode.responsePayloadSizeLimitExceeded,
];

const DOCS_LIMITS =
  'https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins';

export function propertyNotLoaded(property: string): SimRichApiError {
  return new SimRichApiError(
    SimErrorCode.propertyNotLoaded,
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export function valueNotLoaded(): SimRichApiError {
  return new SimRichApiError(
    SimErrorCode.valueNotLoaded,
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
  );
}

export function invalidArgument(location: string, detail?: string): SimRichApiError {
  const base = 'The argument is invalid or missing or has an incorrect format.';
  return new SimRichApiError(SimErrorCode.invalidArgument, detail ? `${base} (${detail})` : base, location);
}

export function itemNotFound(location: string, detail?: string): SimRichApiError {
  const base = "The requested resource doesn't exist.";
  return new SimRichApiError(SimErrorCode.itemNotFound, detail ? `${base} (${detail})` : base, location);
}

export function itemAlreadyExists(location: string, detail?: string): SimRichApiError {
  const base = 'The resource being created already exists.';
  return new SimRichApiError(SimErrorCode.itemAlreadyExists, detail ? `${base} (${detail})` : base, location);
}

export function invalidOperation(location: string, detail?: string): SimRichApiError {
  const base = 'The operation attempted is invalid on the object.';
  return new SimRichApiError(SimErrorCode.invalidOperation, detail ? `${base} (${detail})` : base, location);
}

export function apiNotFound(location: string, set: string): SimRichApiError {
  return new SimRichApiError(
    SimErrorCode.apiNotFound,
    `The API you are trying to use could not be found. It may be available in a newer version of Excel. (${location} needs ${set})`,
    location,
  );
}

export function requestTooLarge(bytes: number, limit: number): SimRichApiError {
  return new SimRichApiError(
    SimErrorCode.requestPayloadSizeLimitExceeded,
    `The request payload size has exceeded the limit. Please refer to the documentation: "${DOCS_LIMITS}". (simulated: ${bytes} bytes > ${limit})`,
  );
}

export function responseTooLarge(bytes: number, limit: number): SimRichApiError {
  return new SimRichApiError(
    SimErrorCode.responsePayloadSizeLimitExceeded,
    `The response payload size has exceeded the limit. Please refer to the documentation: "${DOCS_LIMITS}". (simulated: ${bytes} bytes > ${limit})`,
  );
}

export function notSimulated(what: string): SimRichApiError {
  return new SimRichApiError(
    SimErrorCode.notSimulated,
    `Simulated host: ${what} is not simulated (it may exist in Office.js; extend test/sim if you need it).`,
    what,
  );
}

export function crossContext(location: string): SimRichApiError {
  return new SimRichApiError(
    SimErrorCode.invalidRequestContext,
    'Cannot use the object across different request contexts.',
    location,
  );
}
