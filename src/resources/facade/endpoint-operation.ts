import * as ENDPOINTS from "../../../generated/endpoints.js";
import { OPERATIONS, type OperationInfo } from "../../../generated/operations.js";
import type { EndpointFunction } from "./endpoint-types.js";

// Keyed by the function itself, reached through the module's export names: bundlers keep export
// names, while minifiers rename functions, so `Function.name` cannot be trusted.
let operationsByEndpoint: ReadonlyMap<unknown, OperationInfo> | undefined;

function indexOperations(): ReadonlyMap<unknown, OperationInfo> {
  const exported = ENDPOINTS as Readonly<Record<string, unknown>>;
  const index = new Map<unknown, OperationInfo>();
  for (const operation of OPERATIONS) {
    const endpoint = exported[operation.functionName];
    if (typeof endpoint === "function") index.set(endpoint, operation);
  }
  return index;
}

/** Returns the operation a generated endpoint function calls, or `undefined` for another function. */
export function operationOfEndpoint(endpoint: EndpointFunction): OperationInfo | undefined {
  operationsByEndpoint ??= indexOperations();
  return operationsByEndpoint.get(endpoint);
}
