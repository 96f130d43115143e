import { compareCodePoints } from "./compare-code-points.js";
import type { OperationFacts } from "./describe-operations.js";
import { GENERATED_HEADER } from "./emit-header.js";

const TABLE_KEYS = [
  "operationId",
  "functionName",
  "method",
  "path",
  "tag",
  "kind",
  "pagination",
  "batch",
  "requestMediaType",
  "responseMediaType",
  "pathParameters",
  "queryParameters",
  "authentication",
  "facade",
  "enterpriseOnly",
  "saasOnly",
  "appToken",
  "deprecated",
  "referenceUrl",
] as const;

function emitRow(op: OperationFacts): string {
  const fields = TABLE_KEYS.map((key) => `    ${key}: ${JSON.stringify(op[key])},`);
  return ["  {", ...fields, "  },"].join("\n");
}

/**
 * Writes generated/operations.ts: the whole operation table (plain data), exported to users and
 * read by the tests; the runtime reads its extracts (runtime-facts.ts, facade-operations.ts).
 */
export function emitOperations(operations: readonly OperationFacts[]): string {
  const sorted = [...operations].sort((a, b) => compareCodePoints(a.operationId, b.operationId));
  return [
    GENERATED_HEADER,
    "",
    "/** What an operation does, in the SDK's vocabulary. */",
    "export type OperationKind =",
    '  | "get"',
    '  | "list"',
    '  | "create"',
    '  | "upsert"',
    '  | "upsertList"',
    '  | "delete"',
    '  | "upload"',
    '  | "download"',
    '  | "action"',
    '  | "token";',
    "",
    "/** One operation of Akeneo's API: where it is, what it does, and the flags Akeneo gives it. */",
    "export interface OperationInfo {",
    "  readonly operationId: string;",
    "  /** The endpoint function of generated/endpoints.ts that calls it. */",
    "  readonly functionName: string;",
    '  readonly method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";',
    "  readonly path: string;",
    "  readonly tag: string;",
    "  readonly kind: OperationKind;",
    '  readonly pagination: "none" | "page" | "search_after" | "page-or-search_after";',
    '  readonly batch: "none" | "ndjson" | "json-array";',
    "  readonly requestMediaType: string | null;",
    "  readonly responseMediaType: string | null;",
    "  readonly pathParameters: readonly string[];",
    "  readonly queryParameters: readonly string[];",
    '  readonly authentication: "bearer" | "basic" | "none";',
    "  /** The facade method that calls it (`products.get`), or null for an operation not named yet. */",
    "  readonly facade: string | null;",
    "  readonly enterpriseOnly: boolean;",
    "  readonly saasOnly: boolean;",
    "  readonly appToken: boolean;",
    "  readonly deprecated: boolean;",
    "  /** Akeneo's reference documentation of the operation. */",
    "  readonly referenceUrl: string;",
    "}",
    "",
    "/** Every operation of the description the SDK was generated from, sorted by operationId. */",
    "export const OPERATIONS: readonly OperationInfo[] = [",
    ...sorted.map(emitRow),
    "];",
    "",
  ].join("\n");
}
