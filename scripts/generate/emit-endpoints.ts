import { compareCodePoints } from "./compare-code-points.js";
import type { OperationFacts } from "./describe-operations.js";
import { GENERATED_HEADER } from "./emit-header.js";
import type { RequestBodyType } from "./emit-models.js";
import { bodyTypeReference } from "./emit-request-bodies.js";

const COLLECTION_MEDIA_TYPE = "application/vnd.akeneo.collection+json";

function docComment(op: OperationFacts): string {
  const flags = [
    op.enterpriseOnly ? "Enterprise Edition only." : "",
    op.saasOnly ? "SaaS only." : "",
    op.appToken ? "Needs an app token." : "",
    op.authentication === "none" ? "Needs no token." : "",
    op.authentication === "basic" ? "Authenticates with the API client's id and secret." : "",
    op.batch === "ndjson"
      ? "Sends one JSON object per line; answers one result per line (a stream)."
      : "",
    op.batch === "json-array" ? "Sends a JSON array; answers one result per item." : "",
    op.kind === "download" ? "Answers the file's bytes as a stream." : "",
  ].filter(Boolean);
  const lines = [
    `\`${op.method} ${op.path}\` (${op.tag}).`,
    ...(flags.length > 0 ? [flags.join(" ")] : []),
    ...(op.deprecated ? ["@deprecated Akeneo marks this operation deprecated."] : []),
    `@see ${op.referenceUrl}`,
  ];
  return ["/**", ...lines.map((l) => ` * ${l}`), " */"].join("\n");
}

function callOptions(op: OperationFacts): string {
  if (op.batch === "ndjson") {
    return `{ ...init, headers: { ...init.headers, "Content-Type": "${COLLECTION_MEDIA_TYPE}" }, parseAs: "stream" }`;
  }
  return op.kind === "download" ? `{ ...init, parseAs: "stream" }` : "init";
}

function initType(op: OperationFacts, body: RequestBodyType | undefined): string {
  const opType = `operations["${op.operationId}"]`;
  if (body === undefined) return `EndpointInit<${opType}>`;
  const bodyType = bodyTypeReference(op, body);
  return body.optional
    ? `EndpointOptionalBodyInit<${opType}, ${bodyType}>`
    : `EndpointBodyInit<${opType}, ${bodyType}>`;
}

function emitFunction(op: OperationFacts, body: RequestBodyType | undefined): string {
  const opType = `operations["${op.operationId}"]`;
  const isStream = op.batch === "ndjson" || op.kind === "download";
  const result = isStream ? `StreamEndpointResult<${opType}>` : `EndpointResult<${opType}>`;
  const init = op.needsInit ? `init: ${initType(op, body)}` : `init: ${initType(op, body)} = {}`;
  return [
    docComment(op),
    `export function ${op.functionName}(client: AkeneoFetchClient, ${init}): ${result} {`,
    `  return client.${op.method}("${op.path}", ${callOptions(op)});`,
    "}",
  ].join("\n");
}

/**
 * Writes generated/endpoints.ts: one thin typed function per operation, each a single call on
 * an openapi-fetch client that returns openapi-fetch's result untouched.
 */
export function emitEndpoints(
  operations: readonly OperationFacts[],
  bodies: ReadonlyMap<string, RequestBodyType> = new Map(),
): string {
  const bodyNames = new Set(
    operations.flatMap((op) => {
      const body = bodies.get(op.operationId);
      return body === undefined ? [] : [bodyTypeReference(op, body)];
    }),
  );
  const sorted = [...operations].sort((a, b) => compareCodePoints(a.functionName, b.functionName));
  return [
    GENERATED_HEADER,
    'import type { Client, FetchOptions, FetchResponse } from "openapi-fetch";',
    ...(bodyNames.size > 0 ? importLines([...bodyNames].sort(compareCodePoints)) : []),
    'import type { operations, paths } from "./schema.js";',
    "",
    "/** The openapi-fetch client typed by Akeneo's paths, which every endpoint function calls. */",
    "export type AkeneoFetchClient = Client<paths>;",
    "",
    "/** What an endpoint function takes: parameters, body, headers, signal; parsing is fixed by the operation. */",
    "export type EndpointInit<Operation> = Omit<",
    "  FetchOptions<Operation>,",
    '  "parseAs" | "baseUrl" | "fetch" | "querySerializer" | "bodySerializer" | "pathSerializer"',
    ">;",
    "",
    "/** What an endpoint function with a request body takes: its body typed by the write models. */",
    'export type EndpointBodyInit<Operation, Body> = Omit<EndpointInit<Operation>, "body"> & { body: Body };',
    "",
    "/** What an endpoint function whose request body may be left out takes. */",
    'export type EndpointOptionalBodyInit<Operation, Body> = Omit<EndpointInit<Operation>, "body"> & { body?: Body };',
    "",
    "/** What a JSON endpoint function answers: openapi-fetch's typed data or error, and the response. */",
    "export type EndpointResult<Operation extends Record<string | number, unknown>> = Promise<",
    '  FetchResponse<Operation, { parseAs: "json" }, "application/json">',
    ">;",
    "",
    "/** What a streaming endpoint function answers: the response body as a stream, or the error. */",
    "export type StreamEndpointResult<Operation extends Record<string | number, unknown>> = Promise<",
    '  FetchResponse<Operation, { parseAs: "stream" }, "application/json">',
    ">;",
    "",
    ...sorted.map((op) => `${emitFunction(op, bodies.get(op.operationId))}\n`),
  ].join("\n");
}

// Write models come from models.ts, inline bodies from request-bodies.ts (their names end in Body).
function importLines(names: readonly string[]): string[] {
  const inline = names.filter((n) => n.endsWith("Body"));
  const models = names.filter((n) => !n.endsWith("Body"));
  return [
    ...(models.length > 0 ? [`import type { ${models.join(", ")} } from "./models.js";`] : []),
    ...(inline.length > 0
      ? [`import type { ${inline.join(", ")} } from "./request-bodies.js";`]
      : []),
  ];
}
