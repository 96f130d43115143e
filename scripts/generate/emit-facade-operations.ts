import { compareCodePoints } from "./compare-code-points.js";
import type { OperationFacts } from "./describe-operations.js";
import { GENERATED_HEADER } from "./emit-header.js";

const FACADE_KEYS = [
  "operationId",
  "functionName",
  "method",
  "path",
  "pathParameters",
  "queryParameters",
  "kind",
  "pagination",
  "batch",
] as const;

function emitEntry(facade: string, op: OperationFacts): string {
  const fields = FACADE_KEYS.map((key) => `    ${key}: ${JSON.stringify(op[key])},`);
  return [`  ${JSON.stringify(facade)}: {`, ...fields, "  },"].join("\n");
}

/**
 * Writes generated/facade-operations.ts: for every facade method the naming map gives, what it
 * needs to call its operation (path template, path parameter names, paging and batch styles,
 * kind). A constant, so that a facade reading a method the description lost fails to compile.
 */
export function emitFacadeOperations(operations: readonly OperationFacts[]): string {
  const named = operations
    .filter((op): op is OperationFacts & { facade: string } => op.facade !== null)
    .sort((a, b) => compareCodePoints(a.facade, b.facade));
  return [
    GENERATED_HEADER,
    "",
    "/** What a facade method needs to know about the operation it calls, keyed by facade method. */",
    "export const FACADE_OPERATIONS = {",
    ...named.map((op) => emitEntry(op.facade, op)),
    "} as const;",
    "",
    "/** A facade method of the description the SDK was generated from (`products.get`). */",
    "export type FacadeMethodName = keyof typeof FACADE_OPERATIONS;",
    "",
  ].join("\n");
}
