import { compareCodePoints } from "./compare-code-points.js";
import type { OperationFacts } from "./describe-operations.js";
import { GENERATED_HEADER } from "./emit-header.js";
import type { JsonAnswer, RequestBodyType } from "./emit-models.js";
import {
  answerTypeReference,
  bodyTypeReference,
  type OperationTypes,
} from "./emit-operation-types.js";

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

function resultType(op: OperationFacts, answer: JsonAnswer | undefined): string {
  const opType = `operations["${op.operationId}"]`;
  if (op.batch === "ndjson" || op.kind === "download") return `StreamEndpointResult<${opType}>`;
  if (answer === undefined) return `EndpointResult<${opType}>`;
  const error = answer.error ?? `EndpointError<${opType}>`;
  return `JsonEndpointResult<${answerTypeReference(op, answer)}, ${error}>`;
}

function initType(op: OperationFacts, body: RequestBodyType | undefined): string {
  const opType = `operations["${op.operationId}"]`;
  if (body === undefined) return `EndpointInit<${opType}>`;
  const bodyType = bodyTypeReference(op, body);
  return body.optional
    ? `EndpointOptionalBodyInit<${opType}, ${bodyType}>`
    : `EndpointBodyInit<${opType}, ${bodyType}>`;
}

function emitFunction(op: OperationFacts, types: OperationTypes): string {
  const { body, answer } = types;
  const result = resultType(op, answer);
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
  types: ReadonlyMap<string, OperationTypes> = new Map(),
): string {
  const referenced = operations.flatMap((op) => {
    const { body, answer } = namedTypes(op, types);
    return [
      ...(body === undefined ? [] : [[bodyTypeReference(op, body), body.type] as const]),
      ...(answer === undefined ? [] : [[answerTypeReference(op, answer), answer.data] as const]),
      ...(answer?.error === undefined
        ? []
        : modelNamesIn(answer.error).map((e) => [e, e] as const)),
    ];
  });
  const models = new Set(referenced.filter(([name, text]) => name === text).map(([name]) => name));
  const inline = new Set(referenced.filter(([name, text]) => name !== text).map(([name]) => name));
  const sorted = [...operations].sort((a, b) => compareCodePoints(a.functionName, b.functionName));
  return [
    GENERATED_HEADER,
    'import type { Client, FetchOptions, FetchResponse } from "openapi-fetch";',
    ...importLine(models, "./models.js"),
    ...importLine(inline, "./operation-types.js"),
    'import type { operations, paths } from "./schema.js";',
    "",
    "/** The openapi-fetch client typed by Akeneo's paths, which every endpoint function calls. */",
    "export type AkeneoFetchClient = Client<paths>;",
    "",
    "/** What an endpoint function takes: parameters, body, headers, signal; parsing is fixed by the operation. */",
    "export type EndpointInit<Operation> = Omit<FetchOptions<Operation>, FixedInit>;",
    "",
    "/** The options an endpoint function fixes itself. */",
    'type FixedInit = "parseAs" | "baseUrl" | "fetch" | "querySerializer" | "bodySerializer" | "pathSerializer";',
    "",
    "/** What an endpoint function with a request body takes: its body typed by the write models. */",
    'export type EndpointBodyInit<Operation, Body> = Omit<FetchOptions<Operation>, FixedInit | "body"> & { body: Body };',
    "",
    "/** What an endpoint function whose request body may be left out takes. */",
    'export type EndpointOptionalBodyInit<Operation, Body> = Omit<FetchOptions<Operation>, FixedInit | "body"> & { body?: Body };',
    "",
    "/** What a JSON endpoint function answers, its data and error named by the read models. */",
    "export type JsonEndpointResult<Data, Error> = Promise<",
    "  | { data: Data; error?: never; response: Response }",
    "  | { data?: never; error: Error; response: Response }",
    ">;",
    "",
    "/** The error of a call as openapi-fetch types it, for operations with a non-JSON error answer. */",
    "export type EndpointError<Operation extends Record<string | number, unknown>> = Exclude<",
    '  Awaited<EndpointResult<Operation>>["error"],',
    "  undefined",
    ">;",
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
    ...sorted.map((op) => `${emitFunction(op, namedTypes(op, types))}\n`),
  ].join("\n");
}

// Streams and downloads keep openapi-fetch's answer type: their data is the response body.
function needsNamedAnswer(op: OperationFacts): boolean {
  return op.batch !== "ndjson" && op.kind !== "download";
}

function namedTypes(
  op: OperationFacts,
  types: ReadonlyMap<string, OperationTypes>,
): OperationTypes {
  const { body, answer } = types.get(op.operationId) ?? {};
  return {
    ...(body === undefined ? {} : { body }),
    ...(answer === undefined || !needsNamedAnswer(op) ? {} : { answer }),
  };
}

function importLine(names: ReadonlySet<string>, from: string): string[] {
  const sorted = [...names].sort(compareCodePoints);
  return sorted.length === 0 ? [] : [`import type { ${sorted.join(", ")} } from "${from}";`];
}

// An error union names models only (ErrorBody…); anything else in it needs no import.
function modelNamesIn(union: string): string[] {
  return union.split(" | ").filter((part) => /^[A-Z]\w*$/.test(part));
}
