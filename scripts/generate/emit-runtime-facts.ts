import { compareCodePoints } from "./compare-code-points.js";
import type { OperationFacts } from "./describe-operations.js";
import { GENERATED_HEADER } from "./emit-header.js";

function emitEndpointFacts(op: OperationFacts): string {
  return `  { name: ${JSON.stringify(op.functionName)}, endpoint: ${op.functionName} },`;
}

function emitAuthenticationException(op: OperationFacts): string {
  return `  { method: ${JSON.stringify(op.method)}, path: ${JSON.stringify(op.path)}, authentication: ${JSON.stringify(op.authentication)} },`;
}

/**
 * Writes generated/runtime-facts.ts: the few facts of the operation table that the client reads
 * at run time, apart from the full table, so that a bundle which never reads OPERATIONS leaves it
 * out: every endpoint function by name (for `client.endpoints`; the facades read their own
 * operations from facade-operations.ts) and the operations that do not take the bearer token.
 * The endpoint functions are listed as plain references, not reached through a namespace import,
 * which a bundler keeps whole once the package is built into one file.
 */
export function emitRuntimeFacts(operations: readonly OperationFacts[]): string {
  const byFunction = [...operations].sort((a, b) =>
    compareCodePoints(a.functionName, b.functionName),
  );
  const exceptions = [...operations]
    .filter((op) => op.authentication !== "bearer")
    .sort((a, b) => compareCodePoints(`${a.method} ${a.path}`, `${b.method} ${b.path}`));
  return [
    GENERATED_HEADER,
    `import { ${byFunction.map((op) => op.functionName).join(", ")} } from "./endpoints.js";`,
    'import type { OperationInfo } from "./operations.js";',
    "",
    "/** What `createAkeneoClient` binds as `client.endpoints`: an endpoint function by name. */",
    "export interface EndpointFacts {",
    "  /** The function's name in endpoints.ts. */",
    "  readonly name: string;",
    "  /** The function itself. */",
    "  readonly endpoint: (...args: never[]) => unknown;",
    "}",
    "",
    "/** The facts of every generated endpoint function, sorted by name. */",
    "export const ENDPOINT_FACTS: readonly EndpointFacts[] = [",
    ...byFunction.map(emitEndpointFacts),
    "];",
    "",
    "/** The operations that do not authenticate with the client's bearer token, and how they do. */",
    'export const NON_BEARER_OPERATIONS: readonly Pick<OperationInfo, "method" | "path" | "authentication">[] = [',
    ...exceptions.map(emitAuthenticationException),
    "];",
    "",
  ].join("\n");
}
