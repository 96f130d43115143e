import { compareCodePoints } from "./compare-code-points.js";
import type { OperationFacts } from "./describe-operations.js";
import { GENERATED_HEADER } from "./emit-header.js";
import type { RequestBodyType } from "./emit-models.js";
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

function isStream(op: OperationFacts): boolean {
  return op.batch === "ndjson" || op.kind === "download";
}

// Our own result types, spelled out per operation, so that no declaration names openapi-fetch's.
function resultType(op: OperationFacts, types: OperationTypes): string {
  const error = types.error ?? "unknown";
  if (isStream(op)) return `StreamEndpointResult<${error}>`;
  const data = types.answer === undefined ? "unknown" : answerTypeReference(op, types.answer);
  return `JsonEndpointResult<${data}, ${error}>`;
}

// Where the description's body type could not be resolved, openapi-typescript's own is taken.
function bodyType(op: OperationFacts, body: RequestBodyType | undefined): string {
  if (body !== undefined) return bodyTypeReference(op, body);
  return `NonNullable<operations["${op.operationId}"]["requestBody"]>["content"]["${op.requestMediaType}"]`;
}

function initType(op: OperationFacts, types: OperationTypes): string {
  const params = `params${types.paramsRequired === true ? "" : "?"}: operations["${op.operationId}"]["parameters"]`;
  const { body } = types;
  const bodyField =
    body === undefined && op.requestMediaType === null
      ? "body?: never"
      : `body${body?.optional === true ? "?" : ""}: ${bodyType(op, body)}`;
  return `EndpointCallInit & { ${params}; ${bodyField} }`;
}

function emitFunction(op: OperationFacts, types: OperationTypes): string {
  const result = resultType(op, types);
  const init = op.needsInit ? `init: ${initType(op, types)}` : `init: ${initType(op, types)} = {}`;
  return [
    docComment(op),
    `export function ${op.functionName}(client: RawClient, ${init}): ${result} {`,
    `  return (client as FetchClient).${op.method}("${op.path}", ${callOptions(op)});`,
    "}",
  ].join("\n");
}

/**
 * Writes generated/endpoints.ts: one thin typed function per operation, each a single call on
 * an openapi-fetch client. Their declarations name only our own types (operation parameters,
 * named bodies and answers), so type-checking a consumer never reaches openapi-fetch's; the call
 * inside checks those types against openapi-fetch's at generation time.
 */
export function emitEndpoints(
  operations: readonly OperationFacts[],
  types: ReadonlyMap<string, OperationTypes> = new Map(),
): string {
  const referenced = operations.flatMap((op) => {
    const { body, answer, error } = namedTypes(op, types);
    return [
      ...(body === undefined ? [] : [[bodyTypeReference(op, body), body.type] as const]),
      ...(answer === undefined ? [] : [[answerTypeReference(op, answer), answer.data] as const]),
      ...(error === undefined ? [] : modelNamesIn(error).map((e) => [e, e] as const)),
    ];
  });
  const models = new Set(
    referenced.filter(([name, text]) => name === text && MODEL_NAME.test(name)).map(([n]) => n),
  );
  const inline = new Set(referenced.filter(([name, text]) => name !== text).map(([name]) => name));
  const sorted = [...operations].sort((a, b) => compareCodePoints(a.functionName, b.functionName));
  return [
    GENERATED_HEADER,
    'import type { Client } from "openapi-fetch";',
    ...importLine(models, "./models.js"),
    ...importLine(inline, "./operation-types.js"),
    'import type { operations, paths } from "./schema.js";',
    "",
    "/**",
    " * The HTTP client endpoint functions call through: `client.raw` of an `AkeneoClient`. Opaque here,",
    " * so that type-checking a project never reaches openapi-fetch's declarations; `rawClientOf()` from",
    " * `akeneo-pim-sdk/raw` hands it over typed.",
    " */",
    "export interface RawClient {",
    ...["GET", "PUT", "POST", "PATCH", "DELETE"].map((m) => `  readonly ${m}: unknown;`),
    "}",
    "",
    "// The openapi-fetch client typed by Akeneo's paths: what a RawClient is at run time.",
    "type FetchClient = Client<paths>;",
    "",
    "/** What every endpoint function takes besides parameters and body: headers, signal, other fetch settings. */",
    // A type, not an interface: openapi-fetch takes the init only where it fits an index signature.
    'export type EndpointCallInit = Omit<RequestInit, "body" | "headers" | "method"> & {',
    "  /** Headers of this call only. */",
    '  headers?: RequestInit["headers"] | Readonly<Record<string, string | number | boolean | null | undefined>>;',
    "};",
    "",
    "/** The request an answer came from, as the client sent it. */",
    "export interface SentRequest {",
    "  /** The HTTP method. */",
    "  readonly method: string;",
    "  /** The full URL, query included. */",
    "  readonly url: string;",
    "}",
    "",
    "/**",
    " * What an endpoint function answers: its data (named by the read models) or its error, and the",
    " * response; through the client, also the request sent and, after a 401 whose token renewal was",
    " * refused, `renewalFailure` (an `AuthenticationError`).",
    " */",
    "export type JsonEndpointResult<Data, Error> = Promise<",
    "  | { data: Data; error?: never; response: Response; request?: SentRequest }",
    "  | {",
    "      data?: never;",
    "      error: Error;",
    "      response: Response;",
    "      request?: SentRequest;",
    "      renewalFailure?: globalThis.Error;",
    "    }",
    ">;",
    "",
    "/** What a streaming endpoint function answers: the response body as a byte stream, or the error. */",
    'export type StreamEndpointResult<Error> = JsonEndpointResult<Response["body"], Error>;',
    "",
    ...sorted.map((op) => `${emitFunction(op, namedTypes(op, types))}\n`),
  ].join("\n");
}

const MODEL_NAME = /^[A-Z]\w*$/;

// The data of streams and downloads is the response body, whatever the description says.
function needsNamedAnswer(op: OperationFacts): boolean {
  return !isStream(op);
}

function namedTypes(
  op: OperationFacts,
  types: ReadonlyMap<string, OperationTypes>,
): OperationTypes {
  const { body, answer, error, paramsRequired } = types.get(op.operationId) ?? {};
  return {
    ...(body === undefined ? {} : { body }),
    ...(answer === undefined || !needsNamedAnswer(op) ? {} : { answer }),
    ...(error === undefined ? {} : { error }),
    ...(paramsRequired === undefined ? {} : { paramsRequired }),
  };
}

function importLine(names: ReadonlySet<string>, from: string): string[] {
  const sorted = [...names].sort(compareCodePoints);
  return sorted.length === 0 ? [] : [`import type { ${sorted.join(", ")} } from "${from}";`];
}

// An error union names models only (ErrorBody…); anything else in it needs no import.
function modelNamesIn(union: string): string[] {
  return union.split(" | ").filter((part) => MODEL_NAME.test(part));
}
