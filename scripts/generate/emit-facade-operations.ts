import { compareCodePoints } from "./compare-code-points.js";
import type { OperationFacts } from "./describe-operations.js";
import { GENERATED_HEADER } from "./emit-header.js";

type NamedOperation = OperationFacts & { facade: string };

// Only what the facades read at run time: every field here goes into every browser bundle.
function emitEntry(op: NamedOperation): string {
  const fields = [
    `path: ${JSON.stringify(op.path)}`,
    `pathParameters: ${JSON.stringify(op.pathParameters)}`,
    `pagination: ${JSON.stringify(op.pagination)}`,
    `takesLimit: ${op.queryParameters.includes("limit")}`,
  ];
  return [
    `  ${JSON.stringify(op.facade)}: {`,
    ...fields.map((field) => `    ${field},`),
    "  },",
  ].join("\n");
}

/**
 * Writes generated/facade-operations.ts: for every facade method the naming map gives, what it
 * needs to call its operation (path template, path parameter names, paging style, whether the list
 * takes a `limit`) and the endpoint function itself; and the facade methods the naming map knows but the
 * description lacks. The facades read their operations from here by facade method, never by
 * function name, so that a facade whose operation is absent is left out instead of failing to
 * compile.
 */
export function emitFacadeOperations(
  operations: readonly OperationFacts[],
  namedFacades: readonly string[],
): string {
  const named = operations
    .filter((op): op is NamedOperation => op.facade !== null)
    .sort((a, b) => compareCodePoints(a.facade, b.facade));
  const present = new Set(named.map((op) => op.facade));
  const absent = [...new Set(namedFacades)]
    .filter((facade) => !present.has(facade))
    .sort(compareCodePoints);
  const functions = named.map((op) => op.functionName).sort(compareCodePoints);
  return [
    GENERATED_HEADER,
    ...(functions.length === 0
      ? []
      : [`import { ${functions.join(", ")} } from "./endpoints.js";`]),
    "",
    "/** What a facade method needs to know about the operation it calls, keyed by facade method. */",
    "export const FACADE_OPERATIONS = {",
    ...named.map(emitEntry),
    "} as const;",
    "",
    "/** A facade method of the description the SDK was generated from (`products.get`). */",
    "export type FacadeMethodName = keyof typeof FACADE_OPERATIONS;",
    "",
    "/** The endpoint function each facade method calls, keyed by facade method. */",
    "export const FACADE_ENDPOINTS = {",
    ...named.map((op) => `  ${JSON.stringify(op.facade)}: ${op.functionName},`),
    "} as const;",
    "",
    "/**",
    " * Facade methods that openapi/naming.json names but the description lacks: the facades that",
    " * call them are left out of the client, in its types and at run time.",
    " */",
    `export const ABSENT_FACADE_METHODS = [${absent.map((f) => JSON.stringify(f)).join(", ")}] as const;`,
    "",
    "/** A facade method the SDK knows but the description it was generated from lacks. */",
    "export type AbsentFacadeMethod = (typeof ABSENT_FACADE_METHODS)[number];",
    "",
  ].join("\n");
}
