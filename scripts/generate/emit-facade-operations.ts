import { compareCodePoints } from "./compare-code-points.js";
import type { OperationFacts } from "./describe-operations.js";
import { GENERATED_HEADER } from "./emit-header.js";

type NamedOperation = OperationFacts & { facade: string };

/**
 * Returns the constant that holds a facade method's operation: `products.get` gives
 * `PRODUCTS_GET`, `catalogMapped.models.listPerPage` gives `CATALOG_MAPPED_MODELS_LIST_PER_PAGE`.
 */
export function facadeOperationConstant(facadeMethod: string): string {
  return facadeMethod
    .split(".")
    .map((part) => part.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase())
    .join("_");
}

// Only what the facades read at run time: every field here goes into the bundles that use it.
function emitPresent(op: NamedOperation): string {
  const fields = [
    `endpoint: ${op.functionName}`,
    `path: ${JSON.stringify(op.path)}`,
    `pathParameters: ${JSON.stringify(op.pathParameters)}`,
    `pagination: ${JSON.stringify(op.pagination)}`,
    `takesLimit: ${op.queryParameters.includes("limit")}`,
    `takesQuery: ${op.queryParameters.length > 0}`,
    `takesBody: ${op.requestMediaType !== null}`,
  ];
  return [
    `/** \`${op.facade}\`: ${op.method} ${op.path}, through \`${op.functionName}\`. */`,
    `export const ${facadeOperationConstant(op.facade)} = {`,
    ...fields.map((field) => `  ${field},`),
    "} as const;",
    "",
  ].join("\n");
}

function emitAbsent(facadeMethod: string): string {
  return [
    `/** \`${facadeMethod}\`: named by the naming map, absent from the description. */`,
    `export const ${facadeOperationConstant(facadeMethod)} = { facadeMethod: ${JSON.stringify(facadeMethod)}, absent: true } as const;`,
    "",
  ].join("\n");
}

function checkConstantsUnique(facadeMethods: readonly string[]): void {
  const seen = new Map<string, string>();
  for (const method of facadeMethods) {
    const constant = facadeOperationConstant(method);
    const other = seen.get(constant);
    if (other !== undefined) {
      throw new Error(`facade methods ${other} and ${method} would share the constant ${constant}`);
    }
    seen.set(constant, method);
  }
}

/**
 * Writes generated/facade-operations.ts: one constant per facade method the naming map gives,
 * holding what it needs to call its operation (the endpoint function, path template, path
 * parameter names, paging style, whether it takes a `limit`, a query or a body), so that a
 * facade module imports its own operations and a bundle keeps only those; a facade method the
 * description lacks gets a constant marked `absent`, so that its facade still compiles and is left
 * out of the client. `FACADE_OPERATIONS` gathers the present ones by facade method, for tests and
 * types; it references the constants by name only, so a bundle that never reads it drops it.
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
  checkConstantsUnique([...present, ...absent]);
  const functions = named.map((op) => op.functionName).sort(compareCodePoints);
  return [
    GENERATED_HEADER,
    ...(functions.length === 0
      ? []
      : [`import { ${functions.join(", ")} } from "./endpoints.js";`]),
    "",
    ...named.map(emitPresent),
    ...absent.map(emitAbsent),
    "/** The operation of every facade method of the description, keyed by facade method. */",
    "export const FACADE_OPERATIONS = {",
    ...named.map((op) => `  ${JSON.stringify(op.facade)}: ${facadeOperationConstant(op.facade)},`),
    "} as const;",
    "",
    "/** A facade method of the description the SDK was generated from (`products.get`). */",
    "export type FacadeMethodName = keyof typeof FACADE_OPERATIONS;",
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
