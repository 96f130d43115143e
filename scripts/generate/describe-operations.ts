import { isJsonObject, type JsonObject } from "../normalize/json-value.js";
import {
  findOperationName,
  type OperationNames,
  SOURCE_OPERATION_ID,
} from "../normalize/operation-names.js";
import { listOperations } from "../normalize/operations.js";

/** What an operation does, in the SDK's vocabulary. */
export type OperationKind =
  | "get"
  | "list"
  | "create"
  | "upsert"
  | "upsertList"
  | "delete"
  | "upload"
  | "download"
  | "action"
  | "token";

/** The facts the emitters need about one operation. */
export interface OperationFacts {
  operationId: string;
  functionName: string;
  method: string;
  path: string;
  tag: string;
  kind: OperationKind;
  pagination: "none" | "page" | "search_after" | "page-or-search_after";
  batch: "none" | "ndjson" | "json-array";
  requestMediaType: string | null;
  responseMediaType: string | null;
  pathParameters: string[];
  queryParameters: string[];
  authentication: "bearer" | "basic" | "none";
  needsInit: boolean;
  /** The facade method that calls it (`products.get`), or null when the naming map has none. */
  facade: string | null;
  enterpriseOnly: boolean;
  saasOnly: boolean;
  appToken: boolean;
  deprecated: boolean;
  referenceUrl: string;
}

const KINDS: readonly string[] = [
  "get",
  "list",
  "create",
  "upsert",
  "upsertList",
  "delete",
  "upload",
  "download",
  "action",
  "token",
];

/** The page of Akeneo's API reference that documents operations, anchored by operationId. */
export const REFERENCE_BASE_URL = "https://api.akeneo.com/api-reference.html";

function camelWords(text: string): string {
  return text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w, i) =>
      i === 0 ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase(),
    )
    .join("");
}

/** Derives a function name for an operation the naming map does not know yet. */
export function deriveFunctionName(operationId: string, method: string): string {
  return camelWords(`${method} ${operationId.replace(new RegExp(`^${method}_`), "")}`);
}

function firstMediaType(content: unknown): string | null {
  return isJsonObject(content) ? (Object.keys(content)[0] ?? null) : null;
}

function paginationOf(queryParameters: readonly string[]): OperationFacts["pagination"] {
  const hasPage = queryParameters.includes("page");
  const hasSearchAfter = queryParameters.includes("search_after");
  if (hasPage && hasSearchAfter) return "page-or-search_after";
  if (hasSearchAfter) return "search_after";
  return hasPage ? "page" : "none";
}

function authenticationOf(operation: JsonObject): OperationFacts["authentication"] {
  const security = operation.security;
  if (!Array.isArray(security)) return "bearer";
  if (security.length === 0) return "none";
  return JSON.stringify(security).includes("basicAuth") ? "basic" : "bearer";
}

function parameterNames(
  operation: JsonObject,
  location: string,
): { all: string[]; required: boolean } {
  const parameters = Array.isArray(operation.parameters)
    ? operation.parameters.filter(isJsonObject)
    : [];
  const here = parameters.filter((p) => p.in === location);
  return { all: here.map((p) => String(p.name)), required: here.some((p) => p.required === true) };
}

/**
 * Lists the facts of every operation of a normalized document, named through the naming map;
 * an operation the map does not know gets a derived name and a warning.
 */
export function describeOperations(
  document: JsonObject,
  naming: OperationNames,
  jsonArrayBatches: readonly string[],
): { operations: OperationFacts[]; warnings: string[] } {
  const warnings: string[] = [];
  const operations = listOperations(document).map(({ path, method, operation }) => {
    const operationId = String(operation.operationId);
    const named = findOperationName(naming, method, path);
    const sourceId = operation[SOURCE_OPERATION_ID];
    const anchor = typeof sourceId === "string" ? sourceId : operationId;
    if (named === undefined) {
      warnings.push(
        `operation ${method.toUpperCase()} ${path} (${operationId}) is not in the naming map: ` +
          `named ${deriveFunctionName(operationId, method)} until openapi/naming.json names it`,
      );
    }
    const kind = (
      named !== undefined && KINDS.includes(named.kind)
        ? named.kind
        : method === "get"
          ? "get"
          : "action"
    ) as OperationKind;
    const query = parameterNames(operation, "query");
    const pathParams = parameterNames(operation, "path");
    const requestBody = isJsonObject(operation.requestBody) ? operation.requestBody : undefined;
    const responses = isJsonObject(operation.responses) ? operation.responses : {};
    const success = Object.keys(responses)
      .filter((s) => s.startsWith("2"))
      .sort()[0];
    const successResponse = success === undefined ? undefined : responses[success];
    const requestMediaType = firstMediaType(requestBody?.content);
    const batch =
      requestMediaType === "application/vnd.akeneo.collection+json"
        ? "ndjson"
        : jsonArrayBatches.includes(operationId)
          ? "json-array"
          : "none";
    return {
      operationId,
      functionName: named?.name ?? deriveFunctionName(operationId, method),
      method: method.toUpperCase(),
      path,
      tag: Array.isArray(operation.tags) ? String(operation.tags[0] ?? "") : "",
      kind,
      pagination: kind === "list" ? paginationOf(query.all) : "none",
      batch,
      requestMediaType,
      responseMediaType: isJsonObject(successResponse)
        ? firstMediaType(successResponse.content)
        : null,
      pathParameters: pathParams.all,
      queryParameters: query.all,
      authentication: authenticationOf(operation),
      needsInit: pathParams.all.length > 0 || query.required || requestBody?.required === true,
      facade: named?.facade ?? null,
      enterpriseOnly: operation["x-akeneo-enterprise"] === true,
      saasOnly: operation["x-akeneo-saas-only"] === true,
      appToken: operation["x-akeneo-app-token"] === true,
      deprecated: operation.deprecated === true,
      referenceUrl: `${REFERENCE_BASE_URL}#${anchor}`,
    } satisfies OperationFacts;
  });
  const names = new Set<string>();
  for (const op of operations) {
    if (names.has(op.functionName)) warnings.push(`function name ${op.functionName} is used twice`);
    names.add(op.functionName);
  }
  return { operations, warnings };
}
